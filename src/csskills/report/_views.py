"""What the report shows, computed once: per agent and competency an estimate, interval and label.

The numbers come from :func:`csskills.aggregate.build_profiles` when that module is available
(shrunk estimates, intervals, percentiles, trends). Without it the report still works, with
plain per-agent means, a normal-approximation interval and the number of scores behind each,
so the HTML never depends on a stage that may be missing or fail.
"""

from __future__ import annotations

import importlib
import inspect
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from csskills._assessment import Assessment, Evidence
from csskills._transcript import Transcript
from csskills.competencies import COMPETENCY_IDS

NOT_ENOUGH = "not enough evidence"
_Z90 = 1.6448536269514722
_MIN_CONVERSATIONS = 3


@dataclass(frozen=True)
class Cell:
    """One agent's figure for one competency (or overall), as rendered."""

    competency: str
    estimate: float | None
    low: float | None
    high: float | None
    n: int
    label: str
    team_mean: float | None = None


@dataclass(frozen=True)
class Example:
    """One evidence span behind a claim, with the conversation it comes from."""

    transcript_id: str
    competency: str
    evidence: Evidence


@dataclass
class AgentView:
    """Everything one agent's section shows."""

    agent_id: str
    conversations: int
    first_seen: datetime | None
    last_seen: datetime | None
    cells: dict[str, Cell]
    overall: Cell
    slope_per_month: float | None = None
    months: list[tuple[str, int, float]] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    transcript_ids: list[str] = field(default_factory=list)

    @property
    def strengths(self) -> list[Cell]:
        """Competencies labelled strength, best first."""
        found = [c for c in self.cells.values() if c.label == "strength"]
        return sorted(found, key=lambda c: -(c.estimate or 0.0))

    @property
    def weaknesses(self) -> list[Cell]:
        """Competencies labelled weakness, worst first."""
        found = [c for c in self.cells.values() if c.label == "weakness"]
        return sorted(found, key=lambda c: c.estimate or 0.0)


@dataclass
class ReportData:
    """The whole report's content; ``source`` says where the estimates came from."""

    agents: list[AgentView]
    team_means: dict[str, float | None]
    source: str
    conversations: int
    transcripts: dict[str, Transcript]
    assessments: dict[str, Assessment]


def _agent_key(assessment: Assessment) -> str:
    return assessment.agent_id or "(unknown agent)"


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _fallback_cell(competency: str, values: list[float], team: float | None) -> Cell:
    n = len(values)
    mean = _mean(values)
    if mean is None:
        return Cell(competency, None, None, None, 0, NOT_ENOUGH, team)
    low = high = None
    if n >= 2:
        var = sum((v - mean) ** 2 for v in values) / (n - 1)
        half = _Z90 * math.sqrt(var / n)
        low, high = max(0.0, mean - half), min(100.0, mean + half)
    label = NOT_ENOUGH
    if n >= _MIN_CONVERSATIONS and low is not None and high is not None:
        label = "typical"
        if team is not None and low > team:
            label = "strength"
        elif team is not None and high < team:
            label = "weakness"
    return Cell(competency, mean, low, high, n, label, team)


def _months(assessments: Sequence[Assessment]) -> list[tuple[str, int, float]]:
    by_month: dict[str, list[float]] = defaultdict(list)
    for a in assessments:
        if a.started_at is not None and a.overall is not None:
            by_month[a.started_at.strftime("%Y-%m")].append(a.overall)
    return [(m, len(v), sum(v) / len(v)) for m, v in sorted(by_month.items())]


def _fallback(by_agent: Mapping[str, list[Assessment]]) -> tuple[list[AgentView], dict[str, Any]]:
    everyone: dict[str, list[float]] = defaultdict(list)
    for items in by_agent.values():
        for a in items:
            for cid, sc in a.scores.items():
                if sc.value is not None:
                    everyone[cid].append(sc.value)
            if a.overall is not None:
                everyone["overall"].append(a.overall)
    team = {cid: _mean(everyone.get(cid, [])) for cid in (*COMPETENCY_IDS, "overall")}
    views = []
    for agent, items in sorted(by_agent.items()):
        cells: dict[str, Cell] = {}
        for cid in COMPETENCY_IDS:
            values = [
                got.value for a in items
                if (got := a.scores.get(cid)) is not None and got.value is not None
            ]
            cells[cid] = _fallback_cell(cid, values, team[cid])
        overall = _fallback_cell(
            "overall", [a.overall for a in items if a.overall is not None], team["overall"]
        )
        dates = [a.started_at for a in items if a.started_at is not None]
        views.append(
            AgentView(
                agent, len(items), min(dates, default=None), max(dates, default=None),
                cells, overall, None, _months(items),
            )
        )
    return views, team


