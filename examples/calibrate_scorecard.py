"""Apply the team's QA scorecard to the example conversations, with the line-by-line breakdown.

Run: python examples/calibrate_scorecard.py
"""

from __future__ import annotations

from pathlib import Path

import csskills as cs
from csskills.calibrate import load_scorecard

HERE = Path(__file__).resolve().parent


def main() -> None:
    card = load_scorecard(HERE / "scorecards" / "tier1_chat.toml")
    transcripts = cs.read_transcripts(HERE / "data" / "support_chat.jsonl")
    for result in card.apply_many(cs.evaluate_many(transcripts)):
        score = "N/A" if result.score is None else f"{result.score:5.1f}"
        verdict = "pass" if result.passed else "FAIL"
        print(f"{result.transcript_id}  {result.agent_id or '-':<12} {score}  {verdict}")
        for failure in result.critical_failures:
            print(f"    critical: {failure.id} ({failure.reason}) in turns {list(failure.turns)}")
        na = [i.id for i in result.items if i.points is None]
        if na:
            print(f"    N/A, left out of the total: {', '.join(na)}")


if __name__ == "__main__":
    main()
