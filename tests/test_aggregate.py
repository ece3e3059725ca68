"""Profiles: exact mergeable statistics, empirical Bayes, trends, patterns and commitments."""

from __future__ import annotations

import glob
import math
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy import stats as sps

import csskills as cs
from csskills import Assessment, CompetencyScore, EvaluatorInfo, Evidence, Promise
from csskills.aggregate import ProfileOptions, ProfileStats, build_profiles
from csskills.aggregate._mathx import from_units, t_quantile, to_units
from csskills.aggregate._profiles import posterior

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
INFO = EvaluatorInfo(name="test", version="1")


def make(
    tid: str,
    agent: str | None,
    values: dict[str, float | None],
    day: float = 0,
    *,
    customer: str | None = None,
    case: str | None = None,
    behaviours: dict[str, tuple[Evidence, ...]] | None = None,
    overall: float | None = None,
    promises: tuple[Promise, ...] = (),
) -> Assessment:
    scores = {
        c: CompetencyScore(
            value=v,
            reason=None if v is not None else "no opportunity",
            opportunities=1 if v is not None else 0,
        )
        for c, v in values.items()
    }
    return Assessment(
        transcript_id=tid,
        agent_id=agent,
        customer_id=customer,
        started_at=T0 + timedelta(days=day),
        evaluator=INFO,
        overall=overall,
        scores=scores,
        behaviours=behaviours or {},
        promises=promises,
        metadata={"case_id": case} if case else {},
    )


def ev(text: str, behaviour: str, turn: int = 1) -> Evidence:
    return Evidence(turn=turn, start=0, end=len(text), text=text, rule="test", behaviour=behaviour)


# -- strategies -------------------------------------------------------------------------------
score = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))
record = st.tuples(
    st.sampled_from(["a1", "a2", "a3", "a4"]),
    st.integers(0, 200),
    score,
    score,
)


def build(records: list[tuple[str, int, float | None, float | None]]) -> list[Assessment]:
    return [
        make(f"t{i}", agent, {"empathy": e, "clarity": c}, day, overall=c)
        for i, (agent, day, e, c) in enumerate(records)
    ]


records = st.lists(record, min_size=1, max_size=30)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# -- mergeability -----------------------------------------------------------------------------
@FAST
@given(records, st.data())
def test_merge_in_any_grouping_equals_the_all_at_once_build(recs, data) -> None:
    items = build(recs)
    cut1 = data.draw(st.integers(0, len(items)))
    cut2 = data.draw(st.integers(cut1, len(items)))
    parts = [items[:cut1], items[cut1:cut2], items[cut2:]]
    a, b, c = (ProfileStats.from_assessments(p) for p in parts)
    whole = ProfileStats.from_assessments(items)
    left = (a + b) + c
    right = a + (b + c)
    swapped = c + (b + a)
    assert left == right == swapped == whole
    expected = whole.profiles().to_dict()
    assert left.profiles().to_dict() == expected
    assert swapped.profiles().to_dict() == expected


@FAST
@given(records, st.randoms(use_true_random=False))
def test_permuting_assessments_changes_nothing(recs, rnd) -> None:
    items = build(recs)
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert build_profiles(shuffled).to_dict() == build_profiles(items).to_dict()


def test_sums_are_exact_so_float_order_cannot_matter() -> None:
    values = [0.1, 0.2, 0.3, 1e-10, 99.99999999]
    forward = sum(to_units(v) for v in values)
    backward = sum(to_units(v) for v in reversed(values))
    assert forward == backward
    exact_mean = sum(Fraction(v) for v in values) / len(values)
    assert from_units(forward, len(values)) == float(exact_mean)  # one rounding only
    for v in (0.0, 0.1, 33.333, 100.0, 5e-324):
        assert from_units(to_units(v)) == v


def test_adding_the_same_transcript_twice_is_refused() -> None:
    stats = ProfileStats().add(make("t1", "a", {"empathy": 50}))
    with pytest.raises(ValueError, match="'t1' was already added"):
        stats.add(make("t1", "a", {"empathy": 60}))
    other = ProfileStats().add(make("t1", "b", {"empathy": 60}))
    with pytest.raises(ValueError, match="'t1' is in both"):
        stats.merge(other)


