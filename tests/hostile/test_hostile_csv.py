"""Hostile CSV through the generic importer: bad rows are located errors, good rows are kept."""

from __future__ import annotations

import json
from pathlib import Path

from csskills.cli import main

MAP = "id=id,role=role,text=text"


def _score(tmp_path: Path, data: bytes) -> tuple[int, list[str], list[dict[str, object]]]:
    path = tmp_path / "in.csv"
    path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    code = main(["score", str(path), "--format", "generic", "--map", MAP, "-o", str(out),
                 "--on-error", "skip", "-q"])  # fmt: skip
    scored = [json.loads(x)["transcript_id"] for x in out.read_text().splitlines()]
    errors_path = tmp_path / "out.jsonl.errors.jsonl"
    errors = (
        [json.loads(x) for x in errors_path.read_text().splitlines()]
        if errors_path.exists()
        else []
    )
    return code, scored, errors


def test_unknown_role_and_missing_id_are_located_and_the_rest_scored(tmp_path: Path) -> None:
    data = (
        "id,role,text\n"
        "c1,agent,Sorry for the wait\n"
        "c2,supervisor,hello\n"
        ",agent,no id here\n"
        'c3,agent,"a ""quoted"" word, with a comma"\n'
        "c4,agent,ok\x00nul and \u202ebidi\u202c and 👍🏽\n"
        "c5,agent,\n"
    ).encode()
    code, scored, errors = _score(tmp_path, data)
    assert code == 1
    assert scored == ["c1", "c3", "c4", "c5"]
    assert sorted(e["line"] for e in errors) == [3, 4]  # type: ignore[type-var]
    assert all(str(e["message"]).startswith(f"{tmp_path / 'in.csv'}:") for e in errors)
    assert any("'supervisor' is not a known role" in str(e["message"]) for e in errors)
    assert len(scored) + len(errors) == 6  # five conversation ids plus one row with none


def test_bom_and_crlf_csv(tmp_path: Path) -> None:
    data = "\ufeffid,role,text\r\nc1,agent,thanks\r\nc1,customer,ok\r\n".encode()
    code, scored, errors = _score(tmp_path, data)
    assert (code, scored, errors) == (0, ["c1"], [])


def test_unterminated_quote_does_not_swallow_later_rows(tmp_path: Path) -> None:
    data = b'id,role,text\nc1,agent,"unterminated\nc2,agent,fine\nc3,agent,fine\n'
    _, scored, errors = _score(tmp_path, data)
    assert "c3" in scored or errors


def test_invalid_utf8_in_csv_fails_only_its_row(tmp_path: Path) -> None:
    data = b"id,role,text\nc1,agent,fine\nc2,agent,caf\xe9\n"
    _, scored, errors = _score(tmp_path, data)
    assert scored == ["c1"] and len(errors) == 1
