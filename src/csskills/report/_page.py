"""The self-contained HTML report: one file, no script, no network, safe on untrusted text.

It is opened on locked-down laptops and phones and mailed around, so: styles and charts are
inline, the page has no JavaScript at all and a Content-Security-Policy that forbids any
(defence in depth behind escaping), every string that comes from the data goes through
:func:`html.escape`, and customer PII is masked by default (length-preserving, so evidence
offsets stay valid).

What would need a script elsewhere is done with CSS: the list of every conversation comes
pre-sorted in several orders, one shown at a time by radio buttons; the team heatmap is an HTML
table that turns into one card per agent on narrow screens; every figure a tooltip gives is
also written in the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from csskills._assessment import Assessment, CompetencyScore, Evidence
from csskills._transcript import Transcript
from csskills.aggregate import Commitment, RoleTarget, TargetLevel, TeamProfiles
from csskills.competencies import COMPETENCIES, COMPETENCY_IDS
from csskills.exceptions import UnknownCompetencyError
from csskills.io import atomic_write
from csskills.redact import redact as _redact_text
from csskills.report._svg import colour, competency_chart, trend_chart
from csskills.report._views import (
    AgentView,
    Cell,
    ConversationView,
    Example,
    ReportData,
    build_report_data,
    worst_first,
)
from csskills.report._wording import (
    GAP_CLEAR,
    GAP_MET,
    GAP_UNCLEAR,
    LABEL_COLOURS,
    LABEL_MARKS,
    LABEL_MEANING,
    NO_AGENT,
    NOT_ENOUGH,
    STATUS_MARKS,
    STATUS_MEANING,
    UNCERTAIN,
    UNCERTAIN_WIDTH,
    fmt_interval,
    fmt_score,
    label_text,
    status_text,
    team_gap_verdict,
)

__all__ = ["render_html", "write_html"]

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)

#: Scores below this list their evidence against first.
_LOW = 50.0
#: Evidence items listed per competency in a scorecard (all are highlighted in the text).
_EVIDENCE_SHOWN = 6
_CLIP = 160

_ORDERS = (
    ("overall", "Worst overall first",
     "Ordered by overall score (the agent's quality), worst first; conversations without an "
     "overall score come last."),
    ("satisfaction", "Lowest satisfaction first",
     "Ordered by predicted customer satisfaction, lowest first; conversations without a "
     "satisfaction prediction come last."),
    ("agent", "By agent",
     f"Grouped by agent (A to Z, then conversations with {NO_AGENT}); worst overall first "
     "within each agent."),
    ("date", "By date, newest first",
     "Ordered by start time, newest first; conversations without a start time come last."),
)

#: Short column heads of the conversation list (the full name is the abbreviation's title).
_SHORT = {
    "patience": "Patience",
    "reading_between_the_lines": "Reading b/w lines",
    "product_knowledge": "Product knowl.",
    "clarity": "Clarity",
    "empathy": "Empathy",
    "time_management": "Time mgmt",
    "positive_language": "Positive lang.",
    "reliability": "Reliab\u00adility",
    "flexibility": "Flexi\u00adbility",
    "continuous_improvement": "Contin. impr.",
}

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1a1a1a;
background:#fafafa;line-height:1.45}
header,main{max-width:1320px;margin:0 auto;padding:0 16px}
header{padding-top:18px}
h1{font-size:1.6rem;margin:.2em 0}h2{font-size:1.3rem;margin-top:1.2em;border-bottom:2px solid #ddd}
h3{font-size:1.05rem;margin-bottom:.3em}h4{font-size:.95rem;margin:.9em 0 .3em}
main>section,article.scorecard{background:#fff;border:1px solid #e0e0e0;border-radius:6px;
padding:8px 16px 14px;margin:18px 0}
article.scorecard{margin:14px 0;border-color:#cfcfcf}
.meta{color:#555;font-size:.9rem}
nav a{white-space:nowrap}
svg{max-width:100%;height:auto}
svg text{font-size:12px;fill:#1a1a1a;font-family:inherit}
svg text.row{text-anchor:end}svg text.small{font-size:10px;text-anchor:middle;fill:#333}
svg line.grid{stroke:#e5e5e5}svg line.team{stroke:#1a1a1a;stroke-width:2}
svg text.nee-text{fill:#555;font-style:italic}
table{border-collapse:collapse;font-size:.88rem;margin:8px 0}
caption{text-align:left;font-size:.88rem;color:#333;padding:2px 0 6px;caption-side:top}
th,td{border:1px solid #ddd;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f2f2f2}td.num{text-align:right;font-variant-numeric:tabular-nums}
td.na{color:#555;font-style:italic;text-align:right}
table.scores{width:100%}table.scores td.na,table.scores td.num{text-align:left;width:14em}
table.scores td.na small{display:block}
.legend{font-size:.88rem}.legend span{display:inline-block;margin-right:14px}
.swatch{display:inline-block;width:14px;height:14px;vertical-align:middle;margin-right:4px;
border:1px solid #999}
.lbl{font-weight:600}
.wrap{overflow-x:auto;max-width:100%;
background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)),
linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) 100% 0,
radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.25),rgba(0,0,0,0)),
radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.25),rgba(0,0,0,0)) 100% 0;
background-repeat:no-repeat;background-size:40px 100%,40px 100%,14px 100%,14px 100%;
background-attachment:local,local,scroll,scroll}
.scroll-cue{display:none;font-size:.85rem;font-weight:600;color:#333;margin:4px 0}
table.heatmap{width:100%;table-layout:fixed}
table.heatmap th[scope=col]{font-size:.8rem;vertical-align:bottom;hyphens:manual}
table.heatmap th[scope=row]{width:9.5em;word-break:break-word}
table.heatmap td{text-align:center;padding:4px 2px;-webkit-print-color-adjust:exact;
print-color-adjust:exact}
table.heatmap td b{font-size:1rem}
table.heatmap td small{display:block;font-size:.72rem;line-height:1.2}
table.heatmap td.uncertain{background:#f3f3f3;color:#1a1a1a;outline:2px dashed #8a8a8a;
outline-offset:-4px}
table.heatmap td.nee{background:repeating-linear-gradient(45deg,#eee 0 4px,#dadada 4px 8px);
color:#444;font-style:italic}
.orders>input{position:absolute;opacity:0;width:1px;height:1px;margin:0}
.orders>label{display:inline-block;padding:4px 10px;margin:0 4px 6px 0;border:1px solid #999;
border-radius:4px;background:#f2f2f2;cursor:pointer;font-size:.9rem}
.orders>input:checked+label{background:#1a1a1a;color:#fff;font-weight:700}
.orders>input:checked+label::before{content:"✓ "}
.orders>input:focus-visible+label{outline:3px solid #0072B2;outline-offset:2px}
.order-view{display:none}
#order-overall:checked~#view-overall,#order-satisfaction:checked~#view-satisfaction,
#order-agent:checked~#view-agent,#order-date:checked~#view-date{display:block}
table.convs{font-size:.84rem}table.convs caption{font-weight:700;font-size:.92rem}
table.convs th[scope=col]{font-size:.78rem;vertical-align:bottom}
table.convs td{white-space:nowrap}table.convs td:last-child{white-space:normal;min-width:6em}
table.convs th,table.convs td{padding:3px 5px}
abbr{text-decoration:none}
table.convs th[scope=row]{position:sticky;left:0;z-index:1;background:#fff;white-space:nowrap}
table.convs tr.group th{background:#e8eef4;font-size:.9rem}
mark{background:#ffe08a;color:#000;padding:0;border-bottom:2px solid #b58900}
mark.negative{background:#ffd0b5;border-bottom:3px double #D55E00}
mark.context{background:#e8e8e8;border-bottom:2px dotted #555}
.sign{font-weight:700;white-space:nowrap}
ul.ev{margin:0;padding-left:1.1em}ul.ev li{margin:1px 0}
li.negative .sign{color:#a33d00}li.positive .sign{color:#00674b}li.context .sign{color:#555}
.rule{color:#666}
blockquote{margin:6px 0 12px;padding:6px 10px;border-left:4px solid #0072B2;background:#f5f8fb}
blockquote.negative{border-left:4px double #D55E00;background:#fdf6f2}
.turn{margin:4px 0;padding:4px 8px;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere}
.turn.agent{background:#eef5fb}.turn.customer{background:#f6f6f6}
.turn.bot,.turn.system{background:#f3f0f8}
.turn .who{font-weight:600;font-size:.82rem;color:#444;margin-right:6px}
.turn.hit{outline:2px solid #b58900}
.turn:target,article.scorecard:target{box-shadow:0 0 0 3px #0072B2}
.headline span{display:inline-block;margin-right:18px}.headline b{font-size:1.2rem}
.status-broken{font-weight:700}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
.notice{background:#fff8e1;border:1px solid #f0d36b;padding:6px 10px;border-radius:4px;
font-size:.9rem}
@media (max-width:900px){.scroll-cue{display:block}}
@media (max-width:700px){
header,main{padding:0 8px}main>section,article.scorecard{padding:6px 8px 10px}
table.heatmap,table.heatmap tbody,table.heatmap tr,table.heatmap th,table.heatmap td{
display:block;width:auto}
table.heatmap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.heatmap caption{display:block}
table.heatmap tr{margin:0 0 10px;border:1px solid #bbb}
table.heatmap th[scope=row]{width:auto;font-size:1rem}
table.heatmap td{display:flex;align-items:baseline;gap:6px;text-align:left;padding:4px 8px}
table.heatmap td::before{content:attr(data-label);flex:0 0 45%;font-weight:600;font-style:normal}
table.heatmap td>span{flex:1 1 auto}
table.heatmap td small{display:inline}
table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;
width:auto}
table.stack caption{display:block}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{border:1px solid #bbb;margin:0 0 8px}
table.stack th,table.stack td{border:0;text-align:left}
table.stack td{display:inline-block;padding:2px 8px;width:auto}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;
font-style:normal;color:#333}
}
@media print{
body{background:#fff}.orders>label,.scroll-cue{display:none}
.wrap{overflow:visible;background:none}
article.scorecard{break-inside:avoid-page}
a{color:inherit}
}
"""


