"""Streaming end to end: reading, scoring, writing and profile building stay flat in memory.

Measured with tracemalloc (Python allocations) on small inputs so that CI stays fast; the
benchmark ``benchmarks/scaling.py`` measures peak RSS of the CLI at 10k-1M conversations.
"""

from __future__ import annotations

import io
import itertools
import json
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import csskills as cs
from csskills.io import write_jsonl

CUSTOMER = "My router keeps dropping every evening, it is so annoying. Nobody ever calls back!"
AGENT = (
    "I'm so sorry about that. Could you tell me the model number? "
    "I'll email you the replacement label within the hour."
)


def _record(i: int) -> dict[str, object]:
    return {
        "id": f"c{i}",
        "language": "en",
        "agent_id": f"agent-{i % 7}",
        "turns": [
            {"role": "customer", "text": CUSTOMER, "timestamp": f"2025-03-{1 + i % 28:02d}T10:00Z"},
            {"role": "agent", "text": AGENT},
            {"role": "customer", "text": "Thanks, that fixed it."},
        ],
    }


def _transcripts(n: int | None, consumed: list[int]) -> Iterator[cs.Transcript]:
    for i in itertools.count() if n is None else range(n):
        consumed[0] += 1
        yield cs.Transcript.model_validate(_record(i))


def _write_input(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(_record(i)) + "\n")


def _peak(fn: Callable[[], object]) -> int:
    """Peak bytes traced while ``fn`` runs (warm caches first: compiled packs are not growth)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


class _CountingStream(io.RawIOBase):
    """An endless JSONL stream that counts the bytes handed out."""

    def __init__(self) -> None:
        self.served = 0
        self._lines = (json.dumps(_record(i)).encode() + b"\n" for i in itertools.count())
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while len(self._pending) < len(buffer):
            self._pending += next(self._lines)
        size = len(buffer)
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        self.served += size
        return size


def test_iter_transcripts_reads_incrementally_from_an_endless_stream() -> None:
    stream = _CountingStream()
    first = list(itertools.islice(cs.iter_transcripts(stream), 3))  # type: ignore[arg-type]
    assert [t.id for t in first] == ["c0", "c1", "c2"]  # type: ignore[union-attr]
    assert stream.served <= 64 * 1024  # one buffer, not the (endless) input


def test_iter_evaluate_pulls_one_transcript_per_result() -> None:
    consumed = [0]
    results = cs.iter_evaluate(_transcripts(None, consumed))  # an endless input
    taken = list(itertools.islice(results, 5))
    assert [a.transcript_id for a in taken] == [f"c{i}" for i in range(5)]
    assert consumed[0] == 5


def test_parallel_iter_evaluate_keeps_a_bounded_number_of_chunks_in_flight() -> None:
    consumed = [0]
    results = cs.iter_evaluate(_transcripts(None, consumed), n_jobs=2)
    try:
        taken = list(itertools.islice(results, 3))
    finally:
        results.close()  # type: ignore[attr-defined]
    assert [a.transcript_id for a in taken] == ["c0", "c1", "c2"]
    # at most 2 * n_jobs chunks of 256 (the default chunksize) read ahead
    assert consumed[0] <= 2 * 2 * 256


def test_read_score_write_memory_is_flat(tmp_path: Path) -> None:
    def run(n: int) -> int:
        src, out = tmp_path / f"in{n}.jsonl", tmp_path / f"out{n}.jsonl"
        _write_input(src, n)

        def pipeline() -> None:
            with out.open("w", encoding="utf-8") as handle:
                assert write_jsonl(cs.iter_evaluate(cs.iter_transcripts(src)), handle) == n

        return _peak(pipeline)

    run(20)  # warm-up: compile the language pack
    small, large = run(200), run(1000)
    # 5x the conversations; what grows is noise, not a per-conversation cost
    assert large - small < 64 * 1024, (small, large)


def test_profiles_built_streaming_equal_build_profiles(tmp_path: Path) -> None:
    consumed = [0]
    path = tmp_path / "assessments.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        write_jsonl(cs.iter_evaluate(_transcripts(150, consumed)), handle)
    stats = cs.ProfileStats()
    for assessment in cs.read_assessments(path):  # one at a time
        stats.add(assessment)
    expected = cs.build_profiles(list(cs.read_assessments(path)))
    assert stats.profiles().to_dict() == expected.to_dict()
    assert len(stats) == 150


def test_profile_stats_memory_per_conversation_is_small(tmp_path: Path) -> None:
    """Profile statistics are per agent, plus one small record per conversation.

    That record (transcript id, agent, customer, case, time, "nobody called back" complaints,
    and any commitment) is what the cross-conversation follow-up and commitment checks need;
    it is about a hundred bytes, so a million conversations cost about 100 MB, not the
    assessments themselves (several KB each).
    """
    consumed = [0]
    assessments = list(cs.iter_evaluate(_transcripts(1200, consumed)))
    cs.ProfileStats.from_assessments(assessments[:10])  # warm-up

    def build(n: int) -> Callable[[], object]:
        return lambda: cs.ProfileStats.from_assessments(assessments[:n])

    small, large = _peak(build(200)), _peak(build(1200))
    per_conversation = (large - small) / 1000
    assert per_conversation < 1024, per_conversation


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has exited, it only waits to be reaped


def test_workers_die_when_the_parent_is_killed() -> None:
    """``kill -9`` of ``csskills score -j 2`` must not leave its two workers running."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import pytest

    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to find the worker processes")
    command = [sys.executable, "-c", "from csskills.cli import main; main()"]
    proc = subprocess.Popen(
        [*command, "score", "-", "-o", os.devnull, "-q", "-j", "2"],
        stdin=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None
    try:
        # two chunks to start both workers; stdin stays open, so the run never ends by itself
        lines = "".join(json.dumps(_record(i)) + "\n" for i in range(600))
        proc.stdin.write(lines.encode())
        proc.stdin.flush()
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
            workers = {p for p in _children(proc.pid) if _alive(p)}
        assert len(workers) >= 2, "the run did not start its two workers"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [p for p in workers if _alive(p)]
        for pid in left:  # do not leave them behind even when the test fails
            os.kill(pid, signal.SIGKILL)
        assert not left, f"workers {left} outlived their killed parent"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdin.close()
