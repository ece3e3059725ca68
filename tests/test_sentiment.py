"""Customer sentiment trajectory from the packs' own lexicons (values worked out by hand)."""

from __future__ import annotations

import pytest

import csskills as cs
from csskills.featurize._sentiment import conversation_sentiment, turn_sentiment
from csskills.featurize._signals import extract_signals
from csskills.lang import get_language
from csskills.lang.en import English
from csskills.lang.en.sentiment import SENTIMENT_LEXICON

EN = get_language("en")


class _NoLexicon(English):
    """English rules without a sentiment lexicon: stands for a language that has none."""

    code = "xx"
    sentiment_lexicon = {}  # noqa: RUF012 - a ClassVar override, as packs do


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is terrible", -0.8 / 2),
        ("I am not happy", -0.5 * 0.6 / 2),  # negated: flipped and halved
        ("It isn't bad at all", 0.5 * 0.5 / 2),  # "n't" negates too
        ("Not happy. Great work", (-0.3 + 0.7) / 3),  # negation stops at the sentence end
        ("Frustrating and useless", (-0.7 - 0.8) / 3),  # stem "frustrat*"
        ("My order number is 42", 0.0),
        ("", 0.0),
    ],
)
def test_turn_valence(text: str, expected: float) -> None:
    result = turn_sentiment(EN, text)
    assert result is not None
    assert result[0] == pytest.approx(expected)


def test_hits_are_spans_of_the_original_text() -> None:
    text = "Seriously, this is UNACCEPTABLE and I'm not happy."
    result = turn_sentiment(EN, text, turn=3)
    assert result is not None
    _, hits = result
    assert [(h.turn, h.text) for h in hits] == [(3, "Seriously"), (3, "UNACCEPTABLE"), (3, "happy")]
    assert all(text[h.start:h.end] == h.text for h in hits)
    assert hits[-1].rule == "en.sentiment:negated happy"


def _conversation() -> cs.Transcript:
    return cs.Transcript(id="s", language="en", turns=(
        cs.Turn(role="customer", text="This is ridiculous and useless!"),
        cs.Turn(role="agent", text="I'm sorry, let me fix that now."),
        cs.Turn(role="customer", text="ok"),
        cs.Turn(role="agent", text="Done, the credit is on your account."),
        cs.Turn(role="customer", text="Thanks, great, that fixed it."),
    ))


def test_trajectory_start_end_and_shift() -> None:
    signals = extract_signals(_conversation(), EN)
    sentiment, closing = conversation_sentiment(signals)
    assert sentiment is not None
    start = (-0.7 - 0.8) / 3
    end = (0.6 + 0.7 + 0.5) / 4
    assert sentiment["start"] == pytest.approx(start)
    assert sentiment["end"] == pytest.approx(end)
    assert sentiment["shift"] == pytest.approx(end - start)
    assert sentiment["de_escalated"] is True
    assert sentiment["window"] == 1 and sentiment["customer_turns"] == 3
    assert {e.turn for e in closing} == {4}


def test_single_customer_turn_has_no_shift() -> None:
    t = cs.Transcript(id="s", language="en", turns=(
        cs.Turn(role="customer", text="This is awful."), cs.Turn(role="agent", text="Sorry.")))
    sentiment, _ = conversation_sentiment(extract_signals(t, EN))
    assert sentiment is not None
    assert sentiment["shift"] is None and sentiment["de_escalated"] is None


def test_escalation_is_reported_as_not_de_escalated() -> None:
    t = cs.Transcript(id="s", language="en", turns=(
        cs.Turn(role="customer", text="I'm a bit worried."),
        cs.Turn(role="agent", text="That is our policy."),
        cs.Turn(role="customer", text="This is the worst, absolutely unacceptable."),
    ))
    sentiment, _ = conversation_sentiment(extract_signals(t, EN))
    assert sentiment is not None
    assert sentiment["shift"] < 0 and sentiment["de_escalated"] is False


def test_language_without_lexicon_gives_null_not_a_guess() -> None:
    pack = _NoLexicon()
    assert turn_sentiment(pack, "This is terrible") is None
    assert conversation_sentiment(extract_signals(_conversation(), pack)) == (None, [])


def test_assessment_carries_sentiment_and_feeds_satisfaction_not_the_agent_s_language() -> None:
    happy = cs.evaluate(_conversation())
    assert happy.metrics["sentiment"]["de_escalated"] is True
    turns = list(_conversation().turns)
    turns[-1] = cs.Turn(role="customer", text="Still useless, this is terrible.")
    sour = cs.evaluate(cs.Transcript(id="s", language="en", turns=tuple(turns)))
    assert sour.metrics["sentiment"]["shift"] < happy.metrics["sentiment"]["shift"]
    assert sour.satisfaction is not None and happy.satisfaction is not None
    assert sour.satisfaction < happy.satisfaction
    # the customer's mood is not the agent's language: same agent words, same score
    assert sour.scores["positive_language"].value == happy.scores["positive_language"].value


def test_lexicon_is_well_formed() -> None:
    assert len(SENTIMENT_LEXICON) >= 100
    for word, value in SENTIMENT_LEXICON.items():
        assert -1 <= value <= 1 and value != 0, word
        assert word == word.lower() and " " not in word, word