# -- estimates --------------------------------------------------------------------------------
def estimate(items: list[Assessment], agent: str, key: str = "empathy") -> float | None:
    profiles = build_profiles(items)
    return profiles[agent].competencies[key].estimate if agent in profiles else None


@FAST
@given(records, st.data())
def test_raising_a_score_never_lowers_that_estimate(recs, data) -> None:
    idx = data.draw(st.integers(0, len(recs) - 1))
    agent, day, e, c = recs[idx]
    e = e if e is not None else 0.0
    bump = data.draw(st.floats(0, 100 - e))
    low = list(recs)
    low[idx] = (agent, day, e, c)
    high = list(recs)
    high[idx] = (agent, day, e + bump, c)
    before, after = estimate(build(low), agent), estimate(build(high), agent)
    assert before is not None and after is not None
    assert after >= before - 1e-9


@FAST
@given(records, st.sampled_from(["a1", "a2", "a3", "a4"]), st.floats(0, 100), st.floats(0, 100))
def test_adding_a_conversation_with_a_higher_score_never_gives_a_lower_estimate(
    recs, agent, y1, y2
) -> None:
    lo, hi = sorted((y1, y2))
    base = build(recs)
    extra_lo = make("new", agent, {"empathy": lo, "clarity": None}, 10)
    extra_hi = make("new", agent, {"empathy": hi, "clarity": None}, 10)
    e_lo, e_hi = estimate([*base, extra_lo], agent), estimate([*base, extra_hi], agent)
    assert e_lo is not None and e_hi is not None
    assert e_hi >= e_lo - 1e-9


@FAST
@given(
    st.integers(1, 50),
    st.integers(1, 50),
    st.floats(0, 100),
    st.floats(0, 400),
    st.floats(0, 100),
    st.floats(0.01, 400),
    st.floats(0, 400),
)
def test_intervals_shrink_as_n_grows(n, more, mean, own, mu, sigma2, tau2) -> None:
    var_mu = (tau2 * 10 + sigma2 * 20) / 400  # any fixed prior of the rest of the team
    _, se_small, _ = posterior(n, mean, own, mu, sigma2, tau2, var_mu)
    _, se_large, _ = posterior(n + more, mean, own, mu, sigma2, tau2, var_mu)
    assert se_large <= se_small + 1e-12


def test_duplicated_evidence_narrows_intervals_of_a_typical_team() -> None:
    once = _team()
    twice = once + [
        make(f"dup{i}", a.agent_id, {k: s.value for k, s in a.scores.items()}, i % 200)
        for i, a in enumerate(once)
    ]
    p1, p2 = build_profiles(once), build_profiles(twice)
    for agent in p1:
        se1 = p1[agent].competencies["empathy"].standard_error
        se2 = p2[agent].competencies["empathy"].standard_error
        assert se1 is not None and se2 is not None and se2 < se1


@FAST
@given(records, st.floats(0, 100))
def test_one_conversation_is_never_a_strength_or_a_weakness(recs, value) -> None:
    items = [*build(recs), make("solo", "newbie", {"empathy": value, "clarity": value}, 3)]
    profile = build_profiles(items)["newbie"]
    for cell in profile.competencies.values():
        assert cell.label not in ("strength", "weakness")


def _team(extra: list[Assessment] | None = None) -> list[Assessment]:
    rows = []
    levels = {"a": 80, "b": 70, "c": 60, "d": 75}
    for agent, level in levels.items():
        for i in range(6):
            rows.append(make(f"{agent}{i}", agent, {"empathy": level + (i % 3 - 1) * 8}, i * 7))
    return rows + (extra or [])


def test_new_agent_with_two_bad_calls_is_not_enough_evidence_and_is_shrunk() -> None:
    items = _team([make("n1", "new", {"empathy": 5}, 1), make("n2", "new", {"empathy": 10}, 2)])
    cell = build_profiles(items)["new"].competencies["empathy"]
    assert cell.label == "not enough evidence"
    assert cell.raw_mean == 7.5
    assert cell.estimate is not None and cell.estimate > cell.raw_mean  # pulled to the team
    assert cell.conversations == 2


