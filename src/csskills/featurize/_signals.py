"""Featurise a whole transcript: every turn read once, then the links between turns.

This is the hot path and the only stage that reads words. Per turn (see
:mod:`csskills.featurize._turn`): fold, tokenize, look up, split into sentences, scan the
pack's phrase trie once, add the structural detectors. Then, in one more pass in turn order,
what needs more than one turn: restatements of the customer's words, questions the customer
already answered (asking again), repeated questions, a direct answer to a yes/no question, the
closing ritual, and every commitment with its due time read by the pack.

Everything the scorers and the aggregation need from text comes out of here as
:class:`Signals`; nothing later looks at words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from csskills._assessment import Evidence
from csskills._transcript import Transcript, Turn
from csskills.behaviours import BEHAVIOURS
from csskills.featurize._structure import (
    agent_structure,
    content_stems,
    customer_structure,
)
from csskills.featurize._turn import (
    Intervals,
    TurnText,
    make_evidence,
    negated,
    read_turn,
    sentence_of,
    sentiment_spans,
)
from csskills.lang import Language, find_deadline
from csskills.lang import WordClass as W


@dataclass(slots=True)
class TurnSignals:
    """What featurize found in one turn.

    ``found`` maps behaviour id -> evidence; ``content`` holds the stems of its content words
    (what the turn talks about); ``valence`` is the sum of its sentiment words
    (``valence_words`` of them); ``backchannel`` says the turn only signals listening.
    """

    index: int
    role: str
    words: int
    found: dict[str, list[Evidence]] = field(default_factory=dict)
    content: frozenset[str] = frozenset()
    valence: float = 0.0
    valence_words: int = 0
    backchannel: bool = False
    questions: int = 0
    sentences: int = 0
    sentiment: list[Evidence] = field(default_factory=list)
    sentence_content: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
    question_spans: list[tuple[int, int]] = field(default_factory=list)
    cue_topics: list[tuple[Evidence, frozenset[str]]] = field(default_factory=list)
    internal: dict[str, list[Evidence]] = field(default_factory=dict)

    def content_at(self, start: int, end: int) -> frozenset[str]:
        """The content stems of the sentences that ``[start, end)`` touches."""
        found: set[str] = set()
        for a, b, stems in self.sentence_content:
            if a < end and start < b:
                found |= stems
        return frozenset(found)


@dataclass(slots=True)
class Commitment:
    """A promise the agent made: the phrase, when it is due, how specific it is.

    ``due`` is ``None`` when no time was given (or the time is vague: ``vague`` is True) or when
    the conversation has no clock to count from; ``when`` is the time phrase, ``reference`` a
    reference code given in the same turn; ``made_at`` the time of the turn, when known.
    """

    turn: int
    evidence: Evidence
    made_at: datetime | None
    due: datetime | None
    when: Evidence | None
    vague: bool
    reference: Evidence | None


@dataclass
class Signals:
    """Everything the scoring step needs from one transcript (no text beyond evidence spans)."""

    transcript: Transcript
    language: Language | None
    turns: list[TurnSignals]
    behaviours: dict[str, list[Evidence]]
    commitments: list[Commitment]
    roles: list[str]
    words: list[int]
    _next_agent: list[int | None]
    _next_customer: list[int | None]
    _previous_customer: list[int | None]
    _agent: list[int]
    _customer: list[int]

    @property
    def per_turn(self) -> list[dict[str, list[Evidence]]]:
        """``per_turn[i]``: behaviour id -> evidence in turn ``i``."""
        return [t.found for t in self.turns]

    def has(self, turn: int, *behaviours: str) -> bool:
        """Does turn ``turn`` show any of ``behaviours``?"""
        found = self.turns[turn].found
        return any(b in found for b in behaviours)

    def in_turn(self, turn: int, behaviours: tuple[str, ...] | list[str]) -> list[Evidence]:
        """The evidence of ``behaviours`` in turn ``turn``, behaviour by behaviour."""
        found = self.turns[turn].found
        return [e for b in behaviours for e in found.get(b, ())]

    def agent_turns(self) -> list[int]:
        """Indices of the agent turns with some text."""
        return self._agent

    def customer_turns(self) -> list[int]:
        """Indices of the customer turns with some text."""
        return self._customer

    def next_agent_turn(self, turn: int) -> int | None:
        """The first agent turn with text after ``turn`` (an index: constant time)."""
        return self._next_agent[turn]

    def next_customer_turn(self, turn: int) -> int | None:
        """The first customer turn with text after ``turn``."""
        return self._next_customer[turn]

    def replies(self, turn: int) -> list[int]:
        """The agent turns that answer turn ``turn``: up to the customer's next turn."""
        end = self._next_customer[turn]
        stop = len(self.roles) if end is None else end
        out = []
        nxt = self._next_agent[turn]
        while nxt is not None and nxt < stop:
            out.append(nxt)
            nxt = self._next_agent[nxt]
        return out

    def previous_customer_turn(self, turn: int) -> int | None:
        """The closest customer turn with text before ``turn``."""
        return self._previous_customer[turn]


