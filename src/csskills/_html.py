"""Small HTML renderings for notebooks (``_repr_html_``): scores and the evidence behind them.

An Assessment does not hold its transcript, so the rendering shows what it does hold: the
scores (N/A with its reason), and for each score the evidence spans (turn, matched text, rule,
polarity). Every piece of text comes from transcripts or vendor exports, so every piece is
escaped: a message containing ``<script>`` must show as text, never run.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from csskills._assessment import Assessment, Failure

_STYLE = (
    "<style>.csskills table{border-collapse:collapse;margin:4px 0}"
    ".csskills td,.csskills th{border:1px solid #ddd;padding:2px 6px;text-align:left;"
    "vertical-align:top}.csskills .na{color:#888}.csskills .neg{color:#b00}"
    ".csskills .pos{color:#070}.csskills .bar{display:inline-block;height:8px;"
    "background:#4a7;margin-right:4px}</style>"
)
_MAX_EVIDENCE = 5
_MAX_CHARS = 160


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


def render_assessment(a: Assessment) -> str:
    """The scores table of one assessment with up to five evidence spans per competency."""
    head = (
        f"<b>{escape(a.transcript_id)}</b> &middot; agent {escape(a.agent_id or '(unknown)')}"
        f" &middot; {escape(a.channel or 'channel ?')} &middot; {escape(a.language or 'lang ?')}"
        f" &middot; overall <b>{_fmt(a.overall)}</b>"
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
    return (
        f'<div class="csskills">{_STYLE}<div>{head}</div>'
        "<table><tr><th>competency</th><th>score</th><th>opportunities</th><th>evidence</th></tr>"
        f"{''.join(rows)}</table>" + (f"<ul>{warnings}</ul>" if warnings else "") + "</div>"
    )


def render_batch(assessments: Sequence[Assessment], failures: Sequence[Failure]) -> str:
    """A batch: one row per conversation (overall and each competency), then the failures."""
    competencies: list[str] = []
    for a in assessments:
        for c in a.scores:
            if c not in competencies:
                competencies.append(c)
    header = "".join(f"<th>{escape(c)}</th>" for c in competencies)
    rows = []
    for a in assessments[:50]:
        cells = "".join(
            f"<td>{_fmt(a.scores[c].value) if c in a.scores else ''}</td>" for c in competencies
        )
        rows.append(
            f"<tr><td>{escape(a.transcript_id)}</td><td>{escape(a.agent_id or '')}</td>"
            f"<td>{_fmt(a.overall)}</td>{cells}</tr>"
        )
    more = len(assessments) - 50
    if more > 0:
        rows.append(f'<tr><td colspan="{3 + len(competencies)}">... and {more} more</td></tr>')
    fails = "".join(
        f"<li>{escape(f.transcript_id or '')} {escape(f.message)}</li>" for f in failures[:20]
    )
    return (
        f'<div class="csskills">{_STYLE}<div><b>{len(assessments)}</b> assessments, '
        f"<b>{len(failures)}</b> failures</div>"
        f"<table><tr><th>transcript</th><th>agent</th><th>overall</th>{header}</tr>"
        f"{''.join(rows)}</table>"
        + (f"<div>Failures:</div><ul>{fails}</ul>" if fails else "")
        + "</div>"
    )
