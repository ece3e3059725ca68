"""Conversation dynamics: talk, silence and interruptions (voice) and response times (chat/email).

Everything here is measured, never guessed: a metric that needs timings the transcript lacks is
``None``, and the scoring formulas then fall back to text evidence. The work is one pass over the
turns per kind of timing, with plain Python objects inside the loop, and it is skipped entirely
when no turn carries a timing. The definitions are written out in ``docs/concepts/timing.md``.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from csskills._assessment import Evidence
from csskills.behaviours import BEHAVIOUR_GROUPS
from csskills.exceptions import ConfigurationError
from csskills.featurize._sentiment import conversation_sentiment
from csskills.featurize._signals import Signals

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Service level (seconds to answer a waiting customer) per channel when none is configured.
DEFAULT_SERVICE_LEVELS: dict[str, float] = {"chat": 60.0, "social": 3600.0, "email": 14400.0}
FALLBACK_SERVICE_LEVEL = 60.0

# Agent behaviours that announce a wait ("let me check that for you"), so the silence that
# follows is explained, not a disappearance.
ANNOUNCES_WAIT = BEHAVIOUR_GROUPS["announces_wait"]
# Customer behaviours that make cutting in impatient: the customer is upset, confused or venting.
UPSET = BEHAVIOUR_GROUPS["difficult"]

_FROZEN = ConfigDict(frozen=True, extra="forbid")
_MIDNIGHT = time(0, 0)
_make_evidence = Evidence


class BusinessHours(BaseModel):
    """When the desk is open: per weekday (0 = Monday, or ``"mon"``...), opening intervals in
    local time of ``timezone`` (an IANA name, resolved with :mod:`zoneinfo`).

    A reply on Monday morning to a message sent on Friday night is then a few business minutes,
    not a 60-hour failure. A close time of ``00:00`` means midnight at the end of the day.
    ``closed_dates`` lists local dates (holidays) on which the desk is closed all day.
    """

    model_config = _FROZEN

    timezone: str = "UTC"
    hours: dict[int, tuple[tuple[time, time], ...]]
    closed_dates: frozenset[date] = frozenset()

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigurationError(f"unknown time zone {value!r} (use an IANA name such as "
                             "'Europe/Istanbul')") from exc
        return value

    @field_validator("hours", mode="before")
    @classmethod
    def _weekday_names(cls, value: Any) -> Any:
        if not isinstance(value, Mapping):
            return value
        out: dict[Any, Any] = {}
        for key, intervals in value.items():
            name = key.strip().lower()[:3] if isinstance(key, str) else key
            out[WEEKDAYS.index(name) if name in WEEKDAYS else key] = intervals
        return out

    @model_validator(mode="after")
    def _valid_intervals(self) -> BusinessHours:
        for day, intervals in self.hours.items():
            if not 0 <= day <= 6:
                raise ConfigurationError(f"hours.{day}: weekday must be 0 (Monday) to 6 (Sunday)")
            previous_close: time | None = None
            for k, (opens, closes) in enumerate(intervals):
                if closes != _MIDNIGHT and closes <= opens:
                    raise ConfigurationError(
                        f"hours.{day}.{k}: closes ({closes}) before it opens ({opens})"
                    )
                if previous_close is not None and (previous_close == _MIDNIGHT
                                                   or opens < previous_close):
                    raise ConfigurationError(
                        f"hours.{day}.{k}: overlaps or precedes the previous interval"
                    )
                previous_close = closes
        return self

    @classmethod
    def weekdays(
        cls, opens: str = "09:00", closes: str = "17:00", *, timezone: str = "UTC",
        days: tuple[int, ...] = (0, 1, 2, 3, 4),
    ) -> BusinessHours:
        """The common case: the same opening hours on ``days`` (Monday to Friday by default)."""
        interval = ((time.fromisoformat(opens), time.fromisoformat(closes)),)
        return cls(timezone=timezone, hours=dict.fromkeys(days, interval))

    def seconds_between(self, start: datetime, end: datetime) -> float:
        """Open seconds between ``start`` and ``end`` (0 when ``end`` is not after ``start``).

        Naive datetimes are read as local time of :attr:`timezone`.
        """
        tz = ZoneInfo(self.timezone)
        s = (start if start.tzinfo is not None else start.replace(tzinfo=tz)).timestamp()
        e = (end if end.tzinfo is not None else end.replace(tzinfo=tz)).timestamp()
        if e <= s:
            return 0.0
        day = datetime.fromtimestamp(s, tz).date()
        last = datetime.fromtimestamp(e, tz).date()
        one = timedelta(days=1)
        total = 0.0
        while day <= last:
            if day not in self.closed_dates:
                for opens, closes in self.hours.get(day.weekday(), ()):
                    lo = max(s, datetime.combine(day, opens, tzinfo=tz).timestamp())
                    close_day = day + one if closes == _MIDNIGHT else day
                    hi = min(e, datetime.combine(close_day, closes, tzinfo=tz).timestamp())
                    if hi > lo:
                        total += hi - lo
            day += one
        return total


def business_seconds(start: datetime, end: datetime, hours: BusinessHours | None) -> float:
    """Seconds from ``start`` to ``end`` that count: open hours only when ``hours`` is given."""
    if hours is None:
        return max(0.0, (end - start).total_seconds())
    return hours.seconds_between(start, end)


class TimingConfig(BaseModel):
    """How conversation dynamics are judged (pass to ``DefaultEvaluator(timing=...)``).

    * ``service_level``: seconds within which a waiting chat/email customer should get an agent
      reply; ``None`` uses the channel default (chat 60 s, social 1 h, email 4 h);
    * ``business_hours``: count only open hours in response times (``None``: wall-clock time);
    * ``long_silence``: seconds of dead air before an agent turn that count as a long silence;
    * ``hold``: seconds of silence that look like a hold;
    * ``backchannel_words``: at most this many words make an overlapping turn a backchannel
      ("mm-hm") rather than an interruption, when it does not take the floor.
    """

    model_config = _FROZEN

    service_level: float | None = Field(default=None, gt=0)
    business_hours: BusinessHours | None = None
    long_silence: float = Field(default=10.0, gt=0)
    hold: float = Field(default=60.0, gt=0)
    backchannel_words: int = Field(default=3, ge=0)

    def service_level_for(self, channel: str | None) -> float:
        """The service level that applies to ``channel``, in seconds."""
        if self.service_level is not None:
            return self.service_level
        return DEFAULT_SERVICE_LEVELS.get(channel or "", FALLBACK_SERVICE_LEVEL)


DEFAULT_TIMING = TimingConfig()


@dataclass(frozen=True, slots=True)
class Wait:
    """Time a customer waited for an agent turn (voice silence or chat/email latency)."""

    turn: int
    seconds: float
    limit: float
    explained: bool

    @property
    def late(self) -> bool:
        """Beyond the limit (a long silence, or outside the service level)."""
        return self.seconds > self.limit


@dataclass(frozen=True, slots=True)
class Interruption:
    """An overlapping turn that took the floor from the other party; ``at`` is seconds from the
    first timed turn's start."""

    turn: int
    interrupted: int
    by: str
    at: float
    overlap: float
    upset: bool


