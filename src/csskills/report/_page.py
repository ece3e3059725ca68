"""The self-contained HTML report: one file, no script, no network, safe on untrusted text.

It is opened on locked-down laptops and mailed around, so: styles and charts are inline, the
page has no JavaScript at all and a Content-Security-Policy that forbids any (defence in depth
behind escaping), every string that comes from the data goes through :func:`html.escape`, and
customer PII is masked by default (length-preserving, so evidence offsets stay valid).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from html import escape
from pathlib import Path
from typing import Any

from csskills._assessment import Assessment
from csskills._transcript import Transcript
from csskills.aggregate import TeamProfiles
from csskills.competencies import COMPETENCIES, COMPETENCY_IDS
from csskills.exceptions import UnknownCompetencyError
from csskills.redact import redact as _redact_text
from csskills.report._svg import LABEL_COLOURS, LABEL_MARKS, competency_chart, heatmap, trend_chart
from csskills.report._views import (
    NOT_ENOUGH,
    AgentView,
    Cell,
    Example,
    ReportData,
    build_report_data,
)

__all__ = ["render_html", "write_html"]

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;
background:#fafafa;line-height:1.45}
header,main{max-width:1320px;margin:0 auto;padding:0 20px}
header{padding-top:18px}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.3rem;margin-top:1.6em;border-bottom:2px solid #ddd}
h3{font-size:1.05rem;margin-bottom:.3em}
section.agent,section#overview,section#conversations{background:#fff;border:1px solid #e0e0e0;
border-radius:6px;padding:8px 18px 16px;margin:18px 0}
.meta{color:#555;font-size:.9rem}
svg text{font-size:12px;fill:#1a1a1a;font-family:inherit}
svg text.row{text-anchor:end}svg text.col{text-anchor:start}
svg.heatmap g.cell text{text-anchor:middle;font-weight:600}
svg text.small{font-size:10px;text-anchor:middle;fill:#333}
svg g.cell text.small{font-weight:400}
svg line.grid{stroke:#e5e5e5}svg line.team{stroke:#1a1a1a;stroke-width:2}
svg text.nee-text{fill:#555;font-style:italic}
.chart-wrap{overflow-x:auto}
table{border-collapse:collapse;font-size:.88rem;margin:8px 0}
th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
.legend span{display:inline-block;margin-right:14px;font-size:.88rem}
.swatch{display:inline-block;width:14px;height:14px;vertical-align:middle;margin-right:4px;
border:1px solid #999}
.lbl{font-weight:600}
mark{background:#ffe08a;color:#000;padding:0 1px;border-bottom:2px solid #b58900}
mark.negative{background:#ffd0b5;border-bottom-color:#D55E00}
blockquote{margin:6px 0 12px;padding:6px 10px;border-left:4px solid #0072B2;background:#f5f8fb}
blockquote.negative{border-left-color:#D55E00;background:#fdf6f2}
.turn{margin:4px 0;padding:4px 8px;border-radius:4px;white-space:pre-wrap;word-wrap:break-word}
.turn.agent{background:#eef5fb}.turn.customer{background:#f6f6f6}
.turn.bot,.turn.system{background:#f3f0f8}
.turn .who{font-weight:600;font-size:.82rem;color:#444;margin-right:6px}
.turn.hit{outline:2px solid #b58900}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
.notice{background:#fff8e1;border:1px solid #f0d36b;padding:6px 10px;border-radius:4px;
font-size:.9rem}
"""


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _names() -> dict[str, str]:
    return {cid: COMPETENCIES[cid].name for cid in COMPETENCY_IDS}


class _Page:
    """State of one rendering: the anchors, the text filter and the collected output."""

    def __init__(self, data: ReportData, *, redact: bool, targets: Mapping[str, float]) -> None:
        self.data = data
        self.redacting = redact
        self.targets = dict(targets)
        self.names = _names()
        self.agent_anchor = {a.agent_id: f"agent-{i}" for i, a in enumerate(data.agents)}
        cited = sorted({ex.transcript_id for a in data.agents for ex in a.examples})
        self.conv_anchor = {tid: f"conv-{i}" for i, tid in enumerate(cited)}
        self.out: list[str] = []

    # Every string from the data goes through one of these two.
    def text(self, value: str) -> str:
        """Untrusted text, redacted (when on) then escaped."""
        return escape(_redact_text(value) if self.redacting else value, quote=True)

    def plain(self, value: str) -> str:
        """Untrusted text that is not customer data (agent ids), escaped."""
        return escape(value, quote=True)

    def w(self, *parts: str) -> None:
        self.out.extend(parts)