def _names() -> dict[str, str]:
    return {cid: COMPETENCIES[cid].name for cid in COMPETENCY_IDS}


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc) if moment.tzinfo else moment


def _clip(text: str) -> str:
    return text if len(text) <= _CLIP else text[: _CLIP - 1].rstrip() + "…"


def _sign(polarity: str) -> str:
    return {"negative": "− against", "positive": "+ for"}.get(polarity, "○ context")


def _table(
    heads: Sequence[str],
    rows: Iterable[Sequence[tuple[str, str]]],
    *,
    caption: str = "",
) -> str:
    """A data table: ``heads`` are plain text, each row's cells ``(html, css class)`` and its
    first cell the row's header. On narrow screens every row becomes a card whose cells say
    their column (``data-label``), so nothing is cut off or hidden behind a scroll."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in heads)
    body = []
    for row in rows:
        (first, _), *rest = row
        cells = "".join(
            f'<td class="{c}" data-label="{escape(h, quote=True)}">{html_}</td>' if c
            else f'<td data-label="{escape(h, quote=True)}">{html_}</td>'
            for (html_, c), h in zip(rest, heads[1:], strict=True)
        )
        body.append(f'<tr><th scope="row">{first}</th>{cells}</tr>')
    cap = f"<caption>{caption}</caption>" if caption else ""
    return (f'<table class="stack">{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    polarity: str
    note: str


class _Page:
    """State of one rendering: the anchors, the text filter and the collected output."""

    def __init__(self, data: ReportData, *, redact: bool) -> None:
        self.data = data
        self.redacting = redact
        self.names = _names()
        self.agent_anchor = {a.agent_id: f"agent-{i}" for i, a in enumerate(data.agents)}
        self.by_key = data.by_key
        self.out: list[str] = []

    # Every string from the data goes through one of these two.
    def text(self, value: str) -> str:
        """Untrusted text, redacted (when on) then escaped."""
        return escape(_redact_text(value) if self.redacting else value, quote=True)

    def span(self, conv: ConversationView | None, e: Evidence, clip: bool = False) -> str:
        """An evidence span's text, masked in the context of its whole turn, escaped."""
        if conv is None:
            shown = _redact_text(e.text) if self.redacting else e.text
        else:
            shown = conv.span(e, redacting=self.redacting)
        return escape(_clip(shown) if clip else shown, quote=True)

    def plain(self, value: str) -> str:
        """Untrusted text that is not customer data (agent ids), escaped."""
        return escape(value, quote=True)

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    def name(self, competency: str) -> str:
        if competency == "overall":
            return "Overall"
        return self.names.get(competency, competency)

    def agent(self, agent_id: str | None) -> str:
        """The agent as a link to its section; unattributed conversations say so."""
        if agent_id is None:
            return f'<a href="#no-agent"><i>{NO_AGENT}</i></a>'
        anchor = self.agent_anchor.get(agent_id)
        if anchor is None:  # not in the profiles given
            return self.plain(agent_id)
        return f'<a href="#{anchor}">{self.plain(agent_id)}</a>'

    def conversation(self, key: str, turn: int | None = None, text: str | None = None) -> str:
        """A link to a conversation's scorecard (and turn), or the plain id if it is not here."""
        conv = self.by_key.get(key)
        shown = self.text(text if text is not None else (conv.label if conv else key))
        if conv is None:
            return shown
        target = conv.anchor if turn is None else f"{conv.anchor}-t{turn}"
        return f'<a href="#{target}">{shown}</a>'


