"""Output data model of profiles: frozen pydantic models with ``to_dict()``.

Nothing is rounded here; the terminal renderer rounds when it prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from csskills._assessment import Evidence

__all__ = [
    "AgentProfile",
    "BeforeAfter",
    "BehaviourPattern",
    "Commitment",
    "CommitmentStatus",
    "CompetencyProfile",
    "Interval",
    "Label",
    "MonthPoint",
    "PatternExample",
    "ProfileOptions",
    "ReliabilitySummary",
    "TeamProfiles",
    "TeamSummary",
    "Trend",
]

Label = Literal["strength", "weakness", "typical", "not enough evidence"]
CommitmentStatus = Literal["kept", "broken", "open", "unverified"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class _Model(BaseModel):
    model_config = _FROZEN

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO strings)."""
        return self.model_dump(mode="json")


class ProfileOptions(_Model):
    """How profiles are estimated; every default is documented in ``docs/concepts/profiles.md``.

    ``min_conversations`` is at least 2, so one conversation can never make a strength or a
    weakness. ``improvement_points_per_month`` maps the trend of the overall score to the
    ``continuous_improvement`` scale: ``50 + improvement_points_per_month * slope``.
    """

    level: float = Field(default=0.90, gt=0, lt=1)
    min_conversations: int = Field(default=3, ge=2)
    min_trend_conversations: int = Field(default=3, ge=3)
    min_trend_days: float = Field(default=28.0, ge=0)
    improvement_points_per_month: float = Field(default=10.0, gt=0)
    default_commitment_days: int = Field(default=7, ge=0)
    examples_per_pattern: int = Field(default=3, ge=0)


class Interval(_Model):
    """A two-sided interval at ``level`` (e.g. 0.9), clipped to the scale where it has one."""

    low: float
    high: float
    level: float


class MonthPoint(_Model):
    """The mean score of one calendar month (UTC)."""

    month: str
    n: int
    mean: float


class Trend(_Model):
    """Ordinary least squares of score on time, in points per month (30.44 days)."""

    n: int
    slope_per_month: float | None = None
    interval: Interval | None = None
    months: tuple[MonthPoint, ...] = ()


class BeforeAfter(_Model):
    """Scores before ``at`` versus from ``at`` on (UTC days), e.g. around a coaching session.

    ``difference`` is after minus before with a Welch interval; ``hedges_g`` is the
    bias-corrected standardised difference with its large-sample normal interval.
    """

    at: date
    n_before: int
    n_after: int
    mean_before: float | None = None
    mean_after: float | None = None
    difference: float | None = None
    difference_interval: Interval | None = None
    hedges_g: float | None = None
    hedges_g_interval: Interval | None = None


class CompetencyProfile(_Model):
    """One agent's estimate for one competency, the evidence count behind it and its label.

    ``estimate`` is the empirical-Bayes (shrunk) mean, ``raw_mean`` the plain mean of the
    agent's non-N/A scores, ``team_mean`` the rest of the team's mean the estimate is shrunk
    towards, ``shrinkage`` the weight on that team mean (0 = own data only, 1 = team only).
    """

    competency: str
    estimate: float | None = None
    interval: Interval | None = None
    standard_error: float | None = None
    raw_mean: float | None = None
    conversations: int = 0
    opportunities: int = 0
    percentile: float | None = None
    label: Label = "not enough evidence"
    team_mean: float | None = None
    shrinkage: float | None = None
    trend: Trend | None = None
    before_after: BeforeAfter | None = None
    note: str | None = None


class PatternExample(_Model):
    """Where a pattern was seen: the transcript and, when the pattern is a span, its evidence."""

    transcript_id: str
    evidence: Evidence | None = None


class BehaviourPattern(_Model):
    """How often a behaviour pattern occurred: ``count`` of ``out_of`` conversations."""

    id: str
    description: str
    count: int
    out_of: int
    rate: float | None = None
    examples: tuple[PatternExample, ...] = ()