def test_na_scores_never_count_as_zero() -> None:
    items = _team([make("x", "a", {"empathy": None}, 3)])
    with_na = build_profiles(items)["a"].competencies["empathy"]
    without = build_profiles(_team())["a"].competencies["empathy"]
    assert with_na == without
    assert with_na.raw_mean == pytest.approx(80.0)


def test_empirical_bayes_matches_the_documented_formulas() -> None:
    items = _team()
    profiles = build_profiles(items, options=ProfileOptions(level=0.95))
    data = {a: [s.scores["empathy"].value for s in items if s.agent_id == a] for a in "abcd"}
    ns = {a: len(v) for a, v in data.items()}
    means = {a: float(np.mean(v)) for a, v in data.items()}
    N, A = sum(ns.values()), len(ns)
    grand = sum(ns[a] * means[a] for a in ns) / N
    msb = sum(ns[a] * (means[a] - grand) ** 2 for a in ns) / (A - 1)
    n0 = (N - sum(n * n for n in ns.values()) / N) / (A - 1)
    z = sps.norm.ppf(0.975)
    for a in ns:
        others = [b for b in ns if b != a]
        n_rest = sum(ns[b] for b in others)
        mu = sum(ns[b] * means[b] for b in others) / n_rest
        ssw = sum(float(np.sum((np.array(data[b]) - means[b]) ** 2)) for b in others)
        sigma2 = ssw / (n_rest - len(others))
        tau2 = max(0.0, (msb - sigma2) / n0)
        shrink = (sigma2 / ns[a]) / (sigma2 / ns[a] + tau2)
        theta = means[a] + shrink * (mu - means[a])
        var_mu = (tau2 * sum(ns[b] ** 2 for b in others) + sigma2 * n_rest) / n_rest**2
        own = float(np.var(data[a], ddof=1))
        var = (1 - shrink) * max(sigma2, own) / ns[a] + shrink**2 * var_mu
        cell = profiles[a].competencies["empathy"]
        assert cell.estimate == pytest.approx(theta, rel=1e-12)
        assert cell.shrinkage == pytest.approx(shrink, rel=1e-12)
        assert cell.team_mean == pytest.approx(mu, rel=1e-12)
        assert cell.interval is not None
        assert cell.interval.low == pytest.approx(max(0, theta - z * math.sqrt(var)), rel=1e-9)
        assert cell.interval.high == pytest.approx(min(100, theta + z * math.sqrt(var)), rel=1e-9)
    assert profiles["a"].competencies["empathy"].label == "strength"
    assert profiles["c"].competencies["empathy"].label == "weakness"
    assert profiles["a"].competencies["empathy"].percentile == 100.0
    assert profiles["c"].competencies["empathy"].percentile == 0.0


def test_small_team_falls_back_to_the_plain_mean_with_a_t_interval() -> None:
    items = [make(f"t{i}", "solo", {"empathy": v}, i) for i, v in enumerate([60, 70, 80])]
    cell = build_profiles(items)["solo"].competencies["empathy"]
    assert cell.estimate == pytest.approx(70.0)
    low, high = sps.t.interval(0.90, 2, loc=70, scale=10 / math.sqrt(3))
    assert cell.interval is not None
    assert (cell.interval.low, cell.interval.high) == pytest.approx((low, min(high, 100)))
    assert cell.label == "typical"


# -- trends and before/after ------------------------------------------------------------------
def test_trend_matches_scipy_linregress() -> None:
    days = [0, 9, 20, 33, 41, 60, 75]
    values = [40.0, 45.5, 43.0, 55.0, 61.25, 60.0, 72.0]
    items = [
        make(f"t{i}", "a", {"empathy": v}, d)
        for i, (d, v) in enumerate(zip(days, values, strict=True))
    ]
    trend = build_profiles(items)["a"].competencies["empathy"].trend
    fit = sps.linregress(np.array(days) / (365.2425 / 12), values)
    assert trend is not None and trend.interval is not None
    assert trend.slope_per_month == pytest.approx(fit.slope, rel=1e-12)
    half = sps.t.ppf(0.95, len(days) - 2) * fit.stderr
    assert trend.interval.low == pytest.approx(fit.slope - half, rel=1e-9)
    assert [m.month for m in trend.months] == ["2026-01", "2026-02", "2026-03"]


