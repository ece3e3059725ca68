"""Human QA labels: the documented CSV / JSONL format, validated with located errors.

One record = one rater's score of one item (a competency, ``overall``, ``csat``, a behaviour or
any scorecard line) for one conversation, on the rater's own scale. See
``docs/formats/qa-labels.md``. Every error names ``file:line:column``, so a QA lead can fix the
export without reading Python.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict, Field

from csskills._config import decode_text
from csskills._limits import csv_fields_unbounded, parse_json
from csskills.exceptions import (
    ConfigurationError,
    InputFormatError,
    LabelFormatError,
    UnknownItemError,
)
from csskills.redact import describe_value

__all__ = ["LabelFormatError", "QALabel", "QALabels", "read_labels"]

REQUIRED = ("conversation_id", "rater", "item", "score")
OPTIONAL = ("scale_min", "scale_max", "comment")
_ALIASES = {"transcript_id": "conversation_id", "competency": "item", "value": "score"}


class QALabel(BaseModel):
    """One rater's score of one item of one conversation, on the rater's scale."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    conversation_id: str = Field(min_length=1)
    rater: str = Field(min_length=1)
    item: str = Field(min_length=1)
    score: float
    scale_min: float | None = None
    scale_max: float | None = None
    comment: str | None = None


@dataclass(frozen=True)
class ItemMatrix:
    """Ratings of one item as a ``(conversations, raters)`` matrix, NaN where missing."""

    item: str
    conversations: list[str]
    raters: list[str]
    raw: NDArray[np.float64]
    scaled: NDArray[np.float64]

    def consensus(self) -> NDArray[np.float64]:
        """Mean 0-100 score per conversation over the raters who rated it."""
        with np.errstate(invalid="ignore"):
            counts = (~np.isnan(self.scaled)).sum(1)
            sums = np.nansum(self.scaled, 1)
            return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


class QALabels(Sequence[QALabel]):
    """A validated set of labels; ``matrix(item)`` gives what the statistics need.

    Scores are put on 0-100 (the library's scale) per label with its ``scale_min`` /
    ``scale_max`` when given, else with the lowest and highest score seen for that item across
    all raters (a 1-5 item where somebody used both ends maps 1 -> 0 and 5 -> 100).
    """

    def __init__(self, labels: Iterable[QALabel]) -> None:
        self._labels = list(labels)

    def __len__(self) -> int:
        return len(self._labels)

    def __getitem__(self, index: int) -> QALabel:  # type: ignore[override]
        return self._labels[index]

    def __iter__(self) -> Iterator[QALabel]:
        return iter(self._labels)

    def __repr__(self) -> str:
        return (
            f"<QALabels {len(self)} labels, {len(self.items())} items, {len(self.raters())} raters>"
        )

    def items(self) -> list[str]:
        """The labelled items, sorted."""
        return sorted({lb.item for lb in self._labels})

    def raters(self) -> list[str]:
        """The raters, sorted."""
        return sorted({lb.rater for lb in self._labels})

    def conversations(self) -> list[str]:
        """The labelled conversation ids, sorted."""
        return sorted({lb.conversation_id for lb in self._labels})

    def scale(self, item: str) -> tuple[float, float]:
        """The observed (lowest, highest) score of ``item`` (the default scale)."""
        scores = [lb.score for lb in self._labels if lb.item == item]
        if not scores:
            raise UnknownItemError(f"no labels for item {item!r}; items: {', '.join(self.items())}")
        return min(scores), max(scores)

    def matrix(self, item: str) -> ItemMatrix:
        """The ``(conversations, raters)`` matrices of ``item``: raw scores and 0-100 scores."""
        labels = [lb for lb in self._labels if lb.item == item]
        lo, hi = self.scale(item)
        conversations = sorted({lb.conversation_id for lb in labels})
        raters = sorted({lb.rater for lb in labels})
        ci = {c: i for i, c in enumerate(conversations)}
        ri = {r: i for i, r in enumerate(raters)}
        raw = np.full((len(conversations), len(raters)), np.nan)
        scaled = raw.copy()
        for lb in labels:
            a = lo if lb.scale_min is None else lb.scale_min
            b = hi if lb.scale_max is None else lb.scale_max
            raw[ci[lb.conversation_id], ri[lb.rater]] = lb.score
            scaled[ci[lb.conversation_id], ri[lb.rater]] = (
                50.0 if b == a else (lb.score - a) / (b - a) * 100.0
            )
        return ItemMatrix(item, conversations, raters, raw, scaled)