# -- team overview ------------------------------------------------------------------------------


def _legend() -> str:
    swatches = "".join(
        f'<span><i class="swatch" style="background:{colour(v)[0]}"></i>{v}</span>'
        for v in (0, 25, 50, 75, 100)
    )
    labels = "".join(
        f'<span><b style="color:{LABEL_COLOURS[k]}">{escape(LABEL_MARKS[k])}</b> {escape(k)}: '
        f"{escape(LABEL_MEANING[k])}</span><br>"
        for k in ("strength", "typical", "weakness", NOT_ENOUGH)
    )
    return (
        f'<p class="legend">Colour scale (0-100, viridis, readable in greyscale): {swatches}'
        f'<span><i class="swatch" style="background:#f3f3f3;border:2px dashed #8a8a8a"></i>'
        f"{UNCERTAIN}: the 90% interval is wider than {UNCERTAIN_WIDTH:.0f} points, so the cell "
        "is not coloured by its estimate</span>"
        '<span><i class="swatch" style="background:repeating-linear-gradient(45deg,#eee 0 3px,'
        f'#dadada 3px 6px)"></i>hatched: {NOT_ENOUGH}</span></p>'
        f'<p class="legend">Labels, from each agent\'s profile:<br>{labels}'
        "For continuous improvement the comparison is 50 (no change over time), not the team.</p>"
    )


def _hyphenated(name: str) -> str:
    """Long words of a column head with soft hyphens, so narrow columns break them well."""
    for word, split in (("management", "manage\u00adment"), ("improvement", "improve\u00adment"),
                        ("knowledge", "know\u00adledge"), ("creativity", "creat\u00adivity")):
        name = name.replace(word, split)
    return name


def _heat_cell(page: _Page, cell: Cell | None, agent_id: str, column: str) -> str:
    """One heatmap cell: every figure its tooltip gives is also written in it."""
    label = escape(column, quote=True)
    if cell is None or not cell.enough:
        n = cell.n if cell is not None else 0
        title = f"{agent_id}, {column}: {NOT_ENOUGH} ({n} scored conversation(s))"
        return (
            f'<td class="nee" data-label="{label}" title="{page.plain(title)}"><span>'
            f"{NOT_ENOUGH} <small>n={n}</small></span></td>"
        )
    assert cell.estimate is not None
    interval = fmt_interval(cell.low, cell.high)
    mark = LABEL_MARKS.get(cell.label, "")
    team = f", rest of the team {cell.team_mean:.0f}" if cell.team_mean is not None else ""
    title = (f"{agent_id}, {column}: {cell.estimate:.0f}, 90% interval {interval}, "
             f"n={cell.n}, {cell.label}{team}")
    extra = f" · {UNCERTAIN}" if cell.uncertain else ""
    body = (f"<span><b>{cell.estimate:.0f}</b> {escape(mark)} {escape(cell.label)} "
            f"<small>{interval} · n={cell.n}{extra}</small></span>")
    if cell.uncertain:
        return (f'<td class="uncertain" data-label="{label}" title="{page.plain(title)}">'
                f"{body}</td>")
    fill, ink = colour(cell.estimate)
    return (
        f'<td style="background:{fill};color:{ink}" data-label="{label}" '
        f'title="{page.plain(title)}">{body}</td>'
    )


def _overview(page: _Page) -> None:
    data = page.data
    cols = [("overall", "Overall"), *page.names.items()]
    page.w(
        '<section id="overview"><h2>Team overview</h2>',
        '<p class="meta">Each agent\'s profile per competency on the 0-100 scale: the estimate '
        "(shrunk towards the rest of the team), its label, the 90% interval and n, the number "
        "of conversations that gave the opportunity. Agents link to their section.</p>",
        _legend(),
        '<p class="scroll-cue">On a narrow screen each agent is a card; '
        "scroll down for every agent.</p>",
        '<table class="heatmap"><caption>Agents (rows) by competency (columns)</caption>'
        '<thead><tr><th scope="col">Agent</th>',
        *(f'<th scope="col">{_hyphenated(escape(name))}</th>' for _, name in cols),
        "</tr></thead><tbody>",
    )
    for agent in data.agents:
        page.w(f'<tr><th scope="row">{page.agent(agent.agent_id)}</th>')
        for cid, name in cols:
            cell = agent.overall if cid == "overall" else agent.cells.get(cid)
            page.w(_heat_cell(page, cell, agent.agent_id, name))
        page.w("</tr>")
    page.w("</tbody></table>")
    if not data.agents:
        page.w("<p>No conversation has an agent id: there is no profile to show.</p>")
    if data.unattributed:
        page.w(
            f'<p class="notice">{len(data.unattributed)} conversation(s) have {NO_AGENT}: they '
            'are in no profile above, and are listed under <a href="#no-agent">'
            f"{NO_AGENT}</a> and in every order of the conversation list.</p>"
        )
    if data.role is not None:
        _team_gaps(page)
    page.w("</section>")


