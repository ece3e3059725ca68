"""What a language pack is: phrase rules and word classes as data, plus the text functions.

A pack subclasses :class:`Language` and overrides only what differs (spaCy's pattern): its
phrase lists, its word classes and, where the language needs it, ``fold``. Nothing outside
``csskills/lang/<code>/`` knows a word of the language: the featurize stage asks the pack.
Compiled state (matchers, the word cache) is built lazily, once per pack instance, and is not
pickled (it is rebuilt in the receiving process).

An empty class attribute switches the feature off for that language, explicitly: no sentiment
lexicon means no sentiment (null, not a guess), no ``question_openers`` means a question needs
its question mark, and so on. ``docs/guides/adding-a-language.md`` walks through every attribute.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any, ClassVar, NamedTuple

from csskills.lang._syntax import PhraseMatcher, Rule, compile_rules
from csskills.lang._text import fold as default_fold
from csskills.lang._text import rule_tokens, tokenize
from csskills.lang._time import TimeWords

# Behaviours whose rules are dropped when a negation word stands right before them.
DEFAULT_NEGATABLE = frozenset(
    {
        "apology",
        "thanks",
        "empathy_statement",
        "positive_framing",
        "commitment",
        "over_promise",
        "follow_up_check",
        "customer_thanks",
        "options_offered",
        "escalation",
        "reassurance",
        "alternative",
        "customer_emotion",
        "customer_cue",
    }
)

class WordClass:
    """Word-class bits of a :class:`Lexeme` (plain ints: they are tested in the hot loop)."""

    NEGATOR = 1
    FIRST_PERSON = 2
    SECOND_PERSON = 4
    STOP = 8
    INTENSIFIER = 16
    SERVICE_VERB = 32
    INSULT = 64
    PROFANITY = 128
    YES_NO = 256
    INSTRUCTION = 512
    PERSISTENCE = 1024
    BACKCHANNEL = 2048
    EMOTION = 4096
    CONTRAST = 8192
    WAIT = 16384


class Lexeme(NamedTuple):
    """What the pack knows about one folded token: is it a word, its word-class bits, valence,
    stem, and whether it is a content word (no stop word; three letters or more, or a number)
    or a reference-like code (letters and digits mixed, or a long run of digits). A tuple, so
    that a turn's lexemes transpose into columns in one step (``zip(*lexemes)``)."""

    word: bool
    flags: int
    valence: float
    stem: str
    content: bool
    code: bool


_MARK = Lexeme(False, 0, 0.0, "", False, False)


def is_code(token: str) -> bool:
    """A reference-like token: letters and digits mixed, or a long run of digits."""
    if len(token) < 4:
        return False
    digits = sum(c.isdigit() for c in token)
    if digits == len(token):
        return len(token) >= 6
    return digits >= 2 and len(token) >= 5 and any(c.isalpha() for c in token)


def _stem_table(words: Mapping[str, float] | tuple[str, ...]) -> tuple[dict[str, Any], list[Any]]:
    exact: dict[str, Any] = {}
    stems: list[Any] = []
    items = words.items() if isinstance(words, Mapping) else ((w, True) for w in words)
    for word, value in items:
        if word.endswith("*"):
            stems.append((word[:-1], value))
        else:
            exact[word] = value
    stems.sort(key=lambda sv: -len(sv[0]))
    return exact, stems


class _Prefixes:
    """Stem entries ("frustrat*") looked up by the word's own prefixes, one dictionary lookup
    per distinct stem length, instead of testing every stem against every new word."""

    __slots__ = ("_lengths", "_table")

    def __init__(self, stems: list[tuple[str, Any]], combine: bool) -> None:
        # ``combine``: OR the values (word-class bits) of every matching stem; otherwise the
        # longest matching stem's value (the first listed, for equal stems)
        table: dict[str, Any] = {}
        for stem, value in stems:
            if combine:
                table[stem] = table.get(stem, 0) | value
            else:
                table.setdefault(stem, value)
        self._table = table
        self._lengths = sorted({len(stem) for stem in table}, reverse=True)

    def bits(self, word: str) -> int:
        """The OR of the values of every stem that ``word`` starts with."""
        get = self._table.get
        out = 0
        for n in self._lengths:
            if n <= len(word):
                out |= get(word[:n], 0)
        return out

    def longest(self, word: str, default: Any) -> Any:
        """The value of the longest stem that ``word`` starts with."""
        table = self._table
        for n in self._lengths:
            if n <= len(word):
                value = table.get(word[:n])
                if value is not None:
                    return value
        return default


