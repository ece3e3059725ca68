"""Turkish rule pack (``tr``), with Turkish casing in its fold."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang._text import fold_turkish
from csskills.lang.tr.rules import (
    ADVICE_SOFTENERS,
    ADVICE_VERBS,
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from csskills.lang.tr.sentiment import SENTIMENT_LEXICON
from csskills.lang.tr.words import (
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


class Turkish(Language):
    """Turkish (``tr``).

    ``fold`` lower-cases the Turkish way (``I`` -> ``ı``, ``İ`` -> ``i``: "KIZGIN" is
    *kızgın*, not *kizgin* by the letter's own rule) and then folds the Turkish letters to
    their ASCII base (``ı``/``i`` -> ``i``, ``ş`` -> ``s``, ``ğ`` -> ``g``, ...) so that chat
    typed on a keyboard without Turkish letters matches the same rules. The rules avoid the
    words that this makes collide (see :mod:`csskills.lang.tr.rules`).

    Turkish negates a verb with a suffix inside the word (*gelmedi*), so there is no
    ``negator_suffix``: the negated forms that matter are listed in the rules and word classes.
    Turkish words carry more than English ones, so a sentence is long above 24 words.
    """

    code = "tr"
    name = "Turkish"
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
    wait_words = (
        "bekliyorum", "bekledim", "bekliyoruz", "bekledik", "beklemede", "beklemek", "bekleme",
        "bekleyip",
    )
    yes_no = YES_NO
    plain_acronyms = PLAIN_ACRONYMS
    long_sentence_words = 24
    backchannels = BACKCHANNELS
    suffixes = SUFFIXES
    min_stem = 4
    time_words = TIME_WORDS
    letters = "çğıişöüİâî"

    def fold(self, text: str) -> str:
        """Turkish casing, then accent- and dot-insensitive, length-preserving."""
        return fold_turkish(text)


LANGUAGE = Turkish
