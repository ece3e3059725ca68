"""Intercom conversations (``GET /conversations/{id}``: the source message and its parts).

Fields used: ``id``, ``source`` (the opening message: ``type``, ``delivered_as``, ``body``,
``author``), ``conversation_parts.conversation_parts[]`` (``id``, ``part_type``, ``body``,
``created_at``, ``author.type``/``id``/``name``, ``author.from_ai_agent``/``is_ai_answer``).
A file is one conversation, an array, ``{"conversations": [...]}`` or JSONL.

Roles by author type: ``admin`` -> agent, ``user``/``lead``/``contact`` -> customer, ``bot`` ->
bot; an admin part flagged ``from_ai_agent`` or ``is_ai_answer`` (Fin and other AI answers) ->
bot, and a source message ``delivered_as: automated`` -> bot, because an automated message is
not the agent's own work. ``team`` authors with text are refused (a team is not a person).

Dropped and counted: internal notes (``note``, ``note_and_reopen``: the customer never saw them)
in ``metadata["dropped_internal_notes"]``; parts without a body (assignments, open/close,
snooze events) in ``metadata["dropped_events"]``. HTML bodies become plain text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from csskills._assessment import Failure
from csskills._transcript import Channel, Role, Transcript, Turn
from csskills.io.formats._common import (
    ErrorMode,
    PathLike,
    Where,
    arr,
    build,
    html_to_text,
    iter_json_records,
    obj,
    opt_id,
    req,
    role_from_table,
    role_table,
    run,
    text_of,
    timestamp,
)

NAME = "intercom"
ROLES: dict[str, Role] = {
    "admin": "agent",
    "user": "customer",
    "lead": "customer",
    "contact": "customer",
    "bot": "bot",
}
NOTES = {"note", "note_and_reopen"}
CHANNELS: dict[str, Channel] = {
    "conversation": "chat",
    "chat": "chat",
    "push": "chat",
    "email": "email",
    "twitter": "social",
    "facebook": "social",
    "instagram": "social",
    "whatsapp": "chat",
    "sms": "chat",
    "phone_call": "voice",
    "call": "voice",
}


def sniff(record: Mapping[str, Any]) -> bool:
    """Intercom: ``type: conversation`` or a ``conversation_parts`` block."""
    return record.get("type") == "conversation" or isinstance(
        record.get("conversation_parts"), dict
    )


def _role(author: dict[str, Any], where: Where, roles: Mapping[str, Role]) -> Role:
    if author.get("from_ai_agent") is True or author.get("is_ai_answer") is True:
        return "bot"
    return role_from_table(
        req(author, "type", where),
        roles,
        where.at("type"),
        "Pass roles={'VALUE': 'agent' | 'customer' | 'bot'} to say which it is.",
    )


def parse(record: Any, where: Where, *, roles: Mapping[str, Role] | None = None) -> Transcript:
    """One Intercom conversation as a Transcript."""
    doc = obj(record, where)
    table = role_table(ROLES, roles)
    turns: list[Turn] = []
    notes = events = 0
    source = obj(doc.get("source", {}), where.at("source"))
    body = source.get("body")
    if isinstance(body, str) and html_to_text(body):
        at = where.at("source")
        author = obj(req(source, "author", at), at.at("author"))
        role: Role = (
            "bot"
            if source.get("delivered_as") == "automated"
            else _role(author, at.at("author"), table)
        )
        turns.append(
            Turn(
                role=role,
                text=html_to_text(body),
                speaker_id=opt_id(author.get("id")),
                timestamp=timestamp(doc["created_at"], where.at("created_at"))
                if doc.get("created_at") is not None
                else None,
                metadata={"part_id": opt_id(source.get("id")), "part_type": "source"},
            )
        )
    parts_block = doc.get("conversation_parts", {})
    parts = obj(parts_block, where.at("conversation_parts")).get("conversation_parts", [])
    for i, raw in enumerate(arr(parts, where.at("conversation_parts", "conversation_parts"))):
        at = where.at("conversation_parts", "conversation_parts", i)
        part = obj(raw, at)
        part_type = str(part.get("part_type", "comment"))
        if part_type in NOTES:
            notes += 1
            continue
        body = part.get("body")
        text = html_to_text(text_of(body, at.at("body"))) if body is not None else ""
        if not text:
            events += 1
            continue
        author = obj(req(part, "author", at), at.at("author"))
        turns.append(
            Turn(
                role=_role(author, at.at("author"), table),
                text=text,
                speaker_id=opt_id(author.get("id")),
                timestamp=timestamp(part["created_at"], at.at("created_at"))
                if part.get("created_at") is not None
                else None,
                metadata={"part_id": opt_id(part.get("id")), "part_type": part_type},
            )
        )
    if not turns:
        raise where.error("the conversation has no messages")
    customers = {t.speaker_id for t in turns if t.role == "customer"} - {None}
    return build(
        where,
        id=opt_id(req(doc, "id", where)),
        turns=tuple(turns),
        customer_id=next(iter(customers)) if len(customers) == 1 else None,
        channel=CHANNELS.get(str(source.get("type", "conversation")).lower()),
        metadata={
            "source_format": NAME,
            "subject": source.get("subject") or doc.get("title"),
            "dropped_internal_notes": notes,
            "dropped_events": events,
        },
    )


def read_intercom(
    path: PathLike, *, errors: ErrorMode = "raise", roles: Mapping[str, Role] | None = None
) -> Iterator[Transcript | Failure]:
    """Read Intercom conversations (JSON object, array, ``{"conversations": [...]}``, JSONL)."""
    return run(
        iter_json_records(path, list_keys=("conversations",)),
        lambda rec, where: [parse(rec, where, roles=roles)],
        errors,
    )
