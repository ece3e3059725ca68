"""Scaling: time and peak memory of ``csskills score -j N`` + ``csskills profile`` as input grows.

Usage::

    python benchmarks/scaling.py --data ../shared/data [--scale 10k,100k] [--jobs 2]
        [--workdir /tmp/csskills-scaling] [--json OUT]

For each size it writes (streaming, outside the repository) a JSONL file of that many
conversations, the real TweetSumm + STC-3 dialogues replicated with fresh ids, an agent id out of
50 and a start time over six months. Then it runs, each in its own subprocess, ``csskills score
-j N -q`` (``--format``: auto by default, as users run it) and ``csskills profile --json``
and records the wall time and the peak resident set
size (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` read by a wrapper process: the largest
single process of the command, workers included). Streaming means the peak RSS stays about the
same from 10k to 100k conversations. ``1M`` works too but is opt-in: about 1.2 GiB of input, and
tens of minutes on two cores. Files are deleted after each size unless ``--keep``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import datasets as ds

ROOT = Path(__file__).resolve().parents[1]
AGENTS = 50
#: ``csskills`` as its console script runs it (``csskills.cli:main``), with this interpreter
CLI = [sys.executable, "-c", "import sys; from csskills.cli import main; sys.exit(main())"]
_EPOCH = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)

_MEASURE = """
import resource, subprocess, sys, time
t0 = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t0
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def parse_size(text: str) -> int:
    """``10k`` -> 10000, ``1M`` -> 1000000, ``2500`` -> 2500."""
    text = text.strip()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:].lower(), 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def base_records(data_dir: Path) -> list[dict[str, Any]]:
    """TweetSumm + STC-3 dialogues (with an agent turn) as transcript dicts, in a fixed mix."""
    base: list[dict[str, Any]] = []
    for d in [*ds.tweetsumm(data_dir), *ds.stc3(data_dir, "train"), *ds.stc3(data_dir, "test")]:
        if any(role == "agent" for role, _ in d.turns):
            turns = [{"role": r, "text": t} for r, t in d.turns]
            base.append({"id": d.id, "language": "en", "turns": turns})
    if not base:
        raise SystemExit(f"no dialogues found under {data_dir}")
    base.sort(key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())  # mix both sources
    return base


def records(base: list[dict[str, Any]], n: int) -> Iterator[dict[str, Any]]:
    """``n`` conversations: ``base`` cycled with fresh ids, agents and start times (lazily)."""
    for i in range(n):
        d = base[i % len(base)]
        copy = i // len(base)
        digest = int(hashlib.sha1(f"{d['id']}#{copy}".encode()).hexdigest()[:8], 16)
        at = _EPOCH + timedelta(minutes=digest % (180 * 24 * 60))
        turns = [dict(t) for t in d["turns"]]
        turns[0]["timestamp"] = at.isoformat()
        yield {**d, "id": f"{d['id']}#{copy}", "agent_id": f"agent-{digest % AGENTS:02d}",
               "turns": turns}


def write_input(path: Path, base: list[dict[str, Any]], n: int) -> tuple[int, int]:
    """Write ``n`` conversations as JSONL (one at a time); returns (turns, bytes)."""
    turns = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records(base, n):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            turns += len(record["turns"])
    return turns, path.stat().st_size


def measure(command: Sequence[str]) -> dict[str, float]:
    """Run ``command`` under a wrapper; wall seconds, CPU seconds and peak RSS (MiB)."""
    # the caller's PYTHONPATH when set (the same csskills as the caller), else this checkout
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        capture_output=True, text=True, check=True, env=env,
    ).stdout.split()
    code, wall, cpu, rss_kib = int(out[0]), float(out[1]), float(out[2]), int(out[3])
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return {"seconds": wall, "cpu_seconds": cpu, "peak_rss_mib": rss_kib / 1024}


def run(
    data_dir: Path,
    sizes: Sequence[int],
    *,
    jobs: int = 2,
    workdir: Path,
    keep: bool = False,
    fmt: str = "auto",
) -> list[dict[str, Any]]:
    """Score and profile each size in subprocesses; one row per size."""
    base = base_records(data_dir)
    workdir.mkdir(parents=True, exist_ok=True)
    cli = CLI
    rows = []
    for n in sizes:
        src, out, prof = (workdir / f"{n}.{x}" for x in ("jsonl", "assessments.jsonl", "json"))
        turns, size = write_input(src, base, n)
        score = measure(
            [*cli, "score", str(src), "--format", fmt, "-j", str(jobs), "-q", "-o", str(out)]
        )
        profile = measure([*cli, "profile", str(out), "--json", "-o", str(prof)])
        row = {
            "conversations": n,
            "turns": turns,
            "input_mib": size / 2**20,
            "assessments_mib": out.stat().st_size / 2**20,
            "jobs": jobs,
            "format": fmt,
            "score": {**score, "turns_per_s": turns / score["seconds"],
                      "conversations_per_s": n / score["seconds"]},
            "profile": {**profile, "conversations_per_s": n / profile["seconds"]},
        }
        rows.append(row)
        print_row(row)
        if not keep:
            for path in (src, out, prof):
                path.unlink(missing_ok=True)
    return rows


def print_header() -> None:
    """The column names of :func:`print_row`."""
    print(
        f"{'conversations':>13s} {'turns':>10s} {'input MiB':>9s} | {'score s':>8s} "
        f"{'turns/s':>8s} {'RSS MiB':>8s} | {'profile s':>9s} {'RSS MiB':>8s}"
    )


def print_row(row: dict[str, Any]) -> None:
    """One line per size."""
    s, p = row["score"], row["profile"]
    print(
        f"{row['conversations']:>13,d} {row['turns']:>10,d} {row['input_mib']:>9.0f} | "
        f"{s['seconds']:>8.1f} {s['turns_per_s']:>8,.0f} {s['peak_rss_mib']:>8.0f} | "
        f"{p['seconds']:>9.1f} {p['peak_rss_mib']:>8.0f}",
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the scaling benchmark on its own."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="the shared data folder")
    parser.add_argument("--scale", default="10k,100k", help="sizes, e.g. 10k,100k,1M")
    parser.add_argument("--jobs", type=int, default=2, help="csskills score -j (2)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/csskills-scaling"))
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument(
        "--format", default="auto", help="csskills score --format (auto: what users run)"
    )
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in args.scale.split(",") if s.strip()]
    print_header()
    t0 = time.perf_counter()
    rows = run(
        args.data, sizes, jobs=args.jobs, workdir=args.workdir, keep=args.keep, fmt=args.format
    )
    print(f"total {time.perf_counter() - t0:.0f} s")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
