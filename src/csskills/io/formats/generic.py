"""Any CSV or JSONL with one row per turn, read through a column mapping.

The mapping says which column holds what (``id``, ``role``, ``text`` required; ``speaker_id``,
``timestamp``, ``start``, ``end``, ``agent_id``, ``customer_id``, ``channel``, ``language``
optional) and which of your role values mean which role (``role.agent=Staff``). On the command
line: ``--map id=ticket,role=sender,text=body,role.agent=Staff|Agent,role.customer=Client``.
In Python: ``ColumnMapping(id="ticket", role="sender", text="body", roles={"agent": ["Staff"]})``
or ``ColumnMapping.parse("id=ticket,...")``.

Rows with the same ``id`` form one conversation, in file order (they need not be adjacent).
The role names themselves (``agent``, ``customer``, ``bot``, ``system``, any case) are always
understood; any other role value is an error naming the file, line and value: csskills never
guesses who spoke. A bad row fails its whole conversation (a conversation with a turn missing
would be scored wrongly), located at that row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from csskills._assessment import Failure
from csskills._limits import csv_fields_unbounded, parse_json
from csskills._transcript import ROLES, Role, Transcript, Turn
from csskills.exceptions import ConfigurationError, InputFormatError
from csskills.io.formats._common import (
    ErrorMode,
    PathLike,
    Where,
    _decode,
    build,
    failure,
    is_jsonl,
    number,
    read_bytes,
    source_name,
    timestamp,
)
from csskills.redact import describe_value

NAME = "mapped"
TURN_FIELDS = ("speaker_id", "timestamp", "start", "end")
CONVERSATION_FIELDS = ("agent_id", "customer_id", "channel", "language")
FIELDS = ("id", "role", "text", *TURN_FIELDS, *CONVERSATION_FIELDS)


@dataclass(frozen=True)
class ColumnMapping:
    """Which column holds each field, and which role values mean which role."""

    id: str = "id"
    role: str = "role"
    text: str = "text"
    speaker_id: str | None = None
    timestamp: str | None = None
    start: str | None = None
    end: str | None = None
    agent_id: str | None = None
    customer_id: str | None = None
    channel: str | None = None
    language: str | None = None
    roles: Mapping[str, Sequence[str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, spec: str) -> ColumnMapping:
        """Parse ``"id=ticket,role=sender,text=body,role.agent=Staff|Agent"``."""
        columns: dict[str, str] = {}
        roles: dict[str, list[str]] = {}
        for raw in spec.split(","):
            item = raw.strip()
            if not item:
                continue
            key, sep, value = item.partition("=")
            key, value = key.strip(), value.strip()
            if not sep or not value:
                raise ConfigurationError(f"--map item {item!r} is not NAME=COLUMN")
            if key.startswith("role."):
                role = key[5:]
                if role not in ROLES:
                    raise ConfigurationError(
                        f"--map item {item!r}: {role!r} is not a role ({', '.join(ROLES)})"
                    )
                roles.setdefault(role, []).extend(v.strip() for v in value.split("|"))
            elif key in FIELDS:
                columns[key] = value
            else:
                raise ConfigurationError(
                    f"--map item {item!r}: unknown field {key!r} (fields: {', '.join(FIELDS)}, "
                    "and role.<role>=VALUE)"
                )
        return cls(**columns, roles=roles)

    def role_table(self) -> dict[str, Role]:
        """Each understood role value (case-folded) and the role it means."""
        table: dict[str, Role] = {r: r for r in ROLES}
        for role, values in self.roles.items():
            if role not in ROLES:
                raise ConfigurationError(f"{role!r} is not a role ({', '.join(ROLES)})")
            for value in values:
                table[value.strip().casefold()] = role
        return table


def _cell(row: Mapping[str, Any], column: str | None, *, keep_blank: bool = False) -> Any:
    if column is None:
        return None
    value = row.get(column)
    if value is None or (not keep_blank and isinstance(value, str) and not value.strip()):
        return None
    try:
        missing = bool(value != value)  # NaN and NaT (pandas' missing values) differ from self
    except (TypeError, ValueError):
        missing = False
    return None if missing else value


def transcripts_from_rows(
    rows: Iterable[tuple[Mapping[str, Any], Where]],
    mapping: ColumnMapping,
    *,
    errors: ErrorMode = "raise",
) -> Iterator[Transcript | Failure]:
    """Group mapped rows into transcripts (shared by the CSV/JSONL reader and pandas)."""
    if errors not in ("raise", "collect"):
        raise ConfigurationError(f"errors must be 'raise' or 'collect', not {errors!r}")
    table = mapping.role_table()
    groups: dict[str, list[Turn]] = {}
    conv: dict[str, dict[str, Any]] = {}
    first: dict[str, Where] = {}
    broken: dict[str, InputFormatError] = {}
    loose: list[InputFormatError] = []
    for row, where in rows:
        try:
            ident = _cell(row, mapping.id)
            if ident is None:
                raise where.error(f"column {mapping.id!r} (id): no conversation id")
            key = str(ident)
            first.setdefault(key, where)
            if key in broken:
                continue
            turn = _turn(row, where, mapping, table)
        except InputFormatError as exc:
            if errors == "raise":
                raise
            if ident is None:
                loose.append(exc)
            else:
                broken.setdefault(str(ident), exc)
            continue
        groups.setdefault(key, []).append(turn)
        fields = conv.setdefault(key, {})
        for name in CONVERSATION_FIELDS:
            value = _cell(row, getattr(mapping, name))
            if value is not None and name not in fields:
                fields[name] = str(value)
    for problem in loose:
        yield failure(problem)
    for key, where in first.items():
        if key in broken:
            yield failure(broken[key], transcript_id=key)
            continue
        try:
            yield build(
                where,
                id=key,
                turns=tuple(groups[key]),
                metadata={"source_format": NAME},
                **conv.get(key, {}),
            )
        except InputFormatError as exc:
            if errors == "raise":
                raise
            yield failure(exc, transcript_id=key)


def _turn(
    row: Mapping[str, Any], where: Where, mapping: ColumnMapping, table: Mapping[str, Role]
) -> Turn:
    raw_role = _cell(row, mapping.role)
    role = table.get(str(raw_role).strip().casefold()) if raw_role is not None else None
    if role is None:
        known = ", ".join(sorted(table))
        shown = describe_value(raw_role)
        # name the value in the hint only when it is shown whole (never a redacted excerpt)
        value = str(raw_role) if shown == repr(raw_role) else "VALUE"
        raise where.error(
            f"column {mapping.role!r} (role): {shown} is not a known role value "
            f"(known: {known}); say what it means with role.agent={value} or "
            f"role.customer={value}: csskills does not guess who spoke"
        )
    text = _cell(row, mapping.text, keep_blank=True)  # whitespace is text, kept as it is
    if text is None and mapping.text not in row:
        raise where.error(f"column {mapping.text!r} (text) is missing")
    stamp = _cell(row, mapping.timestamp)
    start = _cell(row, mapping.start)
    end = _cell(row, mapping.end)
    speaker = _cell(row, mapping.speaker_id)
    try:
        return Turn(
            role=role,
            text="" if text is None else str(text),
            speaker_id=None if speaker is None else str(speaker),
            timestamp=None if stamp is None else _stamp(stamp, where, mapping),
            start=None if start is None else number(start, where.at(f"{mapping.start}")),
            end=None if end is None else number(end, where.at(f"{mapping.end}")),
        )
    except ValueError as exc:
        if isinstance(exc, InputFormatError):
            raise
        raise where.error(str(exc).splitlines()[-1]) from None


def _stamp(value: Any, where: Where, mapping: ColumnMapping) -> Any:
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value
    if isinstance(value, str):
        try:
            return timestamp(float(value), where)
        except ValueError:
            pass
    return timestamp(value, Where(where.source, where.line, f"column {mapping.timestamp!r}"))


def _rows(path: PathLike) -> Iterator[tuple[Mapping[str, Any], Where] | InputFormatError]:
    source = source_name(path)
    data = read_bytes(path)
    if is_jsonl(path):
        for line_no, raw in enumerate(data.splitlines(), 1):
            if not raw.strip():
                continue
            where = Where(source, line_no)
            try:
                record = parse_json(_decode(raw, source, line_no), source=source, line=line_no)
            except InputFormatError as exc:
                yield exc
                continue
            if not isinstance(record, dict):
                yield where.error("expected a JSON object")
                continue
            yield record, where
        return
    yield from _csv_rows(data, source)


def _csv_rows(
    data: bytes, source: str
) -> Iterator[tuple[Mapping[str, Any], Where] | InputFormatError]:
    """CSV rows with their line; a bad row is an error in its place, never the end of the file.

    Bytes that are not UTF-8 make only their row an error (the text is decoded with
    ``surrogateescape`` and rows holding an escaped byte are refused). A row the CSV grammar
    rejects (an unterminated quote that would swallow the rest of the file, a stray quote) is
    an error at its first line, and reading resumes on the next line.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8", errors="surrogateescape")
    # Split on "\n" only: str.splitlines would also break inside a cell at U+2028 and friends.
    lines = [line for line in re.split(r"(?<=\n)", text) if line]
    if not lines:
        return
    try:
        header = next(csv.reader([lines[0]], strict=True))
    except (csv.Error, StopIteration):
        header = []
    if not any(cell.strip() for cell in header):
        yield InputFormatError("the first row must name the columns", source=source, line=1)
        return
    with csv_fields_unbounded():  # a long e-mail is longer than csv's 131,072-character default
        yield from _csv_body(lines, header, source)


