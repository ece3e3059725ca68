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

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Literal

from csskills._assessment import Assessment
from csskills.aggregate._mathx import as_utc, to_microseconds, to_units
from csskills.aggregate._models import ProfileOptions, TeamProfiles
from csskills.aggregate._profiles import profiles_from_stats
from csskills.aggregate._sums import (
    _PRESENT,
    OVERALL,
    PATTERNS,
    Contact,
    Promise,
    _AgentStats,
    _Moments,
)
from csskills.exceptions import DuplicateAssessmentError, UsageError

__all__ = ["PATTERNS", "ProfileStats", "build_profiles"]

def _case_id(assessment: Assessment) -> str | None:
    case = assessment.metadata.get("case_id")
    return str(case) if case not in (None, "") else None


class ProfileStats:
    """Mergeable statistics of many assessments; build profiles with :meth:`profiles`.

    Each assessment must be added once across all partitions: adding or merging the same
    ``transcript_id`` twice raises :class:`~csskills.DuplicateAssessmentError` (double counting
    would bias every estimate). Everything comes from the assessment itself: the promises with
    the due times the language pack read, the customer's complaints that a promise was broken;
    so partitions on other machines merge without the transcripts.
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
        examples_per_pattern: int = 3,
        default_commitment_days: int = 7,
    ) -> ProfileStats:
        """Statistics of all ``assessments``."""
        stats = cls(examples_per_pattern=examples_per_pattern)
        for assessment in assessments:
            stats.add(assessment, default_commitment_days=default_commitment_days)
        return stats

    def add(self, assessment: Assessment, *, default_commitment_days: int = 7) -> ProfileStats:
        """Count one assessment in (N/A scores are skipped, never counted as zero)."""
        if not isinstance(assessment, Assessment):
            raise UsageError(_not_an_assessment(assessment))
        tid = assessment.transcript_id
        if tid in self._contacts:
            raise DuplicateAssessmentError(
                f"transcript {tid!r} was already added; each assessment must be counted once"
            )
        at = to_microseconds(assessment.started_at) if assessment.started_at else None
        self._contacts[tid] = Contact(
            tid,
            assessment.agent_id,
            assessment.customer_id,
            _case_id(assessment),
            at,
            tuple(assessment.behaviours.get("broken_promise", ())),
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
        promise = _promise(assessment, default_commitment_days)
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
            raise DuplicateAssessmentError(
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


def _end_of_day(moment: datetime, days: int) -> datetime:
    day = (moment + timedelta(days=days)).date()
    return datetime.combine(day, time(23, 59, 59, 999999), tzinfo=moment.tzinfo)


def _promise(assessment: Assessment, default_days: int) -> Promise | None:
    """The conversation's promise that is due last (a promise with no time gets the default
    window, and says so), with what the conversation itself showed of it."""
    if not assessment.promises or assessment.started_at is None or assessment.agent_id is None:
        return None
    start = as_utc(assessment.started_at)
    timed = [p for p in assessment.promises if p.due is not None]
    if timed:
        chosen = max(timed, key=lambda p: (as_utc(p.due), p.turn))  # type: ignore[arg-type]
        due = as_utc(chosen.due)  # type: ignore[arg-type]
        phrase = chosen.when.text if chosen.when is not None else None
    else:
        chosen = assessment.promises[-1]
        due = _end_of_day(start, default_days)
        phrase = None
    in_thread: tuple[Literal["kept", "broken"], str] | None = None
    if chosen.status != "open":
        in_thread = (chosen.status, chosen.status_reason or chosen.status)
    return Promise(
        assessment.transcript_id,
        assessment.agent_id,
        start,
        due,
        phrase,
        tuple(p.evidence for p in assessment.promises),
        in_thread,
    )


def build_profiles(
    assessments: Iterable[Assessment],
    *,
    options: ProfileOptions | None = None,
    compare_at: date | datetime | str | None = None,
) -> TeamProfiles:
    """Profiles of every agent in ``assessments`` (one pass; see :class:`ProfileStats`).

    ``compare_at`` adds a before/after comparison around that date to every competency (e.g.
    the day of a coaching session).
    """
    options = options or ProfileOptions()
    stats = ProfileStats.from_assessments(
        assessments,
        examples_per_pattern=options.examples_per_pattern,
        default_commitment_days=options.default_commitment_days,
    )
    return stats.profiles(options=options, compare_at=compare_at)


def _not_an_assessment(value: object) -> str:
    """What to pass instead: profiles are built from assessments, not transcripts."""
    kind = type(value).__name__
    if kind == "Transcript":
        return ("profiles are built from assessments, not transcripts: evaluate first, "
                "build_profiles(csskills.evaluate_many(transcripts))")
    if kind == "Failure":
        return ("a Failure is no assessment: pass BatchResult.assessments (or the BatchResult "
                "itself), which leaves the failed conversations out")
    return f"profiles are built from Assessment objects, got a {kind}"
