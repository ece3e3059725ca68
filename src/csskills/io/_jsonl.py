"""Reading transcripts from JSONL and writing assessments back, streaming.

Errors name the file, the line and the field (``october.jsonl:17: turns.3.role: Input should be
'agent', 'customer', 'bot' or 'system'``). With ``errors="collect"`` a bad record becomes a
:class:`~csskills.Failure` in the stream instead of stopping it: good records are never lost and
bad ones are never skipped silently.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Literal, NamedTuple, cast, overload

from pydantic import ValidationError

from csskills._assessment import Assessment, Failure
from csskills._limits import (
    DEFAULT_LIMITS,
    Limits,
    check_file_size,
    check_transcript,
    over_limit_message,
    parse_json,
)
from csskills._transcript import Transcript, check_moment
from csskills.exceptions import ConfigurationError, InputFormatError

PathLike = str | os.PathLike[str]
ErrorMode = Literal["raise", "collect"]


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(record)"


def _describe(exc: ValidationError) -> tuple[str, str]:
    """The first error's field path and message (plus a count of the others)."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    message = str(first["msg"]).removeprefix("Value error, ")
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
    data = parse_json(line, source=source, line=line_no)
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


# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


class RawLine(NamedTuple):
    """One numbered line of a JSONL file, as UTF-8 bytes.

    ``oversize`` is the size of a line over ``max_record_bytes`` (which comes without its
    bytes); ``error`` says why a line of a UTF-16/32 file could not be decoded.
    """

    number: int
    raw: bytes
    oversize: int = 0
    error: str | None = None


def _peekable(handle: IO[bytes]) -> io.BufferedReader | IO[bytes]:
    if getattr(handle, "peek", None) is None:
        return io.BufferedReader(cast("io.RawIOBase", handle))
    return handle


def raw_lines(handle: IO[bytes], source: str, limits: Limits) -> Iterator[RawLine]:
    """Numbered raw lines of a JSONL stream, as UTF-8, each at most ``max_record_bytes`` long.

    A UTF-16/32 file (told by its byte-order mark) is split at its own line ends and decoded
    line by line, so a bad code unit fails only its line; an over-long line is skipped to its
    end without being held in memory and reported by its size; a file that grows past
    ``max_file_bytes`` (stdin) is stopped with an error.
    """
    try:
        info = os.fstat(handle.fileno())
    except (OSError, AttributeError, io.UnsupportedOperation):
        info = None
    if info is not None and stat.S_ISREG(info.st_mode):
        check_file_size(info.st_size, limits, source=source)
    handle = _peekable(handle)
    head: bytes = handle.peek(4)[:4]  # type: ignore[attr-defined]
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            handle.read(len(bom))
            yield from _wide_lines(handle, codec, source, limits)
            return
    yield from _utf8_lines(handle, source, limits)


def _utf8_lines(handle: IO[bytes], source: str, limits: Limits) -> Iterator[RawLine]:
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
            yield RawLine(line_no, b"", size)
            continue
        yield RawLine(line_no, raw)


_CHUNK = 1 << 20