def test_continuous_improvement_comes_from_the_overall_trend() -> None:
    items = [make(f"t{i}", "a", {"empathy": 50}, 30 * i, overall=50 + 5 * i) for i in range(5)]
    cell = build_profiles(items)["a"].competencies["continuous_improvement"]
    slope = sps.linregress(
        [30 * i / (365.2425 / 12) for i in range(5)], [50 + 5 * i for i in range(5)]
    )
    assert cell.estimate == pytest.approx(min(100, 50 + 10 * slope.slope))
    assert cell.label == "strength"
    few = build_profiles(items[:2])["a"].competencies["continuous_improvement"]
    assert few.estimate is None and few.label == "not enough evidence"


def test_before_after_matches_welch_and_hedges_g() -> None:
    before = [40.0, 50.0, 45.0, 55.0]
    after = [60.0, 70.0, 65.0]
    items = [make(f"b{i}", "a", {"empathy": v}, i) for i, v in enumerate(before)]
    items += [make(f"a{i}", "a", {"empathy": v}, 40 + i) for i, v in enumerate(after)]
    ba = (
        build_profiles(items, compare_at=date(2026, 2, 1))["a"].competencies["empathy"].before_after
    )
    assert ba is not None and ba.n_before == 4 and ba.n_after == 3
    assert ba.difference == pytest.approx(np.mean(after) - np.mean(before))
    ci = sps.ttest_ind(after, before, equal_var=False).confidence_interval(0.90)
    assert ba.difference_interval is not None
    assert (ba.difference_interval.low, ba.difference_interval.high) == pytest.approx(
        (ci.low, ci.high), rel=1e-6
    )
    n1, n2 = 4, 3
    sp = math.sqrt(((n1 - 1) * np.var(before, ddof=1) + (n2 - 1) * np.var(after, ddof=1)) / 5)
    g = (1 - 3 / (4 * 7 - 9)) * (np.mean(after) - np.mean(before)) / sp
    assert ba.hedges_g == pytest.approx(g)


@pytest.mark.parametrize("p", [0.55, 0.9, 0.95, 0.975, 0.999])
@pytest.mark.parametrize("df", [1, 2, 3, 7.5, 30, 500])
def test_t_quantile_matches_scipy(p: float, df: float) -> None:
    assert t_quantile(p, df) == pytest.approx(sps.t.ppf(p, df), rel=1e-8)


# -- patterns and commitments -----------------------------------------------------------------
def test_patterns_count_rates_and_keep_evidence() -> None:
    items = [
        make(
            "t1",
            "a",
            {},
            0,
            behaviours={"argumentative": (ev("That's not true", "argumentative"),)},
        ),
        make("t2", "a", {}, 1, behaviours={"follow_up_check": (ev("Did that fix it", "f"),)}),
        make(
            "t3",
            "a",
            {},
            2,
            behaviours={
                "customer_abuse": (ev("idiot", "customer_abuse"),),
                "abuse_warning": (ev("I will have to end the call", "abuse_warning"),),
            },
        ),
        make("t4", "a", {}, 3, behaviours={"customer_abuse": (ev("useless", "customer_abuse"),)}),
    ]
    patterns = build_profiles(items)["a"].patterns
    assert (patterns["argumentative"].count, patterns["argumentative"].out_of) == (1, 4)
    assert patterns["argumentative"].examples[0].evidence is not None
    assert patterns["argumentative"].examples[0].evidence.text == "That's not true"
    assert patterns["no_follow_up_check"].count == 3
    assert (patterns["abuse_warned"].count, patterns["abuse_warned"].out_of) == (1, 2)
    assert patterns["abuse_unwarned"].examples[0].transcript_id == "t4"
    assert patterns["escalation"].rate == 0.0


def _promise(day: float, *, phrase: str = "tomorrow", days: int = 1) -> Promise:
    """A promise as featurize reads it: the commitment, its time phrase and due time."""
    made = T0 + timedelta(days=day)
    due = datetime.combine((made + timedelta(days=days)).date(), datetime.max.time(), timezone.utc)
    return Promise(
        turn=1,
        evidence=ev("I'll call you back tomorrow", "commitment"),
        when=ev(phrase, "commitment"),
        due=due,
    )


