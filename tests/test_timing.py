"""Conversation dynamics: every number here is worked out by hand in the comments."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import csskills as cs
from csskills.evaluate._scoring import time_management
from csskills.featurize._signals import extract_signals
from csskills.featurize._timing import (
    BusinessHours,
    TimingConfig,
    business_seconds,
    compute_dynamics,
)
from csskills.lang import get_language
from tests.strategies import chat_transcripts, voice_transcripts

UTC = timezone.utc


def _voice() -> cs.Transcript:
    # speech intervals: [0,5] [6,10] [9,9.5] [12,20] [18,22] [22.5,24] [40,45]
    return cs.Transcript(
        id="v1",
        language="en",
        channel="voice",
        turns=(
            cs.Turn(role="customer", text="Hi, my router keeps dropping every evening.",
                    start=0, end=5),
            cs.Turn(role="agent", text="I see, let me look at your line.", start=6, end=10),
            cs.Turn(role="customer", text="mm-hm", start=9, end=9.5),  # backchannel inside turn 1
            cs.Turn(role="customer", text="It is the third time I call about this!!",
                    start=12, end=20),  # upset (repeated exclamation marks)
            cs.Turn(role="agent", text="Okay, what is your account number?", start=18, end=22),
            cs.Turn(role="customer", text="It's 12345.", start=22.5, end=24),
            cs.Turn(role="agent", text="Thanks, a technician comes tomorrow morning.",
                    start=40, end=45),  # 16 s of unexplained dead air before it
        ),
    )


def test_voice_metrics_match_hand_computation() -> None:
    a = cs.evaluate(_voice())
    v = a.metrics["voice"]
    assert v["handle_time"] == 45
    assert v["talk_time"] == {"customer": 15.0, "agent": 13.0}  # 5+0.5+8+1.5 ; 4+4+5
    assert v["talk_share"]["agent"] == pytest.approx(13 / 28)
    assert v["talk_to_listen"] == pytest.approx(13 / 15)
    assert v["non_talk_time"] == pytest.approx(45 - 25.5)  # union of speech is 25.5 s
    assert v["longest_silence"] == 16 and v["longest_silence_turn"] == 6
    assert v["holds"] == 0 and v["long_silences"] == 1
    assert v["overlap_time"] == pytest.approx(2.5)  # backchannel 0.5 + interruption 2
    assert v["interruptions"] == {"agent": 1, "customer": 0}  # "mm-hm" is not one
    assert v["agent_interruptions_of_upset_customer"] == 1
    assert v["interruption_events"] == [
        {"turn": 4, "interrupted": 3, "by": "agent", "at": 18, "overlap": 2, "upset_customer": True}
    ]
    assert v["speaking_rate"]["agent"] == pytest.approx(60 * (8 + 6 + 6) / 13)  # words per minute
    assert a.metrics["response"] is None
    (cut,) = a.behaviours["interruption"]
    assert cut.turn == 4 and cut.rule == "timing:interruption" and cut.polarity == "negative"
    (quiet,) = a.behaviours["long_silence"]
    assert quiet.turn == 6 and quiet.polarity == "negative"


def test_interrupting_a_venting_customer_is_impatient() -> None:
    a = cs.evaluate(_voice())
    patience = a.scores["patience"]
    assert patience.value == 0  # the only reply to the upset turn cut in on it
    assert any(e.rule == "timing:interruption" for e in patience.evidence)


def test_voice_time_management_formula() -> None:
    a = cs.evaluate(_voice())
    waits = (1 + 1 + 10 / 16) / 3  # silences 1 s, 0 s, 16 s against a 10 s limit
    speech = (25.5 / 45) / 0.8
    # the first answer is followed by the upset turn (0; the "mm-hm" does not take the floor),
    # the second by a neutral one (0.5)
    rounds = (0 + 0.5) / 2
    diligence = 1.0  # the agent asked for the account number once, and it had not been given
    expected = 100 * (2 * waits + speech + rounds + diligence) / 5
    assert a.scores["time_management"].value == pytest.approx(expected)


def test_evidence_points_at_real_text() -> None:
    a = cs.evaluate(_voice())
    t = _voice()
    for evidence in a.behaviours.values():
        for e in evidence:
            assert t.turns[e.turn].text[e.start:e.end] == e.text


def _weekend_chat() -> cs.Transcript:
    friday_night = datetime(2026, 1, 16, 22, 0, tzinfo=UTC)  # a Friday, desk closed
    monday = datetime(2026, 1, 19, 9, 5, tzinfo=UTC)
    return cs.Transcript(
        id="c1",
        language="en",
        channel="chat",
        turns=(
            cs.Turn(role="customer", text="My order has not arrived.", timestamp=friday_night),
            cs.Turn(role="agent", text="Let me look at that order for you.", timestamp=monday),
            cs.Turn(role="customer", text="It is order 881.", timestamp=monday.replace(minute=6)),
            cs.Turn(role="agent", text="It ships today and arrives tomorrow.",
                    timestamp=monday.replace(minute=8)),
            cs.Turn(role="customer", text="Thanks, that fixed it.",
                    timestamp=monday.replace(minute=10)),
        ),
    )


def test_latency_across_a_weekend_counts_only_business_hours() -> None:
    hours = BusinessHours.weekdays("09:00", "17:00", timezone="Europe/London")
    config = TimingConfig(business_hours=hours, service_level=600)
    a = cs.DefaultEvaluator(timing=config).evaluate(_weekend_chat())
    r = a.metrics["response"]
    assert r["first_response_time"] == 300  # Monday 09:00 -> 09:05
    assert r["latency"] == {"mean": 210, "median": 210, "max": 300}
    assert r["within_service_level"] == 1.0
    assert r["agent_replies"] == 2
    assert r["customer_waiting_time"] == 420
    assert r["time_to_last_agent_reply"] == 480
    assert r["business_hours"] is True
    assert "slow_reply" not in a.behaviours


def test_same_weekend_in_wall_clock_time_is_a_slow_reply() -> None:
    a = cs.evaluate(_weekend_chat())
    r = a.metrics["response"]
    assert r["first_response_time"] == 59 * 3600 + 300
    assert r["service_level"] == 60  # chat default
    assert r["within_service_level"] == 0.0  # 59 h and 2 min both exceed a minute
    assert [e.turn for e in a.behaviours["slow_reply"]] == [1, 3]
    assert a.scores["time_management"].value < cs.DefaultEvaluator(
        timing=TimingConfig(business_hours=BusinessHours.weekdays(), service_level=600)
    ).evaluate(_weekend_chat()).scores["time_management"].value


def test_business_seconds_basic_cases() -> None:
    hours = BusinessHours.weekdays("09:00", "17:00")
    fri = datetime(2026, 1, 16, 16, 55, tzinfo=UTC)
    mon = datetime(2026, 1, 19, 9, 5, tzinfo=UTC)
    assert business_seconds(fri, mon, hours) == 600
    assert business_seconds(fri, mon, None) == (mon - fri).total_seconds()
    assert business_seconds(mon, fri, hours) == 0
    # a whole week holds five 8-hour days
    assert business_seconds(mon, mon + timedelta(days=7), hours) == 5 * 8 * 3600
    # naive datetimes are read in the desk's time zone
    assert hours.seconds_between(datetime(2026, 1, 19, 8), datetime(2026, 1, 19, 10)) == 3600


def test_business_seconds_with_zone_holiday_and_names() -> None:
    hours = BusinessHours(
        timezone="Europe/Istanbul",  # UTC+3 all year
        hours={"mon": [("09:00", "12:00"), ("13:00", "18:00")]},
        closed_dates=[date(2026, 1, 26)],
    )
    start = datetime(2026, 1, 19, 5, 0, tzinfo=UTC)  # 08:00 local Monday
    assert hours.seconds_between(start, start + timedelta(hours=6)) == 4 * 3600  # 9-12, 13-14
    next_monday = start + timedelta(days=7)
    assert hours.seconds_between(next_monday, next_monday + timedelta(hours=12)) == 0


def test_always_open_hours_follow_daylight_saving() -> None:
    always = BusinessHours(timezone="Europe/London",
                           hours={d: [("00:00", "00:00")] for d in range(7)})
    start = datetime(2026, 3, 28, 12, tzinfo=UTC)  # the clocks go forward that night
    end = datetime(2026, 3, 30, 12, tzinfo=UTC)
    assert always.seconds_between(start, end) == 48 * 3600


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timezone": "Mars/Olympus", "hours": {}}, "unknown time zone"),
        ({"hours": {0: [("17:00", "09:00")]}}, r"hours\.0\.0: closes"),
        ({"hours": {0: [("09:00", "12:00"), ("11:00", "13:00")]}}, r"hours\.0\.1: overlaps"),
        ({"hours": {7: [("09:00", "12:00")]}}, "weekday must be"),
    ],
)
def test_business_hours_rejects_bad_input(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        BusinessHours(**kwargs)  # type: ignore[arg-type]


def _turns(**overrides: object) -> list[dict[str, object]]:
    base: list[dict[str, object]] = [
        {"role": "customer", "text": "hello"},
        {"role": "agent", "text": "hi"},
        {"role": "customer", "text": "thanks"},
    ]
    for key, value in overrides.items():
        index, field = key[1:].split("_", 1)
        base[int(index)][field] = value
    return base


@pytest.mark.parametrize(
    ("turns", "message"),
    [
        (_turns(t0_timestamp="2026-01-01T10:00:00+00:00", t1_timestamp="2026-01-01T10:05:00+00:00",
                t2_timestamp="2026-01-01T10:01:00+00:00"),
         r"turns\.2\.timestamp: earlier than turns\.1\.timestamp"),
        (_turns(t0_timestamp="2026-01-01T10:00:00+00:00", t2_timestamp="2026-01-01T10:05:00"),
         r"turns\.2\.timestamp: mixes a timezone-aware and a naive"),
        (_turns(t0_start=5.0, t0_end=6.0, t1_start=3.0, t1_end=4.0),
         r"turns\.1\.start: earlier than turns\.0\.start"),
        (_turns(t1_start=3.0, t1_end=2.0), r"turns\.1\n.*end \(2\.0\) is before start"),
    ],
)
def test_contradictory_timings_are_errors_naming_the_turn(
    turns: list[dict[str, object]], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        cs.Transcript.model_validate({"id": "x", "turns": turns})


def test_turn_after_the_end_of_the_call_is_an_error() -> None:
    data = {"id": "x", "metadata": {"duration": 10}, "turns": _turns(t1_start=8.0, t1_end=12.0)}
    with pytest.raises(ValidationError, match=r"turns\.1\.end: 12\.0 s is after the end"):
        cs.Transcript.model_validate(data)


def test_partly_timed_call_is_measured_on_timed_turns_with_a_warning() -> None:
    t = cs.Transcript.model_validate(
        {"id": "x", "language": "en", "turns": _turns(t0_start=0.0, t0_end=2.0, t1_start=3.0,
                                                      t1_end=4.0)}
    )
    a = cs.evaluate(t)
    assert a.metrics["voice"]["timed_turns"] == 2
    assert any("1 of 3 turns have no start/end (first: turns.2)" in w for w in a.warnings)


def test_without_timings_metrics_are_null_and_scores_use_text_only() -> None:
    t = cs.Transcript(id="x", language="en", turns=(
        cs.Turn(role="customer", text="The app crashes when I log in."),
        cs.Turn(role="agent", text="Please update to version 4.2, that fixes the crash."),
        cs.Turn(role="customer", text="Thanks, that fixed it."),
    ))
    a = cs.evaluate(t)
    assert a.metrics["voice"] is None and a.metrics["response"] is None
    tm = a.scores["time_management"]
    assert tm.value == 100  # one round, settled: the customer thanked
    assert all(not e.rule.startswith("timing:") for e in tm.evidence)
    signals = extract_signals(t, get_language("en"))
    assert time_management(signals) == time_management(signals, compute_dynamics(signals))


def test_unresolved_round_lowers_text_time_management() -> None:
    t = cs.Transcript(id="x", language="en", turns=(
        cs.Turn(role="customer", text="The app crashes when I log in."),
        cs.Turn(role="agent", text="Have you tried turning it off and on?"),
        cs.Turn(role="customer", text="What do you mean? This is ridiculous!!"),
        cs.Turn(role="agent", text="Please update to version 4.2."),
    ))
    tm = cs.evaluate(t).scores["time_management"]
    assert tm.value == 0 and tm.opportunities == 1


def test_announced_wait_is_explained_and_commitment_kept_on_time() -> None:
    t0 = datetime(2026, 1, 19, 10, 0, tzinfo=UTC)
    t = cs.Transcript(id="x", language="en", channel="chat", turns=(
        cs.Turn(role="customer", text="Where is my refund?", timestamp=t0),
        cs.Turn(role="agent", text="I'll check with billing now.",
                timestamp=t0 + timedelta(seconds=30)),
        cs.Turn(role="customer", text="ok", timestamp=t0 + timedelta(seconds=40)),
        cs.Turn(role="agent", text="It was sent yesterday.",
                timestamp=t0 + timedelta(seconds=160)),  # 120 s: late, but announced
    ))
    a = cs.evaluate(t)
    (slow,) = a.behaviours["slow_reply"]
    assert slow.turn == 3 and slow.polarity == "context"
    rel = a.scores["reliability"]
    assert rel.value == 100  # commitment kept (120 s <= 3 x 60 s) and no unexplained lapse
    late = t.model_copy(update={"turns": (*t.turns[:3], t.turns[3].model_copy(
        update={"timestamp": t0 + timedelta(seconds=400)}))})
    assert cs.evaluate(late).scores["reliability"].value == 50  # 0 kept + 1 responsive, of 2


def test_evaluator_with_timing_pickles() -> None:
    import pickle

    ev = cs.DefaultEvaluator(timing=TimingConfig(business_hours=BusinessHours.weekdays()))
    clone = pickle.loads(pickle.dumps(ev))
    assert clone.timing == ev.timing
    assert clone.evaluate(_weekend_chat()) == ev.evaluate(_weekend_chat())


# --- properties -----------------------------------------------------------------------------

_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


def _summary(a: cs.Assessment) -> tuple[object, ...]:
    return (a.metrics, {k: (v.value, v.evidence) for k, v in a.scores.items()}, a.behaviours)


@_SETTINGS
@given(voice_transcripts(), st.integers(min_value=1, max_value=10_000))
def test_shifting_voice_times_changes_nothing(t: cs.Transcript, shift: int) -> None:
    moved = t.model_copy(update={"turns": tuple(
        x.model_copy(update={"start": x.start + shift, "end": x.end + shift})  # type: ignore[operator]
        for x in t.turns)})
    assert _summary(cs.evaluate(moved)) == _summary(cs.evaluate(t))


@_SETTINGS
@given(chat_transcripts(), st.integers(min_value=-10**6, max_value=10**6), st.booleans())
def test_shifting_chat_times_changes_nothing(t: cs.Transcript, seconds: int, hours: bool) -> None:
    # With business hours only a shift by whole weeks keeps every message in the same slot.
    delta = timedelta(weeks=seconds % 50) if hours else timedelta(seconds=seconds)
    ev = cs.DefaultEvaluator(timing=TimingConfig(
        business_hours=BusinessHours.weekdays() if hours else None))  # UTC: no clock change
    moved = t.model_copy(update={"turns": tuple(
        x.model_copy(update={"timestamp": x.timestamp + delta})  # type: ignore[operator]
        for x in t.turns)})
    assert _summary(ev.evaluate(moved)) == _summary(ev.evaluate(t))


@_SETTINGS
@given(chat_transcripts(), st.floats(min_value=1.0, max_value=50.0))
def test_slower_agent_never_improves_time_management(t: cs.Transcript, factor: float) -> None:
    turns = list(t.turns)
    slower = [turns[0]]
    for before, turn in itertools.pairwise(turns):
        gap = turn.timestamp - before.timestamp  # type: ignore[operator]
        if turn.role == "agent":
            gap = gap * factor
        slower.append(turn.model_copy(update={"timestamp": slower[-1].timestamp + gap}))
    fast = cs.evaluate(t).scores["time_management"].value
    slow = cs.evaluate(t.model_copy(update={"turns": tuple(slower)})).scores[
        "time_management"].value
    assert (fast is None) == (slow is None)
    if fast is not None and slow is not None:
        assert slow <= fast + 1e-9


@_SETTINGS
@given(st.one_of(voice_transcripts(), chat_transcripts()))
def test_metrics_never_crash_and_stay_in_range(t: cs.Transcript) -> None:
    a = cs.evaluate(t)
    assert set(a.metrics) >= {"voice", "response"}
    for s in a.scores.values():
        assert s.value is None or 0 <= s.value <= 100
    v = a.metrics["voice"]
    if v is not None:
        assert 0 <= v["non_talk_time"] <= v["handle_time"]
        assert v["longest_silence"] <= v["non_talk_time"] + 1e-9
    r = a.metrics["response"]
    if r is not None and r["within_service_level"] is not None:
        assert 0 <= r["within_service_level"] <= 1