@dataclass
class Dynamics:
    """The conversation-level metrics of one transcript and what the scoring formulas need.

    ``voice``/``response``/``sentiment`` are the JSON-ready metric dicts (``None`` when the
    transcript has nothing to measure them on); ``waits`` are the agent-side silences (voice) or
    response latencies (chat/email) in turn order; ``behaviours`` holds the timing evidence.
    """

    voice: dict[str, Any] | None = None
    response: dict[str, Any] | None = None
    sentiment: dict[str, Any] | None = None
    waits: list[Wait] = field(default_factory=list)
    interruptions: list[Interruption] = field(default_factory=list)
    behaviours: dict[str, list[Evidence]] = field(default_factory=dict)
    sentiment_evidence: list[Evidence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def timed(self) -> bool:
        """Whether any timing metric could be computed."""
        return self.voice is not None or self.response is not None

    def metrics(self) -> dict[str, Any]:
        """The ``metrics`` entries of the assessment."""
        return {"voice": self.voice, "response": self.response, "sentiment": self.sentiment}


def turn_evidence(
    signals: Signals, turn: int, rule: str, behaviour: str, polarity: str
) -> Evidence:
    """The whole (trimmed) text of a turn as evidence of a timing behaviour."""
    text = signals.transcript.turns[turn].text
    start = len(text) - len(text.lstrip())
    end = max(start, len(text.rstrip()))
    return _make_evidence(turn=turn, start=start, end=end, text=text[start:end], rule=rule,
                          behaviour=behaviour, polarity=polarity)


def compute_dynamics(signals: Signals, config: TimingConfig = DEFAULT_TIMING) -> Dynamics:
    """Voice, response and sentiment metrics of one transcript, with their evidence."""
    out = Dynamics()
    turns = signals.transcript.turns
    has_voice = has_stamp = False
    for t in turns:
        if t.start is not None or t.end is not None:
            has_voice = True
        if t.timestamp is not None:
            has_stamp = True
    if has_voice:
        _voice(signals, config, out)
    if has_stamp:
        _response(signals, config, out)
    out.sentiment, out.sentiment_evidence = conversation_sentiment(signals)
    return out


def _announced(signals: Signals, agent_turn: int | None) -> bool:
    return agent_turn is not None and signals.has(agent_turn, *ANNOUNCES_WAIT)


def _is_backchannel(signals: Signals, turn: int, inside: bool, config: TimingConfig) -> bool:
    """A short turn fully inside the other's speech, or one made only of the pack's listening
    sounds ("mm-hm", "ajá"), does not take the floor."""
    if signals.words[turn] > config.backchannel_words:
        return False
    return inside or signals.turns[turn].backchannel


def _voice(signals: Signals, config: TimingConfig, out: Dynamics) -> None:
    turns = signals.transcript.turns
    words = signals.words
    talk: dict[str, float] = {}
    spoken: dict[str, int] = {}
    last: dict[str, tuple[int, float, float]] = {}  # role -> (turn, start, end) of its last turn
    untimed: list[int] = []
    same_party: list[int] = []
    interruptions: list[Interruption] = []
    waits: list[Wait] = []
    first_start: float | None = None
    covered_to = 0.0  # end of the speech heard so far
    speech = 0.0  # length of the union of speech intervals
    longest = 0.0
    longest_turn: int | None = None
    holds = 0
    hold_time = 0.0
    overlap_time = 0.0
    last_agent: int | None = None
    for i, t in enumerate(turns):
        s, e = t.start, t.end
        if s is None or e is None:
            untimed.append(i)
            continue
        role = t.role
        talk[role] = talk.get(role, 0.0) + (e - s)
        spoken[role] = spoken.get(role, 0) + words[i]
        if first_start is None:
            first_start, covered_to, speech = s, e, e - s
        else:
            gap = s - covered_to
            if gap > 0:
                speech += e - s
                covered_to = e
                if gap > longest:
                    longest, longest_turn = gap, i
                if gap >= config.hold:
                    holds += 1
                    hold_time += gap
            else:
                if e > covered_to:
                    speech += e - covered_to
                    covered_to = e
            if role == "agent":
                waits.append(Wait(i, max(0.0, gap), config.long_silence,
                                  _announced(signals, last_agent)))
        if role in ("agent", "customer"):
            mine = last.get(role)
            if mine is not None and s < mine[2]:
                same_party.append(i)
            other = last.get("customer" if role == "agent" else "agent")
            overlap = min(e, other[2]) - s if other is not None else 0.0
            if other is not None and overlap > 0:
                overlap_time += overlap
                if not _is_backchannel(signals, i, e <= other[2], config):
                    upset = role == "agent" and signals.has(other[0], *UPSET)
                    interruptions.append(
                        Interruption(i, other[0], role, s - first_start, overlap, upset)
                    )
            if mine is None or e >= mine[2]:
                last[role] = (i, s, e)
            if role == "agent":
                last_agent = i
    if first_start is None:
        out.warnings.append("voice timings: no turn has both start and end; voice metrics are null")
        return
    timed = len(turns) - len(untimed)
    if untimed:
        out.warnings.append(
            f"voice timings: {len(untimed)} of {len(turns)} turns have no start/end "
            f"(first: turns.{untimed[0]}); voice metrics use the {timed} timed turns"
        )
    if same_party:
        out.warnings.append(
            f"voice timings: turns.{same_party[0]} overlaps an earlier turn of the same party "
            f"({len(same_party)} such turns); speaker separation may be off"
        )
    handle = covered_to - first_start
    agent_talk = talk.get("agent", 0.0)
    customer_talk = talk.get("customer", 0.0)
    both = agent_talk + customer_talk
    long_silences = [w for w in waits if w.late and not w.explained]
    out.voice = {
        "handle_time": handle,
        "talk_time": talk,
        "talk_share": (
            {"agent": agent_talk / both, "customer": customer_talk / both} if both > 0 else None
        ),
        "talk_to_listen": agent_talk / customer_talk if customer_talk > 0 else None,
        "speaking_rate": {
            role: 60.0 * spoken[role] / seconds for role, seconds in talk.items() if seconds > 0
        },
        "non_talk_time": max(0.0, handle - speech),
        "longest_silence": longest,
        "longest_silence_turn": longest_turn,
        "holds": holds,
        "hold_time": hold_time,
        "long_silences": len(long_silences),
        "overlap_time": overlap_time,
        "interruptions": {
            "agent": sum(1 for x in interruptions if x.by == "agent"),
            "customer": sum(1 for x in interruptions if x.by == "customer"),
        },
        "agent_interruptions_of_upset_customer": sum(1 for x in interruptions if x.upset),
        "interruption_events": [
            {"turn": x.turn, "interrupted": x.interrupted, "by": x.by, "at": x.at,
             "overlap": x.overlap, "upset_customer": x.upset}
            for x in interruptions
        ],
        "timed_turns": timed,
    }
    out.waits.extend(waits)
    out.interruptions = interruptions
    if interruptions:
        out.behaviours["interruption"] = [
            turn_evidence(signals, x.turn, "timing:interruption", "interruption",
                          "negative" if x.by == "agent" else "context")
            for x in interruptions
        ]
    silent = [w for w in waits if w.late]
    if silent:
        out.behaviours["long_silence"] = [
            turn_evidence(signals, w.turn, "timing:long_silence", "long_silence",
                          "context" if w.explained else "negative")
            for w in silent
        ]


def _response(signals: Signals, config: TimingConfig, out: Dynamics) -> None:
    transcript = signals.transcript
    turns = transcript.turns
    words = signals.words
    hours = config.business_hours
    limit = config.service_level_for(transcript.channel)
    first: datetime | None = None
    waiting_since: datetime | None = None
    last_agent_at: datetime | None = None
    last_agent: int | None = None
    first_response: float | None = None
    agent_spoke = False
    replies = 0
    untimed = 0
    waits: list[Wait] = []
    for i, t in enumerate(turns):
        ts = t.timestamp
        role = t.role
        if ts is None:
            untimed += 1
            continue
        if first is None:
            first = ts
        if role == "customer" and words[i] and waiting_since is None:
            waiting_since = ts
        elif role == "agent":
            replies += 1
            last_agent_at = ts
            if waiting_since is not None:
                seconds = business_seconds(waiting_since, ts, hours)
                waits.append(Wait(i, seconds, limit, _announced(signals, last_agent)))
                if not agent_spoke:
                    first_response = seconds
                waiting_since = None
            agent_spoke = True
            last_agent = i
    if first is None:
        return
    if untimed:
        out.warnings.append(
            f"timestamps: {untimed} of {len(turns)} turns have no timestamp; response metrics "
            "use the timed turns"
        )
    latencies = [w.seconds for w in waits]
    out.response = {
        "first_response_time": first_response,
        "latency": (
            {"mean": statistics.fmean(latencies), "median": statistics.median(latencies),
             "max": max(latencies)} if latencies else None
        ),
        "service_level": limit,
        "within_service_level": (
            sum(1 for w in waits if not w.late) / len(waits) if waits else None
        ),
        "agent_replies": replies,
        "time_to_last_agent_reply": (
            business_seconds(first, last_agent_at, hours) if last_agent_at is not None else None
        ),
        "customer_waiting_time": sum(latencies),
        "business_hours": hours is not None,
    }
    out.waits.extend(waits)
    late = [w for w in waits if w.late]
    if late:
        out.behaviours["slow_reply"] = [
            turn_evidence(signals, w.turn, "timing:slow_reply", "slow_reply",
                          "context" if w.explained else "negative")
            for w in late
        ]


__all__ = [
    "BusinessHours",
    "Dynamics",
    "Interruption",
    "TimingConfig",
    "Wait",
    "business_seconds",
    "compute_dynamics",
]