def _links(
    roles: list[str], words: list[int]
) -> tuple[list[int | None], list[int | None], list[int | None]]:
    """Next agent turn, next customer turn and previous customer turn of each turn (linear)."""
    n = len(roles)
    nxt: list[int | None] = [None] * n
    nxt_customer: list[int | None] = [None] * n
    following: int | None = None
    following_customer: int | None = None
    for i in range(n - 1, -1, -1):
        nxt[i] = following
        nxt_customer[i] = following_customer
        if roles[i] == "agent" and words[i]:
            following = i
        elif roles[i] == "customer" and words[i]:
            following_customer = i
    prev: list[int | None] = [None] * n
    last: int | None = None
    for i in range(n):
        prev[i] = last
        if roles[i] == "customer" and words[i]:
            last = i
    return nxt, nxt_customer, prev


def extract_signals(
    transcript: Transcript,
    language: Language | None,
    *,
    turn_languages: list[Language | None] | None = None,
) -> Signals:
    """Read every turn once and link the turns (see the module docstring).

    ``turn_languages`` (optional) gives a pack per turn for mixed-language conversations; by
    default every turn uses ``language``. A turn without a pack yields no evidence.
    """
    turns = transcript.turns
    roles: list[str] = [t.role for t in turns]
    out: list[TurnSignals] = []
    texts: list[TurnText | None] = []
    words: list[int] = []
    state = _Discourse()
    for index, turn in enumerate(turns):
        pack = turn_languages[index] if turn_languages is not None else language
        signals, read = _read(index, turn, pack, state)
        out.append(signals)
        texts.append(read)
        words.append(signals.words)
    _closing_ritual(roles, out)
    # a backchannel ("mm-hm") does not take the floor: it links nothing and answers nothing
    floor = [0 if signals.backchannel else signals.words for signals in out]
    nxt, nxt_customer, prev = _links(roles, floor)
    agent = [i for i, r in enumerate(roles) if r == "agent" and floor[i]]
    customer = [i for i, r in enumerate(roles) if r == "customer" and floor[i]]
    gathered: dict[str, list[Evidence]] = {}
    for signals in out:
        for behaviour, evidence in signals.found.items():
            gathered.setdefault(behaviour, []).extend(evidence)
    commitments = _commitments(transcript, texts, out, turn_languages, language)
    return Signals(
        transcript, language, out, gathered, commitments, roles, words, nxt, nxt_customer,
        prev, agent, customer,
    )


# How many earlier sentences (agent) or questions (customer) a sentence is compared with
LOOKBACK = 100


@dataclass
class _Discourse:
    """What the turns so far said, for the links between turns (all sets of stems)."""

    previous_customer: set[str] | None = None
    customer_said: set[str] = field(default_factory=set)
    customer_gave_identifier: bool = False
    # the last ``LOOKBACK`` only: "asked again" and "repeating oneself" are about what was just
    # said, and comparing each sentence with every earlier one is quadratic in a long transcript
    customer_questions: deque[frozenset[str]] = field(
        default_factory=lambda: deque(maxlen=LOOKBACK))
    agent_sentences: deque[frozenset[str]] = field(default_factory=lambda: deque(maxlen=LOOKBACK))
    agent_acted: bool = False
    last_spoken: Literal["agent", "customer", ""] = ""
    customer_asked: bool = False


