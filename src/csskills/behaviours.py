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
    "BEHAVIOUR_GROUPS",
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
    "reassurance",
    "stock_empathy",
    "dismissive",
    "hurrying",
    "repetition",
    "self_correction",
    "checks_with_others",
    "deflection",
    "specific_detail",
    "instruction_step",
    "numbered_steps",
    "direct_answer",
    "jargon",
    "long_sentence",
    "hold",
    "info_request",
    "re_ask",
    "vague_promise",
    "policy_statement",
    "alternative",
    "customer_abuse",
    "customer_frustration",
    "clarification_request",
    "customer_thanks",
    "customer_leave_taking",
    "customer_emotion",
    "customer_cue",
    "customer_constraint",
    "customer_correction",
    "customer_confusion",
    "customer_repeat",
    "broken_promise",
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
    # ----- agent behaviours read by the competency constructs -------------------------------
    Behaviour(
        id="reassurance",
        role="agent",
        name="Reassurance",
        description=(
            "The agent takes the pressure off: no rush, the customer is doing fine, it will be "
            "sorted. Calm support for a confused or worried customer."
        ),
        polarity="positive",
        competencies=("patience", "empathy"),
        seeds=(SEED_002, SEED_003),
        examples=(
            "Take your time, there's no rush at all.",
            "You're doing fine, that's the right screen.",
        ),
    ),
    Behaviour(
        id="stock_empathy",
        role="agent",
        name="Stock empathy",
        description=(
            "Formulaic regret said to everyone ('sorry for any inconvenience', 'I understand "
            "your frustration'): better than silence, far less than words about this "
            "customer's own situation."
        ),
        polarity="neutral",
        competencies=("empathy",),
        seeds=(SEED_004,),
        examples=("We apologise for any inconvenience caused.", "I understand your frustration."),
    ),
    Behaviour(
        id="dismissive",
        role="agent",
        name="Dismissive reply",
        description=(
            "The agent makes light of the customer's trouble or answers it with procedure "
            "('it happens a lot', 'we note that')."
        ),
        polarity="negative",
        competencies=("empathy",),
        seeds=(SEED_004, SEED_002),
        examples=(
            "These things happen all the time.",
            "Please be advised that the account is closed.",
        ),
    ),
    Behaviour(
        id="hurrying",
        role="agent",
        name="Hurrying the customer",
        description="The agent pushes the customer to finish (a queue, no time, wrapping up).",
        polarity="negative",
        competencies=("patience",),
        seeds=(SEED_002, SEED_000),
        examples=("We need to wrap this up, I have other callers waiting.", "Was that everything?"),
    ),
    Behaviour(
        id="repetition",
        role="agent",
        name="Repeating oneself word for word",
        description=(
            "The agent repeats an earlier sentence of their own nearly word for word instead "
            "of explaining it another way."
        ),
        polarity="negative",
        competencies=("patience", "clarity"),
        seeds=(SEED_002,),
        examples=("(the same sentence as two turns earlier)", "(a copied paragraph sent again)"),
    ),
    Behaviour(
        id="self_correction",
        role="agent",
        name="Self-correction",
        description=(
            "The agent takes back or corrects what they said a moment ago: a sign the first "
            "answer was a guess."
        ),
        polarity="negative",
        competencies=("product_knowledge",),
        seeds=(SEED_004,),
        examples=("Sorry, I meant the other plan.", "Scratch that, it's actually five days."),
    ),
    Behaviour(
        id="checks_with_others",
        role="agent",
        name="Asks others for a basic fact",
        description=(
            "The agent has to ask a colleague or put the customer on hold for something an "
            "agent should know."
        ),
        polarity="negative",
        competencies=("product_knowledge",),
        seeds=(SEED_004,),
        examples=(
            "Let me ask a colleague about that.",
            "I'm new, I'll have to check with my supervisor.",
        ),
    ),
    Behaviour(
        id="deflection",
        role="agent",
        name="Deflection",
        description=(
            "The agent sends the customer to find out for themselves (the website, another "
            "company) instead of answering."
        ),
        polarity="negative",
        competencies=("product_knowledge", "flexibility"),
        seeds=(SEED_004,),
        examples=(
            "You'd have to check that with your bank yourself.",
            "It's all in the FAQs on our website.",
        ),
    ),
    Behaviour(
        id="specific_detail",
        role="agent",
        name="Specific detail",
        description=(
            "A concrete fact in the agent's answer: a number, an amount, a time or date, the "
            "label of a button, a reference code."
        ),
        polarity="positive",
        competencies=("product_knowledge",),
        seeds=(SEED_004,),
        examples=("The fee is £2.50 per withdrawal.", "Tap 'My cards', then 'Activate'."),
    ),
    Behaviour(
        id="instruction_step",
        role="agent",
        name="Instruction step",
        description="A sentence that tells the customer one concrete step to take.",
        polarity="positive",
        competencies=("product_knowledge", "clarity"),
        seeds=(SEED_004,),
        examples=("Tap the person icon at the bottom.", "Unplug the router for thirty seconds."),
    ),
    Behaviour(
        id="numbered_steps",
        role="agent",
        name="Numbered steps",
        description="Several steps laid out as a numbered list, in order.",
        polarity="positive",
        competencies=("clarity",),
        seeds=(SEED_004,),
        examples=("1. Open the app.", "2. Tap Settings."),
    ),
    Behaviour(
        id="direct_answer",
        role="agent",
        name="Direct answer first",
        description="The agent answers a yes/no question with yes or no first, then explains.",
        polarity="positive",
        competencies=("clarity",),
        seeds=(SEED_004,),
        examples=(
            "Yes, you can return it within 30 days.",
            "No, the old card stops working on Friday.",
        ),
    ),
    Behaviour(
        id="jargon",
        role="agent",
        name="Jargon",
        description=(
            "Words a customer should not need to know (internal or technical terms, "
            "unexplained acronyms)."
        ),
        polarity="negative",
        competencies=("clarity",),
        seeds=(SEED_004,),
        examples=("Your MRC was netted off against the NRC.", "The RMA is pending QC."),
    ),
    Behaviour(
        id="long_sentence",
        role="agent",
        name="Overlong sentence",
        description=(
            "A sentence longer than the language's norm (the pack's long_sentence_words): hard "
            "to follow, especially on the phone."
        ),
        polarity="negative",
        competencies=("clarity",),
        seeds=(SEED_004,),
        examples=("(a 45-word sentence)", "(one sentence holding four steps)"),
    ),
    Behaviour(
        id="hold",
        role="agent",
        name="Announced hold",
        description=(
            "The agent says they are going to check something and asks the customer to wait; "
            "the silence that follows is explained."
        ),
        polarity="neutral",
        competencies=("time_management",),
        seeds=(SEED_004,),
        examples=(
            "Let me check that for you, it will take about two minutes.",
            "Bear with me one moment.",
        ),
    ),
    Behaviour(
        id="info_request",
        role="agent",
        name="Asks for information",
        description=(
            "The agent asks for a piece of the customer's data (order number, e-mail, "
            "postcode)."
        ),
        polarity="neutral",
        competencies=("time_management",),
        seeds=(SEED_004,),
        examples=("Could I have your order number?", "What's the e-mail address on the account?"),
    ),
    Behaviour(
        id="re_ask",
        role="agent",
        name="Asks again for what was given",
        description=(
            "The agent asks for information the customer already gave earlier in the "
            "conversation: a wasted round."
        ),
        polarity="negative",
        competencies=("time_management",),
        seeds=(SEED_004, SEED_003),
        examples=("(asks for the order number the customer wrote in the first message)",
                  "(asks for the e-mail address again)"),
    ),
    Behaviour(
        id="vague_promise",
        role="agent",
        name="Vague promise",
        description=(
            "A promise with no owner, time or reference ('someone will be in touch', 'it's been "
            "passed on'): nothing the customer can hold anyone to."
        ),
        polarity="negative",
        competencies=("reliability",),
        seeds=(SEED_002, SEED_004),
        examples=(
            "Someone from the team will be in touch.",
            "It's been passed on to the right people.",
        ),
    ),
    Behaviour(
        id="policy_statement",
        role="agent",
        name="Rule or limit stated",
        description=(
            "The agent states what the policy, the system or the stock does not allow: the "
            "first solution is blocked, and flexibility is called for."
        ),
        polarity="neutral",
        competencies=("flexibility",),
        seeds=(SEED_004, SEED_003),
        examples=(
            "Our engineers only install on weekdays.",
            "The return window is 30 days from delivery.",
        ),
    ),
    Behaviour(
        id="alternative",
        role="agent",
        name="Alternative or workaround",
        description=(
            "The agent finds another way round a blocked path: a different route, an exception "
            "asked for, a fallback."
        ),
        polarity="positive",
        competencies=("flexibility",),
        seeds=(SEED_004, SEED_000, SEED_003),
        examples=("What I can do instead is send the kit to a parcel locker.",
                  "Let me see if the hotel will move the dates as a goodwill gesture."),
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
    Behaviour(
        id="customer_emotion",
        role="customer",
        name="Customer emotion or hardship",
        description=(
            "The customer shows a feeling (worry, sadness, fear, embarrassment) or a hardship "
            "(a death, illness, fraud, money trouble): an occasion for empathy."
        ),
        polarity="neutral",
        competencies=("empathy",),
        seeds=(SEED_004, SEED_003),
        examples=(
            "My husband passed away last month.",
            "I'm really worried I won't have the money for rent.",
        ),
    ),
    Behaviour(
        id="customer_cue",
        role="customer",
        name="Unstated need",
        description=(
            "The customer signals something behind the literal request: a life event, a "
            "constraint, a date, a worry, a hedged complaint, an indirect request."
        ),
        polarity="neutral",
        competencies=("reading_between_the_lines",),
        seeds=(SEED_004, SEED_002),
        examples=(
            "I'll be away for a while looking after my mum.",
            "We need it before the party on Saturday.",
        ),
    ),
    Behaviour(
        id="customer_constraint",
        role="customer",
        name="Customer constraint",
        description=(
            "The customer cannot do what the standard solution needs (be home, print, receive "
            "a code) or turns it down: the first solution is blocked."
        ),
        polarity="neutral",
        competencies=("flexibility",),
        seeds=(SEED_004, SEED_000),
        examples=("I work weekday shifts so I can't be home.", "I don't have a printer."),
    ),
    Behaviour(
        id="customer_correction",
        role="customer",
        name="Customer correction",
        description=(
            "The customer says the agent's answer was wrong or the step already failed: "
            "against the agent's product knowledge."
        ),
        polarity="neutral",
        competencies=("product_knowledge",),
        seeds=(SEED_004,),
        examples=("But the website says it's free.", "I already tried that, it didn't work."),
    ),
    Behaviour(
        id="customer_confusion",
        role="customer",
        name="Customer confusion",
        description=(
            "The customer cannot find or follow something ('I can't see it', 'which button?'): "
            "an occasion for patience."
        ),
        polarity="neutral",
        competencies=("patience", "clarity"),
        seeds=(SEED_004, SEED_002),
        examples=("I can't find where to do it.", "Sorry, I'm not very good with these phones."),
    ),
    Behaviour(
        id="customer_repeat",
        role="customer",
        name="Customer repeats a question",
        description="The customer asks again much the same question as before.",
        polarity="neutral",
        competencies=("patience", "clarity"),
        seeds=(SEED_002,),
        examples=("(asks again how to print the label)", "(the same question as two turns ago)"),
    ),
    Behaviour(
        id="broken_promise",
        role="customer",
        name="Broken promise reported",
        description=(
            "The customer says a promise was not kept: nobody called, nothing arrived, they "
            "are still waiting."
        ),
        polarity="neutral",
        competencies=("reliability",),
        seeds=(SEED_003,),
        examples=(
            "Nobody called me back like you said.",
            "Still no refund, and it's been two weeks.",
        ),
    ),
)

