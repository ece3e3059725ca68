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

import re
from collections.abc import Callable, Iterable

from csskills._assessment import CompetencyScore, Evidence
from csskills.featurize import Dynamics, Signals, Wait

SCORING_VERSION = "2"

# Turn-level groups of behaviours used by several formulas.
IMPATIENT = ("impatience", "argumentative", "condescension")
SUPPORTIVE = ("empathy_statement", "apology", "abuse_warning", "thanks")
DIFFICULT = ("customer_frustration", "customer_abuse")
# positive_language: behaviours counted for / against. ``courtesy`` and ``discourtesy`` are
# language-pack signals (the politeness strategies of Danescu-Niculescu-Mizil et al., 2013), not
# catalogued behaviours; their evidence is re-labelled positive / negative here.
POSITIVE_LANGUAGE = ("positive_framing", "courtesy", "thanks", "greeting", "closing", "apology",
                     "empathy_statement")
NEGATIVE_LANGUAGE = ("negative_framing", "discourtesy", "direct_question", "argumentative",
                     "condescension", "impatience")
# Weight of one event of these behaviours in positive_language (1 otherwise). Conventional
# courtesies (a greeting, "please", "could you") and an unsoftened question are weaker signs than
# framing, thanks, a refusal or a rude word: Danescu-Niculescu-Mizil et al. (2013) measure about
# half the effect on perceived politeness for them as for gratitude.
LANGUAGE_WEIGHTS: dict[str, float] = {
    "courtesy": 0.5, "greeting": 0.5, "closing": 0.5, "apology": 0.5, "direct_question": 0.5,
    "unsoftened_question": 0.5, "hedge": 0.5,
}
SUBSTANTIVE_WORDS = 6
LONG_SENTENCE_WORDS = 35

_make_score = CompetencyScore
_make_evidence = Evidence


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
    """The same spans, relabelled (a customer's angry words shown as context, say)."""
    return [
        e
        if e.polarity == polarity
        else _make_evidence(
            turn=e.turn, start=e.start, end=e.end, text=e.text, rule=e.rule,
            behaviour=e.behaviour, polarity=polarity,
        )
        for e in evidence
    ]


