"""What the report shows, computed once: per agent and competency an estimate, interval and label.

The numbers are the profiles of :func:`csskills.aggregate.build_profiles` (shrunk estimates,
intervals, percentiles, trends): the report presents them, it never estimates anything itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from csskills._assessment import Assessment, Evidence
from csskills._transcript import Transcript
from csskills.aggregate import CompetencyProfile, TeamProfiles, build_profiles
from csskills.competencies import COMPETENCY_IDS

NOT_ENOUGH = "not enough evidence"


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
    """The whole report's content."""

    agents: list[AgentView]
    team_means: dict[str, float | None]
    conversations: int
    transcripts: dict[str, Transcript]
    assessments: dict[str, Assessment]


def _agent_key(assessment: Assessment) -> str:
    return assessment.agent_id or "(unknown agent)"


def _months(assessments: Sequence[Assessment]) -> list[tuple[str, int, float]]:
    by_month: dict[str, list[float]] = defaultdict(list)
    for a in assessments:
        if a.started_at is not None and a.overall is not None:
            by_month[a.started_at.strftime("%Y-%m")].append(a.overall)
    return [(m, len(v), sum(v) / len(v)) for m, v in sorted(by_month.items())]


def _from_profile_cell(competency: str, profile: CompetencyProfile, team: float | None) -> Cell:
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
    profiles: TeamProfiles, by_agent: Mapping[str, list[Assessment]]
) -> tuple[list[AgentView], dict[str, float | None]]:
    team: dict[str, float | None] = {
        cid: summary.mean if (summary := profiles.team.get(cid)) is not None else None
        for cid in (*COMPETENCY_IDS, "overall")
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
    profiles: TeamProfiles | None = None,
    examples_per_claim: int = 2,
) -> ReportData:
    """Gather the report's numbers and examples (profiles are built when not given)."""
    by_tid: dict[str, Transcript] = (
        dict(transcripts) if isinstance(transcripts, Mapping)
        else {t.id: t for t in transcripts or ()}
    )
    by_agent: dict[str, list[Assessment]] = defaultdict(list)
    for a in assessments:
        by_agent[_agent_key(a)].append(a)
    if profiles is None:
        profiles = build_profiles(assessments)
    views, team = _from_profiles(profiles, by_agent)
    for view in views:
        items = by_agent.get(view.agent_id, [])
        view.examples = _examples(view, items, examples_per_claim)
        view.transcript_ids = sorted(a.transcript_id for a in items)
    return ReportData(
        views, team, len(assessments), by_tid,
        {a.transcript_id: a for a in assessments},
    )
