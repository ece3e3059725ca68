"""The rubric: one chat request per competency, built from the competency's construct.

The definition, the facets for and against and the no-opportunity rule come from
:data:`csskills.COMPETENCIES` (never retyped here), so the judge scores the same construct as
the rule-based evaluator. The conversation is shown with numbered turns (0-based, as
``Evidence.turn``) and roles; the answer must be exactly one JSON object (see
:data:`RESPONSE_SCHEMA`).

:data:`RUBRIC_VERSION` changes whenever the wording of the prompt changes; a change to a
competency's construct changes the construct fingerprint instead (both are part of the cache
key and of the judge's version).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from csskills._transcript import Transcript
from csskills.competencies import COMPETENCY_IDS, Competency, get_competency
from csskills.redact import RedactionConfig, redact

__all__ = [
    "ASKED",
    "RESPONSE_SCHEMA",
    "RUBRIC_VERSION",
    "Conversation",
    "build_messages",
    "construct_fingerprint",
    "render_conversation",
    "response_format",
]

#: Bump whenever the wording of :func:`build_messages` or :func:`render_conversation` changes.
RUBRIC_VERSION = "1"

#: The competencies the judge is asked about: all but the history-level one, which is N/A for a
#: single conversation whatever a model says.
ASKED: tuple[str, ...] = tuple(c for c in COMPETENCY_IDS if c != "continuous_improvement")

#: The answer's JSON Schema, sent as ``response_format`` where the endpoint supports it.
#: ``polarity`` is required here because strict structured output requires every property;
#: the parser also accepts answers without it (plain JSON mode).
RESPONSE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "value": {"type": ["number", "null"]},
        "reason": {"type": "string"},
        "evidence": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "turn": {"type": "integer"},
                    "quote": {"type": "string"},
                    "polarity": {"type": "string", "enum": ["positive", "negative", "context"]},
                },
                "required": ["turn", "quote", "polarity"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["value", "reason", "evidence"],
    "additionalProperties": False,
}

_SYSTEM = (
    "You are a demanding quality-assurance analyst in a contact centre. You score ONE "
    "competency of the AGENT (never the customer) in one conversation, from the conversation "
    "alone. Every claim you make must rest on words you copy from the conversation. When the "
    "conversation gave the agent no opportunity to show the competency, you say so (null), "
    "you never score it low for that. You answer with one JSON object and nothing else."
)

_ANSWER = """\
Answer with exactly one JSON object and nothing else (no prose, no markdown):
{"value": <a number from 0 to 100, or null>, "reason": "<one or two sentences>", \
"evidence": [{"turn": <turn number>, "quote": "<words copied from that turn>", \
"polarity": "positive" | "negative" | "context"}]}

Rules:
- value: 100 = exemplary, 75 = good, 50 = adequate with clear lapses, 25 = poor, \
0 = works against the competency. Use null when the conversation gave no opportunity \
(see above); null is not a low score.
- Every number needs evidence: quote the agent's words that earn points (polarity \
"positive") or cost points ("negative"), and the customer's words that created the \
opportunity ("context").
- turn is the number in square brackets before the turn you quote.
- quote is copied character for character from that turn, in the conversation's own \
language: one short span (at most about 25 words), never translated or paraphrased, and \
not shortened with "...".
- A score without a verifiable quote is discarded."""


def construct_fingerprint(competency: Competency) -> str:
    """A short hash of the construct text the prompt shows (definition, facets, opportunity)."""
    text = "\n".join(
        (competency.id, competency.name, competency.definition, *competency.indicators,
         competency.opportunity)
    )  # fmt: skip
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _construct(competency: Competency) -> str:
    plus = [f"- {f.description}" for f in competency.facets if f.direction == "+"]
    minus = [f"- {f.description}" for f in competency.facets if f.direction == "-"]
    lines = [
        f"Competency: {competency.name} ({competency.id})",
        f"Definition: {competency.definition}",
        "Counts for the agent:",
        *(plus or ["- (nothing listed)"]),
        "Counts against the agent:",
        *(minus or ["- (nothing listed)"]),
        f"When the conversation gives the opportunity: {competency.opportunity}",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class Conversation:
    """A transcript as the judge sends it.

    ``text`` is the numbered conversation shown to the model; ``turns`` the text of each turn
    as sent (redacted with length-preserving masks, so offsets found in it are offsets in the
    ``original`` turn); ``digest`` the SHA-256 of ``text``: the transcript part of the cache
    key (agent names and metadata are not sent, so they are not part of it).
    """

    text: str
    turns: tuple[str, ...]
    original: tuple[str, ...]
    roles: tuple[str, ...]
    digest: str


def _clock(seconds: float) -> str:
    whole = int(seconds)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _times(transcript: Transcript) -> list[str]:
    """``" (at m:ss)"`` per turn where a time is known, from the call start or first message."""
    first: datetime | None = next(
        (t.timestamp for t in transcript.turns if t.timestamp is not None), None
    )
    out = []
    for turn in transcript.turns:
        if turn.start is not None:
            out.append(f" (at {_clock(turn.start)})")
        elif turn.timestamp is not None and first is not None:
            out.append(f" (at {_clock(max(0.0, (turn.timestamp - first).total_seconds()))})")
        else:
            out.append("")
    return out


def render_conversation(
    transcript: Transcript, redaction: RedactionConfig | bool | None = True
) -> Conversation:
    """The numbered conversation the judge sends (personal data masked unless
    ``redaction`` is ``False``; a :class:`~csskills.redact.RedactionConfig` adds patterns)."""
    config = redaction if isinstance(redaction, RedactionConfig) else None
    texts = tuple(
        redact(t.text, config) if redaction is not False else t.text for t in transcript.turns
    )
    header = "Conversation"
    known = [x for x in (transcript.channel, transcript.language) if x]
    if known:
        header += f" ({', '.join(known)})"
    header += ", turns numbered from 0:"
    lines = [header]
    for i, (turn, text, when) in enumerate(zip(transcript.turns, texts, _times(transcript),
                                              strict=True)):  # fmt: skip
        body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\n    ")
        lines.append(f"[{i}] {turn.role}{when}: {body}")
    text = "\n".join(lines)
    return Conversation(
        text=text,
        turns=texts,
        original=tuple(t.text for t in transcript.turns),
        roles=tuple(t.role for t in transcript.turns),
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def build_messages(
    competency: Competency | str, conversation: Conversation | str
) -> list[dict[str, str]]:
    """The chat messages asking about ``competency`` (an id or a :class:`Competency`)."""
    comp = get_competency(competency) if isinstance(competency, str) else competency
    text = conversation.text if isinstance(conversation, Conversation) else conversation
    user = f"{_construct(comp)}\n\n{text}\n\n{_ANSWER}"
    return [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": user}]


def response_format(mode: str) -> dict[str, Any] | None:
    """The ``response_format`` field for ``mode`` (``json_schema``, ``json_object``, ``none``)."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": "competency_score", "strict": True, "schema": RESPONSE_SCHEMA},
        }
    if mode == "json_object":
        return {"type": "json_object"}
    return None

