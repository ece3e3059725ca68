"""Spanish rule pack (``es``: Spain and Latin America, ``usted`` and ``tú``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang._text import fold as default_fold
from csskills.lang.es.rules import (
    ADVICE_SOFTENERS,
    ADVICE_VERBS,
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from csskills.lang.es.sentiment import SENTIMENT_LEXICON
from csskills.lang.es.words import (
    BACKCHANNELS,
    CONTRAST_WORDS,
    EMOTION_WORDS,
    FIRST_PERSON,
    INSTRUCTION_VERBS,
    INSULT_WORDS,
    INTENSIFIERS,
    PERSISTENCE_WORDS,
    PLAIN_ACRONYMS,
    PROFANITY,
    QUESTION_TAGS,
    SECOND_PERSON,
    SERVICE_VERBS,
    SUFFIXES,
    TIME_WORDS,
    YES_NO,
)

_CLAUSE_BEFORE = frozenset(",;:")


def fold_spanish(text: str) -> str:
    """The default fold, and an opening question mark inside a sentence read as a comma.

    Spanish opens a question with "¿". At the start of a sentence it stays (it marks the
    sentence as a question); inside a sentence it opens a tag or a question after a clause
    ("lo recibió ayer, ¿verdad?", "lo recibió ayer ¿verdad?") and is folded to the comma the
    tag reader expects before a tag. Same length as ``text``, so evidence offsets hold.
    """
    folded = default_fold(text)
    if "¿" not in text:
        return folded
    chars = list(folded)
    for i, ch in enumerate(text):
        if ch != "¿":
            continue
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j >= 0 and (text[j].isalnum() or text[j] in _CLAUSE_BEFORE):
            chars[i] = ","
    return "".join(chars)


class Spanish(Language):
    """Spanish (``es``)."""

    code = "es"
    name = "Spanish"
    agent_rules = AGENT_RULES
    customer_rules = CUSTOMER_RULES
    negators = NEGATORS
    stop_words = STOP_WORDS
    question_openers = QUESTION_OPENERS
    question_tags = QUESTION_TAGS
    subject_pronouns = SUBJECT_PRONOUNS
    first_person = FIRST_PERSON
    second_person = SECOND_PERSON
    advice_verbs = ADVICE_VERBS
    advice_softeners = ADVICE_SOFTENERS
    instruction_verbs = INSTRUCTION_VERBS
    sentiment_lexicon = SENTIMENT_LEXICON
    intensifiers = INTENSIFIERS
    emotion_words = EMOTION_WORDS
    service_verbs = SERVICE_VERBS
    insult_words = INSULT_WORDS
    profanity = PROFANITY
    contrast_words = CONTRAST_WORDS
    persistence_words = PERSISTENCE_WORDS
    wait_words = ("espera", "esperando", "esperado", "esperé", "esperamos", "esperar", "cola")
    yes_no = YES_NO
    plain_acronyms = PLAIN_ACRONYMS
    long_sentence_words = 34
    backchannels = BACKCHANNELS
    suffixes = SUFFIXES
    min_stem = 4
    time_words = TIME_WORDS
    letters = "ñ¿¡áéíóú"

    def fold(self, text: str) -> str:
        """Case- and accent-fold, with "¿" inside a sentence read as a comma (same length)."""
        return fold_spanish(text)


LANGUAGE = Spanish
