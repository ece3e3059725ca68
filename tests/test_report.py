"""The HTML report: self-contained, escaped, redacted by default, honest about thin evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import csskills as cs
from csskills.cli import main
from csskills.report import _views as views
from csskills.report import render_html, write_html
from tests.strategies import transcripts as transcript_strategy

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "data"
PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "section",
    "article", "h1", "h2", "h3", "p", "a", "b", "i", "span", "div", "ul", "li", "details",
    "summary", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "mark", "svg", "g",
    "rect", "text", "line", "circle", "polyline", "defs", "pattern",
}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler attribute {name}={value!r}"
            if name in ("href", "src") and value is not None:
                self.urls.append(value)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def example() -> tuple[list[cs.Transcript], list[cs.Assessment]]:
    ts = [t for p in sorted(EXAMPLES.glob("support_*.jsonl")) for t in cs.read_transcripts(p)]
    return ts, list(cs.evaluate_many(ts))


def _hostile(agent: str = "agent-x", extra: str = "") -> cs.Transcript:
    return cs.Transcript(
        id="t-<i>1</i>",
        agent_id=agent,
        customer_id="jo@example.com",
        language="en",
        turns=(
            cs.Turn(role="customer", text=f"Mail me at jo@example.com {PAYLOAD}"),
            cs.Turn(
                role="agent",
                text=f"I'm so sorry about that. {PAYLOAD} I'll call you on +44 20 7946 0958. "
                f"Thank you for your patience!{extra}",
            ),
        ),
    )


def test_example_report_is_self_contained(
    example: tuple[list[cs.Transcript], list[cs.Assessment]],
) -> None:
    ts, assessments = example
    html = render_html(assessments, transcripts=ts)
    parsed = _parse(html)
    assert parsed.tags <= ALLOWED_TAGS, parsed.tags - ALLOWED_TAGS
    assert all(u.startswith("#") for u in parsed.urls), "only in-page links"
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    agents = {a.agent_id for a in assessments}
    assert html.count('<section class="agent"') == len(agents)
    assert 'class="heatmap"' in html and "Team overview" in html
    assert "<table" in html, "a table alternative to the charts"


def test_transcript_text_is_escaped_everywhere() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    assert any(e.turn == 1 for s in a.scores.values() for e in s.evidence)
    html = render_html([a], transcripts=[t])
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<i>1</i>" not in html and "t-&lt;i&gt;1&lt;/i&gt;" in html
    assert _parse(html).tags <= ALLOWED_TAGS


def test_pii_is_redacted_by_default_and_shown_with_no_redact() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    masked = render_html([a], transcripts=[t])
    assert "jo@example.com" not in masked and "7946 0958" not in masked
    assert "[EMAIL]" in masked and "[PHONE]" in masked
    assert "are masked" in masked
    clear = render_html([a], transcripts=[t], redact=False)
    assert "jo@example.com" in clear and "+44 20 7946 0958" in clear
    assert "Unredacted" in clear


def test_highlighted_span_is_the_evidence_text() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    html = render_html([a], transcripts=[t], redact=False)
    marks = set(re.findall(r'<mark class="(?:positive|negative)">(.*?)</mark>', html))
    evidence = {e.text for s in a.scores.values() for e in s.evidence if e.turn == 1}
    assert marks and marks <= {m for m in evidence} | {m.replace("'", "&#x27;") for m in evidence}


def test_one_conversation_is_not_enough_evidence() -> None:
    a = cs.evaluate(_hostile())
    html = render_html([a])
    assert "not enough evidence" in html
    assert "No competency is clearly above the team yet." in html
    assert "The transcript was not given to the report" in html, "spans only, without transcripts"
    assert "<mark>" in html and "jo@example.com" not in html


def test_profiles_are_used_when_available(
    example: tuple[list[cs.Transcript], list[cs.Assessment]],
) -> None:
    _, assessments = example
    profiles = cs.build_profiles(assessments)
    data = views.build_report_data(assessments, profiles=profiles)
    agent = data.agents[0]
    expected = profiles[agent.agent_id].competencies["empathy"]
    assert agent.cells["empathy"].estimate == expected.estimate
    assert agent.cells["empathy"].label == expected.label


def test_targets_drive_the_gaps(
    example: tuple[list[cs.Transcript], list[cs.Assessment]],
) -> None:
    ts, assessments = example
    html = render_html(assessments, transcripts=ts, targets={"clarity": 100})
    assert "Points below" in html and "Target" in html
    with pytest.raises(cs.UnknownCompetencyError, match="targets: unknown competency charm"):
        render_html(assessments, targets={"charm": 50})


def test_write_html_is_atomic(tmp_path: Path) -> None:
    a = cs.evaluate(_hostile())
    out = write_html(tmp_path / "r.html", [a])
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("*.partial"))


def test_cli_report_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = _hostile()
    src = tmp_path / "t.jsonl"
    src.write_text(t.model_dump_json() + "\n", encoding="utf-8")
    scored = tmp_path / "a.jsonl"
    assert main(["score", str(src), "-o", str(scored), "-q"]) == 0
    out = tmp_path / "r.html"
    assert main(["report", str(scored), "--transcripts", str(src), "-o", str(out)]) == 0
    assert "written to" in capsys.readouterr().out
    assert "jo@example.com" not in out.read_text(encoding="utf-8")
    assert main(["report", str(scored), "--transcripts", str(src), "-o", str(out),
                 "--no-redact", "--target", "empathy=80", "-q"]) == 0
    assert "jo@example.com" in out.read_text(encoding="utf-8")
    with pytest.raises(SystemExit) as err:
        main(["report", str(scored), "--target", "empathy=200"])
    assert err.value.code == 2
    assert "COMPETENCY=VALUE" in capsys.readouterr().err


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(transcript_strategy())
def test_any_transcript_renders_to_safe_html(transcript: cs.Transcript) -> None:
    assessments: Sequence[cs.Assessment] = [cs.evaluate(transcript)]
    html = render_html(assessments, transcripts=[transcript])
    parsed = _parse(html)
    assert parsed.tags <= ALLOWED_TAGS
    assert all(u.startswith("#") for u in parsed.urls)


def test_cli_report_gaps_against_a_role_file(tmp_path: Path) -> None:
    role = EXAMPLES.parent / "roles" / "tier1_support.toml"
    src = EXAMPLES / "support_chat.jsonl"
    scored = tmp_path / "a.jsonl"
    assert main(["score", str(src), "-o", str(scored), "-q"]) == 0
    out = tmp_path / "r.html"
    assert main(["report", str(scored), "-o", str(out), "--role", str(role), "-q"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Points below" in html or "No competency with enough evidence is below the role" in html
    assert main(["report", str(scored), "-o", str(out), "--role", str(tmp_path / "no.toml")]) == 2
