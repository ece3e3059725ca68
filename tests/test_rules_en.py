"""English agent-behaviour rules: what each behaviour is, with its look-alikes as negatives."""

from __future__ import annotations

import pytest

import csskills as cs
from csskills.featurize._signals import extract_signals
from csskills.lang import Language, get_language

EN = get_language("en")


def _agent_found(text: str, customer: str | None = None) -> dict[str, list[cs.Evidence]]:
    """Evidence per behaviour in the agent turn (after an optional customer turn)."""
    turns = [{"role": "customer", "text": customer}] if customer else []
    turns.append({"role": "agent", "text": text})
    t = cs.Transcript.model_validate({"id": "t", "language": "en", "turns": turns})
    return extract_signals(t, EN).per_turn[-1]


def _agent(text: str, customer: str | None = None) -> set[str]:
    """Behaviours with evidence in the agent turn (after an optional customer turn)."""
    return set(_agent_found(text, customer))


@pytest.mark.parametrize(
    ("text", "behaviour", "expected"),
    [
        # apology: owning a fault, not a repair request, pity or the adjective
        ("I'm sorry, I dropped the phone.", "apology", True),
        ("Sorry for the delay.", "apology", True),
        ("Excuse me, I have a cold today.", "apology", True),
        ("I didn't mean to cut you off there.", "apology", True),
        ("I beg your pardon.", "apology", False),  # asks to hear it again (a repair)
        ("I'm not sorry about that decision.", "apology", False),
        ("Pardon me?", "apology", False),
        ("I'm sorry, what?", "apology", False),
        ("I feel sorry for those people.", "apology", False),
        ("Better safe than sorry.", "apology", False),
        # thanks: gratitude addressed to the listener
        ("Thanks a lot!", "thanks", True),
        ("Thank you for calling.", "thanks", True),
        ("I really appreciate your help.", "thanks", True),
        ("Thank god it works now.", "thanks", False),
        ("No thanks, I'm fine.", "thanks", False),
        ("We drove home for Thanksgiving.", "thanks", False),
        ("Thanks to the new update, it is faster.", "thanks", False),
        ("I'm thankful I have two kids.", "thanks", False),
        ("I appreciate it when people are on time.", "thanks", False),
        # empathy statements: emotional reactions to the customer's situation
        ("I'm so sorry you are going through this.", "empathy_statement", True),
        ("I can relate, I have been there.", "empathy_statement", True),
        pytest.param("I hope you feel better soon.", "empathy_statement", True),
        ("You are not alone in this.", "empathy_statement", True),
        ("Sorry to hear about the storm damage.", "empathy_statement", True),
        ("Hope things calm down at home soon.", "empathy_statement", True),
        ("Good luck with the move!", "empathy_statement", True),
        ("Hang in there, the new card is on its way.", "empathy_statement", True),
        ("That's great, congrats on the new house!", "empathy_statement", True),
        ("I'm so glad it works again.", "empathy_statement", True),
        ("I know the feeling, waiting is the worst.", "empathy_statement", True),
        ("I hope to finish the report today.", "empathy_statement", False),
        ("The hope diamond is on display.", "empathy_statement", False),
        ("Your order shipped on Monday.", "empathy_statement", False),
        # paraphrase: restating what the customer said
        ("So you feel that nobody listens to you at work.", "paraphrase", True),
        ("If I understand you correctly, the card was charged twice.", "paraphrase", True),
        ("The parcel arrived damaged, is that right?", "paraphrase", True),
        ("Let me check the order status for you.", "paraphrase", False),
        ("You mentioned that the router restarts every night.", "paraphrase", True),
        ("As you said, the first parcel never arrived.", "paraphrase", True),
        ("I can see why you're upset about the second charge.", "paraphrase", True),
        ("It sounds to me like the move has been exhausting.", "paraphrase", True),
        ("I can see that your order left the warehouse on Monday.", "paraphrase", False),
        ("So you are moving to a new flat next month?", "paraphrase", True),
        ("To be sure I understand, the refund never arrived.", "paraphrase", True),
        ("I hear you saying the invoice was wrong twice.", "paraphrase", True),
        # options / suggestions
        ("Have you tried restarting the router?", "options_offered", True),
        pytest.param(
            "Maybe you could talk to your manager about it.",
            "options_offered",
            True,
        ),
        ("It might help to clear the cache first.", "options_offered", True),
        ("I would suggest a new password.", "options_offered", True),
        ("I tried to call you earlier.", "options_offered", False),
        ("I'm trying to find your order.", "options_offered", False),
        # imperative advice at a sentence start, possibly softened
        ("Try restarting the router first.", "options_offered", True),
        ("OK. Make sure the cable is plugged in.", "options_offered", True),
        ("So maybe talk to your landlord about it.", "options_offered", True),
        ("Don't be afraid to ask the bank for more time.", "options_offered", True),
        ("Consider switching to the yearly plan.", "options_offered", True),
        ("A walk after dinner can really help.", "options_offered", True),
        ("You need to reset the password first.", "options_offered", True),
        ("Could you call the store and ask for a swap?", "options_offered", True),
        ("Take care!", "options_offered", False),
        ("Let me know if it works.", "options_offered", False),
        ("I can help you with that.", "options_offered", False),
        ("We tried that already, and try is the word.", "options_offered", False),
        ("You must be tired after all this.", "options_offered", False),
        # questions: real questions, not suggestions or restatement checks put as questions
        ("What error do you see on the screen?", "question", True),
        ("How can I help you today?", "question", True),
        ("what do you see on the screen", "question", True),
        ("What I did was restart it.", "question", False),
        ("Have you tried restarting the router?", "question", False),  # a suggestion
        # a declarative or tag question still asks: it is a question (and, when it restates
        # the customer, a paraphrase too)
        ("So you are moving to a new flat next month?", "question", True),
        ("The parcel arrived damaged, is that right?", "question", True),
        ("OK?", "question", True),  # a bare tag asks (it checks the listener follows)
        ("Next Tuesday then?", "question", True),  # elliptical, by its mark
        ("Sorry to hear that, what happened next?", "question", True),
        ("What's the order number?", "question", True),
        ("whats the order number", "question", True),
        ("Hi there, how are you today?", "question", True),
    ],
)
def test_agent_behaviour(text: str, behaviour: str, expected: bool) -> None:
    assert (behaviour in _agent(text)) is expected


