"""Zendesk Support ticket comments (``GET /api/v2/tickets/{id}/comments?include=users``).

A record is ``{"ticket": {...}, "comments": [...], "users": [...]}``: the ticket (``id``,
``requester_id``, ``via.channel``, ``subject``), its comments (``id``, ``author_id``, ``body`` or
``html_body``, ``public``, ``created_at``) and, optionally, the side-loaded users (``id``,
``role``). A file is one such object, an array of them, or JSONL with one per line. A bare
``{"comments": [...], "users": [...]}`` response also works, with the ticket id from ``id=``
or the file name.

Who is who: a comment author is the agent when listed in ``agent_ids`` or side-loaded with role
``agent``/``admin``; the customer when side-loaded as ``end-user`` or when the author is the
ticket's requester. Any other author (a CC'd colleague, an unknown id) is refused rather than
guessed: side-load the users or pass ``agent_ids``.

Internal notes (``public: false``) were never seen by the customer, so they are not turns of the
conversation: they are dropped and counted in ``metadata["dropped_internal_notes"]``, or kept
as ``system`` turns with ``internal_notes="system"``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
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

NAME = "zendesk"
USER_ROLES: dict[str, Role] = {"end-user": "customer", "agent": "agent", "admin": "agent"}
CHANNELS: dict[str, Channel] = {
    "email": "email",
    "mail": "email",
    "chat": "chat",
    "chat_transcript": "chat",
    "native_messaging": "chat",
    "messaging": "chat",
    "sms": "chat",
    "whatsapp": "chat",
    "voice": "voice",
    "phone": "voice",
    "voicemail": "voice",
    "twitter": "social",
    "facebook": "social",
    "instagram_dm": "social",
}
InternalNotes = Literal["drop", "system"]


def sniff(record: Mapping[str, Any]) -> bool:
    """Zendesk: ``comments`` whose items have ``author_id`` and ``public``."""
    comments = record.get("comments")
    return (
        isinstance(comments, list)
        and bool(comments)
        and isinstance(comments[0], dict)
        and "author_id" in comments[0]
        and "public" in comments[0]
    )


def parse(
    record: Any,
    where: Where,
    *,
    id: str | None = None,
    agent_ids: Collection[str] = (),
    internal_notes: InternalNotes = "drop",
) -> Transcript:
    """One ticket with its comments as a Transcript."""
    doc = obj(record, where)
    ticket = obj(doc.get("ticket", {}), where.at("ticket"))
    requester = opt_id(ticket.get("requester_id"))
    user_roles: dict[str, str] = {}
    for i, raw in enumerate(arr(doc.get("users", []), where.at("users"))):
        user = obj(raw, where.at("users", i))
        if opt_id(user.get("id")) is not None and isinstance(user.get("role"), str):
            user_roles[str(user["id"])] = user["role"]
    agents = {str(a) for a in agent_ids}
    turns: list[Turn] = []
    dropped = 0
    for i, raw in enumerate(arr(req(doc, "comments", where), where.at("comments"))):
        at = where.at("comments", i)
        comment = obj(raw, at)
        public = comment.get("public", True)
        if public is False and internal_notes == "drop":
            dropped += 1
            continue
        author = opt_id(req(comment, "author_id", at))
        role: Role
        if public is False:
            role = "system"
        elif author in agents:
            role = "agent"
        elif author in user_roles and user_roles[author].lower() in USER_ROLES:
            role = USER_ROLES[user_roles[author].lower()]
        elif author is not None and author == requester:
            role = "customer"
        else:
            raise role_error(
                at.at("author_id"),
                author,
                ["the requester", *sorted(agents), *sorted(user_roles)],
                "Fetch the comments with ?include=users (side-loaded roles) or pass "
                "agent_ids=[...].",
            )
        if isinstance(comment.get("body"), str):
            text = comment["body"]
        elif isinstance(comment.get("html_body"), str):
            text = html_to_text(comment["html_body"])
        else:
            text = text_of(req(comment, "plain_body", at), at.at("plain_body"))
        meta: dict[str, Any] = {"comment_id": opt_id(comment.get("id"))}
        if public is False:
            meta["internal_note"] = True
        turns.append(
            Turn(
                role=role,
                text=text,
                speaker_id=author,
                timestamp=timestamp(comment["created_at"], at.at("created_at"))
                if comment.get("created_at") is not None
                else None,
                metadata=meta,
            )
        )
    if not turns:
        raise where.at("comments").error("the ticket has no public comments")
    via = ticket.get("via")
    channel_name = via.get("channel") if isinstance(via, dict) else None
    ident = id or opt_id(ticket.get("id"))
    if ident is None:
        if where.line is not None or where.path != "$":
            raise where.at("ticket", "id").error("required field is missing")
        ident = Path(where.source).stem
    return build(
        where,
        id=ident,
        turns=tuple(turns),
        customer_id=requester,
        channel=CHANNELS.get(str(channel_name).lower()) if channel_name else None,
        metadata={
            "source_format": NAME,
            "subject": ticket.get("subject"),
            "dropped_internal_notes": dropped,
        },
    )


def read_zendesk(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    id: str | None = None,
    agent_ids: Collection[str] = (),
    internal_notes: InternalNotes = "drop",
) -> Iterator[Transcript | Failure]:
    """Read Zendesk tickets with their comments (JSON, JSON array, or JSONL)."""
    if internal_notes not in ("drop", "system"):
        raise ConfigurationError(
            f"internal_notes must be 'drop' or 'system', not {internal_notes!r}"
        )
    return run(
        iter_json_records(path),
        lambda rec, where: [
            parse(rec, where, id=id, agent_ids=agent_ids, internal_notes=internal_notes)
        ],
        errors,
    )
