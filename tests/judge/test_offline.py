"""The judge's pure parts, no endpoint needed: the strict parser, the quote locator, the rubric."""

from __future__ import annotations

import hashlib
import json

import pytest

import csskills as cs
from csskills.exceptions import InputFormatError
from csskills.judge import (
    ASKED,
    RESPONSE_SCHEMA,
    RUBRIC_VERSION,
    Claim,
    build_messages,
    locate_quote,
    parse_answer,
    render_conversation,
)

# -- the strict parser ------------------------------------------------------------------------

GOOD = {"value": 72, "reason": "kind", "evidence": [{"turn": 1, "quote": "so sorry"}]}


def test_parser_reads_the_object_and_defaults_polarity_to_positive() -> None:
    a = parse_answer(json.dumps(GOOD))
    assert a.value == 72.0 and a.reason == "kind"
    assert a.claims == (Claim(turn=1, quote="so sorry", polarity="positive"),)


def test_parser_tolerates_a_json_fence_only() -> None:
    assert parse_answer("```json\n" + json.dumps(GOOD) + "\n```").value == 72.0
    assert parse_answer("```\n" + json.dumps(GOOD) + "\n```").value == 72.0
    with pytest.raises(InputFormatError):
        parse_answer("Here is my answer: " + json.dumps(GOOD))
    with pytest.raises(InputFormatError):
        parse_answer(json.dumps(GOOD) + "\nHope this helps.")


@pytest.mark.parametrize(
    ("content", "field"),
    [
        ("", None),
        ("[1, 2]", None),
        ('{"value": 50, "reason": "x"}', None),  # evidence missing
        ('{"value": 50, "reason": "x", "evidence": [], "confidence": 0.9}', None),
        ('{"value": 101, "reason": "x", "evidence": []}', "value"),
        ('{"value": -1, "reason": "x", "evidence": []}', "value"),
        ('{"value": "80", "reason": "x", "evidence": []}', "value"),
        ('{"value": true, "reason": "x", "evidence": []}', "value"),
        ('{"value": NaN, "reason": "x", "evidence": []}', None),
        ('{"value": 50, "reason": 3, "evidence": []}', "reason"),
        ('{"value": 50, "reason": "x", "evidence": {}}', "evidence"),
        ('{"value": 50, "reason": "x", "evidence": [{"quote": "a"}]}', "evidence.0"),
        ('{"value": 50, "reason": "x", "evidence": [{"turn": "1", "quote": "a"}]}',
         "evidence.0.turn"),
        ('{"value": 50, "reason": "x", "evidence": [{"turn": 1, "quote": "a", "polarity": "no"}]}',
         "evidence.0.polarity"),
        ('{"value": 50, "reason": "x", "evidence": [{"turn": 1, "quote": "a", "why": "b"}]}',
         "evidence.0"),
    ],
)  # fmt: skip
def test_parser_rejects_anything_else_naming_the_field(content: str, field: str | None) -> None:
    with pytest.raises(InputFormatError) as info:
        parse_answer(content)
    assert info.value.field == field


def test_null_value_is_allowed() -> None:
    a = parse_answer('{"value": null, "reason": "calm customer", "evidence": []}')
    assert a.value is None and a.claims == ()


# -- the quote locator ------------------------------------------------------------------------


def test_exact_quote_gives_its_offsets() -> None:
    text = "Hello! I'm so sorry about that."
    assert locate_quote(text, "so sorry") == (11, 19, "exact")


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("I'm SO sorry about that", "i'm so sorry", "I'm SO sorry"),
        ("I’m sorry, truly", "I'm sorry", "I’m sorry"),  # typographic apostrophe
        ("Please  hold\non a second", "please hold on", "Please  hold\non"),
        ("Ｈｅｌｌｏ there", "hello there", "Ｈｅｌｌｏ there"),  # NFKC: full-width letters
        ("We can do it today.", "we can do it today.", "We can do it today."),
        ("We can do it today", '"We can do it today."', "We can do it today"),  # edge punctuation
        ("Straße gesperrt", "STRASSE gesperrt", "Straße gesperrt"),  # case folding grows the text
    ],
)
def test_normalised_quote_maps_back_to_the_original_text(
    text: str, quote: str, expected: str
) -> None:
    found = locate_quote(text, quote)
    assert found is not None
    start, end, how = found
    assert how == "normalised"
    assert text[start:end] == expected


