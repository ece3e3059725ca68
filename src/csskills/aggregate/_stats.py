"""Mergeable sufficient statistics behind profiles.

:class:`ProfileStats` is a commutative monoid: ``add`` one assessment at a time, ``merge`` the
statistics of another partition (another process, another Spark task), in any grouping and any
order, and the profiles built at the end are identical to the bit. That holds because every sum
is an exact Python integer (see :mod:`csskills.aggregate._mathx`) and every kept example is
chosen by a total order, not by arrival.

Per agent and competency the statistics are: the number of non-N/A scores, their opportunities,
the sums of scores and of squared scores (for the mean and the within-agent variance), the
dated sums of time, time squared and time x score (for the trend), and per UTC day the count,
sum and square sum (for before/after comparisons around any date and the monthly means).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from csskills._assessment import Assessment, Evidence
from csskills._transcript import Transcript
from csskills.aggregate._mathx import MICROSECONDS_PER_DAY, as_utc, to_microseconds, to_units
from csskills.aggregate._timephrase import Deadline, parse_deadline, sentence_from

if TYPE_CHECKING:
    from csskills.aggregate._models import ProfileOptions, TeamProfiles

__all__ = ["PATTERNS", "ProfileStats"]

OVERALL = "overall"

PATTERNS: Mapping[str, str] = {
    "argumentative": "argues the facts with the customer ('that's not true', 'actually you...')",
    "unauthorized_concession": "gives in beyond policy to please the customer",
    "over_promise": "promises what may not be kept ('I guarantee', '100%')",
    "no_follow_up_check": "never checks that the solution worked or if anything else is needed",
    "escalation": "escalates or hands the case over",
    "abuse_warned": "abusive customer answered with a professional warning",
    "abuse_unwarned": "abusive customer and no professional warning",
}
"""Behaviour patterns counted per agent (seed 003 weaknesses, seed 000 abuse handling)."""

_PRESENT = ("argumentative", "unauthorized_concession", "over_promise", "escalation")

_NO_FOLLOW_UP = re.compile(
    r"\b(nobody|no one|no-one|noone)\b|\bnever (called|rang|got back|replied|heard|followed up)",
    re.IGNORECASE,
)


_Key = tuple[str, int, int, int, str, str]


def _evidence_key(transcript_id: str, evidence: Evidence | None) -> _Key:
    if evidence is None:
        return (transcript_id, -1, -1, -1, "", "")
    return (
        transcript_id,
        evidence.turn,
        evidence.start,
        evidence.end,
        evidence.rule,
        evidence.text,
    )


class _Moments:
    """Exact sums for one agent and one competency."""

    __slots__ = ("days", "n", "opportunities", "sx", "sxx", "sxy", "sy", "syy")

    def __init__(self) -> None:
        self.n = 0
        self.opportunities = 0
        self.sy = 0
        self.syy = 0
        self.sx = 0
        self.sxx = 0
        self.sxy = 0
        self.days: dict[int, list[int]] = {}

    def add(self, y: int, opportunities: int, x: int | None) -> None:
        self.n += 1
        self.opportunities += opportunities
        self.sy += y
        self.syy += y * y
        if x is not None:
            self.sx += x
            self.sxx += x * x
            self.sxy += x * y
            bucket = self.days.setdefault(x // MICROSECONDS_PER_DAY, [0, 0, 0])
            bucket[0] += 1
            bucket[1] += y
            bucket[2] += y * y

    def merge(self, other: _Moments) -> None:
        self.n += other.n
        self.opportunities += other.opportunities
        self.sy += other.sy
        self.syy += other.syy
        self.sx += other.sx
        self.sxx += other.sxx
        self.sxy += other.sxy
        for day, (n, sy, syy) in other.days.items():
            bucket = self.days.setdefault(day, [0, 0, 0])
            bucket[0] += n
            bucket[1] += sy
            bucket[2] += syy

    @property
    def dated(self) -> int:
        return sum(bucket[0] for bucket in self.days.values())

    def state(self) -> tuple[object, ...]:
        days = tuple(sorted((d, tuple(v)) for d, v in self.days.items()))
        return (self.n, self.opportunities, self.sy, self.syy, self.sx, self.sxx, self.sxy, days)


class _Pattern:
    """A count, its denominator and the first examples in a fixed order."""

    __slots__ = ("count", "examples", "out_of")

    def __init__(self) -> None:
        self.count = 0
        self.out_of = 0
        self.examples: list[tuple[str, Evidence | None]] = []

    def keep(self, examples: Iterable[tuple[str, Evidence | None]], limit: int) -> None:
        merged = {_evidence_key(t, e): (t, e) for t, e in [*self.examples, *examples]}
        self.examples = [merged[k] for k in sorted(merged)][:limit]

    def merge(self, other: _Pattern, limit: int) -> None:
        self.count += other.count
        self.out_of += other.out_of
        self.keep(other.examples, limit)

    def state(self) -> tuple[object, ...]:
        return (self.count, self.out_of, tuple(_evidence_key(t, e) for t, e in self.examples))


class _AgentStats:
    __slots__ = ("conversations", "first", "last", "moments", "patterns")

    def __init__(self) -> None:
        self.conversations = 0
        self.first: int | None = None
        self.last: int | None = None
        self.moments: dict[str, _Moments] = {}
        self.patterns: dict[str, _Pattern] = {p: _Pattern() for p in PATTERNS}

    def seen(self, at: int | None) -> None:
        if at is None:
            return
        self.first = at if self.first is None else min(self.first, at)
        self.last = at if self.last is None else max(self.last, at)

    def merge(self, other: _AgentStats, limit: int) -> None:
        self.conversations += other.conversations
        self.seen(other.first)
        self.seen(other.last)
        for key, moments in other.moments.items():
            self.moments.setdefault(key, _Moments()).merge(moments)
        for key, pattern in other.patterns.items():
            self.patterns.setdefault(key, _Pattern()).merge(pattern, limit)

    def state(self) -> tuple[object, ...]:
        return (
            self.conversations,
            self.first,
            self.last,
            tuple(sorted((k, m.state()) for k, m in self.moments.items())),
            tuple(sorted((k, p.state()) for k, p in self.patterns.items())),
        )


class Contact:
    """One conversation as seen by the follow-up check: who, which case, when, any complaint."""

    __slots__ = ("agent_id", "at", "case_id", "complaint", "customer_id", "transcript_id")

    def __init__(
        self,
        transcript_id: str,
        agent_id: str | None,
        customer_id: str | None,
        case_id: str | None,
        at: int | None,
        complaint: tuple[Evidence, ...],
    ) -> None:
        self.transcript_id = transcript_id
        self.agent_id = agent_id
        self.customer_id = customer_id
        self.case_id = case_id
        self.at = at
        self.complaint = complaint

    def state(self) -> tuple[object, ...]:
        return (
            self.transcript_id,
            self.agent_id,
            self.customer_id,
            self.case_id,
            self.at,
            tuple(_evidence_key("", e) for e in self.complaint),
        )


class Promise:
    """The commitments of one conversation, with the due time read from their sentences."""

    __slots__ = ("agent_id", "due", "evidence", "in_thread", "made_at", "phrase", "transcript_id")

    def __init__(
        self,
        transcript_id: str,
        agent_id: str,
        made_at: datetime,
        due: datetime,
        phrase: str | None,
        evidence: tuple[Evidence, ...],
        in_thread: tuple[Literal["kept", "broken"], str] | None = None,
    ) -> None:
        self.in_thread = in_thread
        self.transcript_id = transcript_id
        self.agent_id = agent_id
        self.made_at = made_at
        self.due = due
        self.phrase = phrase
        self.evidence = evidence

    def state(self) -> tuple[object, ...]:
        return (
            self.transcript_id,
            self.agent_id,
            self.made_at.isoformat(),
            self.due.isoformat(),
            self.phrase,
            tuple(_evidence_key("", e) for e in self.evidence),
            self.in_thread,
        )


def _case_id(assessment: Assessment) -> str | None:
    case = assessment.metadata.get("case_id")
    return str(case) if case not in (None, "") else None


class ProfileStats:
    """Mergeable statistics of many assessments; build profiles with :meth:`profiles`.

    Each assessment must be added once across all partitions: adding or merging the same
    ``transcript_id`` twice raises ``ValueError`` (double counting would bias every estimate).
    Pass the transcript too (``add(assessment, transcript)``) to read commitment deadlines from
    the full sentence of the promise; without it only the evidence span is read and most
    promises get the default window.
    """

    __slots__ = ("_agents", "_contacts", "_examples", "_promises", "_unattributed")

    def __init__(self, *, examples_per_pattern: int = 3) -> None:
        self._examples = examples_per_pattern
        self._agents: dict[str, _AgentStats] = {}
        self._contacts: dict[str, Contact] = {}
        self._promises: dict[str, Promise] = {}
        self._unattributed = 0

    # -- building ---------------------------------------------------------------------------
    @classmethod
    def from_assessments(
        cls,
        assessments: Iterable[Assessment],
        *,
        transcripts: Iterable[Transcript] | Mapping[str, Transcript] | None = None,
        examples_per_pattern: int = 3,
        default_commitment_days: int = 7,
    ) -> ProfileStats:
        """Statistics of all ``assessments`` (transcripts matched by id, when given)."""
        by_id = _index(transcripts)
        stats = cls(examples_per_pattern=examples_per_pattern)
        for assessment in assessments:
            stats.add(
                assessment,
                by_id.get(assessment.transcript_id),
                default_commitment_days=default_commitment_days,
            )
        return stats

    def add(
        self,
        assessment: Assessment,
        transcript: Transcript | None = None,
        *,
        default_commitment_days: int = 7,
    ) -> ProfileStats:
        """Count one assessment in (N/A scores are skipped, never counted as zero)."""
        tid = assessment.transcript_id
        if tid in self._contacts:
            raise ValueError(
                f"transcript {tid!r} was already added; each assessment must be counted once"
            )
        if transcript is not None and transcript.id != tid:
            raise ValueError(f"transcript {transcript.id!r} does not match assessment {tid!r}")
        at = to_microseconds(assessment.started_at) if assessment.started_at else None
        self._contacts[tid] = Contact(
            tid,
            assessment.agent_id,
            assessment.customer_id,
            _case_id(assessment),
            at,
            _complaints(assessment, transcript),
        )
        agent_id = assessment.agent_id
        if agent_id is None:
            self._unattributed += 1
            return self
        agent = self._agents.setdefault(agent_id, _AgentStats())
        agent.conversations += 1
        agent.seen(at)
        for competency, score in assessment.scores.items():
            if score.value is None:
                continue
            moments = agent.moments.setdefault(competency, _Moments())
            moments.add(to_units(score.value), score.opportunities, at)
        if assessment.overall is not None:
            agent.moments.setdefault(OVERALL, _Moments()).add(to_units(assessment.overall), 0, at)
        self._count_patterns(agent, assessment)
        promise = _promise(assessment, transcript, default_commitment_days)
        if promise is not None:
            self._promises[tid] = promise
        return self

    def _count_patterns(self, agent: _AgentStats, assessment: Assessment) -> None:
        tid = assessment.transcript_id
        found = assessment.behaviours
        limit = self._examples
        for pattern_id in _PRESENT:
            pattern = agent.patterns[pattern_id]
            pattern.out_of += 1
            if found.get(pattern_id):
                pattern.count += 1
                pattern.keep([(tid, e) for e in found[pattern_id]], limit)
        no_check = agent.patterns["no_follow_up_check"]
        no_check.out_of += 1
        if not found.get("follow_up_check"):
            no_check.count += 1
            no_check.keep([(tid, None)], limit)
        if found.get("customer_abuse"):
            warned = bool(found.get("abuse_warning"))
            for pattern_id in ("abuse_warned", "abuse_unwarned"):
                agent.patterns[pattern_id].out_of += 1
            pattern = agent.patterns["abuse_warned" if warned else "abuse_unwarned"]
            pattern.count += 1
            spans = found["abuse_warning"] if warned else found["customer_abuse"]
            pattern.keep([(tid, e) for e in spans], limit)

    def merge(self, other: ProfileStats) -> ProfileStats:
        """Fold ``other`` into this one (in place) and return self; ``other`` is unchanged."""
        clash = self._contacts.keys() & other._contacts.keys()
        if clash:
            raise ValueError(
                f"transcript {min(clash)!r} is in both statistics; each assessment must be "
                "counted once"
            )
        for agent_id, agent in other._agents.items():
            mine = self._agents.setdefault(agent_id, _AgentStats())
            mine.merge(agent, self._examples)
        self._contacts.update(other._contacts)
        self._promises.update(other._promises)
        self._unattributed += other._unattributed
        return self

    def __add__(self, other: ProfileStats) -> ProfileStats:
        result = ProfileStats(examples_per_pattern=self._examples)
        return result.merge(self).merge(other)

    # -- reading ----------------------------------------------------------------------------
    def profiles(
        self,
        *,
        options: ProfileOptions | None = None,
        compare_at: date | datetime | str | None = None,
    ) -> TeamProfiles:
        """The team's profiles (see :func:`csskills.build_profiles`)."""
        from csskills.aggregate._profiles import profiles_from_stats

        return profiles_from_stats(self, options=options, compare_at=compare_at)

    def state(self) -> tuple[object, ...]:
        """A canonical, order-independent snapshot (what equality compares)."""
        return (
            tuple(sorted((a, s.state()) for a, s in self._agents.items())),
            tuple(sorted(c.state() for c in self._contacts.values())),
            tuple(sorted(p.state() for p in self._promises.values())),
            self._unattributed,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ProfileStats):
            return NotImplemented
        return self.state() == other.state()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __len__(self) -> int:
        """Number of assessments counted."""
        return len(self._contacts)

    def __repr__(self) -> str:
        return f"ProfileStats(assessments={len(self)}, agents={len(self._agents)})"