class Language:
    """Base class of every language pack.

    Class attributes a pack sets (all folded with the pack's ``fold`` before use):

    * ``code`` and ``name``;
    * ``agent_rules`` / ``customer_rules``: behaviour id -> phrase rules (see
      :mod:`csskills.lang._syntax` for the syntax); the key ``"_suppress"`` holds phrases that
      match nothing on purpose and so block shorter rules inside them ("thank god");
    * ``negators``: words that, within ``negation_window`` words before a negatable rule or a
      sentiment word, cancel or flip it ("not sorry", "no lo siento"); a word ending in
      ``negator_suffix`` counts too ("don't");
    * ``stop_words``: function words, ignored when comparing what two turns talk about, and used
      to recognise the language;
    * ``question_openers``: openings of a question without its question mark (chat);
      ``question_tags``: what a tag question ends with (", right?", ", n'est-ce pas ?");
    * ``first_person`` / ``second_person``: pronouns and possessives, for who speaks about whom
      (a reflection is about "you"; "I should calm down" is no impatience at the customer);
    * ``advice_verbs`` / ``advice_softeners``: a sentence opening with an advice verb is
      imperative advice; ``instruction_verbs``: verbs of a step to follow ("tap", "select");
    * ``sentiment_lexicon``: word (or ``stem*``) -> valence in [-1, 1]; ``intensifiers``: words
      that strengthen the next sentiment word; ``emotion_words``: feelings and hardships that
      open an occasion for empathy ("worried", "funeral");
    * ``service_verbs``: stems of what a service should do (arrive, work, refund...): negated or
      with "still", they report an unmet expectation (a complaint), asked about they check a fix;
    * ``insult_words`` (evaluations of a person: "useless", "clown") and ``profanity`` (swearing):
      abuse when aimed at the listener or said in anger, not in "damn, that was fast";
    * ``contrast_words``: "but", "however": what follows them is what a sentence leads to;
    * ``persistence_words``: "still", "again", "no longer": with a service verb, a complaint;
    * ``wait_words``: waiting and holding ("waited", "on hold"): with a length of time, a
      complaint about the wait ("on hold 50 minutes and counting");
    * ``yes_no``: words that answer a yes/no question first;
    * ``plain_acronyms``: acronyms everyone knows (no explanation needed; jargon words are the
      agent rules' ``jargon`` behaviour);
    * ``long_sentence_words``: a sentence longer than this is hard to follow in this language;
    * ``backchannels``: sounds and words that only signal listening ("mm-hm", "ajá");
    * ``suffixes`` and ``min_stem``: a light suffix-stripping stemmer (longest suffix first);
    * ``time_words``: how the language says when (see :class:`~csskills.lang._time.TimeWords`);
    * ``letters``: letters typical of the spelling, a cue for language detection.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    agent_rules: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    customer_rules: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    negators: ClassVar[tuple[str, ...]] = ()
    negator_suffix: ClassVar[str] = ""
    negation_window: ClassVar[int] = 3
    negatable: ClassVar[frozenset[str]] = DEFAULT_NEGATABLE
    stop_words: ClassVar[frozenset[str]] = frozenset()
    question_openers: ClassVar[tuple[str, ...]] = ()
    question_tags: ClassVar[tuple[str, ...]] = ()
    subject_pronouns: ClassVar[frozenset[str]] = frozenset()
    first_person: ClassVar[frozenset[str]] = frozenset()
    second_person: ClassVar[frozenset[str]] = frozenset()
    advice_verbs: ClassVar[tuple[str, ...]] = ()
    advice_softeners: ClassVar[tuple[str, ...]] = ()
    instruction_verbs: ClassVar[tuple[str, ...]] = ()
    sentiment_lexicon: ClassVar[Mapping[str, float]] = {}
    intensifiers: ClassVar[tuple[str, ...]] = ()
    emotion_words: ClassVar[tuple[str, ...]] = ()
    service_verbs: ClassVar[tuple[str, ...]] = ()
    insult_words: ClassVar[tuple[str, ...]] = ()
    profanity: ClassVar[tuple[str, ...]] = ()
    contrast_words: ClassVar[tuple[str, ...]] = ()
    persistence_words: ClassVar[tuple[str, ...]] = ()
    wait_words: ClassVar[tuple[str, ...]] = ()
    yes_no: ClassVar[tuple[str, ...]] = ()
    plain_acronyms: ClassVar[frozenset[str]] = frozenset()
    long_sentence_words: ClassVar[int] = 35
    backchannels: ClassVar[frozenset[str]] = frozenset()
    suffixes: ClassVar[tuple[str, ...]] = ()
    min_stem: ClassVar[int] = 3
    time_words: ClassVar[TimeWords] = TimeWords()
    letters: ClassVar[str] = ""

    def fold(self, text: str) -> str:
        """Case- and accent-fold ``text`` without changing its length."""
        return default_fold(text)

    def stem(self, word: str) -> str:
        """``word`` without its longest listed suffix (when enough of it is left)."""
        for suffix in self._suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self.min_stem:
                return word[: -len(suffix)]
        return word

    # -- compiled state (rebuilt lazily, never pickled) ---------------------------------------

    @cached_property
    def _suffixes(self) -> tuple[str, ...]:
        return tuple(sorted((self.fold(s) for s in self.suffixes), key=len, reverse=True))

    def _folded(self, words: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
        return tuple(self.fold(w.replace("’", "'")) for w in words)

    def _rules(self, table: Mapping[str, tuple[str, ...]]) -> list[Rule]:
        rules = []
        for behaviour, patterns in table.items():
            targets: tuple[str, ...] = () if behaviour == "_suppress" else (behaviour,)
            for pattern in patterns:
                rules.append(
                    Rule(
                        id=f"{self.code}.{behaviour}:{pattern}",
                        pattern=pattern,
                        behaviours=targets,
                        negatable=behaviour in self.negatable,
                    )
                )
        return rules

    def _tokens(self, word: str) -> list[str]:
        return rule_tokens(word)

    def tokenize(self, folded: str) -> tuple[list[str], list[int], list[int]]:
        """Tokens of folded text with their offsets (words, numbers, single marks, newlines)."""
        return tokenize(folded)

    @cached_property
    def agent_matcher(self) -> PhraseMatcher:
        """The agent-side rules, compiled into one token trie."""
        return compile_rules(self._rules(self.agent_rules), self.fold, self._tokens)

    @cached_property
    def customer_matcher(self) -> PhraseMatcher:
        """The customer-side rules, compiled into one token trie."""
        return compile_rules(self._rules(self.customer_rules), self.fold, self._tokens)

    @cached_property
    def question_opener_matcher(self) -> PhraseMatcher | None:
        """Openings of a question without its question mark, as phrase rules."""
        if not self.question_openers:
            return None
        rules = [Rule(f"{self.code}.question:{o}", o, ("question",)) for o in self.question_openers]
        return compile_rules(rules, self.fold, self._tokens)

    @cached_property
    def question_tag_matcher(self) -> PhraseMatcher | None:
        """Tags that end a tag question, as phrase rules."""
        if not self.question_tags:
            return None
        rules = [Rule(f"{self.code}.tag:{t}", t, ("tag",)) for t in self.question_tags]
        return compile_rules(rules, self.fold, self._tokens)

    @cached_property
    def advice_matcher(self) -> PhraseMatcher | None:
        """Advice verbs (and instruction verbs), matched at a sentence's start by the caller."""
        verbs = self.advice_verbs
        if not verbs:
            return None
        rules = [Rule(f"{self.code}.advice:{v}", v, ("advice",)) for v in verbs]
        return compile_rules(rules, self.fold, self._tokens)

    @cached_property
    def time_matcher(self) -> PhraseMatcher:
        """The pack's time words (:class:`TimeWords`) as phrase rules; rule id = the meaning."""
        rules = [Rule(meaning, phrase, ("time",)) for meaning, phrase in self.time_words.rules()]
        return compile_rules(rules, self.fold, self._tokens)

    @cached_property
    def softeners(self) -> frozenset[str]:
        """Folded advice softeners ("so", "maybe", "please")."""
        return frozenset(self._folded(self.advice_softeners))

    @cached_property
    def folded_stop_words(self) -> frozenset[str]:
        """Stop words folded like the text they are compared with."""
        return frozenset(self._folded(self.stop_words))

    @cached_property
    def _word_classes(self) -> tuple[dict[str, int], _Prefixes]:
        exact: dict[str, int] = {}
        stems: list[tuple[str, int]] = []
        classes: tuple[tuple[int, tuple[str, ...] | frozenset[str]], ...] = (
            (WordClass.NEGATOR, self.negators),
            (WordClass.FIRST_PERSON, self.first_person),
            (WordClass.SECOND_PERSON, self.second_person),
            (WordClass.STOP, self.stop_words),
            (WordClass.INTENSIFIER, self.intensifiers),
            (WordClass.SERVICE_VERB, self.service_verbs),
            (WordClass.INSULT, self.insult_words),
            (WordClass.PROFANITY, self.profanity),
            (WordClass.YES_NO, self.yes_no),
            (WordClass.INSTRUCTION, self.instruction_verbs),
            (WordClass.PERSISTENCE, self.persistence_words),
            (WordClass.BACKCHANNEL, self.backchannels),
            (WordClass.EMOTION, self.emotion_words),
            (WordClass.CONTRAST, self.contrast_words),
            (WordClass.WAIT, self.wait_words),
        )
        for bit, words in classes:
            for word in self._folded(tuple(words)):
                if " " in word:
                    continue  # multi-word entries are matched as phrases elsewhere
                if word.endswith("*"):
                    stems.append((word[:-1], bit))
                else:
                    exact[word] = exact.get(word, 0) | bit
        return exact, _Prefixes(stems, combine=True)

    @cached_property
    def _valences(self) -> tuple[dict[str, float], _Prefixes]:
        lexicon = self.sentiment_lexicon
        table = {self.fold(w.replace("-", " ")): float(v) for w, v in lexicon.items()}
        exact, stems = _stem_table({w: v for w, v in table.items() if " " not in w})
        return exact, _Prefixes(stems, combine=False)

    @cached_property
    def _lexemes(self) -> dict[str, Lexeme]:
        return {}

    def lexemes(self, tokens: list[str]) -> list[Lexeme]:
        """:meth:`lexeme` of every token (one dictionary lookup each once a word was seen)."""
        get = self._lexemes.get
        lexeme = self.lexeme
        return [get(t) or lexeme(t) for t in tokens]

    def lexeme(self, word: str) -> Lexeme:
        """Word classes, valence and stem of a folded token (computed once, then cached)."""
        found = self._lexemes.get(word)
        if found is not None:
            return found
        if not (word[0].isalnum() or word[0] == "_"):
            value = self._valences[0].get(word)  # an emoji or a sign with a valence ("😡")
            if not value:
                return _MARK
            mark = Lexeme(False, 0, value, "", False, False)
            self._lexemes[word] = mark
            return mark
        exact, stems = self._word_classes
        flags = exact.get(word, 0) | stems.bits(word)
        if self.negator_suffix and word.endswith(self.negator_suffix):
            flags |= WordClass.NEGATOR
        values, value_stems = self._valences
        valence = values.get(word)
        if valence is None:
            valence = value_stems.longest(word, 0.0)
        content = not flags & WordClass.STOP and (len(word) >= 3 or word.isdigit())
        lexeme = Lexeme(True, flags, valence, self.stem(word), content, is_code(word))
        if len(self._lexemes) < 500_000:  # bounded: a hostile vocabulary cannot grow it forever
            self._lexemes[word] = lexeme
        return lexeme

    @cached_property
    def has_sentiment(self) -> bool:
        """Whether the pack has a sentiment lexicon (no lexicon: sentiment is null)."""
        return bool(self.sentiment_lexicon)

    def compile(self) -> Language:
        """Build every compiled structure now (e.g. before forking workers); returns self."""
        _ = (self.agent_matcher, self.customer_matcher, self.question_opener_matcher)
        _ = (self.question_tag_matcher, self.advice_matcher, self.folded_stop_words)
        _ = self.time_matcher
        _ = (self._word_classes, self._valences, self._suffixes, self.softeners)
        return self

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} language {self.code!r}>"
