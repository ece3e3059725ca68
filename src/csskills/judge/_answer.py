"""The strict parser of the judge's answer: the whole message must be the one JSON object.

``{"value": 0-100 or null, "reason": "...", "evidence": [{"turn": N, "quote": "...",
"polarity": "positive"|"negative"|"context"}]}`` with ``polarity`` optional. A surrounding
```` ```json ```` fence is the only tolerance: no prose before or after, no extra keys, no
value outside 0-100. Anything else raises :class:`~csskills.exceptions.InputFormatError`
naming the field, which the judge retries and then records as a failure of that competency
(N/A, never a guessed score).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Any, cast

from csskills._assessment import Polarity
from csskills.exceptions import InputFormatError

__all__ = ["Answer", "Claim", "parse_answer"]

_FENCE = re.compile(r"\A```(?:json|JSON)?[ \t]*\r?\n(?P<body>.*?)\r?\n?[ \t]*```\Z", re.DOTALL)
_KEYS = frozenset({"value", "reason", "evidence"})
_CLAIM_KEYS = frozenset({"turn", "quote", "polarity"})
_POLARITIES = ("positive", "negative", "context")


@dataclass(frozen=True)
class Claim:
    """One quote the judge gave: which turn, the words, and whether they count for or against."""

    turn: int
    quote: str
    polarity: Polarity = "positive"


@dataclass(frozen=True)
class Answer:
    """A well-formed answer (not yet checked against the transcript)."""

    value: float | None
    reason: str
    claims: tuple[Claim, ...]


def _bad(message: str, field: str | None = None) -> InputFormatError:
    return InputFormatError(message, source="judge answer", field=field)


def _reject_constant(name: str) -> Any:
    raise _bad(f"{name} is not a number")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def parse_answer(content: str) -> Answer:
    """The answer in ``content``, or :class:`InputFormatError` saying what is wrong."""
    if not isinstance(content, str):
        raise _bad(f"expected text, got {type(content).__name__}")
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group("body").strip()
    if not text:
        raise _bad("empty answer")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise _bad(f"not one JSON object: {exc.msg} at character {exc.pos}") from None
    if not isinstance(data, dict):
        raise _bad(f"expected a JSON object, got {type(data).__name__}")
    missing = sorted(_KEYS - data.keys())
    if missing:
        raise _bad(f"missing key(s) {', '.join(missing)}")
    extra = sorted(set(data) - _KEYS)
    if extra:
        raise _bad(f"unexpected key(s) {', '.join(extra)}")
    value = data["value"]
    if value is not None:
        if not _number(value) or not math.isfinite(value):
            raise _bad(f"expected a number from 0 to 100 or null, got {value!r}", "value")
        if not 0 <= value <= 100:
            raise _bad(f"{value} is outside 0-100", "value")
        value = float(value)
    reason = data["reason"]
    if not isinstance(reason, str):
        raise _bad(f"expected a string, got {type(reason).__name__}", "reason")
    evidence = data["evidence"]
    if not isinstance(evidence, list):
        raise _bad(f"expected a list, got {type(evidence).__name__}", "evidence")
    claims = []
    for k, item in enumerate(evidence):
        where = f"evidence.{k}"
        if not isinstance(item, dict):
            raise _bad(f"expected an object, got {type(item).__name__}", where)
        if "turn" not in item or "quote" not in item:
            raise _bad("needs turn and quote", where)
        unknown = sorted(set(item) - _CLAIM_KEYS)
        if unknown:
            raise _bad(f"unexpected key(s) {', '.join(unknown)}", where)
        turn, quote = item["turn"], item["quote"]
        if not isinstance(turn, int) or isinstance(turn, bool):
            raise _bad(f"expected a turn number, got {turn!r}", f"{where}.turn")
        if not isinstance(quote, str):
            raise _bad(f"expected a string, got {type(quote).__name__}", f"{where}.quote")
        polarity = item.get("polarity", "positive")
        if polarity not in _POLARITIES:
            raise _bad(
                f"expected one of {', '.join(_POLARITIES)}, got {polarity!r}", f"{where}.polarity"
            )
        claims.append(Claim(turn=turn, quote=quote, polarity=cast(Polarity, polarity)))
    return Answer(value=value, reason=reason, claims=tuple(claims))