def _team_gaps(page: _Page) -> None:
    role = page.data.role
    assert role is not None
    page.w(
        f"<h3>What to train first: role {page.plain(role.name)}</h3>",
        '<p class="meta">Per competency, the agents whose whole 90% interval is below the '
        "role's target, and the priority (weight x points below, summed over them).</p>",
        _table(
            ("Competency", "Target", "Agents with a clear gap", "Who", "Priority"),
            (
                (
                    (escape(page.name(t.competency)), ""),
                    (f"{t.target:.0f}", "num"),
                    (f"{t.agents_with_gap} of {t.agents_assessed}", "num"),
                    (", ".join(page.agent(a) for a in t.agents) or "–", ""),
                    (f"{t.total_priority:.0f}", "num"),
                )
                for t in page.data.team_gaps
            ),
        ),
    )


# -- every conversation -------------------------------------------------------------------------


def _promise_counts(a: Assessment) -> str:
    counts = Counter(p.status for p in a.promises)
    if not counts:
        return "–"
    return " · ".join(
        f"{STATUS_MARKS[s]} {counts[s]} {s}" for s in ("broken", "open", "kept") if counts[s]
    )


def _score_td(page: _Page, score: CompetencyScore | None, what: str) -> str:
    if score is None:
        return f'<td class="na" title="{escape(what)}: not scored">N/A</td>'
    if score.value is None:
        reason = score.reason or "no opportunity in this conversation"
        return f'<td class="na" title="{page.text(f"{what}: {reason}")}">N/A</td>'
    return f'<td class="num">{score.value:.0f}</td>'


def _conversation_row(page: _Page, conv: ConversationView) -> str:
    a = conv.assessment
    when = (f"{_utc(a.started_at):%Y-%m-%d}<br><small>{_utc(a.started_at):%H:%M}</small>"
            if a.started_at else "–")
    overall = (
        f'<td class="num"><b>{a.overall:.0f}</b></td>' if a.overall is not None
        else '<td class="na" title="no competency was scored">N/A</td>'
    )
    satisfaction = (
        f'<td class="num">{a.satisfaction:.0f}</td>' if a.satisfaction is not None
        else '<td class="na" title="no signal from the customer">N/A</td>'
    )
    cells = "".join(_score_td(page, a.scores.get(cid), page.name(cid)) for cid in COMPETENCY_IDS)
    channel = f"<br><small>{escape(a.channel)}</small>" if a.channel else ""
    return (
        f'<tr><th scope="row">{page.conversation(conv.key)}{channel}</th>'
        f"<td>{page.agent(conv.agent_id)}</td><td>{when}</td>{overall}{satisfaction}{cells}"
        f"<td>{_promise_counts(a)}</td></tr>"
    )


def _conversation_table(
    page: _Page, order: str, groups: Iterable[tuple[str, list[ConversationView]]]
) -> str:
    heads = [
        *(escape(h) for h in ("Conversation", "Agent", "Start (UTC)", "Overall",
                              "Customer satis\u00adfaction")),
        *(f'<abbr title="{escape(page.name(cid))}">{escape(_SHORT.get(cid, cid))}</abbr>'
          for cid in COMPETENCY_IDS),
        "Promises",
    ]
    head = "".join(f'<th scope="col">{h}</th>' for h in heads)
    rows: list[str] = []
    for group, items in groups:
        if group:
            rows.append(f'<tbody><tr class="group"><th scope="rowgroup" colspan="{len(heads)}">'
                        f"{group}</th></tr>")
        else:
            rows.append("<tbody>")
        rows.extend(_conversation_row(page, c) for c in items)
        rows.append("</tbody>")
    return (
        f'<div class="wrap" role="region" tabindex="0" aria-label="{escape(order)}">'
        f'<table class="convs"><caption>{escape(order)}</caption><thead><tr>{head}</tr></thead>'
        f"{''.join(rows)}</table></div>"
    )


def _ordered(page: _Page, order: str) -> list[tuple[str, list[ConversationView]]]:
    convs = page.data.conversations
    if order == "overall":
        return [("", worst_first(convs))]
    if order == "satisfaction":
        return [("", sorted(convs, key=lambda c: (c.assessment.satisfaction is None,
                                                  c.assessment.satisfaction or 0.0, c.key)))]
    if order == "date":
        dated = sorted((c for c in convs if c.assessment.started_at is not None),
                       key=lambda c: (_utc(c.assessment.started_at or datetime.min), c.key),
                       reverse=True)
        return [("", dated + [c for c in convs if c.assessment.started_at is None])]
    groups = []
    for agent in page.data.agents:
        items = [page.by_key[k] for k in agent.conversation_keys if k in page.by_key]
        head = (f"{page.agent(agent.agent_id)}: {len(items)} conversation(s), overall "
                f"{fmt_score(agent.overall.estimate)} ({escape(agent.overall.label)})")
        groups.append((head, items))
    listed = {k for a in page.data.agents for k in a.conversation_keys}
    rest = [c for c in convs if c.key not in listed and c.agent_id is not None]
    if rest:  # agents missing from profiles that were passed in
        groups.append(("agents without a profile", worst_first(rest)))
    if page.data.unattributed:
        groups.append((f"<i>{NO_AGENT}</i>: {len(page.data.unattributed)} conversation(s), in "
                       "no profile", worst_first(page.data.unattributed)))
    return groups


