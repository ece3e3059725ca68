"""Inline SVG charts, written by hand: no plotting dependency, nothing fetched at view time.

Colours are the viridis ramp (readable with every common colour-vision deficiency and in
greyscale) for values, and the Okabe-Ito palette for labels; every mark also carries its
number as text and a ``<title>`` for screen readers and hover, so colour is never the only cue.
"""

from __future__ import annotations

from html import escape

from csskills.report._views import AgentView
from csskills.report._wording import LABEL_COLOURS, LABEL_MARKS, fmt_interval

__all__ = ["LABEL_COLOURS", "LABEL_MARKS", "colour", "competency_chart", "trend_chart"]

# viridis at 0, 0.125, ..., 1
_VIRIDIS = (
    (68, 1, 84), (71, 44, 122), (59, 81, 139), (44, 113, 142), (33, 144, 141),
    (39, 173, 129), (92, 200, 99), (170, 220, 50), (253, 231, 37),
)


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


def competency_chart(agent: AgentView, names: dict[str, str]) -> str:
    """Dot (estimate) and whisker (interval) per competency, team mean as a tick, 0-100 axis.

    Every figure is also written beside its row (estimate, interval, n, label, the rest of the
    team's mean), so nothing depends on hovering or on colour.
    """
    rows = [agent.overall, *agent.cells.values()]
    left, right, top, rh = 190, 330, 24, 24
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
        has_interval = cell.low is not None and cell.high is not None
        interval = f" [{fmt_interval(cell.low, cell.high)}]" if has_interval else ""
        team = f" · team {cell.team_mean:.0f}" if cell.team_mean is not None else ""
        mark = LABEL_MARKS.get(cell.label, "")
        desc = _a(f"{name}: {cell.estimate:.0f}{interval}, n={cell.n}, {cell.label}"
                  f"{team.replace(' · team', ', rest of the team')}")
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
            f"{cell.estimate:.0f}{interval} n={cell.n} · {escape(mark)} {escape(cell.label)}"
            f"{escape(team)}</text></g>"
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
