"""Featurise: turn a transcript into behaviour evidence, one pass per turn.

This is the hot path. Each turn is folded once and scanned once by the compiled matcher of its
role (agent or customer) for its language; only the hits become :class:`Evidence` objects
(validated pydantic constructors: in pydantic v2 they are faster than ``model_construct``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from csskills._assessment import Evidence
from csskills._transcript import Transcript, Turn
from csskills.behaviours import BEHAVIOURS
from csskills.lang import Language

_QUESTION = re.compile(r"(?<![^.!?\n])[^.!?\n]*\?")  # sentence starts only: linear time
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_CONTENT_WORD = re.compile(r"\w[\w']{2,}")
_SHOUT = re.compile(r"(?<!\w)[A-Z]{2,}(?:[\s,!.?']+[A-Z]{2,}){2,}(?!\w)")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_EXCLAIM = re.compile(r"[!?]*![!?]*!+|\?{3,}")

# Behaviours whose spans mark a question as formulaic, not a real question ("Thanks for
# calling, anything else?" is a closing). Greetings such as "How can I help?" do ask.
_FORMULAIC = frozenset({"closing"})

_make = Evidence


def _evidence(
    turn: int, start: int, end: int, text: str, rule: str, behaviour: str, polarity: str
) -> Evidence:
    return _make(
        turn=turn,
        start=start,
        end=end,
        text=text[start:end],
        rule=rule,
        behaviour=behaviour,
        polarity=polarity,
    )


@dataclass
class Signals:
    """Everything the scoring step needs from one transcript.

    ``per_turn[i]`` maps behaviour id -> evidence in turn ``i``; ``behaviours`` is the same
    evidence gathered per behaviour in turn order.
    """

    transcript: Transcript
    language: Language | None
    roles: list[str]
    words: list[int]
    per_turn: list[dict[str, list[Evidence]]]
    behaviours: dict[str, list[Evidence]] = field(default_factory=dict)

    def has(self, turn: int, *behaviours: str) -> bool:
        """Does turn ``turn`` show any of ``behaviours``?"""
        found = self.per_turn[turn]
        return any(b in found for b in behaviours)

    _by_role: dict[str, list[int]] = field(default_factory=dict, repr=False)

    def _turns_of(self, role: str) -> list[int]:
        found = self._by_role.get(role)
        if found is None:
            words = self.words
            found = [i for i, r in enumerate(self.roles) if r == role and words[i] > 0]
            self._by_role[role] = found
        return found

    def agent_turns(self) -> list[int]:
        """Indices of the agent turns with some text (computed once)."""
        return self._turns_of("agent")

    def customer_turns(self) -> list[int]:
        """Indices of the customer turns with some text (computed once)."""
        return self._turns_of("customer")

    def next_agent_turn(self, turn: int) -> int | None:
        """The first agent turn after ``turn``, if any (bot and system turns are skipped)."""
        for j in range(turn + 1, len(self.roles)):
            if self.roles[j] == "agent" and self.words[j] > 0:
                return j
            if self.roles[j] == "customer" and self.words[j] > 0:
                continue
        return None

    def previous_customer_turn(self, turn: int) -> int | None:
        """The closest customer turn before ``turn``, if any."""
        for j in range(turn - 1, -1, -1):
            if self.roles[j] == "customer" and self.words[j] > 0:
                return j
        return None


# Evidence polarity per behaviour: the agent's good or bad practice; a customer's behaviour and
# a neutral one only show the context.
_POLARITY: dict[str, str] = {
    b.id: "context" if b.role == "customer" or b.polarity == "neutral" else b.polarity
    for b in BEHAVIOURS.values()
}


def _polarity(behaviour: str) -> str:
    return _POLARITY.get(behaviour, "context")


def extract_signals(
    transcript: Transcript, language: Language | None, *, turn_languages: list[Language | None]
    | None = None
) -> Signals:
    """Scan every turn once and collect behaviour evidence.

    ``turn_languages`` (optional) gives a pack per turn for mixed-language conversations; by
    default every turn uses ``language``. A turn whose pack is ``None`` yields no evidence.
    """
    turns = transcript.turns
    roles: list[str] = [t.role for t in turns]
    words: list[int] = []
    per_turn: list[dict[str, list[Evidence]]] = []
    prev_customer_stems: set[str] | None = None
    for index, turn in enumerate(turns):
        text = turn.text
        found: dict[str, list[Evidence]] = {}
        per_turn.append(found)
        pack = turn_languages[index] if turn_languages is not None else language
        folded = pack.fold(text) if pack is not None else text.lower()
        words.append(len(text.split()))
        role = turn.role
        if pack is None or role not in ("agent", "customer") or not words[-1]:
            continue
        compiled = pack.agent_matcher if role == "agent" else pack.customer_matcher
        targets = compiled.targets
        negation = pack.negation_regex
        for match in compiled.regex.finditer(folded):
            start, end = match.span()
            negated: bool | None = None
            for rule in targets[match.lastindex or 0]:
                if rule.negatable and negation is not None:
                    if negated is None:
                        negated = negation.search(folded, max(0, start - 40), start) is not None
                    if negated:
                        continue
                for behaviour in rule.behaviours:
                    found.setdefault(behaviour, []).append(
                        _evidence(index, start, end, text, rule.id, behaviour, _polarity(behaviour))
                    )
        if role == "agent":
            _agent_extras(index, text, folded, pack, found)
            if prev_customer_stems is not None:
                _overlap_paraphrase(index, text, folded, pack, prev_customer_stems, found)
        else:
            _customer_extras(index, text, found)
            stops = pack.folded_stop_words
            prev_customer_stems = {
                _stem(w) for w in _CONTENT_WORD.findall(folded) if w not in stops
            }
    _conversational_acts(turns, roles, words, per_turn)
    signals = Signals(transcript, language, roles, words, per_turn)
    gathered: dict[str, list[Evidence]] = {}
    for found in per_turn:
        for behaviour, evidence in found.items():
            gathered.setdefault(behaviour, []).extend(evidence)
    signals.behaviours = gathered
    return signals


_SENTENCE_END = ".!?\n"


def _words_around(text: str, start: int, end: int, *, reach: int = 80) -> tuple[int, int]:
    """Words before and after a span within its sentence, counted within ``reach`` characters.

    Bounded work per span (a turn with thousands of matches stays linear); the callers only
    ask whether there are a couple of words on each side.
    """
    before = text[max(0, start - reach) : start]
    cut = max(before.rfind(mark) for mark in _SENTENCE_END)
    after = text[end : end + reach]
    stops = [i for i in (after.find(mark) for mark in _SENTENCE_END) if i >= 0]
    if stops:
        after = after[: min(stops)]
    return len(before[cut + 1 :].split()), len(after.split())


def _conversational_acts(
    turns: tuple[Turn, ...],
    roles: list[str],
    words: list[int],
    per_turn: list[dict[str, list[Evidence]]],
) -> None:
    """Context rules that decide what a phrase *does* in the exchange, for any language.

    * A thank-you that answers the customer's farewell ("Bye then." - "Thanks, bye!") is part
      of the closing ritual: it becomes ``closing`` evidence, not ``thanks``. A thank-you for a
      well-wish ("Good luck!" - "Thank you!") is still thanks.
    * A bare apology word dropped into the middle of a sentence ("we have to, excuse me, set a
      date") is a self-repair, not an apology for anything: it is dropped. A bare form is at
      most two words; "in the middle" means at least two words before it and one after it in
      the same sentence.
    """
    previous_spoken = -1
    for index, found in enumerate(per_turn):
        if not words[index] or roles[index] not in ("agent", "customer"):
            continue
        if roles[index] == "agent":
            thanks = found.get("thanks")
            if (
                thanks
                and previous_spoken >= 0
                and roles[previous_spoken] == "customer"
                and "customer_leave_taking" in per_turn[previous_spoken]
            ):
                del found["thanks"]
                found.setdefault("closing", []).extend(
                    Evidence(
                        turn=e.turn, start=e.start, end=e.end, text=e.text, rule=e.rule,
                        behaviour="closing", polarity=_polarity("closing"),
                    )
                    for e in thanks
                )
            apologies = found.get("apology")
            if apologies:
                text = turns[index].text
                kept = []
                for e in apologies:
                    before, after = _words_around(text, e.start, e.end)
                    if len(e.text.split()) <= 2 and before >= 2 and after >= 1:
                        continue
                    kept.append(e)
                if kept:
                    found["apology"] = kept
                else:
                    del found["apology"]
        previous_spoken = index


def _interrogative_words(pack: Language) -> frozenset[str]:
    """First words of the pack's question openers ("what", "do", "is"...), folded and cached."""
    cached = _INTERROGATIVES.get(pack.code)
    if cached is None:
        cached = frozenset(pack.fold(o).split()[0] for o in pack.question_openers if o.strip())
        _INTERROGATIVES[pack.code] = cached
    return cached


_INTERROGATIVES: dict[str, frozenset[str]] = {}
_WORD = re.compile(r"\w[\w']*")


def _overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``(start, end) -> does it overlap one of spans``, in O(log n) per question.

    A pairwise check is quadratic when one long turn holds thousands of questions and options.
    """
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))  # max end so far

    def overlaps(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, end)  # the spans that start before ``end``
        return i > 0 and reach[i - 1] > start

    return overlaps


def _declarative(first: list[str], interrogatives: frozenset[str], pack: Language) -> bool:
    """No question word among the first words, or a subject before it ("so you are ...?")."""
    subjects = pack.subject_pronouns
    for word in first:
        if word in interrogatives:
            return False
        if word in subjects:
            return True
    return True


_CLAUSE_START = re.compile(r"[,;:]\s*(\w[\w']*)(?:\W+\w+){2}")


def _asking_clause(folded: str, start: int, end: int, interrogatives: frozenset[str]) -> bool:
    """A later clause of at least three words opens with a question word ("..., how are you?").

    A two-word tag ("..., isn't it?", "..., don't we?") only seeks agreement: it does not count.
    """
    return any(
        m.group(1) in interrogatives for m in _CLAUSE_START.finditer(folded, start, end)
    )


def _agent_extras(
    index: int, text: str, folded: str, pack: Language, found: dict[str, list[Evidence]]
) -> None:
    """Imperative advice, questions (by '?' or an opening question word) and shouting.

    A sentence that opens with one of the pack's ``advice_verbs`` (after at most two
    ``advice_softeners``: "So maybe talk to her.") and is no question is ``options_offered``:
    the phrase rules cannot anchor at a sentence start, and mid-sentence "try" or "talk" is
    often narration.

    A '?' sentence is not counted as a probing question when it is really another act:

    * a suggestion put as a question ("Have you tried ...?", "Could you call ...?"): an
      ``options_offered`` phrase starts within its first three words;
    * a restatement check ("So you feel ...?", "..., is that right?"): it overlaps
      ``paraphrase`` evidence;
    * a declarative question ("You lost your job last week?"): at least four words and no
      interrogative word among the first three, or a subject before it ("So you are ...?"),
      and no later clause opening with one ("..., how are you?"). It asks the customer to
      confirm the agent's understanding, so it is evidence of ``paraphrase`` instead.
    """
    formulaic = [(e.start, e.end) for b in _FORMULAIC for e in found.get(b, ())]
    restatements = [(e.start, e.end) for e in found.get("paraphrase", ())]
    overlaps_restatement = _overlap_test(restatements)
    overlaps_formulaic = _overlap_test(formulaic)
    suggestion_starts = sorted(e.start for e in found.get("options_offered", ()))

    def suggests(start: int, end: int) -> bool:
        """The sentence is put forward as a suggestion: a suggestion phrase opens it ("Have you
        tried ...?", "Could you call ...?") or it checks a restatement anywhere ("..., is that
        right?"). A suggestion phrase deep inside a question ("Do you have anyone you could
        talk to?") leaves it a question."""
        if overlaps_restatement(start, end):
            return True
        if not suggestion_starts:
            return False
        lead = [m.end() for m in itertools.islice(_WORD.finditer(folded, start, end), 3)]
        i = bisect.bisect_left(suggestion_starts, start)
        return i < len(suggestion_starts) and suggestion_starts[i] < (lead[-1] if lead else end)

    advice = pack.advice_regex
    if advice is not None:
        # imperative advice: a sentence opening with an advice verb that is no question
        for m in advice.finditer(folded):
            stop = _SENTENCE_STOP.search(folded, m.end())
            end = stop.start() if stop else len(folded)
            if (end < len(text) and text[end] == "?") or overlaps_formulaic(m.start(), end):
                continue
            start = m.start()
            while start < end and not text[start].isalnum():
                start += 1
            found.setdefault("options_offered", []).append(
                _evidence(
                    index, start, end, text, f"{pack.code}.options_offered:imperative",
                    "options_offered", "positive",
                )
            )
    spans: list[tuple[int, int, str]] = []
    if "?" in text:
        interrogatives = _interrogative_words(pack)
        for m in _QUESTION.finditer(text):
            start, end = m.span()
            while start < end and text[start] in " \t,;:-\"'":
                start += 1
            if suggests(start, end):
                continue
            words = _WORD.findall(folded, start, end)
            if (
                interrogatives
                and len(words) >= 4
                and _declarative(words[:3], interrogatives, pack)
                and not _asking_clause(folded, start, end, interrogatives)
            ):
                found.setdefault("paraphrase", []).append(
                    _evidence(
                        index, start, end, text, f"{pack.code}.paraphrase:declarative?",
                        "paraphrase", "positive",
                    )
                )
                continue
            spans.append((start, end, "?"))
    opener = pack.question_opener_regex
    if opener is not None:
        for m in opener.finditer(folded):
            start, end = m.span()
            if end < len(text) and text[end] == "?":
                continue  # already found by its question mark
            while start < end and text[start].isspace():
                start += 1
            if not suggests(start, end):
                spans.append((start, end, "opener"))
    for start, end, how in spans:
        if end <= start or overlaps_formulaic(start, end):
            continue
        found.setdefault("question", []).append(
            _evidence(
                index, start, end, text, f"{pack.code}.question:{how}", "question", "positive"
            )
        )
    if _TWO_CAPITALS.search(text):
        for m in _SHOUT.finditer(text):
            found.setdefault("impatience", []).append(
                _evidence(
                    index, m.start(), m.end(), text, "shouting:caps", "impatience", "negative"
                )
            )


def _customer_extras(index: int, text: str, found: dict[str, list[Evidence]]) -> None:
    """Shouting in capitals and repeated exclamation marks signal a frustrated customer."""
    for regex, rule in ((_SHOUT, "shouting:caps"), (_EXCLAIM, "shouting:exclamations")):
        if regex is _SHOUT and not _TWO_CAPITALS.search(text):
            continue  # cheap test first: no two capitals in a row, no shouting
        if regex is _EXCLAIM and "!" not in text and "??" not in text:
            continue
        for m in regex.finditer(text):
            found.setdefault("customer_frustration", []).append(
                _evidence(index, m.start(), m.end(), text, rule, "customer_frustration", "context")
            )


_SUFFIX = re.compile(r"(?<=\w{3})(?:ing|ied|ies|ed|es|ly|s)$")
_STEMS: dict[str, str] = {}


def _stem(word: str) -> str:
    """A light, cheap suffix strip so "worried"/"worrying"/"worries" compare equal (memoised)."""
    stem = _STEMS.get(word)
    if stem is None:
        stem = _SUFFIX.sub("", word, count=1)
        if len(_STEMS) < 200_000:
            _STEMS[word] = stem
    return stem


def _overlap_paraphrase(
    index: int,
    text: str,
    folded: str,
    pack: Language,
    stems: set[str],
    found: dict[str, list[Evidence]],
    *,
    min_shared: int = 4,
    min_share: float = 0.3,
    check_shared: int = 1,
) -> None:
    """An agent sentence that reuses enough of the customer's content words restates them.

    Words are compared after a light stemming. A declarative question found by
    :func:`_agent_extras` counts as a restatement check only when it reuses at least
    ``check_shared`` of the customer's words (otherwise it asks about something new).
    ``stems`` are the customer's stemmed content words, computed once per customer turn.
    """
    stops = pack.folded_stop_words
    current = found.get("paraphrase")
    if current:
        kept = [
            e
            for e in current
            if not e.rule.endswith(":declarative?")
            or len(
                {_stem(w) for w in _CONTENT_WORD.findall(folded, e.start, e.end) if w not in stops}
                & stems
            )
            >= check_shared
        ]
        if kept:
            found["paraphrase"] = kept
            return
        del found["paraphrase"]
    if len(stems) < min_shared:
        return
    needed = max(min_shared, min_share * len(stems))
    turn_stems = {_stem(w) for w in _CONTENT_WORD.findall(folded) if w not in stops}
    if len(turn_stems & stems) < needed:
        return  # no sentence can share more than the whole turn does
    best: tuple[int, int, int] | None = None
    for m in _SENTENCE.finditer(folded):
        sentence_words = {_stem(w) for w in _CONTENT_WORD.findall(m.group()) if w not in stops}
        shared = len(sentence_words & stems)
        if shared >= min_shared and shared >= min_share * len(stems) and (
            best is None or shared > best[0]
        ):
            best = (shared, m.start(), m.end())
    if best is not None:
        _, start, end = best
        while start < end and text[start].isspace():
            start += 1
        found.setdefault("paraphrase", []).append(
            _evidence(
                index, start, end, text, f"{pack.code}.paraphrase:overlap", "paraphrase", "positive"
            )
        )