def _index(
    transcripts: Iterable[Transcript] | Mapping[str, Transcript] | None,
) -> Mapping[str, Transcript]:
    if transcripts is None:
        return {}
    if isinstance(transcripts, Mapping):
        return transcripts
    return {t.id: t for t in transcripts}


def _sentence(evidence: Evidence, transcript: Transcript | None) -> str:
    if transcript is not None and evidence.turn < len(transcript.turns):
        return sentence_from(transcript.turns[evidence.turn].text, evidence.start)
    return evidence.text


def _complaints(assessment: Assessment, transcript: Transcript | None) -> tuple[Evidence, ...]:
    """Customer frustration spans that say nobody followed up (English wording)."""
    spans = assessment.behaviours.get("customer_frustration", ())
    return tuple(e for e in spans if _NO_FOLLOW_UP.search(_sentence(e, transcript)))


_THREAD_GAP_US = 10 * 60 * 1_000_000
"""Turns less than 10 minutes after a promise belong to the same exchange, not a follow-up."""


def _in_thread(
    transcript: Transcript | None, turn: int, made_at: datetime, due: datetime
) -> tuple[Literal["kept", "broken"], str] | None:
    """Kept or broken inside the same thread (e-mail, async chat), judged by turn timestamps."""
    if transcript is None:
        return None
    threshold = to_microseconds(made_at) + _THREAD_GAP_US
    due_us = to_microseconds(due)
    for index in range(turn + 1, len(transcript.turns)):
        later = transcript.turns[index]
        if later.timestamp is None or later.role not in ("agent", "customer"):
            continue
        at = to_microseconds(later.timestamp)
        if at < threshold:
            continue
        when = as_utc(later.timestamp).date().isoformat()
        if at > due_us:
            who = "the agent followed up" if later.role == "agent" else "the customer wrote again"
            return "broken", f"{who} on {when} (turn {index}), after the promised time"
        if later.role == "agent":
            return "kept", f"the agent followed up on {when} (turn {index}), in time"
    return None


