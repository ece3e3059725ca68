"""Importers for the exports users already have: contact-centre, help-desk and open formats.

``read(path)`` sniffs the format (file extension, then top-level keys or CSV columns) and
streams :class:`~csskills.Transcript` objects, or :class:`~csskills.Failure` records in place of
bad ones with ``errors="collect"``. :func:`detect_format` says which format it chose and why.
Each format also has its own reader (``read_zendesk``...) and a page in ``docs/formats/``.

Every importer maps roles from what the export says and refuses to guess the ones it cannot
know: a turn credited to the wrong side silently ruins every score.
"""

from __future__ import annotations

import csv
import inspect
import io
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from csskills._assessment import Failure
from csskills._limits import DEFAULT_LIMITS, Limits, check_file_size, limited, parse_json
from csskills._transcript import Transcript
from csskills.exceptions import ConfigurationError, InputFormatError, UsageError
from csskills.io._jsonl import iter_transcripts, raw_lines
from csskills.io.formats import (
    ccai,
    contact_lens,
    freshdesk,
    intercom,
    transcribe,
    twcs,
    vcon,
    zendesk,
)
from csskills.io.formats._common import ErrorMode, PathLike, _decode, read_bytes, source_name
from csskills.io.formats.ccai import read_ccai
from csskills.io.formats.contact_lens import read_contact_lens
from csskills.io.formats.freshdesk import read_freshdesk
from csskills.io.formats.generic import (
    ColumnMapping,
    read_mapped,
    transcripts_from_frame,
    transcripts_from_rows,
)
from csskills.io.formats.intercom import read_intercom
from csskills.io.formats.transcribe import read_transcribe
from csskills.io.formats.twcs import read_twcs
from csskills.io.formats.vcon import read_vcon
from csskills.io.formats.zendesk import read_zendesk

__all__ = [
    "FORMATS",
    "ColumnMapping",
    "FormatGuess",
    "detect_format",
    "read",
    "read_ccai",
    "read_contact_lens",
    "read_freshdesk",
    "read_intercom",
    "read_mapped",
    "read_native",
    "read_transcribe",
    "read_twcs",
    "read_vcon",
    "read_zendesk",
    "reader_options",
    "transcripts_from_frame",
    "transcripts_from_rows",
]


def read_native(path: PathLike, *, errors: ErrorMode = "raise") -> Iterator[Transcript | Failure]:
    """csskills' own JSONL (one Transcript object per line)."""
    return iter_transcripts(path, errors=errors)


Reader = Callable[..., Iterator[Transcript | Failure]]

#: Every format name and its one-line description (what ``--format`` accepts).
FORMATS: dict[str, str] = {
    "csskills": "csskills JSONL, one Transcript per line",
    "transcribe": "Amazon Transcribe Call Analytics post-call JSON",
    "contact-lens": "Amazon Connect Contact Lens analysis JSON (voice and chat)",
    "ccai": "Google Contact Center AI Insights conversation JSON",
    "zendesk": "Zendesk ticket + comments JSON",
    "intercom": "Intercom conversation JSON",
    "freshdesk": "Freshdesk ticket + conversations JSON",
    "twcs": "Twitter customer-support CSV (tweet_id, author_id, inbound, ...)",
    "vcon": "IETF vCon JSON",
    "generic": "any CSV/JSONL of turns, with a column mapping (--map)",
}

_READERS: dict[str, Reader] = {
    "csskills": read_native,
    "transcribe": read_transcribe,
    "contact-lens": read_contact_lens,
    "ccai": read_ccai,
    "zendesk": read_zendesk,
    "intercom": read_intercom,
    "freshdesk": read_freshdesk,
    "twcs": read_twcs,
    "vcon": read_vcon,
    "generic": read_mapped,
}

# Order matters: the most specific signatures first.
_SNIFFERS: tuple[tuple[str, Callable[[Mapping[str, Any]], bool]], ...] = (
    ("transcribe", transcribe.sniff),
    ("contact-lens", contact_lens.sniff),
    ("ccai", ccai.sniff),
    ("vcon", vcon.sniff),
    ("zendesk", zendesk.sniff),
    ("freshdesk", freshdesk.sniff),
    ("intercom", intercom.sniff),
)


