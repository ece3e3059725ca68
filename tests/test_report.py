"""The HTML report: self-contained, escaped, redacted by default, honest about thin evidence.

Every conversation is listed (in several pre-sorted orders, worst first by default) and has a
scorecard; labels, gap verdicts and heatmap colours all follow from the profiles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import csskills as cs
from csskills.cli import main
from csskills.report import _views as views
from csskills.report import render_html, write_html
from csskills.report._wording import GAP_CLEAR, NO_AGENT, UNCERTAIN_WIDTH
from tests.strategies import transcripts as transcript_strategy

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "data"
FORMATS = Path(__file__).parent / "fixtures" / "formats"
MAP = "id=ticket,role=sender,text=body,role.agent=Staff,role.customer=Client"
PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "nav", "section",
    "article", "h1", "h2", "h3", "h4", "p", "a", "b", "i", "span", "div", "ul", "li", "details",
    "summary", "table", "caption", "thead", "tbody", "tr", "th", "td", "blockquote", "mark",
    "q", "small", "abbr", "br", "code", "input", "label", "svg", "g", "rect", "text", "line",
    "circle", "polyline", "defs", "pattern",
}
#: Columns of the conversation list before the ten competencies.
OVERALL_COLUMN, SATISFACTION_COLUMN = 3, 4


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.urls: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        found = dict(attrs)
        if tag == "input":  # the only form control: the radio buttons choosing the list's order
            assert found.get("type") == "radio", attrs
        for name, value in attrs:
            assert not name.startswith("on"), f"event handler attribute {name}={value!r}"
            if name in ("href", "src") and value is not None:
                self.urls.append(value)
            if name == "id" and value is not None:
                self.ids.append(value)


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
    assert len(parsed.ids) == len(set(parsed.ids)), "ids are unique"
    assert {u[1:] for u in parsed.urls} <= set(parsed.ids), "every in-page link resolves"


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


def test_a_span_cutting_an_address_is_masked_as_in_its_turn() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    text = t.turns[0].text
    end = text.index("example")
    cut = cs.Evidence(turn=0, start=0, end=end, text=text[:end], rule="x.context",
                      polarity="context")
    scores = dict(a.scores)
    scores["patience"] = cs.CompetencyScore(value=50, opportunities=1, evidence=(cut,))
    html = render_html([a.model_copy(update={"scores": scores})], transcripts=[t])
    assert "jo@" not in html, "the part of the address in the span is masked too"
    assert "<q>Mail me at [EM</q>" in html, "the span, cut from the masked turn"


def test_highlighted_span_is_the_evidence_text() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    html = render_html([a], transcripts=[t], redact=False)
    (anchor,) = _scorecards(html)
    turns = _turns(html, anchor)
    for score in a.scores.values():
        for e in score.evidence:
            text, marks = turns[e.turn]
            assert text == t.turns[e.turn].text
            assert text[e.start:e.end] == e.text
            assert all(marks[i] for i in range(e.start, e.end)), (e, text)
            if e.polarity == "negative":  # against the agent wins where spans overlap
                assert all(marks[i] == "negative" for i in range(e.start, e.end))
    assert any(any(m) for _, m in turns.values())


def test_one_conversation_is_not_enough_evidence() -> None:
    a = cs.evaluate(_hostile())
    html = render_html([a])
    assert "not enough evidence" in html
    assert "No competency is clearly above the team yet." in html
    assert "The transcript was not given to the report" in html, "spans only, without transcripts"
    assert "<mark class=" in html and "jo@example.com" not in html


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


def test_write_html_keeps_the_old_report_when_rendering_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = cs.evaluate(_hostile())
    out = write_html(tmp_path / "r.html", [a])
    before = out.read_bytes()
    assert before.startswith(b"<!DOCTYPE html>")

    def broken(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("csskills.report._page.render_html", broken)
    with pytest.raises(KeyboardInterrupt):
        write_html(out, [a])
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


_INTERRUPTED_WRITE = """
import resource, signal, sys
import csskills as cs
from csskills.report import write_html
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an over-size write fails with EFBIG instead
t = cs.Transcript.model_validate_json(sys.argv[2])
a = cs.evaluate(t)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))
try:
    write_html(sys.argv[1], [a])
except OSError:
    sys.exit(3)
