"""Worst cases: very long turns, very many turns, many languages, hostile text.

Usage::

    python benchmarks/worst_case.py --data ../shared/data [--quick] [--json OUT]
        [--only cases|shapes] [--workdir /tmp/csskills-worst-case]

Each case is one or a few conversations at (or near) the default input limits
(:data:`csskills.DEFAULT_LIMITS`: 1,000,000 characters per turn, 20,000 turns per conversation),
built from the real TweetSumm + STC-3 text, plus text made to stress the phrase matcher (one
rule word repeated, a million characters without a space). It reports the CPU seconds of one
:func:`csskills.evaluate` (best of N) and characters/s, so that a super-linear case shows up as a
much lower rate than the ordinary text in ``suite.py``.

Then the conversation shapes of issue 12 (built by ``tests/hostile/adversarial.py``, which the
linear-time tests ``tests/hostile/test_linear_shapes.py`` use at smaller sizes), each timed at n
and 4n (the CSV at 40,000, 80,000 and 160,000 rows) with the growth ratio: about 4 (2 for the
CSV) is linear, about 16 (4) quadratic:

- one agent turn of "Thanks! What is your name? " repeated 2,500 and 10,000 times;
- one agent turn of "Did that fix it? " repeated 2,500 and 10,000 times;
- 2,500 and 10,000 customer turns, then one agent turn;
- 4,000 and 16,000 turns alternating agent / customer with ``start`` times, every agent turn a
  promise with a time ("I'll call you back tomorrow at 10:00.");
- the generic CSV reader (``csskills.read(path, format="generic", mapping=...)``) on a CSV with
  a stray quote on every row, 40,000, 80,000 and 160,000 rows (every row a located error);
- found while measuring: one agent turn of that promise repeated, and one of a suggestion with
  an alternative ("You can try restarting it, or I can send a new one. "), 1,000 and 4,000 times.

The ordinary and long cases are timed with :func:`csskills.evaluate` and the collector on, as a
user runs it; the shapes with the cyclic collector paused, as in
``tests/hostile/test_linear_shapes.py`` (its full collections over the larger heap are a step,
not a trend). A run slower than 10 s is timed once (best of N otherwise).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import csskills as cs
from scaling import base_records

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile.adversarial import (  # noqa: E402
    STRAY_QUOTE_MAPPING,
    customer_turns_then_agent,
    repeated_agent_turn,
    stray_quote_csv,
    timed_commitments,
)


def cpu_best(fn: Callable[[], object], repeats: int, budget: float = 10.0) -> float:
    """CPU seconds (``time.process_time``) of the fastest of ``repeats`` runs after a warm-up.

    A warm-up slower than ``budget`` seconds is reported as is (a pathological case needs no
    best-of-3 to be seen).
    """
    t0 = time.process_time()
    fn()
    first = time.process_time() - t0
    if first > budget:
        return first
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _texts(base: list[dict[str, Any]], chars: int) -> str:
    """Real agent and customer text, joined until ``chars`` characters."""
    out: list[str] = []
    size = 0
    while size < chars:
        for d in base:
            for t in d["turns"]:
                out.append(t["text"])
                size += len(t["text"]) + 1
                if size >= chars:
                    return " ".join(out)[:chars]
    return " ".join(out)[:chars]


def _multilingual_turns() -> list[dict[str, str]]:
    """The turns of our own fictional multilingual examples (five languages)."""
    path = ROOT / "examples" / "data" / "multilingual.jsonl"
    turns: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            turns.extend({"role": t["role"], "text": t["text"]} for t in json.loads(line)["turns"])
    return turns


def cases(base: list[dict[str, Any]], quick: bool) -> dict[str, list[cs.Transcript]]:
    """The worst-case transcripts by name (smaller when ``quick``)."""
    long_chars = 100_000 if quick else 1_000_000
    many = 2_000 if quick else 20_000
    ordinary = [t for d in base[:200] for t in d["turns"]]
    flat = [t for d in base for t in d["turns"]]
    mixed = _multilingual_turns()

    def one(name: str, turns: list[dict[str, Any]], language: str | None = "en") -> cs.Transcript:
        return cs.Transcript.model_validate({"id": name, "language": language, "turns": turns})

    long_text = _texts(base, long_chars)
    return {
        "ordinary (200 conversations)": [cs.Transcript.model_validate(d) for d in base[:200]],
        f"one agent turn of {long_chars:,} chars": [
            one("long", [{"role": "customer", "text": "hi"}, {"role": "agent", "text": long_text}])
        ],
        # one rule phrase repeated: each match must cost O(1), not O(sentence)
        **{
            f"one turn: 'sorry ' x {n:,} (one sentence)": [
                one(f"sorry-{n}", [{"role": "agent", "text": "sorry " * n}])
            ]
            for n in ((1_000, 4_000) if quick else (5_000, 20_000))
        },
        # no sentence end: 5x the characters should cost 5x the time; quadratic work shows
        # up as a falling chars/s (kept small: a quadratic 1,000,000 would take hours)
        **{
            f"one turn: {n:,} chars, no sentence end": [
                one(f"nospace-{n}", [{"role": "agent", "text": "a" * n}])
            ]
            for n in ((4_000, 20_000) if quick else (10_000, 50_000))
        },
        f"one conversation of {many:,} turns": [
            one("many", [flat[i % len(flat)] for i in range(many)])
        ],
        f"{len(mixed) * 20:,} turns in 5 languages, language detected per turn": [
            one(f"mixed-{k}", mixed[k:] + mixed[:k], None) for k in range(20)
        ],
        "ordinary turns, language detected": [
            one(f"detect-{k}", ordinary[k * 50 : (k + 1) * 50], None) for k in range(20)
        ],
    }


def run(data_dir: Path, quick: bool = False, repeats: int = 3) -> list[dict[str, Any]]:
    """Time every case; one row per case."""
    base = base_records(data_dir)
    rows = []
    for name, transcripts in cases(base, quick).items():
        seconds = cpu_best(lambda ts=transcripts: [cs.evaluate(t) for t in ts], repeats)
        turns = sum(len(t.turns) for t in transcripts)
        chars = sum(len(turn.text) for t in transcripts for turn in t.turns)
        rows.append(
            {
                "case": name,
                "conversations": len(transcripts),
                "turns": turns,
                "chars": chars,
                "cpu_seconds": seconds,
                "turns_per_s": turns / seconds,
                "chars_per_s": chars / seconds,
            }
        )
    return rows


WORKDIR = Path("/tmp/csskills-worst-case")
Shape = tuple[tuple[int, ...], Callable[[int], Callable[[], object]]]


def shapes(quick: bool, workdir: Path = WORKDIR) -> dict[str, Shape]:
    """Each shape: its sizes, and a builder ``size -> the call to time`` (input built outside;
    the CSVs are written to ``workdir``, outside the repository)."""

    def evaluating(make: Callable[[int], cs.Transcript]) -> Callable[[int], Callable[[], object]]:
        def build(n: int) -> Callable[[], object]:
            transcript = make(n)
            return lambda: cs.evaluate(transcript)

        return build

    def reading(n: int) -> Callable[[], object]:
        workdir.mkdir(parents=True, exist_ok=True)
        path = stray_quote_csv(workdir / f"stray-quote-{n}.csv", n)

        def read_all() -> int:
            items = list(
                cs.read(path, format="generic", mapping=STRAY_QUOTE_MAPPING, errors="collect")
            )
            assert all(isinstance(x, cs.Failure) for x in items), "every row is a bad row"
            return len(items)

        return read_all

    k = 10 if quick else 1
    return {
        "agent turn: 'Thanks! What is your name? ' x n": (
            (2_500 // k, 10_000 // k),
            evaluating(lambda n: repeated_agent_turn("Thanks! What is your name? ", n)),
        ),
        "agent turn: 'Did that fix it? ' x n": (
            (2_500 // k, 10_000 // k),
            evaluating(lambda n: repeated_agent_turn("Did that fix it? ", n)),
        ),
        "n customer turns, then one agent turn": (
            (2_500 // k, 10_000 // k), evaluating(customer_turns_then_agent)
        ),
        "n turns with start times, agent promises a time": (
            (4_000 // k, 16_000 // k), evaluating(timed_commitments)
        ),
        "CSV (generic reader), a stray quote on every row": (
            (40_000 // k, 80_000 // k, 160_000 // k), reading
        ),
        "agent turn: 'I'll call you back tomorrow at 10:00. ' x n": (
            (1_000 // k, 4_000 // k),
            evaluating(lambda n: repeated_agent_turn("I'll call you back tomorrow at 10:00. ", n)),
        ),
        "agent turn: 'You can try restarting it, or I can send a new one. ' x n": (
            (1_000 // k, 4_000 // k),
            evaluating(lambda n: repeated_agent_turn(
                "You can try restarting it, or I can send a new one. ", n
            )),
        ),
    }  # fmt: skip


def run_shapes(
    quick: bool = False, repeats: int = 3, workdir: Path = WORKDIR
) -> list[dict[str, Any]]:
    """Time every shape at each of its sizes; one row per pair of consecutive sizes."""
    cs.evaluate(repeated_agent_turn("Thanks! ", 10))  # compile the English pack outside
    rows = []
    for name, (sizes, build) in shapes(quick, workdir).items():
        seconds = []
        for n in sizes:
            call = build(n)
            # the cyclic collector paused while timing, as in tests/hostile/test_linear_shapes.py:
            # its full collections over the large size's heap are a step, not a trend
            gc.collect()
            gc.disable()
            try:
                seconds.append(cpu_best(call, repeats))
            finally:
                gc.enable()
            del call
        for i in range(1, len(sizes)):
            n0, n1, t0, t1 = sizes[i - 1], sizes[i], seconds[i - 1], seconds[i]
            row = {
                "shape": name,
                "n": n0,
                "n_large": n1,
                "input_ratio": n1 / n0,
                "cpu_seconds": t0,
                "cpu_seconds_large": t1,
                "growth": t1 / max(t0, 1e-9),
            }
            rows.append(row)
            print_shape_row(row)
    return rows


def print_shapes_header() -> None:
    """The column names of :func:`print_shape_row`."""
    print(f"\n{'shape':70s} {'n':>7s} {'large':>7s} {'CPU s (n)':>10s} {'CPU s (large)':>13s} "
          f"{'growth':>12s}")  # fmt: skip


def print_shape_row(r: dict[str, Any]) -> None:
    """One line: sizes, CPU seconds at each, growth (linear: about the input ratio)."""
    growth = f"{r['growth']:.1f}x / {r['input_ratio']:.0f}x"
    print(
        f"{r['shape']:70s} {r['n']:>7,d} {r['n_large']:>7,d} {r['cpu_seconds']:>10.3f} "
        f"{r['cpu_seconds_large']:>13.3f} {growth:>12s}",
        flush=True,
    )


def print_rows(rows: list[dict[str, Any]]) -> None:
    """The worst-case table."""
    print(f"\n{'worst case':58s} {'turns':>7s} {'chars':>10s} {'CPU s':>8s} {'chars/s':>11s}")
    for r in rows:
        print(
            f"{r['case']:58s} {r['turns']:>7,d} {r['chars']:>10,d} {r['cpu_seconds']:>8.3f} "
            f"{r['chars_per_s']:>11,.0f}"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the worst cases on their own."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--quick", action="store_true", help="10x smaller cases (CI)")
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    parser.add_argument(
        "--only", choices=("cases", "shapes"), help="only the worst cases, or only the shapes"
    )
    parser.add_argument("--workdir", type=Path, default=WORKDIR, help="where the CSVs go")
    args = parser.parse_args(argv)
    repeats = 1 if args.quick else 3
    report: dict[str, Any] = {}
    if args.only != "shapes":
        report["cases"] = run(args.data, quick=args.quick, repeats=repeats)
        print_rows(report["cases"])
    if args.only != "cases":
        print_shapes_header()
        report["shapes"] = run_shapes(quick=args.quick, repeats=repeats, workdir=args.workdir)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
