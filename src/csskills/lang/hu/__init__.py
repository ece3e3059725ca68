"""Hungarian rule pack (``hu``: formal ``Ön`` and informal ``te`` address)."""

from __future__ import annotations

from csskills.lang._base import Language
from csskills.lang.hu.rules import (
    ADVICE_SOFTENERS,
    ADVICE_VERBS,
    AGENT_RULES,
    CUSTOMER_RULES,
    NEGATORS,
    QUESTION_OPENERS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
)
from csskills.lang.hu.sentiment import SENTIMENT_LEXICON
from csskills.lang.hu.words import (
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


class Hungarian(Language):
    """Hungarian (``hu``).

    Hungarian negates with a word before what it negates (*nem*, *ne*, *sem*), so negation is
    read as in English and needs no ``negator_suffix``. Words carry case and person endings, so a
    sentence is long above 24 words.
    """

    code = "hu"
    name = "Hungarian"
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
        "várok", "várunk", "vártam", "vártunk", "várakozás", "várakozom", "várakozok", "várni",
        "várakoztat*",
    )
    yes_no = YES_NO
    plain_acronyms = PLAIN_ACRONYMS
    long_sentence_words = 24
    backchannels = BACKCHANNELS
    suffixes = SUFFIXES
    min_stem = 4
    time_words = TIME_WORDS
    letters = "áéíóöőúüű"


LANGUAGE = Hungarian
