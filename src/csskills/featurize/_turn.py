"""One turn, read once: tokens, sentences and their structure, phrase matches, evidence.

The turn is folded and tokenized once by its language pack; every word is looked up once in the
pack's word cache (:meth:`~csskills.lang.Language.lexeme`: word classes, valence, stem); the
pack's phrase trie scans the tokens once. Sentences are then typed from their structure, in any
language the pack describes:

* **questions** by their mark in any script (``?`` ``？`` ``؟``, or an opening ``¿``), or by an
  opening question phrase without the mark (the pack's ``question_openers``); a question is
  *interrogative* (opener or inversion), *declarative* (statement word order with a question
  mark: "So the modem is upstairs?"), a *tag* question (", right?") or a *bare tag* ("OK?", which
  only checks that the listener follows);
* **imperatives** by an opening advice or instruction verb;
* **person**: the first subject pronoun among the first words (who the sentence is about);
* **valence**: the pack's sentiment words, flipped after a negator and strengthened after an
  intensifier, in the same clause.

On top of the phrase rules, several weak structural signals are combined (each documented where
it is computed): reflections, complaints, insults aimed at the listener, follow-up checks,
shouting with negative content, acronyms and long sentences. Every signal is an
:class:`~csskills.Evidence` span of the turn's own text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from csskills._assessment import Evidence
from csskills.lang import Language, Match, PhraseMatcher
from csskills.lang import WordClass as W

# Sentence-final marks in any script; a question mark in any script.
_ENDS = frozenset(".!?…？！。؟\n")
_QUESTION_MARKS = frozenset("?？؟")
_CLAUSE_BREAKS = frozenset(".!?…？！。؟\n,;:")
_QUOTES = frozenset("'\"«»„“”‘’")
_CURRENCY = frozenset("£$€¥₺₹₽¢₩₪")
_BULLETS = frozenset("-*•–—·")


def make_evidence(
    turn: int, start: int, end: int, text: str, rule: str, behaviour: str | None, polarity: str
) -> Evidence:
    """An :class:`Evidence` built without validation: every value here is csskills' own.

    (A validated constructor costs more than the whole matching of a short turn.)
    """
    evidence = object.__new__(Evidence)
    object.__setattr__(
        evidence,
        "__dict__",
        {
            "turn": turn,
            "start": start,
            "end": end,
            "text": text[start:end],
            "rule": rule,
            "behaviour": behaviour,
            "polarity": polarity,
        },
    )
    object.__setattr__(evidence, "__pydantic_fields_set__", _EVIDENCE_FIELDS)
    object.__setattr__(evidence, "__pydantic_extra__", None)
    object.__setattr__(evidence, "__pydantic_private__", None)
    return evidence


# shared by every instance: pydantic copies it before it ever changes it (model_copy)
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_TWO_NON_LOWER = re.compile(r"[^\W\d_a-z]{2}")  # a cheap over-approximation for any script


def _upper_word(raw: str) -> bool:
    return raw.isupper() and sum(c.isalpha() for c in raw) >= 2


_EVIDENCE_FIELDS = {"turn", "start", "end", "text", "rule", "behaviour", "polarity"}


@dataclass(slots=True)
class Sentence:
    """A sentence of a turn: token range ``[t0, t1)``, character span, structure."""

    t0: int
    t1: int
    start: int
    end: int
    words: int
    kind: str  # "statement" | "question" | "imperative" | "exclamation"
    form: str  # questions: "interrogative" | "declarative" | "tag" | "bare_tag"; else ""
    person: int  # 1 (I/we), 2 (you), 0: of the subject among the first words
    valence: float
    first: int  # token index of the first word (after bullets, numbers and softeners)
    stems: frozenset[str] = frozenset()  # content words' stems: what the sentence is about
    lead: int = 0  # token index of the first word after softeners ("Please click" -> click)


@dataclass(slots=True)
class TurnText:
    """The tokens of a turn and what the pack knows about them."""

    text: str
    tokens: list[str]
    starts: list[int]
    ends: list[int]
    is_word: list[bool]
    flags: list[int]
    valences: list[float]
    stems: list[str]
    content: list[bool]
    codes: list[bool]
    sentences: list[Sentence] = field(default_factory=list)
    _capitals: list[int] | None = None
    _sentence_t0: list[int] | None = None

    def token_at(self, offset: int) -> int:
        """The index of the first token that starts at or after character ``offset``."""
        return bisect_left(self.starts, offset)

    def sentence_index(self, token: int) -> int:
        """The index in :attr:`sentences` of the sentence holding token ``token`` (-1 for
        none), by bisection: lookups per match stay linear in the turn's length overall."""
        if self._sentence_t0 is None:
            self._sentence_t0 = [s.t0 for s in self.sentences]
        i = bisect_right(self._sentence_t0, token) - 1
        if i >= 0 and token < self.sentences[i].t1:
            return i
        return -1

    @property
    def capitals(self) -> list[int]:
        """Indices of the words written in capitals (two letters or more), computed once; a
        cheap test first skips the common case of a text with no two capitals in a row."""
        if self._capitals is None:
            text = self.text
            gate = _TWO_CAPITALS if text.isascii() else _TWO_NON_LOWER
            if gate.search(text) is None:
                self._capitals = []
            else:
                starts, ends = self.starts, self.ends
                self._capitals = [
                    k for k, word in enumerate(self.is_word)
                    if word and _upper_word(text[starts[k] : ends[k]])
                ]
        return self._capitals


