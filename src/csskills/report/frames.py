"""pandas DataFrames of csskills objects, for pivots, plots and joins in a notebook.

Install the extra: ``pip install 'csskills[pandas]'``. pandas is imported inside each function,
so ``import csskills`` never needs it. Every frame is long ("tidy"): one row per
conversation x competency, per piece of evidence, per turn or per agent x competency, with
fixed column names (an empty input gives an empty frame with the same columns), so
``frame.pivot_table(index="agent_id", columns="competency", values="value")`` just works.
Values are never rounded; N/A scores are NaN with their reason in ``reason``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from csskills._optional import require

if TYPE_CHECKING:  # read-only use: the models call in here from ``to_frame`` (no import cycle)
    from csskills._assessment import Assessment, Evidence, Failure
    from csskills._transcript import Transcript
    from csskills.aggregate import AgentProfile, GapReport, TeamProfiles

__all__ = [
    "ASSESSMENT_COLUMNS",
    "BEHAVIOUR_COLUMNS",
    "EVIDENCE_COLUMNS",
    "GAP_COLUMNS",
    "PROFILE_COLUMNS",
    "TURN_COLUMNS",
    "agent_to_frame",
    "assessments_to_frame",
    "behaviours_to_frame",
    "evidence_to_frame",
    "failures_to_frame",
    "gaps_to_frame",
    "profiles_to_frame",
    "team_gaps_to_frame",
    "transcripts_to_frame",
]

#: A pandas DataFrame (typed loosely so that type-checking csskills never needs pandas).
DataFrame = Any

ASSESSMENT_COLUMNS = (
    "transcript_id",
    "agent_id",
    "customer_id",
    "channel",
    "language",
    "started_at",
    "evaluator",
    "evaluator_version",
    "overall",
    "competency",
    "value",
    "reason",
    "opportunities",
    "n_evidence",
    "n_positive",
    "n_negative",
)
_SPAN = ("turn", "start", "end", "text", "rule", "polarity")
BEHAVIOUR_COLUMNS = ("transcript_id", "agent_id", "channel", "started_at", "behaviour", *_SPAN)
EVIDENCE_COLUMNS = ("transcript_id", "agent_id", "competency", "behaviour", *_SPAN)
TURN_COLUMNS = (
    "id",
    "agent_id",
    "customer_id",
    "channel",
    "language",
    "turn",
    "role",
    "speaker_id",
    "text",
    "start",
    "end",
    "timestamp",
)
PROFILE_COLUMNS = (
    "agent_id",
    "agent_conversations",
    "competency",
    "estimate",
    "interval_low",
    "interval_high",
    "interval_level",
    "raw_mean",
    "conversations",
    "opportunities",
    "percentile",
    "label",
    "team_mean",
    "shrinkage",
)
GAP_COLUMNS = (
    "agent_id",
    "competency",
    "status",
    "target",
    "weight",
    "estimate",
    "upper",
    "shortfall",
    "priority",
    "advice",
)
TEAM_GAP_COLUMNS = (
    "competency",
    "target",
    "weight",
    "agents_with_gap",
    "agents_assessed",
    "share",
    "mean_shortfall",
    "total_priority",
    "agents",
    "advice",
)
FAILURE_COLUMNS = ("transcript_id", "source", "line", "evaluator", "error_type", "message")


def _pandas() -> Any:
    return require("pandas", extra="pandas", feature="DataFrames")


#: Columns of conversation start times: always ``datetime64[ns, UTC]`` (NaT where missing), whatever
#: mix of time zones, naive datetimes (taken as UTC, as everywhere in csskills) and missing
#: values the rows hold; a column of Python objects would make ``.dt`` fail.
_MOMENTS = ("started_at",)


def _frame(rows: list[tuple[Any, ...]], columns: tuple[str, ...]) -> DataFrame:
    pd = _pandas()
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for name in _MOMENTS:
        if name in frame.columns:
            frame[name] = pd.to_datetime(
                frame[name].map(_as_utc).astype(object), utc=True
            ).astype("datetime64[ns, UTC]")
    return frame


def _as_utc(value: Any) -> Any:
    # naive datetimes are UTC by csskills' convention; aware ones keep their instant
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value
    return None if value is None else value


def assessments_to_frame(assessments: Iterable[Assessment]) -> DataFrame:
    """One row per conversation x competency: the score (NaN when N/A), its reason, the
    opportunities and how much evidence stands behind it (``n_evidence``, by polarity)."""
    rows: list[tuple[Any, ...]] = []
    for a in assessments:
        head = (
            a.transcript_id,
            a.agent_id,
            a.customer_id,
            a.channel,
            a.language,
            a.started_at,
            a.evaluator.name,
            a.evaluator.version,
            a.overall,
        )
        for competency, score in a.scores.items():
            polarities = [e.polarity for e in score.evidence]
            rows.append(
                (
                    *head,
                    competency,
                    score.value if score.value is not None else float("nan"),
                    score.reason,
                    score.opportunities,
                    len(score.evidence),
                    polarities.count("positive"),
                    polarities.count("negative"),
                )
            )
    return _frame(rows, ASSESSMENT_COLUMNS)


def _span(e: Evidence) -> tuple[Any, ...]:
    return (e.turn, e.start, e.end, e.text, e.rule, e.polarity)


def behaviours_to_frame(assessments: Iterable[Assessment]) -> DataFrame:
    """One row per piece of behaviour evidence (``Assessment.behaviours``): which behaviour,
    where in which turn, the matched text and the rule that found it."""
    rows: list[tuple[Any, ...]] = []
    for a in assessments:
        for behaviour, evidence in a.behaviours.items():
            for e in evidence:
                rows.append(
                    (a.transcript_id, a.agent_id, a.channel, a.started_at, behaviour, *_span(e))
                )
    return _frame(rows, BEHAVIOUR_COLUMNS)


def evidence_to_frame(assessments: Iterable[Assessment]) -> DataFrame:
    """One row per piece of evidence behind a competency score (the "why" of each number)."""
    rows: list[tuple[Any, ...]] = []
    for a in assessments:
        for competency, score in a.scores.items():
            for e in score.evidence:
                rows.append((a.transcript_id, a.agent_id, competency, e.behaviour, *_span(e)))
    return _frame(rows, EVIDENCE_COLUMNS)


def failures_to_frame(failures: Iterable[Failure]) -> DataFrame:
    """One row per record that could not be read or assessed, with its located message."""
    rows = [
        (f.transcript_id, f.source, f.line, f.evaluator, f.error_type, f.message) for f in failures
    ]
    return _frame(rows, FAILURE_COLUMNS)


def transcripts_to_frame(transcripts: Iterable[Transcript]) -> DataFrame:
    """One row per turn; :func:`csskills.io.transcripts_from_frame` reads it back unchanged."""
    rows: list[tuple[Any, ...]] = []
    for t in transcripts:
        for i, turn in enumerate(t.turns):
            rows.append(
                (
                    t.id,
                    t.agent_id,
                    t.customer_id,
                    t.channel,
                    t.language,
                    i,
                    turn.role,
                    turn.speaker_id,
                    turn.text,
                    turn.start,
                    turn.end,
                    turn.timestamp,
                )
            )
    return _frame(rows, TURN_COLUMNS)


def _profile_rows(profile: AgentProfile) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for c in (*profile.competencies.values(), profile.overall):
        interval = c.interval
        rows.append(
            (
                profile.agent_id,
                profile.conversations,
                c.competency,
                c.estimate,
                interval.low if interval else None,
                interval.high if interval else None,
                interval.level if interval else None,
                c.raw_mean,
                c.conversations,
                c.opportunities,
                c.percentile,
                c.label,
                c.team_mean,
                c.shrinkage,
            )
        )
    return rows


def profiles_to_frame(profiles: TeamProfiles) -> DataFrame:
    """One row per agent x competency (plus ``overall``): the shrunk estimate with its
    interval, the raw mean, the n behind it, the team percentile and the label."""
    rows = [row for profile in profiles.agents.values() for row in _profile_rows(profile)]
    return _frame(rows, PROFILE_COLUMNS)


def agent_to_frame(profile: AgentProfile) -> DataFrame:
    """:func:`profiles_to_frame` for one agent: one row per competency (plus ``overall``)."""
    return _frame(_profile_rows(profile), PROFILE_COLUMNS)


def gaps_to_frame(report: GapReport) -> DataFrame:
    """One row per agent x competency of the role: ``status`` is ``gap`` (with estimate, upper
    bound, shortfall, priority and advice), ``met``, ``uncertain`` or ``not assessed``."""
    rows: list[tuple[Any, ...]] = []
    targets = report.role.competencies
    for agent_id, agent in report.agents.items():
        for gap in agent.gaps:
            rows.append(
                (
                    agent_id,
                    gap.competency,
                    "gap",
                    gap.target,
                    gap.weight,
                    gap.estimate,
                    gap.upper,
                    gap.shortfall,
                    gap.priority,
                    gap.advice,
                )
            )
        for status, names in (
            ("met", agent.met),
            ("uncertain", agent.uncertain),
            ("not assessed", agent.not_assessed),
        ):
            for name in names:
                target = targets.get(name)  # type: ignore[call-overload]
                rows.append(
                    (
                        agent_id,
                        name,
                        status,
                        target.level if target else None,
                        target.weight if target else None,
                        *(None,) * 5,
                    )
                )
    return _frame(rows, GAP_COLUMNS)


def team_gaps_to_frame(report: GapReport) -> DataFrame:
    """One row per competency of the role: how much of the team falls short, and by how much."""
    rows = [
        (
            g.competency,
            g.target,
            g.weight,
            g.agents_with_gap,
            g.agents_assessed,
            g.share,
            g.mean_shortfall,
            g.total_priority,
            list(g.agents),
            g.advice,
        )
        for g in report.team
    ]
    return _frame(rows, TEAM_GAP_COLUMNS)