def _number(
    value: Any, name: str, source: str, line: int, column: int, *, optional: bool = False
) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if optional:
            return None
        raise LabelFormatError("missing value", source=source, line=line, column=column, field=name)
    if isinstance(value, bool):
        value = str(value)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise LabelFormatError(
            f"expected a number, got {describe_value(value)}",
            source=source,
            line=line,
            column=column,
            field=name,
        ) from None
    if not math.isfinite(number):
        raise LabelFormatError(
            f"expected a finite number, got {describe_value(value)}",
            source=source,
            line=line,
            column=column,
            field=name,
        )
    return number


def _record(raw: dict[str, Any], columns: dict[str, int], source: str, line: int) -> QALabel:
    rec = {_ALIASES.get(k, k): v for k, v in raw.items() if k is not None}
    unknown = sorted(set(rec) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise LabelFormatError(
            f"unknown field; expected {', '.join(REQUIRED + OPTIONAL)}",
            source=source,
            line=line,
            column=columns.get(unknown[0], 1),
            field=unknown[0],
        )
    for name in ("conversation_id", "rater", "item"):
        value = rec.get(name)
        if value is None or not str(value).strip():
            raise LabelFormatError(
                "missing value", source=source, line=line, column=columns.get(name, 1), field=name
            )
    score = _number(rec.get("score"), "score", source, line, columns.get("score", 1))
    lo = _number(rec.get("scale_min"), "scale_min", source, line, columns.get("scale_min", 1),
                 optional=True)  # fmt: skip
    hi = _number(rec.get("scale_max"), "scale_max", source, line, columns.get("scale_max", 1),
                 optional=True)  # fmt: skip
    if (lo is None) != (hi is None):
        raise LabelFormatError(
            "give both scale_min and scale_max, or neither",
            source=source,
            line=line,
            column=columns.get("scale_min" if lo is None else "scale_max", 1),
            field="scale_min" if lo is None else "scale_max",
        )
    if lo is not None and hi is not None:
        if hi <= lo:
            raise LabelFormatError(
                f"scale_max ({hi:g}) must be above scale_min ({lo:g})",
                source=source, line=line, column=columns.get("scale_max", 1), field="scale_max",
            )  # fmt: skip
        if score is not None and not lo <= score <= hi:
            raise LabelFormatError(
                f"score {score:g} is outside the scale {lo:g}-{hi:g}",
                source=source, line=line, column=columns.get("score", 1), field="score",
            )  # fmt: skip
    comment = rec.get("comment")
    return QALabel(
        conversation_id=str(rec["conversation_id"]).strip(),
        rater=str(rec["rater"]).strip(),
        item=str(rec["item"]).strip(),
        score=score,
        scale_min=lo,
        scale_max=hi,
        comment=str(comment) if comment not in (None, "") else None,
    )


def _csv_rows(text: str, source: str) -> Iterator[tuple[list[str], int]]:
    """Each CSV row and the line it ends on; a quote that never closes (it would swallow every
    later line into one field) or a stray quote is a located error, not a silent merge."""
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    with csv_fields_unbounded():
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raw = lines[start - 1] if start - 1 < len(lines) else ""
                if "end of data" in str(exc):
                    opening = raw.rfind('"')
                    raise LabelFormatError(
                        "unterminated quote: the quoted field that opens on this line never "
                        "closes, so it would take in every later line; close the quote",
                        source=source, line=start,
                        column=raw.count(",", 0, max(opening, 0)) + 1,
                    ) from None  # fmt: skip
                raise LabelFormatError(
                    f"not valid CSV ({exc}); a quote inside a field must be doubled (\"\")",
                    source=source, line=reader.line_num or start, column=1,
                ) from None  # fmt: skip
            yield row, reader.line_num


def _csv_records(text: str, source: str) -> Iterator[tuple[dict[str, Any], dict[str, int], int]]:
    header: list[str] | None = None
    for row, line in _csv_rows(text, source):
        if not row or all(not c.strip() for c in row):
            continue
        if header is None:
            header = [h.strip().lower() for h in row]
            names = [_ALIASES.get(h, h) for h in header]
            for req in REQUIRED:
                if req not in names:
                    raise LabelFormatError(
                        f"missing column {req!r}; the header must name {', '.join(REQUIRED)}",
                        source=source, line=line, column=1, field=req,
                    )  # fmt: skip
            continue
        if len(row) != len(header):
            raise LabelFormatError(
                f"expected {len(header)} columns, got {len(row)}",
                source=source, line=line, column=min(len(row), len(header)) + 1,
            )  # fmt: skip
        columns = {_ALIASES.get(h, h): i + 1 for i, h in enumerate(header)}
        yield dict(zip(header, row, strict=True)), columns, line


def _jsonl_records(text: str, source: str) -> Iterator[tuple[dict[str, Any], dict[str, int], int]]:
    for line, content in enumerate(text.splitlines(), 1):
        if not content.strip():
            continue
        try:
            record = json.loads(content)
        except json.JSONDecodeError as exc:
            raise LabelFormatError(
                f"invalid JSON: {exc.msg}", source=source, line=line, column=exc.colno
            ) from None
        except (RecursionError, ValueError) as exc:  # nested too deeply; a 5,000-digit number
            try:
                parse_json(content)
            except InputFormatError as located:
                message = located.message
            else:  # pragma: no cover - json.loads failed, so parse_json does too
                message = type(exc).__name__
            raise LabelFormatError(message, source=source, line=line, column=1) from None
        if not isinstance(record, dict):
            raise LabelFormatError(
                f"expected a JSON object, got {type(record).__name__}",
                source=source, line=line, column=1,
            )  # fmt: skip
        # the column of a field is where its key starts on the line
        columns: dict[str, int] = {}
        for key in record:
            pos = content.find(json.dumps(key))
            columns[_ALIASES.get(str(key), str(key))] = pos + 1 if pos >= 0 else 1
        yield record, columns, line


def read_labels(path: str | Path, *, format: str | None = None) -> QALabels:
    """Read and validate a CSV or JSONL labels file (format from the suffix unless given).

    Raises :class:`LabelFormatError` (a ``ValueError``) at the first bad record, naming
    ``file:line:column`` and the field; duplicates of (conversation, rater, item) are errors.
    """
    p = Path(path)
    source = str(path)
    fmt = format or ("jsonl" if p.suffix.lower() in (".jsonl", ".json", ".ndjson") else "csv")
    if fmt not in ("csv", "jsonl"):
        raise ConfigurationError(f"format must be 'csv' or 'jsonl', got {fmt!r}")
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise LabelFormatError("no such file", source=source) from None
    except IsADirectoryError:
        raise LabelFormatError("is a directory, not a labels file", source=source) from None
    try:
        text = decode_text(data, source)  # UTF-8 (BOM or not), UTF-16/32; else where it breaks
    except InputFormatError as exc:
        raise LabelFormatError(exc.message, source=source, line=exc.line) from None
    records = _csv_records(text, source) if fmt == "csv" else _jsonl_records(text, source)
    labels: list[QALabel] = []
    seen: dict[tuple[str, str, str], int] = {}
    for raw, columns, line in records:
        label = _record(raw, columns, source, line)
        key = (label.conversation_id, label.rater, label.item)
        if key in seen:
            raise LabelFormatError(
                f"duplicate label of conversation {key[0]!r} by rater {key[1]!r} for item "
                f"{key[2]!r} (first on line {seen[key]})",
                source=source, line=line, column=columns.get("conversation_id", 1),
                field="conversation_id",
            )  # fmt: skip
        seen[key] = line
        labels.append(label)
    if not labels:
        raise LabelFormatError("no labels in the file", source=source, line=1, column=1)
    return QALabels(labels)
