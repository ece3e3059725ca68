"""The same input gives byte-identical output across runs, processes, hash seeds and ``-j``.

Set iteration order depends on ``PYTHONHASHSEED``; a result that leaks it (evidence order,
tie-breaks, language detection) would differ between two runs of the same file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import csskills
from tests.hostile.corpus import CASES

ROOT = Path(__file__).parents[1]
SRC = Path(csskills.__file__).parents[1]
CLI = "import sys; from csskills.cli import main; sys.exit(main())"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    hostile = tmp_path_factory.mktemp("det") / "hostile_ok.jsonl"
    hostile.write_bytes(b"\n".join(c.line for c in CASES if c.ok) + b"\n")
    data = ROOT / "examples" / "data"
    return [*sorted(str(p) for p in data.glob("*.jsonl")), str(hostile)]


def _score(inputs: list[str], out: Path, seed: str, *extra: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(SRC)}
    subprocess.run(
        [sys.executable, "-c", CLI, "score", *inputs, "-o", str(out), "-q", *extra],
        env=env, check=True, timeout=300, cwd=ROOT,
    )  # fmt: skip
    return out.read_bytes()


def test_output_bytes_do_not_depend_on_hash_seed_or_processes(
    tmp_path: Path, inputs: list[str]
) -> None:
    first = _score(inputs, tmp_path / "a.jsonl", "0")
    assert first.count(b"\n") >= 40
    assert _score(inputs, tmp_path / "b.jsonl", "123") == first
    assert _score(inputs, tmp_path / "c.jsonl", "123", "-j", "2") == first
    unredacted = _score(inputs, tmp_path / "d.jsonl", "random", "--no-redact")
    assert _score(inputs, tmp_path / "e.jsonl", "random", "--no-redact", "-j", "2") == unredacted


def test_in_process_runs_repeat_exactly(tmp_path: Path, inputs: list[str]) -> None:
    from csskills.cli import main

    outs = []
    for name in ("x.jsonl", "y.jsonl"):
        assert main(["score", *inputs, "-o", str(tmp_path / name), "-q"]) == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
