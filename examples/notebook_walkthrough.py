"""A notebook walkthrough, as a script: read, score, build frames, pivot, print.

Each ``# %%`` is a cell (VS Code, PyCharm and Jupytext open it as a notebook). It runs as a
plain script too: ``python examples/notebook_walkthrough.py``. It needs the pandas extra:
``pip install 'csskills[pandas]'``.
"""

# %% Setup: the example data ships with the repository (fictional conversations).
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import csskills as cs

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

if importlib.util.find_spec("pandas") is None:
    sys.exit("this walkthrough needs pandas: pip install 'csskills[pandas]'")

import pandas as pd  # noqa: E402

from csskills import frames  # noqa: E402

pd.set_option("display.width", 120)
pd.set_option("display.max_columns", 12)

# %% Read: `cs.read` sniffs the format and says which it chose.
paths = sorted(DATA.glob("support_*.jsonl"))
transcripts = []
for path in paths:
    guess = cs.detect_format(path)
    items = list(cs.read(path, errors="collect"))
    transcripts += [t for t in items if isinstance(t, cs.Transcript)]
    print(f"{path.name}: {guess.name}, {len(items)} conversations")

# %% Score: a BatchResult is a sequence of assessments plus the failures.
batch = cs.evaluate_many(transcripts)
print(batch)
first = batch[0]
print(first.transcript_id, "empathy:", first.scores["empathy"].value)
for e in first.scores["empathy"].evidence[:3]:
    print(f"  turn {e.turn}: {e.text!r} ({e.rule}, {e.polarity})")

# %% One row per conversation x competency; N/A is NaN with its reason.
scores = batch.to_frame()
print(scores[["transcript_id", "agent_id", "competency", "value", "n_evidence"]].head(12))

# %% Pivot: each agent's mean per competency (N/A excluded), rounded only for display.
pivot = scores.pivot_table(index="agent_id", columns="competency", values="value", aggfunc="mean")
print(pivot.round(1))

# %% Where the numbers come from: the most frequent behaviours per channel.
behaviours = frames.behaviours_to_frame(batch)
top = (
    behaviours[behaviours.polarity != "context"]
    .groupby(["channel", "behaviour"])
    .size()
    .rename("count")
    .reset_index()
    .sort_values(["channel", "count"], ascending=[True, False])
    .groupby("channel")
    .head(3)
)
print(top.to_string(index=False))

# %% Profiles: shrunk estimates with intervals and labels, per agent and competency.
profiles = cs.build_profiles(batch)
profile_frame = frames.profiles_to_frame(profiles)
print(
    profile_frame[profile_frame.competency == "empathy"][
        ["agent_id", "estimate", "interval_low", "interval_high", "conversations", "label"]
    ].round(1)
)

# %% Gaps against a role: what to train, per agent.
role = cs.load_role(HERE / "roles" / "tier1_support.toml")
gaps = frames.gaps_to_frame(cs.skill_gaps(profiles, role))
print(gaps.status.value_counts().to_string())
print(gaps[gaps.status == "gap"][["agent_id", "competency", "shortfall", "priority"]].head(8))

# %% Your own table: transcripts from a DataFrame with a column mapping.
own = pd.DataFrame(
    {
        "case": ["A-1", "A-1", "A-1"],
        "sender": ["Client", "Staff", "Client"],
        "body": [
            "My parcel arrived damaged and I needed it for tomorrow.",
            "I'm so sorry, that's really frustrating. I'll send a replacement by express today.",
            "Thank you, that helps a lot.",
        ],
    }
)
mapped = frames.transcripts_from_frame(
    own, "id=case,role=sender,text=body,role.agent=Staff,role.customer=Client"
)
assessment = cs.evaluate(mapped[0])  # type: ignore[arg-type]
print(assessment.transcript_id, "overall:", round(assessment.overall or 0, 1))

# %% In a notebook, an assessment or a batch renders as an HTML table (every text escaped).
html = assessment._repr_html_()
print(f"HTML rendering: {len(html)} characters")