def _read(
    index: int, turn: Turn, pack: Language | None, state: _Discourse
) -> tuple[TurnSignals, TurnText | None]:
    role = turn.role
    text = turn.text
    if pack is None or role not in ("agent", "customer") or not text.strip():
        return TurnSignals(index, role, len(text.split())), None
    t = read_turn(pack, text)
    n_words = sum(t.is_word)
    signals = TurnSignals(index, role, n_words)
    if not n_words:
        return signals, t
    found = signals.found
    matcher = pack.agent_matcher if role == "agent" else pack.customer_matcher
    window = pack.negation_window
    for m in matcher.scan(t.tokens, t.is_word):
        start, end = t.starts[m.start], t.ends[m.end - 1]
        negation: bool | None = None
        for rule in m.rules:
            if rule.negatable:
                if negation is None:
                    s = sentence_of(t, m.start)
                    negation = negated(t, m.start, s.t0 if s else 0, window)
                if negation:
                    continue
            for behaviour in rule.behaviours:
                found.setdefault(behaviour, []).append(
                    make_evidence(index, start, end, text, rule.id, behaviour,
                                  _POLARITY.get(behaviour, "context"))
                )
    per_sentence = [(x.start, x.end, x.stems) for x in t.sentences]
    content: set[str] = set().union(*(stems for _, _, stems in per_sentence))
    signals.sentence_content = per_sentence
    if role == "agent":
        agent_structure(pack, index, t, found, state.previous_customer, state.agent_acted)
        _agent_links(pack, index, t, found, state)
        state.agent_acted = state.agent_acted or any(
            b in found for b in ("instruction_step", "commitment", "alternative",
                                 "options_offered", "escalation")
        )
        state.last_spoken = "agent"
    else:
        customer_structure(pack, index, t, found)
        _customer_links(pack, index, t, found, state, content)
        state.previous_customer = content
        state.customer_said |= content
        state.last_spoken = "customer"
    for key in [k for k in found if k.startswith("_")]:
        signals.internal[key] = found.pop(key)
    signals.content = frozenset(content)
    signals.sentences = len(t.sentences)
    if role == "customer" and "customer_cue" in found:
        signals.cue_topics = _cue_topics(t, found["customer_cue"])
    signals.question_spans = [
        (x.start, x.end) for x in t.sentences if x.kind == "question" and x.form != "bare_tag"
    ]
    signals.questions = len(signals.question_spans)
    signals.valence = sum(s.valence for s in t.sentences)
    signals.valence_words = sum(1 for v in t.valences if v)
    if role == "customer" and signals.valence_words:
        signals.sentiment = sentiment_spans(pack, index, t)
    # a listening sound ("mm-hm") in a call; a typed "ok" in a chat is a reply of its own
    signals.backchannel = (
        turn.start is not None
        and n_words <= 3
        and all(t.flags[k] & W.BACKCHANNEL for k in range(len(t.tokens)) if t.is_word[k])
    )
    return signals, t


