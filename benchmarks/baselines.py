"""Naive baselines that every behaviour metric of ``validate.py`` is reported beside.

A detector that cannot beat one of these on text nobody tuned it on has learnt nothing the
surface of the text did not already give away. Each baseline is a tiny, fixed rule on the focus
turn (and, for paraphrase, the turn before it); none is fitted to any data set. Which baseline
goes with which behaviour is :func:`baselines_for`:

================================  ===========================================================
behaviour (English)               baselines
================================  ===========================================================
question                          the turn contains '?'; on wording-only text (punctuation
                                  stripped or never transcribed): the turn opens with a
                                  question word or auxiliary, and, as a reference that never
                                  flags, '?' in the text as transcribed
customer_frustration / _abuse     VADER compound <= -0.05; always positive
apology                           contains "sorry" or "apolog"
thanks                            contains "thank"
empathy_statement                 contains "sorry", "understand" or "feel"
paraphrase                        >= half of the turn's content words occur in the turn before
options_offered                   always positive
politeness (accuracy)             VADER compound >= 0.05; majority class
================================  ===========================================================

Other languages get '?' for questions and "always positive" (F1) or the majority class
(accuracy) for everything else: the word lists above are English. "Always positive" is left
out of recall metrics, where it is 1.0 by construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

__all__ = [
    "Baseline",
    "baselines_for",
    "vader_compound",
]

_WORD = re.compile(r"[a-z0-9']+")

#: Interrogative words and auxiliaries that open an English question without '?' ("do you
#: have it", "what time is it"): grammar, not a list fitted to any data set.
_OPENERS = """what who whom whose which when where why how
    do does did is are was were am can could will would shall should may might must
    have has had isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't
    wouldn't shouldn't haven't hasn't"""
QUESTION_OPENERS = frozenset(_OPENERS.split())


@dataclass(frozen=True, slots=True)
class Baseline:
    """A named yes/no rule on (focus text, previous text, focus text as transcribed).

    ``naive`` baselines are what a detector must beat (the table flags a metric whose check
    value falls below one); a reference (``naive=False``) is shown for scale only, e.g. what
    '?' would give on text the detector sees without punctuation.
    """

    name: str
    decide: Callable[[str, str | None, str], bool]
    naive: bool = True


def words(text: str) -> list[str]:
    """Lower-cased word tokens (letters, digits, apostrophes)."""
    return _WORD.findall(text.lower())


def has_question_mark(text: str, previous: str | None, source: str) -> bool:
    """The turn contains '?' (any question-mark style the text uses; '¿' alone does not count)."""
    return "?" in text


def had_question_mark(text: str, previous: str | None, source: str) -> bool:
    """The turn as transcribed, before its punctuation was stripped, contains '?'."""
    return "?" in source


def opens_like_question(text: str, previous: str | None, source: str) -> bool:
    """The first word is an English question word or auxiliary (wording-only text)."""
    tokens = words(text)
    return bool(tokens) and tokens[0] in QUESTION_OPENERS


def says_sorry(text: str, previous: str | None, source: str) -> bool:
    """Contains "sorry" or "apolog" (apologise, apology, apologies)."""
    low = text.lower()
    return "sorry" in low or "apolog" in low


def says_thanks(text: str, previous: str | None, source: str) -> bool:
    """Contains "thank" (thanks, thank you, thankful)."""
    return "thank" in text.lower()


def empathy_words(text: str, previous: str | None, source: str) -> bool:
    """Contains "sorry", "understand" or "feel"."""
    low = text.lower()
    return any(w in low for w in ("sorry", "understand", "feel"))


def echoes_previous(text: str, previous: str | None, source: str) -> bool:
    """At least half of the turn's content words (non-stopwords) occur in the previous turn.

    Counted over word occurrences; a turn without content words, or without a previous turn,
    is not a paraphrase.
    """
    content = [w for w in words(text) if w not in ENGLISH_STOP_WORDS]
    if not content or not previous:
        return False
    before = set(words(previous))
    return sum(w in before for w in content) / len(content) >= 0.5


@lru_cache(maxsize=1)
def _vader():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=200_000)
def vader_compound(text: str) -> float:
    """VADER's compound score of one text (cached: several metrics ask for the same turn)."""
    return float(_vader().polarity_scores(text)["compound"])


def vader_negative(text: str, previous: str | None, source: str) -> bool:
    """VADER compound <= -0.05 (VADER's own threshold for negative)."""
    return vader_compound(text) <= -0.05


def vader_positive(text: str, previous: str | None, source: str) -> bool:
    """VADER compound >= 0.05 (VADER's own threshold for positive)."""
    return vader_compound(text) >= 0.05


def always(text: str, previous: str | None, source: str) -> bool:
    """Always yes: the F1 any detector gets by flagging everything."""
    return True


QUESTION_MARK = Baseline("'?'", has_question_mark)
QUESTION_MARK_AS_TRANSCRIBED = Baseline("'?' as transcribed", had_question_mark, naive=False)
OPENING_WORD = Baseline("opening word", opens_like_question)
ALWAYS_POSITIVE = Baseline("always positive", always)
VADER_NEGATIVE = Baseline("VADER <= -0.05", vader_negative)
VADER_POSITIVE = Baseline("VADER >= 0.05", vader_positive)

_ENGLISH: dict[str, tuple[Baseline, ...]] = {
    "customer_frustration": (VADER_NEGATIVE, ALWAYS_POSITIVE),
    "customer_abuse": (VADER_NEGATIVE, ALWAYS_POSITIVE),
    "apology": (Baseline("'sorry'/'apolog'", says_sorry),),
    "thanks": (Baseline("'thank'", says_thanks),),
    "empathy_statement": (Baseline("'sorry'/'understand'/'feel'", empathy_words),),
    "paraphrase": (Baseline("word overlap >= 0.5", echoes_previous),),
    "options_offered": (ALWAYS_POSITIVE,),
}


def baselines_for(
    behaviour: str, language: str, *, wording_only: bool = False, had_punctuation: bool = False
) -> Sequence[Baseline]:
    """The baselines of one behaviour metric (see the module docstring).

    ``wording_only``: the detector sees the text without punctuation; ``had_punctuation``:
    the text as transcribed had it (so '?' there is a meaningful reference).
    """
    if behaviour == "question":
        if not wording_only:
            return (QUESTION_MARK,)
        if language != "en":
            return (QUESTION_MARK_AS_TRANSCRIBED,) if had_punctuation else ()
        return (OPENING_WORD, *((QUESTION_MARK_AS_TRANSCRIBED,) if had_punctuation else ()))
    if language == "en" and behaviour in _ENGLISH:
        return _ENGLISH[behaviour]
    return (ALWAYS_POSITIVE,)
