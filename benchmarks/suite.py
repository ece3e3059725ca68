"""The benchmark suite: throughput per stage, against VADER and parsing, scaling and worst cases.

Usage::

    python benchmarks/suite.py --data ../shared/data            # >= 100k turns, best of 3
    python benchmarks/suite.py --data ../shared/data --quick    # CI: a few seconds
    python benchmarks/suite.py --data ../shared/data --scale 10k,100k[,1M] --worst-case
    python benchmarks/suite.py --data ../shared/data --profile 25   # cProfile of evaluation
    python benchmarks/suite.py --data ../shared/data --spy 25       # py-spy of evaluation

Text: TweetSumm + STC-3 (English), replicated with fresh ids to at least ``--min-turns`` turns,
each conversation with one of 50 agents and a start time (so that profile building has real
work). Every stage is timed on one core as CPU time (``time.process_time``), best of
``--repeats`` after a warm-up, in the same run, so ratios hold on a noisy shared machine:

- parse only (``json.loads`` per line) and parse + validate (``Transcript.model_validate_json``);
- full evaluation, streaming (``iter_evaluate`` over validated transcripts, results dropped as
  ``csskills score`` writes them) and ``evaluate_many`` (every assessment kept in memory: the
  difference is mostly the garbage collector walking the growing result list);
- per stage: matching (``extract_signals``), scoring (timing dynamics, the ten scorers and
  ``overall`` on prepared signals), aggregation (``build_profiles`` of the assessments);
- VADER ``polarity_scores`` on every turn (``pip install vaderSentiment``).

Goals checked and printed: full evaluation >= 50,000 turns/s, >= 3x VADER, >= 1/4 of parse +
validate. ``--scale`` runs :mod:`scaling` (``csskills score -j 2`` and ``csskills profile`` in
subprocesses, time and peak RSS); ``--worst-case`` runs :mod:`worst_case`.

``--profile TOP`` prints cProfile's TOP functions by own time (cProfile's per-call overhead
inflates small functions); ``--spy TOP`` samples the same streaming evaluation with ``py-spy``
(a sampling profiler, no overhead on the profiled code; ``pip install py-spy``) in a child
process and prints shares of the evaluation's samples: by function (own time, and with
callees) and by module (own time). Only samples inside the timed evaluation are counted
(corpus building, imports and the warm-up that compiles the packs are left out).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import scaling
import worst_case
from csskills.evaluate import SCORERS, overall_from_scores
from csskills.evaluate._scoring import promise_fates, satisfaction
from csskills.featurize import DEFAULT_TIMING, compute_dynamics, extract_signals
from throughput import rate_rows

QUICK_TURNS = 5_000
GOALS = {"turns_per_s": 50_000.0, "vs_vader": 3.0, "vs_parse_validate": 0.25}


def machine() -> dict[str, Any]:
    """Where the figures come from: CPUs, CPU model, Python, platform."""
    model = platform.processor() or "unknown"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
        model = next(
            (ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith("Model name")),
            model,
        )
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "csskills": cs.__version__,
    }


def corpus(data_dir: Path, min_turns: int) -> list[str]:
    """JSONL lines of the replicated corpus, at least ``min_turns`` turns."""
    base = scaling.base_records(data_dir)
    lines: list[str] = []
    turns = 0
    for record in scaling.records(base, 10**9):
        lines.append(json.dumps(record, ensure_ascii=False))
        turns += len(record["turns"])
        if turns >= min_turns:
            break
    return lines


def cpu_best(fn: Callable[[], object], repeats: int) -> float:
    """CPU seconds of the fastest of ``repeats`` runs, after one untimed warm-up."""
    return worst_case.cpu_best(fn, repeats)


def _score(signals: Any) -> Any:
    """What the evaluator computes from signals: dynamics, the scorers, overall, satisfaction
    and the fate of each promise (not the ``Assessment`` built from them)."""
    dynamics = compute_dynamics(signals, DEFAULT_TIMING)
    scores = {cid: scorer(signals, dynamics) for cid, scorer in SCORERS.items()}
    fates = list(promise_fates(signals, dynamics))
    return overall_from_scores(scores), satisfaction(scores, signals), fates


def throughput(data_dir: Path, min_turns: int, repeats: int) -> dict[str, Any]:
    """Every stage on the same corpus; a JSON-ready report."""
    lines = corpus(data_dir, min_turns)
    transcripts = [cs.Transcript.model_validate_json(line) for line in lines]
    texts = [t.text for tr in transcripts for t in tr.turns]
    n_conv, n_turns = len(transcripts), len(texts)
    pack = cs.get_language("en")
    # Inputs prepared for a stage are frozen (gc.freeze) so that the cyclic garbage collector
    # does not traverse them on every collection: a streaming pipeline never holds them.
    gc.freeze()
    stages: dict[str, float | None] = {
        "parse (json.loads)": cpu_best(lambda: [json.loads(x) for x in lines], repeats),
        "parse+validate": cpu_best(
            lambda: [cs.Transcript.model_validate_json(x) for x in lines], repeats
        ),
        "csskills full evaluation (stream)": cpu_best(
            lambda: deque(cs.iter_evaluate(transcripts), maxlen=0), repeats
        ),
        "csskills evaluate_many (all kept)": cpu_best(
            lambda: cs.evaluate_many(transcripts), repeats
        ),
        "  matching (extract_signals)": cpu_best(
            lambda: deque((extract_signals(t, pack) for t in transcripts), maxlen=0), repeats
        ),
    }
    # fresh signals for every run: Signals caches what scorers ask for (turn lists...), and a
    # warm cache would flatter the scoring stage
    best = float("inf")
    for _ in range(repeats + 1):
        signals = [extract_signals(t, pack) for t in transcripts]
        gc.freeze()
        t0 = time.process_time()
        deque((_score(s) for s in signals), maxlen=0)
        best = min(best, time.process_time() - t0)
        signals.clear()
        gc.unfreeze()
    stages["  scoring (on prepared signals)"] = best
    assessments = list(cs.evaluate_many(transcripts))
    gc.freeze()
    stages["  aggregation (build_profiles)"] = cpu_best(
        lambda: cs.build_profiles(assessments), repeats
    )
    agents = len({a.agent_id for a in assessments})
    assessments.clear()
    gc.unfreeze()
    print(
        f"{n_conv:,} conversations, {n_turns:,} turns, {sum(map(len, texts)):,} characters, "
        f"{agents} agents; best of {repeats}, CPU time",
        flush=True,
    )
    stages["VADER polarity_scores"] = None
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment is not installed (pip install vaderSentiment): VADER skipped")
    else:
        analyzer = SentimentIntensityAnalyzer()
        stages["VADER polarity_scores"] = cpu_best(
            lambda: [analyzer.polarity_scores(t) for t in texts], repeats
        )
    rows = rate_rows(stages, n_turns, n_conv)
    full = stages["csskills full evaluation (stream)"]
    vader = stages["VADER polarity_scores"]
    pv = stages["parse+validate"]
    assert full is not None and pv is not None
    return {
        "conversations": n_conv,
        "turns": n_turns,
        "stages": rows,
        "ratio_vs_vader": None if vader is None else vader / full,
        "ratio_vs_parse_validate": pv / full,
    }


def print_throughput(report: dict[str, Any]) -> list[str]:
    """The stage table and the goals; returns the goals missed."""
    print(f"\n{'stage':36s} {'CPU s':>8s} {'turns/s':>11s} {'conv/s':>10s}")
    for name, row in report["stages"].items():
        if row is None:
            print(f"{name:36s} {'skipped':>8s}")
            continue
        print(
            f"{name:36s} {row['seconds']:8.3f} {row['turns_per_s']:11,.0f} "
            f"{row['conversations_per_s']:10,.0f}"
        )
    rate = report["stages"]["csskills full evaluation (stream)"]["turns_per_s"]
    vader = report["ratio_vs_vader"]
    pv = report["ratio_vs_parse_validate"]
    checks = [
        ("full evaluation turns/s (one core)", rate, GOALS["turns_per_s"]),
        ("full evaluation / VADER", vader, GOALS["vs_vader"]),
        ("full evaluation / parse+validate", pv, GOALS["vs_parse_validate"]),
    ]
    missed = []
    print()
    for name, value, goal in checks:
        if value is None:
            print(f"{name:38s} {'-':>10s}  goal >= {goal:g}: not measured")
            continue
        ok = value >= goal
        print(f"{name:38s} {value:>10,.2f}  goal >= {goal:g}: {'met' if ok else 'MISSED'}")
        if not ok:
            missed.append(name)
    return missed


def profile(data_dir: Path, min_turns: int, top: int) -> str:
    """cProfile of full evaluation: the ``top`` functions by own (tottime) time."""
    transcripts = [cs.Transcript.model_validate_json(x) for x in corpus(data_dir, min_turns)]
    cs.evaluate_many(transcripts[:200])  # compile the packs outside the profile
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    cs.evaluate_many(transcripts)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def _spy_target(transcripts: list[cs.Transcript]) -> None:
    """The evaluation the ``--spy`` samples are taken from (found by this name in the stacks)."""
    deque(cs.iter_evaluate(transcripts), maxlen=0)


def _spy_child(data_dir: Path, min_turns: int) -> None:
    transcripts = [cs.Transcript.model_validate_json(x) for x in corpus(data_dir, min_turns)]
    deque(cs.iter_evaluate(transcripts[:200]), maxlen=0)  # compile the packs outside
    gc.freeze()
    _spy_target(transcripts)


_FRAME = re.compile(r"^(?P<func>.*) \((?P<file>.*?)(?::\d+)?\)$")


def _frame_name(frame: str) -> tuple[str, str]:
    """``"func (/path/to/src/csskills/featurize/_turn.py:42)"`` -> (``func``, short file)."""
    m = _FRAME.match(frame)
    func, path = (m["func"], m["file"]) if m else (frame, "?")
    for marker in ("/src/csskills/", "/site-packages/", "/lib/python3."):
        if marker in path:
            path = path.split(marker, 1)[1]
            if marker == "/lib/python3.":
                path = path.split("/", 1)[-1]
            break
    return func, path


def fold_spy(raw: str, top: int, target: str = "_spy_target") -> str:
    """Shares of py-spy's raw (collapsed) stacks that pass through ``target``."""
    own: Counter[str] = Counter()
    incl: Counter[str] = Counter()
    modules: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        at = next((i for i, f in enumerate(frames) if f.startswith(target + " ")), None)
        if at is None:
            continue
        n = int(count)
        total += n
        names = [_frame_name(f) for f in frames[at + 1 :]] or [("(target)", "")]
        func, path = names[-1]
        own[f"{func} ({path})"] += n
        modules[path] += n
        for name in {f"{f} ({p})" for f, p in names}:
            incl[name] += n
    if not total:
        return "no samples inside the evaluation (is py-spy allowed to trace?)"
    out = [f"py-spy: {total:,} samples inside the evaluation", "", "own time, by function:"]
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in own.most_common(top)]
    out += ["", "with callees, by function:"]
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in incl.most_common(top)]
    out += ["", "own time, by module:"]
    out += [f"  {100 * n / total:5.1f}%  {name}" for name, n in modules.most_common(top)]
    return "\n".join(out)


