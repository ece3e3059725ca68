"""Plain-text tables of profiles and gap reports for the terminal (rounding happens only here).

Labels, gap verdicts and the fate of commitments are worded as in the HTML report
(:mod:`csskills.report._wording`), so the terminal and the page never disagree.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from csskills.report._wording import (
    GAP_MET,
    GAP_NONE,
    GAP_NOT_ASSESSED,
    NO_AGENT,
    label_text,
    status_text,
)

if TYPE_CHECKING:  # read-only use of the models: no runtime import, so models may call in here
    from csskills.aggregate import AgentProfile, CompetencyProfile, GapReport, TeamProfiles

__all__ = ["render_gaps", "render_profiles"]


def _num(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _row(cell: CompetencyProfile) -> str:
    interval = (
        f"[{cell.interval.low:5.1f}, {cell.interval.high:5.1f}]" if cell.interval else " " * 14
    )
    pct = "-" if cell.percentile is None else f"{cell.percentile:3.0f}"
    trend = ""
    if cell.trend is not None and cell.trend.slope_per_month is not None:
        trend = f"{cell.trend.slope_per_month:+.1f}/mo"
    low, high = (cell.interval.low, cell.interval.high) if cell.interval else (None, None)
    label = label_text(cell.label, low, high)
    return (
        f"  {cell.competency:<27} {_num(cell.estimate):>6} {interval} {cell.conversations:>4} "
        f"{pct:>4}  {label:<20} {trend}"
    ).rstrip()


def _agent(profile: AgentProfile, level: float) -> list[str]:
    seen = ""
    if profile.first_seen and profile.last_seen:
        seen = f", {profile.first_seen.date()} to {profile.last_seen.date()}"
    lines = [
        f"{profile.agent_id}  ({profile.conversations} conversations{seen})",
        f"  {'competency':<27} {'est.':>6} {f'{level:.0%} interval':<14} {'n':>4} {'pct':>4}  "
        f"{'label':<20} trend",
    ]
    lines += [_row(c) for c in profile.competencies.values()]
    lines.append(_row(profile.overall))
    patterns = [
        f"{p.id.replace('_', ' ')} {p.count}/{p.out_of}"
        for p in profile.patterns.values()
        if p.count
    ]
    if patterns:
        lines.append("  patterns: " + "; ".join(patterns))
        for p in profile.patterns.values():
            for example in p.examples[:1] if p.count and p.id != "no_follow_up_check" else ():
                said = f' "{example.evidence.text}"' if example.evidence else ""
                lines.append(f"    {p.id}: {example.transcript_id}{said}")
    r = profile.reliability
    if profile.commitments:
        lines.append(
            f"  commitments: {r.kept} kept, {r.broken} broken, {r.open} open, "
            f"{r.unverified} unverified"
        )
        for c in profile.commitments:
            phrase = f'"{c.phrase}"' if c.phrase else "(default window)"
            fate = status_text(c.status, c.reason, mark=False)
            lines.append(f"    {c.transcript_id:<12} {phrase}: {fate}")
    for cell in profile.competencies.values():
        ba = cell.before_after
        if ba is not None and ba.difference is not None and cell.competency != "overall":
            lines.append(
                f"  before/after {ba.at}: {cell.competency} {_num(ba.mean_before)} -> "
                f"{_num(ba.mean_after)} (n {ba.n_before}/{ba.n_after}, g {_num(ba.hedges_g, 2)})"
            )
    return lines


def render_profiles(profiles: TeamProfiles) -> str:
    """Every agent's profile as an aligned text table."""
    blocks = ["\n".join(_agent(p, profiles.options.level)) for p in profiles.values()]
    if profiles.unattributed:
        blocks.append(
            f"{profiles.unattributed} conversation(s) with {NO_AGENT}: in no profile "
            "(the HTML report lists them)"
        )
    return "\n\n".join(blocks) if blocks else "no assessments"


def render_gaps(report: GapReport, *, advice_width: int = 92) -> str:
    """Per-agent gaps with coaching advice, then the team's training priorities."""
    out = [f"Role: {report.role.name}", ""]
    for agent_id, gaps in report.agents.items():
        out.append(agent_id)
        if not gaps.gaps:
            out.append(f"  {GAP_NONE}")
        for rank, g in enumerate(gaps.gaps, 1):
            out.append(
                f"  {rank}. {g.competency:<27} target {g.target:5.1f}  estimate {g.estimate:5.1f} "
                f"(upper {g.upper:5.1f})  priority {g.priority:6.1f}"
            )
            out += textwrap.wrap(
                g.advice, advice_width, initial_indent="     ", subsequent_indent="     "
            )
        if gaps.met:
            out.append(f"  {GAP_MET}: " + ", ".join(gaps.met))
        if gaps.uncertain:
            out.append("  below target, not clearly (the interval reaches the target): "
                       + ", ".join(gaps.uncertain))
        if gaps.not_assessed:
            out.append(f"  {GAP_NOT_ASSESSED}: " + ", ".join(gaps.not_assessed))
        out.append("")
    out.append("Team: what to train first")
    out.append(f"  {'competency':<27} {'target':>6} {'agents':>7} {'priority':>9}  who")
    for t in report.team:
        out.append(
            f"  {t.competency:<27} {t.target:6.1f} {t.agents_with_gap:>3}/{t.agents_assessed:<3} "
            f"{t.total_priority:9.1f}  {', '.join(t.agents)}".rstrip()
        )
    return "\n".join(out)
