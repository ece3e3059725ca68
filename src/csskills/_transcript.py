"""The input data model: a conversation transcript and its turns.

Frozen pydantic models with unknown fields rejected, so a typo in an export (``"speker_id"``) is an
error that names the field instead of a silently ignored value.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from csskills.exceptions import InputFormatError
from csskills.redact import describe_value

Role = Literal["agent", "customer", "bot", "system"]
Channel = Literal["voice", "chat", "email", "social"]

ROLES: tuple[Role, ...] = ("agent", "customer", "bot", "system")

_FROZEN = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)

#: How deeply ``metadata`` may nest (objects in arrays in objects...): deeper structures come
#: from broken or hostile exports, and cannot be written back out as JSON.
MAX_METADATA_DEPTH = 100
#: Timestamps must lie in these years once converted to UTC, so that adding the days of a
#: commitment or the months of a trend never leaves the calendar Python can represent.
MIN_YEAR, MAX_YEAR = 2, 9998


def check_text(value: str) -> str:
    """``value`` unchanged, or an InputFormatError when it holds a lone surrogate.

    JSON escapes such as ``"\\ud800"`` decode to lone surrogates, which no output can encode:
    they are refused where they are read, with the field, rather than when the output is written.
    """
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            raise InputFormatError(
                f"lone surrogate \\u{code:04x} at character {exc.start}: not valid Unicode text"
            ) from None
    return value


def _key_name(key: object, index: int) -> str:
    # Keys are named in messages only when they look like field names (never arbitrary text).
    if isinstance(key, str) and key.isascii() and key.isidentifier() and len(key) <= 40:
        return key
    return f"[key {index}]"


def check_metadata(value: dict[str, Any]) -> dict[str, Any]:
    """``value`` unchanged, or an InputFormatError for a lone surrogate in any key or string
    value, or nesting deeper than :data:`MAX_METADATA_DEPTH` (the message names the path)."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "")]
    while stack:
        item, depth, path = stack.pop()
        if isinstance(item, str):
            try:
                check_text(item)
            except InputFormatError as exc:
                raise InputFormatError(f"{path.lstrip('.')}: {exc.message}") from None
            continue
        if isinstance(item, dict):
            children = [
                (f"{path}.{_key_name(k, i)}", k, v) for i, (k, v) in enumerate(item.items())
            ]
        elif isinstance(item, (list, tuple)):
            children = [(f"{path}.{i}", None, v) for i, v in enumerate(item)]
        else:
            continue
        if depth > MAX_METADATA_DEPTH and children:
            where = path.lstrip(".")
            where = where if len(where) <= 40 else where[:40] + "…"
            raise InputFormatError(
                f"{where or '(metadata)'}: nested more than {MAX_METADATA_DEPTH} levels deep"
            )
        for child_path, key, child in children:
            if isinstance(key, str):
                try:
                    check_text(key)
                except InputFormatError as exc:
                    where = child_path.lstrip(".")
                    raise InputFormatError(f"{where} (key): {exc.message}") from None
            stack.append((child, depth + 1, child_path))
    return value


def check_moment(value: datetime) -> datetime:
    """``value`` unchanged, or an InputFormatError when it is outside the supported years."""
    try:
        utc = value.astimezone(timezone.utc) if value.utcoffset() is not None else value
    except OverflowError:
        utc = None
    if utc is None or not MIN_YEAR <= utc.year <= MAX_YEAR:
        raise InputFormatError(
            f"date-time out of the supported range (years {MIN_YEAR:04d} to {MAX_YEAR} in UTC)"
        )
    return value


class Turn(BaseModel):
    """One contribution to a conversation by one party.

    ``start``/``end`` are seconds from the start of a voice call; ``timestamp`` is the time a chat
    message or email was sent. Either, both or neither may be given; nothing is ever invented.
    """

    model_config = _FROZEN

    role: Role
    text: str
    speaker_id: str | None = None
    start: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    end: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    timestamp: datetime | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("text")
    @classmethod
    def _nfc(cls, value: str) -> str:
        # Evidence offsets refer to this NFC form; canonically equivalent to the input.
        return value if value.isascii() else unicodedata.normalize("NFC", check_text(value))

    @field_validator("speaker_id")
    @classmethod
    def _speaker_text(cls, value: str | None) -> str | None:
        return value if value is None else check_text(value)

    @field_validator("timestamp")
    @classmethod
    def _in_range(cls, value: datetime | None) -> datetime | None:
        return value if value is None else check_moment(value)

    @field_validator("metadata")
    @classmethod
    def _metadata(cls, value: dict[str, Any]) -> dict[str, Any]:
        return check_metadata(value)

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Turn:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InputFormatError(f"end ({self.end}) is before start ({self.start})")
        return self