def _csv_body(
    lines: list[str], header: list[str], source: str
) -> Iterator[tuple[Mapping[str, Any], Where] | InputFormatError]:
    start = 1  # index of the next physical line to read
    while start < len(lines):
        # the lines from ``start`` on, without copying them: a slice per bad row made a file
        # with a stray quote on every row quadratic in its rows
        rest = map(lines.__getitem__, range(start, len(lines)))
        reader = csv.DictReader(rest, fieldnames=header, strict=True)
        consumed = 0
        try:
            for row in reader:
                line = start + consumed + 1
                consumed = reader.line_num
                if any(_ESCAPED.search(v) for v in row.values() if isinstance(v, str)):
                    yield InputFormatError("not valid UTF-8", source=source, line=line)
                    continue
                yield row, Where(source, line)
            return
        except csv.Error as exc:
            line = start + consumed + 1
            yield InputFormatError(f"not valid CSV ({exc})", source=source, line=line)
            start = start + consumed + 1


_ESCAPED = re.compile("[\udc80-\udcff]")


def read_mapped(
    path: PathLike,
    mapping: ColumnMapping | str,
    *,
    errors: ErrorMode = "raise",
) -> Iterator[Transcript | Failure]:
    """Read a CSV (or ``.jsonl``) file of turns through a column mapping."""
    if isinstance(mapping, str):
        mapping = ColumnMapping.parse(mapping)
    rows: list[tuple[Mapping[str, Any], Where]] = []
    bad: list[InputFormatError] = []
    for item in _rows(path):
        if isinstance(item, InputFormatError):
            if errors == "raise":
                raise item
            bad.append(item)
        else:
            rows.append(item)
    if rows and isinstance(rows[0][0], dict):
        header = {k for k in rows[0][0] if isinstance(k, str)}  # not csv's None rest-key
        needed = [c for c in (mapping.id, mapping.role, mapping.text) if c not in header]
        if needed and not is_jsonl(path):
            raise InputFormatError(
                f"column(s) {', '.join(repr(c) for c in needed)} not in the header "
                f"(columns: {', '.join(sorted(header))})",
                source=source_name(path),
                line=1,
            )
    for problem in bad:
        yield failure(problem)
    yield from transcripts_from_rows(rows, mapping, errors=errors)


