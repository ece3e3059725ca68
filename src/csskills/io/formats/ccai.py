"""Google Contact Center AI (CCAI) Insights conversation JSON (the transcript upload format).

Fields used: ``entries[]`` with ``role``, ``user_id``, ``text`` and ``start_timestamp_usec``
(microseconds since the Unix epoch, kept as the turn timestamp), and
``conversation_info.categories[].display_name`` (kept in metadata). The format has no
conversation id: the file name is used unless ``id=`` is given (in JSONL or JSON arrays, with
several conversations per file, each must carry an ``id`` or ``name`` field).

Roles: ``AGENT``/``HUMAN_AGENT`` -> agent, ``AUTOMATED_AGENT`` -> bot,
``CUSTOMER``/``END_USER`` -> customer. Anything else (``ANY_AGENT``, ``ROLE_UNSPECIFIED``)
is refused: it does not say whether a person or a bot spoke.
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
    number,
    obj,
    opt_id,
    req,
    role_from_table,
    role_table,
    run,
    text_of,
    timestamp,
)

NAME = "ccai"
ROLES: dict[str, Role] = {
    "agent": "agent",
    "human_agent": "agent",
    "automated_agent": "bot",
    "customer": "customer",
    "end_user": "customer",
}


def sniff(record: Mapping[str, Any]) -> bool:
    """CCAI Insights: an ``entries`` list whose items have ``role`` and ``text``."""
    entries = record.get("entries")
    return (
        isinstance(entries, list)
        and bool(entries)
        and isinstance(entries[0], dict)
        and "role" in entries[0]
        and ("user_id" in entries[0] or "start_timestamp_usec" in entries[0])
    )


def parse(
    record: Any,
    where: Where,
    *,
    id: str | None = None,
    channel: Channel | None = None,
    language: str | None = None,
    roles: Mapping[str, Role] | None = None,
) -> Transcript:
    """One CCAI Insights conversation as a Transcript."""
    doc = obj(record, where)
    table = role_table(ROLES, roles)
    hint = "Pass roles={'VALUE': 'agent' | 'customer' | 'bot'} to say which it is."
    turns: list[Turn] = []
    for i, raw in enumerate(arr(req(doc, "entries", where), where.at("entries"))):
        at = where.at("entries", i)
        entry = obj(raw, at)
        usec = entry.get("start_timestamp_usec")
        turns.append(
            Turn(
                role=role_from_table(req(entry, "role", at), table, at.at("role"), hint),
                text=text_of(req(entry, "text", at), at.at("text")),
                speaker_id=opt_id(entry.get("user_id")),
                timestamp=timestamp(
                    number(usec, at.at("start_timestamp_usec")) / 1e6, at.at("start_timestamp_usec")
                )
                if usec is not None
                else None,
            )
        )
    if not turns:
        raise where.at("entries").error("the conversation has no entries")
    info = doc.get("conversation_info")
    categories = []
    if isinstance(info, dict) and isinstance(info.get("categories"), list):
        categories = [
            c["display_name"]
            for c in info["categories"]
            if isinstance(c, dict) and "display_name" in c
        ]
    customers = {t.speaker_id for t in turns if t.role == "customer"} - {None}
    ident = id or opt_id(doc.get("id")) or opt_id(doc.get("name"))
    if ident is None:
        if where.line is not None or where.path != "$":
            raise where.error("the conversation has no id: add an 'id' field to each record")
        ident = Path(where.source).stem
    return build(
        where,
        id=ident,
        turns=tuple(turns),
        customer_id=next(iter(customers)) if len(customers) == 1 else None,
        channel=channel,
        language=language,
        metadata={"source_format": NAME, "categories": categories},
    )


def read_ccai(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    id: str | None = None,
    channel: Channel | None = None,
    language: str | None = None,
    roles: Mapping[str, Role] | None = None,
) -> Iterator[Transcript | Failure]:
    """Read CCAI Insights conversation JSON (one file per conversation, or JSONL with ids)."""
    return run(
        iter_json_records(path),
        lambda rec, where: [
            parse(rec, where, id=id, channel=channel, language=language, roles=roles)
        ],
        errors,
    )
