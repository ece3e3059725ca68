"""Output is written atomically, and ``--resume`` continues an interrupted run exactly.

The reference is one uninterrupted run; every interrupted-then-resumed run must end with the
same bytes, whatever point the interruption hit (between records or in the middle of one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from csskills.cli import main
from csskills.evaluate import DefaultEvaluator
from csskills.io._atomic import atomic_write, partial_path, prepare_resume

DATA = Path(__file__).parents[2] / "examples" / "data"
EXAMPLES = sorted(str(p) for p in DATA.glob("support_*.jsonl"))


def _run(out: Path, *extra: str) -> int:
    return main(["score", *EXAMPLES, "-o", str(out), "-q", *extra])


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    assert _run(out) == 0
    return out.read_bytes()


@pytest.mark.parametrize("cut", [0, 1, 7, -1])
def test_resume_after_a_torn_write_gives_the_uninterrupted_bytes(
    tmp_path: Path, reference: bytes, cut: int
) -> None:
    lines = reference.splitlines(keepends=True)
    k = len(lines) // 2
    torn = b"".join(lines[:k]) + (lines[k][:cut] if cut >= 0 else lines[k][:-1])
    out = tmp_path / "out.jsonl"
    Path(partial_path(out)).write_bytes(torn)
    assert _run(out, "--resume") == 0
    assert out.read_bytes() == reference
    assert not Path(partial_path(out)).exists()


def test_resume_of_a_complete_output_scores_nothing_again(
    tmp_path: Path, reference: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_bytes(reference)
    scored: list[str] = []
    original = DefaultEvaluator.evaluate

    def spy(self: DefaultEvaluator, transcript: Any) -> Any:
        scored.append(transcript.id)
        return original(self, transcript)

    monkeypatch.setattr(DefaultEvaluator, "evaluate", spy)
    assert _run(out, "--resume") == 0
    assert scored == [] and out.read_bytes() == reference


def test_an_interrupted_run_leaves_no_output_only_a_partial_that_resumes(
    tmp_path: Path, reference: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = DefaultEvaluator.iter_evaluate

    def interrupted(self: DefaultEvaluator, *args: Any, **kw: Any) -> Iterator[Any]:
        for i, item in enumerate(original(self, *args, **kw)):
            if i == 5:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(DefaultEvaluator, "iter_evaluate", interrupted)
    out = tmp_path / "out.jsonl"
    assert _run(out) == 130
    assert not out.exists(), "an interrupted run never leaves a file that looks complete"
    assert len(Path(partial_path(out)).read_bytes().splitlines()) == 5
    monkeypatch.setattr(DefaultEvaluator, "iter_evaluate", original)
    assert _run(out, "--resume") == 0
    assert out.read_bytes() == reference


def test_resume_counts_repeated_ids_occurrence_by_occurrence(tmp_path: Path) -> None:
    rec = {"id": "dup", "turns": [{"role": "agent", "text": "Thanks for waiting."}]}
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(rec) for _ in range(3)) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(src), "-o", str(out), "-q"]) == 0
    full = out.read_bytes()
    first = full.splitlines(keepends=True)[0]
    out.unlink()
    Path(partial_path(out)).write_bytes(first)
    assert main(["score", str(src), "-o", str(out), "-q", "--resume"]) == 0
    assert out.read_bytes() == full


def test_resume_needs_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", EXAMPLES[0], "--resume"]) == 2
    assert "--resume needs an output file" in capsys.readouterr().err


def test_prepare_resume_cuts_a_corrupt_line_and_everything_after(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    good = b'{"transcript_id": "a"}\n'
    Path(partial_path(out)).write_bytes(good + b"{garbage\n" + good)
    state = prepare_resume(out)
    assert state.kept == 1 and state.dropped_bytes == len(b"{garbage\n" + good)
    assert Path(partial_path(out)).read_bytes() == good


def test_atomic_write_leaves_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "f.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("new, half")
        raise RuntimeError("boom")
    assert target.read_text() == "old\n" and not Path(partial_path(target)).exists()
    with atomic_write(target) as handle:
        handle.write("new\n")
    assert target.read_text() == "new\n"
