"""From mergeable statistics to agent profiles: shrinkage, intervals, trends, labels.

The model is the normal-normal one of empirical Bayes. A conversation score of agent ``a`` is
``y = theta_a + noise`` with noise variance ``sigma2`` (the same for everyone), and agents'
true levels ``theta_a`` vary around a team mean ``mu`` with between-agent variance ``tau2``.
``sigma2`` is the pooled within-agent variance and ``tau2`` the method-of-moments estimate of
one-way random-effects ANOVA, ``(MSB - MSW) / n0`` truncated at zero. The estimate is
``theta = ybar + B (mu - ybar)`` with shrinkage ``B = (sigma2/n) / (sigma2/n + tau2)``, and its
interval ``theta +- z sqrt((1 - B) sigma2/n + B**2 var(mu))``.

The prior of each agent (``mu``, ``sigma2``, ``tau2``) is estimated from the *rest* of the team,
leaving the agent out. That is the comparison a coach means ("compared with the others"), it
keeps an agent from pulling their own prior, and it makes an agent's estimate move only in the
direction of their own scores: a higher score never lowers it. When the rest of the team cannot
supply a prior (fewer than two other agents, or none with two scores) the estimate is the
agent's plain mean with a t interval.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timezone
from fractions import Fraction
from typing import TYPE_CHECKING

from csskills.aggregate._mathx import (
    MICROSECONDS_PER_DAY,
    MICROSECONDS_PER_MONTH,
    exact,
    from_microseconds,
    normal_quantile,
    t_quantile,
    to_microseconds,
)
from csskills.aggregate._models import (
    AgentProfile,
    BeforeAfter,
    BehaviourPattern,
    Commitment,
    CommitmentStatus,
    CompetencyProfile,
    Interval,
    Label,
    MonthPoint,
    PatternExample,
    ProfileOptions,
    ReliabilitySummary,
    TeamProfiles,
    TeamSummary,
    Trend,
)
from csskills.aggregate._sums import OVERALL, PATTERNS, Contact, Promise, _AgentStats, _Moments
from csskills.competencies import COMPETENCY_IDS

if TYPE_CHECKING:  # the statistics call in here; only their type is needed (no import cycle)
    from csskills.aggregate._stats import ProfileStats
from csskills.exceptions import ConfigurationError

__all__ = ["profiles_from_stats"]

IMPROVEMENT = "continuous_improvement"
_EPOCH_DAY = date(1970, 1, 1)


# -- per-agent cells --------------------------------------------------------------------------
class _Cell:
    __slots__ = ("mean", "n", "opportunities", "ssw")

    def __init__(self, m: _Moments) -> None:
        self.n = m.n
        self.opportunities = m.opportunities
        self.mean = m.sy / (m.n * (1 << 1074))
        self.ssw = float(max(Fraction(0), exact(m.syy, squared=True) - exact(m.sy) ** 2 / m.n))


class _Prior:
    """Team figures for one competency; ``leave_out`` gives an agent's prior without them."""

    def __init__(self, cells: Mapping[str, _Cell]) -> None:
        ordered = [cells[a] for a in sorted(cells)]
        self.cells = cells
        self.agents = len(ordered)
        self.total = sum(c.n for c in ordered)
        self.sum_y = math.fsum(c.n * c.mean for c in ordered)
        self.sum_y2 = math.fsum(c.n * c.mean * c.mean for c in ordered)
        self.ssw = math.fsum(c.ssw for c in ordered)
        self.sum_n2 = sum(c.n * c.n for c in ordered)

    def components(
        self, out: _Cell | None = None
    ) -> tuple[float | None, float | None, float | None, float | None]:
        """``(mu, sigma2, tau2, var_mu)``, with ``mu`` and ``sigma2`` leaving ``out`` out.

        ``tau2`` uses the between-agent spread of the whole team (``out`` included, so an
        outlying agent is not squeezed to a prior that never saw them) against the
        leave-out ``sigma2``; it depends on ``out``'s scores only through their mean, in the
        direction that keeps the estimate monotone in them.
        """
        n_out, y_out, ssw_out = (out.n, out.mean, out.ssw) if out else (0, 0.0, 0.0)
        total = self.total - n_out
        agents = self.agents - (1 if out else 0)
        if total <= 0 or agents <= 0:
            return None, None, None, None
        mu = (self.sum_y - n_out * y_out) / total
        dof = total - agents
        sigma2 = max(0.0, (self.ssw - ssw_out) / dof) if dof > 0 else None
        if self.agents < 2 or sigma2 is None:
            return mu, sigma2, None, None
        grand = self.sum_y / self.total
        ssb = max(0.0, self.sum_y2 - self.total * grand * grand)
        n0 = (self.total - self.sum_n2 / self.total) / (self.agents - 1)
        tau2 = max(0.0, (ssb / (self.agents - 1) - sigma2) / n0)
        sum_n2 = self.sum_n2 - n_out * n_out
        var_mu = (tau2 * sum_n2 + sigma2 * total) / (total * total)
        return mu, sigma2, tau2, var_mu


