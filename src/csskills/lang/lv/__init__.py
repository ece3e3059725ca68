"""Latvian rule pack (``lv``: polite ``Jūs`` and informal ``tu``)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.lv.rules import (
    ADVICE_SOFTENERS,
    ADVICE_VERBS,
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from csskills.lang.lv.sentiment import SENTIMENT_LEXICON
from csskills.lang.lv.words import (
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


class Latvian(Language):
    """Latvian (``lv``).

    Latvian negates a verb with the prefix *ne-* inside the word (*nestrādā*), which no
    ``negator_suffix`` can express: the negated forms that matter are listed in the rules and
    word classes, and the free-standing negators (*nav*, *ne*, *nekad*) are read as in English.
    Words carry case endings, so a sentence is long above 24 words.
    """

    code = "lv"
    name = "Latvian"
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
    wait_words = ("gaidu", "gaidām", "gaidīju", "gaidījām", "gaidīt", "gaidīšana*", "gaidot")
    yes_no = YES_NO
    plain_acronyms = PLAIN_ACRONYMS
    long_sentence_words = 24
    backchannels = BACKCHANNELS
    suffixes = SUFFIXES
    min_stem = 4
    time_words = TIME_WORDS
    letters = "āčēģīķļņšūž"


LANGUAGE = Latvian
