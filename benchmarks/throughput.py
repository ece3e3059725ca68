"""Throughput of csskills on realistic customer-service text, against simple baselines.

Usage::

    python benchmarks/throughput.py --data ../shared/data [--min-turns 100000] [--quick]
        [--json OUT] [--min-ratio-vader X]

Transcripts come from TweetSumm (``tweetsumm/with_text_laradji/twitter.json``) and STC-3
(English train + test), replicated (with fresh ids) until at least ``--min-turns`` turns. In one
single-process run it measures, each as the best of 3 timed runs after one warm-up run:

1. ``cs.evaluate_many`` over the same list of already-validated ``Transcript`` objects;
2. VADER ``SentimentIntensityAnalyzer().polarity_scores`` over the same turns' texts
   (benchmark-only dependency ``vaderSentiment``; skipped with a message when missing);
3. parse only (``json.loads`` of each JSONL line) and parse + validate
   (``cs.Transcript.model_validate_json`` of each line).

Prints turns/s and conversations/s per stage, and the ratios csskills/VADER and
csskills/parse+validate. ``--min-ratio-vader X`` exits 1 when csskills/VADER is below X.
``--quick`` (about 10k turns) is meant for CI.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
import datasets as ds

QUICK_TURNS = 10_000


def rate_rows(
    stages: dict[str, float | None], n_turns: int, n_conv: int
) -> dict[str, dict[str, float] | None]:
    """Seconds per stage as seconds, turns/s and conversations/s (``None`` for a skipped one)."""
    return {
        name: None
        if s is None
        else {"seconds": s, "turns_per_s": n_turns / s, "conversations_per_s": n_conv / s}
        for name, s in stages.items()
    }


def build_lines(data_dir: Path, min_turns: int) -> list[str]:
    """JSONL lines of TweetSumm + STC-3 transcripts, replicated to at least ``min_turns`` turns."""
    base: list[dict[str, Any]] = []
    dialogues = [
        *ds.tweetsumm(data_dir),
        *ds.stc3(data_dir, "train"),
        *ds.stc3(data_dir, "test"),
    ]
    for d in dialogues:
        if any(role == "agent" for role, _ in d.turns):
            turns = [{"role": r, "text": t} for r, t in d.turns]
            base.append({"id": d.id, "language": "en", "turns": turns})
    base.sort(key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())  # mix both sources
    per_copy = sum(len(d["turns"]) for d in base)
    if per_copy == 0:
        raise SystemExit("no dialogues found under " + str(data_dir))
    lines: list[str] = []
    turns = 0
    copy = 0
    while turns < min_turns:
        for d in base:
            lines.append(json.dumps({**d, "id": f"{d['id']}#{copy}"}, ensure_ascii=False))
            turns += len(d["turns"])
            if turns >= min_turns:
                break
        copy += 1
    return lines


def best_of(fn: Callable[[], object], repeats: int = 3) -> float:
    """Seconds of the fastest of ``repeats`` timed runs, after one untimed warm-up run."""
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run(data_dir: Path, min_turns: int) -> dict[str, Any]:
    """Measure every stage; returns a JSON-ready report."""
    lines = build_lines(data_dir, min_turns)
    transcripts = [cs.Transcript.model_validate_json(line) for line in lines]
    texts = [t.text for tr in transcripts for t in tr.turns]
    n_conv, n_turns = len(transcripts), len(texts)
    print(f"{n_conv} conversations, {n_turns} turns, {sum(map(len, texts))} characters")

    failures: list[int] = []

    def evaluate() -> None:
        result = cs.evaluate_many(transcripts)
        done = sum(1 for _ in result)
        failures.append(len(getattr(result, "failures", ())) or n_conv - done)

    stages: dict[str, float | None] = {
        "parse (json.loads)": best_of(lambda: [json.loads(x) for x in lines]),
        "parse+validate": best_of(lambda: [cs.Transcript.model_validate_json(x) for x in lines]),
        "csskills evaluate_many": best_of(evaluate),
        "VADER polarity_scores": None,
    }
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("vaderSentiment is not installed (pip install vaderSentiment): VADER skipped")
    else:
        analyzer = SentimentIntensityAnalyzer()
        stages["VADER polarity_scores"] = best_of(
            lambda: [analyzer.polarity_scores(t) for t in texts]
        )

    rows = rate_rows(stages, n_turns, n_conv)
    ev = stages["csskills evaluate_many"]
    vader = stages["VADER polarity_scores"]
    pv = stages["parse+validate"]
    assert ev is not None and pv is not None
    return {
        "python": platform.python_version(),
        "csskills_version": getattr(cs, "__version__", None),
        "conversations": n_conv,
        "turns": n_turns,
        "evaluation_failures": max(failures) if failures else 0,
        "stages": rows,
        # throughput ratios (higher = csskills faster)
        "ratio_csskills_vs_vader": None if vader is None else vader / ev,
        "ratio_csskills_vs_parse_validate": pv / ev,
    }


def print_report(report: dict[str, Any]) -> None:
    """Print the throughput table."""
    print(f"\n{'stage':26s} {'seconds':>9s} {'turns/s':>11s} {'conv/s':>10s}")
    for name, row in report["stages"].items():
        if row is None:
            print(f"{name:26s} {'skipped':>9s}")
            continue
        print(
            f"{name:26s} {row['seconds']:9.3f} {row['turns_per_s']:11,.0f} "
            f"{row['conversations_per_s']:10,.0f}"
        )
    vader = report["ratio_csskills_vs_vader"]
    print(
        f"\ncsskills/VADER (turns/s): {'-' if vader is None else f'{vader:.2f}'}   "
        f"csskills/parse+validate: {report['ratio_csskills_vs_parse_validate']:.3f}"
    )
    if report["evaluation_failures"]:
        print(f"evaluation failures: {report['evaluation_failures']}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; returns the exit status."""
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--min-turns", type=int, default=100_000, help="replicate to this many")
    parser.add_argument("--quick", action="store_true", help=f"about {QUICK_TURNS} turns (CI)")
    parser.add_argument("--json", type=Path, help="write the report as JSON here")
    parser.add_argument(
        "--min-ratio-vader", type=float, help="exit 1 when csskills/VADER turns/s is below this"
    )
    args = parser.parse_args(argv)

    report = run(args.data, QUICK_TURNS if args.quick else args.min_turns)
    print_report(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"saved {args.json}")
    if args.min_ratio_vader is not None:
        ratio = report["ratio_csskills_vs_vader"]
        if ratio is None:
            print("--min-ratio-vader given but VADER is not installed: cannot check")
            return 1
        if ratio < args.min_ratio_vader:
            print(f"FAIL: csskills/VADER {ratio:.2f} < {args.min_ratio_vader}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
