"""The HTML report in a real headless Chromium: renders, no console errors, no script runs.

Also what only a browser can tell: the list's order switches without script, links land on
their scorecard, and on a 390 px phone the heatmap fits (one card per agent) with nothing
hidden behind hover. Screenshots go to ``.ci-artifacts/`` for a person to look at.

Needs the ``browser`` extra (``pip install playwright``, the Python package only) and a system
Chromium at ``/usr/bin/chromium``; ``.ci/browser.sh`` installs both. Skipped when either is
missing, so the plain test run stays offline and light.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csskills.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "data"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / ".ci-artifacts"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">'

sync_api = pytest.importorskip("playwright.sync_api", reason="needs the browser extra")
if not CHROMIUM.exists():  # pragma: no cover - depends on the machine
    pytest.skip("no /usr/bin/chromium", allow_module_level=True)


def _hostile_transcript() -> dict[str, object]:
    # The agent's apology is evidence; the payload sits in the same turn, so the report shows it
    # highlighted, and again in the conversation section and in the customer's turn.
    return {
        "id": "xss-1",
        "agent_id": "agent-zz-hostile",
        "customer_id": "cust-<b>9</b>",
        "channel": "chat",
        "language": "en",
        "turns": [
            {"role": "customer", "text": f"This is terrible, I want a refund now! {PAYLOAD}"},
            {
                "role": "agent",
                "text": f"I'm so sorry about that, I understand how frustrating it is. {PAYLOAD} "
                "Thank you for your patience, I've issued the refund. Is there anything else?",
            },
        ],
    }


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    transcripts = tmp / "transcripts.jsonl"
    lines = [
        line
        for path in sorted(EXAMPLES.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    lines.append(json.dumps(_hostile_transcript()))
    transcripts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assessments = tmp / "assessments.jsonl"
    # --on-error skip: a language pack being reworked must not hide the report's own checks.
    code = main(["score", str(transcripts), "-o", str(assessments), "-q", "--on-error", "skip"])
    assert code in (0, 1)
    ids = {json.loads(line)["transcript_id"] for line in assessments.read_text().splitlines()}
    assert "xss-1" in ids and len(ids) >= 30
    out = tmp / "report.html"
    assert main(["report", str(assessments), "--transcripts", str(transcripts), "-o", str(out),
                 "-q"]) == 0
    return out


def test_report_renders_in_chromium_without_errors_or_script(report: Path) -> None:
    html = report.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    errors: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri(), wait_until="load")

            heatmap = page.locator("table.heatmap")
            assert heatmap.is_visible()
            assert heatmap.locator("tbody tr").first.locator("td").count() == 11
            agent = page.locator("section.agent").first
            assert agent.is_visible()
            assert agent.locator("svg.chart").is_visible()
            assert agent.inner_text().strip().startswith("Agent ")

            hostile = page.locator("section.agent", has_text="agent-zz-hostile")
            assert hostile.count() == 1
            assert "<script>window.__pwned=1</script>" in hostile.inner_text()
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert page.locator("section.agent img").count() == 0

            ARTIFACTS.mkdir(exist_ok=True)  # the page is long: its top, and one of each part
            page.screenshot(path=str(ARTIFACTS / "report.png"))
            page.locator("#overview").screenshot(path=str(ARTIFACTS / "report-overview.png"))
            page.locator("#conversations").screenshot(
                path=str(ARTIFACTS / "report-conversations.png")
            )
            page.locator("article.scorecard").first.screenshot(
                path=str(ARTIFACTS / "report-scorecard.png")
            )
        finally:
            browser.close()
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000


def test_order_switches_without_script_and_links_land_on_scorecards(report: Path) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(report.as_uri(), wait_until="load")
            assert page.locator("#view-overall").is_visible()
            assert not page.locator("#view-date").is_visible()
            rows = page.locator("#view-overall table.convs tbody tr")
            assert rows.count() >= 30, "every conversation is listed"

            page.locator("label[for=order-date]").click()
            assert page.locator("#view-date").is_visible()
            assert not page.locator("#view-overall").is_visible()
            assert "newest first" in page.locator("#view-date caption").inner_text()

            page.locator("label[for=order-overall]").click()
            first = rows.first.locator("th a")
            target = first.get_attribute("href")
            assert target is not None and target.startswith("#conv-")
            first.click()
            card = page.locator(f"article{target}")
            assert card.is_visible()
            box = card.bounding_box()
            assert box is not None and abs(box["y"]) < 5, "the scorecard is scrolled into view"
            assert card.locator("table.scores tbody tr").count() == 10
            assert card.locator(".turn mark").count() > 0, "evidence highlighted in the text"
        finally:
            browser.close()


def test_phone_width_heatmap_fits_and_shows_every_figure(report: Path) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
            page.goto(report.as_uri(), wait_until="load")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"the page scrolls sideways ({width} px)"
            heatmap = page.locator("table.heatmap")
            box = heatmap.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
            cue = page.locator("#overview .scroll-cue")
            first = heatmap.locator("tbody tr").first
            cells = first.locator("td")
            assert cells.count() == 11
            for i in range(cells.count()):  # every column on screen, each saying what it is
                cell = cells.nth(i)
                b = cell.bounding_box()
                assert b is not None and b["x"] + b["width"] <= 390
                label = page.evaluate(
                    "el => getComputedStyle(el, '::before').content", cell.element_handle()
                )
                assert label.strip('"') == cell.get_attribute("data-label")
                title = cell.get_attribute("title") or ""
                if "interval" in title:  # what the tooltip says is written in the cell
                    interval = title.split("interval ")[1].split(",")[0]
                    assert interval in cell.inner_text()
            assert cue.is_visible() or box["width"] <= 390
            list_cue = page.locator("#view-overall .scroll-cue")
            assert list_cue.is_visible(), "the wide conversation list says it scrolls"

            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report-390.png"))
            heatmap.screenshot(path=str(ARTIFACTS / "report-390-heatmap.png"))
            page.locator("article.scorecard").first.screenshot(
                path=str(ARTIFACTS / "report-390-scorecard.png")
            )
        finally:
            browser.close()
    assert (ARTIFACTS / "report-390.png").stat().st_size > 10_000


def test_print_shows_the_chosen_order_without_the_switch(report: Path) -> None:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.goto(report.as_uri(), wait_until="load")
            page.emulate_media(media="print")
            assert page.locator("#view-overall").is_visible()
            assert not page.locator("label[for=order-date]").is_visible()
            assert page.locator("article.scorecard").count() >= 30
        finally:
            browser.close()
