"""Shared helpers for the language-pack tests: run one pack over a short exchange."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from csskills import Transcript
from csskills.featurize._signals import Signals, extract_signals
from csskills.lang import get_language

Finder = Callable[[str, str, str], set[str]]
MONDAY_10AM = "2026-03-02T10:00:00+00:00"


def converse_in(code: str, *turns: tuple[str, str], started_at: str | None = None) -> Signals:
    """Signals of a conversation in language ``code``: (role, text) turns, optionally started
    at ``started_at`` (an ISO time, e.g. :data:`MONDAY_10AM`, for due times of promises)."""
    data: dict[str, object] = {
        "id": "t",
        "language": code,
        "turns": [{"role": role, "text": text} for role, text in turns],
    }
    if started_at is not None:
        data["metadata"] = {"started_at": started_at}
    return extract_signals(Transcript.model_validate(data), get_language(code))


def word_flags(code: str, word: str) -> int:
    """The word classes of one word in language ``code`` (after the pack's folding)."""
    pack = get_language(code)
    return pack.lexeme(pack.fold(word)).flags


def behaviours_in(code: str, role: str, text: str) -> set[str]:
    """Behaviours with evidence in ``text`` said by ``role`` (agent or customer) in ``code``."""
    focus = 1 if role == "agent" else 0
    turns = [("customer", "..."), ("agent", "...")]
    turns[focus] = (role, text)
    signals = converse_in(code, *turns)
    for evidence in (e for found in signals.per_turn for es in found.values() for e in es):
        # Evidence must point at the original text, whatever the fold did.
        assert evidence.text == turns[evidence.turn][1][evidence.start : evidence.end]
    return set(signals.per_turn[focus])


def strip_diacritics(text: str) -> str:
    """How chat is often typed: no accents, no Turkish/Latvian letters (same length)."""
    out = unicodedata.normalize("NFD", text.replace("ı", "i").replace("İ", "I"))
    return "".join(ch for ch in out if not unicodedata.combining(ch)).replace("ł", "l")


def upper(text: str, code: str) -> str:
    """All caps, Turkish-style for Turkish (i -> İ, ı -> I)."""
    if code == "tr":
        text = text.replace("i", "İ").replace("ı", "I")
    return text.upper()


@pytest.fixture
def find() -> Finder:
    return behaviours_in


def check_row(code: str, role: str, text: str, expected: str | None, absent: str | None) -> None:
    """The row's behaviour is found (or not) as written, without diacritics and in capitals."""
    variants = [text, strip_diacritics(text), upper(text, code)]
    if absent == "customer_frustration":
        variants.pop()  # a customer writing in capitals is shouting: frustration by design
    for variant in variants:
        found = behaviours_in(code, role, variant)
        if expected is not None:
            assert expected in found, f"{expected!r} not found in {variant!r}: {sorted(found)}"
        if absent is not None:
            assert absent not in found, f"{absent!r} wrongly found in {variant!r}"
