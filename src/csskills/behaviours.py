"""Catalogue of the turn-level behaviours that detectors tag and competencies consume.

Agent behaviours carry a polarity (good, bad or neutral practice); customer behaviours are
always neutral for the agent and mainly open an opportunity for a competency to be shown
(an abusive customer is what makes patience testable).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict

from csskills.competencies import (
    SEED_000,
    SEED_001,
    SEED_002,
    SEED_003,
    SEED_004,
    CompetencyId,
)
from csskills.exceptions import UnknownBehaviourError

__all__ = [
    "AGENT_BEHAVIOURS",
    "BEHAVIOURS",
    "BEHAVIOUR_IDS",
    "CUSTOMER_BEHAVIOURS",
    "Behaviour",
    "BehaviourId",
    "Polarity",
    "Role",
    "get_behaviour",
]

BehaviourId = Literal[
    "apology",
    "thanks",
    "empathy_statement",
    "question",
    "paraphrase",
    "options_offered",
    "escalation",
    "abuse_warning",
    "commitment",
    "over_promise",
    "hedge",
    "negative_framing",
    "positive_framing",
    "argumentative",
    "condescension",
    "unauthorized_concession",
    "follow_up_check",
    "greeting",
    "closing",
    "impatience",
    "courtesy",
    "discourtesy",
    "direct_question",
    "interruption",
    "long_silence",
    "slow_reply",
    "customer_abuse",
    "customer_frustration",
    "clarification_request",
    "customer_thanks",
    "customer_leave_taking",
]

Role = Literal["agent", "customer"]
Polarity = Literal["positive", "negative", "neutral"]


class Behaviour(BaseModel):
    """One detectable behaviour of the agent or the customer within a turn."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: BehaviourId
    role: Role
    name: str
    description: str
    polarity: Polarity
    competencies: tuple[CompetencyId, ...]
    seeds: tuple[str, ...]
    examples: tuple[str, ...]