def _conversation_list(page: _Page) -> None:
    n = len(page.data.conversations)
    page.w(
        f'<section id="conversations"><h2>Every conversation ({n})</h2>',
        '<p class="meta">One row per conversation; the id opens its scorecard (the ten scores, '
        "the evidence in the text, the promises and what became of them). N/A: the conversation "
        "gave no opportunity to show the competency; the reason is in the cell's tooltip and in "
        "the scorecard. Choose the order:</p>",
        '<div class="orders">',
    )
    for i, (key, label, _) in enumerate(_ORDERS):
        checked = " checked" if i == 0 else ""
        page.w(f'<input type="radio" name="order" id="order-{key}"{checked}>'
               f'<label for="order-{key}">{escape(label)}</label>')
    for key, _, note in _ORDERS:
        page.w(
            f'<div class="order-view" id="view-{key}">',
            '<p class="scroll-cue">◀ ▶ The table is wider than the screen: scroll it sideways '
            f"for all {6 + len(COMPETENCY_IDS)} columns.</p>",
            _conversation_table(page, note, _ordered(page, key)),
            "</div>",
        )
    page.w("</div></section>")


# -- agents -------------------------------------------------------------------------------------


def _cell_table(page: _Page, agent: AgentView) -> str:
    rows = []
    for cell in (agent.overall, *agent.cells.values()):
        label = f"{LABEL_MARKS.get(cell.label, '')} {label_text(cell.label, cell.low, cell.high)}"
        rows.append((
            (escape(page.name(cell.competency)), ""),
            (fmt_score(cell.estimate), "num"),
            (fmt_interval(cell.low, cell.high), "num"),
            (str(cell.n), "num"),
            (_basis(cell), "num"),
            (escape(label), ""),
        ))
    return _table(
        ("Competency", "Estimate", "90% interval", "n", "Compared with", "Label"), rows,
        caption=f"The figures of the chart for {page.plain(agent.agent_id)}",
    )


def _basis(cell: Cell) -> str:
    """What a label compares the estimate with: the rest of the team (50: no change for
    continuous improvement, whose estimate is the trend)."""
    if cell.team_mean is None:
        return "–"
    if cell.competency == "continuous_improvement":
        return f"{cell.team_mean:.0f} (no change)"
    return f"{cell.team_mean:.0f} (rest of the team)"


def _claim_list(page: _Page, cells: Sequence[Cell], empty: str) -> str:
    if not cells:
        return f"<p>{escape(empty)}</p>"
    items = []
    for c in cells:
        advice = ""
        if c.label == "weakness" and c.competency in COMPETENCY_IDS:
            advice = " " + COMPETENCIES[c.competency].advice
        items.append(
            f'<li><span class="lbl">{LABEL_MARKS[c.label]} {escape(page.name(c.competency))}'
            f"</span>: {fmt_score(c.estimate)} (90% interval {fmt_interval(c.low, c.high)}, "
            f"n={c.n}; compared with {_basis(c)}).{escape(advice)}</li>"
        )
    return f"<ul>{''.join(items)}</ul>"


def _gap_row(page: _Page, cell: Cell, basis: float, verdict: str) -> tuple[tuple[str, str], ...]:
    assert cell.estimate is not None
    return (
        (escape(page.name(cell.competency)), ""),
        (f"{cell.estimate:.0f} [{fmt_interval(cell.low, cell.high)}]", "num"),
        (f"{basis:.0f}", "num"),
        (f"{basis - cell.estimate:.0f}", "num"),
        (escape(verdict), ""),
    )


def _gaps(page: _Page, agent: AgentView) -> str:
    """Gaps to the role's targets (from ``skill_gaps``) or to the rest of the team (labels)."""
    role = page.data.role
    rows: list[tuple[tuple[str, str], ...]] = []
    tail = ""
    if role is not None and agent.gaps is not None:
        basis = "Target"
        for gap in agent.gaps.gaps:
            rows.append(_gap_row(page, agent.cells[gap.competency], gap.target, GAP_CLEAR))
        for cid in agent.gaps.uncertain:
            level = role.competencies[cid].level  # type: ignore[index]
            rows.append(_gap_row(page, agent.cells[cid], level, GAP_UNCLEAR))
        parts = []
        if agent.gaps.met:
            parts.append(f"{GAP_MET}: " + ", ".join(page.name(c) for c in agent.gaps.met))
        if agent.gaps.not_assessed:
            parts.append(f"{NOT_ENOUGH}: "
                         + ", ".join(page.name(c) for c in agent.gaps.not_assessed))
        tail = "".join(f"<p>{escape(p)}.</p>" for p in parts)
        empty = "No competency with enough evidence is below the role's targets."
        intro = (f"Against the targets of {page.plain(role.name)}: a clear gap is one where the "
                 "whole 90% interval is below the target.")
    else:
        basis = "Compared with"
        below = [c for c in agent.cells.values() if c.enough and c.team_mean is not None
                 and c.estimate is not None and c.estimate < c.team_mean]
        below.sort(key=lambda c: (c.label != "weakness",
                                  (c.estimate or 0.0) - (c.team_mean or 0.0)))
        rows = [_gap_row(page, c, c.team_mean or 0.0, team_gap_verdict(c.label)) for c in below]
        empty = "No competency with enough evidence is below the rest of the team."
        intro = ("Against the rest of the team's mean (50, no change, for continuous "
                 "improvement): a clear gap is a competency labelled weakness, the same list as "
                 "Weaknesses above.")
    if not rows:
        return f"<p>{escape(empty)}</p>{tail}"
    heads = ("Competency", "Estimate [90% interval]", basis, "Points below", "Clear gap?")
    return f'<p class="meta">{intro}</p>{_table(heads, rows)}{tail}'


def _commitments(page: _Page, commitments: Sequence[Commitment], *, conversation: bool) -> str:
    rows = []
    for c in commitments:
        conv = page.by_key.get(c.transcript_id)
        said = "; ".join(f"turn {e.turn}: “{page.span(conv, e, clip=True)}”"
                         for e in c.evidence[:2])
        row = [
            (said or page.text(c.phrase or ""), ""),
            (f"{_utc(c.due):%Y-%m-%d %H:%M}", ""),
            (escape(status_text(c.status)), f"status-{escape(c.status)}"),
            (page.text(c.reason), ""),
        ]
        if not conversation:
            row.insert(0, (page.conversation(c.transcript_id), ""))
        rows.append(row)
    heads = ["Promised", "Due (UTC)", "Status", "Why"]
    if not conversation:
        heads.insert(0, "Conversation")
    return _table(heads, rows)