def test_combining_marks_are_never_split() -> None:
    text = "Cafe\u0301 ouvert"  # "Café" with a combining accent (not NFC)
    found = locate_quote(text, "café")
    assert found is not None and text[found[0] : found[1]] == "Cafe\u0301"


@pytest.mark.parametrize("quote", ["", "   ", "we will refund you", "sorry ... that"])
def test_missing_quotes_are_not_found(quote: str) -> None:
    assert locate_quote("I'm so sorry about that", quote) is None


# -- the rubric -----------------------------------------------------------------------------


def _transcript() -> cs.Transcript:
    return cs.Transcript(
        id="t", language="en", channel="chat",
        turns=(
            cs.Turn(role="customer", text="My parcel is late\nand I'm worried."),
            cs.Turn(role="agent", text="Sorry! Write to jo@example.com and we'll check."),
        ),
    )  # fmt: skip


def test_prompt_carries_the_construct_from_the_catalogue_and_numbered_turns() -> None:
    conversation = render_conversation(_transcript())
    for cid in ASKED:
        comp = cs.COMPETENCIES[cid]  # type: ignore[index]
        system, user = build_messages(cid, conversation)
        assert system["role"] == "system" and user["role"] == "user"
        text = user["content"]
        assert comp.definition in text and comp.opportunity in text
        assert all(f.description in text for f in comp.facets)
        assert "[0] customer: My parcel is late\n    and I'm worried." in text
        assert "[1] agent: Sorry!" in text
    assert "continuous_improvement" not in ASKED


def test_personal_data_is_masked_before_sending_with_the_same_length() -> None:
    t = _transcript()
    sent = render_conversation(t)
    assert "jo@example.com" not in sent.text
    assert len(sent.turns[1]) == len(t.turns[1].text)
    assert sent.original[1] == t.turns[1].text
    assert "jo@example.com" in render_conversation(t, redaction=False).text


def test_the_conversation_digest_ignores_who_the_agent_is() -> None:
    t = _transcript()
    renamed = t.model_copy(update={"agent_id": "someone", "metadata": {"queue": "x"}})
    assert render_conversation(t).digest == render_conversation(renamed).digest


def test_schema_asks_for_exactly_the_answer_object() -> None:
    assert RESPONSE_SCHEMA["required"] == ["value", "reason", "evidence"]
    assert RESPONSE_SCHEMA["additionalProperties"] is False


def test_rubric_version_changes_with_the_prompt() -> None:
    """A fixed construct and conversation: if this fingerprint changes, the prompt changed, so
    bump RUBRIC_VERSION (cached answers and the judge's version depend on it) and update both
    values here."""
    comp = cs.Competency(
        id="empathy", name="N", definition="D", observable_in=("text",), opportunity="O",
        seeds=(), advice="A",
        facets=(cs.competencies.Facet(direction="+", description="F+"),
                cs.competencies.Facet(direction="-", description="F-")),
    )  # fmt: skip
    messages = build_messages(comp, render_conversation(_transcript(), redaction=False))
    fingerprint = hashlib.sha256(json.dumps(messages).encode()).hexdigest()[:16]
    assert (RUBRIC_VERSION, fingerprint) == ("1", PINNED), (
        f"the prompt changed: bump RUBRIC_VERSION and set PINNED = {fingerprint!r}"
    )


PINNED = "db6bbc9695cdcfd9"