def _legend() -> str:
    from csskills.report._svg import colour

    swatches = "".join(
        f'<span><i class="swatch" style="background:{colour(v)[0]}"></i>{v}</span>'
        for v in (0, 25, 50, 75, 100)
    )
    labels = "".join(
        f'<span><b style="color:{LABEL_COLOURS[k]}">{escape(LABEL_MARKS[k])}</b> {escape(k)}</span>'
        for k in ("strength", "typical", "weakness", NOT_ENOUGH)
    )
    return f'<p class="legend">Scale (0-100): {swatches}</p><p class="legend">{labels}</p>'


def _overview(page: _Page) -> None:
    data = page.data
    cols = [("overall", "Overall"), *page.names.items()]
    page.w(
        '<section id="overview"><h2>Team overview</h2>',
        '<p class="meta">Estimate per agent and competency on the 0-100 scale. Hatched cells: '
        "not enough evidence to say (too few conversations gave the agent the opportunity); "
        "they are neither strong nor weak. Hover a cell for the interval and n.</p>",
        _legend(),
        '<div class="chart-wrap">',
        heatmap(data.agents, cols, anchors=page.agent_anchor),
        "</div>",
        "<details><summary>The same figures as a table</summary>",
        '<table class="heat-table"><thead><tr><th scope="col">Agent</th>',
        *(f'<th scope="col">{escape(name)}</th>' for _, name in cols),
        "</tr></thead><tbody>",
    )
    for agent in data.agents:
        page.w(f'<tr><th scope="row">{page.plain(agent.agent_id)}</th>')
        for cid, _ in cols:
            cell = agent.overall if cid == "overall" else agent.cells.get(cid)
            if cell is None or cell.estimate is None or cell.label == NOT_ENOUGH:
                n = cell.n if cell is not None else 0
                page.w(f'<td class="nee">not enough evidence (n={n})</td>')
            else:
                page.w(f'<td class="num">{_fmt(cell.estimate)} ({escape(cell.label)}, '
                       f"n={cell.n})</td>")
        page.w("</tr>")
    page.w("</tbody></table></details></section>")


def _cell_table(page: _Page, agent: AgentView) -> str:
    rows = [
        "<details><summary>Table of these figures</summary><table><thead><tr>"
        '<th scope="col">Competency</th><th scope="col">Estimate</th>'
        '<th scope="col">90% interval</th><th scope="col">n</th><th scope="col">Team mean</th>'
        '<th scope="col">Label</th></tr></thead><tbody>'
    ]
    for cell in (agent.overall, *agent.cells.values()):
        name = "Overall" if cell.competency == "overall" else page.names.get(cell.competency, "")
        interval = (
            f"{cell.low:.0f}-{cell.high:.0f}"
            if cell.low is not None and cell.high is not None else "–"
        )
        rows.append(
            f'<tr><th scope="row">{escape(name)}</th><td class="num">{_fmt(cell.estimate)}</td>'
            f'<td class="num">{interval}</td><td class="num">{cell.n}</td>'
            f'<td class="num">{_fmt(cell.team_mean)}</td><td>{escape(cell.label)}</td></tr>'
        )
    rows.append("</tbody></table></details>")
    return "".join(rows)


def _claim_list(page: _Page, cells: Sequence[Cell], empty: str) -> str:
    if not cells:
        return f"<p>{escape(empty)}</p>"
    items = []
    for c in cells:
        advice = ""
        if c.label == "weakness" and c.competency in COMPETENCY_IDS:
            advice = " " + COMPETENCIES[c.competency].advice
        items.append(
            f'<li><span class="lbl">{escape(page.names.get(c.competency, c.competency))}</span>: '
            f"{_fmt(c.estimate)} (90% interval {_fmt(c.low)}-{_fmt(c.high)}, n={c.n}; "
            f"team {_fmt(c.team_mean)}).{escape(advice)}</li>"
        )
    return f"<ul>{''.join(items)}</ul>"


