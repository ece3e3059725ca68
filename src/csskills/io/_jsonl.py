"""Reading transcripts from JSONL and writing assessments back, streaming.

Errors name the file, the line and the field (``october.jsonl:17: turns.3.role: Input should be
'agent', 'customer', 'bot' or 'system'``). With ``errors="collect"`` a bad record becomes a
:class:`~csskills.Failure` in the stream instead of stopping it: good records are never lost and
bad ones are never skipped silently.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Literal, cast

from pydantic import ValidationError

from csskills._assessment import Assessment, Failure
from csskills._limits import (
    DEFAULT_LIMITS,
    Limits,
    check_file_size,
    check_transcript,
    over_limit_message,
)
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
    line: str | bytes,
    *,
    source: str = "<string>",
    line_no: int = 1,
    limits: Limits | None = None,
) -> Transcript:
    """Parse one JSON object into a :class:`Transcript`, raising a located InputFormatError.

    ``limits`` (default :data:`~csskills.DEFAULT_LIMITS`) bounds turn length and turn count.
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputFormatError(
            f"not valid JSON ({exc.msg} at column {exc.colno})", source=source, line=line_no
        ) from None
    except UnicodeDecodeError as exc:
        raise InputFormatError(
            f"not valid UTF-8 ({exc.reason} at byte {exc.start}); is the file in another "
            "encoding, or are several encodings mixed? Save it as UTF-8",
            source=source,
            line=line_no,
        ) from None
    except RecursionError:
        raise InputFormatError("JSON nested too deeply", source=source, line=line_no) from None
    if not isinstance(data, dict):
        raise InputFormatError(
            f"expected a JSON object, got {type(data).__name__}", source=source, line=line_no
        )
    try:
        transcript = Transcript.model_validate(data)
    except ValidationError as exc:
        field, message = _describe(exc)
        raise InputFormatError(message, source=source, line=line_no, field=field) from None
    return check_transcript(
        transcript, DEFAULT_LIMITS if limits is None else limits, source=source, line=line_no
    )


@contextmanager
def _open_binary(path: PathLike | IO[bytes]) -> Iterator[tuple[IO[bytes], str]]:
    if str(path) == "-":
        yield sys.stdin.buffer, "<stdin>"
    elif hasattr(path, "read"):
        yield path, getattr(path, "name", "<stream>")  # type: ignore[misc]
    else:
        name = os.fspath(path)
        try:
            with open(name, "rb") as handle:
                yield handle, name
        except FileNotFoundError:
            raise InputFormatError("no such file", source=name) from None
        except IsADirectoryError:
            raise InputFormatError("is a directory, not a JSONL file", source=name) from None


_UTF16_32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff")


def _lines(handle: IO[bytes], source: str, limits: Limits) -> Iterator[tuple[int, bytes, int]]:
    """Numbered raw lines, as UTF-8, each at most ``max_record_bytes`` long, and the size of
    each over-long line (0 for the others; an over-long line comes without its bytes).

    A UTF-16/32 file (told by its byte-order mark) is re-encoded line by line; an over-long
    line is skipped to its end without being held in memory and reported as an error; a file
    that grows past ``max_file_bytes`` (stdin) is stopped with an error.
    """
    try:
        info = os.fstat(handle.fileno())
    except (OSError, AttributeError, io.UnsupportedOperation):
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        check_file_size(info.st_size, limits, source=source)
    peek = getattr(handle, "peek", None)
    if peek is None:
        buffered = io.BufferedReader(cast("io.RawIOBase", handle))
        handle, peek = buffered, buffered.peek
    head: bytes = peek(4)[:4]
    if head.startswith(_UTF16_32_BOMS):
        encoding = "utf-32" if head in _UTF16_32_BOMS[:2] else "utf-16"
        text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline=None)
        try:
            for line_no, line in enumerate(text, 1):
                yield line_no, line.encode("utf-8", "surrogatepass"), 0
        except UnicodeDecodeError as exc:
            raise InputFormatError(
                f"not valid {encoding.upper()} ({exc.reason})", source=source
            ) from None
        finally:
            text.detach()
        return
    cap = limits.max_record_bytes
    total = 0
    line_no = 0
    while True:
        raw = handle.readline(-1 if cap is None else cap + 1)
        if not raw:
            return
        line_no += 1
        total += len(raw)
        if limits.max_file_bytes is not None and total > limits.max_file_bytes:
            check_file_size(total, limits, source=source)
        if cap is not None and len(raw) > cap and not raw.endswith(b"\n"):
            size = len(raw)
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line in chunks
                raw = handle.readline(1 << 20)
                size += len(raw)
                total += len(raw)
            yield line_no, b"", size
            continue
        yield line_no, raw, 0


def iter_transcripts(
    path: PathLike | IO[bytes],
    *,
    errors: ErrorMode = "raise",
    limits: Limits | None = None,
) -> Iterator[Transcript | Failure]:
    """Stream transcripts from a JSONL file (``"-"`` for stdin), one per non-blank line.

    With ``errors="collect"``, each bad line yields a :class:`Failure` (with source and line)
    in its place; with ``"raise"`` (default) the first bad line raises
    :class:`~csskills.exceptions.InputFormatError`. ``limits`` (default
    :data:`~csskills.DEFAULT_LIMITS`) bounds file, record and turn sizes; a record over a limit
    is a bad record like any other. UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM
    are read; any other encoding is reported line by line, never guessed.
    """
    lim = DEFAULT_LIMITS if limits is None else limits
    with _open_binary(path) as (handle, source):
        lines = _lines(handle, source, lim)
        while True:
            try:
                line_no, raw, oversize = next(lines)
            except StopIteration:
                return
            except InputFormatError as exc:  # the whole file: too large, undecodable
                if errors == "raise":
                    raise
                yield Failure(
                    source=source,
                    line=exc.line,
                    error_type=type(exc).__name__,
                    message=exc.location_message(),
                )
                return
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]  # a UTF-8 byte-order mark (also where files were concatenated)
            if not raw.strip() and not oversize:
                continue
            try:
                if oversize:
                    assert lim.max_record_bytes is not None
                    raise InputFormatError(
                        over_limit_message(
                            "max_record_bytes", oversize, lim.max_record_bytes, "bytes"
                        ),
                        source=source,
                        line=line_no,
                    )
                yield parse_transcript(raw, source=source, line_no=line_no, limits=lim)
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
