"""What the report shows, gathered once: every conversation, and every agent's profile.

The numbers are the profiles of :func:`csskills.aggregate.build_profiles` (shrunk estimates,
intervals, labels, trends, commitments) and the gaps of :func:`csskills.aggregate.skill_gaps`:
the report presents them, it never estimates anything itself. Labels, gap verdicts and colours
all follow from a profile's own label and interval, so no two parts of the page can disagree.

Every assessment becomes one :class:`ConversationView`, whatever it holds: conversations with no
``agent_id`` are listed (and counted in no profile), and records that share a transcript id
(``csskills score`` scores them all) are shown apart as ``id (copy 1 of 2)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from csskills._assessment import Assessment, Evidence
from csskills._transcript import Transcript
from csskills.aggregate import (
    AgentGaps,
    Commitment,
    CompetencyProfile,
    ReliabilitySummary,
    RoleTarget,
    TeamGap,
    TeamProfiles,
    build_profiles,
    skill_gaps,
)
from csskills.competencies import COMPETENCY_IDS
from csskills.redact import redact
from csskills.report._wording import NOT_ENOUGH, informative

__all__ = [
    "NOT_ENOUGH",
    "AgentView",
    "Cell",
    "ConversationView",
    "Example",
    "ReportData",
    "build_report_data",
]


@dataclass(frozen=True)
class Cell:
    """One agent's figure for one competency (or overall), as a profile gives it."""

    competency: str
    estimate: float | None
    low: float | None
    high: float | None
    n: int
    label: str
    team_mean: float | None = None
    note: str | None = None

    @property
    def enough(self) -> bool:
        """Whether the profile has enough evidence to say anything."""
        return self.estimate is not None and self.label != NOT_ENOUGH

    @property
    def uncertain(self) -> bool:
        """Enough evidence for a label, but an interval too wide to colour by the estimate."""
        return self.enough and not informative(self.low, self.high)


@dataclass(frozen=True)
class Example:
    """One evidence span behind a claim, with the conversation (its key) it comes from."""

    conversation: str
    competency: str
    evidence: Evidence


@dataclass
class ConversationView:
    """One assessed conversation: its assessment, its transcript when given, its follow-ups."""

    key: str
    index: int
    assessment: Assessment
    transcript: Transcript | None = None
    copy: int = 1
    copies: int = 1
    commitments: list[Commitment] = field(default_factory=list)
    _masked: dict[int, str] = field(default_factory=dict, repr=False)

    @property
    def anchor(self) -> str:
        """The scorecard's id in the page."""
        return f"conv-{self.index}"

    @property
    def transcript_id(self) -> str:
        """The id as the data gives it (not unique when records share it)."""
        return self.assessment.transcript_id

    @property
    def agent_id(self) -> str | None:
        """The agent, or ``None`` for an unattributed conversation."""
        return self.assessment.agent_id

    @property
    def label(self) -> str:
        """The transcript id, with ``(copy k of n)`` when several records share it."""
        if self.copies > 1:
            return f"{self.transcript_id} (copy {self.copy} of {self.copies})"
        return self.transcript_id

    def fits(self, e: Evidence) -> bool:
        """Whether ``e`` points at its text in this conversation's transcript.

        Evidence written by ``csskills score`` is masked (same length), the transcript is not:
        either the raw or the masked slice must be the evidence text.
        """
        t = self.transcript
        if t is None or e.turn >= len(t.turns):
            return False
        text = t.turns[e.turn].text
        if e.end > len(text) or e.end - e.start != len(e.text):
            return False
        return text[e.start:e.end] == e.text or self.masked(e.turn)[e.start:e.end] == e.text

    def masked(self, turn: int) -> str:
        """Turn ``turn``'s text with customer PII masked (same length), computed once."""
        if turn not in self._masked:
            assert self.transcript is not None
            self._masked[turn] = redact(self.transcript.turns[turn].text)
        return self._masked[turn]

    def span(self, e: Evidence, *, redacting: bool) -> str:
        """The text of ``e`` as shown: cut from the masked turn when the transcript is here, so
        a span that holds part of an address is masked as in its turn (the raw text when
        ``redacting`` is off; ``e.text`` itself when there is no transcript to cut from)."""
        if not self.fits(e):
            return redact(e.text) if redacting else e.text
        assert self.transcript is not None
        text = self.masked(e.turn) if redacting else self.transcript.turns[e.turn].text
        return text[e.start:e.end]