def _agent_links(
    pack: Language, index: int, t: TurnText, found: dict[str, list[Evidence]], state: _Discourse
) -> None:
    """Links to earlier turns: asking again, repeating oneself, answering yes/no first."""
    text = t.text
    code = pack.code
    for e in found.get("info_request", ()):
        s = sentence_of(t, t.token_at(e.start))
        if s is None or s.kind not in ("question", "imperative"):
            continue
        asked = content_stems(t, t.token_at(e.start), t.token_at(e.end))
        if state.customer_gave_identifier and asked & state.customer_said:
            found.setdefault("re_ask", []).append(
                make_evidence(index, e.start, e.end, text, f"{code}.re_ask:already_given",
                              "re_ask", "negative")
            )
    for s in t.sentences:
        stems = s.stems
        if len(stems) >= 5:
            for earlier in state.agent_sentences:
                if len(stems & earlier) >= 0.8 * len(stems):
                    found.setdefault("repetition", []).append(
                        make_evidence(index, s.start, s.end, text, f"{code}.repetition:verbatim",
                                      "repetition", "negative")
                    )
                    break
            state.agent_sentences.append(stems)
    if state.last_spoken == "customer" and state.customer_asked and t.sentences:
        first = t.sentences[0]
        if t.flags[first.first] & W.YES_NO:
            k = first.first
            found.setdefault("direct_answer", []).append(
                make_evidence(index, t.starts[k], t.ends[k], text, f"{code}.direct_answer:first",
                              "direct_answer", "positive")
            )


def _customer_links(
    pack: Language,
    index: int,
    t: TurnText,
    found: dict[str, list[Evidence]],
    state: _Discourse,
    content: set[str],
) -> None:
    """Identifiers given (for "asked again") and questions asked again by the customer."""
    text = t.text
    if not state.customer_gave_identifier and (
        "@" in t.tokens or any(t.codes)
        or any(tok.isdigit() and len(tok) >= 4 for tok in t.tokens)
    ):
        state.customer_gave_identifier = True
    asked = False
    for s in t.sentences:
        if s.kind != "question" or s.form == "bare_tag":
            continue
        asked = True
        stems = s.stems
        if len(stems) >= 2:
            for earlier in state.customer_questions:
                if len(stems & earlier) >= max(2, 0.5 * len(stems)):
                    found.setdefault("customer_repeat", []).append(
                        make_evidence(index, s.start, s.end, text,
                                      f"{pack.code}.customer_repeat:question",
                                      "customer_repeat", "context")
                    )
                    break
            state.customer_questions.append(stems)
    state.customer_asked = asked


_CLAUSE = frozenset(",;:.!?…？！。؟\n")
_CUE_REACH = 6


def _cue_topics(t: TurnText, cues: list[Evidence]) -> list[tuple[Evidence, frozenset[str]]]:
    """What each unstated-need cue is about: the content words of its clause (at most six
    words either side), without the words of the customer's explicit questions in the turn,
    so that answering the literal request does not count as taking the cue up."""
    asked: set[str] = set()
    cue_starts = sorted(e.start for e in cues)
    for sentence in t.sentences:
        if sentence.kind != "question":
            continue
        i = bisect_left(cue_starts, sentence.start)  # a cue starting inside the sentence?
        if i == len(cue_starts) or cue_starts[i] >= sentence.end:
            asked |= sentence.stems
    out = []
    n = len(t.tokens)
    for e in cues:
        first = t.token_at(e.start)
        last = t.token_at(e.end)
        lo = first
        while lo > 0 and first - lo < _CUE_REACH and t.tokens[lo - 1] not in _CLAUSE:
            lo -= 1
        hi = last
        while hi < n and hi - last < _CUE_REACH and t.tokens[hi] not in _CLAUSE:
            hi += 1
        out.append((e, frozenset(content_stems(t, lo, hi) - asked)))
    return out



def _closing_ritual(roles: list[str], turns: list[TurnSignals]) -> None:
    """A thank-you that answers the customer's farewell is part of the closing, not gratitude;
    a bare apology word dropped mid-sentence ("we have to, excuse me, set a date") is a
    self-repair, not an apology (it has two words before and one after it in its sentence)."""
    previous = -1
    for signals in turns:
        i = signals.index
        if not signals.words or roles[i] not in ("agent", "customer"):
            continue
        found = signals.found
        if roles[i] == "agent" and previous >= 0 and roles[previous] == "customer":
            thanks = found.get("thanks")
            if thanks and "customer_leave_taking" in turns[previous].found:
                del found["thanks"]
                found.setdefault("closing", []).extend(
                    _relabel(e, "closing", "context") for e in thanks
                )
        previous = i


