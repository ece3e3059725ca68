"""Length-preserving PII masks for the report: what is hidden, what is kept, offsets intact."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csskills.report import redact

BOTH = pytest.mark.parametrize("redact", [redact], ids=["redact"])


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("write to martin.keane+bills@example.co.uk please", "martin.keane+bills@example.co.uk"),
        ("call me on +44 20 7946 0958 tonight", "+44 20 7946 0958"),
        ("my number is (555) 123-4567.", "(555) 123-4567"),
        ("card 4111 1111 1111 1111 expired", "4111 1111 1111 1111"),
        ("card 4111-1111-1111-1111 expired", "4111-1111-1111-1111"),
        ("card 4111111111111111 expired", "4111111111111111"),
    ],
)
@BOTH
def test_pii_is_masked_with_a_same_length_label(
    redact: Callable[[str], str], text: str, hidden: str
) -> None:
    out = redact(text)
    assert len(out) == len(text)
    assert hidden not in out
    start = text.index(hidden)
    mask = out[start : start + len(hidden)]
    assert mask.startswith(("[EMAIL]", "[PHONE]", "[CARD]")) and set(mask[7:]) <= {"█"}
    assert out[:start] == text[:start] and out[start + len(hidden) :] == text[start + len(hidden) :]


@pytest.mark.parametrize(
    "text",
    [
        "Two payments of $64.99 on the 1st and the 3rd.",
        "The card ending 4471 was refunded on 2026-01-12 at 09:15.",
        "Order 1234 shipped; model RT-3000 v2.",
        "I'm sorry about the double charge.",
    ],
)
@BOTH
def test_ordinary_text_is_left_alone(redact: Callable[[str], str], text: str) -> None:
    assert redact(text) == text


@BOTH
def test_short_matches_become_fill_only(redact: Callable[[str], str]) -> None:
    assert redact("a@b.co") == "██████"


@given(st.text(max_size=300))
def test_length_is_always_preserved(text: str) -> None:
    for mask in (redact,):
        out = mask(text)
        assert len(out) == len(text)
        assert mask(out) == out, "masking is idempotent"


@BOTH
def test_long_hostile_input_stays_fast(redact: Callable[[str], str]) -> None:
    import time

    started = time.perf_counter()
    for text in ("a" * 50_000, "1 " * 25_000, "a." * 25_000 + "@", "+" + "1-" * 25_000):
        assert len(redact(text)) == len(text)
    assert time.perf_counter() - started < 2.0