def _example(page: _Page, ex: Example) -> str:
    e = ex.evidence
    conv = page.by_key.get(ex.conversation)
    link = (
        f" {page.conversation(ex.conversation, e.turn, f'{conv.label}, turn {e.turn}')}"
        if conv is not None else ""
    )
    cls = e.polarity
    if conv is not None and conv.fits(e):
        assert conv.transcript is not None
        turn = conv.transcript.turns[e.turn]
        body = (f'<span class="who">{escape(turn.role)}:</span> '
                f"{_marked(page, turn.text, [_Span(e.start, e.end, cls, '')])}")
    else:
        body = f'<mark class="{escape(cls)}">{page.span(conv, e)}</mark>'
    return (
        f'<blockquote class="{escape(cls)}"><div class="meta"><span class="sign">'
        f"{_sign(e.polarity)}</span> <b>{escape(page.name(ex.competency))}</b> (rule "
        f"{page.text(e.rule.split(':')[0])}){link}</div>{body}</blockquote>"
    )


def _agent(page: _Page, agent: AgentView) -> None:
    seen = ""
    if agent.first_seen and agent.last_seen:
        seen = f", {_utc(agent.first_seen):%Y-%m-%d} to {_utc(agent.last_seen):%Y-%m-%d}"
    page.w(
        f'<section class="agent" id="{page.agent_anchor[agent.agent_id]}">',
        f"<h2>Agent {page.plain(agent.agent_id)}</h2>",
        f'<p class="meta">{agent.conversations} conversation(s){seen}. Overall '
        f"{fmt_score(agent.overall.estimate)} ({escape(agent.overall.label)}).</p>",
        "<h3>Competencies</h3>",
        '<p class="meta">Dot: estimate; bar: 90% interval; black tick: the rest of the team\'s '
        "mean; n: conversations that gave the opportunity. The same figures are in the table "
        "below the chart.</p>",
        f'<div class="wrap">{competency_chart(agent, page.names)}</div>',
        _cell_table(page, agent),
        "<h3>Strengths</h3>",
        _claim_list(page, agent.strengths, "No competency is clearly above the team yet."),
        "<h3>Weaknesses</h3>",
        _claim_list(page, agent.weaknesses, "No competency is clearly below the team."),
        "<h3>Gaps</h3>",
        _gaps(page, agent),
        "<h3>Trend</h3>",
    )
    slope = agent.slope_per_month
    if slope is not None:
        page.w(f"<p>Overall score changes by {slope:+.1f} points per month.</p>")
    chart = trend_chart(agent)
    if chart:
        page.w(f'<div class="wrap">{chart}</div>')
    elif slope is None:
        page.w("<p>Not enough dated conversations over time for a trend.</p>")
    page.w("<h3>Commitments across conversations</h3>")
    r = agent.reliability
    if agent.commitments and r is not None:
        page.w(
            f"<p>{r.kept} kept, {r.broken} broken, {r.open} open, {r.unverified} unverified "
            "(what later conversations of the same customer or case show).</p>",
            _commitments(page, agent.commitments, conversation=False),
        )
    else:
        page.w("<p>No commitment was found in this agent's conversations.</p>")
    page.w("<h3>Conversations, worst first</h3><p>")
    page.w(", ".join(
        f"{page.conversation(k)} ({fmt_score(page.by_key[k].assessment.overall)})"
        for k in agent.conversation_keys if k in page.by_key
    ) or "None in this report.")
    page.w("</p><h3>Example evidence</h3>")
    if agent.examples:
        page.w(*(_example(page, ex) for ex in agent.examples))
    else:
        page.w("<p>No evidence span to show.</p>")
    page.w("</section>")


def _unattributed(page: _Page) -> None:
    convs = worst_first(page.data.unattributed)
    page.w(
        f'<section id="no-agent"><h2>Conversations with {NO_AGENT} ({len(convs)})</h2>',
        "<p>These conversations have no <code>agent_id</code>, so they are in no agent's "
        "profile, heatmap row or gap. Their scores are real: each has its scorecard.</p><p>",
        ", ".join(
            f"{page.conversation(c.key)} ({fmt_score(c.assessment.overall)})" for c in convs
        ),
        "</p></section>",
    )


# -- one conversation ---------------------------------------------------------------------------


def _marked(page: _Page, text: str, spans: Sequence[_Span]) -> str:
    """``text`` escaped, every character inside a span in a ``<mark>``.

    Overlapping spans are split at every boundary; a piece covered by any span against the
    agent is marked ``negative``, else ``positive``, else ``context``; its title names them all.
    """
    shown = _redact_text(text) if page.redacting else text
    size = len(shown)
    cuts = sorted({0, size, *(min(max(s.start, 0), size) for s in spans),
                   *(min(max(s.end, 0), size) for s in spans)})
    pieces: list[tuple[int, int, str, str]] = []
    for a, b in pairwise(cuts):
        cover = [s for s in spans if s.start <= a and b <= s.end]
        if cover:
            polarities = {s.polarity for s in cover}
            cls = next((p for p in ("negative", "positive") if p in polarities), "context")
            note = "; ".join(dict.fromkeys(s.note for s in cover if s.note))
        else:
            cls = note = ""
        if pieces and pieces[-1][1] == a and pieces[-1][2:] == (cls, note):
            pieces[-1] = (pieces[-1][0], b, cls, note)
        else:
            pieces.append((a, b, cls, note))
    out = []
    for a, b, cls, note in pieces:
        piece = escape(shown[a:b])
        if not cls:
            out.append(piece)
            continue
        title = f' title="{escape(note, quote=True)}"' if note else ""
        out.append(f'<mark class="{cls}"{title}>{piece}</mark>')
    return "".join(out)


