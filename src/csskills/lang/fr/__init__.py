"""French rule pack (``fr``: ``vous`` and ``tu``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.fr.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class French(Language):
    """French (``fr``)."""

    code = "fr"
    name = "French"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "àâçèêëîïôùûœ"


LANGUAGE = French