def _clip(value: float) -> float:
    return min(100.0, max(0.0, value))


def _interval(centre: float, half: float, level: float, *, clip: bool = True) -> Interval:
    if clip:
        return Interval(low=_clip(centre - half), high=_clip(centre + half), level=level)
    return Interval(low=centre - half, high=centre + half, level=level)


def _label(n: int, interval: Interval | None, comparator: float | None, minimum: int) -> Label:
    if n < minimum or interval is None:
        return "not enough evidence"
    if comparator is None:
        return "typical"
    if interval.low > comparator:
        return "strength"
    if interval.high < comparator:
        return "weakness"
    return "typical"


def posterior(
    n: int, mean: float, own_var: float, mu: float, sigma2: float, tau2: float, var_mu: float
) -> tuple[float, float, float]:
    """``(estimate, standard_error, shrinkage)`` of the normal-normal model, given the prior.

    The agent's own spread widens the interval when it exceeds the team's noise level.
    """
    noise = sigma2 / n
    shrinkage = 1.0 if tau2 == 0 else noise / (noise + tau2)
    estimate = mean + shrinkage * (mu - mean)
    variance = (1 - shrinkage) * max(sigma2, own_var) / n + shrinkage * shrinkage * var_mu
    return estimate, math.sqrt(variance), shrinkage


def _estimate(
    competency: str, cell: _Cell, prior: _Prior, options: ProfileOptions
) -> CompetencyProfile:
    mu, sigma2, tau2, var_mu = prior.components(cell)
    z = normal_quantile(0.5 + options.level / 2)
    interval: Interval | None = None
    shrinkage: float | None = None
    se: float | None = None
    if sigma2 is not None and tau2 is not None and var_mu is not None and mu is not None:
        own = cell.ssw / (cell.n - 1) if cell.n >= 2 else 0.0
        estimate, se, shrinkage = posterior(cell.n, cell.mean, own, mu, sigma2, tau2, var_mu)
        interval = _interval(estimate, z * se, options.level)
        note = "empirical Bayes: shrunk towards the rest of the team"
    else:
        estimate = cell.mean
        note = "plain mean: the rest of the team is too small to estimate a prior"
        if cell.n >= 2:
            t = t_quantile(0.5 + options.level / 2, cell.n - 1)
            se = math.sqrt(cell.ssw / (cell.n - 1) / cell.n)
            interval = _interval(estimate, t * se, options.level)
    label = _label(cell.n, interval, mu, options.min_conversations)
    if cell.n < options.min_conversations:
        note = f"{cell.n} conversation(s) with a score; at least {options.min_conversations} needed"
    return CompetencyProfile(
        competency=competency,
        estimate=estimate,
        interval=interval,
        standard_error=se,
        raw_mean=cell.mean,
        conversations=cell.n,
        opportunities=cell.opportunities,
        label=label,
        team_mean=mu,
        shrinkage=shrinkage,
        note=note,
    )


# -- trends and before/after ------------------------------------------------------------------
def _dated_sums(m: _Moments) -> tuple[int, int, int]:
    n = sy = syy = 0
    for count, s, ss in m.days.values():
        n += count
        sy += s
        syy += ss
    return n, sy, syy


