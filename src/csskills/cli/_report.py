"""``csskills report``: one self-contained HTML report of assessments."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from csskills._transcript import Transcript
from csskills.aggregate import load_role
from csskills.cli._common import (
    EXIT_OK,
    add_input_arguments,
    reader_options_from_args,
    transcripts_from,
)
from csskills.competencies import COMPETENCY_IDS
from csskills.io import FORMATS, read_assessments
from csskills.report import write_html


def add_parser(sub: Any) -> None:
    """Register ``report`` on the sub-parsers of the main command."""
    rep = sub.add_parser("report", help="one self-contained HTML report of assessments")
    rep.add_argument("assessments", nargs="+", metavar="ASSESSMENTS", help="assessments JSONL")
    rep.add_argument("-o", "--output", default="csskills-report.html", help="HTML file to write")
    rep.add_argument(
        "--transcripts", action="append", metavar="FILE",
        help="the scored transcripts, to show whole conversations with the evidence highlighted "
        "(repeatable; any format --format reads, as for score)",
    )
    add_input_arguments(rep, FORMATS)
    rep.add_argument(
        "--no-redact", dest="redact", action="store_false",
        help="show customer e-mails, phone and card numbers unmasked",
    )
    rep.add_argument(
        "--target", action="append", type=_target, metavar="COMPETENCY=VALUE",
        help="a role target (0-100) to compute gaps against (repeatable; default: team mean)",
    )
    rep.add_argument(
        "--role", help="a role file (TOML or JSON, e.g. examples/roles/) to compute gaps against"
    )
    rep.add_argument("--title", default="csskills report", help="title of the page")
    rep.add_argument("-q", "--quiet", action="store_true", help="no message")
    rep.set_defaults(func=cmd_report)


def _target(spec: str) -> tuple[str, float]:
    name, sep, value = spec.partition("=")
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not sep or name not in COMPETENCY_IDS or not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(
            f"{spec!r}: expected COMPETENCY=VALUE with a competency id and a value 0-100"
        )
    return name, number


def cmd_report(args: argparse.Namespace) -> int:
    """Write the HTML report."""
    assessments = [a for path in args.assessments for a in read_assessments(path)]
    transcripts = [
        t
        for t in transcripts_from(
            args.transcripts or [], "raise", args.format, args.map, announce=not args.quiet,
            options=reader_options_from_args(args),
        )
        if isinstance(t, Transcript)
    ]
    out = write_html(
        args.output,
        assessments,
        transcripts=transcripts or None,
        redact=args.redact,
        role=load_role(args.role) if args.role else None,
        targets=dict(args.target or ()),
        title=args.title,
    )
    if not args.quiet:
        sys.stdout.write(f"Report on {len(assessments)} conversation(s) written to {out}\n")
    return EXIT_OK