class Transcript(BaseModel):
    """A whole conversation between an agent and a customer, in order.

    ``agent_id`` defaults to the ``speaker_id`` of the agent turns when they all agree.
    A transcript must hold at least one agent turn: without one there is nothing to score.
    """

    model_config = _FROZEN

    id: str = Field(min_length=1)
    turns: tuple[Turn, ...] = Field(min_length=1)
    agent_id: str | None = None
    customer_id: str | None = None
    channel: Channel | None = None
    language: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id", "agent_id", "customer_id")
    @classmethod
    def _id_text(cls, value: str | None) -> str | None:
        return value if value is None else check_text(value)

    @field_validator("metadata")
    @classmethod
    def _metadata(cls, value: dict[str, Any]) -> dict[str, Any]:
        check_metadata(value)
        started = value.get("started_at")
        if isinstance(started, str):
            try:
                moment = datetime.fromisoformat(started)
            except ValueError:
                moment = None
            if moment is not None:
                try:
                    check_moment(moment)
                except InputFormatError as exc:
                    raise InputFormatError(f"started_at: {exc.message}") from None
        return value

    @field_validator("language")
    @classmethod
    def _language_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip()
        if (
            not code
            or len(code) > 35
            or not code.isascii()
            or not all(part.isalnum() for part in code.replace("_", "-").split("-"))
        ):
            raise InputFormatError(
                f"{describe_value(value)} is not a BCP-47 language tag such as 'en' or 'es-MX'"
            )
        return code

    @model_validator(mode="after")
    def _agent_present(self) -> Transcript:
        agent_ids = {t.speaker_id for t in self.turns if t.role == "agent"}
        if not agent_ids:
            raise InputFormatError("no turn has role 'agent': there is nothing to score")
        if self.agent_id is None:
            known = agent_ids - {None}
            if len(known) == 1:
                object.__setattr__(self, "agent_id", next(iter(known)))
        return self

    @model_validator(mode="after")
    def _timings_consistent(self) -> Transcript:
        # Timings that contradict each other would give nonsense metrics: reject them, naming
        # the turn. One cheap pass; transcripts without timings skip it at once.
        duration = self.metadata.get("duration")
        if not isinstance(duration, (int, float)) or isinstance(duration, bool):
            duration = None
        prev_stamp: tuple[int, datetime] | None = None
        prev_start: tuple[int, float] | None = None
        for i, turn in enumerate(self.turns):
            stamp = turn.timestamp
            if stamp is not None:
                if prev_stamp is not None:
                    j, before = prev_stamp
                    if (stamp.utcoffset() is None) != (before.utcoffset() is None):
                        raise InputFormatError(
                            f"turns.{i}.timestamp: mixes a timezone-aware and a naive timestamp "
                            f"with turns.{j}.timestamp"
                        )
                    if stamp < before:
                        raise InputFormatError(
                            f"turns.{i}.timestamp: earlier than turns.{j}.timestamp "
                            f"({stamp.isoformat()} < {before.isoformat()})"
                        )
                prev_stamp = (i, stamp)
            if turn.start is not None:
                if prev_start is not None and turn.start < prev_start[1]:
                    raise InputFormatError(
                        f"turns.{i}.start: earlier than turns.{prev_start[0]}.start "
                        f"({turn.start} < {prev_start[1]}): turns are out of order"
                    )
                prev_start = (i, turn.start)
            if duration is not None:
                for name in ("start", "end"):
                    value = getattr(turn, name)
                    if value is not None and value > duration:
                        raise InputFormatError(
                            f"turns.{i}.{name}: {value} s is after the end of the call "
                            f"(metadata.duration = {duration} s)"
                        )
        return self

    @property
    def started_at(self) -> datetime | None:
        """The first turn timestamp, or ``metadata['started_at']`` when it is a datetime string."""
        for turn in self.turns:
            if turn.timestamp is not None:
                return turn.timestamp
        raw = self.metadata.get("started_at")
        if isinstance(raw, str):
            try:
                return datetime.fromisoformat(raw)
            except ValueError:
                return None
        return None

    def _repr_html_(self) -> str:
        """The conversation as an HTML table in notebooks (all text escaped)."""
        from csskills.report.notebook import transcript_html

        return transcript_html(self)