@dataclass
class AgentView:
    """Everything one agent's section shows."""

    agent_id: str
    conversations: int
    first_seen: datetime | None
    last_seen: datetime | None
    cells: dict[str, Cell]
    overall: Cell
    slope_per_month: float | None = None
    months: list[tuple[str, int, float]] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    conversation_keys: list[str] = field(default_factory=list)
    commitments: tuple[Commitment, ...] = ()
    reliability: ReliabilitySummary | None = None
    gaps: AgentGaps | None = None

    @property
    def strengths(self) -> list[Cell]:
        """Competencies labelled strength, best first."""
        found = [c for c in self.cells.values() if c.label == "strength"]
        return sorted(found, key=lambda c: -(c.estimate or 0.0))

    @property
    def weaknesses(self) -> list[Cell]:
        """Competencies labelled weakness, worst first."""
        found = [c for c in self.cells.values() if c.label == "weakness"]
        return sorted(found, key=lambda c: c.estimate or 0.0)


@dataclass
class ReportData:
    """The whole report's content."""

    agents: list[AgentView]
    conversations: list[ConversationView]
    role: RoleTarget | None = None
    team_gaps: tuple[TeamGap, ...] = ()
    transcripts_given: bool = False
    unmatched_transcripts: int = 0

    @property
    def by_key(self) -> dict[str, ConversationView]:
        """Conversations by their unique key."""
        return {c.key: c for c in self.conversations}

    @property
    def unattributed(self) -> list[ConversationView]:
        """Conversations with no ``agent_id``: listed, in no profile."""
        return [c for c in self.conversations if c.agent_id is None]

    @property
    def duplicated(self) -> list[str]:
        """Transcript ids that several records share, in order of first appearance."""
        return list(dict.fromkeys(c.transcript_id for c in self.conversations if c.copies > 1))

    @property
    def with_transcript(self) -> int:
        """How many conversations have their transcript in the report."""
        return sum(c.transcript is not None for c in self.conversations)


def _cell(competency: str, profile: CompetencyProfile) -> Cell:
    interval = profile.interval
    return Cell(
        competency,
        profile.estimate,
        interval.low if interval is not None else None,
        interval.high if interval is not None else None,
        int(profile.conversations),
        str(profile.label),
        profile.team_mean,
        profile.note,
    )


def _conversations(
    assessments: Sequence[Assessment],
    transcripts: Sequence[Transcript] | Mapping[str, Transcript] | None,
) -> tuple[list[ConversationView], int]:
    """One view per assessment with a unique key, each matched with its transcript."""
    pool: dict[str, list[Transcript]] = defaultdict(list)
    for t in transcripts.values() if isinstance(transcripts, Mapping) else transcripts or ():
        pool[t.id].append(t)
    counts: dict[str, int] = defaultdict(int)
    for a in assessments:
        counts[a.transcript_id] += 1
    taken: set[str] = {tid for tid, n in counts.items() if n == 1}
    seen: dict[str, int] = defaultdict(int)
    used: set[int] = set()
    views = []
    for index, a in enumerate(assessments):
        tid = a.transcript_id
        seen[tid] += 1
        key = tid
        if counts[tid] > 1:
            key = f"{tid} (copy {seen[tid]} of {counts[tid]})"
            while key in taken:  # an id that happens to read like a copy's key
                key += "'"
            taken.add(key)
        views.append(
            ConversationView(key, index, a, _match(a, pool.get(tid, []), used),
                             seen[tid], counts[tid])
        )
    unmatched = sum(1 for ts in pool.values() for t in ts if id(t) not in used)
    return views, unmatched


