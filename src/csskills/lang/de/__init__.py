"""German rule pack (``de``: formal ``Sie`` and informal ``du``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.de.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class German(Language):
    """German (``de``)."""

    code = "de"
    name = "German"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "äöüß"


LANGUAGE = German