sys.exit(0)
"""


def test_write_html_is_atomic_when_the_write_itself_fails(tmp_path: Path) -> None:
    """A write cut short (here: the file-size limit hit in the middle of the page) leaves the
    old report as it was and no partial file behind."""
    import subprocess
    import sys

    resource = pytest.importorskip("resource")
    assert resource
    out = tmp_path / "r.html"
    out.write_text("old report\n", encoding="utf-8")
    code = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WRITE, str(out), _hostile().model_dump_json()],
        check=False,
    ).returncode
    assert code == 3, "the write must fail, with an OSError"
    assert out.read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


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


# -- helpers to read the page's structure -------------------------------------------------------


class _Rows(HTMLParser):
    """One order of the conversation list: each row's scorecard link and cell texts."""

    def __init__(self, view: str) -> None:
        super().__init__()
        self.view = f"view-{view}"
        self.depth = 0
        self.rows: list[tuple[str, list[str]]] = []
        self.groups: list[str] = []
        self.caption = ""
        self._href: str | None = None
        self._cells: list[str] = []
        self._cell: list[str] | None = None
        self._group = False
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "div" and (self.depth or found.get("id") == self.view):
            self.depth += 1
        if not self.depth:
            return
        if tag == "caption":
            self._in_caption = True
        elif tag == "tr":
            self._href, self._cells, self._group = None, [], found.get("class") == "group"
        elif tag in ("th", "td"):
            self._cell = []
        elif tag == "a" and self._href is None and self._cell is not None:
            self._href = found.get("href")

    def handle_endtag(self, tag: str) -> None:
        if not self.depth:
            return
        if tag == "div":
            self.depth -= 1
        elif tag == "caption":
            self._in_caption = False
        elif tag in ("th", "td") and self._cell is not None:
            self._cells.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._cells:
            if self._group:
                self.groups.append(self._cells[0])
            elif self._href is not None:
                self.rows.append((self._href[1:], self._cells))

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self.caption += data
        elif self._cell is not None:
            self._cell.append(data)


def _rows(html: str, view: str) -> _Rows:
    parser = _Rows(view)
    parser.feed(html)
    return parser


def _scorecards(html: str) -> dict[str, str]:
    """Scorecard anchor -> the conversation it shows, in page order."""
    return dict(re.findall(r'<article class="scorecard" id="(conv-\d+)"><h3>Conversation '
                           r"(.*?)</h3>", html))


class _Turn(HTMLParser):
    """The text of every turn of one scorecard, and for each character the mark covering it."""

    def __init__(self, anchor: str) -> None:
        super().__init__()
        self.prefix = f"{anchor}-t"
        self.turns: dict[int, tuple[str, list[str]]] = {}
        self._turn: int | None = None
        self._who = False
        self._mark = ""
        self._text: list[str] = []
        self._marks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        ident = found.get("id") or ""
        if tag == "div" and ident.startswith(self.prefix):
            self._turn, self._text, self._marks = int(ident[len(self.prefix):]), [], []
        elif self._turn is not None and tag == "span" and found.get("class") == "who":
            self._who = True
        elif self._turn is not None and tag == "mark":
            self._mark = found.get("class") or "?"

    def handle_endtag(self, tag: str) -> None:
        if self._turn is None:
            return
        if tag == "span":
            self._who = False
        elif tag == "mark":
            self._mark = ""
        elif tag == "div":
            text = "".join(self._text)
            # one space follows the "who" label
            self.turns[self._turn] = (text[1:], self._marks[1:])
            self._turn = None

    def handle_data(self, data: str) -> None:
        if self._turn is None or self._who:
            return
        self._text.append(data)
        self._marks.extend([self._mark] * len(data))


def _turns(html: str, anchor: str) -> dict[int, tuple[str, list[str]]]:
    parser = _Turn(anchor)
    parser.feed(html)
    return parser.turns


def _section(html: str, ident: str) -> str:
    start = html.index(f'id="{ident}"')
    return html[start:html.index("</section>", start)]


EVALUATOR = cs.EvaluatorInfo(name="test", version="1")
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


def _assessment(
    tid: str, agent: str | None, value: float, *, day: int = 0, **scores: float
) -> cs.Assessment:
    """An assessment with every competency at ``value`` (or as given), dated ``day`` days on."""
    values = {cid: scores.get(cid, value) for cid in cs.COMPETENCY_IDS
              if cid != "continuous_improvement"}
    return cs.Assessment(
        transcript_id=tid,
        agent_id=agent,
        evaluator=EVALUATOR,
        started_at=T0 + timedelta(days=day),
        overall=sum(values.values()) / len(values),
        satisfaction=value,
        scores={
            **{cid: cs.CompetencyScore(value=v, opportunities=1) for cid, v in values.items()},
            "continuous_improvement": cs.CompetencyScore(reason="history-level competency"),
        },
    )