def _from_profile_cell(competency: str, profile: Any, team: float | None) -> Cell:
    interval = profile.interval
    return Cell(
        competency,
        profile.estimate,
        interval.low if interval is not None else None,
        interval.high if interval is not None else None,
        int(profile.conversations),
        str(profile.label),
        team,
    )


def _from_profiles(
    profiles: Any, by_agent: Mapping[str, list[Assessment]]
) -> tuple[list[AgentView], dict[str, Any]]:
    team_raw = getattr(profiles, "team", {}) or {}
    team: dict[str, float | None] = {
        cid: getattr(team_raw.get(cid), "mean", None) for cid in (*COMPETENCY_IDS, "overall")
    }
    views = []
    for agent_id, profile in profiles.items():
        cells: dict[str, Cell] = {
            cid: _from_profile_cell(cid, profile.competencies[cid], team.get(cid))
            for cid in COMPETENCY_IDS
            if cid in profile.competencies
        }
        overall = _from_profile_cell("overall", profile.overall, team.get("overall"))
        trend = profile.overall.trend
        months = (
            [(m.month, m.n, m.mean) for m in trend.months]
            if trend is not None and trend.months
            else _months(by_agent.get(agent_id, []))
        )
        views.append(
            AgentView(
                agent_id, int(profile.conversations), profile.first_seen, profile.last_seen,
                cells, overall, trend.slope_per_month if trend is not None else None, months,
            )
        )
    return views, team


def _build_profiles(
    assessments: Sequence[Assessment], transcripts: Mapping[str, Transcript]
) -> Any | None:
    """``csskills.aggregate.build_profiles(...)`` if that stage is installed, else ``None``."""
    try:
        module = importlib.import_module("csskills.aggregate")
    except ImportError:
        return None
    build = getattr(module, "build_profiles", None)
    if build is None:
        return None
    if transcripts and "transcripts" in inspect.signature(build).parameters:
        return build(assessments, transcripts=list(transcripts.values()))
    return build(assessments)


def _examples(view: AgentView, items: Sequence[Assessment], per_claim: int) -> list[Example]:
    """Evidence for each strength (positive spans) and weakness (negative spans)."""
    wanted: list[tuple[str, str]] = [(c.competency, "positive") for c in view.strengths]
    wanted += [(c.competency, "negative") for c in view.weaknesses]
    if not wanted:  # still show what the scores rest on: the agent's most-evidenced competency
        counts = {cid: sum(len(a.scores[cid].evidence) for a in items if cid in a.scores)
                  for cid in COMPETENCY_IDS}
        best = max(counts, key=lambda c: counts[c], default=None)
        if best is not None and counts[best]:
            wanted = [(best, "positive"), (best, "negative")]
    found: list[Example] = []
    for competency, polarity in wanted:
        # One span per conversation first, so the examples show different conversations.
        candidates: list[tuple[int, str, Evidence]] = []
        for a in sorted(items, key=lambda a: a.transcript_id):
            score = a.scores.get(competency)
            spans = [e for e in (score.evidence if score else ()) if e.polarity == polarity]
            candidates += [(rank, a.transcript_id, e) for rank, e in enumerate(spans)]
        candidates.sort(key=lambda c: (c[0], c[1]))
        found += [Example(tid, competency, e) for _, tid, e in candidates[:per_claim]]
    return found


def build_report_data(
    assessments: Sequence[Assessment],
    *,
    transcripts: Sequence[Transcript] | Mapping[str, Transcript] | None = None,
    profiles: Any | None = None,
    examples_per_claim: int = 2,
) -> ReportData:
    """Gather the report's numbers and examples (profiles are built here when not given)."""
    by_tid: dict[str, Transcript] = (
        dict(transcripts) if isinstance(transcripts, Mapping)
        else {t.id: t for t in transcripts or ()}
    )
    by_agent: dict[str, list[Assessment]] = defaultdict(list)
    for a in assessments:
        by_agent[_agent_key(a)].append(a)
    if profiles is None:
        profiles = _build_profiles(assessments, by_tid)
    if profiles is not None:
        views, team = _from_profiles(profiles, by_agent)
        source = "profiles"
    else:
        views, team = _fallback(by_agent)
        source = "means"
    for view in views:
        items = by_agent.get(view.agent_id, [])
        view.examples = _examples(view, items, examples_per_claim)
        view.transcript_ids = sorted(a.transcript_id for a in items)
    return ReportData(
        views, team, source, len(assessments), by_tid,
        {a.transcript_id: a for a in assessments},
    )