def patience(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Calm replies / (agent replies to a difficult customer turn + turns showing impatience).

    With voice timings, an agent turn that cuts in while an upset customer is speaking counts as
    an impatient reply (its ``timing:interruption`` evidence is the reason).
    """
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
    if d is not None and d.interruptions:
        cut_in = {e.turn: e for e in d.behaviours.get("interruption", ())}
        for x in d.interruptions:
            if x.upset and x.turn in cut_in:
                if opportunities.get(x.turn) is not False:
                    evidence.append(cut_in[x.turn])
                opportunities[x.turn] = False
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


def _answers_without(
    s: Signals, problems: Callable[[int], list[Evidence]], ok_rule: str
) -> CompetencyScore:
    """Substantive agent answers free of ``problems`` / substantive agent answers.

    Each problem span counts against its answer; an answer with none is shown whole as
    positive evidence (``ok_rule``). N/A when the agent gave no substantive answer.
    """
    called = 0
    good = 0
    evidence: list[Evidence] = []
    for a in s.agent_turns():
        if s.words[a] < SUBSTANTIVE_WORDS:
            continue
        called += 1
        bad = problems(a)
        if bad:
            evidence += bad
        else:
            good += 1
            evidence.append(whole_turn(s, a, ok_rule, "positive"))
    if not called:
        return na("no opportunity: the agent gave no substantive answer")
    return score(100.0 * good / called, called, evidence)


def product_knowledge(s: Signals) -> CompetencyScore:
    """Substantive agent answers given without hedging / substantive agent answers."""
    return _answers_without(s, lambda a: _in_turn(s, a, ("hedge",)), "confident_answer")


def clarity(s: Signals) -> CompetencyScore:
    """Clear substantive agent turns / substantive agent turns.

    A turn is unclear when the customer asks for clarification right after it, when it talks
    down to the customer, or when one of its sentences runs past ``LONG_SENTENCE_WORDS`` words.
    """
    roles = s.roles

    def problems(a: int) -> list[Evidence]:
        bad = _in_turn(s, a, ("condescension",))
        nxt = a + 1
        while nxt < len(roles) and roles[nxt] not in ("customer", "agent"):
            nxt += 1
        if nxt < len(roles) and roles[nxt] == "customer":
            bad += _as(_in_turn(s, nxt, ("clarification_request",)), "negative")
        return bad + _long_sentences(s, a)

    return _answers_without(s, problems, "clear_answer")


_SENTENCE_SPAN = re.compile(r"[^.!?\n]+")


def _long_sentences(s: Signals, turn: int) -> list[Evidence]:
    if s.words[turn] <= LONG_SENTENCE_WORDS:
        return []
    text = s.transcript.turns[turn].text
    out = []
    for m in _SENTENCE_SPAN.finditer(text):
        sentence = m.group()
        if len(sentence.split()) > LONG_SENTENCE_WORDS:
            lead = len(sentence) - len(sentence.lstrip())
            start, end = m.start() + lead, m.end()
            out.append(_make_evidence(
                turn=turn, start=start, end=end, text=text[start:end],
                rule="long_sentence", behaviour=None, polarity="negative",
            ))
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


# time_management: how much an explained wait ("I'll check that for you") may exceed the limit.
EXPLAINED_WAIT_FACTOR = 3.0
# Share of a voice call that should be speech; below it, dead air makes the call longer than needed.
SPEECH_SHARE_TARGET = 0.8


def wait_credit(w: Wait) -> float:
    """1 within the limit, then ``limit / seconds``: twice as slow earns half."""
    limit = w.limit * (EXPLAINED_WAIT_FACTOR if w.explained else 1.0)
    return 1.0 if w.seconds <= limit else limit / w.seconds


def _rounds(s: Signals) -> tuple[list[float], list[Evidence]]:
    """Text-only efficiency: did each agent reply settle the customer's turn before it?

    For every customer turn the agent answered and the customer then spoke again: 1 when the
    customer thanks, 0 when they are frustrated or ask what the agent meant (another round was
    needed), 0.5 otherwise. The last answer is not judged (nothing shows its effect).
    """
    credits: list[float] = []
    evidence: list[Evidence] = []
    customer = s.customer_turns()
    for k, c in enumerate(customer[:-1]):
        reply = s.next_agent_turn(c)
        if reply is None:
            continue
        after = next((x for x in customer[k + 1:] if x > reply), None)
        if after is None:
            continue
        bad = _in_turn(s, after, ("customer_frustration", "customer_abuse",
                                  "clarification_request"))
        good = _in_turn(s, after, ("customer_thanks",))
        if bad:
            credits.append(0.0)
            evidence += _as(bad[:1], "negative")
        elif good:
            credits.append(1.0)
            evidence += _as(good[:1], "positive")
        else:
            credits.append(0.5)
    return credits, evidence


def time_management(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Weighted mean of the available parts, each 0-1 (see ``docs/concepts/timing.md``):

    * responsiveness (weight 2, needs timings): mean :func:`wait_credit` of the waits before agent
      turns (chat/email latency against the service level, voice dead air against
      ``long_silence``); an announced wait may last ``EXPLAINED_WAIT_FACTOR`` times longer;
    * handle time (weight 1, voice): speech share of the call over ``SPEECH_SHARE_TARGET``, capped;
    * rounds (weight 1, text): :func:`_rounds`, did replies settle the customer's turns;
    * hand-off (weight 1, text): how early a needed hand-off came.
    """
    parts: list[tuple[float, float]] = []
    evidence: list[Evidence] = []
    opportunities = 0
    if d is not None and d.waits:
        parts.append((2.0, sum(wait_credit(w) for w in d.waits) / len(d.waits)))
        opportunities += len(d.waits)
        for kind in ("slow_reply", "long_silence"):
            evidence += d.behaviours.get(kind, ())
    if d is not None and d.voice is not None and d.voice["handle_time"] > 0:
        speech = 1.0 - d.voice["non_talk_time"] / d.voice["handle_time"]
        parts.append((1.0, min(1.0, speech / SPEECH_SHARE_TARGET)))
        opportunities += 1
    credits, round_evidence = _rounds(s)
    if credits:
        parts.append((1.0, sum(credits) / len(credits)))
        opportunities += len(credits)
        evidence += round_evidence
    escalations = s.behaviours.get("escalation", [])
    if escalations:
        agent_turns = s.agent_turns()
        first = escalations[0].turn
        position = sum(1 for a in agent_turns if a < first)
        parts.append((1.0, 1.0 - position / max(1, len(agent_turns))))
        opportunities += 1
        evidence += escalations[:1]
    if not parts:
        return na("no timing information, no hand-off and no customer reaction to an answer")
    value = 100.0 * sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    return score(value, opportunities, evidence)


def _sentence_initial_please(s: Signals, e: Evidence) -> bool:
    """A "please" opening its sentence softens an order, it is no courtesy ("Please fix it.").

    Danescu-Niculescu-Mizil et al. (2013) find sentence-initial "please" slightly impolite while
    "please" inside a request ("Could you please...") is polite; it is counted as neither here.
    """
    if e.behaviour != "courtesy" or e.text.casefold() != "please":
        return False
    before = s.transcript.turns[e.turn].text[: e.start].rstrip(" \t\"'(*-")
    return not before or before[-1] in ".!?\n:;"


# The look-behind starts a match only at a sentence start (same matches, linear time).
_QUESTION_SENTENCE = re.compile(r"(?<![^.!?？؟\n])[^.!?？؟\n]*[?？؟]")
_LEADING = " \t\"'(,;:-¿¡"


def _overlaps(e: Evidence, spans: set[tuple[int, int, int]]) -> bool:
    """Does ``e`` overlap one of ``spans`` (turn, start, end)? A question that is itself a
    courtesy ("How are you?", "What do you think?") is no bald question."""
    return any(t == e.turn and a < e.end and e.start < b for t, a, b in spans)


def _unsoftened_questions(s: Signals, good: list[Evidence], bad: list[Evidence]) -> list[Evidence]:
    """Agent turns that ask something with no courtesy (or rudeness) at all: one weak minus each.

    Asking is the opportunity to be courteous ("Could you send me...", "Thanks, and which..."); a
    bare question is a bald request (Brown and Levinson), less polite than a softened one. Turns
    that already carry a positive or negative language marker are judged by those instead. A
    question is a sentence ending in a question mark (any script) or a ``question`` span; a
    follow-up check ("Did that fix it?") is a service, not a request.
    """
    marked = {e.turn for e in good} | {e.turn for e in bad}
    out: list[Evidence] = []
    for a in s.agent_turns():
        if a in marked:
            continue
        found = s.per_turn[a]
        checks = {(a, e.start, e.end) for e in found.get("follow_up_check", ())}
        text = s.transcript.turns[a].text
        spans = [(m.start(), m.end()) for m in _QUESTION_SENTENCE.finditer(text)]
        spans += [(e.start, e.end) for e in found.get("question", ())]
        for start, end in sorted(spans):
            while start < end and text[start] in _LEADING:
                start += 1
            if end > start and not any(x < end and start < y for _, x, y in checks):
                out.append(_make_evidence(
                    turn=a, start=start, end=end, text=text[start:end],
                    rule="unsoftened_question", behaviour="unsoftened_question",
                    polarity="negative",
                ))
                break
    return out


def _asks(s: Signals, turn: int) -> bool:
    """Does the turn ask the listener something (a question mark in any script, or a question)?"""
    text = s.transcript.turns[turn].text
    return "question" in s.per_turn[turn] or any(q in text for q in "?？؟")


def _request_hedges(s: Signals) -> list[Evidence]:
    """Hedges inside a turn that asks something: softeners of the request ("I think you could",
    "perhaps"), polite there (Danescu-Niculescu-Mizil et al., 2013) whatever they say about the
    agent's product knowledge elsewhere."""
    return [e for e in s.behaviours.get("hedge", ()) if _asks(s, e.turn)]


def positive_language(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Weighted good language events / all of them, smoothed (Beta(1,1) posterior mean).

    Good: positive framing, courtesy, thanks, empathy, apologies, greetings and closings; bad:
    negative framing, discourtesy, bald questions, arguing, condescension and impatience, each
    weighted by :data:`LANGUAGE_WEIGHTS` (``docs/concepts/politeness-and-overall.md``). A
    sentence-initial "please" counts as neither; an agent question in a turn without any marker
    counts as an unsoftened question. When the customer's sentiment shift is known (and the
    customer used valence words), it adds one event split between good (``(1 + shift) / 2``)
    and bad (the rest).
    """
    good = _as((e for b in POSITIVE_LANGUAGE for e in s.behaviours.get(b, ())
                if not _sentence_initial_please(s, e)), "positive")
    good += _as(_request_hedges(s), "positive")
    spans = {(e.turn, e.start, e.end) for e in good}
    bad = _as((e for b in NEGATIVE_LANGUAGE for e in s.behaviours.get(b, ())
               if not (b == "direct_question" and _overlaps(e, spans))), "negative")
    bad += _unsoftened_questions(s, good, bad)
    n_good: float = sum(LANGUAGE_WEIGHTS.get(e.behaviour or "", 1.0) for e in good)
    n_bad: float = sum(LANGUAGE_WEIGHTS.get(e.behaviour or "", 1.0) for e in bad)
    extra: list[Evidence] = []
    shifted = False
    sentiment = d.sentiment if d is not None else None
    if sentiment is not None and sentiment["shift"] is not None and (
        sentiment["start"] or sentiment["end"]
    ):
        share = (1.0 + max(-1.0, min(1.0, sentiment["shift"]))) / 2.0
        n_good += share
        n_bad += 1.0 - share
        shifted = True
        extra = d.sentiment_evidence if d is not None else []
    if not n_good and not n_bad:
        return na("no opportunity: no framing, courtesy or request in the agent's words")
    value = 100.0 * (n_good + 1) / (n_good + n_bad + 2)
    opportunities = len(good) + len(bad) + (1 if shifted else 0)
    return score(value, opportunities, good + bad + extra)


def reliability(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Kept commitments and follow-up checks / (commitments + over-promises + concessions + ...).

    With timings, two more things count: a commitment is *not* kept when the agent's next turn
    came later than ``EXPLAINED_WAIT_FACTOR`` times the wait limit (promised, then vanished);
    and responsiveness adds one opportunity whose credit is the share of waits before agent
    turns that were neither late nor unexplained (long silences, replies outside the service
    level).
    """
    commitments = s.behaviours.get("commitment", [])
    over = s.behaviours.get("over_promise", [])
    follow = s.behaviours.get("follow_up_check", [])
    concessions = s.behaviours.get("unauthorized_concession", [])
    called = len(commitments) + len(over) + len(concessions) + (1 if follow else 0)
    shown: float = len(commitments) + (1 if follow else 0)
    evidence = commitments + over + concessions + follow[:1]
    if d is not None and d.waits:
        waits = d.waits
        for e in commitments:
            after = next((w for w in waits if w.turn > e.turn), None)
            if after is not None and after.seconds > EXPLAINED_WAIT_FACTOR * after.limit:
                shown -= 1
                evidence[evidence.index(e)] = _as([e], "negative")[0]
        lapses = [w for w in waits if w.late and not w.explained]
        called += 1
        shown += 1.0 - len(lapses) / len(waits)
        lapsed = {w.turn for w in lapses}
        evidence += [e for kind in ("slow_reply", "long_silence")
                     for e in d.behaviours.get(kind, ()) if e.turn in lapsed]
    if not called:
        return na("no opportunity: the agent made no commitment and offered nothing to follow up")
    value = 100.0 * shown / called
    return score(value, called, evidence)


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


# The formulas that also read conversation dynamics (timings, sentiment); see ``score_all``.
DYNAMIC: dict[str, Callable[[Signals, Dynamics | None], CompetencyScore]] = {
    "patience": patience,
    "time_management": time_management,
    "positive_language": positive_language,
    "reliability": reliability,
}

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


# Strength of the competency mean as the prior of ``overall``, in customer reactions: the
# behaviour-based expectation counts as much as one thing the customer said, so a last-turn
# thank-you (weight 2) pulls the index two thirds of the way to 100.
PRIOR_REACTIONS = 1.0
# The customer's last turn weighs this many times an earlier reaction: it is how they left.
LAST_REACTION_WEIGHT = 2.0
_PLEASED = ("customer_thanks",)
_DISPLEASED = ("customer_frustration", "customer_abuse")


def customer_reaction(s: Signals) -> tuple[float, float, list[Evidence]]:
    """How the customer reacted to the agent: pleased and displeased weights, with evidence.

    Every customer turn says how the customer feels at that point: pleased when it thanks,
    accepts the answer or confirms the fix, displeased when it shows frustration or abuse (a turn
    with both counts both ways: a thank-you closing a complaint nets to nothing). The opening
    turn counts too: a customer who came in upset and never showed otherwise did not leave
    satisfied. The last customer turn (how they left) weighs ``LAST_REACTION_WEIGHT``.
    """
    agent = s.agent_turns()
    if not agent:
        return 0.0, 0.0, []
    reactions = s.customer_turns()
    pleased = displeased = 0.0
    evidence: list[Evidence] = []
    for c in reactions:
        w = LAST_REACTION_WEIGHT if c == reactions[-1] else 1.0
        bad = _in_turn(s, c, _DISPLEASED)
        good = _in_turn(s, c, _PLEASED)
        if bad:
            displeased += w
            evidence += _as(bad[:1], "negative")
        if good:
            pleased += w
            evidence += _as(good[:1], "positive")
    return pleased, displeased, evidence


def overall(scores: dict[str, CompetencyScore], signals: Signals | None = None) -> float | None:
    """The conversation's quality index from the agent's side, 0-100; ``None`` when unscored.

    The weighted mean of the available competency scores (:data:`OVERALL_WEIGHTS`) is what the
    agent's behaviour leads us to expect. With ``signals``, the customer's reactions
    (:func:`customer_reaction`) then update it as observations of 100 (pleased) or 0
    (displeased), the mean counting as ``PRIOR_REACTIONS`` observations: how the customer
    answered the agent is the most direct evidence of how well they were served, and the more
    of it there is, the more it weighs. No reaction leaves the competency mean unchanged.
    """
    total = 0.0
    weight = 0.0
    for cid, w in OVERALL_WEIGHTS.items():
        value = scores[cid].value
        if value is not None:
            total += w * value
            weight += w
    if not weight:
        return None
    mean = total / weight
    if signals is None:
        return mean
    pleased, displeased, _ = customer_reaction(signals)
    return (PRIOR_REACTIONS * mean + 100.0 * pleased) / (PRIOR_REACTIONS + pleased + displeased)