def _team() -> list[cs.Assessment]:
    """Four agents; agent-low is clearly below the others in patience, agent-wide is all over."""
    out = []
    for k, agent in enumerate(("agent-a", "agent-b", "agent-c")):
        for j, wobble in enumerate((-4.0, 0.0, 3.0, 5.0, -2.0)):
            out.append(_assessment(f"{agent}-{j}", agent, 80 + wobble + k, day=7 * j + k))
    for j, wobble in enumerate((-3.0, 0.0, 4.0, 2.0, -1.0)):
        out.append(_assessment(f"low-{j}", "agent-low", 80 + wobble, day=7 * j + 3,
                               patience=25 + wobble))
    for j, v in enumerate((5.0, 95.0, 50.0)):
        out.append(_assessment(f"wide-{j}", "agent-wide", 75, day=10 * j + 4, empathy=v))
    return out


# -- every conversation, in several orders ------------------------------------------------------


def test_every_conversation_is_listed_worst_first_with_a_scorecard(
    example: tuple[list[cs.Transcript], list[cs.Assessment]],
) -> None:
    ts, assessments = example
    html = render_html(assessments, transcripts=ts)
    cards = _scorecards(html)
    assert sorted(cards.values()) == sorted(a.transcript_id for a in assessments)
    worst = min((a for a in assessments if a.overall is not None), key=lambda a: a.overall or 0)
    for order in ("overall", "satisfaction", "agent", "date"):
        listed = _rows(html, order)
        assert sorted(cards[anchor] for anchor, _ in listed.rows) == sorted(cards.values()), order
        assert "Ordered" in listed.caption or "Grouped" in listed.caption, "says how it is ordered"
        assert cards[next(a for a, _ in _rows(html, "overall").rows)] == worst.transcript_id
    rows = _rows(html, "overall").rows
    overall = [cells[OVERALL_COLUMN] for _, cells in rows]
    numbers = [float(v) for v in overall if v != "N/A"]
    assert numbers == sorted(numbers), "worst overall first"
    assert overall[: len(numbers)] == [v for v in overall if v != "N/A"], "N/A last"
    assert [a for a, _ in rows] == list(cards), "scorecards in the same order as the list"
    assert 'id="order-overall" checked' in html, "worst first is the default order"


def test_the_other_orders_are_sorted() -> None:
    team = _team()
    html = render_html(team)
    by_id = {a.transcript_id: a for a in team}
    cards = _scorecards(html)
    satisfaction = [by_id[cards[k]].satisfaction for k, _ in _rows(html, "satisfaction").rows]
    assert satisfaction == sorted(satisfaction)
    dates = [by_id[cards[k]].started_at for k, _ in _rows(html, "date").rows]
    assert dates == sorted(dates, reverse=True), "newest first"
    by_agent = _rows(html, "agent")
    assert [g.split(":")[0] for g in by_agent.groups] == sorted({a.agent_id or "" for a in team})
    agents = [by_id[cards[k]].agent_id for k, _ in by_agent.rows]
    assert agents == sorted(agents, key=lambda a: a or "")


def test_na_scores_say_na_with_the_reason() -> None:
    team = _team()
    html = render_html(team)
    (_, cells), *_ = _rows(html, "overall").rows
    assert cells[-2] == "N/A", "continuous improvement is N/A in one conversation"
    assert 'title="Continuous improvement: history-level competency">N/A</td>' in html
    assert "N/A <small>history-level competency</small>" in html, "the scorecard says why"


def test_scorecard_lists_evidence_against_first_for_low_scores() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    against = cs.Evidence(turn=1, start=0, end=4, text=t.turns[1].text[:4], rule="x.bad",
                          polarity="negative")
    praise = cs.Evidence(turn=1, start=5, end=7, text=t.turns[1].text[5:7], rule="x.good")
    scores = dict(a.scores)
    scores["clarity"] = cs.CompetencyScore(value=20, opportunities=1, evidence=(praise, against))
    scores["empathy"] = cs.CompetencyScore(value=90, opportunities=1, evidence=(against, praise))
    html = render_html([a.model_copy(update={"scores": scores})], transcripts=[t])
    table = html[html.index('<table class="stack scores">'):]
    for name, first in (("Clarity and concision", "x.bad"), ("Empathy", "x.good")):
        row = re.search(rf'<th scope="row">{name}</th>.*?</tr>', table)
        assert row is not None
        rules = re.findall(r'class="rule">([^<]*)<', row.group(0))
        assert rules[0] == first, (name, rules)
    assert "− against" in html and "+ for" in html, "a text cue, not only colour"


