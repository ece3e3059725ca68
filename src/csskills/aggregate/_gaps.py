"""Role targets and skill gaps: what each agent, and the whole team, should be trained on.

A role file gives, per competency, the required ``level`` (0-100) and an importance ``weight``.
A gap is counted only when the agent's whole interval lies below the target (the upper bound is
under it), so HR never sends someone to training on the strength of two unlucky calls. Gaps are
ranked by ``weight x shortfall`` (shortfall = target - estimate).
"""

from __future__ import annotations

import importlib
import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from csskills.aggregate._models import TeamProfiles
from csskills.competencies import CompetencyId, get_competency
from csskills.exceptions import InputFormatError

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


def _line_of(text: str, field: str) -> int | None:
    """Best effort: the line of a role file where ``field``'s last key is written."""
    parts = [p for p in field.split(".") if p]
    if not parts:
        return None
    key = re.escape(parts[-1])
    pattern = re.compile(rf'^\s*(\[[^\]]*\b{key}\]|"?{key}"?\s*[=:])', re.MULTILINE)
    if len(parts) >= 2:
        section = re.compile(rf"^\s*\[[^\]]*\b{re.escape(parts[-2])}\]", re.MULTILINE)
        found = section.search(text)
        if found:
            inner = pattern.search(text, found.end())
            if inner:
                return text.count("\n", 0, inner.start()) + 1
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _parse_toml(text: str, name: str) -> Any:
    toml: Any = None
    for module in ("tomllib", "tomli"):  # stdlib on 3.11+, the tomli backport if installed
        try:
            toml = importlib.import_module(module)
            break
        except ModuleNotFoundError:
            continue
    if toml is None:  # pragma: no cover - Python 3.10 without tomli
        raise InputFormatError(
            "TOML role files need Python 3.11+ or the 'tomli' package; use JSON instead",
            source=name,
        )
    try:
        return toml.loads(text)
    except toml.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        found = re.search(r"line (\d+)", str(exc))
        if line is None and found:
            line = int(found.group(1))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise InputFormatError(f"not valid TOML ({message})", source=name, line=line) from None


def load_role(path: str | os.PathLike[str]) -> RoleTarget:
    """Read and validate a role file (TOML, or JSON when it ends in ``.json``).

    Errors name the file, the line where it can be found, and the field:
    ``roles/x.toml:4: competencies.empathy.level: Input should be less than or equal to 100``.
    """
    name = os.fspath(path)
    try:
        text = Path(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFormatError("no such file", source=name) from None
    except IsADirectoryError:
        raise InputFormatError("is a directory, not a role file", source=name) from None
    if name.endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputFormatError(
                f"not valid JSON ({exc.msg})", source=name, line=exc.lineno
            ) from None
    else:
        data = _parse_toml(text, name)
    try:
        return RoleTarget.model_validate(data)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        field = ".".join(str(p) for p in error["loc"]) or "(file)"
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown field (a role has name, description and competencies)"
        elif error["type"] == "literal_error" or "[key]" in field:
            message = f"unknown competency; {message}"
        raise InputFormatError(
            message, source=name, line=_line_of(text, field.replace(".[key]", "")), field=field
        ) from None


def skill_gaps(profiles: TeamProfiles, role: RoleTarget) -> GapReport:
    """Rank each agent's gaps against ``role`` and add up the team's training needs."""
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
