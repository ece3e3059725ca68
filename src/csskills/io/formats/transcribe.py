"""Amazon Transcribe Call Analytics post-call output (the JSON written to your S3 bucket).

Fields used: ``JobName`` (the conversation id unless ``id=`` is given), ``LanguageCode``,
``Transcript[]`` segments with ``ParticipantRole`` (``AGENT``/``CUSTOMER``, fixed by the job's
channel definitions, so the roles are known, not guessed), ``Content``, ``Id``,
``BeginOffsetMillis``/``EndOffsetMillis`` (kept as seconds) and ``Sentiment``.
Call-level analytics (categories, characteristics, summaries) are kept out: csskills computes
its own evidence; ``JobStatus`` other than ``COMPLETED`` is an error.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from csskills._assessment import Failure
from csskills._transcript import Role, Transcript, Turn
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
    require_completed,
    role_from_table,
    role_table,
    run,
    text_of,
)

NAME = "transcribe"
ROLES: dict[str, Role] = {"agent": "agent", "customer": "customer"}


def sniff(record: Mapping[str, Any]) -> bool:
    """Transcribe output: ``JobName`` plus a ``Transcript`` list whose segments carry roles."""
    segments = record.get("Transcript")
    if "JobName" not in record or not isinstance(segments, list):
        return False
    return not segments or (isinstance(segments[0], dict) and "ParticipantRole" in segments[0])


def millis(value: Any, where: Where) -> float:
    """Milliseconds from the start of the call, as seconds."""
    return number(value, where) / 1000.0


def parse(
    record: Any,
    where: Where,
    *,
    id: str | None = None,
    agent_id: str | None = None,
    roles: Mapping[str, Role] | None = None,
) -> Transcript:
    """One Call Analytics output document as a voice Transcript."""
    doc = obj(record, where)
    require_completed(doc, where, "the job")
    table = role_table(ROLES, roles)
    turns: list[Turn] = []
    for i, raw in enumerate(arr(req(doc, "Transcript", where), where.at("Transcript"))):
        at = where.at("Transcript", i)
        seg = obj(raw, at)
        role = role_from_table(
            req(seg, "ParticipantRole", at),
            table,
            at.at("ParticipantRole"),
            "Pass roles={'VALUE': 'agent'} to say which it is.",
        )
        meta = {k: seg[k] for k in ("Id", "Sentiment") if seg.get(k) is not None}
        turns.append(
            Turn(
                role=role,
                text=text_of(req(seg, "Content", at), at.at("Content")),
                start=millis(req(seg, "BeginOffsetMillis", at), at.at("BeginOffsetMillis")),
                end=millis(req(seg, "EndOffsetMillis", at), at.at("EndOffsetMillis")),
                metadata=meta,
            )
        )
    if not turns:
        raise where.at("Transcript").error("the transcript has no segments")
    ident = id or opt_id(doc.get("JobName")) or Path(where.source).stem
    language = doc.get("LanguageCode")
    return build(
        where,
        id=ident,
        turns=tuple(turns),
        agent_id=agent_id,
        channel="voice",
        language=language if isinstance(language, str) else None,
        metadata={"source_format": NAME, "job_name": doc.get("JobName")},
    )


def read_transcribe(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    id: str | None = None,
    agent_id: str | None = None,
    roles: Mapping[str, Role] | None = None,
) -> Iterator[Transcript | Failure]:
    """Read Transcribe Call Analytics output (a JSON file, or JSONL with one job per line).

    The output does not name the agent: pass ``agent_id`` (e.g. from your contact records) to
    have profiles per agent.
    """
    return run(
        iter_json_records(path),
        lambda rec, where: [parse(rec, where, id=id, agent_id=agent_id, roles=roles)],
        errors,
    )
