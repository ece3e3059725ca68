"""Hostile input: every record gives a correct assessment or a located error, never a traceback.

The corpus (``corpus.py``) covers malformed JSON, wrong types, missing/unknown roles, empty and
whitespace turns, invalid UTF-8, BOMs, zero-width and bidi controls, mixed scripts, emoji,
duplicate ids; the big cases (10 MB turn, 100,000 turns, 1 MB adversarial text) are built here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from csskills import DEFAULT_LIMITS, Failure, Limits, Transcript, evaluate
from csskills.cli import main
from csskills.exceptions import InputFormatError
from csskills.io import iter_transcripts
from tests.hostile.corpus import CASES, N_OK, N_RECORDS, Case

LOCATED = re.compile(r"^.+:\d+: ")


def _write(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_record_is_scored_or_a_located_error(tmp_path: Path, case: Case) -> None:
    path = _write(tmp_path / "in.jsonl", [case.line])
    items = list(iter_transcripts(path, errors="collect"))
    assert len(items) == 1, "one record in, one item out"
    item = items[0]
    if case.ok:
        assert isinstance(item, Transcript), getattr(item, "message", item)
        assessment = evaluate(item)
        json.loads(assessment.model_dump_json())  # serialisable: no lone surrogates, no NaN
        for ev in (e for evs in assessment.behaviours.values() for e in evs):
            assert item.turns[ev.turn].text[ev.start : ev.end] == ev.text
    else:
        assert isinstance(item, Failure)
        assert item.line == 1 and item.message.startswith(f"{path}:1: ")
        assert case.reason in item.message
        with pytest.raises(InputFormatError, match=re.escape(case.reason)):
            list(iter_transcripts(path))


def test_skip_counts_scored_plus_reported_equals_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "corpus.jsonl", [c.line for c in CASES])
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    code = main(["score", str(path), "-o", str(out), "--on-error", "skip",
                 "--errors-file", str(errors)])  # fmt: skip
    assert code == 1
    scored = out.read_text(encoding="utf-8").splitlines()
    reported = errors.read_text(encoding="utf-8").splitlines()
    assert len(scored) == N_OK
    assert len(scored) + len(reported) == N_RECORDS
    for line in reported:
        assert LOCATED.match(json.loads(line)["message"])
    summary = capsys.readouterr().out
    assert "'dup' x2" in summary, "duplicate ids are warned about in the summary"


def test_duplicate_ids_are_both_scored_and_the_repeat_is_flagged(tmp_path: Path) -> None:
    dups = [c.line for c in CASES if c.name.startswith("duplicate_id")]
    out = tmp_path / "out.jsonl"
    assert main(["score", str(_write(tmp_path / "d.jsonl", dups)), "-o", str(out), "-q"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["transcript_id"] for r in rows] == ["dup", "dup"]
    assert not any("duplicate" in w for w in rows[0]["warnings"])
    assert any("duplicate transcript id" in w for w in rows[1]["warnings"])


def test_stop_mode_names_the_first_bad_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = next(c for c in CASES if c.name == "invalid_utf8")
    good = CASES[0].line
    path = _write(tmp_path / "in.jsonl", [good, good, bad.line])
    assert main(["score", str(path), "-o", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert f"{path}:3: not valid UTF-8" in err and "Traceback" not in err
    assert not (tmp_path / "o.jsonl").exists()


# -- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_files_with_a_byte_order_mark_are_read(tmp_path: Path, encoding: str) -> None:
    ok = [c.line.decode("utf-8") for c in CASES if c.ok and c.name != "utf8_bom_midfile"]
    text = "\n".join(ok) + "\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    items = list(iter_transcripts(path, errors="collect"))
    assert all(isinstance(i, Transcript) for i in items), items
    assert len(items) == len(ok)


def test_mixed_encodings_fail_line_by_line_and_keep_the_good(tmp_path: Path) -> None:
    utf8 = '{"id": "u", "turns": [{"role": "agent", "text": "café"}]}'.encode()
    latin1 = '{"id": "l", "turns": [{"role": "agent", "text": "café"}]}'.encode("latin-1")
    path = _write(tmp_path / "in.jsonl", [utf8, latin1, utf8.replace(b'"u"', b'"v"')])
    items = list(iter_transcripts(path, errors="collect"))
    assert [type(i).__name__ for i in items] == ["Transcript", "Failure", "Transcript"]
    failure = items[1]
    assert isinstance(failure, Failure) and failure.line == 2
    assert "not valid UTF-8" in failure.message and "encoding" in failure.message


# -- limits: the big cases ---------------------------------------------------------------------


def _one_turn(tid: str, text: str) -> bytes:
    return json.dumps({"id": tid, "turns": [{"role": "agent", "text": text}]}).encode()


def test_a_10mb_turn_is_a_located_error_naming_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = "sorry " * (10 * 1024 * 1024 // 6)
    path = _write(tmp_path / "big.jsonl", [_one_turn("ok", "hi"), _one_turn("big", big)])
    out = tmp_path / "o.jsonl"
    assert main(["score", str(path), "-o", str(out), "--on-error", "skip", "-q"]) == 1
    failure = json.loads((tmp_path / "o.jsonl.errors.jsonl").read_text())
    assert failure["message"].startswith(f"{path}:2: turns.0.text: 10,485,")
    assert "max_turn_chars" in failure["message"] and "--limit-turn-chars" in failure["message"]
    assert len(out.read_text().splitlines()) == 1


def test_raising_the_limit_scores_the_10mb_turn(tmp_path: Path) -> None:
    big = ("Thanks for waiting, " + "a" * 200 + ". ") * (10 * 1024 * 1024 // 222)
    path = _write(tmp_path / "big.jsonl", [_one_turn("big", big)])
    items = list(iter_transcripts(path, limits=Limits(max_turn_chars=None)))
    assert isinstance(items[0], Transcript) and len(items[0].turns[0].text) > 10_000_000


def test_record_and_file_byte_limits(tmp_path: Path) -> None:
    path = _write(tmp_path / "in.jsonl", [_one_turn("a", "x" * 5000), _one_turn("b", "hi")])
    items = list(iter_transcripts(path, errors="collect", limits=Limits(max_record_bytes=1000)))
    assert isinstance(items[0], Failure) and "max_record_bytes" in items[0].message
    assert items[0].line == 1 and isinstance(items[1], Transcript), "the next line is intact"
    with pytest.raises(InputFormatError, match=r"in\.jsonl: .*max_file_bytes"):
        list(iter_transcripts(path, limits=Limits(max_file_bytes=100)))


def test_100000_turns_is_refused_by_default_and_scored_when_allowed(tmp_path: Path) -> None:
    turns = [{"role": "agent" if i % 2 else "customer", "text": "ok"} for i in range(100_000)]
    path = _write(tmp_path / "long.jsonl", [json.dumps({"id": "long", "turns": turns}).encode()])
    assert DEFAULT_LIMITS.max_turns is not None and DEFAULT_LIMITS.max_turns < 100_000
    with pytest.raises(InputFormatError, match=r"long\.jsonl:1: turns: 100,000 turns, over"):
        list(iter_transcripts(path))
    out = tmp_path / "o.jsonl"
    assert main(["score", str(path), "-o", str(out), "-q", "--limit-turns", "0"]) == 0
    row = json.loads(out.read_text())
    assert row["transcript_id"] == "long" and row["metrics"]


def test_limit_flags_reach_other_importers(tmp_path: Path) -> None:
    path = tmp_path / "turns.csv"
    path.write_text("id,role,text\nc1,agent,hello there\nc2,agent," + "x" * 50 + "\n")
    out = tmp_path / "o.jsonl"
    args = ["score", str(path), "--format", "generic", "--map", "id=id,role=role,text=text",
            "-o", str(out), "--on-error", "skip", "-q", "--limit-turn-chars", "20"]  # fmt: skip
    assert main(args) == 1
    failure = json.loads((tmp_path / "o.jsonl.errors.jsonl").read_text())
    assert "transcript 'c2'" in failure["message"] and "max_turn_chars" in failure["message"]
    assert len(out.read_text().splitlines()) == 1
