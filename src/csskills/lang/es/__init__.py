"""Spanish rule pack (``es``: Spain and Latin America, ``usted`` and ``tú``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.es.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class Spanish(Language):
    """Spanish (``es``)."""

    code = "es"
    name = "Spanish"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "ñ¿¡áéíóú"


LANGUAGE = Spanish
