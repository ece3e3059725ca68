"""Size limits on untrusted input: turn length, turns per conversation, record and file size.

A transcript export is untrusted input. Without limits, one hostile (or broken) record can take
the memory or the time of a whole batch. Every limit has a documented default generous enough
for real conversations, can be raised or switched off (``None``), and a record over a limit
gives a located error (``file:line: turns.3.text: ...``) that names the limit and how to raise it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from csskills._assessment import Failure
from csskills._transcript import Transcript
from csskills.exceptions import InputFormatError

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "check_file_size",
    "check_transcript",
    "limited",
    "over_limit_message",
]

_MB = 1024 * 1024


class Limits(BaseModel):
    """How large an input may be before it is refused (``None`` switches a limit off).

    Defaults: 1,000,000 characters per turn (about 150,000 words, far beyond any real message),
    20,000 turns per conversation, 64 MiB per JSONL line (one record) and 2 GiB per input file.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_turn_chars: int | None = Field(default=1_000_000, ge=1)
    max_turns: int | None = Field(default=20_000, ge=1)
    max_record_bytes: int | None = Field(default=64 * _MB, ge=1)
    max_file_bytes: int | None = Field(default=2048 * _MB, ge=1)

    @classmethod
    def unlimited(cls) -> Limits:
        """No limit at all (for trusted input only)."""
        return cls(max_turn_chars=None, max_turns=None, max_record_bytes=None, max_file_bytes=None)


DEFAULT_LIMITS = Limits()

def over_limit_message(name: str, value: int, limit: int, unit: str) -> str:
    """The one message shape every limit error uses: what, how much, and which limit to raise.

    The limit is named as the :class:`Limits` field (``Limits.max_turns``); the command line
    shows its own option instead (``--limit-turns``).
    """
    return (
        f"{value:,} {unit}, over the limit of {limit:,} (Limits.{name}; raise it, or None for "
        "no limit)"
    )


def check_transcript(
    transcript: Transcript,
    limits: Limits,
    *,
    source: str | None = None,
    line: int | None = None,
) -> Transcript:
    """``transcript`` unchanged, or an InputFormatError naming the turn and the limit broken."""
    if limits.max_turns is not None and len(transcript.turns) > limits.max_turns:
        raise InputFormatError(
            over_limit_message("max_turns", len(transcript.turns), limits.max_turns, "turns"),
            source=source,
            line=line,
            field="turns",
        )
    cap = limits.max_turn_chars
    for i, turn in enumerate(transcript.turns):
        text = turn.text
        if cap is not None and len(text) > cap:
            raise InputFormatError(
                over_limit_message("max_turn_chars", len(text), cap, "characters"),
                source=source,
                line=line,
                field=f"turns.{i}.text",
            )
        if not text.isascii():
            _check_encodable(text, source=source, line=line, field=f"turns.{i}.text")
    return transcript


def _check_encodable(text: str, *, source: str | None, line: int | None, field: str) -> None:
    # JSON escapes such as "\ud800" decode to lone surrogates, which no output can encode:
    # refuse them here, with the place, rather than fail later while writing the assessment.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        raise InputFormatError(
            f"lone surrogate \\u{code:04x} at character {exc.start}: not valid Unicode text",
            source=source,
            line=line,
            field=field,
        ) from None


def check_file_size(size: int, limits: Limits, *, source: str) -> None:
    """Raise an InputFormatError when a file of ``size`` bytes is over ``max_file_bytes``."""
    if limits.max_file_bytes is not None and size > limits.max_file_bytes:
        raise InputFormatError(
            over_limit_message("max_file_bytes", size, limits.max_file_bytes, "bytes"),
            source=source,
        )


# -- for importers that have no line numbers ---------------------------------------------


def limited(
    items: Iterable[Transcript | Failure],
    limits: Limits,
    *,
    source: str,
    errors: Literal["raise", "collect"],
) -> Iterator[Transcript | Failure]:
    """Apply ``limits`` to transcripts read by any importer; an over-limit one becomes an error.

    The importer has no line number to give, so the error names the file and the transcript id.
    """
    if source != "-" and limits.max_file_bytes is not None and os.path.isfile(source):
        try:
            check_file_size(os.stat(source).st_size, limits, source=source)
        except InputFormatError as exc:
            if errors == "raise":
                raise
            yield Failure(source=source, error_type=type(exc).__name__, message=str(exc))
            return
    for item in items:
        if isinstance(item, Transcript):
            try:
                check_transcript(item, limits, source=source, line=None)
            except InputFormatError as exc:
                exc = InputFormatError(
                    exc.message, source=source, field=f"transcript {item.id!r}: {exc.field}"
                )
                if errors == "raise":
                    raise exc from None
                item = Failure(
                    transcript_id=item.id,
                    source=source,
                    error_type=type(exc).__name__,
                    message=exc.location_message(),
                )
        yield item
