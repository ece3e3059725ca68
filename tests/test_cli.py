"""The command line: summaries, exit codes, one-line errors, nothing lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csskills.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "data"
GOOD = json.dumps({"id": "g1", "turns": [{"role": "agent", "text": "Sorry for the wait!"}]})


def test_score_examples_writes_one_line_per_conversation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.jsonl"
    inputs = sorted(str(p) for p in EXAMPLES.glob("support_*.jsonl"))
    assert main(["score", *inputs, "-o", str(out)]) == 0
    n_in = sum(1 for p in inputs for line in Path(p).read_text().splitlines() if line.strip())
    lines = out.read_text().splitlines()
    assert len(lines) == n_in
    first = json.loads(lines[0])
    assert {"transcript_id", "evaluator", "overall", "scores", "behaviours", "metrics"} <= set(
        first
    )
    assert "Scored" in capsys.readouterr().out


def test_bad_record_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(GOOD + "\n" + '{"id": "x", "turns": "nope"}\n')
    assert main(["score", str(path), "-o", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "in.jsonl:2: turns" in err
    assert not (tmp_path / "out.jsonl").exists(), "no half-written output is left behind"


def test_skip_scores_good_and_lists_bad(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(GOOD + "\n{broken\n" + GOOD.replace("g1", "g2") + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["score", str(path), "-o", str(out), "--on-error", "skip", "-q"]) == 1
    assert [json.loads(x)["transcript_id"] for x in out.read_text().splitlines()] == ["g1", "g2"]
    errors = [json.loads(x) for x in Path(str(out) + ".errors.jsonl").read_text().splitlines()]
    assert len(errors) == 1 and errors[0]["line"] == 2


def test_missing_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", str(tmp_path / "none.jsonl"), "-q"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_competencies_lists_ten(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["competencies", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 10


def test_schema_prints_both(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schemas = json.loads(capsys.readouterr().out)
    assert set(schemas) == {"transcript", "assessment"}
    assert "turns" in schemas["transcript"]["properties"]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and "csskills" in capsys.readouterr().out


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["score"])
    assert exc.value.code == 2


# -- importer options, unattributed conversations, redaction in context ----------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats"


def _zendesk_without_users(tmp_path: Path) -> Path:
    ticket = json.loads((FIXTURES / "zendesk_ticket.json").read_text())
    ticket.pop("users", None)
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(ticket))
    return path


def test_agent_ids_option_reaches_the_zendesk_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _zendesk_without_users(tmp_path)
    out = tmp_path / "a.jsonl"
    assert main(["score", str(path), "--format", "zendesk", "-o", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "agent_ids=[...] (command line: --agent-ids)" in err
    assert main(
        ["score", str(path), "-o", str(out), "-q", "--agent-ids", "7001,7002", "--language", "en"]
    ) == 0
    assert json.loads(out.read_text())["transcript_id"] == "35436"


def test_an_option_no_input_takes_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(GOOD + "\n")
    out = str(tmp_path / "o.jsonl")
    args = ["score", str(path), "-o", out, "-q", "--language", "en"]
    assert main([*args, "--agent-ids", "1", "--unanswered", "drop"]) == 0
    err = capsys.readouterr().err
    assert "--agent-ids was not used" in err and "--unanswered was not used" in err


def test_conversations_without_an_agent_id_are_counted_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_agent = {"id": "a", "agent_id": "ana", "language": "en",
                  "turns": [{"role": "agent", "text": "Sorry for the wait!"}]}  # fmt: skip
    without = {"id": "b", "language": "en", "turns": [{"role": "agent", "text": "Hello!"}]}
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(with_agent) + "\n" + json.dumps(without) + "\n")
    assert main(["score", str(path), "-o", str(tmp_path / "o.jsonl")]) == 0
    out = capsys.readouterr().out
    expected = "2 conversation(s) from 1 file(s), 1 agent(s), 1 conversation(s) without an agent id"
    assert expected in out


def test_score_redacts_an_address_that_a_span_cuts_in_two(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from csskills import Evidence
    from csskills.evaluate import DefaultEvaluator

    original = DefaultEvaluator.evaluate

    def cut(self: DefaultEvaluator, transcript: object) -> object:
        a = original(self, transcript)  # type: ignore[arg-type]
        text = transcript.turns[0].text  # type: ignore[attr-defined]
        start = text.index("jane")
        end = text.index(".com")  # the tokenizer cut at the dot: "jane.smith84@gmail"
        span = Evidence(turn=0, start=start, end=end, text=text[start:end], rule="test")
        tail = Evidence(turn=0, start=end, end=len(text), text=text[end:], rule="test")
        return a.model_copy(update={"behaviours": {**a.behaviours, "test": (span, tail)}})

    monkeypatch.setattr(DefaultEvaluator, "evaluate", cut)
    record = {"id": "p", "language": "en", "agent_id": "a1",
              "turns": [{"role": "customer", "text": "Mail jane.smith84@gmail.com now"},
                        {"role": "agent", "text": "Sure."}]}  # fmt: skip
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record) + "\n")
    out = tmp_path / "o.jsonl"
    assert main(["score", str(path), "-o", str(out), "-q"]) == 0
    text = out.read_text()
    assert "jane" not in text and "smith84" not in text and "gmail" not in text
    spans = json.loads(text)["behaviours"]["test"]
    assert [len(s["text"]) for s in spans] == [s["end"] - s["start"] for s in spans]


def test_a_file_of_unknown_format_is_listed_and_the_others_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = tmp_path / "what.json"
    unknown.write_text('{"hello": "world"}')
    good = tmp_path / "in.jsonl"
    good.write_text(GOOD + "\n")
    out = tmp_path / "o.jsonl"
    code = main(["score", str(unknown), str(good), "-o", str(out), "-q", "--on-error", "skip",
                 "--language", "en"])  # fmt: skip
    assert code == 1
    assert [json.loads(x)["transcript_id"] for x in out.read_text().splitlines()] == ["g1"]
    (error,) = [json.loads(x) for x in Path(str(out) + ".errors.jsonl").read_text().splitlines()]
    assert error["source"] == str(unknown) and "cannot tell the format" in error["message"]
