"""When is a promise due? The English pack's time words, read by the shared time reader."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import csskills as cs
from csskills.featurize import extract_signals
from csskills.lang import find_deadline, get_language

EN = get_language("en")
WED = datetime(2026, 6, 10, 13, 30, tzinfo=timezone.utc)
END = (23, 59, 59, 999999)
UTC = timezone.utc


def _due(text: str) -> datetime | None:
    tokens, _, _ = EN.tokenize(EN.fold(text))
    is_word = [t[0].isalnum() for t in tokens]
    found = find_deadline(tokens, EN.time_matcher.scan(tokens, is_word), WED)
    return None if found is None else found.due


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("I'll send it within the hour.", WED + timedelta(hours=1)),
        ("I'll call you back tomorrow before noon.", datetime(2026, 6, 11, *END, tzinfo=UTC)),
        ("I'll update you by Friday at the latest.", datetime(2026, 6, 12, *END, tzinfo=UTC)),
        ("It will arrive in 2 days.", datetime(2026, 6, 12, *END, tzinfo=UTC)),
        ("Refunds take 3 to 5 business days.", datetime(2026, 6, 17, *END, tzinfo=UTC)),
        ("Refunds take five to ten working days.", datetime(2026, 6, 24, *END, tzinfo=UTC)),
        ("I'll email you by 11 am.", datetime(2026, 6, 11, 11, 0, tzinfo=timezone.utc)),
        ("I'll call you at 17:30.", datetime(2026, 6, 10, 17, 30, tzinfo=timezone.utc)),
        ("I'll chase them today.", datetime(2026, 6, 10, *END, tzinfo=UTC)),
        ("You'll hear from us next week.", datetime(2026, 6, 17, *END, tzinfo=UTC)),
        ("I'll look into it.", None),
    ],
)
def test_time_phrases(text: str, due: datetime | None) -> None:
    assert _due(text) == due


def test_a_vague_time_is_no_due_time() -> None:
    tokens, _, _ = EN.tokenize(EN.fold("We'll get back to you as soon as possible."))
    is_word = [t[0].isalnum() for t in tokens]
    found = find_deadline(tokens, EN.time_matcher.scan(tokens, is_word), WED)
    assert found is not None and found.vague and found.due is None


def test_a_commitment_gets_the_due_time_of_its_sentence_or_the_next() -> None:
    t = cs.Transcript.model_validate({"id": "t", "language": "en", "turns": [
        {"role": "customer", "text": "I was charged twice.", "timestamp": WED.isoformat()},
        {"role": "agent", "text": "I've refunded the duplicate. It shows within 5 working days, "
         "reference RF20931.", "timestamp": (WED + timedelta(minutes=1)).isoformat()},
    ]})
    (c,) = extract_signals(t, EN).commitments
    assert c.due == datetime(2026, 6, 17, *END, tzinfo=UTC)
    assert c.when is not None and c.when.text == "5 working days"
    assert c.reference is not None and c.reference.text == "RF20931"