def spy(data_dir: Path, min_turns: int, top: int, rate: int = 250) -> str:
    """py-spy of the streaming evaluation in a child process; shares by function and module."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "stacks.txt"
        command = [
            "py-spy", "record", "--format", "raw", "--rate", str(rate), "-o", str(raw), "--",
            sys.executable, str(Path(__file__).resolve()), "--data", str(data_dir),
            "--min-turns", str(min_turns), "--spy-child",
        ]  # fmt: skip
        try:
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        except FileNotFoundError:
            return "py-spy is not installed (pip install py-spy)"
        except subprocess.CalledProcessError as exc:
            return f"py-spy failed: {exc.stderr.decode(errors='replace').strip()}"
        return fold_spy(raw.read_text(encoding="utf-8"), top)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; exit 1 with ``--strict`` when a goal is missed."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--min-turns", type=int, default=100_000, help="replicate to this many")
    parser.add_argument("--repeats", type=int, default=3, help="best of N (3)")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_TURNS:,} turns, best of 1")
    parser.add_argument("--scale", help="also run scaling at these sizes, e.g. 10k,100k,1M")
    parser.add_argument("--jobs", type=int, default=2, help="csskills score -j for --scale (2)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/csskills-scaling"))
    parser.add_argument("--worst-case", action="store_true", help="also run the worst cases")
    parser.add_argument("--profile", type=int, metavar="TOP", help="cProfile: print TOP functions")
    parser.add_argument("--spy", type=int, metavar="TOP", help="py-spy: shares of TOP functions")
    parser.add_argument("--spy-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="write the whole report as JSON here")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal is missed")
    args = parser.parse_args(argv)

    info = machine()
    print(
        f"machine: {info['nproc']} CPU(s), {info['cpu']}, Python {info['python']}, "
        f"csskills {info['csskills']}"
    )
    turns = QUICK_TURNS if args.quick else args.min_turns
    repeats = 1 if args.quick else args.repeats
    if args.spy_child:
        _spy_child(args.data, turns)
        return 0
    if args.profile:
        print(profile(args.data, turns, args.profile))
        return 0
    if args.spy:
        print(spy(args.data, turns, args.spy))
        return 0
    report: dict[str, Any] = {"machine": info, "throughput": throughput(args.data, turns, repeats)}
    missed = print_throughput(report["throughput"])
    if args.worst_case:
        report["worst_case"] = worst_case.run(args.data, quick=args.quick, repeats=repeats)
        worst_case.print_rows(report["worst_case"])
    if args.scale:
        sizes = [scaling.parse_size(s) for s in args.scale.split(",") if s.strip()]
        print(f"\nscaling: csskills score -j {args.jobs} + csskills profile, in subprocesses")
        scaling.print_header()
        report["scaling"] = scaling.run(args.data, sizes, jobs=args.jobs, workdir=args.workdir)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"saved {args.json}")
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
