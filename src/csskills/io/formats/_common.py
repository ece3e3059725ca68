"""What every importer shares: located errors, JSON/JSONL record streams, turn building.

An importer only maps fields. Where a record lives (``file:line`` for JSONL and CSV,
``file: $.Transcript[3].ParticipantRole`` inside a JSON document) is tracked here, so every
error names its place, and with ``errors="collect"`` a bad record becomes a
:class:`~csskills.Failure` in the stream instead of being skipped.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from csskills._assessment import Failure
from csskills._transcript import Role, Transcript
from csskills.exceptions import ConfigurationError, InputFormatError

PathLike = str | os.PathLike[str]
ErrorMode = Literal["raise", "collect"]


@dataclass(frozen=True)
class Where:
    """The place of a value: file, line (JSONL/CSV) and JSON path inside the record."""

    source: str
    line: int | None = None
    path: str = "$"

    def at(self, *parts: str | int) -> Where:
        """The place of a child value (``where.at("Transcript", 3)`` -> ``$.Transcript[3]``)."""
        path = self.path
        for part in parts:
            path += f"[{part}]" if isinstance(part, int) else f".{part}"
        return Where(self.source, self.line, path)

    def error(self, message: str) -> InputFormatError:
        """An InputFormatError that names this place."""
        field = None if self.path == "$" and self.line is not None else self.path
        return InputFormatError(message, source=self.source, line=self.line, field=field)


# -- typed access to untyped JSON, failing with the place -------------------------------------


def obj(value: Any, where: Where) -> dict[str, Any]:
    """``value`` as a JSON object, or a located error."""
    if not isinstance(value, dict):
        raise where.error(f"expected a JSON object, got {_kind(value)}")
    return value


def arr(value: Any, where: Where) -> list[Any]:
    """``value`` as a JSON array, or a located error."""
    if not isinstance(value, list):
        raise where.error(f"expected a JSON array, got {_kind(value)}")
    return value


def req(record: Mapping[str, Any], key: str, where: Where) -> Any:
    """A required field, or a located error naming it."""
    if key not in record or record[key] is None:
        raise where.at(key).error("required field is missing")
    return record[key]


def text_of(value: Any, where: Where) -> str:
    """A string field (numbers are accepted and converted)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise where.error(f"expected a string, got {_kind(value)}")


def opt_id(value: Any) -> str | None:
    """An identifier as a string (ids are often numbers in vendor exports)."""
    if value is None or value == "":
        return None
    return str(value)


def number(value: Any, where: Where) -> float:
    """A number field, or a located error."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            pass
    raise where.error(f"expected a number, got {_kind(value)}")


def timestamp(value: Any, where: Where) -> datetime:
    """An ISO 8601 string or a Unix time in seconds, as a timezone-aware datetime."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, ValueError, OSError):
            raise where.error(f"Unix time out of range: {value!r}") from None
    if isinstance(value, str):
        raw = value.strip()
        if raw.endswith("Z"):
            raw = raw[:-1] + "+00:00"
        try:
            return datetime.fromisoformat(raw)
        except ValueError:
            pass
    raise where.error(f"not a date-time (ISO 8601 or Unix seconds): {value!r}")


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


# -- markup -----------------------------------------------------------------------------------

_BLOCK = re.compile(r"(?i)<\s*(br|/p|/div|/li|/h[1-6]|/tr)\s*/?\s*>")
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


def html_to_text(markup: str) -> str:
    """Plain text of an HTML message body (tags dropped, entities decoded, blocks as lines).

    Vendors send replies as HTML; phrase rules and evidence spans need the text a customer read.
    """
    text = _BLOCK.sub("\n", markup)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _LINES.sub("\n\n", text).strip()


# -- records ----------------------------------------------------------------------------------


def source_name(path: PathLike) -> str:
    """The file name used in messages."""
    return os.fspath(path)


def read_bytes(path: PathLike) -> bytes:
    """The file's bytes, with a located error instead of an OSError for a missing file."""
    name = source_name(path)
    try:
        return Path(name).read_bytes()
    except FileNotFoundError:
        raise InputFormatError("no such file", source=name) from None
    except IsADirectoryError:
        raise InputFormatError("is a directory, not a file", source=name) from None


def _decode(raw: bytes, source: str, line: int | None = None) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFormatError(
            f"not valid UTF-8 ({exc.reason} at byte {exc.start})", source=source, line=line
        ) from None


def is_jsonl(path: PathLike) -> bool:
    """True for the JSON Lines extensions (one record per line)."""
    return Path(source_name(path)).suffix.lower() in {".jsonl", ".ndjson"}