def read_turn(pack: Language, text: str) -> TurnText:
    """Fold, tokenize, look every word up, split and type the sentences (one pass each)."""
    folded = pack.fold(text)
    tokens, starts, ends = pack.tokenize(folded)
    lex = pack.lexemes(tokens)
    if lex:
        words, flags, valences, stems, content, codes = map(list, zip(*lex, strict=True))
    else:
        words, flags, valences, stems, content, codes = [], [], [], [], [], []
    turn = TurnText(text, tokens, starts, ends, words, flags, valences, stems, content, codes)
    turn.sentences = _sentences(pack, turn)
    return turn


def _sentences(pack: Language, t: TurnText) -> list[Sentence]:
    tokens, is_word, starts, ends = t.tokens, t.is_word, t.starts, t.ends
    n = len(tokens)
    out: list[Sentence] = []
    begin = 0
    ends_at = _ENDS
    for i in [k for k, tok in enumerate(tokens) if tok in ends_at]:  # candidate sentence ends
        if i < begin:
            continue  # already taken into the previous end
        if tokens[i] == "." and i + 1 < n and starts[i + 1] == ends[i] and is_word[i + 1]:
            continue  # "example.com", "e.g.": a dot glued to the next word ends nothing
        j = i + 1
        while j < n and tokens[j] in ends_at and tokens[j] != "\n":
            j += 1
        if j < n and tokens[j] in _QUOTES and starts[j] == ends[j - 1]:
            j += 1  # a closing quote belongs to the sentence it closes
        if any(is_word[begin:i]):
            out.append(_sentence(pack, t, begin, j))
        begin = j
    if begin < n and any(is_word[begin:n]):
        out.append(_sentence(pack, t, begin, n))
    return out


def _sentence(pack: Language, t: TurnText, t0: int, t1: int) -> Sentence:
    tokens, is_word, flags = t.tokens, t.is_word, t.flags
    # the first word: after bullets, list numbers ("1.", "2)") and softeners ("so", "ok")
    first = t0
    while first < t1 and not is_word[first]:
        first += 1
    if first + 1 < t1 and tokens[first].isdigit() and tokens[first + 1] in (".", ")", ":"):
        item = first + 2
        while item < t1 and not is_word[item]:
            item += 1
        if item < t1:
            first = item
    softeners = pack.softeners
    lead = first
    while lead < t1 and (tokens[lead] in softeners or not is_word[lead]) and lead < first + 4:
        lead += 1
    if lead >= t1:
        lead = first
    words = sum(is_word[t0:t1])
    marks = [tokens[k] for k in range(max(t0, t1 - 4), t1) if not is_word[k]]
    has_q = any(m in _QUESTION_MARKS for m in marks) or tokens[t0] == "¿" or (
        first > t0 and tokens[first - 1] == "¿"
    )
    form = _question_form(pack, t, t0, t1, first, lead, has_q, words)
    if form:
        kind = "question"
    elif _opens_with(pack.advice_matcher, tokens, is_word, lead, t1) or (
        flags[lead] & W.INSTRUCTION and not flags[lead] & W.STOP
    ):
        kind = "imperative"
    elif "!" in marks:
        kind = "exclamation"
    else:
        kind = "statement"
    person = 0
    for k in range(first, min(t1, first + 5)):
        f = flags[k]
        if f & W.SECOND_PERSON:
            person = 2
            break
        if f & W.FIRST_PERSON:
            person = 1
            break
    start = t.starts[first if first < t1 else t0]
    end = t.ends[t1 - 1]
    while end > start and t.text[end - 1] in " \t\n":
        end -= 1
    content, stems = t.content, t.stems
    about = frozenset([stems[k] for k in range(t0, t1) if content[k]])
    return Sentence(
        t0, t1, start, end, words, kind, form, person, _valence(t, t0, t1), first, about, lead
    )


def _opens_with(
    matcher: PhraseMatcher | None, tokens: list[str], is_word: list[bool], at: int, t1: int
) -> bool:
    """Does a phrase of ``matcher`` start exactly at token ``at``?"""
    if matcher is None or at >= t1:
        return False
    return matcher.match_at(tokens, is_word, at, t1) is not None


def _opens_after_mark(matcher: PhraseMatcher | None, t: TurnText, t0: int, t1: int) -> bool:
    """Does the question opened by an inverted mark inside the sentence start with a question
    phrase ("Hola María, ¿cómo está?")? The mark is read from the text: folding turns it into
    a comma."""
    tokens, is_word, text, starts = t.tokens, t.is_word, t.text, t.starts
    if t0 >= t1 or "¿" not in text[starts[t0] : t.ends[t1 - 1]]:  # this sentence's text only
        return False
    for k in range(t0, t1):
        if not is_word[k] and text[starts[k]] == "¿":
            j = k + 1
            while j < t1 and not is_word[j]:
                j += 1
            return _opens_with(matcher, tokens, is_word, j, t1)
    return False


