"""Score the bundled example conversations and show the evidence behind one agent's scores.

Run from the repository root after ``pip install .``::

    python examples/score_examples.py
"""

from __future__ import annotations

from pathlib import Path

import csskills as cs

DATA = Path(__file__).parent / "data"


def main() -> None:
    transcripts = [
        t for path in sorted(DATA.glob("support_*.jsonl")) for t in cs.read_transcripts(path)
    ]
    result = cs.evaluate_many(transcripts)
    print(f"{len(result)} conversations scored, {len(result.failures)} failures\n")

    # The weakest conversation overall, and why.
    scored = [a for a in result if a.overall is not None]
    worst = min(scored, key=lambda a: a.overall or 0.0)
    print(f"Lowest overall: {worst.transcript_id} ({worst.agent_id}): {worst.overall:.0f}/100")
    for cid, score in worst.scores.items():
        if score.value is None:
            print(f"  {cid:<28} N/A  ({score.reason})")
            continue
        print(f"  {cid:<28} {score.value:5.0f}  from {score.opportunities} opportunity(ies)")
        for e in score.evidence[:2]:
            sign = {"positive": "+", "negative": "-", "context": " "}[e.polarity]
            print(f"      {sign} turn {e.turn}: {e.text!r}  [{e.rule.split(':')[0]}]")

    # Which behaviours the team shows most.
    counts: dict[str, int] = {}
    for a in result:
        for behaviour, evidence in a.behaviours.items():
            counts[behaviour] = counts.get(behaviour, 0) + len(evidence)
    print("\nMost frequent behaviours:")
    for behaviour, n in sorted(counts.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {behaviour:<24} {n}")


if __name__ == "__main__":
    main()
