"""Freshdesk tickets with their conversations (API v2 ``GET /tickets/{id}?include=conversations``).

A record is a ticket object with a ``conversations`` array, or ``{"ticket": {...},
"conversations": [...]}`` (ticket plus ``GET /tickets/{id}/conversations``). A file is one
record, an array of them, or JSONL.

Fields used: ticket ``id``, ``requester_id``, ``source`` (1 email, 2 portal, 3 phone, 5 Twitter,
6 Facebook, 7 chat, 10 outbound email), ``subject``, ``description_text`` (the opening message),
``created_at``; conversation ``id``, ``body_text`` (or ``body`` as HTML), ``incoming``,
``private``, ``user_id``, ``source`` (0 reply, 2 note, ...), ``created_at``.

Who is who: the opening description is the requester's (customer), except on outbound-email
tickets (source 10), where an agent wrote it. A conversation is the customer's when its
``user_id`` is the requester or it came in from outside (``incoming: true``); the agent's when
``user_id`` is in ``agent_ids`` or it is an outgoing reply (``source: 0``, ``incoming: false``).
Anything else (a public note by someone else) is refused rather than guessed: pass
``agent_ids``. Private notes are internal: dropped and counted in
``metadata["dropped_internal_notes"]`` (or kept as ``system`` turns, ``internal_notes="system"``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any, Literal

from csskills._assessment import Failure
from csskills._transcript import Channel, Role, Transcript, Turn
from csskills.exceptions import ConfigurationError
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
    role_error,
    run,
    text_of,
    timestamp,
)

NAME = "freshdesk"
CHANNELS: dict[int, Channel] = {
    1: "email",
    3: "voice",
    5: "social",
    6: "social",
    7: "chat",
    10: "email",
}
OUTBOUND_EMAIL = 10
REPLY = 0


def sniff(record: Mapping[str, Any]) -> bool:
    """Freshdesk: ``conversations`` whose items have ``incoming`` and ``private``."""
    convs = record.get("conversations")
    if not isinstance(convs, list):
        return False
    if not convs:
        return "requester_id" in record or "ticket" in record
    return isinstance(convs[0], dict) and "incoming" in convs[0] and "private" in convs[0]


def _body(item: dict[str, Any], where: Where, text_key: str, html_key: str) -> str:
    if isinstance(item.get(text_key), str):
        return str(item[text_key])
    if isinstance(item.get(html_key), str):
        return html_to_text(item[html_key])
    return text_of(req(item, text_key, where), where.at(text_key))


def parse(
    record: Any,
    where: Where,
    *,
    agent_ids: Collection[str] = (),
    internal_notes: Literal["drop", "system"] = "drop",
) -> Transcript:
    """One Freshdesk ticket with its conversations as a Transcript."""
    doc = obj(record, where)
    tw = where.at("ticket") if "ticket" in doc else where
    ticket = obj(doc["ticket"], tw) if "ticket" in doc else doc
    requester = opt_id(ticket.get("requester_id"))
    agents = {str(a) for a in agent_ids}
    source = ticket.get("source")
    turns: list[Turn] = []
    if ticket.get("description_text") or ticket.get("description"):
        outbound = source == OUTBOUND_EMAIL
        turns.append(
            Turn(
                role="agent" if outbound else "customer",
                text=_body(ticket, tw, "description_text", "description"),
                speaker_id=opt_id(ticket.get("responder_id")) if outbound else requester,
                timestamp=timestamp(ticket["created_at"], tw.at("created_at"))
                if ticket.get("created_at") is not None
                else None,
                metadata={"part": "description"},
            )
        )
    dropped = 0
    convs = doc.get("conversations", ticket.get("conversations", []))
    for i, raw in enumerate(arr(convs, where.at("conversations"))):
        at = where.at("conversations", i)
        conv = obj(raw, at)
        private = conv.get("private") is True
        if private and internal_notes == "drop":
            dropped += 1
            continue
        user = opt_id(conv.get("user_id"))
        role: Role
        if private:
            role = "system"
        elif user is not None and user in agents:
            role = "agent"
        elif (user is not None and user == requester) or conv.get("incoming") is True:
            role = "customer"
        elif conv.get("source") == REPLY and conv.get("incoming") is False:
            role = "agent"
        else:
            raise role_error(
                at.at("user_id"),
                user,
                ["the requester", "incoming messages", "outgoing replies", *sorted(agents)],
                "Pass agent_ids=[...] to name the agents.",
            )
        meta: dict[str, Any] = {"conversation_id": opt_id(conv.get("id"))}
        if private:
            meta["internal_note"] = True
        turns.append(
            Turn(
                role=role,
                text=_body(conv, at, "body_text", "body"),
                speaker_id=user,
                timestamp=timestamp(conv["created_at"], at.at("created_at"))
                if conv.get("created_at") is not None
                else None,
                metadata=meta,
            )
        )
    if not turns:
        raise where.error("the ticket has no description and no public conversations")
    return build(
        where,
        id=opt_id(req(ticket, "id", tw)),
        turns=tuple(turns),
        customer_id=requester,
        channel=CHANNELS.get(source) if isinstance(source, int) else None,
        metadata={
            "source_format": NAME,
            "subject": ticket.get("subject"),
            "dropped_internal_notes": dropped,
        },
    )


def read_freshdesk(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    agent_ids: Collection[str] = (),
    internal_notes: Literal["drop", "system"] = "drop",
) -> Iterator[Transcript | Failure]:
    """Read Freshdesk tickets with conversations (JSON object, array, or JSONL)."""
    if internal_notes not in ("drop", "system"):
        raise ConfigurationError(
            f"internal_notes must be 'drop' or 'system', not {internal_notes!r}"
        )
    return run(
        iter_json_records(path),
        lambda rec, where: [parse(rec, where, agent_ids=agent_ids, internal_notes=internal_notes)],
        errors,
    )
