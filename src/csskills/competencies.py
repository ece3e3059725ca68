"""Catalogue of the ten customer-service competencies that csskills scores.

Every entry is traced to the source articles (the "seeds") by file name; see
``docs/concepts/competencies.md`` for the generated, human-readable version.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from csskills.exceptions import UnknownCompetencyError

__all__ = [
    "COMPETENCIES",
    "COMPETENCY_IDS",
    "SEED_FILES",
    "Competency",
    "CompetencyId",
    "Facet",
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

#: The ten ids, in catalogue order: the one list every stage derives from.
COMPETENCY_IDS: tuple[CompetencyId, ...] = get_args(CompetencyId)

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


class Facet(BaseModel):
    """One observable part of a competency: for it (``+``) or against it (``-``).

    ``signals`` are the behaviour ids (see :mod:`csskills.behaviours`) or timing signals that
    show the facet in a transcript.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    direction: Literal["+", "-"]
    description: str
    signals: tuple[str, ...] = ()


class Competency(BaseModel):
    """One scored competency: what a demanding QA lead means by it (the construct).

    ``definition`` says what it is; ``facets`` the observable parts for and against it;
    ``opportunity`` when a conversation calls for it (otherwise the score is N/A: the occasion
    comes from the customer's side and the situation, never from the agent's wording);
    ``advice`` is what a coach tells an agent who is weak in it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: CompetencyId
    name: str
    definition: str
    facets: tuple[Facet, ...]
    observable_in: tuple[Observable, ...]
    opportunity: str
    seeds: tuple[str, ...]
    advice: str

    @property
    def indicators(self) -> tuple[str, ...]:
        """The facets as ``"+ description"`` / ``"- description"`` lines."""
        return tuple(f"{f.direction} {f.description}" for f in self.facets)


_CATALOGUE: tuple[Competency, ...] = (
    Competency(
        id="patience",
        name="Patience",
        definition=(
            "Keeps composure and courtesy when the customer complains, misreads something "
            "the agent finds obvious, becomes tense or blames the company, and keeps "
            "working the problem properly instead of reacting to the tone."
        ),
        facets=(
            Facet(
                direction="+",
                description=(
                    "stays calm and courteous with an upset, confused or repetitive customer"
                ),
                signals=("reassurance", "empathy_statement", "apology"),
            ),
            Facet(
                direction="+",
                description="explains again in new words instead of repeating the same sentence",
                signals=("repetition",),
            ),
            Facet(
                direction="+",
                description="warns an abusive customer professionally instead of fighting back",
                signals=("abuse_warning",),
            ),
            Facet(
                direction="-",
                description=(
                    "tells the customer to calm down, says 'as I said', argues or talks down"
                ),
                signals=("impatience", "condescension", "argumentative"),
            ),
            Facet(
                direction="-",
                description=(
                    "hurries the customer ('other callers are waiting', 'was that everything?')"
                ),
                signals=("hurrying",),
            ),
            Facet(
                direction="-",
                description="cuts in while the upset customer is still speaking (voice timings)",
                signals=("interruption",),
            ),
        ),
        observable_in=("text", "timing"),
        opportunity=(
            "Only when the customer is difficult: upset, abusive, confused, slow or asking the "
            "same thing again (the customer's turns, never the agent's wording). N/A in a calm, "
            "clear exchange."
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
        facets=(
            Facet(
                direction="+",
                description=(
                    "takes up what the customer signals without asking for it (a life event, a "
                    "constraint, a date, a worry) by referring to it, asking about it or adapting"
                    " to it"
                ),
                signals=("customer_cue", "question", "paraphrase"),
            ),
            Facet(
                direction="+",
                description="checks understanding by restating the customer's situation",
                signals=("paraphrase",),
            ),
            Facet(
                direction="+",
                description="asks about the goal behind the request or what happened before",
                signals=("question",),
            ),
            Facet(
                direction="-",
                description="answers only the literal request and misses the need behind it",
                signals=("customer_cue",),
            ),
        ),
        observable_in=("text",),
        opportunity=(
            "Only when the customer signals something unstated: a constraint, a life event, a "
            "worry, a deadline, hedged dissatisfaction or an indirect request. A plain explicit "
            "request that is fully answered is N/A, never 0."
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
        facets=(
            Facet(
                direction="+",
                description=(
                    "specific, complete answers: concrete steps, amounts, dates, names, labels, "
                    "reasons"
                ),
                signals=("specific_detail", "instruction_step"),
            ),
            Facet(
                direction="-",
                description=(
                    "guesses and uncertainty about facts ('I think', 'probably', 'I'm not sure')"
                ),
                signals=("hedge",),
            ),
            Facet(
                direction="-",
                description="self-corrections and contradictions",
                signals=("self_correction",),
            ),
            Facet(
                direction="-",
                description="goes to a colleague or puts the customer on hold for a basic fact",
                signals=("checks_with_others",),
            ),
            Facet(
                direction="-",
                description="sends the customer to find out for themselves",
                signals=("deflection",),
            ),
            Facet(
                direction="-",
                description="the customer corrects the agent or says the step already failed",
                signals=("customer_correction",),
            ),
        ),
        observable_in=("text", "timing"),
        opportunity=(
            "When the customer asks something or needs instructions; N/A in an exchange with no "
            "question."
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
        facets=(
            Facet(
                direction="+",
                description="answers first (yes or no before the explanation)",
                signals=("direct_answer",),
            ),
            Facet(
                direction="+",
                description="several steps in order, numbered",
                signals=("numbered_steps", "instruction_step"),
            ),
            Facet(
                direction="-",
                description="jargon and unexplained acronyms",
                signals=("jargon",),
            ),
            Facet(
                direction="-",
                description="sentences too long for the language's norm",
                signals=("long_sentence",),
            ),
            Facet(
                direction="-",
                description=(
                    "the customer has to ask what was meant, is still confused or asks again"
                ),
                signals=("clarification_request", "customer_confusion", "customer_repeat"),
            ),
            Facet(
                direction="-",
                description="talks down to the customer",
                signals=("condescension",),
            ),
        ),
        observable_in=("text",),
        opportunity=(
            "When the customer asks something or needs instructions; N/A when nothing had to be "
            "explained."
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
        facets=(
            Facet(
                direction="+",
                description=(
                    "acknowledges this customer's feeling or situation in words about it (names "
                    "the loss, the worry, the occasion)"
                ),
                signals=("empathy_statement", "paraphrase", "reassurance"),
            ),
            Facet(
                direction="+",
                description="an apology or a general acknowledgement (counts less)",
                signals=("apology", "empathy_statement"),
            ),
            Facet(
                direction="-",
                description=(
                    "a stock phrase said to everyone ('any inconvenience') and nothing more"
                ),
                signals=("stock_empathy",),
            ),
            Facet(
                direction="-",
                description="makes light of the trouble, answers with procedure or argues",
                signals=("dismissive", "argumentative"),
            ),
            Facet(
                direction="-",
                description="goes straight to process, ignoring what the customer said they felt",
                signals=("customer_emotion",),
            ),
        ),
        observable_in=("text",),
        opportunity=(
            "When the customer shows any emotion or hardship (worry, sadness, fear, "
            "embarrassment, frustration, a death, illness, money trouble), not only anger at the "
            "company. N/A in a neutral, factual exchange."
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
        facets=(
            Facet(
                direction="+",
                description=(
                    "replies within the service level; announces a hold and how long it will take"
                ),
                signals=("slow_reply", "long_silence", "hold"),
            ),
            Facet(
                direction="+",
                description="replies that settle the customer's point in one round",
                signals=("customer_thanks",),
            ),
            Facet(
                direction="+",
                description="an early, well-prepared hand-off when the case belongs elsewhere",
                signals=("escalation",),
            ),
            Facet(
                direction="-",
                description="asks again for information the customer already gave",
                signals=("re_ask",),
            ),
            Facet(
                direction="-",
                description="dead air, long unannounced holds, late replies",
                signals=("long_silence", "slow_reply"),
            ),
        ),
        observable_in=("timing", "history"),
        opportunity=(
            "Whenever there is anything to resolve; timings (voice start/end, message timestamps) "
            "sharpen it. N/A without timings, hand-off or any customer reaction to an answer."
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
        facets=(
            Facet(
                direction="+",
                description=(
                    "frames what can be done and when ('I can raise it to £800 now'); 'I can't X,"
                    " but I can Y' counts here"
                ),
                signals=("positive_framing", "alternative"),
            ),
            Facet(
                direction="+",
                description="courtesy in requests and answers",
                signals=("courtesy", "thanks"),
            ),
            Facet(
                direction="-",
                description=(
                    "leads with what cannot be done, blames or warns ('unfortunately', 'you did "
                    "not', 'you'll lose')"
                ),
                signals=("negative_framing",),
            ),
            Facet(
                direction="-",
                description="bald or rude wording",
                signals=("discourtesy", "direct_question", "dismissive"),
            ),
        ),
        observable_in=("text",),
        opportunity=(
            "When the agent has to say something unwelcome or asks something of the customer; N/A "
            "when the agent's words carry no framing, courtesy or request."
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
        facets=(
            Facet(
                direction="+",
                description="specific commitments: what, when and a reference",
                signals=("commitment",),
            ),
            Facet(
                direction="+",
                description="checks that the fix worked or the promised message arrived",
                signals=("follow_up_check",),
            ),
            Facet(
                direction="+",
                description="keeps promises (within the conversation and in later ones)",
                signals=("commitment",),
            ),
            Facet(
                direction="-",
                description="vague promises with no owner, time or reference",
                signals=("vague_promise",),
            ),
            Facet(
                direction="-",
                description="promises that cannot be kept ('I guarantee', 'definitely today')",
                signals=("over_promise",),
            ),
            Facet(
                direction="-",
                description="a broken promise: the customer came back saying nobody called",
                signals=("broken_promise",),
            ),
        ),
        observable_in=("text", "history"),
        opportunity=(
            "When the agent commits to something or the situation needs a follow-up; an automatic "
            "notice (a bot or system turn) is no promise. N/A when nothing was promised or owed."
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
        facets=(
            Facet(
                direction="+",
                description=(
                    "finds a way round a blocked first solution: another route, an exception "
                    "asked for, a fallback"
                ),
                signals=("alternative", "options_offered", "escalation"),
            ),
            Facet(
                direction="+",
                description="a concrete hand-off naming who takes over, what and how",
                signals=("escalation",),
            ),
            Facet(
                direction="-",
                description="a bare refusal or the rule repeated, with no alternative",
                signals=("policy_statement", "negative_framing"),
            ),
            Facet(
                direction="-",
                description="gives away something outside policy to please the customer",
                signals=("unauthorized_concession",),
            ),
        ),
        observable_in=("text",),
        opportunity=(
            "Only when the first solution is blocked: a policy, stock or system limit, or the "
            "customer cannot do what it needs or turns it down. N/A when the standard solution "
            "simply works."
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
        facets=(
            Facet(direction="+", description="competency scores trend upward over time"),
            Facet(direction="+", description="first response and resolution times shrink"),
            Facet(direction="-", description="flat or declining scores across periods"),
            Facet(direction="-", description="the same weakness recurs after coaching"),
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
