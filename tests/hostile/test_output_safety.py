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


# -- never over an input, never through a link --------------------------------------------

_ONE = json.dumps(
    {"id": "c1", "language": "en", "agent_id": "a1",
     "turns": [{"role": "customer", "text": "It broke."},
               {"role": "agent", "text": "Sorry about that, let me fix it."}]}
)  # fmt: skip


def _input(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(_ONE + "\n")
    return path


@pytest.mark.parametrize(
    "extra",
    [
        lambda i, tmp: ["-o", str(i)],
        lambda i, tmp: ["-o", f"{i.parent}/./{i.name}"],
        lambda i, tmp: ["-o", str(tmp / "out.jsonl"), "--errors-file", str(i)],
        lambda i, tmp: ["-o", str(tmp / "out.jsonl"), "--errors-file", str(tmp / "out.jsonl")],
    ],
    ids=["output_is_input", "same_file_other_spelling", "errors_file_is_input", "errors_is_out"],
)
def test_score_refuses_to_write_over_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: Any
) -> None:
    path = _input(tmp_path)
    before = path.read_bytes()
    assert main(["score", str(path), "--on-error", "skip", *extra(path, tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "output" in err
    assert path.read_bytes() == before
    assert not (tmp_path / "out.jsonl").exists()


def test_an_output_that_is_a_link_to_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _input(tmp_path)
    link = tmp_path / "link.jsonl"
    link.symlink_to(path)
    assert main(["score", str(path), "-o", str(link), "-q"]) == 2
    err = capsys.readouterr().err
    assert str(link) in err and str(path) in err
    assert path.read_text() == _ONE + "\n"


def test_profile_and_report_refuse_to_write_over_their_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessments = tmp_path / "a.jsonl"
    assert main(["score", str(_input(tmp_path)), "-o", str(assessments), "-q"]) == 0
    before = assessments.read_bytes()
    assert main(["profile", str(assessments), "-o", str(assessments)]) == 2
    assert main(["report", str(assessments), "-o", str(assessments), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count(f"output {assessments} is the input {assessments}") == 2
    assert assessments.read_bytes() == before


def test_a_partial_file_that_is_a_link_is_never_followed(tmp_path: Path) -> None:
    path = _input(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "out.jsonl"
    Path(partial_path(out)).symlink_to(victim)
    assert main(["score", str(path), "-o", str(out), "-q"]) == 0
    assert victim.read_text() == "precious\n"
    assert json.loads(out.read_text())["transcript_id"] == "c1"
    assert not Path(partial_path(out)).exists()
    # the same for an errors file written atomically
    errors = tmp_path / "errors.jsonl"
    Path(partial_path(errors)).symlink_to(victim)
    with atomic_write(errors) as handle:
        handle.write("x\n")
    assert victim.read_text() == "precious\n" and errors.read_text() == "x\n"


def test_resume_refuses_a_partial_file_that_is_a_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    out = tmp_path / "out.jsonl"
    Path(partial_path(out)).symlink_to(victim)
    assert main(["score", str(_input(tmp_path)), "-o", str(out), "-q", "--resume"]) == 2
    assert "symbolic link" in capsys.readouterr().err
    assert victim.read_text() == "precious\n"


# -- --resume keeps the redaction settings of the run it continues --------------------------

_PII = json.dumps(
    {"id": "p1", "language": "en", "agent_id": "a1",
     "turns": [{"role": "customer", "text": "Write to jane.smith@example.com please."},
               {"role": "agent", "text": "Sure, I will write to jane.smith@example.com today."}]}
)  # fmt: skip


def _interrupted(tmp_path: Path, *flags: str) -> Path:
    """An output whose run was interrupted after the first record (the partial file kept)."""
    src = tmp_path / "in.jsonl"
    src.write_text(_PII + "\n" + _PII.replace('"p1"', '"p2"') + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(src), "-o", str(out), "-q", *flags]) == 0
    first = out.read_text().splitlines()[0]
    Path(partial_path(out)).write_text(first + "\n")
    settings = Path(partial_path(out) + ".settings")
    settings.write_text(
        json.dumps({"redact": "--no-redact" not in flags, "redact_patterns": []})
    )
    out.unlink()
    return src


def test_resume_refuses_to_mix_unredacted_and_redacted_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _interrupted(tmp_path, "--no-redact")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(src), "-o", str(out), "-q", "--resume"]) == 2
    err = capsys.readouterr().err
    assert "--no-redact" in err and "--resume" in err
    assert not out.exists()
    # with the same settings it continues
    assert main(["score", str(src), "-o", str(out), "-q", "--resume", "--no-redact"]) == 0
    assert len(out.read_text().splitlines()) == 2


def test_resume_without_recorded_settings_checks_the_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _interrupted(tmp_path, "--no-redact")
    out = tmp_path / "out.jsonl"
    partial = Path(partial_path(out))
    Path(str(partial) + ".settings").unlink()  # as written by an older version
    record = json.loads(partial.read_text())
    span = {"turn": 1, "start": 20, "end": 42, "text": "jane.smith@example.com", "rule": "r"}
    record["behaviours"] = {"specific_detail": [span]}
    partial.write_text(json.dumps(record) + "\n")
    assert main(["score", str(src), "-o", str(out), "-q", "--resume"]) == 2
    assert "not redacted" in capsys.readouterr().err
    assert main(["score", str(src), "-o", str(out), "-q", "--resume", "--no-redact"]) == 0


def test_a_complete_run_leaves_no_settings_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["score", str(_input(tmp_path)), "-o", str(out), "-q"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_resume_refuses_to_mix_evaluators(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A partial output written by the rules is not continued by the LLM judge (one file would
    hold two kinds of scores); nothing is sent to the endpoint."""
    original = DefaultEvaluator.iter_evaluate

    def interrupted(self: DefaultEvaluator, *args: Any, **kw: Any) -> Iterator[Any]:
        for i, item in enumerate(original(self, *args, **kw)):
            if i == 3:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(DefaultEvaluator, "iter_evaluate", interrupted)
    out = tmp_path / "out.jsonl"
    assert _run(out) == 130
    monkeypatch.setattr(DefaultEvaluator, "iter_evaluate", original)
    code = _run(out, "--resume", "--evaluator", "judge", "--judge-url", "http://127.0.0.1:9",
                "--judge-model", "m")
    assert code == 2
    message = capsys.readouterr().err
    assert "--resume" in message and "judge" in message and "default evaluator" in message
    assert Path(partial_path(out)).exists(), "the partial output is kept for a proper resume"