def test_promises_and_their_fate_are_shown() -> None:
    t = _hostile()
    a = cs.evaluate(t)
    said = cs.Evidence(turn=1, start=0, end=4, text=t.turns[1].text[:4], rule="x.commitment")
    promises = (
        cs.Promise(turn=1, evidence=said, status="broken",
                   status_reason="the customer said <nobody> called (turn 0)"),
        cs.Promise(turn=1, evidence=said, status="kept", status_reason="came back in time"),
        cs.Promise(turn=1, evidence=said),
    )
    html = render_html([a.model_copy(update={"promises": promises})], transcripts=[t])
    assert "✗ broken" in html and "the customer said &lt;nobody&gt; called (turn 0)" in html
    assert "✓ kept" in html and "… open" in html
    (_, cells), = _rows(html, "overall").rows
    assert cells[-1] == "✗ 1 broken · … 1 open · ✓ 1 kept"


def test_unattributed_conversations_are_listed_not_dropped() -> None:
    team = [*_team(), _assessment("orphan-1", None, 12.0), _assessment("orphan-2", None, 99.0)]
    html = render_html(team)
    cards = _scorecards(html)
    assert {"orphan-1", "orphan-2"} <= set(cards.values())
    assert cards[_rows(html, "overall").rows[0][0]] == "orphan-1", "worst first, agent or not"
    assert f"<i>{NO_AGENT}</i>" in html and 'id="no-agent"' in html
    assert "2 conversation(s) have no agent id" in html
    assert _rows(html, "agent").groups[-1].startswith(f"{NO_AGENT}: 2 conversation(s)")
    section = _section(html, "no-agent")
    assert "orphan-1" in section and "orphan-2" in section


def test_duplicate_transcript_ids_are_shown_apart() -> None:
    t1 = _hostile(agent="agent-x")
    t2 = _hostile(agent="agent-y", extra=" Anything else?")
    a1, a2 = cs.evaluate(t1), cs.evaluate(t2)
    assert a1.transcript_id == a2.transcript_id
    html = render_html([a1, a2], transcripts=[t1, t2])
    labels = sorted(_scorecards(html).values())
    assert labels == [f"t-&lt;i&gt;1&lt;/i&gt; (copy {k} of 2)" for k in (1, 2)]
    data = views.build_report_data([a1, a2], transcripts=[t1, t2])
    assert [c.transcript for c in data.conversations] == [t1, t2], "each with its own text"
    assert "Several records share the transcript id" in html
    assert _parse(html).tags <= ALLOWED_TAGS


# -- one source for labels, gaps and colours ----------------------------------------------------


def test_weaknesses_and_gap_verdicts_come_from_the_profile_label() -> None:
    team = _team()
    profiles = cs.build_profiles(team)
    assert profiles["agent-low"].competencies["patience"].label == "weakness"
    html = render_html(team)
    for agent_id, profile in profiles.items():
        anchor = re.search(rf'<section class="agent" id="(agent-\d+)"><h2>Agent {agent_id}<', html)
        assert anchor is not None
        section = _section(html, anchor.group(1))
        weak = section[section.index("<h3>Weaknesses"):section.index("<h3>Gaps")]
        gaps = section[section.index("<h3>Gaps"):section.index("<h3>Trend")]
        listed = set(re.findall(r'<span class="lbl">▼ ([^<]+)</span>', weak))
        clear = set(re.findall(r'<th scope="row">([^<]+)</th>(?:(?!</tr>).)*yes: weakness', gaps))
        unclear = set(re.findall(r'<th scope="row">([^<]+)</th>(?:(?!</tr>).)*not clearly', gaps))
        expected = {cs.COMPETENCIES[c.competency].name for c in profile.weaknesses}
        assert listed == clear == expected, agent_id
        assert not unclear & listed


def test_role_gaps_are_those_of_skill_gaps() -> None:
    team = _team()
    role = cs.load_role(ROOT / "examples" / "roles" / "tier1_support.toml")
    report = cs.skill_gaps(cs.build_profiles(team), role)
    html = render_html(team, role=role, targets={"patience": 60})
    assert "What to train first" in html
    for agent_id, gaps in report.agents.items():
        anchor = re.search(rf'<section class="agent" id="(agent-\d+)"><h2>Agent {agent_id}<', html)
        assert anchor is not None
        section = _section(html, anchor.group(1))
        expected = {g.competency for g in gaps.gaps} - {"patience"}
        names = {cs.COMPETENCIES[c].name for c in expected}
        shown = set(re.findall(rf'<th scope="row">([^<]+)</th>(?:(?!</tr>).)*{GAP_CLEAR}',
                               section))
        assert names <= shown, agent_id


