"""Bad records that used to cost the whole batch: each is now a located error for itself only.

Every case is run through the command line with ``--on-error skip`` (the good records around
the bad one must all be scored, the bad one listed with its line) and with the default stop
mode (one line ``file:line: ...`` and exit code 2, never a traceback).
"""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from csskills import Failure, Transcript
from csskills.cli import main
from csskills.exceptions import InputFormatError
from csskills.io import detect_format, iter_transcripts, read
from csskills.io.formats._common import html_to_text

GOOD = {
    "agent_id": "a1",
    "language": "en",
    "turns": [
        {"role": "customer", "text": "My router keeps dropping."},
        {"role": "agent", "text": "I'm sorry about that! Which model do you have?"},
    ],
}


def good(i: int) -> str:
    return json.dumps({"id": f"good-{i}", **GOOD})


def _bad_turn(**fields: object) -> str:
    turn = {"role": "agent", "text": "Sorry about that.", **fields}
    return json.dumps({"id": "bad", "turns": [turn]})


SURROGATE = "\udc00"
BAD_LINES = {
    "surrogate_agent_id": json.dumps({"id": "bad", **GOOD, "agent_id": SURROGATE}),
    "surrogate_customer_id": json.dumps({"id": "bad", **GOOD, "customer_id": SURROGATE}),
    "surrogate_id": json.dumps({**GOOD, "id": "x" + SURROGATE}),
    "surrogate_speaker_id": _bad_turn(speaker_id=SURROGATE),
    "surrogate_turn_metadata": _bad_turn(metadata={"note": ["ok", SURROGATE]}),
    "surrogate_metadata_value": json.dumps({"id": "bad", **GOOD, "metadata": {"x": SURROGATE}}),
    "surrogate_metadata_key": json.dumps({"id": "bad", **GOOD, "metadata": {SURROGATE: 1}}),
    "number_of_5000_digits": '{"id": "bad", "n": ' + "7" * 5000 + "}",
    "number_of_5000_digits_in_metadata": json.dumps({"id": "bad", **GOOD})[:-1]
    + ', "metadata": {"n": '
    + "7" * 5000
    + "}}",
    "nested_100000_deep": '{"a":' * 100_000 + "1" + "}" * 100_000,
    "metadata_nested_500_deep": json.dumps(
        {"id": "bad", **GOOD, "metadata": {"d": json.loads("[" * 500 + "]" * 500)}}
    ),
    "infinite_start": _bad_turn(start=1e309).replace("Infinity", "1e309"),
    "infinite_end": _bad_turn(start=1, end=1e999).replace("Infinity", "1e999"),
    "nan_start": _bad_turn(start=float("nan")),
    "timestamp_at_the_end_of_time": _bad_turn(timestamp="9999-12-31T23:59:00-23:59"),
    "timestamp_at_the_start_of_time": _bad_turn(timestamp="0001-01-01T00:00:00+14:00"),
    "started_at_at_the_end_of_time": json.dumps(
        {"id": "bad", **GOOD, "metadata": {"started_at": "9999-12-31T23:59:00-23:59"}}
    ),
}


def _file(tmp_path: Path, bad: str, *, first: bool) -> Path:
    lines = [bad, good(1), good(2)] if first else [good(1), bad, good(2)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    return path


@pytest.mark.parametrize("first", [True, False], ids=["line1", "line2"])
@pytest.mark.parametrize("name", sorted(BAD_LINES))
def test_bad_record_is_located_and_the_good_ones_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, first: bool
) -> None:
    path = _file(tmp_path, BAD_LINES[name], first=first)
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.jsonl"
    code = main(
        ["score", str(path), "-o", str(out), "--on-error", "skip", "--errors-file", str(errors)]
    )
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert code == 1, captured.err
    scored = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [a["transcript_id"] for a in scored] == ["good-1", "good-2"]
    listed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    line = 1 if first else 2
    assert len(listed) == 1 and listed[0]["line"] == line
    assert listed[0]["message"].startswith(f"{path}:{line}: ")
    assert SURROGATE not in listed[0]["message"]

    # stop mode: one located line, exit 2, nothing written
    code = main(["score", str(path), "-o", str(tmp_path / "stop.jsonl")])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert f"{path}:{line}: " in err
    assert not (tmp_path / "stop.jsonl").exists()


