"""Catalogue of the ten customer-service competencies that csskills scores.

Every entry is traced to the source articles (the "seeds") by file name; see
``docs/concepts/competencies.md`` for the generated, human-readable version.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict

from csskills.exceptions import UnknownCompetencyError

__all__ = [
    "COMPETENCIES",
    "COMPETENCY_IDS",
    "SEED_FILES",
    "Competency",
    "CompetencyId",
    "Observable",
    "get_competency",
]

CompetencyId = Literal[
    "patience",
    "reading_between_the_lines",
    "product_knowledge",
    "clarity",
    "empathy",
    "time_management",
    "positive_language",
    "reliability",
    "flexibility",
    "continuous_improvement",
]

COMPETENCY_IDS: tuple[CompetencyId, ...] = (
    "patience",
    "reading_between_the_lines",
    "product_knowledge",
    "clarity",
    "empathy",
    "time_management",
    "positive_language",
    "reliability",
    "flexibility",
    "continuous_improvement",
)

Observable = Literal["text", "timing", "history"]

SEED_000 = "000_1651967da6a78535.txt"
SEED_001 = "001_84e4c78604492734.txt"
SEED_002 = "002_58517b2ea799975e.txt"
SEED_003 = "003_87a8c2f4fa0d76fa.txt"
SEED_004 = "004_03f3316f3907a744.txt"

SEED_FILES: Mapping[str, str] = MappingProxyType(
    {
        SEED_000: (
            "Turkish article on handling difficult customer calls: preparing, letting the "
            "caller vent, the CPR technique, escalation and abusive callers."
        ),
        SEED_001: (
            "Spanish version of the same difficult-calls article as 000, slightly shortened."
        ),
        SEED_002: (
            "Latvian help-desk vendor guide to angry customers: keep calm, listen, mirror "
            "their words, find the cause, thank them."
        ),
        SEED_003: (
            "Hungarian piece on customer-service strengths and weaknesses: communication, "
            "calm temperament, teamwork, decisions, people-pleasing, arguing, no follow-up."
        ),
        SEED_004: (
            "Turkish help-desk vendor list of ten skills every support agent needs, plus "
            "four support KPIs; the backbone of this catalogue."
        ),
    }
)


class Competency(BaseModel):
    """One scored competency with its evidence sources and coaching advice."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: CompetencyId
    name: str
    definition: str
    indicators: tuple[str, ...]
    observable_in: tuple[Observable, ...]
    opportunity: str
    seeds: tuple[str, ...]
    advice: str