def transcripts_from_frame(
    frame: Any,
    mapping: ColumnMapping | str | Mapping[str, str] | None = None,
    *,
    errors: str = "raise",
) -> list[Transcript | Failure]:
    """Transcripts from a DataFrame with one row per turn.

    ``mapping`` names the columns (a :class:`~csskills.io.formats.ColumnMapping`, the
    ``"id=ticket,role=sender,..."`` string of ``--map``, or a dict ``{"id": "ticket", ...}``);
    by default the columns of :func:`csskills.report.frames.transcripts_to_frame` are used.
    Rows of one ``id`` form one conversation in frame order; an unknown role value is an error
    naming the row (``row 17``), never a guess. With ``errors="collect"`` bad conversations
    come back as :class:`~csskills.Failure` records in place.
    """
    columns = [str(c) for c in frame.columns]
    if mapping is None:
        chosen = {name: name for name in FIELDS if name in columns}
        mapping = ColumnMapping(**chosen)  # type: ignore[arg-type]
    elif isinstance(mapping, str):
        mapping = ColumnMapping.parse(mapping)
    elif not isinstance(mapping, ColumnMapping):
        values = dict(mapping)
        roles = {k[5:]: [v] for k, v in values.items() if k.startswith("role.")}
        plain = {k: v for k, v in values.items() if not k.startswith("role.")}
        mapping = ColumnMapping(**plain, roles=roles)
    needed = [c for c in (mapping.id, mapping.role, mapping.text) if c not in columns]
    if needed:
        raise InputFormatError(
            f"column(s) {', '.join(needed)} not in the frame (columns: {columns})"
        )
    if errors not in ("raise", "collect"):
        raise ConfigurationError(f"errors must be 'raise' or 'collect', not {errors!r}")
    records = frame.to_dict(orient="records")
    index = list(frame.index)
    rows = (
        (record, Where("DataFrame", None, f"row {label!r}"))
        for record, label in zip(records, index, strict=True)
    )
    return list(transcripts_from_rows(rows, mapping, errors=errors))  # type: ignore[arg-type]