def _months(m: _Moments) -> tuple[MonthPoint, ...]:
    grouped: dict[str, list[int]] = {}
    for day, (count, s, _) in m.days.items():
        moment = from_microseconds(day * MICROSECONDS_PER_DAY)
        bucket = grouped.setdefault(f"{moment.year:04d}-{moment.month:02d}", [0, 0])
        bucket[0] += count
        bucket[1] += s
    return tuple(
        MonthPoint(month=k, n=v[0], mean=v[1] / (v[0] * (1 << 1074)))
        for k, v in sorted(grouped.items())
    )


def trend_of(m: _Moments, options: ProfileOptions) -> Trend:
    """OLS slope of score on time (points per month) with a t interval, from exact sums."""
    n, sy, syy = _dated_sums(m)
    months = _months(m)
    span_days = (max(m.days) - min(m.days)) if m.days else 0
    if n < options.min_trend_conversations or span_days < options.min_trend_days:
        return Trend(n=n, months=months)
    sxx = n * m.sxx - m.sx * m.sx
    if sxx <= 0:
        return Trend(n=n, months=months)
    sxy = exact(n * m.sxy - m.sx * sy)
    syy_c = exact(n * syy - sy * sy, squared=True)
    slope = sxy / sxx
    rss_n = max(Fraction(0), syy_c - sxy * sxy / sxx)  # n * residual sum of squares
    se2 = rss_n / (n - 2) / sxx
    per_month = float(slope * MICROSECONDS_PER_MONTH)
    se = math.sqrt(float(se2)) * MICROSECONDS_PER_MONTH
    half = t_quantile(0.5 + options.level / 2, n - 2) * se
    return Trend(
        n=n,
        slope_per_month=per_month,
        interval=_interval(per_month, half, options.level, clip=False),
        months=months,
    )


def _day_of(at: date | datetime | str) -> tuple[date, int]:
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at) if "T" in at or " " in at else date.fromisoformat(at)
        except ValueError:
            raise ConfigurationError(f"compare_at: not an ISO date or datetime: {at!r}") from None
    if isinstance(at, datetime):
        at = (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
        at = at.date()
    return at, (at - _EPOCH_DAY).days


def before_after_of(m: _Moments, at: date | datetime | str, options: ProfileOptions) -> BeforeAfter:
    """Before ``at`` versus from ``at`` on: difference with Welch interval, and Hedges' g."""
    day, boundary = _day_of(at)
    groups = [[0, 0, 0], [0, 0, 0]]
    for d, bucket in m.days.items():
        g = groups[0 if d < boundary else 1]
        for i in range(3):
            g[i] += bucket[i]
    (n1, s1, ss1), (n2, s2, ss2) = groups
    mean1 = s1 / (n1 * (1 << 1074)) if n1 else None
    mean2 = s2 / (n2 * (1 << 1074)) if n2 else None
    result = BeforeAfter(at=day, n_before=n1, n_after=n2, mean_before=mean1, mean_after=mean2)
    if mean1 is None or mean2 is None:
        return result
    diff = mean2 - mean1
    if n1 < 2 or n2 < 2:
        return result.model_copy(update={"difference": diff})
    v1 = float((exact(ss1, squared=True) - exact(s1) ** 2 / n1) / (n1 - 1))
    v2 = float((exact(ss2, squared=True) - exact(s2) ** 2 / n2) / (n2 - 1))
    a, b = v1 / n1, v2 / n2
    se = math.sqrt(a + b)
    if se > 0:
        df = (a + b) ** 2 / (a * a / (n1 - 1) + b * b / (n2 - 1))
        half = t_quantile(0.5 + options.level / 2, df) * se
    else:
        half = 0.0
    update: dict[str, object] = {
        "difference": diff,
        "difference_interval": _interval(diff, half, options.level, clip=False),
    }
    pooled = math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2))
    if pooled > 0:
        hedges = (1 - 3 / (4 * (n1 + n2) - 9)) * diff / pooled
        var_g = (n1 + n2) / (n1 * n2) + hedges * hedges / (2 * (n1 + n2))
        z = normal_quantile(0.5 + options.level / 2)
        update["hedges_g"] = hedges
        update["hedges_g_interval"] = _interval(
            hedges, z * math.sqrt(var_g), options.level, clip=False
        )
    return result.model_copy(update=update)