def test_commitments_kept_broken_open_across_conversations() -> None:
    complaint = {"broken_promise": (ev("Nobody called", "broken_promise", 0),)}
    items = [
        make("p1", "a", {}, 0, customer="c1", promises=(_promise(0),)),
        make("f1", "b", {}, 0.9, customer="c1"),
        make("p2", "a", {}, 1, customer="c2", promises=(_promise(1),)),
        make("f2", "b", {}, 1.5, customer="c2", behaviours=complaint),
        make("p3", "a", {}, 2, case="K", promises=(_promise(2),)),
        make("f3", "b", {}, 9, case="K"),
        make("p4", "a", {}, 20, customer="c4", promises=(_promise(20),)),
    ]
    status = {c.transcript_id: c.status for c in build_profiles(items)["a"].commitments}
    assert status == {"p1": "kept", "p2": "broken", "p3": "broken", "p4": "open"}
    profile = build_profiles(items)["a"]
    assert profile.reliability.kept == 1 and profile.reliability.broken == 2
    assert profile.commitments[0].phrase == "tomorrow"


def test_a_promise_broken_inside_the_conversation_stays_broken() -> None:
    broken = _promise(0).model_copy(update={"status": "broken", "status_reason": "late"})
    items = [make("p1", "a", {}, 0, customer="c1", promises=(broken,))]
    (c,) = build_profiles(items)["a"].commitments
    assert c.status == "broken"


# -- the example data -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def example() -> cs.TeamProfiles:
    transcripts = [
        t
        for f in sorted(glob.glob("examples/data/support_*.jsonl"))
        for t in cs.read_transcripts(f)
    ]
    assessments = list(cs.evaluate_many(transcripts))
    return build_profiles(assessments)


def test_example_commitments_follow_the_data_readme(example: cs.TeamProfiles) -> None:
    status = {c.transcript_id: c.status for c in example.commitments}
    assert status["voice-0001"] == "kept"
    assert status["chat-0007"] == "broken"
    assert status["chat-0014"] == "kept"
    assert status["email-0001"] == "kept"
    assert status["email-0003"] == "broken"


def test_example_profiles_match_the_intended_agents(example: cs.TeamProfiles) -> None:
    assert all(c.label == "not enough evidence" for c in example["agent-gia"].competencies.values())
    assert example["agent-ben"].patterns["argumentative"].count >= 1
    assert example["agent-chloe"].patterns["unauthorized_concession"].count == 1
    assert example["agent-farid"].patterns["abuse_warned"].count == 1
    assert "product_knowledge" in {c.competency for c in example["agent-dev"].weaknesses}
    assert example.to_dict()["agents"]["agent-ana"]["agent_id"] == "agent-ana"


def test_moments_at_the_ends_of_the_calendar_never_overflow() -> None:
    """A naive moment is UTC; an aware one keeps its instant without a conversion that could
    leave the calendar; a microsecond count beyond it is a ValueError, not an OverflowError."""
    from datetime import datetime, timedelta, timezone

    from csskills.aggregate._mathx import as_utc, from_microseconds, to_microseconds

    late = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(-timedelta(hours=23, minutes=59)))
    assert as_utc(late) is late
    assert to_microseconds(late) > to_microseconds(datetime(9999, 12, 31, 23, 59))
    assert from_microseconds(to_microseconds(datetime(2026, 3, 2, 9))) == datetime(
        2026, 3, 2, 9, tzinfo=timezone.utc
    )
    with pytest.raises(ValueError, match="outside the dates"):
        from_microseconds(to_microseconds(late))


def test_t_distribution_comes_from_scipy() -> None:
    from csskills.aggregate import _mathx

    assert not hasattr(_mathx, "_betainc"), "the hand-written incomplete beta is gone"
    assert _mathx.t_cdf(0.0, 7) == 0.5
    assert _mathx.t_quantile(0.975, 1e9) == pytest.approx(1.959964, abs=1e-6)