def _relabel(e: Evidence, behaviour: str, polarity: str) -> Evidence:
    out = object.__new__(Evidence)
    object.__setattr__(out, "__dict__", {**e.__dict__, "behaviour": behaviour,
                                         "polarity": polarity})
    object.__setattr__(out, "__pydantic_fields_set__", e.__pydantic_fields_set__)
    object.__setattr__(out, "__pydantic_extra__", None)
    object.__setattr__(out, "__pydantic_private__", None)
    return out


def _turn_time(transcript: Transcript, index: int, start: datetime | None) -> datetime | None:
    """When turn ``index`` was said: its timestamp, else ``start`` (the transcript's
    ``started_at``, read once by the caller) plus its offset."""
    turn = transcript.turns[index]
    if turn.timestamp is not None:
        return turn.timestamp
    if start is not None and turn.start is not None:
        return start + timedelta(seconds=turn.start)
    return start


def _commitments(
    transcript: Transcript,
    texts: list[TurnText | None],
    turns: list[TurnSignals],
    turn_languages: list[Language | None] | None,
    language: Language | None,
) -> list[Commitment]:
    """Every commitment with its time phrase (read by the pack), due time and reference."""
    out: list[Commitment] = []
    started = transcript.started_at  # a property that scans the turns: once, not per promise
    for signals in turns:
        spans = signals.found.get("commitment")
        t = texts[signals.index]
        if not spans or t is None or signals.role != "agent":
            continue
        pack = turn_languages[signals.index] if turn_languages is not None else language
        assert pack is not None
        made_at = _turn_time(transcript, signals.index, started)
        reference = _reference(signals.index, t, signals.internal)
        vague_spans = Intervals.of(signals.found.get("vague_promise", ()))
        for e in spans:
            k = t.token_at(e.start)
            i = t.sentence_index(k)
            s = t.sentences[i] if i >= 0 else None
            due: datetime | None = None
            when: Evidence | None = None
            vague = False
            if s is not None:
                # the promise's sentence from the promise on, then the next sentence; else a
                # time said before the promise in its sentence ("Mañana le llamo")
                t0, t1 = s.t0, (t.sentences[i + 1].t1 if i + 1 < len(t.sentences) else s.t1)
                tokens = t.tokens[t0:t1]
                matches = pack.time_matcher.scan(tokens, t.is_word[t0:t1])
                anchor = made_at or datetime(2000, 1, 3, 9, 0)
                found = find_deadline(tokens, matches, anchor, start=k - t0)
                if found is None and k > t0:
                    found = find_deadline(tokens[: k - t0], matches, anchor)
                if found is not None:
                    a, b = t.starts[found.start + t0], t.ends[found.end + t0 - 1]
                    when = make_evidence(signals.index, a, b, t.text, f"{pack.code}.time:"
                                         f"{found.meaning}", None, "positive")
                    vague = found.vague
                    due = found.due if made_at is not None else None
            if not vague and vague_spans.overlaps(e.start, e.end):
                vague = True
            out.append(Commitment(signals.index, e, made_at, due, when, vague, reference))
    return out


def _reference(index: int, t: TurnText, found: dict[str, list[Evidence]]) -> Evidence | None:
    """A reference the customer can quote: a code in the turn, or a reference named aloud
    ("your reference is R F two zero nine", the pack's ``_reference`` phrases)."""
    for k, code in enumerate(t.codes):
        if code:
            return make_evidence(index, t.starts[k], t.ends[k], t.text, "reference:code", None,
                                 "positive")
    named = found.get("_reference")
    if named:
        e = named[0]
        return make_evidence(index, e.start, e.end, t.text, "reference:named", None, "positive")
    return None


# Evidence polarity per behaviour: the agent's good or bad practice; a customer's behaviour and
# a neutral one only show the context.
_POLARITY: dict[str, str] = {
    b.id: "context" if b.role == "customer" or b.polarity == "neutral" else b.polarity
    for b in BEHAVIOURS.values()
}

__all__ = ["Commitment", "Signals", "TurnSignals", "extract_signals"]
