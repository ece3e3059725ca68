"""``csskills competencies`` and ``csskills schema``: what csskills measures and its formats."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from csskills._assessment import Assessment
from csskills._transcript import Transcript
from csskills.cli._common import EXIT_OK
from csskills.competencies import COMPETENCIES


def add_parsers(sub: Any) -> None:
    """Register ``competencies`` and ``schema`` on the sub-parsers of the main command."""
    comp = sub.add_parser("competencies", help="list the ten competencies")
    comp.add_argument("--json", action="store_true", help="as JSON")
    comp.set_defaults(func=cmd_competencies)

    schema = sub.add_parser("schema", help="print the JSON Schemas of input and output")
    schema.add_argument(
        "which", nargs="?", choices=("all", "transcript", "assessment"), default="all"
    )
    schema.set_defaults(func=cmd_schema)


def cmd_competencies(args: argparse.Namespace) -> int:
    """The competencies as text or JSON."""
    if args.json:
        json.dump([c.model_dump(mode="json") for c in COMPETENCIES.values()], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for c in COMPETENCIES.values():
        sys.stdout.write(f"{c.id}  ({c.name})\n    {c.definition}\n")
        sys.stdout.write(
            f"    observable in: {', '.join(c.observable_in)}; N/A when: {c.opportunity}\n"
        )
        sys.stdout.write(f"    coaching: {c.advice}\n\n")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """The JSON Schemas of transcripts and assessments."""
    schemas = {
        "transcript": Transcript.model_json_schema(),
        "assessment": Assessment.model_json_schema(),
    }
    chosen = schemas if args.which == "all" else schemas[args.which]
    json.dump(chosen, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
    return EXIT_OK
