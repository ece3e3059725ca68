"""Property-based fuzzing of every importer and of the evaluator (runs in the normal test run).

The contract under fuzzing: an importer given anything either yields transcripts (and, with
``errors="collect"``, Failure records) or raises a located :class:`InputFormatError`; never any
other exception. The evaluator given any valid transcript returns an in-range assessment whose
evidence points at real text, and serialises it. The corpus of mutations starts from the
fixtures of ``tests/fixtures/formats``, so the fuzzer reaches deep into each format's fields.
The atheris harnesses in ``fuzz/`` do the same, coverage-guided, in CI (``.ci/fuzz.sh``).
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csskills import Failure, Transcript, evaluate
from csskills.exceptions import InputFormatError
from csskills.io import iter_transcripts
from csskills.io.formats import FORMATS, ColumnMapping, detect_format, read
from tests.strategies import transcripts

FIXTURES = Path(__file__).parent / "fixtures" / "formats"
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


@st.composite
def mutated(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """``value`` with random subtrees replaced, dropped or retyped (keeps most of the shape)."""
    roll = draw(st.integers(0, 9))
    if roll == 0:
        return draw(json_values)
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if draw(st.integers(0, 9)) == 0:
                continue  # a missing field
            out[key] = draw(mutated(item, depth + 1)) if depth < 6 else item
        if draw(st.integers(0, 9)) == 0:
            out[draw(st.text(max_size=8))] = draw(json_values)
        return out
    if isinstance(value, list):
        items = [draw(mutated(x, depth + 1)) if depth < 6 else x for x in value]
        if items and draw(st.booleans()):
            items = items[: draw(st.integers(0, len(items)))]
        return items
    if isinstance(value, str) and roll == 1:
        return draw(st.text(max_size=30))
    if isinstance(value, str) and roll == 2:
        return draw(st.sampled_from(["", " ", "\u202e", "9" * 30, "-1", "2026-13-45T99:99"]))
    if isinstance(value, (int, float)) and not isinstance(value, bool) and roll in (1, 2):
        return draw(st.sampled_from([0, 1e9, -1, 1e308, 2**63, "12", None, True]))
    return value


JSON_FIXTURES = sorted(p for p in FIXTURES.glob("*.json"))


def _fmt_of(path: Path) -> str:
    name = path.stem.rsplit("_", 1)[0].replace("_", "-")
    return {"contact-lens": "contact-lens"}.get(name, name)


def _consume(path: Path, fmt: str, **kw: Any) -> list[Transcript | Failure]:
    """Read a (mutated) file: only located InputFormatErrors may escape, never anything else."""
    try:
        return list(read(path, fmt, errors="collect", **kw))
    except InputFormatError as exc:
        assert str(exc), "an error must say what is wrong"
        return []


def test_every_json_fixture_maps_to_a_format() -> None:
    assert {_fmt_of(p) for p in JSON_FIXTURES} <= set(FORMATS)


@pytest.mark.parametrize("fixture", JSON_FIXTURES, ids=lambda p: p.stem)
@FUZZ
@given(data=st.data())
def test_importers_survive_mutated_exports(fixture: Path, data: st.DataObject) -> None:
    original = json.loads(fixture.read_text(encoding="utf-8"))
    doc = data.draw(mutated(original))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / fixture.name
        path.write_text(json.dumps(doc), encoding="utf-8")
        for item in _consume(path, _fmt_of(fixture)):
            assert isinstance(item, (Transcript, Failure))
        with contextlib.suppress(InputFormatError):
            detect_format(path)


@FUZZ
@given(raw=st.binary(max_size=400), ext=st.sampled_from([".json", ".jsonl", ".csv"]))
def test_detection_and_every_reader_survive_random_bytes(raw: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{ext}"
        path.write_bytes(raw)
        for fmt in FORMATS:
            kw = {"mapping": ColumnMapping()} if fmt == "generic" else {}
            _consume(path, fmt, **kw)
        with contextlib.suppress(InputFormatError):
            detect_format(path)


csv_cells = st.lists(
    st.sampled_from([*'ab,"\n\r\t ;|', "agent", "customer", "é", "\x00", "12"]), max_size=6
).map("".join)


@FUZZ
@given(rows=st.lists(st.lists(csv_cells, min_size=0, max_size=5), max_size=8))
def test_csv_readers_survive_hostile_rows(rows: list[list[str]]) -> None:
    body = "id,role,text\n" + "\n".join(",".join(r) for r in rows)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.csv"
        path.write_text(body, encoding="utf-8")
        _consume(path, "generic", mapping=ColumnMapping())
        twcs = Path(tmp) / "t.csv"
        twcs.write_text(
            "tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
            + "\n".join(",".join(r) for r in rows),
            encoding="utf-8",
        )
        _consume(twcs, "twcs")


@FUZZ
@given(lines=st.lists(st.one_of(json_values.map(json.dumps), st.text(max_size=40)), max_size=6))
def test_jsonl_reader_yields_one_item_per_non_blank_line(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.jsonl"
        path.write_text("\n".join(x.replace("\n", " ").replace("\r", " ") for x in lines) + "\n",
                        encoding="utf-8")  # fmt: skip
        items = list(iter_transcripts(path, errors="collect"))
        raw_lines = path.read_bytes().split(b"\n")
        expected = sum(1 for x in raw_lines if x.strip())
        assert len(items) == expected


@settings(max_examples=80, deadline=None)
@given(transcripts(language=None))
def test_evaluator_on_any_transcript(t: Transcript) -> None:
    a = evaluate(t)
    json.loads(a.model_dump_json())
    for score in a.scores.values():
        assert score.value is None or 0 <= score.value <= 100
        for ev in score.evidence:
            assert t.turns[ev.turn].text[ev.start : ev.end] == ev.text
    assert evaluate(t).model_dump_json() == a.model_dump_json()


@pytest.mark.parametrize("fixture", ["intercom_conversation.json", "ccai_conversation.json"])
def test_out_of_range_unix_times_are_located_errors(fixture: str, tmp_path: Path) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    doc = json.loads(text)

    def huge(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: huge(v) for k, v in value.items()}
        if isinstance(value, list):
            return [huge(v) for v in value]
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 1e8:
            return 1e308
        return value

    path = tmp_path / fixture
    path.write_text(json.dumps(huge(doc)), encoding="utf-8")
    _assert_located(path, _fmt_of(path), r"Unix time out of range")


def test_negative_offsets_are_located_errors(tmp_path: Path) -> None:
    doc = json.loads((FIXTURES / "transcribe_call.json").read_text(encoding="utf-8"))
    for segment in doc["Transcript"]:
        segment["BeginOffsetMillis"] = segment["EndOffsetMillis"] = -1
    path = tmp_path / "transcribe_call.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _assert_located(path, "transcribe", r"greater than or equal to 0")


def _assert_located(path: Path, fmt: str, reason: str) -> None:
    """The record is refused, in both modes, with a message naming the file, the place in the
    document and the reason; nothing else escapes and nothing is scored from it."""
    items = list(read(path, fmt, errors="collect"))
    assert items and all(isinstance(i, Failure) for i in items), items
    for failure in items:
        assert isinstance(failure, Failure)
        assert re.match(rf"{re.escape(str(path))}: \$[^:]*: .*{reason}", failure.message), (
            failure.message
        )
    with pytest.raises(InputFormatError, match=reason) as info:
        list(read(path, fmt))
    assert str(info.value).startswith(f"{path}: $")
