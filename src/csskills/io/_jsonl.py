"""Reading transcripts from JSONL and writing assessments back, streaming.

Errors name the file, the line and the field (``october.jsonl:17: turns.3.role: Input should be
'agent', 'customer', 'bot' or 'system'``). With ``errors="collect"`` a bad record becomes a
:class:`~csskills.Failure` in the stream instead of stopping it: good records are never lost and
bad ones are never skipped silently.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Literal

from pydantic import ValidationError

from csskills._assessment import Assessment, Failure
from csskills._transcript import Transcript
from csskills.exceptions import InputFormatError

PathLike = str | os.PathLike[str]
ErrorMode = Literal["raise", "collect"]


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(record)"


def _describe(exc: ValidationError) -> tuple[str, str]:
    """The first error's field path and message (plus a count of the others)."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    message = first["msg"]
    if first["type"] == "extra_forbidden":
        message = "unknown field (not part of the transcript format)"
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return _field_path(tuple(first["loc"])), message + more


def parse_transcript(
    line: str | bytes, *, source: str = "<string>", line_no: int = 1
) -> Transcript:
    """Parse one JSON object into a :class:`Transcript`, raising a located InputFormatError."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputFormatError(
            f"not valid JSON ({exc.msg} at column {exc.colno})", source=source, line=line_no
        ) from None
    except UnicodeDecodeError as exc:
        raise InputFormatError(
            f"not valid UTF-8 ({exc.reason} at byte {exc.start})", source=source, line=line_no
        ) from None
    if not isinstance(data, dict):
        raise InputFormatError(
            f"expected a JSON object, got {type(data).__name__}", source=source, line=line_no
        )
    try:
        return Transcript.model_validate(data)
    except ValidationError as exc:
        field, message = _describe(exc)
        raise InputFormatError(message, source=source, line=line_no, field=field) from None


@contextmanager
def _open_binary(path: PathLike | IO[bytes]) -> Iterator[tuple[IO[bytes], str]]:
    if str(path) == "-":
        yield sys.stdin.buffer, "<stdin>"
    elif hasattr(path, "read"):
        yield path, getattr(path, "name", "<stream>")  # type: ignore[misc]
    else:
        name = os.fspath(path)  # type: ignore[arg-type]
        try:
            with open(name, "rb") as handle:
                yield handle, name
        except FileNotFoundError:
            raise InputFormatError("no such file", source=name) from None
        except IsADirectoryError:
            raise InputFormatError("is a directory, not a JSONL file", source=name) from None


def iter_transcripts(
    path: PathLike | IO[bytes], *, errors: ErrorMode = "raise"
) -> Iterator[Transcript | Failure]:
    """Stream transcripts from a JSONL file (``"-"`` for stdin), one per non-blank line.

    With ``errors="collect"``, each bad line yields a :class:`Failure` (with source and line)
    in its place; with ``"raise"`` (default) the first bad line raises
    :class:`~csskills.exceptions.InputFormatError`.
    """
    with _open_binary(path) as (handle, source):
        for line_no, raw in enumerate(handle, 1):
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a UTF-8 byte-order mark is harmless
            if not raw.strip():
                continue
            try:
                yield parse_transcript(raw, source=source, line_no=line_no)
            except InputFormatError as exc:
                if errors == "raise":
                    raise
                yield Failure(
                    source=source,
                    line=line_no,
                    error_type=type(exc).__name__,
                    message=exc.location_message(),
                )


def read_transcripts(path: PathLike | IO[bytes]) -> Iterator[Transcript]:
    """Stream the transcripts of a JSONL file; raise on the first bad line.

    To keep going past bad lines use :func:`iter_transcripts` with ``errors="collect"``, which
    keeps each failure in the stream in place of its record.
    """
    for item in iter_transcripts(path, errors="raise"):
        if isinstance(item, Transcript):
            yield item


def load_transcripts(path: PathLike) -> list[Transcript]:
    """Read a whole JSONL file into a list (raises on the first bad line)."""
    return list(read_transcripts(path))


def write_jsonl(items: Iterable[Assessment | Failure], handle: IO[str]) -> int:
    """Write one JSON object per line; returns the number of lines written."""
    n = 0
    for item in items:
        handle.write(item.model_dump_json())
        handle.write("\n")
        n += 1
    return n


def read_assessments(path: PathLike) -> Iterator[Assessment]:
    """Stream assessments written by ``csskills score`` (raises a located error on a bad line)."""
    name = os.fspath(path)
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed in finally
    except FileNotFoundError:
        raise InputFormatError("no such file", source=name) from None
    try:
        for line_no, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                yield Assessment.model_validate_json(raw)
            except ValidationError as exc:
                field, message = _describe(exc)
                raise InputFormatError(message, source=name, line=line_no, field=field) from None
    finally:
        handle.close()


def atomic_path(path: PathLike) -> Path:
    """The temporary sibling a file is written to before being renamed into place."""
    p = Path(path)
    return p.with_name(f".{p.name}.partial")
