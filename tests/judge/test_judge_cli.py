"""``csskills score --evaluator judge`` against the fake endpoint, and ``csskills calibrate`` on
what it writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("httpx")

from csskills.calibrate import evaluator_value
from csskills.cli import main
from csskills.io import read_assessments
from tests.judge.fake_llm import Asked, FakeLLM, Reply, answer, first_words

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "data"


def varied(asked: Asked) -> Reply:
    """A verifiable answer whose value differs between conversations (for calibration)."""
    i, text = next((i, t) for i, (r, t) in enumerate(asked.turns) if r == "agent" and t.strip())
    return answer(len(text) % 101, [{"turn": i, "quote": first_words(text)}])


def score(fake: FakeLLM, tmp_path: Path, out: Path, *extra: str) -> int:
    return main([
        "score", str(EXAMPLES / "support_chat.jsonl"), "--evaluator", "judge",
        "--judge-url", fake.url, "--judge-model", "fake",
        "--judge-cache", str(tmp_path / "cache"), "-o", str(out), "-q", *extra,
    ])  # fmt: skip


def test_score_with_the_judge_then_again_from_the_cache(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.handler = varied
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert score(fake_llm, tmp_path, first) == 0
    sent = fake_llm.count()
    n = len(first.read_text().splitlines())
    assert n > 0 and sent == n * 9
    records = [json.loads(line) for line in first.read_text().splitlines()]
    assert {r["evaluator"]["name"] for r in records} == {"csskills.judge"}
    assert all(r["metrics"]["judge"]["tokens"]["input"] == 900 for r in records)
    assert score(fake_llm, tmp_path, second) == 0
    assert fake_llm.count() == sent, "the second run asked the endpoint again"
    assert first.read_bytes() == second.read_bytes()


def test_judge_options_reach_the_requests(fake_llm: FakeLLM, tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    code = score(
        fake_llm, tmp_path, out, "--judge-samples", "2", "--judge-temperature", "0.4",
        "--judge-competency", "empathy", "--judge-format", "json_object", "--no-judge-cache",
        "--judge-max-tokens", "300", "--judge-price-input", "1", "--judge-gate",
    )  # fmt: skip
    assert code == 0
    bodies = [r.body for r in fake_llm.requests]
    assert {r.competency for r in fake_llm.requests} == {"empathy"}
    assert {b["temperature"] for b in bodies} == {0.4} and {b["seed"] for b in bodies} == {0, 1}
    assert {b["max_tokens"] for b in bodies} == {300}
    assert {b["response_format"]["type"] for b in bodies} == {"json_object"}
    record = json.loads(out.read_text().splitlines()[0])
    assert record["metrics"]["judge"]["cost"] == pytest.approx(0.2)
    assert "gated" in record["evaluator"]["version"]
    assert not (tmp_path / "cache").exists()


def test_the_url_can_come_from_the_environment(
    fake_llm: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSSKILLS_JUDGE_URL", fake_llm.url)
    monkeypatch.setenv("CSSKILLS_JUDGE_KEY", "sk-test")
    out = tmp_path / "a.jsonl"
    assert main([
        "score", str(EXAMPLES / "support_chat.jsonl"), "--evaluator", "judge",
        "--judge-model", "fake", "--judge-competency", "clarity",
        "--judge-cache", str(tmp_path / "c"), "-o", str(out), "-q",
    ]) == 0  # fmt: skip
    assert fake_llm.requests[0].headers["Authorization"] == "Bearer sk-test"


def test_missing_url_is_one_line_naming_the_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([
        "score", str(EXAMPLES / "support_chat.jsonl"), "--evaluator", "judge",
        "--judge-model", "fake", "-o", str(tmp_path / "a.jsonl"),
    ])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "CSSKILLS_JUDGE_URL" in err


def test_there_is_no_key_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["score", "x.jsonl", "--evaluator", "judge", "--judge-key", "sk-x"])
    assert info.value.code == 2
    assert "unrecognized arguments: --judge-key" in capsys.readouterr().err


def test_a_refused_key_stops_the_run(
    fake_llm: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_llm.handler = lambda asked: Reply(401, {"error": {"message": "bad key"}})
    out = tmp_path / "a.jsonl"
    assert score(fake_llm, tmp_path, out, "--judge-concurrency", "1") == 2
    assert "CSSKILLS_JUDGE_KEY" in capsys.readouterr().err
    assert not out.exists()


def test_calibrate_reads_judge_assessments(
    fake_llm: FakeLLM, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_llm.handler = varied
    out = tmp_path / "judge.jsonl"
    assert main([
        "score", *(str(EXAMPLES / f"support_{c}.jsonl") for c in ("chat", "voice", "email")),
        "--evaluator", "judge", "--judge-url", fake_llm.url, "--judge-model", "fake",
        "--judge-cache", str(tmp_path / "cache"), "-o", str(out), "-q",
    ]) == 0  # fmt: skip
    capsys.readouterr()
    labels = EXAMPLES / "qa_labels.csv"
    assert main(["calibrate", str(out), str(labels), "--json", "--n-boot", "50"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["evaluator"].startswith("csskills.judge rubric")
    items = {i["item"]: i for i in report["items"]}
    for item in ("empathy", "clarity", "patience", "overall"):
        assert items[item]["matched"] > 0
        stats = {s["name"]: s for s in items[item]["evaluator"]}
        assert stats["spearman"]["value"] is not None and stats["spearman"]["low"] is not None
    spans = [(e["turn"], e["start"], e["end"]) for d in items["overall"]["disagreements"]
             for e in d["evidence"]]  # fmt: skip
    assert spans, "the overall disagreements show the judge's evidence"
    for d in items["overall"]["disagreements"]:
        keys = [(e["turn"], e["start"], e["end"]) for e in d["evidence"]]
        assert len(keys) == len(set(keys)), "one span once"


def test_calibrate_does_not_read_missing_behaviours_as_zero(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    out = tmp_path / "judge.jsonl"
    assert score(fake_llm, tmp_path, out, "--judge-competency", "empathy") == 0
    a = next(iter(read_assessments(str(out))))
    assert evaluator_value(a, "apology") is None  # the judge detects no behaviours
    assert evaluator_value(a, "empathy") == 70.0


def test_import_csskills_never_needs_httpx() -> None:
    code = (
        "import sys; sys.modules['httpx'] = None\n"
        "import csskills, csskills.judge, csskills.cli\n"
        "assert csskills.LLMJudge is csskills.judge.LLMJudge\n"
        "from csskills.cli import main\n"
        "try:\n"
        "    csskills.LLMJudge('m', 'http://127.0.0.1:9/v1')\n"
        "except csskills.MissingDependencyError as e:\n"
        "    assert \"pip install 'csskills[judge]'\" in str(e), e\n"
        "else:\n"
        "    raise SystemExit('no error')\n"
        "rc = main(['score', '-', '--evaluator', 'judge', '--judge-url', 'http://x/v1',\n"
        "           '--judge-model', 'm'])\n"
        "assert rc == 2, rc\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "csskills[judge]" in done.stderr