def test_wide_intervals_are_not_coloured_by_their_estimate() -> None:
    team = _team()
    profiles = cs.build_profiles(team)
    wide = profiles["agent-wide"].competencies["empathy"]
    assert wide.interval is not None and wide.interval.high - wide.interval.low > UNCERTAIN_WIDTH
    html = render_html(team)
    heat = html[html.index('<table class="heatmap"'):]
    heat = heat[:heat.index("</table>")]
    cells = re.findall(r"<td([^>]*)>(.*?)</td>", heat)
    assert cells
    for attrs, body in cells:
        interval = re.search(r"90% interval (\d+)–(\d+)", attrs)
        if interval is None:
            assert 'class="nee"' in attrs and "not enough evidence" in body
            continue
        low, high = map(int, interval.groups())
        coloured = "background:" in attrs
        if high - low < UNCERTAIN_WIDTH or high - low > UNCERTAIN_WIDTH + 1:  # past rounding
            assert coloured == (high - low < UNCERTAIN_WIDTH), attrs
        assert f"{low}–{high}" in body, "the interval is written in the cell, not only on hover"
        if not coloured:
            assert 'class="uncertain"' in attrs and "uncertain" in body


# -- the command line ---------------------------------------------------------------------------


def test_cli_report_reads_vendor_exports(tmp_path: Path) -> None:
    scored = tmp_path / "a.jsonl"
    export = FORMATS / "zendesk_ticket.json"
    # --language en: the report is under test here, not language detection
    assert main(["score", str(export), "--format", "zendesk", "--language", "en",
                 "-o", str(scored), "-q"]) == 0
    out = tmp_path / "r.html"
    assert main(["report", str(scored), "--transcripts", str(export), "--format", "zendesk",
                 "-o", str(out), "-q"]) == 0
    html = out.read_text(encoding="utf-8")
    (anchor,) = _scorecards(html)
    assert _turns(html, anchor), "the vendor export's turns are shown"
    assert "The transcript was not given" not in html


def test_cli_report_reads_mapped_csv_and_shows_unattributed(tmp_path: Path) -> None:
    scored = tmp_path / "a.jsonl"
    csv = FORMATS / "generic_turns.csv"
    assert main(["score", str(csv), "--map", MAP, "--language", "en", "-o", str(scored),
                 "-q"]) == 0
    out = tmp_path / "r.html"
    assert main(["report", str(scored), "--transcripts", str(csv), "--map", MAP,
                 "-o", str(out), "-q"]) == 0
    html = out.read_text(encoding="utf-8")
    assert sorted(_scorecards(html).values()) == ["T-1", "T-2"]
    assert all(_turns(html, a) for a in _scorecards(html))
    assert NO_AGENT in html and 'id="no-agent"' in html
    assert main(["report", str(scored), "--transcripts", str(csv), "--format", "generic",
                 "-o", str(out), "-q"]) == 2, "generic needs --map, as for score"


def test_cli_report_with_duplicate_ids_does_not_crash(tmp_path: Path) -> None:
    line = _hostile().model_dump_json()
    src = tmp_path / "t.jsonl"
    src.write_text(f"{line}\n{line}\n", encoding="utf-8")
    scored = tmp_path / "a.jsonl"
    assert main(["score", str(src), "-o", str(scored), "-q"]) == 0
    out = tmp_path / "r.html"
    assert main(["report", str(scored), "--transcripts", str(src), "-o", str(out), "-q"]) == 0
    assert len(_scorecards(out.read_text(encoding="utf-8"))) == 2


# -- the other renderers say it the same way ----------------------------------------------------


def test_text_and_notebook_share_the_page_wording() -> None:
    team = [*_team(), _assessment("orphan-1", None, 40.0)]
    profiles = cs.build_profiles(team)
    role = cs.load_role(ROOT / "examples" / "roles" / "tier1_support.toml")
    text = cs.report.render_profiles(profiles)
    assert f"1 conversation(s) with {NO_AGENT}" in text
    gaps = cs.report.render_gaps(cs.skill_gaps(profiles, role))
    assert "below target, not clearly" in gaps or "no clear gap" in gaps
    notebook = team[-1]._repr_html_()
    assert NO_AGENT in notebook
