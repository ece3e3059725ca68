"""From signals to competency scores: each competency measured by what it means.

Every competency is scored as *credit earned / occasions it was called for* on a 0-100 scale
(100 best). The occasion comes from the customer's side and the situation, never from whether
the agent happened to use a marker phrase: the same customer turns open the same occasion for a
strong and a weak agent, so a weak agent cannot escape with N/A. No occasion gives ``value=None``
with a reason (N/A, never zero). Each occasion earns a credit between 0 and 1 from the facets of
the competency (see :mod:`csskills.competencies` for the construct), and every credit is backed
by spans: the facet's own words for or against, and the customer's words that opened the
occasion (``context``). Nothing here reads text: only the signals of :mod:`csskills.featurize`.

The formulas are written out in ``docs/concepts/scoring.md`` (generated from these docstrings);
change both together and bump :data:`SCORING_VERSION`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from csskills._assessment import CompetencyScore, Evidence
from csskills.behaviours import BEHAVIOUR_GROUPS
from csskills.competencies import COMPETENCY_IDS
from csskills.featurize import Commitment, Dynamics, Intervals, Signals, Wait, make_evidence

SCORING_VERSION = "3"

DIFFICULT = BEHAVIOUR_GROUPS["difficult"]
EMOTION = BEHAVIOUR_GROUPS["emotion"]
IMPATIENT = BEHAVIOUR_GROUPS["impatient"]
SUPPORTIVE = BEHAVIOUR_GROUPS["supportive"]
BLOCKED = BEHAVIOUR_GROUPS["blocked"]  # with refusals (negative framing), see flexibility()
WAY_ROUND = BEHAVIOUR_GROUPS["way_round"]
UNSURE = BEHAVIOUR_GROUPS["unsure"]
PLEASED = BEHAVIOUR_GROUPS["pleased"]
DISPLEASED = BEHAVIOUR_GROUPS["displeased"]

# patience: a calm reply to a difficult turn that neither loses patience nor supports the customer
CALM_CREDIT = 0.8
# reading between the lines: a cue only named in passing ("Hope he has a great birthday")
MENTION_CREDIT = 0.5
# empathy: credit of a formulaic acknowledgement, and of a stock phrase said to everyone
GENERIC_EMPATHY_CREDIT = 0.5
STOCK_EMPATHY_CREDIT = 0.35
# product knowledge: an answer with no concrete fact and no sign of not knowing
GENERAL_ANSWER_CREDIT = 0.6
# clarity: what each problem costs an answer, and what a structure earns
JARGON_COST = 0.2
LONG_SENTENCE_COST = 0.2
UNCLEAR_REACTION_COST = 0.5
STRUCTURE_BONUS = 0.15
# reliability: what a commitment earns for being specific
PROMISE_BASE = 0.4
PROMISE_TIME = 0.35
PROMISE_REFERENCE = 0.25
VAGUE_PROMISE_CREDIT = 0.15
# positive language: weight of one event of these behaviours (1 otherwise)
LANGUAGE_WEIGHTS: dict[str, float] = {
    "courtesy": 0.5, "greeting": 0.5, "closing": 0.5, "apology": 0.5, "direct_question": 0.5,
    "unsoftened_question": 0.5, "hedge": 0.5, "alternative": 0.5, "reassurance": 0.5,
}
POSITIVE_LANGUAGE = ("positive_framing", "courtesy", "thanks", "greeting", "closing", "apology",
                     "empathy_statement", "reassurance", "alternative")
NEGATIVE_LANGUAGE = ("negative_framing", "discourtesy", "direct_question", "argumentative",
                     "condescension", "impatience")
# time management: how much longer an announced wait may last, and the voice speech target
EXPLAINED_WAIT_FACTOR = 3.0
SPEECH_SHARE_TARGET = 0.8


def na(reason: str) -> CompetencyScore:
    """An N/A score: the conversation gave no opportunity (never a zero)."""
    return _score(None, reason, 0, ())


def _score(
    value: float | None, reason: str | None, opportunities: int, evidence: tuple[Evidence, ...]
) -> CompetencyScore:
    out = object.__new__(CompetencyScore)
    object.__setattr__(out, "__dict__", {
        "value": value, "reason": reason, "opportunities": opportunities, "evidence": evidence,
    })
    object.__setattr__(out, "__pydantic_fields_set__", _SCORE_FIELDS)
    object.__setattr__(out, "__pydantic_extra__", None)
    object.__setattr__(out, "__pydantic_private__", None)
    return out


# shared by every instance: pydantic copies it before it ever changes it (model_copy)
_SCORE_FIELDS = {"value", "reason", "opportunities", "evidence"}


def score(value: float, opportunities: int, evidence: Iterable[Evidence]) -> CompetencyScore:
    """A score with its evidence, in turn and offset order (one span once)."""
    unique = {(e.turn, e.start, e.end, e.rule, e.polarity): e for e in evidence}
    ordered = tuple(unique[k] for k in sorted(unique))
    if not ordered:
        return na("no evidence: nothing the agent said could be cited for this score")
    return _score(min(100.0, max(0.0, value)), None, opportunities, ordered)


def _as(evidence: Iterable[Evidence], polarity: str) -> list[Evidence]:
    """The same spans, relabelled (a customer's angry words shown as context, say)."""
    out = []
    for e in evidence:
        if e.polarity == polarity:
            out.append(e)
            continue
        copy = object.__new__(Evidence)
        object.__setattr__(copy, "__dict__", {**e.__dict__, "polarity": polarity})
        object.__setattr__(copy, "__pydantic_fields_set__", e.__pydantic_fields_set__)
        object.__setattr__(copy, "__pydantic_extra__", None)
        object.__setattr__(copy, "__pydantic_private__", None)
        out.append(copy)
    return out


def _renamed(e: Evidence, rule: str, polarity: str, behaviour: str | None = None) -> Evidence:
    """A span cited under another rule name ("missed_cue" for a cue nobody took up)."""
    copy = object.__new__(Evidence)
    fields = {**e.__dict__, "rule": rule, "polarity": polarity}
    if behaviour is not None:
        fields["behaviour"] = behaviour
    object.__setattr__(copy, "__dict__", fields)
    object.__setattr__(copy, "__pydantic_fields_set__", e.__pydantic_fields_set__)
    object.__setattr__(copy, "__pydantic_extra__", None)
    object.__setattr__(copy, "__pydantic_private__", None)
    return copy


def _mean(credits: Sequence[float]) -> float:
    return 100.0 * sum(credits) / len(credits)


def _occasions(s: Signals, behaviours: tuple[str, ...]) -> list[int]:
    """Customer turns showing any of ``behaviours`` that the agent then answered."""
    return [c for c in s.customer_turns() if s.has(c, *behaviours) and s.replies(c)]


# -- patience -----------------------------------------------------------------------------------


def patience(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Credit per difficult customer turn (upset, confused, repeating, abusive), from the replies.

    * losing patience in the replies (impatience, arguing, condescension, hurrying), repeating an
      earlier explanation word for word, or cutting in while the customer speaks (voice
      timings): 0;
    * support (empathy, apology, reassurance, a warning against abuse): 1;
    * a calm reply without either: ``CALM_CREDIT``.

    Impatience in any other agent turn counts as one more occasion, failed. N/A when the customer
    was never difficult and the agent never lost patience.
    """
    cut_in: dict[int, Evidence] = {}
    if d is not None and d.interruptions:
        spans = {e.turn: e for e in d.behaviours.get("interruption", ())}
        cut_in = {x.interrupted: spans[x.turn] for x in d.interruptions
                  if x.by == "agent" and x.turn in spans}
    credits: list[float] = []
    evidence: list[Evidence] = []
    judged: set[int] = set()
    for c in _occasions(s, DIFFICULT):
        replies = [a for a in s.replies(c) if a not in judged]
        if not replies:
            continue
        judged.update(replies)
        evidence += _as(s.in_turn(c, DIFFICULT)[:1], "context")
        bad = [e for a in replies for e in s.in_turn(a, (*IMPATIENT, "repetition"))]
        if c in cut_in:
            bad.append(cut_in[c])
        good = [e for a in replies for e in s.in_turn(a, SUPPORTIVE)]
        if bad:
            credits.append(0.0)
            evidence += _as(bad, "negative")
        elif good:
            credits.append(1.0)
            evidence += _as(good[:2], "positive")
        else:
            credits.append(CALM_CREDIT)
    for a in s.agent_turns():
        if a in judged:
            continue
        bad = s.in_turn(a, IMPATIENT)
        if bad:
            credits.append(0.0)
            evidence += _as(bad, "negative")
    if not credits:
        return na("no opportunity: the customer was never upset, confused or repetitive")
    return score(_mean(credits), len(credits), evidence)


# -- empathy ------------------------------------------------------------------------------------


def empathy(s: Signals) -> CompetencyScore:
    """Credit per customer turn showing an emotion or a hardship, from the agent's replies.

    * an acknowledgement that speaks to this customer's situation (an empathy statement, a
      reflection, reassurance or an apology sharing a content word with what the customer said
      in that turn): 1;
    * a formulaic acknowledgement (an empathy phrase, reassurance, or an apology naming a cause
      in other words than the customer's: "sorry about the outage"): ``GENERIC_EMPATHY_CREDIT``;
      a bare "sorry" or a stock phrase said to everyone ("any inconvenience"):
      ``STOCK_EMPATHY_CREDIT``;
    * none, or a dismissive or argumentative reply: 0 (the reply's first words are cited).

    N/A when the customer showed no emotion and no hardship.
    """
    credits: list[float] = []
    evidence: list[Evidence] = []
    replied: set[int] = set()
    for c in _occasions(s, EMOTION):
        replies = [a for a in s.replies(c) if a not in replied]
        if not replies:
            continue
        replied.update(replies)
        cue = s.in_turn(c, EMOTION)
        evidence += _as(cue[:1], "context")
        feeling = s.turns[c].content  # what the customer said about their situation
        bad = [e for a in replies for e in s.in_turn(a, ("dismissive", "argumentative"))]
        if bad:
            credits.append(0.0)
            evidence += _as(bad, "negative")
            continue
        warm = [e for a in replies
                for e in s.in_turn(a, ("empathy_statement", "paraphrase", "reassurance",
                                       "apology"))]
        specific = [e for e in warm if feeling & s.turns[e.turn].content_at(e.start, e.end)]
        if specific:
            credits.append(1.0)
            evidence += _as(specific[:2], "positive")
        elif generic := [e for e in warm if e.behaviour != "apology" or _names_a_cause(s, e)]:
            credits.append(GENERIC_EMPATHY_CREDIT)
            evidence += _as(generic[:1], "positive")
        elif warm or s.in_turn(replies[0], ("stock_empathy",)):
            stock = warm[:1] or s.in_turn(replies[0], ("stock_empathy",))[:1]
            credits.append(STOCK_EMPATHY_CREDIT)
            evidence += _as(stock, "positive")
        else:
            credits.append(0.0)
            evidence += [_renamed(e, "empathy:unacknowledged", "negative") for e in cue[:1]]
    if not credits:
        return na("no opportunity: the customer showed no emotion or hardship")
    return score(_mean(credits), len(credits), evidence)


def _names_a_cause(s: Signals, e: Evidence) -> bool:
    """An apology about something ("sorry about the outage"), not a bare "sorry": its sentence
    goes on past the apology phrase with a content word."""
    return any(
        a <= e.start < b and b > e.end + 2 and stems
        for a, b, stems in s.turns[e.turn].sentence_content
    )


# -- reading between the lines ----------------------------------------------------------------


def reading_between_the_lines(s: Signals) -> CompetencyScore:
    """Unstated needs the agent took up / unstated needs the customer signalled.

    The occasion is a cue in a customer turn: a life event, a constraint, a date, a worry, a
    hedged complaint or an indirect request. The agent takes it up when a later agent sentence
    shares a content word with what the cue is about (its clause, without the words of the
    customer's explicit questions) and acts on it: asks about it, offers a way, promises, gives
    a concrete detail or restates it (1); only naming it in passing earns ``MENTION_CREDIT``.
    A plain explicit request gives no occasion: N/A, never 0.
    """
    agent = s.agent_turns()
    credits: list[float] = []
    evidence: list[Evidence] = []
    for c in s.customer_turns():
        for cue, topic in s.turns[c].cue_topics:
            uptake = _uptake(s, agent, c, topic)
            evidence.append(_as([cue], "context")[0])
            if uptake is None:
                credits.append(0.0)
                evidence.append(_renamed(cue, "rbtl:cue_not_taken_up", "negative"))
            else:
                turn, start, end, acted = uptake
                credits.append(1.0 if acted else MENTION_CREDIT)
                rule = "rbtl:cue_acted_on" if acted else "rbtl:cue_mentioned"
                evidence.append(_sentence_evidence(s, turn, start, end, rule))
    if not credits:
        return na("no opportunity: the customer made a plain request with nothing left unsaid")
    return score(_mean(credits), len(credits), evidence)


# What adapting to a cue looks like in a sentence: asking about it, a way forward, a promise,
# a concrete detail, or the customer's situation restated.
ADAPTS = ("question", "alternative", "options_offered", "commitment", "specific_detail",
          "paraphrase", "instruction_step", "escalation")


def _uptake(
    s: Signals, agent: Sequence[int], c: int, topic: frozenset[str]
) -> tuple[int, int, int, bool] | None:
    """The first later agent sentence about the cue's topic, and whether it acts on it (a
    sentence that also asks, offers, promises or gives a detail) rather than only naming it;
    the first sentence that acts wins over an earlier mention."""
    mention: tuple[int, int, int, bool] | None = None
    for a in agent:
        if a <= c:
            continue
        found = s.turns[a].found
        for start, end, stems in s.turns[a].sentence_content:
            if not stems & topic:
                continue
            acted = any(e.start < end and start < e.end for b in ADAPTS for e in found.get(b, ()))
            if acted:
                return a, start, end, True
            if mention is None:
                mention = (a, start, end, False)
    return mention


def _sentence_evidence(s: Signals, turn: int, start: int, end: int, rule: str) -> Evidence:
    return make_evidence(turn, start, end, s.transcript.turns[turn].text, rule, None, "positive")


# -- product knowledge and clarity -------------------------------------------------------------


def _asks(s: Signals, c: int) -> bool:
    """Does customer turn ``c`` ask something or need instructions?"""
    return bool(s.turns[c].questions) or s.has(c, "customer_confusion", "clarification_request")


def product_knowledge(s: Signals) -> CompetencyScore:
    """Credit per customer question (or request for help), from the agent's answer.

    * a specific answer (a number, amount, date, label, reference, or a concrete step) with no
      sign of not knowing: 1; an answer with neither: ``GENERAL_ANSWER_CREDIT``;
    * each sign of not knowing costs half the credit: a guess or hedge about a fact, a
      self-correction, going to a colleague for a basic fact, sending the customer to find out,
      and the customer then correcting the agent or saying the step already failed.

    N/A when the customer asked nothing.
    """
    credits: list[float] = []
    evidence: list[Evidence] = []
    for c in s.customer_turns():
        replies = s.replies(c)
        if not replies or not _asks(s, c):
            continue
        facts = [e for a in replies for e in s.in_turn(a, ("specific_detail", "instruction_step"))]
        problems = [e for a in replies for e in s.in_turn(a, UNSURE) if not _softener(s, e)]
        after = s.next_customer_turn(replies[-1])
        if after is not None:
            problems += _as(s.in_turn(after, ("customer_correction",)), "negative")
        credit = 1.0 if facts else GENERAL_ANSWER_CREDIT
        credit *= 0.5 ** len(problems)
        credits.append(credit)
        evidence += _as(problems, "negative") + facts[:3]
        if not facts and not problems:
            evidence += _as(s.in_turn(c, ("customer_confusion", "clarification_request"))[:1]
                            or _question_span(s, c), "context")
    if not credits:
        return na("no opportunity: the customer asked nothing and needed no instructions")
    return score(_mean(credits), len(credits), evidence)


def _softener(s: Signals, e: Evidence) -> bool:
    """A hedge inside a turn that asks something softens the request ("I think you could");
    it says nothing about product knowledge."""
    return e.behaviour == "hedge" and bool(s.turns[e.turn].questions)


def _question_span(s: Signals, c: int) -> list[Evidence]:
    """Where the customer asked: the first question sentence (else the first), as context."""
    spans = s.turns[c].question_spans or [s.turns[c].sentence_content[0][:2]]
    start, end = spans[0]
    return [make_evidence(c, start, end, s.transcript.turns[c].text, "question:asked", None,
                          "context")]


def clarity(s: Signals) -> CompetencyScore:
    """Credit per customer question (or request for help), from how clear the answer was.

    Each answer starts at 1 and loses ``JARGON_COST`` per unexplained jargon word or acronym,
    ``LONG_SENTENCE_COST`` per overlong sentence (each at most twice), ``UNCLEAR_REACTION_COST``
    when the customer then asks what was meant, is still confused or asks again, and the same
    for talking down to the customer; an answer that gives yes or no first, or numbered steps,
    earns ``STRUCTURE_BONUS`` (up to 1). N/A when the customer asked nothing.
    """
    credits: list[float] = []
    evidence: list[Evidence] = []
    for c in s.customer_turns():
        replies = s.replies(c)
        if not replies or not _asks(s, c):
            continue
        jargon = [e for a in replies for e in s.in_turn(a, ("jargon",))]
        long = [e for a in replies for e in s.in_turn(a, ("long_sentence",))]
        rude = [e for a in replies for e in s.in_turn(a, ("condescension",))]
        after = s.next_customer_turn(replies[-1])
        confused = (
            s.in_turn(after, ("clarification_request", "customer_confusion", "customer_repeat"))
            if after is not None else []
        )
        structure = [e for a in replies for e in s.in_turn(a, ("direct_answer", "numbered_steps"))]
        credit = 1.0 - JARGON_COST * min(2, len(jargon)) - LONG_SENTENCE_COST * min(2, len(long))
        credit -= UNCLEAR_REACTION_COST * (bool(confused) + bool(rude))
        credit = max(0.0, min(1.0, credit + STRUCTURE_BONUS * bool(structure)))
        credits.append(credit)
        evidence += _as(jargon + long + rude + confused[:1], "negative") + structure[:2]
        if not (jargon or long or rude or confused or structure):
            steps = [e for a in replies for e in s.in_turn(a, ("instruction_step",))]
            evidence += steps[:1] or _as(_question_span(s, c), "context")
    if not credits:
        return na("no opportunity: the customer asked nothing and needed no instructions")
    return score(_mean(credits), len(credits), evidence)


# -- time management ----------------------------------------------------------------------------


def wait_credit(w: Wait) -> float:
    """1 within the limit, then ``limit / seconds``: twice as slow earns half."""
    limit = w.limit * (EXPLAINED_WAIT_FACTOR if w.explained else 1.0)
    return 1.0 if w.seconds <= limit else limit / w.seconds


def _rounds(s: Signals) -> tuple[list[float], list[Evidence]]:
    """Did each agent reply settle the customer's turn before it? 1 when the customer then
    thanks or accepts, 0 when they are frustrated or ask what was meant, 0.5 otherwise."""
    credits: list[float] = []
    evidence: list[Evidence] = []
    for c in s.customer_turns():
        replies = s.replies(c)
        if not replies:
            continue
        after = s.next_customer_turn(replies[-1])
        if after is None:
            continue
        bad = s.in_turn(after, ("customer_frustration", "customer_abuse", "clarification_request",
                                "customer_repeat"))
        good = s.in_turn(after, ("customer_thanks",))
        if bad:
            credits.append(0.0)
            evidence.append(_renamed(bad[0], "reply_left_customer_unsettled", "negative"))
        elif good:
            credits.append(1.0)
            evidence.append(_renamed(good[0], "reply_settled_customer", "positive"))
        else:
            credits.append(0.5)
    return credits, evidence


def _turn_span(s: Signals, turn: int, rule: str, polarity: str) -> Evidence:
    """A turn's first sentence as the span of a measured (timing) fact about that turn."""
    content = s.turns[turn].sentence_content
    text = s.transcript.turns[turn].text
    if content:
        start, end, _ = content[0]
    else:
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    return make_evidence(turn, start, end, text, rule, None, polarity)


def time_management(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Weighted mean of the parts that apply, each 0-1 (see ``docs/concepts/timing.md``):

    * responsiveness (weight 2, needs timings): mean :func:`wait_credit` of the waits before
      agent turns; an announced wait ("let me check, two minutes") may last
      ``EXPLAINED_WAIT_FACTOR`` times longer;
    * handle time (weight 1, voice): speech share of the call over ``SPEECH_SHARE_TARGET``;
    * rounds (weight 1): did replies settle the customer's turns (:func:`_rounds`);
    * diligence (weight 1, when the agent asked for information): each request for something
      the customer had already given halves it;
    * hand-off (weight 1): how early a needed hand-off came.
    """
    parts: list[tuple[float, float]] = []
    evidence: list[Evidence] = []
    opportunities = 0
    if d is not None and d.waits:
        parts.append((2.0, sum(wait_credit(w) for w in d.waits) / len(d.waits)))
        opportunities += len(d.waits)
        late = {w.turn for w in d.waits if wait_credit(w) < 1.0}
        for kind in ("slow_reply", "long_silence"):
            evidence += [e for e in d.behaviours.get(kind, ()) if e.turn in late]
        prompt = [w.turn for w in d.waits if w.turn not in late]
        if prompt:  # measured, not said: the first prompt reply shows it
            evidence += s.behaviours.get("hold", [])[:1] or [
                _turn_span(s, prompt[0], "timing:within_service_level", "positive")
            ]
    if d is not None and d.voice is not None and d.voice["handle_time"] > 0:
        speech = 1.0 - d.voice["non_talk_time"] / d.voice["handle_time"]
        parts.append((1.0, min(1.0, speech / SPEECH_SHARE_TARGET)))
        opportunities += 1
    credits, round_evidence = _rounds(s)
    if credits:
        parts.append((1.0, sum(credits) / len(credits)))
        opportunities += len(credits)
        evidence += round_evidence
    asked_again = s.behaviours.get("re_ask", [])
    requests = s.behaviours.get("info_request", [])
    if asked_again or requests:
        parts.append((1.0, 0.5 ** len(asked_again)))
        opportunities += 1
        evidence += asked_again or [_renamed(requests[0], "asked_once", "positive")]
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


# -- positive language --------------------------------------------------------------------------


def _reframed(s: Signals, e: Evidence) -> bool:
    """A limit followed, in the same turn, by what can be done ("I can't X, but I can Y") is
    positive framing, not negative."""
    return any(
        a.start >= e.start and a.turn == e.turn
        for a in s.in_turn(e.turn, ("alternative", "positive_framing", "options_offered"))
    )


def positive_language(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Weighted good language events / all of them, smoothed (Beta(1,1) posterior mean).

    Good: positive framing, courtesy, thanks, empathy, reassurance, apologies, alternatives,
    greetings and closings; bad: negative framing (unless what can be done follows in the same
    turn), discourtesy, bald questions, arguing, condescension and impatience,
    each weighted by :data:`LANGUAGE_WEIGHTS`. A sentence-initial "please" counts as neither
    (featurize drops it); an agent question in a turn without any marker counts as an
    unsoftened question. The customer's mood is not the agent's language: it is left to
    ``satisfaction``.
    """
    good = _as((e for b in POSITIVE_LANGUAGE for e in s.behaviours.get(b, ())), "positive")
    good += _as(_request_hedges(s), "positive")
    spans = _by_turn(good)
    bad = _as(
        (e for b in NEGATIVE_LANGUAGE for e in s.behaviours.get(b, ())
         if not (b == "direct_question" and e.turn in spans
                 and spans[e.turn].overlaps(e.start, e.end))
         and not (b == "negative_framing" and _reframed(s, e))),
        "negative",
    )
    bad += _unsoftened_questions(s, good, bad)
    n_good: float = sum(LANGUAGE_WEIGHTS.get(e.behaviour or "", 1.0) for e in good)
    n_bad: float = sum(LANGUAGE_WEIGHTS.get(e.behaviour or "", 1.0) for e in bad)
    if not n_good and not n_bad:
        return na("no opportunity: no framing, courtesy or request in the agent's words")
    value = 100.0 * (n_good + 1) / (n_good + n_bad + 2)
    return score(value, len(good) + len(bad), good + bad)


def _by_turn(evidence: Iterable[Evidence]) -> dict[int, Intervals]:
    """The spans of ``evidence`` by turn, for overlap checks in O(log n)."""
    turns: dict[int, list[tuple[int, int]]] = {}
    for e in evidence:
        turns.setdefault(e.turn, []).append((e.start, e.end))
    return {turn: Intervals(spans) for turn, spans in turns.items()}


def _unsoftened_questions(s: Signals, good: list[Evidence], bad: list[Evidence]) -> list[Evidence]:
    """Agent turns that ask something with no courtesy (or rudeness) at all: one weak minus
    each. Asking is the occasion to be courteous; a bare question is a bald request (Brown and
    Levinson). A follow-up check ("Did that fix it?") is a service, not a request."""
    marked = {e.turn for e in good} | {e.turn for e in bad}
    out: list[Evidence] = []
    for a in s.agent_turns():
        if a in marked:
            continue
        checks = Intervals.of(s.in_turn(a, ("follow_up_check",)))
        for q in s.in_turn(a, ("question",)):
            if not checks.overlaps(q.start, q.end):
                out.append(_renamed(q, "unsoftened_question", "negative", "unsoftened_question"))
                break
    return out


def _request_hedges(s: Signals) -> list[Evidence]:
    """Hedges inside a turn that asks something soften the request ("I think you could",
    "perhaps"): polite there (Danescu-Niculescu-Mizil et al., 2013)."""
    return [e for e in s.behaviours.get("hedge", ()) if _softener(s, e)]


# -- reliability ----------------------------------------------------------------------------------


def promise_credit(c: Commitment, kept: bool | None) -> float:
    """What one commitment earns: ``PROMISE_BASE``, plus ``PROMISE_TIME`` for a checkable time
    and ``PROMISE_REFERENCE`` for a reference; a vague one ``VAGUE_PROMISE_CREDIT``; kept in
    the conversation: 1; broken: 0."""
    if kept is not None:
        return 1.0 if kept else 0.0
    if c.vague:
        return VAGUE_PROMISE_CREDIT
    credit = PROMISE_BASE
    if c.when is not None:
        credit += PROMISE_TIME
    if c.reference is not None:
        credit += PROMISE_REFERENCE
    return min(1.0, credit)


def promise_fates(
    s: Signals, d: Dynamics | None = None
) -> list[tuple[Commitment, bool | None, str | None]]:
    """Each commitment with what the rest of the conversation shows of it.

    Broken: the customer later says a promise was not kept, or the agent's next turn comes after
    the due time. Kept: the agent comes back before the due time, after the promise was made
    (a later turn of the same thread, at least ten minutes on). A promise with no time ("I'll
    check with billing") is kept when the agent's next turn comes within
    ``EXPLAINED_WAIT_FACTOR`` times the wait limit, broken when it comes later (promised, then
    vanished). Otherwise open (``None``).
    """
    complaints = [e for e in s.behaviours.get("broken_promise", [])]
    waits = {w.turn: w for w in d.waits} if d is not None else {}
    out: list[tuple[Commitment, bool | None, str | None]] = []
    turns = s.transcript.turns
    for c in s.commitments:
        fate: bool | None = None
        reason: str | None = None
        later = [e for e in complaints if e.turn > c.turn]
        nxt = s.next_agent_turn(c.turn)
        back = waits.get(nxt) if nxt is not None else None
        if later:
            fate, reason = False, f"the customer said it was not kept (turn {later[0].turn})"
        elif c.due is None and not c.vague and back is not None and back.seconds > 0:
            fate = back.seconds <= EXPLAINED_WAIT_FACTOR * back.limit
            how = "within" if fate else "after"
            limit = f"{EXPLAINED_WAIT_FACTOR:g}x the wait limit"
            reason = f"the agent came back {how} {limit} (turn {nxt})"
        elif c.due is not None and c.made_at is not None:
            for a in s.agent_turns():
                if a <= c.turn:
                    continue
                stamp = turns[a].timestamp
                if stamp is None or (stamp - c.made_at).total_seconds() < 600:
                    continue
                if stamp > c.due:
                    fate, reason = False, f"the agent came back after the due time (turn {a})"
                else:
                    fate, reason = True, f"the agent came back in time (turn {a})"
                break
        out.append((c, fate, reason))
    return out


def reliability(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
    """Mean credit of everything the agent promised or owed (see :func:`promise_credit`).

    Occasions: every commitment (specific ones earn more: a time, a reference), every vague
    promise ("someone will be in touch") and over-promise ("I guarantee", 0), a concession
    outside policy (0), a broken promise the customer reports (0), and a check that the fix
    worked (1). With timings, responsiveness adds one more: the share of waits before agent
    turns that were neither late nor unexplained (promised, then vanished). N/A when the agent
    promised nothing and nothing needed following up.
    """
    credits: list[float] = []
    evidence: list[Evidence] = []
    commitment_spans = {(c.turn, c.evidence.start) for c in s.commitments}
    for c, fate, _ in promise_fates(s, d):
        credit = promise_credit(c, fate)
        credits.append(credit)
        evidence += _as([c.evidence], "positive" if credit >= 0.5 else "negative")
        evidence += [e for e in (c.when, c.reference) if e is not None]
    for e in s.behaviours.get("vague_promise", []):
        if any(t == e.turn and abs(start - e.start) < 40 for t, start in commitment_spans):
            continue
        credits.append(VAGUE_PROMISE_CREDIT)
        evidence.append(_as([e], "negative")[0])
    for kind in ("over_promise", "unauthorized_concession"):
        for e in s.behaviours.get(kind, []):
            credits.append(0.0)
            evidence.append(e)
    if not s.commitments:
        for e in s.behaviours.get("broken_promise", [])[:1]:
            credits.append(0.0)
            evidence.append(_as([e], "negative")[0])
    checks = s.behaviours.get("follow_up_check", [])
    if checks:
        credits.append(1.0)
        evidence.append(checks[0])
    if credits and d is not None and d.waits:
        lapses = [w for w in d.waits if w.late and not w.explained]
        credits.append(1.0 - len(lapses) / len(d.waits))
        lapsed = {w.turn for w in lapses}
        evidence += [e for kind in ("slow_reply", "long_silence")
                     for e in d.behaviours.get(kind, ()) if e.turn in lapsed]
    if not credits:
        return na("no opportunity: the agent made no commitment and nothing needed following up")
    return score(_mean(credits), len(credits), evidence)


# -- flexibility ----------------------------------------------------------------------------------


def flexibility(s: Signals) -> CompetencyScore:
    """Blocked first solutions the agent found a way round / blocked first solutions.

    The occasion is a block: the customer cannot do what the standard solution needs or turns
    it down, or the agent states a rule, system or stock limit or refuses (negative framing
    with no way forward in the same turn). It is handled when an
    alternative, an option or a hand-off follows in the agent's next two turns (a way round
    said before the block in the same turn counts too); a bare refusal is 0. A concession
    outside policy is no flexibility (0). N/A when nothing was blocked.
    """
    agent = s.agent_turns()
    credits: list[float] = []
    evidence: list[Evidence] = []
    handled_until = -1
    blocks = sorted(
        (e for b in (*BLOCKED, "negative_framing") for e in s.behaviours.get(b, ())
         if not (b == "negative_framing" and _reframed(s, e))),
        key=lambda e: (e.turn, e.start),
    )
    for block in blocks:
        if block.turn <= handled_until:
            continue
        window = [a for a in agent if a >= block.turn][:2]
        ways = [e for a in window for e in s.in_turn(a, WAY_ROUND)]
        evidence.append(_as([block], "context")[0])
        if ways:
            credits.append(1.0)
            evidence += ways[:2]
            handled_until = ways[-1].turn
        else:
            credits.append(0.0)
            evidence.append(_renamed(block, "flexibility:no_way_round", "negative"))
            handled_until = window[-1] if window else block.turn
    for e in s.behaviours.get("unauthorized_concession", []):
        credits.append(0.0)
        evidence.append(e)
    if not credits:
        return na("no opportunity: nothing blocked the first solution")
    return score(_mean(credits), len(credits), evidence)


def continuous_improvement(s: Signals) -> CompetencyScore:
    """Always N/A for one conversation: it is measured across an agent's history (profiles)."""
    return na("history-level competency: see the agent's profile trend")


# -- the registry, overall and satisfaction ----------------------------------------------------

Scorer = Callable[[Signals, "Dynamics | None"], CompetencyScore]


def _static(f: Callable[[Signals], CompetencyScore]) -> Scorer:
    def scorer(s: Signals, d: Dynamics | None = None) -> CompetencyScore:
        return f(s)

    scorer.__doc__ = f.__doc__
    scorer.__name__ = f.__name__
    return scorer


#: One scorer per competency id (every id of :data:`~csskills.COMPETENCY_IDS`, checked at import).
SCORERS: dict[str, Scorer] = {
    "patience": patience,
    "reading_between_the_lines": _static(reading_between_the_lines),
    "product_knowledge": _static(product_knowledge),
    "clarity": _static(clarity),
    "empathy": _static(empathy),
    "time_management": time_management,
    "positive_language": positive_language,
    "reliability": reliability,
    "flexibility": _static(flexibility),
    "continuous_improvement": _static(continuous_improvement),
}
assert tuple(SCORERS) == COMPETENCY_IDS, "one scorer per competency, in catalogue order"

#: Weights of the competencies in ``overall`` (every scored competency counts the same).
OVERALL_WEIGHTS: dict[str, float] = {
    c: 1.0 for c in COMPETENCY_IDS if c != "continuous_improvement"
}


def overall(scores: dict[str, CompetencyScore]) -> float | None:
    """The agent's quality, 0-100: the weighted mean of the available competency scores
    (:data:`OVERALL_WEIGHTS`). Only the agent's competencies count: how the customer felt is
    ``satisfaction``. ``None`` when no competency could be scored."""
    total = weight = 0.0
    for cid, w in OVERALL_WEIGHTS.items():
        value = scores[cid].value
        if value is not None:
            total += w * value
            weight += w
    return total / weight if weight else None


# Strength of the agent's quality as the prior of ``satisfaction``, in customer reactions; the
# customer's last turn (how they left) weighs LAST_REACTION_WEIGHT times an earlier reaction.
PRIOR_REACTIONS = 1.0
LAST_REACTION_WEIGHT = 2.0


def customer_reaction(s: Signals) -> tuple[float, float, list[Evidence]]:
    """How the customer reacted: pleased and displeased weights, with evidence.

    Pleased when a customer turn thanks, accepts the answer or confirms the fix; displeased when
    it shows frustration, abuse or a broken promise (a turn with both counts both ways). The
    opening turn counts too; the last customer turn weighs ``LAST_REACTION_WEIGHT``.
    """
    if not s.agent_turns():
        return 0.0, 0.0, []
    reactions = s.customer_turns()
    pleased = displeased = 0.0
    evidence: list[Evidence] = []
    for c in reactions:
        w = LAST_REACTION_WEIGHT if c == reactions[-1] else 1.0
        bad = s.in_turn(c, DISPLEASED)
        good = s.in_turn(c, PLEASED)
        if bad:
            displeased += w
            evidence += _as(bad[:1], "negative")
        if good:
            pleased += w
            evidence += _as(good[:1], "positive")
    return pleased, displeased, evidence


def satisfaction(scores: dict[str, CompetencyScore], s: Signals) -> float | None:
    """Predicted customer satisfaction, 0-100 (STC-3's S is its benchmark).

    The agent's quality (:func:`overall`) is the prior, counting as ``PRIOR_REACTIONS``
    observations; each customer reaction (:func:`customer_reaction`) is an observation of 100
    (pleased) or 0 (displeased). ``None`` when there is neither a score nor a reaction.
    """
    prior = overall(scores)
    pleased, displeased, _ = customer_reaction(s)
    if prior is None:
        if not pleased and not displeased:
            return None
        return 100.0 * pleased / (pleased + displeased)
    return (PRIOR_REACTIONS * prior + 100.0 * pleased) / (PRIOR_REACTIONS + pleased + displeased)