def iter_json_records(
    path: PathLike, *, list_keys: tuple[str, ...] = ()
) -> Iterator[tuple[Any, Where] | InputFormatError]:
    """Each top-level record of a JSON or JSONL file with its place.

    JSONL: one record per non-blank line. JSON: an array is a list of records, an object is one
    record, unless it holds one of ``list_keys`` (e.g. ``{"conversations": [...]}``), whose
    items are then the records. Unreadable lines come back as errors in place of their record,
    so the caller decides whether to stop or collect.
    """
    source = source_name(path)
    data = read_bytes(path)
    if is_jsonl(path):
        for line_no, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                yield json.loads(_decode(raw, source, line_no)), Where(source, line_no)
            except json.JSONDecodeError as exc:
                yield InputFormatError(
                    f"not valid JSON ({exc.msg} at column {exc.colno})", source=source, line=line_no
                )
            except InputFormatError as exc:
                yield exc
        return
    try:
        document = json.loads(_decode(data, source))
    except json.JSONDecodeError as exc:
        raise InputFormatError(
            f"not valid JSON ({exc.msg} at column {exc.colno})", source=source, line=exc.lineno
        ) from None
    root = Where(source)
    if isinstance(document, list):
        for i, item in enumerate(document):
            yield item, root.at(i)
        return
    if isinstance(document, dict):
        for key in list_keys:
            if isinstance(document.get(key), list):
                for i, item in enumerate(document[key]):
                    yield item, root.at(key, i)
                return
    yield document, root


def run(
    records: Iterable[tuple[Any, Where] | InputFormatError],
    parse: Callable[[Any, Where], Iterable[Transcript]],
    errors: ErrorMode,
) -> Iterator[Transcript | Failure]:
    """Parse each record; raise on the first error or turn each into a Failure, in place."""
    if errors not in ("raise", "collect"):
        raise ConfigurationError(f"errors must be 'raise' or 'collect', not {errors!r}")
    for item in records:
        if isinstance(item, InputFormatError):
            if errors == "raise":
                raise item
            yield failure(item)
            continue
        record, where = item
        try:
            transcripts = list(parse(record, where))
        except InputFormatError as exc:
            if errors == "raise":
                raise
            yield failure(exc)
            continue
        except (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError) as exc:
            # A shape the importer did not foresee: still an error at this record, never a
            # traceback and never the end of the batch (pydantic's ValidationError included).
            located = where.error(f"unreadable record ({type(exc).__name__}: {_first_line(exc)})")
            if errors == "raise":
                raise located from None
            yield failure(located)
            continue
        yield from transcripts


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return (
        lines[-1].strip()
        if isinstance(exc, ValidationError) and lines
        else (lines[0] if lines else "")
    )


def failure(exc: InputFormatError, transcript_id: str | None = None) -> Failure:
    """The Failure record of a located input error."""
    return Failure(
        transcript_id=transcript_id,
        source=exc.source,
        line=exc.line,
        error_type=type(exc).__name__,
        message=exc.location_message(),
    )


def build(where: Where, **fields: Any) -> Transcript:
    """A Transcript, with pydantic's complaint turned into an error that names the record."""
    try:
        return Transcript.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        loc = ".".join(str(p) for p in first["loc"])
        ident = fields.get("id")
        prefix = f"conversation {ident!r}: " if ident else ""
        field = f"{loc}: " if loc else ""
        message = first["msg"].removeprefix("Value error, ")
        raise where.error(f"{prefix}{field}{message}") from None


def role_error(where: Where, value: object, known: Iterable[str], hint: str) -> InputFormatError:
    """The refusal to guess a role: which value, which ones are understood, how to tell us."""
    listed = ", ".join(sorted(known))
    return where.error(
        f"cannot tell whether {value!r} is the agent or the customer (known: {listed}); "
        f"csskills does not guess roles because a wrong attribution ruins every score. {hint}"
    )


def role_table(
    defaults: Mapping[str, Role], overrides: Mapping[str, Role] | None
) -> dict[str, Role]:
    """A format's known roles, with the caller's ``roles=`` overrides (keys case-insensitive)."""
    return {**defaults, **{k.lower(): v for k, v in (overrides or {}).items()}}


def require_completed(doc: Mapping[str, Any], where: Where, what: str) -> None:
    """Amazon jobs: a ``JobStatus`` other than ``COMPLETED`` has no transcript yet."""
    status = doc.get("JobStatus")
    if status is not None and status != "COMPLETED":
        raise where.at("JobStatus").error(f"{what} is {status}, not COMPLETED: no transcript yet")


def role_from_table(value: Any, table: Mapping[str, Role], where: Where, hint: str) -> Role:
    """Look a vendor role up (case-insensitively) in ``table`` or refuse to guess."""
    key = str(value).strip().lower() if value is not None else ""
    if key in table:
        return table[key]
    raise role_error(where, value, table, hint)