BEHAVIOURS: Mapping[BehaviourId, Behaviour] = MappingProxyType({b.id: b for b in _CATALOGUE})
BEHAVIOUR_IDS: tuple[BehaviourId, ...] = tuple(b.id for b in _CATALOGUE)
AGENT_BEHAVIOURS: tuple[BehaviourId, ...] = tuple(b.id for b in _CATALOGUE if b.role == "agent")
CUSTOMER_BEHAVIOURS: tuple[BehaviourId, ...] = tuple(
    b.id for b in _CATALOGUE if b.role == "customer"
)


#: Named groups of behaviours that several stages read (one definition, used everywhere).
BEHAVIOUR_GROUPS: Mapping[str, tuple[BehaviourId, ...]] = MappingProxyType(
    {
        # customer turns that make patience testable: upset, confused, repeating themselves
        "difficult": (
            "customer_frustration", "customer_abuse", "customer_confusion", "customer_repeat",
            "clarification_request",
        ),
        # customer turns that open an occasion for empathy: any emotion or hardship
        "emotion": ("customer_emotion", "customer_frustration", "customer_abuse"),
        # agent replies that lose patience
        "impatient": ("impatience", "argumentative", "condescension", "hurrying"),
        # agent words that support an upset or confused customer
        "supportive": ("empathy_statement", "apology", "reassurance", "abuse_warning"),
        # agent behaviours that announce a wait, so the silence after them is explained
        "announces_wait": ("commitment", "escalation", "hold"),
        # how the customer reacts: pleased or displeased
        "pleased": ("customer_thanks",),
        "displeased": ("customer_frustration", "customer_abuse", "broken_promise"),
        # a blocked first solution, and the ways round it
        "blocked": ("policy_statement", "customer_constraint"),
        "way_round": ("alternative", "escalation"),
        # signs that the agent does not know the product
        "unsure": ("hedge", "self_correction", "checks_with_others", "deflection"),
    }
)


def get_behaviour(id: str) -> Behaviour:
    """Return the behaviour with the given id or raise UnknownBehaviourError."""
    for bid in BEHAVIOUR_IDS:
        if bid == id:
            return BEHAVIOURS[bid]
    valid = ", ".join(BEHAVIOUR_IDS)
    raise UnknownBehaviourError(f"unknown behaviour id {id!r}; valid ids: {valid}")
