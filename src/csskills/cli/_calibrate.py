"""``csskills calibrate``: agreement of assessments with a QA team's labels."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from csskills.cli._common import EXIT_OK, json_text
from csskills.io import read_assessments
from csskills.redact import redact

if TYPE_CHECKING:
    from csskills.calibrate import CalibrationReport


def _whole(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number >= 0")
    return value


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
    cal.add_argument("--n-boot", type=_whole, default=1000, help="bootstrap resamples (1000)")
    cal.add_argument("--seed", type=_whole, default=0, help="bootstrap seed (0)")
    cal.add_argument("--top", type=_whole, default=5, help="disagreements listed per item (5)")
    cal.add_argument("--scorecard", help="also apply this scorecard (TOML or JSON)")
    cal.add_argument(
        "--no-redact", dest="redact", action="store_false",
        help="show QA comments and evidence unmasked (e-mails, phone, card numbers masked by "
        "default)",
    )
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
    show = _redacted if args.redact else (lambda text: text)
    if args.redact:
        report = _redacted_report(report)
    if args.json:
        data = report.to_dict()
        if cards is not None:
            data["scorecards"] = [c.to_dict() for c in cards]
            for card in data["scorecards"]:
                for failure in card.get("critical_failures", ()):
                    failure["reason"] = show(failure["reason"])
        sys.stdout.write(json_text(data) + "\n")
        return EXIT_OK
    sys.stdout.write(report.render() + "\n")
    if cards is not None:
        sys.stdout.write(f"\nScorecard ({len(cards)} conversations):\n")
        for c in cards:
            score = "N/A" if c.score is None else f"{c.score:5.1f}"
            verdict = "-" if c.passed is None else "pass" if c.passed else "FAIL"
            crit = "; ".join(f"{f.id}: {show(f.reason)}" for f in c.critical_failures)
            sys.stdout.write(f"  {c.transcript_id:<14} {score}  {verdict:<4}  {crit}\n")
    return EXIT_OK


def _redacted(text: str) -> str:
    return redact(text)


def _redacted_report(report: CalibrationReport) -> CalibrationReport:
    """The report with the QA comments and the evidence it quotes redacted: comments are free
    text a QA analyst typed, and quote customers as often as evidence does."""
    items = []
    for item in report.items:
        disagreements = tuple(
            d.model_copy(
                update={
                    "comments": {r: redact(c) for r, c in d.comments.items()},
                    "evidence": tuple(
                        e.model_copy(update={"text": redact(e.text)}) for e in d.evidence
                    ),
                }
            )
            for d in item.disagreements
        )
        items.append(item.model_copy(update={"disagreements": disagreements}))
    return report.model_copy(update={"items": tuple(items)})
