"""Role targets and skill gaps: what each agent, and the whole team, should be trained on.

A role file gives, per competency, the required ``level`` (0-100) and an importance ``weight``.
A gap is counted only when the agent's whole interval lies below the target (the upper bound is
under it), so HR never sends someone to training on the strength of two unlucky calls. Gaps are
ranked by ``weight x shortfall`` (shortfall = target - estimate).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from csskills._config import read_config, validation_error
from csskills.aggregate._models import TeamProfiles
from csskills.competencies import CompetencyId, get_competency
from csskills.exceptions import UsageError

__all__ = [
    "AgentGaps",
    "GapReport",
    "RoleTarget",
    "SkillGap",
    "TargetLevel",
    "TeamGap",
    "load_role",
    "skill_gaps",
]

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class _Model(BaseModel):
    model_config = _FROZEN

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return self.model_dump(mode="json")


class TargetLevel(_Model):
    """The level a role requires in one competency and how much it matters."""

    level: float = Field(ge=0, le=100)
    weight: float = Field(default=1.0, gt=0)


class RoleTarget(_Model):
    """A role's target profile, e.g. ``roles/tier1_support.toml``."""

    name: str = Field(min_length=1)
    description: str | None = None
    competencies: dict[CompetencyId, TargetLevel] = Field(min_length=1)


class SkillGap(_Model):
    """One competency where an agent is credibly below the role's target."""

    competency: str
    target: float
    weight: float
    estimate: float
    upper: float
    shortfall: float
    priority: float
    advice: str


class AgentGaps(_Model):
    """One agent against the role: gaps (highest priority first), targets met, not assessed."""

    agent_id: str
    gaps: tuple[SkillGap, ...] = ()
    met: tuple[str, ...] = ()
    uncertain: tuple[str, ...] = ()
    not_assessed: tuple[str, ...] = ()


class TeamGap(_Model):
    """One competency across the team: how many agents fall short and by how much in total."""

    competency: str
    target: float
    weight: float
    agents_with_gap: int
    agents_assessed: int
    share: float | None = None
    mean_shortfall: float | None = None
    total_priority: float
    agents: tuple[str, ...] = ()
    advice: str


class GapReport(_Model):
    """Per-agent gaps and the team view (what the whole team should be trained on first)."""

    role: RoleTarget
    agents: dict[str, AgentGaps]
    team: tuple[TeamGap, ...]


def _explain(error: Mapping[str, Any], field: str) -> str | None:
    if error["type"] == "extra_forbidden":
        return "unknown field (a role has name, description and competencies)"
    if error["type"] == "literal_error" or "[key]" in field:
        return f"unknown competency; {error['msg']}"
    return None


def load_role(path: str | os.PathLike[str]) -> RoleTarget:
    """Read and validate a role file (TOML, or JSON when it ends in ``.json``).

    Errors name the file, the line where it can be found, and the field:
    ``roles/x.toml:4: competencies.empathy.level: Input should be less than or equal to 100``.
    UTF-8 (with or without a byte-order mark) and UTF-16/32 are read; another encoding is a
    located error asking for UTF-8 (see :func:`csskills._config.read_config`).
    """
    name = os.fspath(path)
    data, text = read_config(name, toml=not name.endswith(".json"), what="role file")
    try:
        return RoleTarget.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, source=name, text=text, explain=_explain) from None


def skill_gaps(profiles: TeamProfiles, role: RoleTarget) -> GapReport:
    """Rank each agent's gaps against ``role`` and add up the team's training needs.

    ``profiles`` comes from :func:`~csskills.build_profiles`, ``role`` from :func:`load_role`
    (or ``RoleTarget(name=..., competencies={"empathy": {"level": 70}})``); anything else is a
    :class:`~csskills.UsageError` saying what to pass.
    """
    if not isinstance(profiles, TeamProfiles):
        raise UsageError(
            f"skill_gaps: expected the TeamProfiles of build_profiles(assessments) as first "
            f"argument, got {type(profiles).__name__}"
        )
    if not isinstance(role, RoleTarget):
        hint = ""
        if isinstance(role, Mapping):
            hint = (
                ": for targets as a dict, use RoleTarget(name='my role', competencies="
                "{'empathy': {'level': 70}, ...}), or load_role('role.toml')"
            )
        raise UsageError(
            f"skill_gaps: expected a RoleTarget as second argument, got "
            f"{type(role).__name__}{hint}"
        )
    agents: dict[str, AgentGaps] = {}
    for agent_id, profile in profiles.items():
        gaps, met, uncertain, missing = [], [], [], []
        for competency, target in role.competencies.items():
            cell = profile.competencies.get(competency)
            if cell is None or cell.estimate is None or cell.interval is None:
                missing.append(competency)
                continue
            if cell.label == "not enough evidence":
                missing.append(competency)
                continue
            if cell.interval.high < target.level:
                shortfall = target.level - cell.estimate
                gaps.append(
                    SkillGap(
                        competency=competency,
                        target=target.level,
                        weight=target.weight,
                        estimate=cell.estimate,
                        upper=cell.interval.high,
                        shortfall=shortfall,
                        priority=target.weight * shortfall,
                        advice=get_competency(competency).advice,
                    )
                )
            elif cell.estimate >= target.level:
                met.append(competency)
            else:
                uncertain.append(competency)
        gaps.sort(key=lambda g: (-g.priority, g.competency))
        agents[agent_id] = AgentGaps(
            agent_id=agent_id,
            gaps=tuple(gaps),
            met=tuple(met),
            uncertain=tuple(uncertain),
            not_assessed=tuple(missing),
        )
    team = []
    for competency, target in role.competencies.items():
        found = [
            (a, g)
            for a, report in agents.items()
            for g in report.gaps
            if g.competency == competency
        ]
        assessed = sum(1 for r in agents.values() if competency not in r.not_assessed)
        team.append(
            TeamGap(
                competency=competency,
                target=target.level,
                weight=target.weight,
                agents_with_gap=len(found),
                agents_assessed=assessed,
                share=len(found) / assessed if assessed else None,
                mean_shortfall=(sum(g.shortfall for _, g in found) / len(found)) if found else None,
                total_priority=sum(g.priority for _, g in found),
                agents=tuple(a for a, _ in found),
                advice=get_competency(competency).advice,
            )
        )
    team.sort(key=lambda t: (-t.total_priority, -t.agents_with_gap, t.competency))
    return GapReport(role=role, agents=agents, team=tuple(team))
