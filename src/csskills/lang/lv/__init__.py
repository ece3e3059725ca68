"""Latvian rule pack (``lv``: polite ``Jūs`` and informal ``tu``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.lv.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class Latvian(Language):
    """Latvian (``lv``)."""

    code = "lv"
    name = "Latvian"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "āčēģīķļņšūž"


LANGUAGE = Latvian
