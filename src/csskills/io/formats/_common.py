"""What every importer shares: located errors, JSON/JSONL record streams, turn building.

An importer only maps fields. Where a record lives (``file:line`` for JSONL and CSV,
``file: $.Transcript[3].ParticipantRole`` inside a JSON document) is tracked here, so every
error names its place, and with ``errors="collect"`` a bad record becomes a
:class:`~csskills.Failure` in the stream instead of being skipped.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from csskills._assessment import Failure
from csskills._limits import parse_json
from csskills._transcript import Role, Transcript, check_moment
from csskills.exceptions import ConfigurationError, InputFormatError
from csskills.redact import describe_value, redact

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
    """A finite number field, or a located error."""
    result: float | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            result = float(value)
        except OverflowError:  # an integer too large for a float
            raise where.error("number out of range") from None
    elif isinstance(value, str):
        with suppress(ValueError):
            result = float(value)
    if result is None:
        raise where.error(f"expected a number, got {_kind(value)}")
    if not math.isfinite(result):
        raise where.error(f"expected a finite number, got {describe_value(value)}")
    return result


def timestamp(value: Any, where: Where) -> datetime:
    """An ISO 8601 string or a Unix time in seconds, as a timezone-aware datetime, within the
    years a transcript may have (see :func:`csskills._transcript.check_moment`)."""
    moment: datetime | None = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            moment = datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, ValueError, OSError):
            raise where.error(f"Unix time out of range: {describe_value(value)}") from None
    elif isinstance(value, str):
        raw = value.strip()
        if raw.endswith("Z"):
            raw = raw[:-1] + "+00:00"
        with suppress(ValueError):
            moment = datetime.fromisoformat(raw)
    if moment is None:
        raise where.error(
            f"not a date-time (ISO 8601 or Unix seconds): {describe_value(value)}"
        )
    try:
        return check_moment(moment)
    except InputFormatError as exc:
        raise where.error(exc.message) from None


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

_BLOCK_TAGS = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "tr", "table", "blockquote", "pre", "hr",
     "h1", "h2", "h3", "h4", "h5", "h6"}
)  # fmt: skip
# Elements that break the line where they start (the others where they end).
_BREAK_TAGS = frozenset({"br", "hr"})
# Elements whose content is never text a reader sees.
_HIDDEN_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg"})
_SPACES = re.compile(r"[ \t\r\f\v]+")
_LINES = re.compile(r"\n\s*\n+")


class _TextOf(HTMLParser):
    """The text a reader of an HTML body sees: tags dropped, script and style left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML message body (tags dropped, entities decoded, blocks as lines).

    Vendors send replies as HTML; phrase rules and evidence spans need the text a customer read.
    Parsed with the standard library's HTML parser: the content of ``<script>``, ``<style>``
    and ``<head>`` is dropped (an e-mail client never shows it), comments are dropped.
    """
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    text = _SPACES.sub(" ", "".join(parser.parts))
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


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def _decode(raw: bytes, source: str, line: int | None = None) -> str:
    """UTF-8 text (with or without a byte-order mark), or UTF-16/32 told by its mark."""
    codec = "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            raw, codec = raw[len(bom) :], name
            break
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        shown = codec.upper().replace("-LE", "").replace("-BE", "")
        hint = "; is the file in another encoding? Save it as UTF-8" if codec == "utf-8" else ""
        raise InputFormatError(
            f"not valid {shown} ({exc.reason} at byte {exc.start}){hint}", source=source, line=line
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
    so the caller decides whether to stop or collect; in a JSON array, an item that cannot be
    read (nested too deeply, a number too long) is an error for that item only.
    """
    source = source_name(path)
    data = read_bytes(path)
    if is_jsonl(path):
        for line_no, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            try:
                yield parse_json(_decode(raw, source, line_no), source=source, line=line_no), Where(
                    source, line_no
                )
            except InputFormatError as exc:
                yield exc
        return
    text = _decode(data, source)
    try:
        document = parse_json(text, source=source)
    except InputFormatError:
        if not text.lstrip().startswith("["):
            raise
        yield from _array_items(text, source)
        return
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


_DECODER = json.JSONDecoder()
_WHITESPACE = re.compile(r"[ \t\n\r]*")


def _array_items(text: str, source: str) -> Iterator[tuple[Any, Where] | InputFormatError]:
    """The items of a JSON array one by one, for an array the parser cannot take whole: an
    item that cannot be read is an error in its place and reading goes on after its end."""
    root = Where(source)
    pos = _WHITESPACE.match(text, text.index("[") + 1).end()  # type: ignore[union-attr]
    index = 0
    if text.startswith("]", pos):
        return
    while True:
        try:
            item, end = _DECODER.raw_decode(text, pos)
            yield item, root.at(index)
        except (RecursionError, ValueError) as exc:
            if isinstance(exc, json.JSONDecodeError):
                yield root.at(index).error(f"not valid JSON ({exc.msg} at line {exc.lineno})")
                return
            skip_to = _value_end(text, pos)
            message = (
                "JSON nested too deeply to read (hundreds of levels of arrays or objects)"
                if isinstance(exc, RecursionError)
                else "a JSON number is too long to read"
            )
            yield root.at(index).error(message)
            if skip_to is None:
                return
            end = skip_to
        index += 1
        pos = _WHITESPACE.match(text, end).end()  # type: ignore[union-attr]
        if text.startswith(",", pos):
            pos = _WHITESPACE.match(text, pos + 1).end()  # type: ignore[union-attr]
            continue
        if not text.startswith("]", pos):
            yield root.at(index).error("not valid JSON (expected ',' or ']' after an item)")
        return


_STRUCTURE = re.compile(r'["\[\]{}]')
_STRING_END = re.compile(r'(?:[^"\\]|\\.)*"')


def _value_end(text: str, pos: int) -> int | None:
    """Where the JSON value starting at ``pos`` ends (brackets counted, strings skipped)."""
    depth = 0
    while True:
        found = _STRUCTURE.search(text, pos)
        if found is None:
            return None
        ch = found.group()
        pos = found.end()
        if ch == '"':
            tail = _STRING_END.match(text, pos)
            if tail is None:
                return None
            pos = tail.end()
            if depth == 0:
                return pos
        elif ch in "[{":
            depth += 1
        else:
            depth -= 1
            if depth <= 0:
                return pos


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
        except (
            ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError,
            RecursionError,
        ) as exc:  # fmt: skip
            # A shape the importer did not foresee: still an error at this record, never a
            # traceback and never the end of the batch (pydantic's ValidationError included).
            located = where.error(f"unreadable record ({type(exc).__name__}: {_first_line(exc)})")
            if errors == "raise":
                raise located from None
            yield failure(located)
            continue
        yield from transcripts


def _first_line(exc: BaseException) -> str:
    """What went wrong, without the offending value: pydantic's message names the field and
    the rule, anything else is cut short and redacted (a message may quote the input)."""
    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False)[0]
        loc = ".".join(str(p) for p in first["loc"])
        return f"{loc}: {first['msg']}" if loc else str(first["msg"])
    lines = str(exc).strip().splitlines()
    text = redact(lines[0]) if lines else ""
    return text if len(text) <= 60 else text[:59] + "…"


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
    """The refusal to guess a role: which value (a redacted excerpt only: a mapping mistake can
    put a customer's e-mail where a role was expected), which ones are understood, how to tell
    us."""
    listed = ", ".join(sorted(known))
    return where.error(
        f"cannot tell whether {describe_value(value)} is the agent or the customer (known: "
        f"{listed}); csskills does not guess roles because a wrong attribution ruins every "
        f"score. {hint}"
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
