"""The hostile-input corpus: one JSONL record per case, each with what must come of it.

``ok`` records must be scored (a correct assessment); the others must give a located error
(``file:line: ...``) and never a traceback. The big cases (a 10 MB turn, 100,000 turns) are
generated in the tests, not stored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    name: str
    line: bytes
    ok: bool
    reason: str = ""  # a fragment the error message must contain


def _rec(tid: str, *turns: dict[str, object], **extra: object) -> bytes:
    return json.dumps({"id": tid, "turns": list(turns), **extra}, ensure_ascii=False).encode()


def _agent(text: str, **kw: object) -> dict[str, object]:
    return {"role": "agent", "text": text, **kw}


def _customer(text: str) -> dict[str, object]:
    return {"role": "customer", "text": text}


CASES: tuple[Case, ...] = (
    # -- good records in hostile clothing ----------------------------------------------------
    Case("plain", _rec("plain", _customer("It broke."), _agent("I'm so sorry about that.")), True),
    Case("empty_turn", _rec("empty", _customer(""), _agent("")), True),
    Case("whitespace_turns", _rec("ws", _customer("   \t "), _agent("\n\n  \u3000")), True),
    Case("zero_width", _rec("zw", _agent("I'm\u200b so\u200d sorry\ufeff, thank\u2060 you")), True),
    Case("bidi_controls", _rec("bidi", _agent("\u202eyrros m'I\u202c \u2066thanks\u2069")), True),
    Case("mixed_scripts", _rec("mix", _agent("Привет! sorry 你好 مرحبا שלום नमस्ते Ωmega")), True),
    Case("emoji_sequences", _rec("emoji", _agent("👩‍👩‍👧‍👦 🇬🇧 👍🏽 ❤️‍🔥 sorry 🙏")), True),
    Case(
        "combining_marks",
        _rec("nfd", _agent("Jose\u0301 lo siento, Z\u0351\u0352a\u0353lgo")),
        True,
    ),
    Case("unknown_metadata", _rec("meta", _agent("hi"), metadata={"x": {"y": [1, None]}}), True),
    Case(
        "nested_metadata",
        _rec("deep", _agent("hi"), metadata={"d": json.loads("[" * 60 + "]" * 60)}),
        True,
    ),
    Case("control_chars", _rec("ctl", _agent("sorry\x00\x07\x1b[31m red\x7f")), True),
    Case("crlf_line", _rec("crlf", _agent("thanks")) + b"\r", True),
    Case("utf8_bom_midfile", b"\xef\xbb\xbf" + _rec("bom2", _agent("thanks")), True),
    Case("duplicate_id_1", _rec("dup", _agent("Sorry for the wait.")), True),
    Case("duplicate_id_2", _rec("dup", _agent("Thanks for waiting.")), True),
    Case(
        "bot_and_system",
        _rec(
            "roles",
            {"role": "system", "text": "joined"},
            {"role": "bot", "text": "hello"},
            _agent("hi"),
        ),
        True,
    ),
    # -- bad records: each must be a located error --------------------------------------------
    Case("broken_json", b'{"id": "b1", "turns": [', False, "not valid JSON"),
    Case("trailing_comma", b'{"id": "b2", "turns": [],}', False, "not valid JSON"),
    Case("json_array", b"[1, 2, 3]", False, "expected a JSON object"),
    Case("json_string", b'"just a string"', False, "expected a JSON object"),
    Case("json_null", b"null", False, "expected a JSON object"),
    Case("turns_not_list", b'{"id": "b3", "turns": "nope"}', False, "turns"),
    Case("turn_not_object", b'{"id": "b4", "turns": [1]}', False, "turns.0"),
    Case("text_number", _rec("b5", {"role": "agent", "text": 5}), False, "turns.0.text"),
    Case("missing_role", _rec("b6", {"text": "hi"}), False, "turns.0.role"),
    Case("unknown_role", _rec("b7", {"role": "supervisor", "text": "hi"}), False, "turns.0.role"),
    Case("missing_text", _rec("b8", {"role": "agent"}), False, "turns.0.text"),
    Case("no_agent", _rec("b9", _customer("hello?")), False, "nothing to score"),
    Case("no_turns", _rec("b10"), False, "turns"),
    Case("empty_id", _rec("", _agent("hi")), False, "id"),
    Case("id_number", b'{"id": 7, "turns": [{"role": "agent", "text": "hi"}]}', False, "id"),
    Case(
        "unknown_field",
        _rec("b11", {"role": "agent", "text": "hi", "speker_id": "x"}),
        False,
        "unknown field",
    ),
    Case("negative_start", _rec("b12", _agent("hi", start=-1)), False, "turns.0.start"),
    Case(
        "nan_start",
        b'{"id":"b13","turns":[{"role":"agent","text":"hi","start":NaN}]}',
        False,
        "turns.0.start",
    ),
    Case("bad_timestamp", _rec("b14", _agent("hi", timestamp="yesterday")), False, "timestamp"),
    Case(
        "invalid_utf8",
        b'{"id":"b15","turns":[{"role":"agent","text":"caf\xe9"}]}',
        False,
        "not valid UTF-8",
    ),
    Case(
        "lone_surrogate",
        b'{"id":"b16","turns":[{"role":"agent","text":"a\\ud800b"}]}',
        False,
        "lone surrogate",
    ),
    Case(
        "deep_nesting",
        b'{"id":"b17","metadata":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        False,
        "nested too deeply",
    ),
    Case("bad_language", _rec("b18", _agent("hi"), language="en;DROP"), False, "language"),
)

#: How many records the corpus holds (every line is one record).
N_RECORDS = len(CASES)
N_OK = sum(case.ok for case in CASES)
