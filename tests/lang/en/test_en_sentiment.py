"""The English valence lexicon: signs of words, stems that stay in their lane, negation,
intensifiers and emoji (sentences written for these tests)."""

from __future__ import annotations

import pytest

from csskills.featurize._sentiment import turn_sentiment
from csskills.lang import get_language
from csskills.lang.en.sentiment import SENTIMENT_LEXICON

EN = get_language("en")


def valence(word: str) -> float:
    """The lexicon's valence of one word, looked up as the pack looks up a token."""
    return EN.lexeme(EN.fold(word)).valence


def sentence(text: str) -> float:
    result = turn_sentiment(EN, text)
    assert result is not None
    return result[0]


POSITIVE = (
    "thanks", "thankful", "appreciated", "grateful", "kudos", "lifesaver", "legend", "awesome",
    "helpful", "fast", "quickly", "smooth", "seamlessly", "reliable", "flawless", "efficiency",
    "resolved", "fixed", "delighted", "relieved", "brilliant", "courteous", "yay", "lol",
    "congrats", "enjoyable", "successfully",
)
NEGATIVE = (
    "slow", "broken", "useless", "faulty", "rude", "unhelpful", "delay", "delayed", "late",
    "lost", "cancelled", "overcharged", "refused", "stranded", "stuck", "waiting", "ignored",
    "unanswered", "nightmare", "disgrace", "joke", "scam", "scammers", "ripoff", "frustrating",
    "disappointed", "furious", "unacceptable", "incompetence", "smh", "ugh", "wtf", "crap",
    "bullshit", "shitty", "hopelessness", "laughable", "dissapointed",
)
NEUTRAL = (
    # topic words of support talk, politeness, swearing that judges nothing
    "refund", "order", "flight", "problem", "issue", "account", "please", "fuck", "damn",
    "hell", "bloody",
    # words a careless stem would catch
    "deadline", "breakfast", "quickbooks", "freezer", "resent", "successor", "stealth",
    "latest", "amazon", "like", "pretty",
)


@pytest.mark.parametrize("word", POSITIVE)
def test_positive_words(word: str) -> None:
    assert valence(word) > 0, word


@pytest.mark.parametrize("word", NEGATIVE)
def test_negative_words(word: str) -> None:
    assert valence(word) < 0, word


@pytest.mark.parametrize("word", NEUTRAL)
def test_neutral_words_carry_no_valence(word: str) -> None:
    assert valence(word) == 0, word


def test_exact_words_win_over_their_stem() -> None:
    assert valence("hope") > 0 > valence("hopeless")
    assert valence("thanks") > 0 > valence("thankless")
    assert valence("laugh") > 0 > valence("laughable")


def test_calibration_of_customer_service_words() -> None:
    assert valence("sorry") == pytest.approx(-0.2)
    for word in ("delayed", "cancelled", "lost"):
        assert -0.5 <= valence(word) <= -0.3, word
    assert valence("excellent") > valence("good") > 0
    assert valence("furious") < valence("annoyed") < 0
    assert valence("crap") == pytest.approx(-0.6)


def test_negation_flips_and_halves() -> None:
    assert sentence("The agent was helpful") > 0
    assert sentence("The agent was not helpful") < 0
    assert sentence("It isn't slow at all") > 0
    assert sentence("It was never useless") > 0
    assert sentence("not helpful") == pytest.approx(-0.5 * valence("helpful") / 2)


def test_intensifier_strengthens() -> None:
    assert sentence("The app is very slow") < sentence("The app is slow") < 0
    assert sentence("You were really helpful") > sentence("You were helpful") > 0


def test_complaint_sentences_read_negative_and_praise_positive() -> None:
    assert sentence("My parcel is delayed again and nobody answers the phone") < 0
    assert sentence("The flight got cancelled and I was stranded overnight") < 0
    assert sentence("What a ripoff, I was overcharged twice") < 0
    assert sentence("Cheers, you are a lifesaver, it works perfectly now") > 0
    assert sentence("Sorted in five minutes, brilliant service") > 0


EMOJI = {"😡": -1, "😠": -1, "😤": -1, "🙄": -1, "😞": -1, "😢": -1, "😭": -1, "💩": -1,
         "🤬": -1, "👎": -1, "👍": 1, "🙏": 1, "😊": 1, "😀": 1, "❤": 1, "🎉": 1}


@pytest.mark.parametrize(("emoji", "sign"), EMOJI.items())
def test_emoji_have_a_sign(emoji: str, sign: int) -> None:
    # Listed as they are typed: one character each, which the tokenizer keeps as one token.
    assert len(emoji) == 1 and EN.tokenize(EN.fold(f"ok {emoji} ok"))[0][1] == emoji
    assert SENTIMENT_LEXICON[emoji] * sign > 0, emoji


def test_lexicon_is_well_formed() -> None:
    assert 1200 <= len(SENTIMENT_LEXICON) <= 1800
    for word, value in SENTIMENT_LEXICON.items():
        assert -1 <= value <= 1 and value != 0, word
        assert word == EN.fold(word), word  # keys are stored folded
        # the tokenizer splits at spaces, hyphens and other marks: such a key would never match
        assert " " not in word and "-" not in word, word
        assert word.rstrip("*") and "*" not in word[:-1], word
