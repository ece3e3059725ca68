"""What every ``csskills`` command shares: the parser, exit codes, inputs, limits and outputs."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Literal

from csskills._assessment import Failure
from csskills._limits import DEFAULT_LIMITS, Limits
from csskills._transcript import Transcript
from csskills.exceptions import ConfigurationError
from csskills.io import (
    ColumnMapping,
    ResumeState,
    commit,
    detect_format,
    iter_transcripts,
    partial_path,
    read,
)

EXIT_OK = 0
EXIT_FAILURES = 1
EXIT_USAGE = 2

ErrorMode = Literal["raise", "collect"]


class Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit with :data:`EXIT_USAGE`."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# -- input limits ---------------------------------------------------------------------------

_LIMIT_FLAGS = {
    "max_turn_chars": "--limit-turn-chars",
    "max_turns": "--limit-turns",
    "max_record_bytes": "--limit-record-bytes",
    "max_file_bytes": "--limit-file-bytes",
}


def _non_negative(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number >= 0")
    return value


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``--limit-*`` options (0 switches a limit off), defaults from :class:`Limits`."""
    group = parser.add_argument_group("input limits (0: no limit)")
    d = DEFAULT_LIMITS
    for name, help_text in (
        ("max_turn_chars", f"characters per turn ({d.max_turn_chars:,})"),
        ("max_turns", f"turns per conversation ({d.max_turns:,})"),
        ("max_record_bytes", f"bytes per JSONL line ({d.max_record_bytes:,})"),
        ("max_file_bytes", f"bytes per input file ({d.max_file_bytes:,})"),
    ):
        group.add_argument(
            _LIMIT_FLAGS[name], dest=f"limit_{name}", type=_non_negative, metavar="N",
            help=help_text,
        )


def limits_from_args(args: argparse.Namespace) -> Limits:
    """The :class:`Limits` the ``--limit-*`` options ask for (defaults where not given)."""
    changes: dict[str, int | None] = {}
    for name in _LIMIT_FLAGS:
        value = getattr(args, f"limit_{name}", None)
        if value is not None:
            changes[name] = value or None
    return DEFAULT_LIMITS.model_copy(update=changes) if changes else DEFAULT_LIMITS


# -- inputs ---------------------------------------------------------------------------------


def column_mapping(spec: str) -> ColumnMapping:
    """``--map`` parsed, or an argparse error naming what is wrong."""
    try:
        return ColumnMapping.parse(spec)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_input_arguments(parser: argparse.ArgumentParser, formats: Iterable[str]) -> None:
    """``--format`` and ``--map``, shared by every command that reads transcripts."""
    parser.add_argument(
        "--format",
        default="auto",
        choices=("auto", *formats),
        metavar="NAME",
        help="input format: auto (default: sniffed and reported), csskills, transcribe, "
        "contact-lens, ccai, zendesk, intercom, freshdesk, twcs, vcon, generic",
    )
    parser.add_argument(
        "--map",
        type=column_mapping,
        metavar="SPEC",
        help="column mapping for the generic CSV/JSONL format, e.g. "
        "id=ticket,role=sender,text=body,role.agent=Staff|Agent,role.customer=Client",
    )


def transcripts_from(
    paths: Sequence[str],
    errors: ErrorMode,
    fmt: str = "auto",
    mapping: ColumnMapping | None = None,
    *,
    announce: bool = False,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Transcript | Failure]:
    """Transcripts of every input file in order, in any format, within ``limits``."""
    if fmt == "generic" and mapping is None:
        raise ConfigurationError(
            "--format generic needs --map id=COLUMN,role=COLUMN,text=COLUMN,..."
        )
    if mapping is not None and fmt not in ("auto", "generic"):
        raise ConfigurationError(f"--map only applies to --format generic, not {fmt}")
    for path in paths:
        if path == "-" and fmt in ("auto", "csskills") and mapping is None:
            yield from iter_transcripts(path, errors=errors, limits=limits)
            continue
        name = fmt
        if fmt == "auto":
            guess = detect_format(path, mapping=mapping)
            name = guess.name
            if announce and name != "csskills":  # csskills' own JSONL needs no news
                sys.stderr.write(f"{path}: reading as {guess}\n")
        yield from read(
            path, name, errors=errors, mapping=mapping if name == "generic" else None,
            limits=limits,
        )


# -- outputs --------------------------------------------------------------------------------


def check_resumable(path: str) -> None:
    """Refuse to resume into stdout: there is nothing to read back."""
    if path == "-":
        raise ConfigurationError("--resume needs an output file (-o OUT), not stdout")


def open_output(path: str, resume: ResumeState | None = None) -> IO[str]:
    """stdout for ``-``, else ``OUT.partial`` (renamed to ``OUT`` by :func:`close_output`)."""
    if path == "-":
        return sys.stdout
    # --resume continues the partial file prepare_resume() left holding only complete records.
    return open(partial_path(path), "a" if resume else "w", encoding="utf-8")


def close_output(handle: IO[str], path: str, *, success: bool, keep: bool = False) -> None:
    """Commit a complete output, keep an interrupted one for ``--resume``, or remove it."""
    if handle is sys.stdout:
        handle.flush()
        return
    if success:
        commit(handle, path)  # flushed to disk, then renamed: OUT is complete or absent
        return
    kept = keep and handle.tell() > 0
    handle.close()
    if kept:  # an interrupted run keeps its work for --resume; the name says it is incomplete
        sys.stderr.write(
            f"csskills: incomplete output kept in {partial_path(path)}; "
            "rerun with --resume to continue\n"
        )
    else:
        os.remove(partial_path(path))


def write_text(text: str, output: str | None) -> None:
    """``text`` and a newline to stdout (``None`` or ``-``) or to a file."""
    if output in (None, "-"):
        sys.stdout.write(text + "\n")
        return
    assert output is not None
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(text + "\n")


_LIMIT_HINT = re.compile(r"\(Limits\.(max_\w+); raise it, or None for no limit\)")


def cli_message(message: str) -> str:
    """A library message as the command line says it: limits named by their ``--limit-*`` option."""

    def hint(match: re.Match[str]) -> str:
        flag = _LIMIT_FLAGS.get(match.group(1))
        if flag is None:
            return match.group(0)
        return f"(Limits.{match.group(1)}: raise it with {flag} N, or 0 for no limit)"

    return _LIMIT_HINT.sub(hint, message)
