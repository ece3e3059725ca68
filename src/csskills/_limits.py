"""Size limits on untrusted input: turn length, turns per conversation, record and file size.

A transcript export is untrusted input. Without limits, one hostile (or broken) record can take
the memory or the time of a whole batch. Every limit has a documented default generous enough
for real conversations, can be raised or switched off (``None``), and a record over a limit
gives a located error (``file:line: turns.3.text: ...``) that names the limit and how to raise it.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from csskills._assessment import Failure
from csskills._transcript import Transcript
from csskills.exceptions import InputFormatError

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "check_file_size",
    "check_transcript",
    "csv_fields_unbounded",
    "limited",
    "over_limit_message",
    "parse_json",
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


# -- parsing untrusted JSON and CSV ------------------------------------------------------------


def parse_json(
    raw: str | bytes,
    *,
    source: str | None = None,
    line: int | None = None,
    field: str | None = None,
) -> Any:
    """``json.loads(raw)``, with every way it can fail on untrusted text as a located error.

    Besides malformed JSON: bytes that are not UTF-8, nesting deeper than the parser's recursion
    allows, and integers longer than Python converts (4,300 digits) all raise an
    :class:`InputFormatError` naming ``source``, ``line`` (for a whole document: the line of the
    syntax error) and ``field``, never a bare ``ValueError`` or ``RecursionError``.
    """
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        where = line if line is not None else exc.lineno
        raise InputFormatError(
            f"not valid JSON ({exc.msg} at column {exc.colno})",
            source=source,
            line=where,
            field=field,
        ) from None
    except UnicodeDecodeError as exc:
        raise InputFormatError(
            f"not valid UTF-8 ({exc.reason} at byte {exc.start}); is the file in another "
            "encoding, or are several encodings mixed? Save it as UTF-8",
            source=source,
            line=line,
            field=field,
        ) from None
    except RecursionError:
        raise InputFormatError(
            "JSON nested too deeply to read (hundreds of levels of arrays or objects)",
            source=source,
            line=line,
            field=field,
        ) from None
    except ValueError as exc:  # int("1" * 5000): Python's limit on integer string conversion
        raise InputFormatError(
            f"a JSON number is too long to read ({_first_line(exc)})",
            source=source,
            line=line,
            field=field,
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0].split(";")[0] if text else type(exc).__name__


#: The largest field the csv module accepts while csskills reads a file (its own default is
#: 131,072 characters, less than one long e-mail); the file-size limit bounds memory instead.
CSV_FIELD_LIMIT = min(sys.maxsize, 2**31 - 1)


@contextmanager
def csv_fields_unbounded() -> Iterator[None]:
    """Lift the csv module's per-field limit for the duration (restored afterwards).

    The csv module refuses a field over 131,072 characters with a bare ``csv.Error``; a tweet or
    a QA comment can be longer than that. Turn and record limits are applied to what was read.
    """
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, CSV_FIELD_LIMIT))
    try:
        yield
    finally:
        csv.field_size_limit(old)


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
    if cap is None:
        return transcript
    for i, turn in enumerate(transcript.turns):
        if len(turn.text) > cap:
            raise InputFormatError(
                over_limit_message("max_turn_chars", len(turn.text), cap, "characters"),
                source=source,
                line=line,
                field=f"turns.{i}.text",
            )
    # (lone surrogates in any string are refused by the Transcript model itself)
    return transcript


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
