"""English rule pack."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.en.rules import (
    ADVICE_SOFTENERS,
    ADVICE_VERBS,
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from csskills.lang.en.sentiment import SENTIMENT_LEXICON


class English(Language):
    """English (``en``)."""

    code = "en"
    name = "English"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    subject_pronouns = SUBJECT_PRONOUNS
    advice_verbs = ADVICE_VERBS
    advice_softeners = ADVICE_SOFTENERS
    sentiment_lexicon = SENTIMENT_LEXICON


LANGUAGE = English