def _improvement(
    overall: _Moments | None, options: ProfileOptions, trend: Trend | None
) -> CompetencyProfile:
    """The tenth competency from the trend of the overall score: ``50 + k * slope``."""
    k = options.improvement_points_per_month
    n = _dated_sums(overall)[0] if overall else 0
    if trend is None or trend.slope_per_month is None or trend.interval is None:
        return CompetencyProfile(
            competency=IMPROVEMENT,
            conversations=n,
            opportunities=n,
            trend=trend,
            note=(
                f"needs at least {options.min_trend_conversations} dated conversations "
                f"spanning {options.min_trend_days:g} days"
            ),
        )
    interval = Interval(
        low=_clip(50 + k * trend.interval.low),
        high=_clip(50 + k * trend.interval.high),
        level=options.level,
    )
    return CompetencyProfile(
        competency=IMPROVEMENT,
        estimate=_clip(50 + k * trend.slope_per_month),
        interval=interval,
        conversations=n,
        opportunities=n,
        label=_label(n, interval, 50.0, options.min_trend_conversations),
        team_mean=50.0,
        trend=trend,
        note=f"50 + {k:g} x the monthly slope of the overall score",
    )


# -- commitments ------------------------------------------------------------------------------
def _judge(
    promise: Promise, later: Sequence[Contact], data_until: int | None
) -> tuple[CommitmentStatus, str | None, str]:
    due_us = to_microseconds(promise.due)
    if promise.in_thread is not None:
        status, reason = promise.in_thread
        return status, promise.transcript_id, reason
    if later:
        first = later[0]
        when = from_microseconds(first.at or 0).date().isoformat()
        if first.complaint:
            said = first.complaint[0].text
            return "broken", first.transcript_id, f"came back on {when} saying '{said}'"
        if (first.at or 0) <= due_us:
            return "kept", first.transcript_id, f"followed up on {when}, within the promised time"
        return "broken", first.transcript_id, f"came back on {when}, after the promised time"
    if data_until is not None and due_us > data_until:
        return "open", None, "the promised time is still ahead of the latest data"
    return "unverified", None, "no later conversation with this customer or case in the data"


def _commitments(stats: ProfileStats, data_until: int | None) -> tuple[Commitment, ...]:
    by_customer: dict[str, list[Contact]] = {}
    by_case: dict[str, list[Contact]] = {}
    for contact in stats._contacts.values():
        if contact.at is None:
            continue
        if contact.customer_id:
            by_customer.setdefault(contact.customer_id, []).append(contact)
        if contact.case_id:
            by_case.setdefault(contact.case_id, []).append(contact)
    result = []
    for tid in sorted(stats._promises):
        promise = stats._promises[tid]
        origin = stats._contacts[tid]
        related = {
            c.transcript_id: c
            for c in [
                *by_customer.get(origin.customer_id or "", ()),
                *by_case.get(origin.case_id or "", ()),
            ]
            if c.at is not None and origin.at is not None and c.at > origin.at
        }
        later = sorted(related.values(), key=lambda c: (c.at or 0, c.transcript_id))
        status, follow_up, reason = _judge(promise, later, data_until)
        result.append(
            Commitment(
                transcript_id=tid,
                agent_id=promise.agent_id,
                customer_id=origin.customer_id,
                case_id=origin.case_id,
                made_at=promise.made_at,
                due=promise.due,
                phrase=promise.phrase,
                status=status,
                follow_up=follow_up,
                reason=reason,
                evidence=promise.evidence,
            )
        )
    return tuple(result)


def _reliability(commitments: Sequence[Commitment]) -> ReliabilitySummary:
    counts = {s: sum(1 for c in commitments if c.status == s) for s in ("kept", "broken")}
    judged = counts["kept"] + counts["broken"]
    return ReliabilitySummary(
        kept=counts["kept"],
        broken=counts["broken"],
        open=sum(1 for c in commitments if c.status == "open"),
        unverified=sum(1 for c in commitments if c.status == "unverified"),
        kept_rate=counts["kept"] / judged if judged else None,
    )


# -- assembly ---------------------------------------------------------------------------------
def _patterns(agent: _AgentStats) -> dict[str, BehaviourPattern]:
    result = {}
    for pattern_id, description in PATTERNS.items():
        p = agent.patterns.get(pattern_id)
        count, out_of = (p.count, p.out_of) if p else (0, 0)
        examples = tuple(
            PatternExample(transcript_id=t, evidence=e) for t, e in (p.examples if p else [])
        )
        result[pattern_id] = BehaviourPattern(
            id=pattern_id,
            description=description,
            count=count,
            out_of=out_of,
            rate=count / out_of if out_of else None,
            examples=examples,
        )
    return result


