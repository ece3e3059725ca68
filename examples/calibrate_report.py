"""Compare the default evaluator with the (fictional) QA team's labels and print the report.

Run: python examples/calibrate_report.py
"""

from __future__ import annotations

from pathlib import Path

import csskills as cs
from csskills.calibrate import calibrate, read_labels

DATA = Path(__file__).resolve().parent / "data"


def main() -> None:
    transcripts: list[cs.Transcript] = []
    for name in ("support_chat", "support_voice", "support_email"):
        transcripts += cs.read_transcripts(DATA / f"{name}.jsonl")
    labels = read_labels(DATA / "qa_labels.csv")
    report = calibrate(cs.evaluate_many(transcripts), labels, n_boot=300, seed=0, top=3)
    print(report.render())


if __name__ == "__main__":
    main()
