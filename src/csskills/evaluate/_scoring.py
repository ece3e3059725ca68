"""From behaviour evidence to competency scores: the documented, opportunity-aware formulas.

Every competency is scored as *shown / times it was called for* on a 0-100 scale (100 best):
first find the opportunities the conversation gave (a frustrated customer turn for patience, a
substantive answer for product knowledge...), then the share of them the agent handled well.
No opportunity gives ``value=None`` with a reason (N/A, never zero). Every score carries the
spans that explain it: the behaviour evidence for or against, and, where an opportunity was
handled without any marker either way, the span that made it an opportunity (``context``).
The formulas are written out in ``docs/concepts/scoring.md``; change both together and bump
:data:`SCORING_VERSION`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from csskills._assessment import CompetencyScore, Evidence
from csskills.featurize._signals import Signals

SCORING_VERSION = "1"

# Turn-level groups of behaviours used by several formulas.
IMPATIENT = ("impatience", "argumentative", "condescension")
SUPPORTIVE = ("empathy_statement", "apology", "abuse_warning", "thanks")
DIFFICULT = ("customer_frustration", "customer_abuse")
POSITIVE_LANGUAGE = ("positive_framing", "thanks", "greeting", "closing", "apology",
                     "empathy_statement")
NEGATIVE_LANGUAGE = ("negative_framing", "argumentative", "condescension", "impatience")
SUBSTANTIVE_WORDS = 6
LONG_SENTENCE_WORDS = 35

_make_score = CompetencyScore.model_construct
_make_evidence = Evidence.model_construct


def na(reason: str) -> CompetencyScore:
    """An N/A score: the conversation gave no opportunity (never a zero)."""
    return _make_score(value=None, reason=reason, opportunities=0, evidence=())


def score(value: float, opportunities: int, evidence: Iterable[Evidence]) -> CompetencyScore:
    """A score with its evidence, in turn and offset order."""
    ordered = tuple(sorted(evidence, key=lambda e: (e.turn, e.start, e.end, e.rule)))
    return _make_score(
        value=min(100.0, max(0.0, value)), reason=None, opportunities=opportunities,
        evidence=ordered,
    )


def whole_turn(signals: Signals, turn: int, rule: str, polarity: str) -> Evidence:
    """The whole text of a turn as evidence (trimmed), for opportunities without a marker."""
    text = signals.transcript.turns[turn].text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return _make_evidence(
        turn=turn, start=start, end=end, text=text[start:end], rule=rule, behaviour=None,
        polarity=polarity,
    )


def _in_turn(signals: Signals, turn: int, behaviours: Iterable[str]) -> list[Evidence]:
    found = signals.per_turn[turn]
    return [e for b in behaviours for e in found.get(b, ())]


def _as(evidence: Iterable[Evidence], polarity: str) -> list[Evidence]:
    return [e if e.polarity == polarity else e.model_copy(update={"polarity": polarity})
            for e in evidence]


def patience(s: Signals) -> CompetencyScore:
    """Calm replies / (agent replies to a difficult customer turn + turns showing impatience)."""
    opportunities: dict[int, bool] = {}  # agent turn -> handled calmly
    evidence: list[Evidence] = []
    for c in s.customer_turns():
        if not s.has(c, *DIFFICULT):
            continue
        reply = s.next_agent_turn(c)
        if reply is None or reply in opportunities:
            continue
        bad = _in_turn(s, reply, IMPATIENT)
        opportunities[reply] = not bad
        evidence += _as(_in_turn(s, c, DIFFICULT), "context")
        evidence += bad or _as(_in_turn(s, reply, SUPPORTIVE), "positive")
    for a in s.agent_turns():
        bad = _in_turn(s, a, IMPATIENT)
        if bad and a not in opportunities:
            opportunities[a] = False
            evidence += bad
    if not opportunities:
        return na("no opportunity: the customer was never upset or hostile")
    calm = sum(opportunities.values())
    return score(100.0 * calm / len(opportunities), len(opportunities), evidence)


def reading_between_the_lines(s: Signals) -> CompetencyScore:
    """Customer concerns explored (question or paraphrase in the reply) / concerns raised."""
    called = 0
    shown = 0
    evidence: list[Evidence] = []
    for c in s.customer_turns():
        concern = s.words[c] >= SUBSTANTIVE_WORDS or s.has(c, *DIFFICULT)
        reply = s.next_agent_turn(c)
        if not concern or reply is None:
            continue
        called += 1
        explored = _in_turn(s, reply, ("paraphrase", "question"))
        if explored:
            shown += 1
            evidence += explored
        else:
            evidence.append(whole_turn(s, c, "unexplored_concern", "negative"))
    if not called:
        return na("no opportunity: the customer raised no concern the agent replied to")
    return score(100.0 * shown / called, called, evidence)


def product_knowledge(s: Signals) -> CompetencyScore:
    """Substantive agent answers given without hedging / substantive agent answers."""
    called = 0
    confident = 0
    evidence: list[Evidence] = []
    for a in s.agent_turns():
        if s.words[a] < SUBSTANTIVE_WORDS:
            continue
        called += 1
        hedges = _in_turn(s, a, ("hedge",))
        if hedges:
            evidence += hedges
        else:
            confident += 1
            evidence.append(whole_turn(s, a, "confident_answer", "positive"))
    if not called:
        return na("no opportunity: the agent gave no substantive answer")
    return score(100.0 * confident / called, called, evidence)


def clarity(s: Signals) -> CompetencyScore:
    """Clear substantive agent turns / substantive agent turns.

    A turn is unclear when the customer asks for clarification right after it, when it talks
    down to the customer, or when one of its sentences runs past ``LONG_SENTENCE_WORDS`` words.
    """
    called = 0
    clear = 0
    evidence: list[Evidence] = []
    roles = s.roles
    for a in s.agent_turns():
        if s.words[a] < SUBSTANTIVE_WORDS:
            continue
        called += 1
        bad = _in_turn(s, a, ("condescension",))
        nxt = a + 1
        while nxt < len(roles) and roles[nxt] not in ("customer", "agent"):
            nxt += 1
        if nxt < len(roles) and roles[nxt] == "customer":
            bad += _as(_in_turn(s, nxt, ("clarification_request",)), "negative")
        bad += _long_sentences(s, a)
        if bad:
            evidence += bad
        else:
            clear += 1
            evidence.append(whole_turn(s, a, "clear_answer", "positive"))
    if not called:
        return na("no opportunity: the agent gave no substantive answer")
    return score(100.0 * clear / called, called, evidence)


def _long_sentences(s: Signals, turn: int) -> list[Evidence]:
    text = s.transcript.turns[turn].text
    if s.words[turn] <= LONG_SENTENCE_WORDS:
        return []
    out = []
    start = 0
    for i, ch in enumerate(text + "."):
        if ch in ".!?\n":
            sentence = text[start:i]
            if len(sentence.split()) > LONG_SENTENCE_WORDS:
                lead = len(sentence) - len(sentence.lstrip())
                out.append(_make_evidence(
                    turn=turn, start=start + lead, end=i, text=text[start + lead:i],
                    rule="long_sentence", behaviour=None, polarity="negative",
                ))
            start = i + 1
    return out


def empathy(s: Signals) -> CompetencyScore:
    """Frustrated customer turns answered with empathy or an apology / frustrated turns.

    Empathy shown without a frustrated customer counts as a handled opportunity too; a dismissive
    or argumentative reply counts against.
    """
    called = 0
    shown = 0
    evidence: list[Evidence] = []
    replied: set[int] = set()
    for c in s.customer_turns():
        if not s.has(c, *DIFFICULT):
            continue
        reply = s.next_agent_turn(c)
        if reply is None or reply in replied:
            continue
        replied.add(reply)
        called += 1
        good = _in_turn(s, reply, ("empathy_statement", "apology"))
        bad = _in_turn(s, reply, ("argumentative",))
        evidence += _as(_in_turn(s, c, DIFFICULT), "context")
        if good and not bad:
            shown += 1
            evidence += good
        else:
            evidence += bad or [whole_turn(s, reply, "no_acknowledgement", "negative")]
    for a in s.agent_turns():
        if a in replied:
            continue
        good = _in_turn(s, a, ("empathy_statement",))
        if good:
            called += 1
            shown += 1
            evidence += good
    if not called:
        return na("no opportunity: the customer expressed no difficulty and no empathy was shown")
    return score(100.0 * shown / called, called, evidence)


def time_management(s: Signals) -> CompetencyScore:
    """Text-only fallback: how early a needed hand-off came. Timing metrics refine this."""
    escalations = s.behaviours.get("escalation", [])
    if not escalations:
        return na("no timing information and no hand-off in this transcript")
    agent_turns = s.agent_turns()
    first = escalations[0].turn
    position = sum(1 for a in agent_turns if a < first)
    value = 100.0 * (1.0 - position / max(1, len(agent_turns)))
    return score(value, 1, escalations[:1])


def positive_language(s: Signals) -> CompetencyScore:
    """Positive framing events / all framing events, smoothed (Beta(1,1) posterior mean)."""
    good = [e for b in POSITIVE_LANGUAGE for e in s.behaviours.get(b, ())]
    bad = [e for b in NEGATIVE_LANGUAGE for e in s.behaviours.get(b, ())]
    if not good and not bad:
        return na("no opportunity: no positive or negative framing in the agent's words")
    value = 100.0 * (len(good) + 1) / (len(good) + len(bad) + 2)
    return score(value, len(good) + len(bad), good + bad)


def reliability(s: Signals) -> CompetencyScore:
    """Kept-able commitments and follow-up checks / (commitments + over-promises + solutions)."""
    commitments = s.behaviours.get("commitment", [])
    over = s.behaviours.get("over_promise", [])
    follow = s.behaviours.get("follow_up_check", [])
    concessions = s.behaviours.get("unauthorized_concession", [])
    called = len(commitments) + len(over) + len(concessions) + (1 if follow else 0)
    if not called:
        return na("no opportunity: the agent made no commitment and offered nothing to follow up")
    shown = len(commitments) + (1 if follow else 0)
    value = 100.0 * shown / called
    return score(value, called, commitments + over + concessions + follow[:1])


def flexibility(s: Signals) -> CompetencyScore:
    """Options, alternatives and hand-offs offered / (those + flat refusals)."""
    offered = [e for b in ("options_offered", "escalation") for e in s.behaviours.get(b, ())]
    refusals: list[Evidence] = []
    for a in s.agent_turns():
        no = _in_turn(s, a, ("negative_framing",))
        if no and not _in_turn(s, a, ("options_offered", "escalation", "positive_framing")):
            refusals += no[:1]
    concessions = s.behaviours.get("unauthorized_concession", [])
    called = len(offered) + len(refusals) + len(concessions)
    if not called:
        return na("no opportunity: no refusal, option or hand-off in this conversation")
    return score(100.0 * len(offered) / called, called, offered + refusals + concessions)


def continuous_improvement(s: Signals) -> CompetencyScore:
    """Always N/A for one conversation: it is measured across an agent's history (profiles)."""
    return na("history-level competency: see the agent's profile trend")


SCORERS: dict[str, Callable[[Signals], CompetencyScore]] = {
    "patience": patience,
    "reading_between_the_lines": reading_between_the_lines,
    "product_knowledge": product_knowledge,
    "clarity": clarity,
    "empathy": empathy,
    "time_management": time_management,
    "positive_language": positive_language,
    "reliability": reliability,
    "flexibility": flexibility,
    "continuous_improvement": continuous_improvement,
}

# Weights of the competencies in ``overall`` (a weighted mean of the non-null scores).
OVERALL_WEIGHTS: dict[str, float] = {
    "patience": 1.0,
    "reading_between_the_lines": 1.0,
    "product_knowledge": 1.0,
    "clarity": 1.0,
    "empathy": 1.0,
    "time_management": 1.0,
    "positive_language": 1.0,
    "reliability": 1.0,
    "flexibility": 1.0,
}


def overall(scores: dict[str, CompetencyScore]) -> float | None:
    """Weighted mean of the available competency scores; ``None`` when none is available."""
    total = 0.0
    weight = 0.0
    for cid, w in OVERALL_WEIGHTS.items():
        value = scores[cid].value
        if value is not None:
            total += w * value
            weight += w
    return total / weight if weight else None