def _evidence_order(score: CompetencyScore) -> list[Evidence]:
    low = score.value is not None and score.value < _LOW
    first = ("negative", "positive") if low or score.value is None else ("positive", "negative")
    rank = {first[0]: 0, first[1]: 1, "context": 2}
    return sorted(score.evidence, key=lambda e: (rank.get(e.polarity, 2), e.turn, e.start))


def _evidence_list(page: _Page, conv: ConversationView, score: CompetencyScore) -> str:
    ordered = _evidence_order(score)
    if not ordered:
        return "–"
    in_text = conv.transcript is not None
    shown = ordered[:_EVIDENCE_SHOWN] if in_text else ordered
    items = []
    for e in shown:
        rule = page.text(e.rule.split(":")[0])
        if in_text and conv.fits(e):
            where = page.conversation(conv.key, e.turn, f"turn {e.turn}")
            said = f"<q>{page.span(conv, e, clip=True)}</q>"
        else:
            where = f"turn {e.turn}"
            said = f'<mark class="{escape(e.polarity)}">{page.span(conv, e)}</mark>'
        items.append(f'<li class="{escape(e.polarity)}"><span class="sign">{_sign(e.polarity)}'
                     f'</span> {where}: {said} <small class="rule">{rule}</small></li>')
    more = len(ordered) - len(shown)
    if more:
        items.append(f"<li>… and {more} more, highlighted in the conversation below</li>")
    return f'<ul class="ev">{"".join(items)}</ul>'


def _scores_table(page: _Page, conv: ConversationView) -> str:
    rows = []
    for cid in COMPETENCY_IDS:
        score = conv.assessment.scores.get(cid)
        name = escape(page.name(cid))
        if score is None:
            rows.append(((name, ""), ("N/A", "na"), ("not scored by this evaluator", "")))
        elif score.value is None:
            reason = page.text(score.reason or "no opportunity")
            rows.append(((name, ""), (f"N/A <small>{reason}</small>", "na"),
                         (_evidence_list(page, conv, score), "")))
        else:
            rows.append(((name, ""), (f"<b>{score.value:.0f}</b>", "num"),
                         (_evidence_list(page, conv, score), "")))
    return _table(
        ("Competency", "Score", "Evidence"), rows,
        caption="The ten competencies. Evidence: − against the agent, + for, ○ context (what "
        f"opened the opportunity); against first when the score is below {_LOW:.0f}.",
    ).replace('<table class="stack">', '<table class="stack scores">', 1)


def _promises(page: _Page, conv: ConversationView) -> str:
    promises = conv.assessment.promises
    if not promises:
        return "<p>The agent made no promise in this conversation.</p>"
    rows = []
    for p in promises:
        said = page.span(conv, p.evidence, clip=True)
        if conv.fits(p.evidence):
            said = f"{page.conversation(conv.key, p.turn, f'turn {p.turn}')}: <q>{said}</q>"
        else:
            said = f"turn {p.turn}: <q>{said}</q>"
        due = f"{_utc(p.due):%Y-%m-%d %H:%M}" if p.due else ("vague" if p.vague else "–")
        reason = p.status_reason or STATUS_MEANING.get(p.status, "")
        rows.append((
            (said, ""),
            (escape(due), ""),
            (escape(status_text(p.status)), f"status-{escape(p.status)}"),
            (page.text(reason), ""),
        ))
    return _table(("Promise", "Due (UTC)", "Status", "Why"), rows,
                  caption="What this conversation itself shows about each promise")


def _transcript(page: _Page, conv: ConversationView) -> None:
    t = conv.transcript
    scores = conv.assessment.scores
    if t is None:
        page.w("<p>The transcript was not given to the report (pass the transcripts to show the "
               "whole conversation): the evidence spans are listed with each score above.</p>")
        return
    spans: dict[int, list[_Span]] = {}
    misfits = 0
    for cid in COMPETENCY_IDS:
        score = scores.get(cid)
        for e in score.evidence if score else ():
            if not conv.fits(e):
                misfits += 1
                continue
            note = f"{page.name(cid)}: {_sign(e.polarity)}"
            spans.setdefault(e.turn, []).append(_Span(e.start, e.end, e.polarity, note))
    if misfits:
        page.w(f'<p class="notice">{misfits} evidence span(s) do not match this transcript '
               "(a different version of the conversation?): they are listed with their score "
               "but not highlighted.</p>")
    for i, turn in enumerate(t.turns):
        hit = " hit" if i in spans else ""
        when = ""
        if turn.timestamp is not None:
            when = f" {_utc(turn.timestamp):%H:%M:%S}"
        elif turn.start is not None:
            when = f" {turn.start:.0f} s"
        page.w(
            f'<div class="turn {escape(turn.role)}{hit}" id="{conv.anchor}-t{i}">'
            f'<span class="who">{i} {escape(turn.role)}{when}:</span> '
            f"{_marked(page, turn.text, spans.get(i, []))}</div>"
        )


def _scorecard(page: _Page, conv: ConversationView) -> None:
    a = conv.assessment
    bits = [f"agent {page.agent(conv.agent_id)}"]
    if a.channel:
        bits.append(escape(a.channel))
    if a.language:
        bits.append(escape(a.language))
    if a.started_at:
        bits.append(f"{_utc(a.started_at):%Y-%m-%d %H:%M} UTC")
    satisfaction = (
        f"<b>{a.satisfaction:.0f}</b>" if a.satisfaction is not None
        else "<b>N/A</b> (no signal from the customer)"
    )
    page.w(
        f'<article class="scorecard" id="{conv.anchor}">',
        f"<h3>Conversation {page.text(conv.label)}</h3>",
        f'<p class="meta">{" · ".join(bits)} · <a href="#conversations">back to the list</a></p>',
    )
    if conv.copies > 1:
        page.w(f'<p class="notice">{conv.copies} records share the id '
               f"{page.text(conv.transcript_id)}: this is record {conv.copy} of them, in input "
               "order; each is shown and counted once.</p>")
    page.w(
        f'<p class="headline"><span>Overall (agent quality): <b>{fmt_score(a.overall)}</b></span>'
        f"<span>Customer satisfaction (predicted): {satisfaction}</span></p>",
        _scores_table(page, conv),
        "<h4>Promises and what became of them</h4>",
        _promises(page, conv),
    )
    if conv.commitments:
        page.w("<p>Followed across the later conversations of the same customer or case:</p>",
               _commitments(page, conv.commitments, conversation=True))
    page.w("<h4>The conversation</h4>")
    _transcript(page, conv)
    page.w("</article>")