def _promise(
    assessment: Assessment, transcript: Transcript | None, default_days: int
) -> Promise | None:
    spans = assessment.behaviours.get("commitment", ())
    if not spans or assessment.started_at is None or assessment.agent_id is None:
        return None
    start = as_utc(assessment.started_at)
    best: tuple[Deadline, int, datetime] | None = None
    fallback: tuple[Deadline, int, datetime] | None = None
    for evidence in spans:
        made_at = start
        if transcript is not None and evidence.turn < len(transcript.turns):
            stamp = transcript.turns[evidence.turn].timestamp
            made_at = as_utc(stamp) if stamp is not None else start
        deadline = parse_deadline(
            _sentence(evidence, transcript), made_at, default_days=default_days
        )
        if deadline.phrase is None:
            if fallback is None or deadline.due > fallback[0].due:
                fallback = (deadline, evidence.turn, made_at)
        elif best is None or deadline.due > best[0].due:
            best = (deadline, evidence.turn, made_at)
    chosen = best or fallback
    assert chosen is not None
    deadline, turn, made_at = chosen
    return Promise(
        assessment.transcript_id,
        assessment.agent_id,
        start,
        deadline.due,
        deadline.phrase,
        spans,
        _in_thread(transcript, turn, made_at, deadline.due),
    )
