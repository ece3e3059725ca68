"""Aggregate: many assessments into agent profiles, and profiles against role targets.

:class:`ProfileStats` holds mergeable, exact statistics (build them per partition and merge);
:func:`build_profiles` turns assessments into :class:`TeamProfiles`; :func:`load_role` reads a
role's target levels and :func:`skill_gaps` ranks each agent's gaps against it.
"""

from csskills.aggregate._gaps import (
    AgentGaps,
    GapReport,
    RoleTarget,
    SkillGap,
    TargetLevel,
    TeamGap,
    load_role,
    skill_gaps,
)
from csskills.aggregate._models import (
    AgentProfile,
    BeforeAfter,
    BehaviourPattern,
    Commitment,
    CompetencyProfile,
    Interval,
    MonthPoint,
    PatternExample,
    ProfileOptions,
    ReliabilitySummary,
    TeamProfiles,
    TeamSummary,
    Trend,
)
from csskills.aggregate._profiles import profiles_from_stats
from csskills.aggregate._stats import PATTERNS, ProfileStats, build_profiles

__all__ = [
    "PATTERNS",
    "AgentGaps",
    "AgentProfile",
    "BeforeAfter",
    "BehaviourPattern",
    "Commitment",
    "CompetencyProfile",
    "GapReport",
    "Interval",
    "MonthPoint",
    "PatternExample",
    "ProfileOptions",
    "ProfileStats",
    "ReliabilitySummary",
    "RoleTarget",
    "SkillGap",
    "TargetLevel",
    "TeamGap",
    "TeamProfiles",
    "TeamSummary",
    "Trend",
    "build_profiles",
    "load_role",
    "profiles_from_stats",
    "skill_gaps",
]
