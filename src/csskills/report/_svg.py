"""Inline SVG charts, written by hand: no plotting dependency, nothing fetched at view time.

Colours are the viridis ramp (readable with every common colour-vision deficiency and in
greyscale) for values, and the Okabe-Ito palette for labels; every mark also carries its
number as text and a ``<title>`` for screen readers and hover, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from csskills.report._views import NOT_ENOUGH, AgentView, Cell

# viridis at 0, 0.125, ..., 1
_VIRIDIS = (
    (68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
    (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37),
)
# Okabe-Ito: strength bluish green, weakness vermillion, typical blue, not enough grey.
LABEL_COLOURS = {
    "strength": "#009E73",
    "weakness": "#D55E00",
    "typical": "#0072B2",
    NOT_ENOUGH: "#7f7f7f",
}
LABEL_MARKS = {"strength": "▲", "weakness": "▼", "typical": "●", NOT_ENOUGH: "?"}


def colour(value: float) -> tuple[str, str]:
    """Fill and readable text colour for a 0-100 value on the viridis ramp."""
    x = min(max(value, 0.0), 100.0) / 100.0 * (len(_VIRIDIS) - 1)
    i = min(int(x), len(_VIRIDIS) - 2)
    f = x - i
    rgb = [round(a + (b - a) * f) for a, b in zip(_VIRIDIS[i], _VIRIDIS[i + 1], strict=True)]
    luminance = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    return "#{:02x}{:02x}{:02x}".format(*rgb), ("#000000" if luminance > 120 else "#ffffff")


def _a(value: str) -> str:
    return escape(value, quote=True)


def heatmap(
    agents: Sequence[AgentView], competencies: Sequence[tuple[str, str]], *, anchors: dict[str, str]
) -> str:
    """Agents (rows) x competencies (columns); cells short of evidence are hatched and say so."""
    left, top, cw, ch = 150, 130, 80, 34
    width = left + cw * len(competencies) + 130
    height = top + ch * len(agents) + 10
    out = [
        f'<svg class="heatmap" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-labelledby="heatmap-title">',
        '<title id="heatmap-title">Team overview: estimate per agent and competency, 0-100'
        "</title>",
        '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#bbbbbb" stroke-width="2"/></pattern></defs>',
    ]
    for j, (_, name) in enumerate(competencies):
        x = left + j * cw + cw / 2
        out.append(
            f'<text x="{x:.1f}" y="{top - 8}" class="col" transform="rotate(-35 {x:.1f} '
            f'{top - 8})">{escape(name)}</text>'
        )
    for i, agent in enumerate(agents):
        y = top + i * ch
        out.append(
            f'<a href="#{anchors[agent.agent_id]}"><text x="{left - 8}" y="{y + ch / 2 + 4:.1f}" '
            f'class="row">{escape(agent.agent_id)}</text></a>'
        )
        for j, (cid, name) in enumerate(competencies):
            cell = agent.overall if cid == "overall" else agent.cells.get(cid)
            x = left + j * cw
            out.append(_heat_cell(cell, x, y, cw, ch, f"{agent.agent_id}, {name}"))
    out.append("</svg>")
    return "".join(out)


def _heat_cell(cell: Cell | None, x: float, y: float, w: float, h: float, what: str) -> str:
    if cell is None or cell.estimate is None or cell.label == NOT_ENOUGH:
        n = cell.n if cell is not None else 0
        title = f"{what}: not enough evidence ({n} scored conversation(s))"
        return (
            f'<g class="cell nee"><title>{_a(title)}</title>'
            f'<rect x="{x}" y="{y}" width="{w - 2}" height="{h - 2}" fill="url(#hatch)"/>'
            f'<text x="{x + w / 2 - 1:.1f}" y="{y + 13}" class="small">not enough</text>'
            f'<text x="{x + w / 2 - 1:.1f}" y="{y + 25}" class="small">evidence</text></g>'
        )
    fill, ink = colour(cell.estimate)
    interval = (
        f", 90% interval {cell.low:.0f}-{cell.high:.0f}"
        if cell.low is not None and cell.high is not None else ""
    )
    title = f"{what}: {cell.estimate:.0f}{interval}, n={cell.n}, {cell.label}"
    mark = LABEL_MARKS.get(cell.label, "")
    return (
        f'<g class="cell"><title>{_a(title)}</title>'
        f'<rect x="{x}" y="{y}" width="{w - 2}" height="{h - 2}" fill="{fill}"/>'
        f'<text x="{x + w / 2 - 1:.1f}" y="{y + h / 2 + 4:.1f}" style="fill:{ink}">'
        f"{cell.estimate:.0f} {mark}</text></g>"
    )


def competency_chart(agent: AgentView, names: dict[str, str]) -> str:
    """Dot (estimate) and whisker (interval) per competency, team mean as a tick, 0-100 axis."""
    rows = [agent.overall, *agent.cells.values()]
    left, right, top, rh = 190, 300, 24, 24
    plot = 360
    width, height = left + plot + right, top + rh * len(rows) + 8

    def px(v: float) -> float:
        return left + plot * min(max(v, 0.0), 100.0) / 100.0

    title = f"Competencies of {agent.agent_id}: estimate, 90% interval and team mean"
    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-label="{_a(title)}"><title>{escape(title)}</title>'
    ]
    for tick in (0, 25, 50, 75, 100):
        out.append(
            f'<line x1="{px(tick):.1f}" y1="{top - 6}" x2="{px(tick):.1f}" y2="{height - 8}" '
            f'class="grid"/><text x="{px(tick):.1f}" y="{top - 10}" class="small">{tick}</text>'
        )
    for i, cell in enumerate(rows):
        y = top + i * rh + rh / 2
        name = "Overall" if cell.competency == "overall" else names.get(cell.competency, "")
        colour_ = LABEL_COLOURS.get(cell.label, "#000000")
        out.append(f'<text x="{left - 8}" y="{y + 4:.1f}" class="row">{escape(name)}</text>')
        if cell.estimate is None:
            desc = f"{name}: not enough evidence (n={cell.n})"
            out.append(
                f'<g><title>{_a(desc)}</title><text x="{left + 4}" y="{y + 4:.1f}" '
                f'class="nee-text">not enough evidence (n={cell.n})</text></g>'
            )
            continue
        interval = (
            f" [{cell.low:.0f}-{cell.high:.0f}]"
            if cell.low is not None and cell.high is not None else ""
        )
        team = f", team mean {cell.team_mean:.0f}" if cell.team_mean is not None else ""
        desc = _a(f"{name}: {cell.estimate:.0f}{interval}, n={cell.n}, {cell.label}{team}")
        parts = [f"<g><title>{desc}</title>"]
        if cell.low is not None and cell.high is not None:
            parts.append(
                f'<line x1="{px(cell.low):.1f}" y1="{y:.1f}" x2="{px(cell.high):.1f}" '
                f'y2="{y:.1f}" stroke="{colour_}" stroke-width="3"/>'
            )
        if cell.team_mean is not None:
            parts.append(
                f'<line x1="{px(cell.team_mean):.1f}" y1="{y - 8:.1f}" '
                f'x2="{px(cell.team_mean):.1f}" y2="{y + 8:.1f}" class="team"/>'
            )
        parts.append(
            f'<circle cx="{px(cell.estimate):.1f}" cy="{y:.1f}" r="5" fill="{colour_}"/>'
            f'<text x="{left + plot + 10}" y="{y + 4:.1f}" class="value">'
            f"{cell.estimate:.0f}{interval} n={cell.n} · {escape(cell.label)}</text></g>"
        )
        out.extend(parts)
    out.append("</svg>")
    return "".join(out)


def trend_chart(agent: AgentView) -> str:
    """Monthly mean of the overall score as a line with labelled points ('' if < 2 months)."""
    months = agent.months
    if len(months) < 2:
        return ""
    step, left, top, h = 70, 30, 16, 90
    width = left + step * (len(months) - 1) + 60
    height = top + h + 28

    def py(v: float) -> float:
        return top + h * (1 - min(max(v, 0.0), 100.0) / 100.0)

    title = f"Overall score of {agent.agent_id} by month"
    points = " ".join(f"{left + k * step},{py(m[2]):.1f}" for k, m in enumerate(months))
    out = [
        f'<svg class="trend" role="img" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" aria-label="{_a(title)}"><title>{escape(title)}</title>'
        f'<polyline points="{points}" fill="none" stroke="#0072B2" stroke-width="2"/>'
    ]
    for k, (month, n, mean) in enumerate(months):
        x, y = left + k * step, py(mean)
        desc = _a(f"{month}: mean {mean:.0f} over {n} conversation(s)")
        out.append(
            f'<g><title>{desc}</title><circle cx="{x}" cy="{y:.1f}" r="4" fill="#0072B2"/>'
            f'<text x="{x}" y="{y - 8:.1f}" class="small">{mean:.0f}</text>'
            f'<text x="{x}" y="{top + h + 20}" class="small">{escape(month)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)