# -- the page -----------------------------------------------------------------------------------


def _role(role: RoleTarget | None, targets: Mapping[str, float] | None) -> RoleTarget | None:
    """The role to compute gaps against: ``role``, with ``targets`` overriding its levels."""
    if not targets:
        return role
    levels: dict[str, TargetLevel] = {}
    if role is not None:
        levels.update(role.competencies.items())
    for cid, level in targets.items():
        weight = levels[cid].weight if cid in levels else 1.0
        levels[cid] = TargetLevel(level=level, weight=weight)
    name = f"{role.name}, with targets" if role is not None else "targets"
    # validated by pydantic: the competency ids were checked against COMPETENCY_IDS above
    return RoleTarget.model_validate({"name": name, "competencies": levels})


def render_html(
    assessments: Sequence[Assessment],
    *,
    transcripts: Sequence[Transcript] | Mapping[str, Transcript] | None = None,
    profiles: TeamProfiles | None = None,
    redact: bool = True,
    targets: Mapping[str, float] | None = None,
    role: RoleTarget | None = None,
    title: str = "csskills report",
    examples_per_claim: int = 2,
    now: Callable[[], datetime] | None = None,
) -> str:
    """The report as one self-contained HTML string.

    Every assessment is listed (worst first by default, in several orders) with a scorecard;
    ``transcripts`` (optional) lets the scorecards show whole conversations with the evidence
    highlighted; ``profiles`` defaults to ``csskills.build_profiles(assessments)``;
    ``redact=False`` shows customer e-mails, phone and card numbers as they are (only for a
    trusted audience); ``role`` (e.g. from :func:`csskills.load_role`) and ``targets``
    (competency -> 0-100, overriding the role's levels) turn "gaps to the rest of the team" into
    gaps to a role's targets, computed by :func:`csskills.skill_gaps`.
    """
    unknown = sorted(set(targets or {}) - set(COMPETENCY_IDS))
    if unknown:
        raise UnknownCompetencyError(f"targets: unknown competency {', '.join(unknown)}")
    data = build_report_data(
        assessments, transcripts=transcripts, profiles=profiles, role=_role(role, targets),
        examples_per_claim=examples_per_claim,
    )
    page = _Page(data, redact=redact)
    stamp = (now or (lambda: datetime.now(timezone.utc)))()
    n = len(data.conversations)
    unattributed = (
        f", {len(data.unattributed)} conversation(s) with {NO_AGENT}" if data.unattributed else ""
    )
    page.w(
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="meta">{n} conversation(s), {len(data.agents)} agent(s)'
        f"{unattributed}"
        f"; generated {stamp:%Y-%m-%d %H:%M} UTC. Estimates are agent profiles (shrunk towards "
        "the rest of the team, 90% intervals); every conversation has its own scorecard.</p>",
    )
    if redact:
        page.w('<p class="notice">Customer e-mail addresses, phone numbers and card numbers '
               "in the conversations are masked.</p>")
    else:
        page.w('<p class="notice">Unredacted: this report shows customer contact details as '
               "they appear in the conversations. Share it only with people allowed to see them."
               "</p>")
    if data.duplicated:
        shown = ", ".join(page.text(t) for t in data.duplicated[:10])
        more = f" and {len(data.duplicated) - 10} more" if len(data.duplicated) > 10 else ""
        page.w(f'<p class="notice">Several records share the transcript id {shown}{more}: each '
               "record is listed, profiled and shown once, as “(copy k of n)” in input "
               "order.</p>")
    if data.transcripts_given and data.with_transcript < n:
        page.w(f'<p class="notice">{n - data.with_transcript} of {n} conversation(s) have no '
               "transcript among the files given: their scorecards list the evidence spans "
               "only.</p>")
    if data.unmatched_transcripts:
        page.w(f'<p class="notice">{data.unmatched_transcripts} transcript(s) given have no '
               "assessment and are not shown.</p>")
    lowest = [c for c in worst_first(data.conversations) if c.assessment.overall is not None][:3]
    if lowest:
        page.w(
            "<p>Lowest overall: ",
            ", ".join(f"{page.conversation(c.key)} ({fmt_score(c.assessment.overall)}, "
                      f"{page.agent(c.agent_id)})" for c in lowest),
            '; <a href="#conversations">every conversation, worst first</a>.</p>',
        )
    nav = [
        '<a href="#overview">Team overview</a>',
        f'<a href="#conversations">Every conversation ({n})</a>',
        '<a href="#scorecards">Scorecards</a>',
    ]
    if data.unattributed:
        nav.append(f'<a href="#no-agent">{NO_AGENT} ({len(data.unattributed)})</a>')
    page.w(
        f"<nav><p>{' · '.join(nav)}</p><p>Agents: ",
        ", ".join(page.agent(a.agent_id) for a in data.agents) or "none",
        "</p></nav></header><main>",
    )
    _overview(page)
    _conversation_list(page)
    for agent in data.agents:
        _agent(page, agent)
    if data.unattributed:
        _unattributed(page)
    page.w('<section id="scorecards"><h2>Scorecards: one per conversation, worst first</h2>')
    if not data.conversations:
        page.w("<p>No conversation to show.</p>")
    for conv in worst_first(data.conversations):
        _scorecard(page, conv)
    page.w("</section></main></body></html>\n")
    return "".join(page.out)


def write_html(path: str | Path, assessments: Sequence[Assessment], **options: Any) -> Path:
    """Write :func:`render_html` to ``path`` atomically (:func:`csskills.io.atomic_write`: a
    ``.partial`` file, never opened through a link, renamed at the end or removed on failure)."""
    target = Path(path)
    page = render_html(assessments, **options)
    with atomic_write(target) as handle:
        handle.write(page)
    return target