_CATALOGUE: tuple[Behaviour, ...] = (
    # ----- agent behaviours -------------------------------------------------------------
    Behaviour(
        id="apology",
        role="agent",
        name="Apology",
        description="The agent says sorry for the trouble or the experience the customer had.",
        polarity="positive",
        competencies=("empathy",),
        seeds=(SEED_002, SEED_003),
        examples=(
            "I'm sorry this has been such a hassle.",
            "Apologies for the wait you had.",
        ),
    ),
    Behaviour(
        id="thanks",
        role="agent",
        name="Agent thanks",
        description=(
            "The agent thanks the customer for reporting the issue, for their patience or "
            "for their time."
        ),
        polarity="positive",
        competencies=("empathy", "positive_language"),
        seeds=(SEED_002, SEED_000),
        examples=(
            "Thanks for letting us know about this.",
            "I appreciate you bearing with me.",
        ),
    ),
    Behaviour(
        id="empathy_statement",
        role="agent",
        name="Empathy statement",
        description=(
            "The agent acknowledges or validates the customer's feeling or situation in "
            "words that refer to it."
        ),
        polarity="positive",
        competencies=("empathy", "patience"),
        seeds=(SEED_004, SEED_002, SEED_003),
        examples=(
            "I can see why that would be frustrating.",
            "Being without service for two days is really annoying.",
        ),
    ),
    Behaviour(
        id="question",
        role="agent",
        name="Probing question",
        description=(
            "The agent asks a clarifying or probing question about the problem, its "
            "history or the customer's goal."
        ),
        polarity="positive",
        competencies=("reading_between_the_lines",),
        seeds=(SEED_002, SEED_004, SEED_000),
        examples=(
            "What were you trying to do when it stopped?",
            "When did you first notice this?",
        ),
    ),
    Behaviour(
        id="paraphrase",
        role="agent",
        name="Paraphrase / mirroring",
        description=(
            "The agent restates the customer's point in their own words and checks it is right."
        ),
        polarity="positive",
        competencies=("reading_between_the_lines",),
        seeds=(SEED_002,),
        examples=(
            "So if I follow you, the refund never arrived, is that right?",
            "Let me check I have this straight: the app logs you out each time?",
        ),
    ),
    Behaviour(
        id="options_offered",
        role="agent",
        name="Options offered",
        description="The agent proposes two or more ways forward for the customer to choose.",
        polarity="positive",
        competencies=("flexibility",),
        seeds=(SEED_000, SEED_001, SEED_004),
        examples=(
            "We can either replace it or refund you in full, whichever you prefer.",
            "Another option would be to switch you to the monthly plan.",
        ),
    ),
    Behaviour(
        id="escalation",
        role="agent",
        name="Escalation / handoff",
        description=(
            "The agent routes the case to a supervisor, specialist or team, ideally saying "
            "who takes over, what is passed on and how."
        ),
        polarity="positive",
        competencies=("flexibility", "time_management"),
        seeds=(SEED_000, SEED_001, SEED_004),
        examples=(
            "I'm passing this to our billing team with all the details now.",
            "Let me bring in my supervisor, who can approve this.",
        ),
    ),
    Behaviour(
        id="abuse_warning",
        role="agent",
        name="Abuse warning",
        description=(
            "The agent calmly but firmly tells an abusive customer that the conversation "
            "will end if the language continues."
        ),
        polarity="positive",
        competencies=("patience",),
        seeds=(SEED_000, SEED_001),
        examples=(
            "I want to help, but I'll have to end the call if the insults continue.",
            "Please keep it respectful so we can sort this out together.",
        ),
    ),
    Behaviour(
        id="commitment",
        role="agent",
        name="Commitment",
        description="The agent promises a concrete, achievable action, often with a time.",
        polarity="positive",
        competencies=("reliability",),
        seeds=(SEED_004, SEED_002),
        examples=(
            "I'll email you the return label within the hour.",
            "I will call you back tomorrow morning with an update.",
        ),
    ),
    Behaviour(
        id="over_promise",
        role="agent",
        name="Over-promise",
        description=("The agent guarantees an outcome or deadline that is outside their control."),
        polarity="negative",
        competencies=("reliability",),
        seeds=(SEED_002,),
        examples=(
            "I guarantee it will be there today.",
            "This will definitely never happen again.",
        ),
    ),
    Behaviour(
        id="hedge",
        role="agent",
        name="Hedge",
        description=(
            "The agent signals uncertainty about the product or process instead of a clear answer."
        ),
        polarity="negative",
        competencies=("product_knowledge",),
        seeds=(SEED_004,),
        examples=(
            "I think maybe it's in the settings somewhere?",
            "I'm not really sure how that works.",
        ),
    ),
    Behaviour(
        id="negative_framing",
        role="agent",
        name="Negative framing",
        description="The agent leads with what cannot be done rather than what can.",
        polarity="negative",
        competencies=("positive_language",),
        seeds=(SEED_004,),
        examples=(
            "Unfortunately we can't do anything this week.",
            "No, that won't be possible.",
        ),
    ),
    Behaviour(
        id="positive_framing",
        role="agent",
        name="Positive framing",
        description="The agent presents the situation as the actions and dates that will happen.",
        polarity="positive",
        competencies=("positive_language",),
        seeds=(SEED_004,),
        examples=(
            "We'll start on it Monday and it ships Wednesday.",
            "I'm happy to set that up for you right now.",
        ),
    ),
    Behaviour(
        id="argumentative",
        role="agent",
        name="Argumentative",
        description=(
            "The agent disputes the customer's account or argues facts instead of solving "
            "the problem."
        ),
        polarity="negative",
        competencies=("patience", "empathy"),
        seeds=(SEED_003, SEED_002),
        examples=(
            "That's simply not true.",
            "Actually, you're wrong about that.",
        ),
    ),
    Behaviour(
        id="condescension",
        role="agent",
        name="Condescension",
        description="The agent talks down to the customer or implies the answer is obvious.",
        polarity="negative",
        competencies=("clarity", "patience"),
        seeds=(SEED_004,),
        examples=(
            "Obviously you need to log in first.",
            "It's really simple, just read the screen.",
        ),
    ),
    Behaviour(
        id="unauthorized_concession",
        role="agent",
        name="Unauthorised concession",
        description=(
            "The agent gives away something outside policy to placate a pushy customer "
            "(the people-pleaser weakness)."
        ),
        polarity="negative",
        competencies=("flexibility", "reliability"),
        seeds=(SEED_003,),
        examples=(
            "Fine, I'll just give you the next month free.",
            "I'll waive the fee this once, don't tell anyone.",
        ),
    ),
    Behaviour(
        id="follow_up_check",
        role="agent",
        name="Follow-up check",
        description="The agent checks whether the solution worked or comes back as promised.",
        polarity="positive",
        competencies=("reliability",),
        seeds=(SEED_003, SEED_004),
        examples=(
            "Did that fix the problem for you?",
            "I'm following up on yesterday's issue: is it working now?",
        ),
    ),
    Behaviour(
        id="greeting",
        role="agent",
        name="Greeting",
        description=(
            "The agent opens the conversation; structural, used to segment turns and time "
            "the first response rather than to score a competency."
        ),
        polarity="neutral",
        competencies=(),
        seeds=(),
        examples=(
            "Hi, thanks for contacting support, this is Sam.",
            "Good morning, how can I help?",
        ),
    ),
    Behaviour(
        id="closing",
        role="agent",
        name="Closing",
        description=(
            "The agent wraps up the conversation; structural, used to segment turns and "
            "end handle time rather than to score a competency."
        ),
        polarity="neutral",
        competencies=(),
        seeds=(),
        examples=(
            "Is there anything else I can do for you today?",
            "Have a great day, bye for now.",
        ),
    ),
    Behaviour(
        id="impatience",
        role="agent",
        name="Impatience",
        description=(
            "The agent shows irritation: tells the customer to calm down, repeats 'as I "
            "said', shouts in capitals or blames the customer back."
        ),
        polarity="negative",
        competencies=("patience",),
        seeds=(SEED_002, SEED_004, SEED_003),
        examples=(
            "Calm down, please.",
            "As I ALREADY told you, it's in the email.",
            "If you had read the instructions this wouldn't happen.",
        ),
    ),
    Behaviour(
        id="courtesy",
        role="agent",
        name="Courtesy marker",
        description=(
            "Politeness strategies in the agent's requests and answers: indirect requests, "
            "'please' inside a sentence, gratitude, deference and softened questions."
        ),
        polarity="positive",
        competencies=("positive_language",),
        seeds=(SEED_004, SEED_003),
        examples=("Could you send me the order number?", "Would you mind restarting it?"),
    ),
    Behaviour(
        id="discourtesy",
        role="agent",
        name="Discourtesy marker",
        description=(
            "Impolite strategies: sentence-initial commands, second-person openings that push "
            "the customer, 'in fact' style factuality, rude or profane words."
        ),
        polarity="negative",
        competencies=("positive_language", "patience"),
        seeds=(SEED_004, SEED_003),
        examples=("You need to read the manual.", "In fact that is the wrong cable."),
    ),
    Behaviour(
        id="direct_question",
        role="agent",
        name="Bald question",
        description=(
            "A direct question with no softening ('What is your account number?'): neutral "
            "alone, slightly against courtesy in the politeness signal."
        ),
        polarity="neutral",
        competencies=("positive_language",),
        seeds=(SEED_004,),
        examples=("What is your account number?", "Why did you cancel it?"),
    ),
    Behaviour(
        id="interruption",
        role="agent",
        name="Interruption",
        description=(
            "From the timings of a voice call: one party starts speaking while the other is "
            "still talking (backchannels such as 'mm-hm' excluded); the agent cutting in on "
            "an upset customer counts against patience."
        ),
        polarity="negative",
        competencies=("patience",),
        seeds=(SEED_000, SEED_002),
        examples=("(agent starts at 12.1 s, customer speaks until 14.0 s)", "(overlap 1.9 s)"),
    ),
    Behaviour(
        id="long_silence",
        role="agent",
        name="Long silence or hold",
        description=(
            "From the timings of a voice call: dead air or a hold longer than the configured "
            "threshold; an announced wait is shown as context, not held against the agent."
        ),
        polarity="negative",
        competencies=("time_management", "reliability"),
        seeds=(SEED_004,),
        examples=("(no one speaks for 45 s)", "(a 70 s gap after 'let me check')"),
    ),
    Behaviour(
        id="slow_reply",
        role="agent",
        name="Slow reply",
        description=(
            "From the timestamps of a chat or email: an agent reply later than the service "
            "level, counted in business hours when they are configured."
        ),
        polarity="negative",
        competencies=("time_management", "reliability"),
        seeds=(SEED_004,),
        examples=("(reply 3 h after the customer's chat message)", "(email answered after 2 days)"),
    ),
    # ----- customer behaviours ----------------------------------------------------------
    Behaviour(
        id="customer_abuse",
        role="customer",
        name="Customer abuse",
        description=(
            "The customer insults, swears at or threatens the agent; gives patience its "
            "strongest opportunity."
        ),
        polarity="neutral",
        competencies=("patience",),
        seeds=(SEED_000, SEED_001),
        examples=(
            "You people are useless idiots.",
            "This is a damn joke of a company.",
        ),
    ),
    Behaviour(
        id="customer_frustration",
        role="customer",
        name="Customer frustration",
        description=(
            "The customer expresses annoyance, disappointment or urgency; opens an "
            "opportunity for patience and empathy."
        ),
        polarity="neutral",
        competencies=("patience", "empathy"),
        seeds=(SEED_002, SEED_004, SEED_000),
        examples=(
            "This is the third time I've had to contact you.",
            "I'm really fed up with this.",
        ),
    ),
    Behaviour(
        id="clarification_request",
        role="customer",
        name="Clarification request",
        description=(
            "The customer asks what the agent meant; right after an agent turn it counts "
            "against that turn's clarity."
        ),
        polarity="neutral",
        competencies=("clarity",),
        seeds=(SEED_004,),
        examples=(
            "Sorry, what do you mean by that?",
            "I don't understand, which button?",
        ),
    ),
    Behaviour(
        id="customer_thanks",
        role="customer",
        name="Customer thanks",
        description=(
            "The customer thanks the agent; a sign of improved sentiment, especially near the end."
        ),
        polarity="neutral",
        competencies=("positive_language",),
        seeds=(SEED_004,),
        examples=(
            "Thanks, that sorted it.",
            "Great, I really appreciate your help.",
        ),
    ),
    Behaviour(
        id="customer_leave_taking",
        role="customer",
        name="Customer leave-taking",
        description=(
            "The customer says goodbye; the agent's thanks in reply is part of the closing "
            "ritual rather than gratitude for something (thanks for a well-wish still counts)."
        ),
        polarity="neutral",
        competencies=(),
        seeds=(),
        examples=("Bye, take care.", "I've got to go, talk to you later."),
    ),
)

BEHAVIOURS: Mapping[BehaviourId, Behaviour] = MappingProxyType({b.id: b for b in _CATALOGUE})
BEHAVIOUR_IDS: tuple[BehaviourId, ...] = tuple(b.id for b in _CATALOGUE)
AGENT_BEHAVIOURS: tuple[BehaviourId, ...] = tuple(b.id for b in _CATALOGUE if b.role == "agent")
CUSTOMER_BEHAVIOURS: tuple[BehaviourId, ...] = tuple(
    b.id for b in _CATALOGUE if b.role == "customer"
)


def get_behaviour(id: str) -> Behaviour:
    """Return the behaviour with the given id or raise UnknownBehaviourError."""
    for bid in BEHAVIOUR_IDS:
        if bid == id:
            return BEHAVIOURS[bid]
    valid = ", ".join(BEHAVIOUR_IDS)
    raise UnknownBehaviourError(f"unknown behaviour id {id!r}; valid ids: {valid}")
