"""``csskills profile`` and ``csskills gaps``: agent profiles, and gaps against a role."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from pydantic import ValidationError

from csskills._assessment import Failure
from csskills.aggregate import ProfileOptions, ProfileStats, TeamProfiles, load_role, skill_gaps
from csskills.cli._common import EXIT_FAILURES, EXIT_OK, json_text, write_text
from csskills.exceptions import ConfigurationError, CsskillsError, InputFormatError
from csskills.io import read_assessments
from csskills.report import render_gaps, render_profiles


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "assessments", nargs="+", metavar="ASSESSMENTS", help="assessments JSONL (csskills score)"
    )
    parser.add_argument("--json", action="store_true", help="JSON instead of a table")
    parser.add_argument("--level", type=float, default=0.90, help="interval level (0.90)")
    parser.add_argument(
        "--min-conversations",
        type=int,
        default=3,
        help="conversations needed before a strength or weakness is called (3)",
    )
    parser.add_argument("--compare-at", metavar="DATE", help="before/after comparison at DATE")
    parser.add_argument(
        "--on-error",
        choices=("stop", "skip"),
        default="stop",
        help="stop at the first bad assessment (default) or leave it out, list it on stderr "
        "and profile the others (exit code 1)",
    )


def _profiles(args: argparse.Namespace) -> tuple[TeamProfiles, list[str]]:
    """The team's profiles and the located reasons of the assessments left out."""
    try:
        options = ProfileOptions(level=args.level, min_conversations=args.min_conversations)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        option = str(error["loc"][0]).replace("_", "-")
        raise ConfigurationError(f"--{option}: {error['msg']}") from None
    skip = args.on_error == "skip"
    left_out: list[str] = []
    stats = ProfileStats(examples_per_pattern=options.examples_per_pattern)
    for path in args.assessments:
        name = os.fspath(path)
        try:
            with open(name, "rb") as handle:
                lines = [i for i, raw in enumerate(handle, 1) if raw.strip()]
        except OSError:
            raise InputFormatError("no such file", source=name) from None
        # one item per non-blank line: an Assessment, or a Failure in its place
        for line, item in zip(lines, read_assessments(name, errors="collect"), strict=False):
            if isinstance(item, Failure):
                if not skip:
                    raise CsskillsError(item.message)
                left_out.append(item.message)
                continue
            try:
                stats.add(item, default_commitment_days=options.default_commitment_days)
            except (ValueError, OverflowError) as exc:  # a repeat, a date at the end of time
                located = InputFormatError(str(exc), source=name, line=line)
                if not skip:
                    raise located from None
                left_out.append(str(located))
    try:
        return stats.profiles(options=options, compare_at=args.compare_at), left_out
    except (ValueError, OverflowError) as exc:
        raise CsskillsError(str(exc)) from None


def _notes(profiles: TeamProfiles, left_out: list[str]) -> int:
    """Tell what is not in the profiles (on stderr) and return the exit code."""
    if profiles.unattributed:
        sys.stderr.write(
            f"csskills: {profiles.unattributed} conversation(s) without an agent id are in no "
            "agent's profile\n"
        )
    if left_out:
        sys.stderr.write(f"csskills: {len(left_out)} assessment(s) left out:\n")
        for message in left_out[:10]:
            sys.stderr.write(f"  {message}\n")
        if len(left_out) > 10:
            sys.stderr.write(f"  ... and {len(left_out) - 10} more\n")
        return EXIT_FAILURES
    return EXIT_OK


def _dump(data: dict[str, Any]) -> str:
    return json_text(data)


def cmd_profile(args: argparse.Namespace) -> int:
    """``csskills profile``: a table per agent, or JSON."""
    profiles, left_out = _profiles(args)
    as_json = args.json or (args.output or "").endswith(".json")
    write_text(_dump(profiles.to_dict()) if as_json else render_profiles(profiles), args.output)
    return _notes(profiles, left_out)


def cmd_gaps(args: argparse.Namespace) -> int:
    """``csskills gaps``: each agent's gaps against a role, and the team's priorities."""
    role = load_role(args.role)
    profiles, left_out = _profiles(args)
    report = skill_gaps(profiles, role)
    write_text(_dump(report.to_dict()) if args.json else render_gaps(report), None)
    return _notes(profiles, left_out)


def add_parsers(sub: Any) -> None:
    """Register ``profile`` and ``gaps`` on the sub-parsers of the main command."""
    parser = sub.add_parser(
        "profile",
        help="agent profiles: estimates with intervals, labels, trends, commitments",
    )
    _common(parser)
    parser.add_argument("-o", "--output", help="write here instead of stdout (.json: JSON)")
    parser.set_defaults(func=cmd_profile)

    parser = sub.add_parser("gaps", help="skill gaps against a role's targets (TOML/JSON)")
    _common(parser)
    parser.add_argument("--role", required=True, metavar="ROLE_FILE", help="role targets")
    parser.set_defaults(func=cmd_gaps)
