"""English behaviour of positive_language (courtesy), customer abuse / reactions and overall."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import csskills as cs
from csskills.evaluate._scoring import (
    LAST_REACTION_WEIGHT,
    OVERALL_WEIGHTS,
    PRIOR_REACTIONS,
    customer_reaction,
    overall,
    positive_language,
)
from csskills.featurize._signals import Signals, extract_signals
from csskills.lang import get_language
from tests.strategies import transcripts

EN = get_language("en")


def _transcript(*turns: tuple[str, str]) -> cs.Transcript:
    return cs.Transcript(
        id="t", language="en", turns=tuple(cs.Turn(role=r, text=t) for r, t in turns)
    )


def _agent_value(text: str) -> float | None:
    return cs.evaluate(_transcript(("agent", text))).scores["positive_language"].value


def _customer_behaviours(text: str) -> set[str]:
    signals = extract_signals(_transcript(("customer", text), ("agent", "Let me look.")), EN)
    return set(signals.per_turn[0])


# -- positive_language: courtesy of a lone agent turn ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Could you please send me the invoice?",
        "Would you mind checking the cable once more?",
        "Thanks so much for your patience!",
        "Could you send the invoice, please?",
        "I was wondering if you had a moment to look at this.",
        "Great work on the report. Any thoughts on the summary?",
        "I'd be happy to set that up for you.",
        "Is there any way you could resend it?",
    ],
)
def test_courteous_requests_score_above_neutral(text: str) -> None:
    value = _agent_value(text)
    assert value is not None and value > 50


@pytest.mark.parametrize(
    "text",
    [
        "Why did you delete my message?",
        "What is your problem?",
        "What is the order number?",
        "In fact that is not what the contract says.",
        "Since when is that the rule?",
        "This is ridiculous.",
        "Are you kidding me?",
        "Unfortunately we can't refund that.",
    ],
)
def test_bald_or_rude_requests_score_below_neutral(text: str) -> None:
    value = _agent_value(text)
    assert value is not None and value < 50


@pytest.mark.parametrize(
    "text",
    [
        "The invoice was sent on Monday.",
        "Please send the invoice.",  # sentence-initial "please" softens an order: neither
        "Did that fix it?",  # a follow-up check is a service, not a request
        "",
    ],
)
def test_no_courtesy_signal_either_way_is_na(text: str) -> None:
    score = cs.evaluate(_transcript(("agent", text or "ok"))).scores["positive_language"]
    if text:
        assert score.value is None
        assert score.reason and "no opportunity" in score.reason


def test_a_helpful_instruction_is_not_rude() -> None:
    # "you need to" in a how-to is ordinary service talk (issue: no condescension, no rudeness)
    value = _agent_value("You need to restart the router, then wait two minutes.")
    assert value is None or value >= 50


def test_a_hedge_softens_a_request_but_not_a_statement() -> None:
    request = cs.evaluate(_transcript(("agent", "Is the parcel maybe at the depot?")))
    statement = cs.evaluate(
        _transcript(
            ("customer", "Where is my parcel?"), ("agent", "Perhaps the parcel is in the depot.")
        )
    )
    assert (request.scores["positive_language"].value or 0) > 50
    assert statement.scores["positive_language"].value is None
    knowledge = statement.scores["product_knowledge"]
    assert knowledge.value is not None and knowledge.value < 50
    assert any(e.behaviour == "hedge" for e in knowledge.evidence)


def test_a_greeting_balances_one_bald_question() -> None:
    # Both weigh LANGUAGE_WEIGHTS 0.5: the Beta(1, 1) posterior mean sits exactly at neutral.
    assert _agent_value("Hi Sam, what is the order number?") == pytest.approx(50.0)


def test_please_inside_a_request_counts_but_not_at_the_start() -> None:
    inside = cs.evaluate(_transcript(("agent", "Can I please have the order number.")))
    start = cs.evaluate(_transcript(("agent", "Please, the order number.")))
    assert any(e.text.lower() == "please" for e in inside.scores["positive_language"].evidence)
    assert not any(e.text.lower() == "please" for e in start.scores["positive_language"].evidence)


def test_courtesy_evidence_is_explainable() -> None:
    text = "Thanks! Could you tell me why did you cancel?"
    a = cs.evaluate(_transcript(("agent", text)))
    score = a.scores["positive_language"]
    assert score.evidence
    for e in score.evidence:
        assert text[e.start : e.end] == e.text
        assert e.polarity in ("positive", "negative")
    rules = {e.rule.split(":")[0] for e in score.evidence}
    assert {"en.courtesy", "en.discourtesy"} <= rules
    assert "courtesy" in a.behaviours and "discourtesy" in a.behaviours


def test_unsoftened_question_is_dropped_once_the_turn_is_softened() -> None:
    bare = cs.evaluate(_transcript(("agent", "Which plan do you have?"))).scores
    soft = cs.evaluate(_transcript(("agent", "Thanks! Which plan do you have?"))).scores
    assert any(e.rule == "unsoftened_question" for e in bare["positive_language"].evidence)
    assert not any(e.rule == "unsoftened_question" for e in soft["positive_language"].evidence)
    assert (soft["positive_language"].value or 0) > (bare["positive_language"].value or 0)


POSITIVE_SENTENCES = [
    " I'd be happy to help with that.",
    " What I can do is send a replacement today.",
    " The good news is it ships tomorrow.",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(t=transcripts(), extra=st.sampled_from(POSITIVE_SENTENCES), data=st.data())
def test_appending_positive_framing_never_lowers_positive_language(
    t: cs.Transcript, extra: str, data: st.DataObject
) -> None:
    agent = [i for i, turn in enumerate(t.turns) if turn.role == "agent"]
    i = data.draw(st.sampled_from(agent))
    turns = list(t.turns)
    base = turns[i].text.rstrip()
    # A new sentence: "won't" + "I'd be happy to help" in one clause is rightly negated.
    joined = f"{base}.{extra}" if base and base[-1] not in ".!?" else f"{base}{extra}"
    turns[i] = turns[i].model_copy(update={"text": joined})
    longer = t.model_copy(update={"turns": tuple(turns)})
    before = positive_language(extract_signals(t, EN)).value
    after = positive_language(extract_signals(longer, EN)).value
    assert after is not None
    assert after >= (50.0 if before is None else before) - 1e-9


# -- customer abuse (Davidson-style: swearing, insults, slurs, threats) --------------------


@pytest.mark.parametrize(
    ("text", "abusive"),
    [
        ("You idiot, read my message.", True),
        ("you're pathetic", True),
        ("This is a damn joke of a company.", True),
        ("Where the hell is my order", True),
        ("I'm going to kill you", True),
        ("your service is trash", True),
        ("shut up and fix it", True),
        ("Check your trash folder for the email.", False),
        ("I watched the Arsenal game yesterday.", False),
        ("I ordered the spicy menu.", False),
        ("The pricklypear shipment is late.", False),
        ("I will report the outage to the landlord.", False),
        ("My package never arrived.", False),
        ("Thanks, that fixed it.", False),
    ],
)
def test_customer_abuse(text: str, abusive: bool) -> None:
    assert ("customer_abuse" in _customer_behaviours(text)) is abusive


@pytest.mark.parametrize(
    ("text", "behaviour"),
    [
        ("It is OK now. Thank you!", "customer_thanks"),
        ("It works fine now.", "customer_thanks"),
        ("The problem has been solved.", "customer_thanks"),
        ("OK, I will try it.", "customer_thanks"),
        ("I am very satisfied.", "customer_thanks"),
        ("I will complain to the regulator.", "customer_frustration"),
        ("Irrelevant answer.", "customer_frustration"),
        ("The problem is still not solved.", "customer_frustration"),
        ("I've already sent you my number twice.", "customer_frustration"),
        ("Why don't you call me back?", "customer_frustration"),
    ],
)
def test_customer_reaction_phrases(text: str, behaviour: str) -> None:
    assert behaviour in _customer_behaviours(text)


@pytest.mark.parametrize(
    "text",
    ["It is not working now.", "The problem has not been solved.", "I never received the refund."],
)
def test_negated_resolution_is_no_thanks(text: str) -> None:
    assert "customer_thanks" not in _customer_behaviours(text)


# -- overall: competency mean updated by the customer's reactions ----------------------------


def _signals(*turns: tuple[str, str]) -> Signals:
    return extract_signals(_transcript(*turns), EN)


def test_customer_reaction_weights_the_last_turn() -> None:
    s = _signals(
        ("customer", "My internet is down, this is ridiculous."),
        ("agent", "Please restart the router."),
        ("customer", "It works now, thank you!"),
    )
    pleased, displeased, evidence = customer_reaction(s)
    assert (pleased, displeased) == (LAST_REACTION_WEIGHT, 1.0)
    assert {e.polarity for e in evidence} == {"positive", "negative"}


def test_a_turn_with_thanks_and_complaint_counts_both_ways() -> None:
    s = _signals(("agent", "Hello."), ("customer", "Thanks, but this is still not solved."))
    pleased, displeased, _ = customer_reaction(s)
    assert pleased == displeased == LAST_REACTION_WEIGHT


def test_satisfaction_follows_how_the_customer_left_and_overall_does_not() -> None:
    opening = ("customer", "My internet has been down since Monday.")
    reply = ("agent", "I'm sorry about that. Please restart the router and tell me.")
    happy = cs.evaluate(_transcript(opening, reply, ("customer", "It works now, thanks!")))
    angry = cs.evaluate(
        _transcript(opening, reply, ("customer", "Still not working. This is unacceptable."))
    )
    assert happy.satisfaction is not None and angry.satisfaction is not None
    assert happy.satisfaction > angry.satisfaction


def test_overall_does_not_move_with_the_customer_s_opening_mood() -> None:
    reply = ("agent", "I'm sorry about the outage. I've booked an engineer for Friday 9-12, "
                      "reference AB12345, and I'll text you the day before.")
    close = ("customer", "Ok, thanks.")
    calm = cs.evaluate(
        _transcript(("customer", "Hello, can I book an engineer visit for my line?"), reply, close)
    )
    furious = cs.evaluate(_transcript(
        ("customer", "MY INTERNET HAS BEEN DOWN SINCE MONDAY!! This is a joke, you people are "
                     "useless."), reply, close))
    assert calm.overall is not None and furious.overall is not None
    # the same reply earns the same on what both conversations test ...
    for c in ("time_management", "positive_language", "reliability"):
        assert calm.scores[c].value == furious.scores[c].value, c
    # ... and the anger only opens what it should (patience, empathy), not a penalty
    assert abs(calm.overall - furious.overall) <= 10
    assert furious.satisfaction is not None and calm.satisfaction is not None
    assert furious.satisfaction < calm.satisfaction


def test_overall_without_reaction_is_the_competency_mean() -> None:
    t = _transcript(("agent", "I'll email you the label within the hour."))
    a = cs.evaluate(t)
    values = [(w, a.scores[c].value) for c, w in OVERALL_WEIGHTS.items()]
    known = [(w, v) for w, v in values if v is not None]
    mean = sum(w * v for w, v in known) / sum(w for w, _ in known)
    assert a.overall == pytest.approx(mean)
    assert overall(dict(a.scores)) == pytest.approx(mean)


def test_satisfaction_updates_the_agent_quality_with_the_reactions() -> None:
    t = _transcript(("agent", "Hello, how can I help?"), ("customer", "Thanks, that fixed it."))
    a = cs.evaluate(t)
    mean = overall(dict(a.scores))
    assert mean is not None
    expected = (PRIOR_REACTIONS * mean + 100.0 * LAST_REACTION_WEIGHT) / (
        PRIOR_REACTIONS + LAST_REACTION_WEIGHT
    )
    assert a.satisfaction == pytest.approx(expected)
    assert a.overall == pytest.approx(mean), "overall is the agent's competencies only"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(t=transcripts())
def test_overall_is_bounded(t: cs.Transcript) -> None:
    a = cs.evaluate(t)
    assert a.overall is None or 0.0 <= a.overall <= 100.0
