"""Render a validation JSON (``validate.py --out``) as the Markdown table of docs/validation.md.

Usage::

    python benchmarks/validation_table.py /tmp/val-split.json [--out table.md]

Columns: metric | tune | check | gap (2 SE) | baseline (check) | target | pass. ``pass`` is
judged on the check half (on tune when only tune was run); a metric below its strongest naive
baseline on check is marked "below baseline", one whose |check - tune| exceeds 0.03 "gap", or
"gap within noise" when it is within two bootstrap standard errors of the gap (the ``flag`` of
``validate.py``). The table goes to stdout and, with ``--out``, to a file as well.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FLAG_WORDS = {"<base": "below baseline", "gap": "gap", "gap~": "gap within noise"}


def _fmt(value: object, signed: bool = False) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:+.3f}" if signed else f"{value:.3f}"
    return str(value)


def _baselines(row: dict[str, Any], side: str) -> str:
    """The baselines on one side, strongest naive first; references marked (ref)."""
    ordered = sorted(
        row.get("baselines") or [],
        key=lambda b: (not b.get("naive", True), -(b.get(side) or 0.0)),
    )
    return "; ".join(
        f"{_fmt(b.get(side))} {b['name']}" + ("" if b.get("naive", True) else " (ref)")
        for b in ordered
    )


def _gap(row: dict[str, Any]) -> str:
    """check - tune, with two bootstrap standard errors when the harness computed them."""
    text = _fmt(row.get("gap"), signed=True)
    se = row.get("gap_se")
    return text if se is None or row.get("gap") is None else f"{text} ({2 * se:.3f})"


def _pass(row: dict[str, Any]) -> str:
    passed = {True: "yes", False: "**no**", None: ""}[row.get("passed")]
    flags = [FLAG_WORDS.get(f, f) for f in (row.get("flag") or "").split()]
    return ", ".join(x for x in (passed, *flags) if x)


def render(data: dict[str, Any]) -> str:
    """The Markdown table of every row of a ``validate.py`` report."""
    side = "tune" if data.get("split") == "tune" else "check"
    lines = [
        f"| metric | tune | check | gap (2 SE) | baseline ({side}) | target | pass |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        cells = (
            f"`{row['metric']}`",
            _fmt(row.get("tune")),
            _fmt(row.get("check")),
            _gap(row),
            _baselines(row, side),
            _fmt(row.get("target")),
            _pass(row),
        )
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; also write it to ``--out`` when given."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("report", type=Path, help="JSON written by validate.py --out")
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    table = render(json.loads(args.report.read_text(encoding="utf-8")))
    sys.stdout.write(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
