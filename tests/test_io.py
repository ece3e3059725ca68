"""Reading JSONL: located errors, collect mode, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import csskills as cs
from csskills.io import iter_transcripts

GOOD = {"id": "g1", "turns": [{"role": "agent", "text": "Hello!"}]}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_good_records(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD), "", json.dumps({**GOOD, "id": "g2"})])
    assert [t.id for t in cs.read_transcripts(path)] == ["g1", "g2"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"in\.jsonl:2: not valid JSON"),
        ("[1, 2]", r"in\.jsonl:2: expected a JSON object, got list"),
        (json.dumps({"turns": GOOD["turns"]}), r"in\.jsonl:2: id: Field required"),
        (json.dumps({**GOOD, "colour": "red"}), r"in\.jsonl:2: colour: unknown field"),
        (
            json.dumps({"id": "x", "turns": [{"role": "agent", "text": 5}]}),
            r"in\.jsonl:2: turns\.0\.text: Input should be a valid string",
        ),
    ],
)
def test_bad_line_raises_with_file_line_and_field(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, [json.dumps(GOOD), line])
    with pytest.raises(cs.InputFormatError, match=message):
        list(cs.read_transcripts(path))


def test_collect_mode_keeps_good_and_reports_bad(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD), "{oops", json.dumps({**GOOD, "id": "g3"})])
    items = list(iter_transcripts(path, errors="collect"))
    assert [type(i).__name__ for i in items] == ["Transcript", "Failure", "Transcript"]
    failure = items[1]
    assert isinstance(failure, cs.Failure) and failure.line == 2


def test_failures_flow_through_evaluation(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD), "{oops"])
    result = cs.evaluate_many(iter_transcripts(path, errors="collect"))
    assert len(result) == 1 and len(result.failures) == 1


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    assert [t.id for t in cs.read_transcripts(path)] == ["g1"]


def test_invalid_utf8_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "\xff", "turns": []}\n')
    with pytest.raises(cs.InputFormatError, match=r"bad\.jsonl:1: not valid"):
        list(cs.read_transcripts(path))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(cs.InputFormatError, match="no such file"):
        list(cs.read_transcripts(tmp_path / "nope.jsonl"))


def test_assessments_round_trip(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD)])
    a = cs.evaluate_many(cs.read_transcripts(path))[0]
    out = tmp_path / "a.jsonl"
    out.write_text(a.model_dump_json() + "\n", encoding="utf-8")
    assert list(cs.read_assessments(out)) == [a]
