"""``csskills score --format/--map``: vendor exports and mapped CSVs from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csskills.cli import main

FIX = Path(__file__).parent / "fixtures" / "formats"
MAP = "id=ticket,role=sender,text=body,role.agent=Staff,role.customer=Client"


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_auto_format_is_reported_and_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    code = main(
        ["score", str(FIX / "zendesk_ticket.json"), str(FIX / "intercom_conversation.json"),
         "-o", str(out)]
    )  # fmt: skip
    assert code == 0
    err = capsys.readouterr().err
    assert "reading as zendesk" in err and "reading as intercom" in err
    assert [a["transcript_id"] for a in _lines(out)] == ["35436", "1911149811"]


def test_map_reads_a_csv_next_to_a_vendor_export(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    code = main(
        ["score", str(FIX / "generic_turns.csv"), str(FIX / "vcon_chat.json"), "--map", MAP,
         "-o", str(out), "-q"]
    )  # fmt: skip
    assert code == 0
    assert [a["transcript_id"] for a in _lines(out)] == [
        "T-1",
        "T-2",
        "018f0000-0000-8000-8000-00000000c0a1",
    ]


def test_explicit_format(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    assert main(["score", str(FIX / "transcribe_call.json"), "--format", "transcribe",
                 "-o", str(out), "-q"]) == 0  # fmt: skip
    assert _lines(out)[0]["channel"] == "voice"


def test_unknown_csv_without_map_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["score", str(FIX / "generic_turns.csv"), "-o", str(tmp_path / "a.jsonl")])
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot tell the format" in err and "--map" in err and "twcs" in err


def test_generic_without_map_and_map_with_other_format_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "a.jsonl")
    assert main(["score", str(FIX / "generic_turns.csv"), "--format", "generic", "-o", out]) == 2
    assert "needs --map" in capsys.readouterr().err
    args = ["score", str(FIX / "zendesk_ticket.json"), "--format", "zendesk", "--map", MAP]
    assert main([*args, "-o", out]) == 2
    assert "only applies" in capsys.readouterr().err


def test_bad_format_name_and_bad_map_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["score", "x.json", "--format", "salesforce"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["score", "x.csv", "--map", "id=a,colour=b"])
    assert "unknown field 'colour'" in capsys.readouterr().err


def test_unattributed_author_is_listed_with_on_error_skip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    code = main(["score", str(FIX / "zendesk_tickets.jsonl"), "--on-error", "skip", "-o", str(out)])
    assert code == 1
    errors = _lines(tmp_path / "a.jsonl.errors.jsonl")
    assert len(errors) == 2 and "author_id" in str(errors[0]["message"])


def test_a_customer_email_mapped_as_a_role_is_never_quoted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A column mix-up puts an e-mail where the role was expected: the message, the summary
    and the errors file describe the value (kind, length, a redacted excerpt), never quote it."""
    import json

    path = tmp_path / "turns.csv"
    path.write_text(
        "ticket,sender,body\nT1,jane.smith84@gmail.com,My order is late\nT2,Client,Where is it?\n"
        "T2,Staff,Sorry about that, let me check.\n"
    )
    out = tmp_path / "a.jsonl"
    args = ["score", str(path), "--map", MAP, "-o", str(out), "--on-error", "skip"]
    assert main([*args, "--language", "en"]) == 1
    captured = capsys.readouterr()
    errors = (tmp_path / "a.jsonl.errors.jsonl").read_text()
    for text in (captured.out, captured.err, errors):
        assert "jane" not in text and "smith84" not in text and "gmail" not in text
    (failure,) = [json.loads(line) for line in errors.splitlines()]
    assert "characters" in failure["message"] and "[EMAIL]" in failure["message"]
    assert [json.loads(x)["transcript_id"] for x in out.read_text().splitlines()] == ["T2"]


def test_a_blank_redaction_pattern_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "turns": [{"role": "agent", "text": "Hello"}]}\n')
    assert main(["score", str(path), "-o", str(tmp_path / "o.jsonl"), "--redact-pattern", " "]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "redaction pattern" in err and "blank" in err
