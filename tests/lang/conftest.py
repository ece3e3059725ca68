"""Shared helpers for the language-pack tests: run one pack over a short exchange."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

from csskills import Transcript
from csskills.featurize._signals import extract_signals
from csskills.lang import get_language

Finder = Callable[[str, str, str], set[str]]


def behaviours_in(code: str, role: str, text: str) -> set[str]:
    """Behaviours with evidence in ``text`` said by ``role`` (agent or customer) in ``code``."""
    if role == "agent":
        turns = [{"role": "customer", "text": "..."}, {"role": "agent", "text": text}]
        focus = 1
    else:
        turns = [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]
        focus = 0
    transcript = Transcript.model_validate({"id": "t", "language": code, "turns": turns})
    signals = extract_signals(transcript, get_language(code))
    for evidence in (e for found in signals.per_turn for es in found.values() for e in es):
        # Evidence must point at the original text, whatever the fold did.
        assert evidence.text == transcript.turns[evidence.turn].text[evidence.start : evidence.end]
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
