"""What a language pack is: phrase rules as data, plus the few per-language text functions.

A pack subclasses :class:`Language` and overrides only what differs (spaCy's pattern): its
phrase lists, negation words, stop words and, where the language needs it, ``fold``.
Compiled matchers are built lazily, once per pack instance, and are cheap to pickle (the
compiled state is dropped and rebuilt in the receiving process).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import Any, ClassVar

from csskills.lang._syntax import CompiledRules, Rule, compile_rules
from csskills.lang._text import fold as default_fold

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
    }
)


class Language:
    """Base class of every language pack.

    Class attributes a pack sets:

    * ``code`` and ``name``;
    * ``agent_rules`` / ``customer_rules``: behaviour id -> phrase rules (see
      :mod:`csskills.lang._syntax` for the syntax); the key ``"_suppress"`` holds phrases that
      match nothing on purpose and so block shorter rules inside them ("thank god");
    * ``negators``: words that, within ``negation_window`` words before a negatable rule,
      cancel it ("not sorry", "no lo siento");
    * ``stop_words``: function words ignored when comparing an agent turn with the customer's
      previous turn (paraphrase by overlap) and used to recognise the language;
    * ``question_openers``: words that open a question even without a question mark (chat);
    * ``subject_pronouns``: a subject before the first question word marks a declarative
      question ("So you are leaving?": the auxiliary is not inverted); empty: no such check;
    * ``advice_verbs``: verbs (or short verb phrases) that, opening a sentence that is no
      question, make it imperative advice ("Try to ...", "Make sure ..."); ``advice_softeners``
      are the words that may come before them ("so", "maybe", "please"); empty means no
      imperative-advice detection for this language;
    * ``letters``: letters typical of the language's spelling (``"ñ¿¡"``, ``"ğışİ"``), a cue for
      language detection beside the stop words (a letter several packs list counts less);
    * ``sentiment_lexicon``: word (or ``stem*``) -> valence in [-1, 1] for the customer's
      sentiment trajectory; empty means "no sentiment for this language" (null, not a guess).
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    agent_rules: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    customer_rules: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    negators: ClassVar[tuple[str, ...]] = ()
    negation_window: ClassVar[int] = 3
    negatable: ClassVar[frozenset[str]] = DEFAULT_NEGATABLE
    stop_words: ClassVar[frozenset[str]] = frozenset()
    question_openers: ClassVar[tuple[str, ...]] = ()
    subject_pronouns: ClassVar[frozenset[str]] = frozenset()
    advice_verbs: ClassVar[tuple[str, ...]] = ()
    advice_softeners: ClassVar[tuple[str, ...]] = ()
    letters: ClassVar[str] = ""
    sentiment_lexicon: ClassVar[Mapping[str, float]] = {}

    def fold(self, text: str) -> str:
        """Case- and accent-fold ``text`` without changing its length."""
        return default_fold(text)

    # -- compiled state (rebuilt lazily, never pickled) ---------------------------------------

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

    @cached_property
    def agent_matcher(self) -> CompiledRules:
        """The agent-side rules, compiled into one regex."""
        return compile_rules(self._rules(self.agent_rules), self.fold)

    @cached_property
    def customer_matcher(self) -> CompiledRules:
        """The customer-side rules, compiled into one regex."""
        return compile_rules(self._rules(self.customer_rules), self.fold)

    @cached_property
    def negation_regex(self) -> re.Pattern[str] | None:
        """Finds a negator among the last few words before a match, within the same clause.

        A comma ends the negator's scope: "No, lo siento" and "Nem, sajnálom" are apologies.
        """
        if not self.negators:
            return None
        words = "|".join(
            sorted((re.escape(self.fold(w)) for w in self.negators), key=len, reverse=True)
        )
        window = self.negation_window
        return re.compile(
            rf"(?<!\w)(?:{words})(?!\w)(?:[^\w.,!?;\n]+\w+){{0,{window - 1}}}[^\w.,!?;\n]*$"
        )

    @cached_property
    def folded_stop_words(self) -> frozenset[str]:
        """Stop words folded like the text they are compared with."""
        return frozenset(self.fold(w) for w in self.stop_words)

    @cached_property
    def question_opener_regex(self) -> re.Pattern[str] | None:
        """Matches a sentence that opens with a question word (for questions without '?')."""
        if not self.question_openers:
            return None
        words = "|".join(
            sorted((re.escape(self.fold(w)) for w in self.question_openers), key=len, reverse=True)
        )
        return re.compile(rf"(?:^|(?<=[.!\n]))\s*(?:{words})(?!\w)[^.!?\n]*")

    @cached_property
    def advice_regex(self) -> re.Pattern[str] | None:
        """Matches the opening of a sentence that starts with an advice verb (imperative).

        Applied to folded text; a softener or two may come first ("so maybe try ..."). Only the
        sentence start is matched (linear time); the caller checks the sentence is no question.
        """
        if not self.advice_verbs:
            return None

        def alternation(phrases: tuple[str, ...]) -> str:
            folded = (re.escape(self.fold(p)).replace(r"\ ", r"\s+") for p in phrases)
            return "|".join(sorted(folded, key=len, reverse=True))

        soft = alternation(self.advice_softeners)
        # every repeat is bounded: a run of blanks after each of many sentence ends stays linear
        prefix = rf"(?:(?:{soft})(?!\w)[ \t,]{{0,4}}){{0,2}}" if soft else ""
        return re.compile(
            rf"(?:^|(?<=[.!?\n]))[ \t\"'(*-]{{0,4}}{prefix}"
            rf"(?:{alternation(self.advice_verbs)})(?![\w'])"
        )

    def compile(self) -> Language:
        """Build every compiled structure now (e.g. before forking workers); returns self."""
        _ = (self.agent_matcher, self.customer_matcher, self.negation_regex)
        _ = (self.folded_stop_words, self.question_opener_regex, self.advice_regex)
        return self

    def __getstate__(self) -> dict[str, Any]:
        return {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} language {self.code!r}>"