class Commitment(_Model):
    """A promise made in a conversation and what the later conversations say about it.

    ``kept``: the customer (or case) was contacted again within the promised time, without a
    complaint that nobody followed up. ``broken``: the customer came back after the promised
    time, or came back complaining that nobody followed up. ``open``: nothing yet and the
    promised time is still ahead of the latest data. ``unverified``: the promised time has
    passed and no later conversation of that customer or case is in the data.
    """

    transcript_id: str
    agent_id: str
    customer_id: str | None = None
    case_id: str | None = None
    made_at: datetime
    due: datetime
    phrase: str | None = None
    status: CommitmentStatus
    follow_up: str | None = None
    reason: str
    evidence: tuple[Evidence, ...] = ()


class ReliabilitySummary(_Model):
    """Counts of commitments by status; ``kept_rate`` is kept / (kept + broken)."""

    kept: int = 0
    broken: int = 0
    open: int = 0
    unverified: int = 0
    kept_rate: float | None = None


class AgentProfile(_Model):
    """Everything the assessments say about one agent, competency by competency."""

    agent_id: str
    conversations: int
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    competencies: dict[str, CompetencyProfile]
    overall: CompetencyProfile
    patterns: dict[str, BehaviourPattern] = Field(default_factory=dict)
    commitments: tuple[Commitment, ...] = ()
    reliability: ReliabilitySummary = ReliabilitySummary()

    @property
    def strengths(self) -> tuple[CompetencyProfile, ...]:
        """Competencies labelled strength, highest estimate first."""
        return self._labelled("strength", reverse=True)

    @property
    def weaknesses(self) -> tuple[CompetencyProfile, ...]:
        """Competencies labelled weakness, lowest estimate first."""
        return self._labelled("weakness", reverse=False)

    def _labelled(self, label: Label, *, reverse: bool) -> tuple[CompetencyProfile, ...]:
        chosen = [c for c in self.competencies.values() if c.label == label]
        chosen.sort(key=lambda c: c.estimate or 0.0, reverse=reverse)
        return tuple(chosen)

    def _repr_html_(self) -> str:
        """The agent's estimates, intervals, n and labels as an HTML table in notebooks."""
        from csskills.report.notebook import agent_html

        return agent_html(self)

    def to_frame(self) -> Any:
        """One row per competency (plus ``overall``) as a pandas DataFrame
        (``csskills[pandas]``); see :func:`csskills.report.frames.profiles_to_frame`."""
        from csskills.report.frames import agent_to_frame

        return agent_to_frame(self)


class TeamSummary(_Model):
    """The team's picture of one competency: where the priors come from."""

    competency: str
    agents: int
    conversations: int
    mean: float | None = None
    within_sd: float | None = None
    between_sd: float | None = None


class TeamProfiles(_Model):
    """Profiles of a team: a read-only mapping ``agent_id -> AgentProfile`` plus team figures."""

    options: ProfileOptions
    agents: dict[str, AgentProfile]
    team: dict[str, TeamSummary]
    commitments: tuple[Commitment, ...] = ()
    data_until: datetime | None = None
    unattributed: int = 0

    def __getitem__(self, agent_id: str) -> AgentProfile:
        return self.agents[agent_id]

    def __iter__(self) -> Iterator[str]:  # type: ignore[override]
        return iter(self.agents)

    def __len__(self) -> int:
        return len(self.agents)

    def __contains__(self, agent_id: object) -> bool:
        return agent_id in self.agents

    def keys(self) -> Iterator[str]:
        """Agent ids, sorted."""
        return iter(self.agents)

    def values(self) -> Iterator[AgentProfile]:
        """Agent profiles, by agent id."""
        return iter(self.agents.values())

    def items(self) -> Iterator[tuple[str, AgentProfile]]:
        """``(agent_id, profile)`` pairs, by agent id."""
        return iter(self.agents.items())

    def get(self, agent_id: str, default: AgentProfile | None = None) -> AgentProfile | None:
        """The agent's profile, or ``default``."""
        return self.agents.get(agent_id, default)

    def _repr_html_(self) -> str:
        """One row per agent (overall, strengths, weaknesses) as an HTML table in notebooks."""
        from csskills.report.notebook import profiles_html

        return profiles_html(self)

    def to_frame(self) -> Any:
        """One row per agent x competency as a pandas DataFrame (``csskills[pandas]``); see
        :func:`csskills.report.frames.profiles_to_frame`."""
        from csskills.report.frames import profiles_to_frame

        return profiles_to_frame(self)
