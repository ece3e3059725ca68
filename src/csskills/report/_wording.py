"""The words and marks every renderer shares, so the page, the terminal and notebooks agree.

A label, a gap verdict or a promise's fate is said the same way everywhere: the HTML report,
``csskills profile`` / ``gaps`` (:mod:`csskills.report.text`) and notebooks
(:mod:`csskills.report.notebook`). This module imports no csskills model, so every renderer,
including the ones the models call, may use it.
"""

from __future__ import annotations

__all__ = [
    "GAP_CLEAR",
    "GAP_MET",
    "GAP_NONE",
    "GAP_NOT_ASSESSED",
    "GAP_UNCLEAR",
    "LABEL_COLOURS",
    "LABEL_MARKS",
    "LABEL_MEANING",
    "NOT_ENOUGH",
    "NO_AGENT",
    "STATUS_MARKS",
    "STATUS_MEANING",
    "UNCERTAIN",
    "UNCERTAIN_WIDTH",
    "fmt_interval",
    "fmt_score",
    "informative",
    "label_text",
    "status_text",
    "team_gap_verdict",
]

NOT_ENOUGH = "not enough evidence"
#: How a conversation without an ``agent_id`` is grouped: listed, in no profile.
NO_AGENT = "no agent id"

# Okabe-Ito: strength bluish green, weakness vermillion, typical blue, not enough grey.
LABEL_COLOURS = {
    "strength": "#009E73",
    "weakness": "#D55E00",
    "typical": "#0072B2",
    NOT_ENOUGH: "#7f7f7f",
}
LABEL_MARKS = {"strength": "▲", "weakness": "▼", "typical": "●", NOT_ENOUGH: "?"}
#: What each profile label means; the labels themselves come from the profiles only.
LABEL_MEANING = {
    "strength": "the whole 90% interval is above the rest of the team's mean",
    "weakness": "the whole 90% interval is below the rest of the team's mean",
    "typical": "the 90% interval overlaps the rest of the team's mean",
    NOT_ENOUGH: "too few conversations gave the opportunity to judge",
}

#: A 90% interval wider than this many points (of 100) says too little to colour a cell by
#: its estimate: the cell is drawn as "uncertain", with the interval written in it.
UNCERTAIN_WIDTH = 40.0
UNCERTAIN = "uncertain"

# Gap verdicts against a role's targets (the categories of csskills.skill_gaps).
GAP_CLEAR = "yes: the whole interval is below the target"
GAP_UNCLEAR = "not clearly: the interval reaches the target"
GAP_MET = "target met"
GAP_NONE = "no clear gap"
GAP_NOT_ASSESSED = NOT_ENOUGH

STATUS_MARKS = {"kept": "✓", "broken": "✗", "open": "…", "unverified": "?"}
STATUS_MEANING = {
    "kept": "kept",
    "broken": "broken",
    "open": "open: not yet due, or nothing says yet",
    "unverified": "unverified: due, but no later conversation of this customer or case",
}


def fmt_score(value: float | None) -> str:
    """A 0-100 score as shown to people: whole points, ``N/A`` when there is none."""
    return "N/A" if value is None else f"{value:.0f}"


def fmt_interval(low: float | None, high: float | None) -> str:
    """A 90% interval as ``low–high`` (``–`` when there is none)."""
    if low is None or high is None:
        return "–"
    return f"{low:.0f}–{high:.0f}"


def informative(low: float | None, high: float | None) -> bool:
    """Whether an interval is narrow enough to colour a cell by its estimate."""
    return low is not None and high is not None and high - low <= UNCERTAIN_WIDTH


def label_text(label: str, low: float | None, high: float | None) -> str:
    """A profile label, with ``(uncertain)`` when its interval is too wide to say much."""
    if label != NOT_ENOUGH and low is not None and high is not None and not informative(low, high):
        return f"{label} ({UNCERTAIN})"
    return label


def team_gap_verdict(label: str) -> str:
    """Whether a competency below the rest of the team is a clear gap: its profile label says."""
    if label == "weakness":
        return "yes: weakness, " + LABEL_MEANING["weakness"]
    return "not clearly: " + LABEL_MEANING["typical"]


def status_text(status: str, reason: str | None = None, *, mark: bool = True) -> str:
    """A promise's or commitment's fate, with its mark and reason: ``✗ broken: the customer...``.

    ``mark=False`` leaves the symbol out (plain ASCII for terminals that cannot show it).
    """
    head = f"{STATUS_MARKS.get(status, '')} {status}".strip() if mark else status
    return f"{head}: {reason}" if reason else head
