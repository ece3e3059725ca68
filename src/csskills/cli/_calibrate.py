"""``csskills calibrate``: agreement of assessments with a QA team's labels."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from csskills.cli._common import EXIT_OK
from csskills.io import read_assessments


def add_parser(sub: Any) -> None:
    """Register ``calibrate`` on the sub-parsers of the main command."""
    cal = sub.add_parser(
        "calibrate", help="agreement of assessments with human QA labels (kappa, alpha, ICC)"
    )
    cal.add_argument(
        "assessments", metavar="ASSESSMENTS", help="assessments JSONL (from csskills score)"
    )
    cal.add_argument("labels", metavar="HUMAN_LABELS", help="QA labels, CSV or JSONL")
    cal.add_argument("--json", action="store_true", help="the report as JSON")
    cal.add_argument("--item", action="append", help="only this item (repeatable)")
    cal.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples (1000)")
    cal.add_argument("--seed", type=int, default=0, help="bootstrap seed (0)")
    cal.add_argument("--top", type=int, default=5, help="disagreements listed per item (5)")
    cal.add_argument("--scorecard", help="also apply this scorecard (TOML or JSON)")
    cal.set_defaults(func=cmd_calibrate)


def cmd_calibrate(args: argparse.Namespace) -> int:
    """The agreement report (and scorecards), as text or JSON."""
    # calibration needs SciPy/scikit-learn, whose import costs seconds: only when asked for
    from csskills.calibrate import calibrate, load_scorecard, read_labels

    assessments = list(read_assessments(args.assessments))
    labels = read_labels(args.labels)
    report = calibrate(
        assessments, labels, items=args.item, n_boot=args.n_boot, seed=args.seed, top=args.top
    )
    cards = None
    if args.scorecard:
        cards = load_scorecard(args.scorecard).apply_many(assessments)
    if args.json:
        data = report.to_dict()
        if cards is not None:
            data["scorecards"] = [c.to_dict() for c in cards]
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    sys.stdout.write(report.render() + "\n")
    if cards is not None:
        sys.stdout.write(f"\nScorecard ({len(cards)} conversations):\n")
        for c in cards:
            score = "N/A" if c.score is None else f"{c.score:5.1f}"
            verdict = "-" if c.passed is None else "pass" if c.passed else "FAIL"
            crit = "; ".join(f"{f.id}: {f.reason}" for f in c.critical_failures)
            sys.stdout.write(f"  {c.transcript_id:<14} {score}  {verdict:<4}  {crit}\n")
    return EXIT_OK