def _percentiles(profiles: dict[str, dict[str, CompetencyProfile]], key: str) -> None:
    scored = {a: p[key].estimate for a, p in profiles.items() if p[key].estimate is not None}
    if len(scored) < 2:
        return
    for agent_id, value in scored.items():
        below = sum(1 for v in scored.values() if v is not None and value is not None and v < value)
        ties = sum(1 for v in scored.values() if v == value) - 1
        pct = 100.0 * (below + 0.5 * ties) / (len(scored) - 1)
        profiles[agent_id][key] = profiles[agent_id][key].model_copy(update={"percentile": pct})


def profiles_from_stats(
    stats: ProfileStats,
    *,
    options: ProfileOptions | None = None,
    compare_at: date | datetime | str | None = None,
) -> TeamProfiles:
    """Build :class:`TeamProfiles` from (possibly merged) :class:`ProfileStats`."""
    options = options or ProfileOptions()
    agents = stats._agents
    agent_ids = sorted(agents)
    keys: list[str] = [c for c in COMPETENCY_IDS if c != IMPROVEMENT]
    extra = sorted({k for a in agents.values() for k in a.moments} - {*COMPETENCY_IDS, OVERALL})
    keys += [*extra, OVERALL]

    per_agent: dict[str, dict[str, CompetencyProfile]] = {a: {} for a in agent_ids}
    team: dict[str, TeamSummary] = {}
    for key in keys:
        cells = {a: _Cell(agents[a].moments[key]) for a in agent_ids if key in agents[a].moments}
        prior = _Prior(cells)
        mu, sigma2, tau2, _ = prior.components()
        team[key] = TeamSummary(
            competency=key,
            agents=prior.agents,
            conversations=prior.total,
            mean=mu,
            within_sd=math.sqrt(sigma2) if sigma2 is not None else None,
            between_sd=math.sqrt(tau2) if tau2 is not None else None,
        )
        for agent_id in agent_ids:
            moments = agents[agent_id].moments.get(key)
            if moments is None:
                profile = CompetencyProfile(competency=key, note="no conversation with a score")
            else:
                profile = _estimate(key, cells[agent_id], prior, options).model_copy(
                    update={
                        "trend": trend_of(moments, options),
                        "before_after": (
                            before_after_of(moments, compare_at, options) if compare_at else None
                        ),
                    }
                )
            per_agent[agent_id][key] = profile
    for agent_id in agent_ids:
        overall = agents[agent_id].moments.get(OVERALL)
        profile = _improvement(overall, options, per_agent[agent_id][OVERALL].trend)
        if compare_at is not None:
            profile = profile.model_copy(
                update={"before_after": per_agent[agent_id][OVERALL].before_after}
            )
        per_agent[agent_id][IMPROVEMENT] = profile
    for key in [*keys, IMPROVEMENT]:
        _percentiles(per_agent, key)

    dated = [c.at for c in stats._contacts.values() if c.at is not None]
    data_until = max(dated) if dated else None
    commitments = _commitments(stats, data_until)
    result = {}
    for agent_id in agent_ids:
        agent = agents[agent_id]
        mine = tuple(c for c in commitments if c.agent_id == agent_id)
        found = per_agent[agent_id]
        ordered = [k for k in [*COMPETENCY_IDS, *extra] if k in found]
        result[agent_id] = AgentProfile(
            agent_id=agent_id,
            conversations=agent.conversations,
            first_seen=from_microseconds(agent.first) if agent.first is not None else None,
            last_seen=from_microseconds(agent.last) if agent.last is not None else None,
            competencies={k: found[k] for k in ordered},
            overall=found[OVERALL],
            patterns=_patterns(agent),
            commitments=mine,
            reliability=_reliability(mine),
        )
    return TeamProfiles(
        options=options,
        agents=result,
        team=team,
        commitments=commitments,
        data_until=from_microseconds(data_until) if data_until is not None else None,
        unattributed=stats._unattributed,
    )
