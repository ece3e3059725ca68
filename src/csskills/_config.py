"""Small configuration files (role targets, scorecards): one reader, located errors.

A role file or a scorecard is written by a person, often in a spreadsheet-era editor: it may be
UTF-8 with a byte-order mark, UTF-16, or Latin-1. :func:`read_config` reads TOML or JSON in any
of the encodings it can tell for sure (UTF-8 with or without a byte-order mark, UTF-16/32 with
one, UTF-16 without one when every other byte is zero), refuses the others with the line and
column of the first byte that is not UTF-8, bounds nesting, and turns every parser complaint
into an :class:`~csskills.InputFormatError` naming the file, the line and the field.
:func:`validation_error` does the same for a pydantic complaint about the parsed data.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from csskills._limits import parse_json
from csskills.exceptions import InputFormatError

__all__ = [
    "MAX_CONFIG_BYTES",
    "MAX_DEPTH",
    "decode_text",
    "line_of",
    "read_config",
    "validation_error",
]

#: A configuration file larger than this is not a configuration file.
MAX_CONFIG_BYTES = 4 * 1024 * 1024
#: How deeply a configuration file may nest tables and arrays.
MAX_DEPTH = 32

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(raw: bytes, source: str) -> str:
    """The text of a configuration file, or a located error saying how to save it.

    Read: UTF-8 (with or without a byte-order mark), UTF-16/32 with a byte-order mark, and
    UTF-16 without one when its zero bytes say so unambiguously. Anything else (Latin-1,
    Windows-1252...) is refused, naming the line and column of the first byte that is not
    UTF-8: a guessed encoding silently corrupts names.
    """
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode(raw[len(bom) :], codec, source)
    bare = _bare_utf16(raw)
    return _decode(raw, bare or "utf-8", source)


def _bare_utf16(raw: bytes) -> str | None:
    # UTF-16 without a mark: a text file never holds NUL bytes, but the ASCII characters of
    # UTF-16 text (most of a TOML or JSON file) have one in the same half of every pair.
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = len(raw) // 2
    if odd >= half // 2 and even <= half // 20:
        return "utf-16-le"
    if even >= half // 2 and odd <= half // 20:
        return "utf-16-be"
    return None


def _decode(raw: bytes, codec: str, source: str) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        name = codec.upper().removesuffix("-LE").removesuffix("-BE")
        if codec != "utf-8":
            raise InputFormatError(
                f"not valid {name} ({exc.reason} at byte {exc.start})", source=source
            ) from None
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InputFormatError(
            f"not valid UTF-8 at column {column} (byte 0x{raw[exc.start]:02X}): the file seems "
            "to be in another encoding (Latin-1 or Windows-1252?); save it as UTF-8",
            source=source,
            line=line,
        ) from None


def _toml() -> Any:
    for module in ("tomllib", "tomli"):  # stdlib on 3.11+, the tomli backport if installed
        try:
            return importlib.import_module(module)
        except ModuleNotFoundError:
            continue
    return None


def _parse_toml(text: str, source: str, what: str) -> Any:
    toml = _toml()
    if toml is None:  # pragma: no cover - Python 3.10 without tomli
        raise InputFormatError(
            f"TOML {what}s need Python 3.11+ or the 'tomli' package; use JSON instead",
            source=source,
        )
    try:
        return toml.loads(text)
    except toml.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        found = re.search(r"line (\d+)", str(exc))
        if line is None and found:
            line = int(found.group(1))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputFormatError(f"not valid TOML ({message})", source=source, line=line) from None
    except RecursionError:
        raise InputFormatError(
            f"nested too deeply (more than {MAX_DEPTH} levels of tables or arrays)",
            source=source,
        ) from None


def _check_depth(data: Any, source: str) -> None:
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > MAX_DEPTH and children:
            raise InputFormatError(
                f"nested too deeply (more than {MAX_DEPTH} levels of tables or arrays)",
                source=source,
            )
        stack.extend((child, depth + 1) for child in children)


def read_config(
    path: str | os.PathLike[str], *, toml: bool, what: str = "configuration file"
) -> tuple[Any, str]:
    """The parsed content of a TOML (``toml=True``) or JSON file, and its text.

    ``what`` names the kind of file in messages ("role file", "scorecard"). Every failure is
    an InputFormatError naming the file (and the line where there is one): missing file,
    directory, over :data:`MAX_CONFIG_BYTES`, undecodable, malformed, nested deeper than
    :data:`MAX_DEPTH`.
    """
    name = os.fspath(path)
    try:
        size = os.stat(name).st_size
        if size > MAX_CONFIG_BYTES:
            raise InputFormatError(
                f"{size:,} bytes: too large for a {what} (at most {MAX_CONFIG_BYTES:,})",
                source=name,
            )
        with open(name, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise InputFormatError("no such file", source=name) from None
    except IsADirectoryError:
        raise InputFormatError(f"is a directory, not a {what}", source=name) from None
    text = decode_text(raw, name)
    data = _parse_toml(text, name, what) if toml else parse_json(text, source=name)
    _check_depth(data, name)
    return data, text


def line_of(text: str, field: str) -> int | None:
    """Best effort: the line of a TOML or JSON file where ``field``'s last key is written."""
    parts = [p for p in field.split(".") if p and not p.isdigit()]
    if not parts:
        return None
    key = re.escape(parts[-1])
    pattern = re.compile(rf'^\s*(\[[^\]]*\b{key}\]|"?{key}"?\s*[=:])', re.MULTILINE)
    if len(parts) >= 2:
        section = re.compile(rf"^\s*\[[^\]]*\b{re.escape(parts[-2])}\]", re.MULTILINE)
        found = section.search(text)
        if found:
            inner = pattern.search(text, found.end())
            if inner:
                return text.count("\n", 0, inner.start()) + 1
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def validation_error(
    exc: ValidationError,
    *,
    source: str,
    text: str,
    explain: Callable[[Mapping[str, Any], str], str | None] | None = None,
) -> InputFormatError:
    """A pydantic complaint about a configuration file as a located InputFormatError.

    ``explain(error, field)`` may return a clearer message for an error (``None``: keep
    pydantic's). The input value is never quoted: only the field and what is wrong with it.
    """
    errors = exc.errors(include_url=False)
    error = errors[0]
    field = ".".join(str(p) for p in error["loc"]) or "(file)"
    message = str(error["msg"]).removeprefix("Value error, ")
    if explain is not None:
        message = explain(error, field) or message
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    line = line_of(text, field.replace(".[key]", ""))
    return InputFormatError(message + more, source=source, line=line, field=field)