def _gaps(page: _Page, agent: AgentView) -> str:
    rows = []
    for cid, cell in agent.cells.items():
        if cell.estimate is None or cell.label == NOT_ENOUGH:
            continue
        target = page.targets.get(cid, cell.team_mean)
        if target is None or cell.estimate >= target:
            continue
        clear = cell.high is not None and cell.high < target
        rows.append((target - cell.estimate, cid, target, clear))
    if not rows:
        basis = "the role targets" if page.targets else "the team mean"
        return f"<p>No competency with enough evidence is below {basis}.</p>"
    rows.sort(reverse=True)
    basis = "target" if page.targets else "team mean"
    body = "".join(
        f'<tr><th scope="row">{escape(page.names.get(cid, cid))}</th>'
        f'<td class="num">{gap:.0f}</td><td class="num">{target:.0f}</td>'
        f"<td>{'yes: the whole interval is below' if clear else 'not clearly (interval overlaps)'}"
        "</td></tr>"
        for gap, cid, target, clear in rows
    )
    return (
        f'<table><thead><tr><th scope="col">Competency</th><th scope="col">Points below</th>'
        f'<th scope="col">{basis.capitalize()}</th><th scope="col">Clear gap?</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def _highlight(page: _Page, text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text`` escaped, with each ``(start, end, polarity)`` span inside ``<mark>``."""
    shown = _redact_text(text) if page.redacting else text
    out, pos = [], 0
    for start, end, polarity in sorted(spans):
        start, end = max(start, pos), min(end, len(shown))
        if start >= end:
            continue
        out.append(escape(shown[pos:start]))
        out.append(f'<mark class="{escape(polarity)}">{escape(shown[start:end])}</mark>')
        pos = end
    out.append(escape(shown[pos:]))
    return "".join(out)


def _example(page: _Page, ex: Example) -> str:
    e = ex.evidence
    transcript = page.data.transcripts.get(ex.transcript_id)
    name = page.names.get(ex.competency, ex.competency)
    anchor = page.conv_anchor.get(ex.transcript_id)
    link = (
        f' <a href="#{anchor}">conversation {page.text(ex.transcript_id)}, turn {e.turn}</a>'
        if anchor else ""
    )
    cls = "negative" if e.polarity == "negative" else "positive"
    if transcript is not None and e.turn < len(transcript.turns):
        turn = transcript.turns[e.turn]
        body = (
            f'<span class="who">{escape(turn.role)}:</span> '
            f"{_highlight(page, turn.text, [(e.start, e.end, cls)])}"
        )
    else:
        body = f"<mark class=\"{cls}\">{page.text(e.text)}</mark>"
    sign = "counts for" if e.polarity == "positive" else (
        "counts against" if e.polarity == "negative" else "context for"
    )
    return (
        f'<blockquote class="{cls}"><div class="meta">{escape(sign)} '
        f"<b>{escape(name)}</b> (rule {page.text(e.rule.split(':')[0])}){link}</div>"
        f"{body}</blockquote>"
    )


def _agent(page: _Page, agent: AgentView) -> None:
    seen = ""
    if agent.first_seen and agent.last_seen:
        seen = f", {agent.first_seen:%Y-%m-%d} to {agent.last_seen:%Y-%m-%d}"
    page.w(
        f'<section class="agent" id="{page.agent_anchor[agent.agent_id]}">',
        f"<h2>Agent {page.plain(agent.agent_id)}</h2>",
        f'<p class="meta">{agent.conversations} conversation(s){seen}. Overall '
        f"{_fmt(agent.overall.estimate)} ({escape(agent.overall.label)}).</p>",
        "<h3>Competencies</h3>",
        '<p class="meta">Dot: estimate; bar: 90% interval; black tick: team mean; n: '
        "conversations that gave the opportunity.</p>",
        f'<div class="chart-wrap">{competency_chart(agent, page.names)}</div>',
        _cell_table(page, agent),
        '<h3>Strengths</h3>',
        _claim_list(page, agent.strengths, "No competency is clearly above the team yet."),
        '<h3>Weaknesses</h3>',
        _claim_list(page, agent.weaknesses, "No competency is clearly below the team."),
        "<h3>Trend</h3>",
    )
    slope = agent.slope_per_month
    if slope is not None:
        page.w(f"<p>Overall score changes by {slope:+.1f} points per month.</p>")
    chart = trend_chart(agent)
    if chart:
        page.w(f'<div class="chart-wrap">{chart}</div>')
    elif slope is None:
        page.w("<p>Not enough dated conversations over time for a trend.</p>")
    page.w("<h3>Gaps</h3>", _gaps(page, agent), "<h3>Example evidence</h3>")
    if agent.examples:
        page.w(*(_example(page, ex) for ex in agent.examples))
    else:
        page.w("<p>No evidence span to show.</p>")
    page.w("</section>")


def _conversation(page: _Page, tid: str, anchor: str) -> None:
    cited = [ex for agent in page.data.agents for ex in agent.examples if ex.transcript_id == tid]
    spans: dict[int, list[tuple[int, int, str]]] = {}
    for ex in cited:
        cls = "negative" if ex.evidence.polarity == "negative" else "positive"
        spans.setdefault(ex.evidence.turn, []).append((ex.evidence.start, ex.evidence.end, cls))
    assessment = page.data.assessments.get(tid)
    transcript = page.data.transcripts.get(tid)
    who = when = ""
    if assessment is not None and assessment.agent_id:
        who = f" with agent {page.plain(assessment.agent_id)}"
    if assessment is not None and assessment.started_at:
        when = f", {assessment.started_at:%Y-%m-%d %H:%M}"
    page.w(
        f'<article class="conversation" id="{anchor}"><h3>Conversation {page.text(tid)}</h3>',
        f'<p class="meta">{escape(assessment.channel or "") if assessment else ""}{who}{when}'
        f"; overall {_fmt(assessment.overall if assessment else None)}</p>",
    )
    if transcript is None:
        page.w("<p>The transcript was not given to the report (pass the transcripts to show the "
               "whole conversation); the evidence spans:</p><ul>")
        for ex in sorted(cited, key=lambda x: (x.evidence.turn, x.evidence.start)):
            page.w(f"<li>turn {ex.evidence.turn}: <mark>{page.text(ex.evidence.text)}</mark></li>")
        page.w("</ul>")
    else:
        for i, turn in enumerate(transcript.turns):
            hit = " hit" if i in spans else ""
            page.w(
                f'<div class="turn {escape(turn.role)}{hit}"><span class="who">'
                f"{i} {escape(turn.role)}:</span> {_highlight(page, turn.text, spans.get(i, []))}"
                "</div>"
            )
    page.w("</article>")


def render_html(
    assessments: Sequence[Assessment],
    *,
    transcripts: Sequence[Transcript] | Mapping[str, Transcript] | None = None,
    profiles: TeamProfiles | None = None,
    redact: bool = True,
    targets: Mapping[str, float] | None = None,
    title: str = "csskills report",
    examples_per_claim: int = 2,
    now: Callable[[], datetime] | None = None,
) -> str:
    """The report as one self-contained HTML string.

    ``transcripts`` (optional) lets the report show whole conversations with the evidence turn
    highlighted; ``profiles`` defaults to ``csskills.build_profiles(assessments)``;
    ``redact=False`` shows customer e-mails, phone and card numbers as they are (only for a
    trusted audience); ``targets`` (competency -> 0-100) turns "gaps to the team mean" into gaps
    to a role's targets.
    """
    unknown = sorted(set(targets or {}) - set(COMPETENCY_IDS))
    if unknown:
        raise UnknownCompetencyError(f"targets: unknown competency {', '.join(unknown)}")
    data = build_report_data(
        assessments, transcripts=transcripts, profiles=profiles,
        examples_per_claim=examples_per_claim,
    )
    page = _Page(data, redact=redact, targets=targets or {})
    stamp = (now or (lambda: datetime.now(timezone.utc)))()
    source = (
        "Estimates are agent profiles (shrunk towards the rest of the team, 90% intervals)."
    )
    page.w(
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="meta">{data.conversations} conversation(s), {len(data.agents)} agent(s); '
        f"generated {stamp:%Y-%m-%d %H:%M} UTC. {escape(source)}</p>",
    )
    if redact:
        page.w('<p class="notice">Customer e-mail addresses, phone numbers and card numbers '
               "in the conversations are masked.</p>")
    else:
        page.w('<p class="notice">Unredacted: this report shows customer contact details as '
               "they appear in the conversations. Share it only with people allowed to see them."
               "</p>")
    page.w('<nav><p>Agents: ', ", ".join(
        f'<a href="#{page.agent_anchor[a.agent_id]}">{page.plain(a.agent_id)}</a>'
        for a in data.agents
    ), ' · <a href="#conversations">Conversations</a></p></nav></header><main>')
    _overview(page)
    for agent in data.agents:
        _agent(page, agent)
    page.w('<section id="conversations"><h2>Conversations behind the claims</h2>')
    if not page.conv_anchor:
        page.w("<p>No evidence was cited.</p>")
    for tid, anchor in page.conv_anchor.items():
        _conversation(page, tid, anchor)
    page.w("</section></main></body></html>\n")
    return "".join(page.out)


def write_html(path: str | Path, assessments: Sequence[Assessment], **options: Any) -> Path:
    """Write :func:`render_html` to ``path`` atomically (a ``.partial`` file renamed at the end)."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(render_html(assessments, **options), encoding="utf-8")
    partial.replace(target)
    return target
