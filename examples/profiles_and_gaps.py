"""Score the example conversations, build agent profiles and a skill-gap report.

Run from the repository root once csskills is installed::

    python examples/profiles_and_gaps.py
"""

from __future__ import annotations

from pathlib import Path

import csskills as cs
from csskills.report.text import render_gaps, render_profiles

HERE = Path(__file__).parent


def main() -> None:
    transcripts = [
        t for path in sorted((HERE / "data").glob("*.jsonl")) for t in cs.read_transcripts(path)
    ]
    result = cs.evaluate_many(transcripts)
    for failure in result.failures:
        print(f"not scored: {failure.transcript_id}: {failure.message}")

    # Each assessment carries its promises and their fate; the coaching date adds
    # before/after figures.
    profiles = cs.build_profiles(result, compare_at="2026-04-01")
    print(render_profiles(profiles))

    emma = profiles["agent-emma"].competencies["continuous_improvement"]
    print(f"\nagent-emma continuous improvement: {emma.estimate:.0f} ({emma.label})")

    role = cs.load_role(HERE / "roles" / "tier1_support.toml")
    print()
    print(render_gaps(cs.skill_gaps(profiles, role)))


if __name__ == "__main__":
    main()