def test_customer_apology_is_not_an_agent_apology() -> None:
    turns = [
        {"role": "customer", "text": "Sorry, I forgot my password again."},
        {"role": "agent", "text": "Let me reset it for you."},
    ]
    t = cs.Transcript.model_validate({"id": "t", "language": "en", "turns": turns})
    signals = extract_signals(t, EN)
    assert "apology" not in signals.per_turn[0]
    assert "apology" not in signals.per_turn[1]


def test_declarative_question_restating_the_customer_is_a_paraphrase() -> None:
    found = _agent_found(
        "You lost your job last week and the rent is due?",
        customer="I lost my job last week and my rent is due on Friday.",
    )
    assert "paraphrase" in found
    assert any(e.rule.endswith("question:declarative") for e in found["question"])


def test_declarative_question_about_something_new_is_no_paraphrase() -> None:
    found = _agent(
        "The weather there is nice this time of year?",
        customer="I lost my job last week and my rent is due on Friday.",
    )
    assert "paraphrase" not in found


def test_overlap_paraphrase_compares_stems() -> None:
    found = _agent(
        "Your manager keeps criticising the reports and ignoring overtime.",
        customer="My manager criticised my report and ignored all my overtime hours.",
    )
    assert "paraphrase" in found


def test_question_openers_compile_into_the_pack() -> None:
    matcher = EN.question_opener_matcher
    assert matcher is not None
    assert matcher.find("how are you doing today")
    assert not matcher.find("when i was young we moved")


def test_advice_opens_a_sentence_only() -> None:
    assert "options_offered" in _agent("It broke. Please try the spare one.")
    assert "options_offered" in _agent("just, maybe try again")
    assert "options_offered" not in _agent("I will try the spare one.")
    assert "options_offered" not in _agent("Trying helps.")


def test_imperative_question_is_no_advice() -> None:
    assert "options_offered" not in _agent("Find anything else in the box?")


def test_packs_without_advice_verbs_have_no_advice_matcher() -> None:
    assert Language().advice_matcher is None


def _customer_found(text: str) -> dict[str, list[cs.Evidence]]:
    turns = [
        {"role": "agent", "text": "Hello, how can I help?"},
        {"role": "customer", "text": text},
    ]
    t = cs.Transcript.model_validate({"id": "t", "language": "en", "turns": turns})
    return extract_signals(t, EN).per_turn[-1]


def _rules(found: dict[str, list[cs.Evidence]], behaviour: str) -> set[str]:
    return {e.rule.rsplit(":", 1)[-1] for e in found.get(behaviour, ())}


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        # a clearly negative statement is a complaint, even with no unmet expectation in it
        ("Your customer service is a disgrace, rude and useless.", "negative_statement", True),
        ("The app is slow and clunky.", "negative_statement", True),
        # ... not a question, and not grief or worry (an emotion, an occasion for empathy)
        ("Why is the app so slow?", "negative_statement", False),
        ("My father died last week and I need to close his account.", "negative_statement",
         False),
        ("Thanks, that was quick.", "negative_statement", False),
        # waiting with a length of time is a complaint about the wait
        ("On hold 50 minutes and counting.", "elapsed_time", True),
        ("I have waited three days for a reply.", "elapsed_time", True),
        ("Stuck in the queue for 2 hours now.", "elapsed_time", True),
        ("I can wait until tomorrow.", "elapsed_time", False),
        ("I'll wait for the engineer.", "elapsed_time", False),
    ],
)
def test_complaints_without_a_complaint_phrase(text: str, rule: str, expected: bool) -> None:
    found = _customer_found(text)
    if expected:  # found: by this rule, or by a phrase rule that saw it first
        assert "customer_frustration" in found
    else:
        assert rule not in _rules(found, "customer_frustration")


@pytest.mark.parametrize(
    ("customer", "agent", "expected"),
    [
        # a short statement made of the customer's own words gives back what was heard
        ("The satellite orbits at four miles per second.", "Four miles every second.", True),
        ("The parcel never came and the tracking is stuck.", "So the parcel never came.", True),
        # a name echoed in a salutation, an answer with new content, a promise: no echo
        ("Regards, Tom", "Dear Tom,", False),
        ("The parcel never came.", "A courier will bring a new parcel tomorrow morning.", False),
        ("The parcel never came.", "I'll send the parcel again today.", False),
    ],
)
def test_restatement_of_the_customer_s_words(customer: str, agent: str, expected: bool) -> None:
    found = _agent_found(agent, customer=customer)
    assert ("restatement" in _rules(found, "paraphrase")) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # threats and sexual harassment of the agent are abuse, with no insult word in them
        ("I'm going to find you and hurt you.", True),
        ("Why don't you just die.", True),
        ("Are you naked right now?", True),
        # ... violence or a body word in another sense is not
        ("The delivery van nearly hit my car.", False),
        ("The dying plant you sold me needs replacing.", False),
        ("Sex education books for my son: do you sell them?", False),
    ],
)
def test_threats_and_harassment_are_abuse(text: str, expected: bool) -> None:
    assert ("customer_abuse" in _customer_found(text)) is expected
