"""Amazon Connect Contact Lens conversational-analytics output files, voice and chat.

Fields used: ``Channel`` (``VOICE``/``CHAT``), ``LanguageCode``, ``CustomerMetadata.ContactId``
(the conversation id), ``Participants[]`` (``ParticipantId`` -> ``ParticipantRole``, and
``DisplayName``), and ``Transcript[]`` items: ``ParticipantId``/``ParticipantRole``, ``Content``,
``Id``, ``Sentiment``; voice offsets ``BeginOffsetMillis``/``EndOffsetMillis`` (kept as seconds),
chat ``AbsoluteTime`` (kept as the turn timestamp).

Roles: ``AGENT`` -> agent, ``CUSTOMER`` -> customer, ``CUSTOM_BOT`` -> bot, ``SYSTEM`` -> system.
``SUPERVISOR`` (a supervisor barging in) is refused unless you say what it is with
``roles={"SUPERVISOR": ...}``: counting a supervisor's words as the agent's would change the
agent's scores. Chat ``EVENT`` items (joined, left, typing, ...) carry no text and are dropped,
counted in ``metadata["dropped_events"]``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from csskills._assessment import Failure
from csskills._transcript import Channel, Role, Transcript, Turn
from csskills.io.formats._common import (
    ErrorMode,
    PathLike,
    Where,
    arr,
    build,
    iter_json_records,
    obj,
    opt_id,
    req,
    require_completed,
    role_from_table,
    role_table,
    run,
    text_of,
    timestamp,
)
from csskills.io.formats.transcribe import millis

NAME = "contact-lens"
ROLES: dict[str, Role] = {
    "agent": "agent",
    "customer": "customer",
    "custom_bot": "bot",
    "system": "system",
}
CHANNELS: dict[str, Channel] = {"VOICE": "voice", "CHAT": "chat"}


def sniff(record: Mapping[str, Any]) -> bool:
    """Contact Lens: ``Participants`` with ``ParticipantId`` and a ``Transcript`` list."""
    parts = record.get("Participants")
    return (
        isinstance(record.get("Transcript"), list)
        and isinstance(parts, list)
        and any(isinstance(p, dict) and "ParticipantId" in p for p in parts)
    )


def parse(
    record: Any,
    where: Where,
    *,
    id: str | None = None,
    agent_id: str | None = None,
    roles: Mapping[str, Role] | None = None,
) -> Transcript:
    """One Contact Lens analysis file as a Transcript."""
    doc = obj(record, where)
    require_completed(doc, where, "the analysis")
    table = role_table(ROLES, roles)
    hint = "Pass roles={'VALUE': 'agent' | 'customer' | 'bot' | 'system'} to say which it is."
    by_id: dict[str, Any] = {}
    names: dict[str, str] = {}
    for i, raw in enumerate(arr(doc.get("Participants", []), where.at("Participants"))):
        part = obj(raw, where.at("Participants", i))
        pid = opt_id(part.get("ParticipantId"))
        if pid is not None:
            by_id[pid] = part.get("ParticipantRole", pid)
            if isinstance(part.get("DisplayName"), str):
                names[pid] = part["DisplayName"]
    channel = CHANNELS.get(str(doc.get("Channel", "")).upper())
    turns: list[Turn] = []
    events = 0
    for i, raw in enumerate(arr(req(doc, "Transcript", where), where.at("Transcript"))):
        at = where.at("Transcript", i)
        item = obj(raw, at)
        if item.get("Type") == "EVENT" or (item.get("Content") is None and "ContentType" in item):
            events += 1
            continue
        pid = opt_id(item.get("ParticipantId"))
        value = item.get("ParticipantRole") or (by_id.get(pid) if pid is not None else None)
        if value is None:
            raise at.error("neither ParticipantRole nor a known ParticipantId says who spoke")
        role = role_from_table(value, table, at.at("ParticipantRole"), hint)
        meta = {k: item[k] for k in ("Id", "Sentiment", "ContentType") if item.get(k) is not None}
        if pid is not None and pid in names:
            meta["display_name"] = names[pid]
        speaker = pid if pid is not None and pid.upper() not in {"AGENT", "CUSTOMER"} else None
        turns.append(
            Turn(
                role=role,
                text=text_of(req(item, "Content", at), at.at("Content")),
                speaker_id=speaker,
                start=millis(item["BeginOffsetMillis"], at.at("BeginOffsetMillis"))
                if item.get("BeginOffsetMillis") is not None
                else None,
                end=millis(item["EndOffsetMillis"], at.at("EndOffsetMillis"))
                if item.get("EndOffsetMillis") is not None
                else None,
                timestamp=timestamp(item["AbsoluteTime"], at.at("AbsoluteTime"))
                if item.get("AbsoluteTime") is not None
                else None,
                metadata=meta,
            )
        )
    if not turns:
        raise where.at("Transcript").error("the transcript has no messages")
    meta_block = doc.get("CustomerMetadata")
    contact = opt_id(meta_block.get("ContactId")) if isinstance(meta_block, dict) else None
    language = doc.get("LanguageCode")
    return build(
        where,
        id=id or contact or Path(where.source).stem,
        turns=tuple(turns),
        agent_id=agent_id,
        channel=channel,
        language=language if isinstance(language, str) else None,
        metadata={"source_format": NAME, "contact_id": contact, "dropped_events": events},
    )


def read_contact_lens(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    id: str | None = None,
    agent_id: str | None = None,
    roles: Mapping[str, Role] | None = None,
) -> Iterator[Transcript | Failure]:
    """Read Contact Lens output files (voice or chat; JSON, or JSONL with one per line).

    Voice files name participants only as ``AGENT``/``CUSTOMER``: pass ``agent_id`` to have
    profiles per agent. Chat files carry participant ids, used as speaker ids.
    """
    return run(
        iter_json_records(path),
        lambda rec, where: [parse(rec, where, id=id, agent_id=agent_id, roles=roles)],
        errors,
    )
