"""Render a validation JSON (``validate.py --out``) as the Markdown table of docs/validation.md.

Usage: ``python benchmarks/validation_table.py benchmarks/results/validation.json``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def render(path: Path) -> str:
    """The table: metric, value, target, pass, n, precision, recall, note."""
    data = json.loads(path.read_text(encoding="utf-8"))
    lines = [
        "| metric | value | target | pass | n | precision | recall | note |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in data["rows"]:
        passed = {True: "yes", False: "**no**", None: ""}[row.get("passed")]
        lines.append(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} |".format(
                row["metric"],
                _fmt(row["value"]),
                _fmt(row.get("target")),
                passed,
                _fmt(row.get("n")),
                _fmt(row.get("precision")),
                _fmt(row.get("recall")),
                str(row.get("note") or "").replace("|", "/"),
            )
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(Path(sys.argv[1])))
