"""Small HTML renderings for notebooks (``_repr_html_``): scores, profiles and conversations.

Every piece of text comes from transcripts or vendor exports, so every piece is escaped: a message
containing ``<script>`` must show as text, never run. The models call in here from their
``_repr_html_``; this module imports none of them at run time (type hints only), so the data
model never depends on presentation and there is no import cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from csskills.report._wording import NO_AGENT, label_text, status_text

if TYPE_CHECKING:
    from csskills._assessment import Assessment, Failure
    from csskills._transcript import Transcript
    from csskills.aggregate import AgentProfile, CompetencyProfile, TeamProfiles

__all__ = [
    "agent_html",
    "assessment_html",
    "batch_html",
    "profiles_html",
    "transcript_html",
]

_STYLE = (
    "<style>.csskills table{border-collapse:collapse;margin:4px 0}"
    ".csskills td,.csskills th{border:1px solid #ddd;padding:2px 6px;text-align:left;"
    "vertical-align:top}.csskills .na{color:#888}.csskills .neg{color:#b00}"
    ".csskills .pos{color:#070}.csskills .bar{display:inline-block;height:8px;"
    "background:#4a7;margin-right:4px}</style>"
)
_MAX_EVIDENCE = 5
_MAX_CHARS = 160
_MAX_ROWS = 50


def _clip(text: str) -> str:
    """Long spans (a whole turn) are shortened for display; the data keeps them whole."""
    return text if len(text) <= _MAX_CHARS else text[: _MAX_CHARS - 1].rstrip() + "\u2026"


def _fmt(value: float | None) -> str:
    return "N/A" if value is None else f"{value:.1f}"


def _bar(value: float | None) -> str:
    if value is None:
        return ""
    width = max(0.0, min(100.0, value))
    return f'<span class="bar" style="width:{width:.0f}px"></span>'


def _box(head: str, table: str, tail: str = "") -> str:
    return f'<div class="csskills">{_STYLE}<div>{head}</div>{table}{tail}</div>'


def _table(header: Sequence[str], rows: Sequence[str]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in header)
    return f"<table><tr>{cells}</tr>{''.join(rows)}</table>"


def assessment_html(a: Assessment) -> str:
    """The scores table of one assessment with up to five evidence spans per competency."""
    head = (
        f"<b>{escape(a.transcript_id)}</b> &middot; agent {escape(a.agent_id or NO_AGENT)}"
        f" &middot; {escape(a.channel or 'channel ?')} &middot; {escape(a.language or 'lang ?')}"
        f" &middot; overall <b>{_fmt(a.overall)}</b>"
        f" &middot; customer satisfaction (predicted) <b>{_fmt(a.satisfaction)}</b>"
        f" &middot; {escape(a.evaluator.name)} {escape(a.evaluator.version)}"
    )
    rows = []
    for competency, score in a.scores.items():
        if score.value is None:
            cell = f'<span class="na">N/A: {escape(score.reason or "")}</span>'
        else:
            cell = f"{_bar(score.value)}{_fmt(score.value)}"
        spans = []
        for e in score.evidence[:_MAX_EVIDENCE]:
            css = {"positive": "pos", "negative": "neg"}.get(e.polarity, "na")
            spans.append(
                f'<span class="{css}">turn {e.turn}: &ldquo;{escape(_clip(e.text))}&rdquo;</span>'
                f" <small>({escape(e.rule)})</small>"
            )
        more = len(score.evidence) - _MAX_EVIDENCE
        if more > 0:
            spans.append(f"<small>... and {more} more</small>")
        rows.append(
            f"<tr><td>{escape(competency)}</td><td>{cell}</td><td>{score.opportunities}</td>"
            f"<td>{'<br>'.join(spans)}</td></tr>"
        )
    warnings = "".join(f"<li>{escape(w)}</li>" for w in a.warnings)
    table = _table(("competency", "score", "opportunities", "evidence"), rows)
    promises = "".join(
        f"<li>turn {p.turn}: &ldquo;{escape(_clip(p.evidence.text))}&rdquo; "
        f"{escape(status_text(p.status, p.status_reason))}</li>"
        for p in a.promises
    )
    tail = f"<div>Promises:</div><ul>{promises}</ul>" if promises else ""
    return _box(head, table, tail + (f"<ul>{warnings}</ul>" if warnings else ""))


def batch_html(assessments: Sequence[Assessment], failures: Sequence[Failure]) -> str:
    """A batch: one row per conversation (overall and each competency), then the failures."""
    competencies: list[str] = []
    for a in assessments:
        for c in a.scores:
            if c not in competencies:
                competencies.append(c)
    rows = []
    for a in assessments[:_MAX_ROWS]:
        cells = "".join(
            f"<td>{_fmt(a.scores[c].value) if c in a.scores else ''}</td>" for c in competencies
        )
        rows.append(
            f"<tr><td>{escape(a.transcript_id)}</td><td>{escape(a.agent_id or NO_AGENT)}</td>"
            f"<td>{_fmt(a.overall)}</td>{cells}</tr>"
        )
    more = len(assessments) - _MAX_ROWS
    if more > 0:
        rows.append(f'<tr><td colspan="{3 + len(competencies)}">... and {more} more</td></tr>')
    fails = "".join(
        f"<li>{escape(f.transcript_id or '')} {escape(f.message)}</li>" for f in failures[:20]
    )
    head = f"<b>{len(assessments)}</b> assessments, <b>{len(failures)}</b> failures"
    table = _table(("transcript", "agent", "overall", *competencies), rows)
    return _box(head, table, f"<div>Failures:</div><ul>{fails}</ul>" if fails else "")


def transcript_html(t: Transcript) -> str:
    """The conversation turn by turn (role, timing, text), all text escaped."""
    rows = []
    for i, turn in enumerate(t.turns):
        when = ""
        if turn.timestamp is not None:
            when = turn.timestamp.isoformat()
        elif turn.start is not None:
            when = f"{turn.start:.1f} s"
        rows.append(
            f"<tr><td>{i}</td><td>{escape(turn.role)}</td><td>{escape(when)}</td>"
            f"<td>{escape(turn.text)}</td></tr>"
        )
    head = (
        f"<b>{escape(t.id)}</b> &middot; agent {escape(t.agent_id or NO_AGENT)}"
        f" &middot; {escape(t.channel or 'channel ?')} &middot; {escape(t.language or 'lang ?')}"
        f" &middot; {len(t.turns)} turns"
    )
    return _box(head, _table(("turn", "role", "time", "text"), rows))


def _profile_row(cell: CompetencyProfile) -> str:
    interval = cell.interval
    span = f"{interval.low:.1f} to {interval.high:.1f}" if interval is not None else ""
    low, high = (interval.low, interval.high) if interval is not None else (None, None)
    return (
        f"<tr><td>{escape(cell.competency)}</td><td>{_bar(cell.estimate)}{_fmt(cell.estimate)}"
        f"</td><td>{span}</td><td>{cell.conversations}</td>"
        f"<td>{escape(label_text(cell.label, low, high))}</td></tr>"
    )


def agent_html(p: AgentProfile) -> str:
    """One agent's estimates, intervals, n and labels."""
    rows = [_profile_row(c) for c in (*p.competencies.values(), p.overall)]
    head = f"<b>{escape(p.agent_id)}</b> &middot; {p.conversations} conversations"
    return _box(head, _table(("competency", "estimate", "interval", "n", "label"), rows))


def profiles_html(team: TeamProfiles) -> str:
    """One row per agent: overall estimate and the competencies labelled strength / weakness."""
    rows = []
    for agent_id, p in list(team.items())[:_MAX_ROWS]:
        strong = ", ".join(c.competency for c in p.strengths)
        weak = ", ".join(c.competency for c in p.weaknesses)
        rows.append(
            f"<tr><td>{escape(agent_id)}</td><td>{p.conversations}</td>"
            f"<td>{_fmt(p.overall.estimate)}</td><td>{escape(strong)}</td>"
            f"<td>{escape(weak)}</td></tr>"
        )
    head = f"<b>{len(team)}</b> agents"
    if team.unattributed:
        head += f", {team.unattributed} conversation(s) with {NO_AGENT} (in no profile)"
    table = _table(("agent", "conversations", "overall", "strengths", "weaknesses"), rows)
    return _box(head, table)
