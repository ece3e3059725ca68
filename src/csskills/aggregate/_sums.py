"""The pieces of the mergeable statistics: exact sums per agent and competency, behaviour-pattern
counts with their first examples, and the contacts and promises of each conversation.

Every sum is an exact Python integer (see :mod:`csskills.aggregate._mathx`) and every kept
example is chosen by a total order, not by arrival, so merging in any grouping gives the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Literal

from csskills._assessment import Evidence
from csskills.aggregate._mathx import MICROSECONDS_PER_DAY

__all__ = ["OVERALL", "PATTERNS", "Contact", "Promise"]

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