@dataclass(frozen=True)
class FormatGuess:
    """The format :func:`detect_format` chose, and the evidence for it."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name} ({self.reason})"


def _formats_list() -> str:
    return "; ".join(f"{name}: {desc}" for name, desc in FORMATS.items())


def _unknown(source: str, what: str) -> InputFormatError:
    return InputFormatError(
        f"cannot tell the format ({what}); name it with format=... / --format NAME. "
        f"Known formats: {_formats_list()}",
        source=source,
    )


def _classify(record: Any, source: str, where: str) -> FormatGuess:
    if not isinstance(record, dict):
        raise _unknown(source, f"{where} is not a JSON object")
    if "turns" in record and isinstance(record.get("turns"), list):
        return FormatGuess("csskills", f"{where} has 'turns'")
    for name, sniff in _SNIFFERS:
        if sniff(record):
            keys = ", ".join(_shown_keys(record, 6))
            return FormatGuess(name, f"{where} has the keys of {FORMATS[name]} ({keys})")
    if "turns" in record and "id" in record:  # a csskills record with a bad 'turns' value
        return FormatGuess("csskills", f"{where} has 'id' and 'turns'")
    raise _unknown(source, f"{where} has keys {', '.join(_shown_keys(record, 12))}")


def _shown_keys(record: Mapping[str, Any], n: int) -> list[str]:
    # Keys are named only when they look like field names: a key can be any text, even PII.
    keys = sorted(k for k in record if isinstance(k, str))
    shown = [k if k.isascii() and k.isidentifier() and len(k) <= 40 else "[other]" for k in keys]
    return shown[:n]


def _open(source: str) -> IO[bytes]:
    """The file opened for reading, or the located error ``read_bytes`` would give."""
    try:
        return open(source, "rb")
    except (FileNotFoundError, IsADirectoryError):
        read_bytes(source)  # raises the located error
        raise


#: Sniffing a JSONL file tries at most this many non-blank lines for one that can be read.
SNIFF_LINES = 50


def _sniff_jsonl(source: str, limits: Limits) -> FormatGuess:
    """The format of the first record that can be read among the first :data:`SNIFF_LINES`.

    A malformed first line (truncated, not an object, not UTF-8) is passed over here: the
    reader reports it in its place, and the records after it are still read. Lines are read
    through the JSONL reader's own line splitter: UTF-16/32 with a byte-order mark are read,
    and no line over ``max_record_bytes`` is held in memory.
    """
    first_problem: str | None = None
    tried = 0
    with _open(source) as handle:
        for line in raw_lines(handle, source, limits):
            raw = line.raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip() and not line.oversize and line.error is None:
                continue
            tried += 1
            problem = line.error or (
                f"{line.oversize:,} bytes, over the limit of {limits.max_record_bytes:,}"
                if line.oversize
                else None
            )
            if problem is None:
                try:
                    return _classify(
                        parse_json(raw, source=source, line=line.number),
                        source,
                        f"line {line.number}",
                    )
                except InputFormatError as exc:
                    problem = exc.message
            if first_problem is None:
                first_problem = f"line {line.number}: {problem}"
            if tried >= SNIFF_LINES:
                break
    if first_problem is None:
        raise _unknown(source, "the file is empty")
    raise _unknown(
        source, f"none of the first {tried} record(s) can be read; the first: {first_problem}"
    )


def _csv_header(source: str, limits: Limits) -> list[str]:
    """The first row of a CSV file, read no further than its first line (within the limit)."""
    cap = limits.max_record_bytes
    with _open(source) as handle:
        head = handle.readline(-1 if cap is None else cap)
    text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
    try:
        return next(csv.reader(io.StringIO(text)), [])
    except csv.Error:
        return []


def detect_format(
    path: PathLike,
    *,
    mapping: ColumnMapping | str | None = None,
    limits: Limits | None = None,
) -> FormatGuess:
    """Which format ``path`` is in, from its extension and its top-level keys or columns.

    With a mapping, CSV and JSONL files are read by the generic reader (JSON documents are
    still sniffed, so one command can mix vendor exports and mapped files). A JSONL file is
    told by its first record that can be read (a malformed first line is left for the reader
    to report); nothing longer than ``limits.max_record_bytes`` is read into memory. Raises
    InputFormatError listing the known formats when nothing matches.
    """
    lim = DEFAULT_LIMITS if limits is None else limits
    source = source_name(path)
    suffix = Path(source).suffix.lower()
    if mapping is not None and suffix in {".csv", ".tsv", ".jsonl", ".ndjson"}:
        return FormatGuess("generic", "a column mapping was given for a CSV/JSONL file")
    if suffix in {".csv", ".tsv"}:
        header = _csv_header(source, lim)
        if twcs.sniff_columns(header):
            return FormatGuess("twcs", "CSV with the twcs columns tweet_id, inbound, ...")
        raise _unknown(
            source,
            f"a CSV with columns {', '.join(h[:40] for h in header[:12])}; for your own "
            "columns give a mapping (--map id=...,role=...,text=...)",
        )
    if suffix in {".jsonl", ".ndjson"}:
        return _sniff_jsonl(source, lim)
    if suffix == ".json":
        if lim.max_file_bytes is not None and os.path.isfile(source):
            check_file_size(os.stat(source).st_size, lim, source=source)
        document = parse_json(_decode(read_bytes(path), source), source=source)
        if isinstance(document, list):
            if not document:
                raise _unknown(source, "the JSON array is empty")
            return _classify(document[0], source, "the first array item")
        if isinstance(document, dict) and isinstance(document.get("conversations"), list):
            items = document["conversations"]
            if items and isinstance(items[0], dict) and intercom.sniff(items[0]):
                return FormatGuess("intercom", "'conversations' holds Intercom conversations")
        guess = _classify(document, source, "the document")
        if guess.name == "csskills":
            raise _unknown(source, "a single csskills transcript must be in a .jsonl file")
        return guess
    raise _unknown(
        source, f"unknown extension {suffix or '(none)'!r}; expected .json, .jsonl, .csv"
    )


_FIXED = frozenset({"path", "errors", "mapping", "limits"})


def reader_options(name: str) -> list[str]:
    """The keyword options the reader of format ``name`` takes (``agent_ids``, ``roles``...)."""
    if name not in _READERS:
        known = ", ".join(FORMATS)
        raise ConfigurationError(f"unknown format {name!r}; known formats: {known}, auto")
    return [p for p in inspect.signature(_READERS[name]).parameters if p not in _FIXED]


def read(
    path: PathLike,
    format: str = "auto",
    *,
    errors: ErrorMode = "raise",
    mapping: ColumnMapping | str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    **options: Any,
) -> Iterator[Transcript | Failure]:
    """Stream transcripts from ``path`` in any supported format.

    ``format="auto"`` sniffs it (see :func:`detect_format`); ``mapping`` is required for
    ``"generic"``; other keyword options go to the format's reader (``agent_ids=...`` for
    Zendesk, ``roles=...`` for the Amazon formats...) and an option the reader does not take is
    an error naming the ones it does. ``limits`` bounds what one record may hold (a transcript
    over a limit is an error, or a Failure in its place with ``errors="collect"``).
    """
    name = (
        detect_format(path, mapping=mapping, limits=limits).name if format == "auto" else format
    )
    if name not in _READERS:
        known = ", ".join(FORMATS)
        raise ConfigurationError(f"unknown format {name!r}; known formats: {known}, auto")
    reader = _READERS[name]
    accepted = reader_options(name)
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        takes = ", ".join(accepted) or "no options"
        raise UsageError(f"format {name!r} does not take {', '.join(unknown)} (it takes: {takes})")
    if name == "generic":
        if mapping is None:
            raise ConfigurationError(
                "the generic format needs a column mapping: mapping='id=...,role=...,text=...'"
            )
        items = read_mapped(path, mapping, errors=errors)
    elif mapping is not None and format != "auto":
        raise ConfigurationError(
            f"a column mapping only applies to the generic format, not {name!r}"
        )
    elif name == "csskills":
        return iter_transcripts(path, errors=errors, limits=limits)
    else:
        items = reader(path, errors=errors, **options)
    return limited(items, limits, source=source_name(path), errors=errors)


# Keep the per-format modules importable from here for their NAME/sniff helpers.
_MODULES = (ccai, contact_lens, freshdesk, intercom, transcribe, twcs, vcon, zendesk)