@pytest.mark.parametrize(
    "first_line",
    [
        '{"id": "x", "turns": 3}',
        '{"id": "x", "tur',
        "[1, 2, 3]",
        '"just a string"',
        b'{"id": "\xff\xfe"}',
        '{"a":' * 100_000 + "1" + "}" * 100_000,
    ],
    ids=["turns_not_a_list", "truncated", "array", "string", "invalid_utf8", "deep"],
)
def test_a_malformed_first_line_does_not_hide_the_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first_line: str | bytes
) -> None:
    raw = first_line if isinstance(first_line, bytes) else first_line.encode()
    path = tmp_path / "in.jsonl"
    path.write_bytes(raw + b"\n" + good(1).encode() + b"\n" + good(2).encode() + b"\n")
    assert detect_format(path).name == "csskills"
    out = tmp_path / "out.jsonl"
    code = main(["score", str(path), "-o", str(out), "--on-error", "skip", "-q"])
    assert code == 1, capsys.readouterr().err
    assert len(out.read_text().splitlines()) == 2
    errors = (tmp_path / "out.jsonl.errors.jsonl").read_text().splitlines()
    assert len(errors) == 1 and json.loads(errors[0])["line"] == 1


def test_a_file_of_nothing_readable_is_still_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("[1]\n[2]\n")
    with pytest.raises(InputFormatError, match=r"cannot tell the format.*line 1"):
        detect_format(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_wide_encodings_with_a_bom_are_sniffed(tmp_path: Path, encoding: str) -> None:
    text = good(1) + "\n" + good(2) + "\n"
    data = text.encode(encoding)
    if encoding.endswith("-be"):
        data = ("\ufeff" + text).encode(encoding)
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    assert detect_format(path).name == "csskills"
    assert [t.id for t in read(path) if isinstance(t, Transcript)] == ["good-1", "good-2"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_one_bad_code_unit_fails_only_its_line(tmp_path: Path, codec: str) -> None:
    bom = "\ufeff".encode(codec)
    lines = [good(1), good(2), good(3)]
    data = ("\n".join(lines) + "\n").encode(codec)
    # a lone low surrogate (UTF-16) or an out-of-range code point (UTF-32) inside line 2
    at = data.find('"good-2"'.encode(codec))
    junk = {"utf-16-le": b"\x00\xdc", "utf-16-be": b"\xdc\x00", "utf-32-le": b"\x00\x00\x11\x00"}
    path = tmp_path / "in.jsonl"
    path.write_bytes(bom + data[:at] + junk[codec] + data[at:])
    items = list(iter_transcripts(path, errors="collect"))
    assert [i.id for i in items if isinstance(i, Transcript)] == ["good-1", "good-3"]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(failures) == 1 and failures[0].line == 2
    assert "not valid UTF-" in failures[0].message
    assert detect_format(path).name == "csskills"


def test_sniffing_reads_no_more_than_the_record_limit(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    big = '{"id": "big", "turns": [{"role": "agent", "text": "' + "a" * 30_000_000 + '"}]}'
    path.write_text(big + "\n" + good(1) + "\n")
    tracemalloc.start()
    try:
        code = main(
            [
                "score", str(path), "-o", str(tmp_path / "o.jsonl"), "--on-error", "skip", "-q",
                "--limit-record-bytes", "1000000",
            ]
        )  # fmt: skip
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 1
    assert peak < 10_000_000, f"peak {peak:,} bytes: the 30 MB line was held in memory"
    assert len((tmp_path / "o.jsonl").read_text().splitlines()) == 1


def test_a_deeply_nested_item_of_a_vendor_json_array_fails_alone(tmp_path: Path) -> None:
    ticket = {
        "ticket": {"id": 1, "requester_id": 10},
        "comments": [
            {"id": 1, "author_id": 10, "public": True, "body": "It broke."},
            {"id": 2, "author_id": 20, "public": True, "body": "Sorry about that."},
        ],
        "users": [{"id": 10, "role": "end-user"}, {"id": 20, "role": "agent"}],
    }
    deep = '{"x":' * 50_000 + "1" + "}" * 50_000
    second = json.dumps({**ticket, "ticket": {"id": 2, "requester_id": 10}})
    path = tmp_path / "tickets.json"
    path.write_text("[" + json.dumps(ticket) + ", " + deep + ", " + second + "]")
    items = list(read(path, "zendesk", errors="collect"))
    assert [i.id for i in items if isinstance(i, Transcript)] == ["1", "2"]
    (failure,) = [i for i in items if isinstance(i, Failure)]
    assert "$[1]" in failure.message and "nested too deeply" in failure.message


def test_html_bodies_drop_script_and_style() -> None:
    markup = (
        "<html><head><style>p { color: red }</style><title>t</title></head><body>"
        "<p>Hello &amp; welcome</p><script>var secret = 1;</script>"
        "<div>Line two<br>three</div><!-- a comment --></body></html>"
    )
    text = html_to_text(markup)
    assert text == "Hello & welcome\nLine two\nthree"
    assert "color" not in text and "secret" not in text and "comment" not in text
