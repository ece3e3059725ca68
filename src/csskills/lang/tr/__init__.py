"""Turkish rule pack (``tr``), with Turkish casing in its fold."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang._text import fold_turkish
from csskills.lang.tr.rules import (
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
)


class Turkish(Language):
    """Turkish (``tr``).

    ``fold`` lower-cases the Turkish way (``I`` -> ``ı``, ``İ`` -> ``i``: "KIZGIN" is
    *kızgın*, not *kizgin* by the letter's own rule) and then folds the Turkish letters to
    their ASCII base (``ı``/``i`` -> ``i``, ``ş`` -> ``s``, ``ğ`` -> ``g``, ...) so that chat
    typed on a keyboard without Turkish letters matches the same rules. The rules avoid the
    words that this makes collide (see :mod:`csskills.lang.tr.rules`).
    """

    code = "tr"
    name = "Turkish"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    letters = "çğıişöüİâî"

    def fold(self, text: str) -> str:
        """Turkish casing, then accent- and dot-insensitive, length-preserving."""
        return fold_turkish(text)


LANGUAGE = Turkish
