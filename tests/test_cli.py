"""The command line: summaries, exit codes, one-line errors, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csskills.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "data"
GOOD = json.dumps({"id": "g1", "turns": [{"role": "agent", "text": "Sorry for the wait!"}]})


def test_score_examples_writes_one_line_per_conversation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    inputs = sorted(str(p) for p in EXAMPLES.glob("support_*.jsonl"))
    assert main(["score", *inputs, "-o", str(out)]) == 0
    n_in = sum(1 for p in inputs for line in Path(p).read_text().splitlines() if line.strip())
    lines = out.read_text().splitlines()
    assert len(lines) == n_in
    first = json.loads(lines[0])
    assert {"transcript_id", "evaluator", "overall", "scores", "behaviours", "metrics"} <= set(
        first
    )
    assert "Scored" in capsys.readouterr().out


def test_bad_record_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(GOOD + "\n" + '{"id": "x", "turns": "nope"}\n')
    assert main(["score", str(path), "-o", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "in.jsonl:2: turns" in err
    assert not (tmp_path / "out.jsonl").exists(), "no half-written output is left behind"


def test_skip_scores_good_and_lists_bad(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(GOOD + "\n{broken\n" + GOOD.replace("g1", "g2") + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(path), "-o", str(out), "--on-error", "skip", "-q"]) == 1
    assert [json.loads(x)["transcript_id"] for x in out.read_text().splitlines()] == ["g1", "g2"]
    errors = [json.loads(x) for x in Path(str(out) + ".errors.jsonl").read_text().splitlines()]
    assert len(errors) == 1 and errors[0]["line"] == 2


def test_missing_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(tmp_path / "none.jsonl"), "-q"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_competencies_lists_ten(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["competencies", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 10


def test_schema_prints_both(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schemas = json.loads(capsys.readouterr().out)
    assert set(schemas) == {"transcript", "assessment"}
    assert "turns" in schemas["transcript"]["properties"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and "csskills" in capsys.readouterr().out


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["score"])
    assert exc.value.code == 2
