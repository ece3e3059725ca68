"""The benchmark suite: throughput per stage, against VADER and parsing, scaling and worst cases.

Usage::

    python benchmarks/suite.py --data ../shared/data            # >= 100k turns, best of 3
    python benchmarks/suite.py --data ../shared/data --quick    # CI: a few seconds
    python benchmarks/suite.py --data ../shared/data --scale 10k,100k[,1M] --worst-case
    python benchmarks/suite.py --data ../shared/data --profile 25   # cProfile of evaluation

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
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import scaling
import worst_case
from csskills.evaluate._scoring import DYNAMIC, SCORERS, overall
from csskills.featurize._signals import extract_signals
from csskills.featurize._timing import DEFAULT_TIMING, compute_dynamics
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
    dynamics = compute_dynamics(signals, DEFAULT_TIMING)
    scores = {
        cid: DYNAMIC[cid](signals, dynamics) if cid in DYNAMIC else SCORERS[cid](signals)
        for cid in cs.COMPETENCY_IDS
    }
    return overall(scores, signals)


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
    if args.profile:
        print(profile(args.data, turns, args.profile))
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