def _question_form(
    pack: Language,
    t: TurnText,
    t0: int,
    t1: int,
    first: int,
    lead: int,
    has_q: bool,
    words: int,
) -> str:
    """The kind of question the sentence is, or ``""`` when it asks nothing."""
    tokens, is_word = t.tokens, t.is_word
    opener = _opens_with(pack.question_opener_matcher, tokens, is_word, lead, t1) or (
        lead != first and _opens_with(pack.question_opener_matcher, tokens, is_word, first, t1)
    ) or _opens_after_mark(pack.question_opener_matcher, t, t0, t1)
    if not has_q:
        # without its mark a question shows by its opening, when the writer put no mark at the
        # end at all (chat, unpunctuated transcripts); a full stop or any other closing mark
        # says they meant a statement ("which is why it broke.", an abandoned "where are ==")
        closed = not is_word[t1 - 1] and tokens[t1 - 1] not in _QUOTES and tokens[t1 - 1] != "\n"
        return "interrogative" if opener and words >= 2 and not closed else ""
    tags = pack.question_tag_matcher
    if tags is not None:
        # the last words before the mark: a tag after a comma, or the whole sentence
        stop = t1
        while stop > t0 and not is_word[stop - 1]:
            stop -= 1
        for m in tags.scan(tokens[t0:stop], is_word[t0:stop]):
            if m.end + t0 != stop:
                continue
            begin = m.start + t0
            if not any(is_word[k] for k in range(t0, begin)):
                return "bare_tag"
            if begin > t0 and tokens[begin - 1] in (",", "-", "–", "—", "¿"):
                return "tag"
    return "interrogative" if opener else "declarative"


def _valence(t: TurnText, t0: int, t1: int, skip: int = -1) -> float:
    """Sum of the sentence's sentiment words (but the one at ``skip``); a negator within three
    words before flips and halves one ("not happy"), an intensifier just before strengthens it
    by half."""
    total = 0.0
    valences, flags = t.valences, t.flags
    intensifier = W.INTENSIFIER
    for k in range(t0, t1):
        v = valences[k]
        if not v or k == skip:
            continue
        if k > t0 and flags[k - 1] & intensifier:
            v *= 1.5
        if negated(t, k, t0, 3):
            v = -0.5 * v
        total += v
    return total


def valence_besides(t: TurnText, s: Sentence, k: int) -> float:
    """The sentence's valence without word ``k``: how positive the rest of it is."""
    return _valence(t, s.t0, s.t1, skip=k)


def sentiment_spans(pack: Language, turn: int, t: TurnText) -> list[Evidence]:
    """Each sentiment word of the turn as evidence, after negation ("negated happy" is
    negative), for the customer's mood."""
    out = []
    for sentence in t.sentences:
        for k in range(sentence.t0, sentence.t1):
            v = t.valences[k]
            if not v:
                continue
            flipped = negated(t, k, sentence.t0, 3)
            if flipped:
                v = -v
            name = f"{pack.code}.sentiment:{'negated ' if flipped else ''}{t.tokens[k]}"
            out.append(make_evidence(turn, t.starts[k], t.ends[k], t.text, name, None,
                                     "positive" if v > 0 else "negative"))
    return out


def negated(t: TurnText, k: int, t0: int, window: int) -> bool:
    """Is there a negator among the ``window`` words before token ``k``, in the same clause?"""
    seen = 0
    j = k - 1
    tokens, flags, is_word = t.tokens, t.flags, t.is_word
    while j >= t0 and seen < window:
        if not is_word[j]:
            if tokens[j] in _CLAUSE_BREAKS:
                return False
        else:
            if flags[j] & W.NEGATOR:
                return True
            seen += 1
        j -= 1
    return False


def sentence_of(t: TurnText, token: int) -> Sentence | None:
    """The sentence holding token ``token``."""
    i = t.sentence_index(token)
    return t.sentences[i] if i >= 0 else None


class Intervals:
    """Half-open spans that answer "does any of you overlap ``[start, end)``?" in O(log n).

    Spans are kept sorted by start with the furthest end reached so far, so a query is one
    bisection; checking each sentence or each match against every span instead is quadratic
    on a long turn (issue 12).
    """

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._reach: list[int] = []
        reach = -1
        for a, b in sorted(spans):
            reach = max(reach, b)
            self._starts.append(a)
            self._reach.append(reach)

    @classmethod
    def of(cls, evidence: Iterable[Evidence]) -> Intervals:
        """The spans of some evidence."""
        return cls((e.start, e.end) for e in evidence)

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span overlap ``[start, end)``?"""
        i = bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start


__all__ = [
    "Intervals",
    "Match",
    "Sentence",
    "TurnText",
    "make_evidence",
    "negated",
    "read_turn",
    "sentence_of",
    "sentiment_spans",
]
