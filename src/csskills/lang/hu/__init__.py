"""Hungarian rule pack (``hu``: formal ``Ön`` and informal ``te`` address)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.hu.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class Hungarian(Language):
    """Hungarian (``hu``)."""

    code = "hu"
    name = "Hungarian"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "áéíóöőúüű"


LANGUAGE = Hungarian
