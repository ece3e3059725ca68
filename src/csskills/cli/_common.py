"""What every ``csskills`` command shares: the parser, exit codes, inputs, limits and outputs."""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any, Literal

from csskills._assessment import Failure
from csskills._limits import DEFAULT_LIMITS, Limits
from csskills._transcript import ROLES, Transcript
from csskills.exceptions import ConfigurationError, InputFormatError, OutputError
from csskills.io import (
    ColumnMapping,
    ResumeState,
    atomic_write,
    commit,
    detect_format,
    discard,
    iter_transcripts,
    open_partial,
    partial_path,
    read,
)
from csskills.io.formats import reader_options

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


def _id_list(text: str) -> list[str]:
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError(f"{text!r}: expected one or more ids separated by commas")
    return ids


def _role_of(text: str) -> tuple[str, str]:
    value, sep, role = text.rpartition("=")
    if not sep or not value.strip() or role.strip() not in ROLES:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r}: expected VALUE=ROLE with a role among {', '.join(ROLES)}"
        )
    return value.strip(), role.strip()


def _speaker_party(text: str) -> tuple[str, int]:
    label, sep, index = text.rpartition("=")
    if not sep or not label.strip() or not index.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text[:40]!r}: expected LABEL=PARTY_INDEX, e.g. 0=1")
    return label.strip(), int(index)


#: Command-line option -> the reader keyword it sets (see :func:`reader_options_from_args`).
READER_FLAGS = {
    "agent_ids": "--agent-ids",
    "agent_id": "--agent-id",
    "roles": "--speaker-role",
    "party_roles": "--speaker-role",
    "speaker_parties": "--speaker-party",
    "internal_notes": "--internal-notes",
    "unanswered": "--unanswered",
}


def add_input_arguments(parser: argparse.ArgumentParser, formats: Iterable[str]) -> None:
    """``--format``, ``--map`` and the importers' options, shared by every command that reads
    transcripts. Each importer option goes to the formats that take it (see the format pages)."""
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
    group = parser.add_argument_group("importer options (each goes to the formats that take it)")
    group.add_argument(
        "--agent-ids", type=_id_list, action="extend", metavar="ID,...",
        help="ids of the agents' accounts (zendesk, freshdesk; repeatable)",
    )  # fmt: skip
    group.add_argument(
        "--agent-id", metavar="ID",
        help="the agent of every call (transcribe, contact-lens: the files do not name one)",
    )  # fmt: skip
    group.add_argument(
        "--speaker-role", type=_role_of, action="append", metavar="VALUE=ROLE",
        help="what a speaker label or party means, e.g. SUPERVISOR=agent or 2=customer "
        "(transcribe, contact-lens, ccai, intercom: roles; vcon: party index or name; repeatable)",
    )  # fmt: skip
    group.add_argument(
        "--speaker-party", type=_speaker_party, action="append", metavar="LABEL=INDEX",
        help="which vCon party a diarisation label is, e.g. spk_0=1 (vcon; repeatable)",
    )  # fmt: skip
    group.add_argument(
        "--internal-notes", choices=("drop", "system"),
        help="internal notes: left out (drop, the default) or kept as system turns "
        "(zendesk, freshdesk)",
    )  # fmt: skip
    group.add_argument(
        "--unanswered", choices=("fail", "drop"),
        help="threads with no company reply: an error (fail, the default) or left out (twcs)",
    )  # fmt: skip


def reader_options_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """The importer keyword options the command line asked for (only those given)."""
    options: dict[str, Any] = {}
    if getattr(args, "agent_ids", None):
        options["agent_ids"] = tuple(args.agent_ids)
    if getattr(args, "agent_id", None):
        options["agent_id"] = args.agent_id
    if getattr(args, "speaker_role", None):
        roles = dict(args.speaker_role)
        options["roles"] = roles
        options["party_roles"] = {int(k) if k.isdigit() else k: v for k, v in roles.items()}
    if getattr(args, "speaker_party", None):
        options["speaker_parties"] = dict(args.speaker_party)
    for name in ("internal_notes", "unanswered"):
        if getattr(args, name, None):
            options[name] = getattr(args, name)
    return options


def transcripts_from(
    paths: Sequence[str],
    errors: ErrorMode,
    fmt: str = "auto",
    mapping: ColumnMapping | None = None,
    *,
    announce: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    options: Mapping[str, Any] | None = None,
) -> Iterator[Transcript | Failure]:
    """Transcripts of every input file in order, in any format, within ``limits``.

    ``options`` are importer keyword options (:func:`reader_options_from_args`); each file's
    reader gets those it takes, and an option no input could use is reported on stderr. With
    ``errors="collect"`` a file whose format cannot be told is a :class:`Failure` in its
    place, and the other files are still read.
    """
    if fmt == "generic" and mapping is None:
        raise ConfigurationError(
            "--format generic needs --map id=COLUMN,role=COLUMN,text=COLUMN,..."
        )
    if mapping is not None and fmt not in ("auto", "generic"):
        raise ConfigurationError(f"--map only applies to --format generic, not {fmt}")
    wanted = dict(options or {})
    used: set[str] = set()
    for path in paths:
        if path == "-" and fmt in ("auto", "csskills") and mapping is None:
            yield from iter_transcripts(path, errors=errors, limits=limits)
            continue
        name = fmt
        if fmt == "auto":
            try:
                guess = detect_format(path, mapping=mapping, limits=limits)
            except InputFormatError as exc:
                if errors == "raise":
                    raise
                yield Failure(
                    source=path, error_type=type(exc).__name__, message=exc.location_message()
                )
                continue
            name = guess.name
            if announce and name != "csskills":  # csskills' own JSONL needs no news
                sys.stderr.write(f"{path}: reading as {guess}\n")
        takes = set(reader_options(name))
        given = {k: v for k, v in wanted.items() if k in takes}
        used.update(given)
        yield from read(
            path, name, errors=errors, mapping=mapping if name == "generic" else None,
            limits=limits, **given,
        )
    unused = sorted({READER_FLAGS[k] for k in wanted} - {READER_FLAGS[k] for k in used})
    for flag in unused:
        sys.stderr.write(
            f"csskills: warning: {flag} was not used: no input is in a format that takes it\n"
        )


