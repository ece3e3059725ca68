"""IETF vCon (draft-ietf-vcon-vcon-core): the JSON conversation container.

Fields used: ``uuid`` (the conversation id), ``subject``, ``parties[]`` (``role``, and the
speaker id, see below), ``dialog[]`` and ``analysis[]``.

Speaker ids (``Turn.speaker_id``, ``agent_id``, ``customer_id``) never carry a phone number or
an e-mail address: a party's id is its ``uuid`` when it has one; else a pseudonym derived from
its ``mailto`` or ``tel`` (``party-`` and 16 hex digits of a SHA-256 of the normalised
address: stable, so one customer's conversations still link up, but not the address itself;
a pseudonym of a phone number can be reversed by trying every number, so it is not
anonymisation); else its ``name``.

- ``text`` dialogs (chat messages, ``message/rfc822`` email) become one turn each, spoken by
  their ``originator`` (or their only party), timestamped by ``start``; ``body`` with encoding
  ``none`` or ``base64url``.
- ``recording``/``video`` dialogs become the turns of their ``transcript`` analysis (``analysis[]``
  with ``type: transcript`` and ``dialog`` pointing at them): a JSON body that is a list of
  segments, or an object with ``segments``/``utterances``/``turns``; each segment has
  ``party`` (a party index) or ``speaker`` (a diarisation label, which must be mapped to a
  party with ``speaker_parties={"0": 1, ...}``: a label is not a person), ``text`` or
  ``transcript``, and ``start``/``end`` in seconds from the start of the recording.
  A recording without a readable transcript is an error: csskills does not transcribe audio.
- ``transfer`` and ``incomplete`` dialogs carry no words: dropped and counted in
  ``metadata["dropped_dialogs"]``.

Roles come from each party's ``role`` (``agent``, ``customer``, ``bot``/``automated``,
``system``; synonyms ``caller``/``called`` are not accepted: who called is not who serves).
A party without a known role is refused unless ``party_roles={index or name: role}`` says it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
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
    iter_json_records,
    number,
    obj,
    opt_id,
    req,
    role_error,
    run,
    text_of,
    timestamp,
)
from csskills.redact import describe_value

NAME = "vcon"
ROLES: dict[str, Role] = {
    "agent": "agent",
    "customer": "customer",
    "bot": "bot",
    "automated": "bot",
    "automated_agent": "bot",
    "ivr": "bot",
    "system": "system",
}
SILENT = {"transfer", "incomplete"}
AUDIO = {"recording", "video"}


def sniff(record: Mapping[str, Any]) -> bool:
    """vCon: a ``vcon`` version string with ``parties`` or ``dialog``."""
    return "vcon" in record and ("parties" in record or "dialog" in record)


def _decode_body(item: dict[str, Any], where: Where) -> Any:
    body = req(item, "body", where)
    encoding = str(item.get("encoding", "none")).lower()
    if encoding == "base64url":
        try:
            raw = base64.urlsafe_b64decode(text_of(body, where.at("body")) + "==")
            return raw.decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            raise where.at("body").error("not valid base64url-encoded UTF-8 text") from None
    if encoding == "json" and isinstance(body, str):
        try:
            return json.loads(body)
        except json.JSONDecodeError as exc:
            raise where.at("body").error(f"not valid JSON ({exc.msg})") from None
    return body


_PHONE_NOISE = re.compile(r"[\s().\-/]")


def party_id(party: Mapping[str, Any]) -> str | None:
    """The speaker id of a vCon party: its ``uuid``, else a stable pseudonym of its ``mailto``
    or ``tel`` (never the address itself), else its ``name``."""
    uuid = opt_id(party.get("uuid"))
    if uuid is not None:
        return uuid
    for key in ("mailto", "tel"):
        value = opt_id(party.get(key))
        if value is not None:
            contact = value.strip().lower().removeprefix(f"{key}:")
            if key == "tel":
                contact = _PHONE_NOISE.sub("", contact)
            digest = hashlib.sha256(f"{key}:{contact}".encode()).hexdigest()
            return f"party-{digest[:16]}"
    return opt_id(party.get("name"))


def _party_index(value: Any, where: Where, n: int) -> int:
    if isinstance(value, list):
        if not value:
            raise where.error("no party is named")
        value = value[0]
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < n:
        raise where.error(f"{describe_value(value)} is not the index of one of the {n} parties")
    return value


def parse(
    record: Any,
    where: Where,
    *,
    party_roles: Mapping[int | str, Role] | None = None,
    speaker_parties: Mapping[str, int] | None = None,
) -> Transcript:
    """One vCon as a Transcript."""
    doc = obj(record, where)
    parties = [
        obj(p, where.at("parties", i))
        for i, p in enumerate(arr(req(doc, "parties", where), where.at("parties")))
    ]
    overrides = dict(party_roles or {})
    roles: list[Role | None] = []
    speakers: list[str | None] = []
    for i, party in enumerate(parties):
        given = overrides.get(i, overrides.get(str(party.get("name", ""))))
        value = str(party.get("role", "")).strip().lower()
        roles.append(given if given is not None else ROLES.get(value))
        speakers.append(party_id(party))

    def role_of(index: int, at: Where) -> Role:
        role = roles[index]
        if role is None:
            raise role_error(
                where.at("parties", index, "role"),
                parties[index].get("role"),
                ROLES,
                "Set the party's role, or pass party_roles={index: 'agent' | 'customer'}.",
            )
        return role

    transcripts: dict[int, list[tuple[Any, Where]]] = {}
    for i, raw in enumerate(arr(doc.get("analysis", []), where.at("analysis"))):
        at = where.at("analysis", i)
        item = obj(raw, at)
        if str(item.get("type", "")).lower() != "transcript":
            continue
        targets = item.get("dialog")
        for d in targets if isinstance(targets, list) else [targets]:
            if isinstance(d, int):
                transcripts.setdefault(d, []).append((_decode_body(item, at), at.at("body")))

    turns: list[Turn] = []
    channels: list[Channel] = []
    dropped = 0
    for i, raw in enumerate(arr(doc.get("dialog", []), where.at("dialog"))):
        at = where.at("dialog", i)
        dialog = obj(raw, at)
        kind = str(req(dialog, "type", at)).lower()
        if kind in SILENT:
            dropped += 1
            continue
        start = timestamp(dialog["start"], at.at("start")) if dialog.get("start") else None
        if kind == "text":
            who = dialog.get("originator", dialog.get("parties"))
            index = _party_index(who, at.at("originator"), len(parties))
            mediatype = str(dialog.get("mediatype", "text/plain")).lower()
            channels.append("email" if "rfc822" in mediatype else "chat")
            turns.append(
                Turn(
                    role=role_of(index, at),
                    text=text_of(_decode_body(dialog, at), at.at("body")),
                    speaker_id=speakers[index],
                    timestamp=start,
                    metadata={"dialog": i},
                )
            )
        elif kind in AUDIO:
            if i not in transcripts:
                raise at.error(
                    f"{kind} dialog has no transcript analysis (analysis[] with type "
                    f"'transcript' and dialog {i}); csskills does not transcribe audio"
                )
            channels.append("voice")
            for body, bat in transcripts[i]:
                turns.extend(
                    _segments(body, bat, i, role_of, speakers, speaker_parties, len(parties))
                )
        else:
            raise at.at("type").error(f"unknown dialog type {describe_value(kind)}")
    if not turns:
        raise where.at("dialog").error("the vCon has no text dialog and no transcribed recording")
    agents = {speakers[i] for i, r in enumerate(roles) if r == "agent"} - {None}
    customers = {speakers[i] for i, r in enumerate(roles) if r == "customer"} - {None}
    return build(
        where,
        id=opt_id(req(doc, "uuid", where)),
        turns=tuple(turns),
        agent_id=next(iter(agents)) if len(agents) == 1 else None,
        customer_id=next(iter(customers)) if len(customers) == 1 else None,
        channel=channels[0] if channels else None,
        metadata={"source_format": NAME, "subject": doc.get("subject"), "dropped_dialogs": dropped},
    )


def _segments(
    body: Any,
    where: Where,
    dialog: int,
    role_of: Any,
    speakers: list[str | None],
    speaker_parties: Mapping[str, int] | None,
    n: int,
) -> Iterator[Turn]:
    if isinstance(body, dict):
        for key in ("segments", "utterances", "turns"):
            if isinstance(body.get(key), list):
                body, where = body[key], where.at(key)
                break
    for j, raw in enumerate(arr(body, where)):
        at = where.at(j)
        seg = obj(raw, at)
        if "party" in seg:
            index = _party_index(seg["party"], at.at("party"), n)
        elif "speaker" in seg:
            label = str(seg["speaker"])
            if not speaker_parties or label not in speaker_parties:
                raise at.at("speaker").error(
                    f"speaker {describe_value(label)} is a diarisation label, not a party: pass "
                    "speaker_parties={label: party index} to say who it is"
                )
            index = _party_index(speaker_parties[label], at.at("speaker"), n)
        else:
            raise at.error("segment names neither a party nor a speaker")
        text = seg.get("text", seg.get("transcript"))
        yield Turn(
            role=role_of(index, at),
            text=text_of(text, at.at("text")),
            speaker_id=speakers[index],
            start=number(seg["start"], at.at("start")) if seg.get("start") is not None else None,
            end=number(seg["end"], at.at("end")) if seg.get("end") is not None else None,
            metadata={"dialog": dialog},
        )


def read_vcon(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    party_roles: Mapping[int | str, Role] | None = None,
    speaker_parties: Mapping[str, int] | None = None,
) -> Iterator[Transcript | Failure]:
    """Read vCons (one JSON vCon, a JSON array of them, or JSONL)."""
    return run(
        iter_json_records(path),
        lambda rec, where: [
            parse(rec, where, party_roles=party_roles, speaker_parties=speaker_parties)
        ],
        errors,
    )