def _wide_lines(handle: IO[bytes], codec: str, source: str, limits: Limits) -> Iterator[RawLine]:
    """Lines of a UTF-16/32 stream (after its byte-order mark), each decoded on its own."""
    newline = "\n".encode(codec)
    unit = len(newline)
    cap = limits.max_record_bytes
    name = codec.split("-")[0].upper() + "-" + codec.split("-")[1]
    buffer = b""
    total = unit if codec.startswith("utf-32") else 2  # the byte-order mark
    line_no = 0
    skipped: int | None = None  # bytes of an over-long line skipped so far
    eof = False

    def line(raw: bytes) -> RawLine:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as exc:
            return RawLine(
                line_no, b"", 0,
                f"not valid {name.upper()} ({exc.reason} at byte {exc.start} of the line)",
            )  # fmt: skip
        return RawLine(line_no, text.encode("utf-8"))

    while not eof:
        chunk = handle.read(_CHUNK)
        eof = not chunk
        total += len(chunk)
        if limits.max_file_bytes is not None and total > limits.max_file_bytes:
            check_file_size(total, limits, source=source)
        buffer += chunk
        pos = 0
        while True:
            found = buffer.find(newline, pos)
            while found != -1 and (found - pos) % unit:
                found = buffer.find(newline, found + 1)
            if found == -1:
                break
            end = found + unit
            line_no += 1
            if skipped is not None:
                yield RawLine(line_no, b"", skipped + end - pos)
                skipped = None
            elif cap is not None and end - pos > cap:
                yield RawLine(line_no, b"", end - pos)
            else:
                yield line(buffer[pos:end])
            pos = end
        buffer = buffer[pos:]
        if cap is not None and len(buffer) > cap:
            # an over-long line: count it, do not hold it (keep the alignment of code units)
            drop = len(buffer) - len(buffer) % unit
            skipped = (skipped or 0) + drop
            buffer = buffer[drop:]
    if skipped is not None or buffer:
        line_no += 1
        if skipped is not None:
            yield RawLine(line_no, b"", skipped + len(buffer))
        else:
            yield line(buffer)


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
        lines = raw_lines(handle, source, lim)
        while True:
            try:
                line_no, raw, oversize, problem = next(lines)
            except StopIteration:
                return
            except InputFormatError as exc:  # the whole file: too large
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
            if not raw.strip() and not oversize and problem is None:
                continue
            try:
                if problem is not None:
                    raise InputFormatError(problem, source=source, line=line_no)
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


@overload
def read_assessments(
    path: PathLike, *, errors: Literal["raise"] = "raise"
) -> Iterator[Assessment]: ...
@overload
def read_assessments(
    path: PathLike, *, errors: Literal["collect"]
) -> Iterator[Assessment | Failure]: ...
def read_assessments(
    path: PathLike, *, errors: ErrorMode = "raise"
) -> Iterator[Assessment] | Iterator[Assessment | Failure]:
    """Stream assessments written by ``csskills score``.

    A bad line (not JSON, not an assessment, a date-time outside the supported years) raises a
    located InputFormatError, or with ``errors="collect"`` becomes a :class:`Failure` (with
    ``source`` and ``line``) in its place, so that one bad record never loses the others.
    """
    if errors not in ("raise", "collect"):
        raise ConfigurationError(f"errors must be 'raise' or 'collect', not {errors!r}")
    return _read_assessments(path, errors)


def _read_assessments(path: PathLike, errors: ErrorMode) -> Iterator[Any]:
    name = os.fspath(path)
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed in finally
    except FileNotFoundError:
        raise InputFormatError("no such file", source=name) from None
    except IsADirectoryError:
        raise InputFormatError("is a directory, not an assessments file", source=name) from None
    try:
        for line_no, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                yield _assessment(raw, name, line_no)
            except InputFormatError as exc:
                if errors == "raise":
                    raise
                yield Failure(
                    source=name,
                    line=line_no,
                    error_type=type(exc).__name__,
                    message=exc.location_message(),
                )
    finally:
        handle.close()


def _assessment(raw: bytes, source: str, line_no: int) -> Assessment:
    try:
        assessment = Assessment.model_validate_json(raw)
    except ValidationError as exc:
        field, message = _describe(exc)
        raise InputFormatError(message, source=source, line=line_no, field=field) from None
    moments = [("started_at", assessment.started_at)]
    moments += [(f"promises.{i}.due", p.due) for i, p in enumerate(assessment.promises)]
    for field, moment in moments:
        if moment is not None:
            try:
                check_moment(moment)
            except InputFormatError as exc:
                raise InputFormatError(
                    exc.message, source=source, line=line_no, field=field
                ) from None
    return assessment