# -- outputs --------------------------------------------------------------------------------


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): compare where they would be
        return os.path.realpath(a) == os.path.realpath(b)


def check_outputs(inputs: Iterable[str | None], outputs: Iterable[str | None]) -> None:
    """Refuse to write an output over an input, or two outputs to one file.

    Paths are compared as files (``os.path.samefile`` where the file exists, real paths
    otherwise), so ``./a.jsonl``, an absolute path or a symbolic link to it are all the same
    file. ``-`` (stdin/stdout) and ``None`` are left out. Raises :class:`OutputError` naming
    both paths.
    """
    ins = [p for p in inputs if p is not None and p != "-"]
    outs = [p for p in outputs if p is not None and p != "-"]
    for i, out in enumerate(outs):
        for source in ins:
            for written in (out, partial_path(out)):
                if _same_file(written, source):
                    raise OutputError(
                        f"output {out} is the input {source}: writing it would destroy the "
                        "input; choose another output file"
                    )
        for other in outs[i + 1 :]:
            if _same_file(out, other):
                raise OutputError(
                    f"two outputs are one file ({out} and {other}); give them different names"
                )


#: Attributes of parsed arguments that name files a command reads, and files it writes.
INPUT_ARGS = ("inputs", "assessments", "transcripts", "labels", "role", "scorecard")
OUTPUT_ARGS = ("output", "errors_file")


def check_args_outputs(args: argparse.Namespace) -> None:
    """:func:`check_outputs` on every input and output a parsed command line names."""

    def paths(names: Sequence[str]) -> list[str]:
        found: list[str] = []
        for name in names:
            value = getattr(args, name, None)
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, (list, tuple)):
                found.extend(v for v in value if isinstance(v, str))
        return found

    check_outputs(paths(INPUT_ARGS), paths(OUTPUT_ARGS))


def check_resumable(path: str) -> None:
    """Refuse to resume into stdout: there is nothing to read back."""
    if path == "-":
        raise ConfigurationError("--resume needs an output file (-o OUT), not stdout")


def open_output(path: str, resume: ResumeState | None = None) -> IO[str]:
    """stdout for ``-``, else ``OUT.partial`` (renamed to ``OUT`` by :func:`close_output`),
    never opened through a symbolic link."""
    if path == "-":
        return sys.stdout
    # --resume continues the partial file prepare_resume() left holding only complete records.
    return open_partial(path, append=resume is not None)


def close_output(handle: IO[str], path: str, *, success: bool, keep: bool = False) -> None:
    """Commit a complete output, keep an interrupted one for ``--resume``, or remove it."""
    if handle is sys.stdout:
        handle.flush()
        return
    if success:
        commit(handle, path)  # flushed to disk, then renamed: OUT is complete or absent
        return
    if keep and handle.tell() > 0:
        handle.close()
        # an interrupted run keeps its work for --resume; the name says it is incomplete
        sys.stderr.write(
            f"csskills: incomplete output kept in {partial_path(path)}; "
            "rerun with --resume to continue\n"
        )
    else:
        discard(handle, path)


def write_text(text: str, output: str | None) -> None:
    """``text`` and a newline to stdout (``None`` or ``-``) or, atomically, to a file."""
    if output in (None, "-"):
        sys.stdout.write(text + "\n")
        return
    assert output is not None
    with atomic_write(output) as handle:
        handle.write(text + "\n")


def _finite(value: Any) -> Any:
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def json_text(data: Any, *, indent: int | None = 2, sort_keys: bool = False) -> str:
    """``data`` as valid JSON: infinite and NaN numbers become ``null`` (JSON has none; Python
    would write ``Infinity``, which no other JSON reader accepts)."""
    return json.dumps(
        _finite(data), indent=indent, ensure_ascii=False, allow_nan=False, sort_keys=sort_keys
    )


_LIMIT_HINT = re.compile(r"\(Limits\.(max_\w+); raise it, or None for no limit\)")


def cli_message(message: str) -> str:
    """A library message as the command line says it: limits named by their ``--limit-*`` option."""

    def hint(match: re.Match[str]) -> str:
        flag = _LIMIT_FLAGS.get(match.group(1))
        if flag is None:
            return match.group(0)
        return f"(Limits.{match.group(1)}: raise it with {flag} N, or 0 for no limit)"

    def option(match: re.Match[str]) -> str:
        flag = READER_FLAGS.get(match.group(1))
        return match.group(0) if flag is None else f"{match.group(0)} (command line: {flag})"

    return _OPTION_HINT.sub(option, _LIMIT_HINT.sub(hint, message))


# "pass agent_ids=[...]" in an importer's message: the command line names its own option.
_OPTION_HINT = re.compile(
    r"\b(agent_ids|roles|party_roles|speaker_parties)=(?:\[\.\.\.\]|\{[^}]*\})"
)
