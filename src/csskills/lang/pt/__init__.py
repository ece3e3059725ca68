"""Portuguese rule pack (``pt``: Brazil and Portugal, ``você``/``o senhor`` and ``tu``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.pt.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class Portuguese(Language):
    """Portuguese (``pt``)."""

    code = "pt"
    name = "Portuguese"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "ãõçâêôàáéíóú"


LANGUAGE = Portuguese