def _match(a: Assessment, candidates: list[Transcript], used: set[int]) -> Transcript | None:
    """The transcript of ``a``: an unused one with the same agent first, then any unused one."""
    if len(candidates) == 1:
        used.add(id(candidates[0]))
        return candidates[0]
    free = [t for t in candidates if id(t) not in used]
    for t in (*[t for t in free if t.agent_id == a.agent_id], *free):
        used.add(id(t))
        return t
    return None


def _examples(view: AgentView, items: Sequence[ConversationView], per_claim: int) -> list[Example]:
    """Evidence for each strength (positive spans) and weakness (negative spans)."""
    wanted: list[tuple[str, str]] = [(c.competency, "positive") for c in view.strengths]
    wanted += [(c.competency, "negative") for c in view.weaknesses]
    if not wanted:  # still show what the scores rest on: the agent's most-evidenced competency
        counts = {
            cid: sum(len(c.assessment.scores[cid].evidence) for c in items
                     if cid in c.assessment.scores)
            for cid in COMPETENCY_IDS
        }
        best = max(counts, key=lambda c: counts[c], default=None)
        if best is not None and counts[best]:
            wanted = [(best, "positive"), (best, "negative")]
    found: list[Example] = []
    for competency, polarity in wanted:
        # One span per conversation first, so the examples show different conversations.
        candidates: list[tuple[int, str, Evidence]] = []
        for c in sorted(items, key=lambda c: c.key):
            score = c.assessment.scores.get(competency)
            spans = [e for e in (score.evidence if score else ()) if e.polarity == polarity]
            candidates += [(rank, c.key, e) for rank, e in enumerate(spans)]
        candidates.sort(key=lambda c: (c[0], c[1]))
        found += [Example(key, competency, e) for _, key, e in candidates[:per_claim]]
    return found


def worst_first(views: Sequence[ConversationView]) -> list[ConversationView]:
    """Lowest overall score first; conversations without one last; then by key."""
    return sorted(views, key=lambda c: (c.assessment.overall is None,
                                        c.assessment.overall or 0.0, c.key))


def build_report_data(
    assessments: Sequence[Assessment],
    *,
    transcripts: Sequence[Transcript] | Mapping[str, Transcript] | None = None,
    profiles: TeamProfiles | None = None,
    role: RoleTarget | None = None,
    examples_per_claim: int = 2,
) -> ReportData:
    """Gather the report's conversations, profiles, gaps and examples.

    Profiles are built when not given, from the assessments with their unique keys as
    transcript ids, so records that share an id are each counted once instead of refused.
    """
    conversations, unmatched = _conversations(assessments, transcripts)
    if profiles is None:
        profiles = build_profiles([
            c.assessment if c.key == c.transcript_id
            else c.assessment.model_copy(update={"transcript_id": c.key})
            for c in conversations
        ])
    by_key = {c.key: c for c in conversations}
    for commitment in profiles.commitments:
        if commitment.transcript_id in by_key:
            by_key[commitment.transcript_id].commitments.append(commitment)
    gaps = skill_gaps(profiles, role) if role is not None else None
    by_agent: dict[str, list[ConversationView]] = defaultdict(list)
    for c in conversations:
        if c.agent_id is not None:
            by_agent[c.agent_id].append(c)
    views = []
    for agent_id, profile in profiles.items():
        trend = profile.overall.trend
        view = AgentView(
            agent_id,
            int(profile.conversations),
            profile.first_seen,
            profile.last_seen,
            {cid: _cell(cid, profile.competencies[cid])
             for cid in COMPETENCY_IDS if cid in profile.competencies},
            _cell("overall", profile.overall),
            trend.slope_per_month if trend is not None else None,
            [(m.month, m.n, m.mean) for m in trend.months] if trend is not None else [],
            commitments=profile.commitments,
            reliability=profile.reliability,
            gaps=gaps.agents.get(agent_id) if gaps is not None else None,
        )
        items = by_agent.get(agent_id, [])
        view.examples = _examples(view, items, examples_per_claim)
        view.conversation_keys = [c.key for c in worst_first(items)]
        views.append(view)
    return ReportData(
        views,
        conversations,
        role,
        gaps.team if gaps is not None else (),
        transcripts is not None and len(transcripts) > 0,
        unmatched,
    )