_CATALOGUE: tuple[Competency, ...] = (
    Competency(
        id="patience",
        name="Patience",
        definition=(
            "Keeps composure and courtesy when the customer complains, misreads something "
            "the agent finds obvious, becomes tense or blames the company, and keeps "
            "working the problem properly instead of reacting to the tone."
        ),
        indicators=(
            "+ lets the customer finish venting before answering",
            "+ stays polite and on task after insults or blame",
            "+ explains again in different words without sighing at the repetition",
            "- tells the customer to calm down",
            "- replies with 'as I already said' or 'I told you'",
            "- shouts in capitals or blames the customer back",
            "- interrupts while the customer is still explaining",
        ),
        observable_in=("text", "timing"),
        opportunity=(
            "Only when the customer is difficult: frustrated, hostile, abusive or repeatedly "
            "confused. Weighted by how hostile the customer was; N/A in a calm exchange."
        ),
        seeds=(SEED_004, SEED_002, SEED_003, SEED_000),
        advice=(
            "When a customer turns sharp, pause for a breath before typing or speaking and "
            "remember the anger predates you. Drop phrases such as 'calm down' and 'as I "
            "said'; restate the point in fresh words instead. Let the customer empty out "
            "the whole complaint before you answer any of it."
        ),
    ),
    Competency(
        id="reading_between_the_lines",
        name="Reading between the lines",
        definition=(
            "Discovers the real need behind the literal request and the message behind "
            "angry words, by listening actively, probing and checking understanding."
        ),
        indicators=(
            "+ asks clarifying or probing questions about goal and history",
            "+ paraphrases the customer and asks them to confirm",
            "+ reply picks up the content of the customer's previous turn",
            "+ addresses every concern raised, one at a time",
            "- answers only the literal question and misses the underlying goal",
            "- leaves one of several raised concerns unanswered",
        ),
        observable_in=("text",),
        opportunity=(
            "Whenever the customer states a problem or request; strongest when the need is "
            "vague, emotional or spread over several concerns."
        ),
        seeds=(SEED_004, SEED_002, SEED_000),
        advice=(
            "Before answering, say back in one sentence what you understood and ask if it "
            "is right. Ask what the customer was trying to achieve and what happened "
            "before they got in touch. Keep a short list of each concern they raise and "
            "tick them off explicitly."
        ),
    ),
    Competency(
        id="product_knowledge",
        name="Product knowledge",
        definition=(
            "Knows how the product works, what customers get from it and why problems "
            "happen, and answers with confidence; visible confusion makes customers doubt "
            "both product and company."
        ),
        indicators=(
            "+ gives concrete steps, figures and correct product terms",
            "+ answers without needing long holds to look things up",
            "- hedges with 'I think', 'maybe', 'I'm not sure', 'I don't know'",
            "- puts the customer on hold repeatedly to check basics",
            "- hands the case on only because the answer is unknown",
        ),
        observable_in=("text", "timing"),
        opportunity=(
            "When the customer asks a product, account or how-to question; N/A in a "
            "purely emotional or administrative exchange."
        ),
        seeds=(SEED_004,),
        advice=(
            "Schedule regular hands-on time with the product and read release notes as "
            "they ship. Build a personal cheat sheet of the ten questions you hedge on "
            "most. When unsure, say you will confirm and give the exact answer after, "
            "rather than guessing aloud."
        ),
    ),
    Competency(
        id="clarity",
        name="Clarity and concision",
        definition=(
            "Pitches answers at the customer's level of expertise, avoids ambiguous "
            "wording and needless jargon, so that the reply needs no follow-up question, "
            "and never talks down to the customer."
        ),
        indicators=(
            "+ short, plain sentences with one instruction each",
            "+ jargon and acronyms explained or avoided",
            "- customer asks 'what do you mean?' right after an agent turn",
            "- long, dense turns full of internal terms",
            "- condescending markers such as 'obviously', 'simply', 'as I said'",
        ),
        observable_in=("text",),
        opportunity=(
            "Whenever the agent explains something or gives instructions; N/A when the "
            "agent only acknowledges or greets."
        ),
        seeds=(SEED_004, SEED_003),
        advice=(
            "Gauge the customer's expertise from their own words and match it. Break "
            "instructions into numbered steps and swap internal jargon for everyday words. "
            "Reread each reply asking what could be misread, and delete words like "
            "'obviously' or 'simply'."
        ),
    ),
    Competency(
        id="empathy",
        name="Empathy",
        definition=(
            "Sees the problem from the customer's side and shows it: acknowledges the "
            "feeling and the situation, and adapts instead of reciting a script."
        ),
        indicators=(
            "+ names or acknowledges the customer's feeling",
            "+ apologises for the experience, not just formally",
            "+ personalises the reply to the customer's situation",
            "- dismissive replies such as 'that's our policy'",
            "- scripted answer that ignores what the customer said they felt",
        ),
        observable_in=("text",),
        opportunity=(
            "When the customer expresses a feeling or describes an inconvenience; N/A in a "
            "neutral factual query."
        ),
        seeds=(SEED_004, SEED_002, SEED_003),
        advice=(
            "Open your reply by acknowledging the impact on the customer in one sentence "
            "that refers to their actual situation. Replace 'that's our policy' with the "
            "reason and what you can do. Practise by rewriting a scripted answer as if the "
            "customer were a friend."
        ),
    ),
    Competency(
        id="time_management",
        name="Time management",
        definition=(
            "Works efficiently without cutting corners: replies promptly, avoids dead air, "
            "decides quickly and recognises early the cases that belong to someone else."
        ),
        indicators=(
            "+ quick first response and short response latency",
            "+ resolves in few agent replies",
            "+ early, well-prepared handoff when the case is out of scope",
            "- long holds and dead air",
            "- many back-and-forth turns without progress",
            "- late handoff after the customer has already waited",
        ),
        observable_in=("timing", "history"),
        opportunity=(
            "In any conversation with timestamps; N/A when the transcript carries no "
            "timing and too few turns to judge progress."
        ),
        seeds=(SEED_004, SEED_003),
        advice=(
            "Watch your first response time and answer with something useful, even a "
            "holding message, right away. Spot out-of-scope cases in the first exchanges "
            "and route them then. Batch your questions so the customer answers once, not "
            "five times."
        ),
    ),
    Competency(
        id="positive_language",
        name="Positive language",
        definition=(
            "Frames what can be done and when, rather than what cannot, so that bad news "
            "lands softly and the customer leaves in a better mood than they arrived."
        ),
        indicators=(
            "+ uses 'will', 'can', 'happy to' with concrete next steps",
            "+ presents limits as a plan ('we start Monday, it ships Wednesday')",
            "- leads with 'can't', 'unfortunately', 'won't', 'no way'",
            "- customer sentiment worsens from start to end",
        ),
        observable_in=("text",),
        opportunity=(
            "Whenever the agent must refuse, delay or deliver bad news; mildly in every agent turn."
        ),
        seeds=(SEED_004,),
        advice=(
            "Draft the reply, then rewrite every sentence that starts with a refusal so it "
            "starts with the action you will take and its date. Keep 'unfortunately' for "
            "real bad news and say it once. Close with the next concrete step."
        ),
    ),
    Competency(
        id="reliability",
        name="Reliability",
        definition=(
            "Is available and responsive, keeps every promise, makes none that cannot be "
            "kept, and checks afterwards that the fix actually worked."
        ),
        indicators=(
            "+ concrete commitments with a time ('I'll email the label today')",
            "+ asks whether the solution worked",
            "+ earlier commitments are followed up in later conversations",
            "- over-promises such as 'I guarantee' or 'definitely today'",
            "- commitment never followed up",
            "- disappears in an urgent case",
        ),
        observable_in=("text", "history"),
        opportunity=(
            "When the agent commits to an action or the issue needs a later check; "
            "history-based evidence needs several conversations of the same case."
        ),
        seeds=(SEED_004, SEED_002, SEED_003),
        advice=(
            "Only promise what you control, and attach a time you are sure of. Note every "
            "commitment in the ticket and set a reminder. End each resolved case by asking "
            "if the fix worked, and check back yourself when you said you would."
        ),
    ),
    Competency(
        id="flexibility",
        name="Flexibility and creativity",
        definition=(
            "Solves cases the rules do not cover, using prepared routes where possible: "
            "knows whom to ask, what to hand over and through which channel, offers the "
            "customer options and escalates when needed."
        ),
        indicators=(
            "+ offers two or more options for the customer to choose from",
            "+ concrete handoff naming who, what and how",
            "+ escalates to a supervisor when beyond authority",
            "+ asks a teammate for help",
            "- flat refusal with no alternative",
            "- gives away concessions outside policy to please the customer",
        ),
        observable_in=("text",),
        opportunity=(
            "When the standard answer does not solve the case, the customer rejects it, or "
            "the request exceeds the agent's authority."
        ),
        seeds=(SEED_004, SEED_000, SEED_001, SEED_003),
        advice=(
            "For non-standard cases, prepare your three answers in advance: who to ask, "
            "what to hand over, and which channel to use. When saying no, always add at "
            "least one alternative. Escalate early and tell the customer exactly who will "
            "take over and when."
        ),
    ),
    Competency(
        id="continuous_improvement",
        name="Continuous improvement",
        definition=(
            "Keeps getting better over time, visibly in the support KPIs: first response "
            "time, replies per ticket, resolution time and answer quality."
        ),
        indicators=(
            "+ competency scores trend upward over time",
            "+ first response and resolution times shrink",
            "+ fewer replies needed per resolved ticket",
            "- flat or declining scores across periods",
            "- the same weakness recurs after coaching",
        ),
        observable_in=("history",),
        opportunity=(
            "Only across an agent's history of many conversations; always N/A for a "
            "single conversation."
        ),
        seeds=(SEED_004,),
        advice=(
            "Pick one KPI and one competency per month and review your own numbers weekly. "
            "Read two of your recent transcripts alongside a top performer's and list "
            "differences. Ask your team lead for specific feedback on the weakest area."
        ),
    ),
)

COMPETENCIES: Mapping[CompetencyId, Competency] = MappingProxyType({c.id: c for c in _CATALOGUE})


def get_competency(id: str) -> Competency:
    """Return the competency with the given id or raise UnknownCompetencyError."""
    for cid in COMPETENCY_IDS:
        if cid == id:
            return COMPETENCIES[cid]
    valid = ", ".join(COMPETENCY_IDS)
    raise UnknownCompetencyError(f"unknown competency id {id!r}; valid ids: {valid}")
