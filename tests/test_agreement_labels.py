"""QA label files: the documented format, located errors, scaling and the calibration report."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

import csskills as cs
from csskills.calibrate import LabelFormatError, calibrate, read_labels

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HEADER = "conversation_id,rater,item,score,scale_min,scale_max,comment\n"


def _write(tmp_path: Path, text: str, name: str = "labels.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_the_example_labels() -> None:
    labels = read_labels(EXAMPLES / "data" / "qa_labels.csv")
    assert {"empathy", "clarity", "overall", "csat"} <= set(labels.items())
    assert {"qa-maria", "qa-tom", "qa-li"} <= set(labels.raters())
    m = labels.matrix("empathy")
    assert m.raw.shape == (len(m.conversations), len(m.raters))
    assert np.nanmin(m.scaled) >= 0 and np.nanmax(m.scaled) <= 100


def test_scores_are_scaled_to_0_100_with_the_given_or_observed_scale(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER + "c1,r1,empathy,1,,,\nc1,r2,empathy,5,,,\nc2,r1,empathy,3,,,\n"
        "c1,r1,overall,7,0,10,\n",
    )
    labels = read_labels(path)
    m = labels.matrix("empathy")
    assert m.scaled[0].tolist() == [0.0, 100.0]
    assert m.scaled[1, 0] == 50.0 and math.isnan(m.scaled[1, 1])
    assert m.consensus().tolist() == [50.0, 50.0]
    assert labels.matrix("overall").scaled[0, 0] == pytest.approx(70.0)


def test_jsonl_labels_and_column_aliases(tmp_path: Path) -> None:
    lines = [
        {"transcript_id": "c1", "rater": "r1", "competency": "clarity", "score": 4},
        {"conversation_id": "c1", "rater": "r2", "item": "clarity", "value": 2, "comment": "vague"},
    ]
    path = _write(tmp_path, "\n".join(json.dumps(x) for x in lines) + "\n", "labels.jsonl")
    labels = read_labels(path)
    assert len(labels) == 2 and labels[1].comment == "vague"


@pytest.mark.parametrize(
    ("body", "where", "message"),
    [
        ("c1,r1,empathy,high,,,\n", ":2:4: score:", "expected a number"),
        ("c1,,empathy,3,,,\n", ":2:2: rater:", "missing value"),
        ("c1,r1,empathy,7,1,5,\n", ":2:4: score:", "outside the scale 1-5"),
        ("c1,r1,empathy,3,1,,\n", ":2:6: scale_max:", "both scale_min and scale_max"),
        ("c1,r1,empathy,3,,,\nc1,r1,empathy,4,,,\n", ":3:1: conversation_id:", "first on line 2"),
        ("c1,r1,empathy\n", ":2:4:", "expected 7 columns, got 3"),
    ],
)
def test_csv_errors_name_file_line_and_column(
    tmp_path: Path, body: str, where: str, message: str
) -> None:
    path = _write(tmp_path, HEADER + body)
    with pytest.raises(LabelFormatError, match=message) as info:
        read_labels(path)
    assert str(info.value).startswith(str(path) + where)
    assert isinstance(info.value, ValueError)


def test_missing_required_column_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "conversation_id,rater,score\nc1,r1,3\n")
    with pytest.raises(LabelFormatError, match=r":1:1: item: missing column 'item'"):
        read_labels(path)


def test_jsonl_errors_point_at_the_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '{"conversation_id": "c1", "rater": "r1", "item": "x", "score": 1}\n'
        '{"conversation_id": "c1", "rater": "r2", "item": "x", "score": "n/a"}\n',
        "l.jsonl",
    )
    with pytest.raises(LabelFormatError, match=r"l\.jsonl:2:55: score: expected a number"):
        read_labels(path)
    bad = _write(tmp_path, '{"conversation_id": "c1",\n', "bad.jsonl")
    with pytest.raises(LabelFormatError, match=r"bad\.jsonl:1:\d+: invalid JSON"):
        read_labels(bad)


def test_label_error_survives_pickle() -> None:
    import pickle

    err = LabelFormatError("bad", source="f.csv", line=3, column=2, field="score")
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err) == "f.csv:3:2: score: bad"


@pytest.fixture(scope="module")
def example_assessments() -> list[cs.Assessment]:
    transcripts = []
    for name in ("support_chat", "support_voice", "support_email"):
        transcripts += cs.read_transcripts(EXAMPLES / "data" / f"{name}.jsonl")
    return list(cs.evaluate_many(transcripts))


def test_calibration_report_on_the_example(example_assessments: list[cs.Assessment]) -> None:
    labels = read_labels(EXAMPLES / "data" / "qa_labels.csv")
    report = calibrate(example_assessments, labels, n_boot=50, seed=1, top=3)
    items = {r.item: r for r in report.items}
    overall = items["overall"]
    assert overall.matched == overall.conversations
    names = [s.name for s in overall.humans]
    assert "ICC(2,1)" in names and "krippendorff_alpha_ordinal" in names
    ev = {s.name: s for s in overall.evaluator}
    assert ev["spearman"].value is not None and ev["spearman"].value > 0.5
    # the invented labels make qa-tom lenient and qa-li severe
    bias = {b.rater: b.bias.value for b in overall.leniency}
    assert bias["qa-tom"] > 0 > bias["qa-li"]
    worst = overall.disagreements
    assert len(worst) == 3
    assert abs(worst[0].gap) >= abs(worst[-1].gap)
    assert worst[0].evidence, "a disagreement shows the evaluator's evidence"
    everything = calibrate(example_assessments, labels, items=["empathy"], n_boot=0, top=100)
    chat6 = {d.conversation_id: d for d in everything.items[0].disagreements}["chat-0006"]
    assert "policy" in chat6.comments["qa-maria"]
    text = report.render()
    assert "largest disagreements" in text and "qa-tom" in text
    json.dumps(report.to_dict())
    again = calibrate(example_assessments, labels, n_boot=50, seed=1, top=3)
    assert again == report


def test_unmatched_conversations_are_listed(example_assessments: list[cs.Assessment]) -> None:
    labels = read_labels(EXAMPLES / "data" / "qa_labels.csv")
    report = calibrate(example_assessments[:5], labels, items=["overall"], n_boot=0)
    assert len(report.unmatched_conversations) == len(labels.conversations()) - 5
    assert report.items[0].matched == 5


def test_cli_calibrate_prints_report_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example_assessments: list[cs.Assessment]
) -> None:
    from csskills.cli import main

    path = tmp_path / "a.jsonl"
    path.write_text("".join(a.model_dump_json() + "\n" for a in example_assessments))
    labels = str(EXAMPLES / "data" / "qa_labels.csv")
    card = str(EXAMPLES / "scorecards" / "tier1_chat.toml")
    assert main(["calibrate", str(path), labels, "--n-boot", "20", "--scorecard", card]) == 0
    out = capsys.readouterr().out
    assert "== empathy" in out and "ICC(3,k)" in out and "Scorecard" in out
    assert (
        main(["calibrate", str(path), labels, "--json", "--n-boot", "20", "--item", "overall"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [i["item"] for i in data["items"]] == ["overall"]


def test_cli_calibrate_bad_labels_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example_assessments: list[cs.Assessment]
) -> None:
    from csskills.cli import main

    path = tmp_path / "a.jsonl"
    path.write_text(example_assessments[0].model_dump_json() + "\n")
    bad = _write(tmp_path, HEADER + "c1,r1,empathy,x,,,\n")
    assert main(["calibrate", str(path), str(bad)]) == 2
    assert f"{bad}:2:4: score: expected a number" in capsys.readouterr().err


# -- label files as QA leads save them ------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_labels_in_unicode_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "labels.csv"
    path.write_bytes((HEADER + "c1,r1,empathy,4,1,5,très bien\n").encode(encoding))
    (label,) = read_labels(path)
    assert label.comment == "très bien"


def test_latin1_labels_are_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_bytes((HEADER + "c1,r1,empathy,4,1,5,très bien\n").encode("latin-1"))
    with pytest.raises(LabelFormatError, match=r"labels\.csv:2:.*not valid UTF-8.*UTF-8"):
        read_labels(path)


def test_a_comment_over_the_csv_field_limit_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, HEADER + "c1,r1,empathy,4,1,5," + "x" * 200_000 + "\n")
    assert len(read_labels(path)[0].comment or "") == 200_000


def test_an_unterminated_quote_is_a_located_error_not_a_lost_label(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        HEADER + 'c1,r1,empathy,4,1,5,"great job\nc2,r1,empathy,2,1,5,too slow\n',
    )
    with pytest.raises(LabelFormatError, match=r"labels\.csv:2:7: unterminated quote"):
        read_labels(path)


def test_a_multi_line_quoted_comment_is_still_read(tmp_path: Path) -> None:
    text = HEADER + 'c1,r1,empathy,4,1,5,"line one\nline two"\nc2,r1,empathy,2,,,\n'
    path = _write(tmp_path, text)
    labels = read_labels(path)
    assert [lb.conversation_id for lb in labels] == ["c1", "c2"]


def test_deeply_nested_jsonl_labels_are_a_located_error(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"a": ' * 100_000 + "1" + "}" * 100_000 + "\n", "labels.jsonl")
    with pytest.raises(LabelFormatError, match=r"labels\.jsonl:1:1: .*nested too deeply"):
        read_labels(path)


def test_cli_calibrate_refuses_bad_options_and_redacts_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example_assessments: list[cs.Assessment]
) -> None:
    from csskills.cli import main

    path = tmp_path / "a.jsonl"
    path.write_text("".join(a.model_dump_json() + "\n" for a in example_assessments))
    ids = [a.transcript_id for a in example_assessments[:4]]
    rows = [f"{c},r{k},overall,{(3 * k + i) % 5 + 1},,,call me on +44 20 7946 0958"
            for i, c in enumerate(ids) for k in range(2)]  # fmt: skip
    labels = _write(tmp_path, HEADER + "\n".join(rows) + "\n")
    for bad in (["--seed", "-1"], ["--n-boot", "-5"], ["--top", "x"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["calibrate", str(path), str(labels), *bad])
        assert exit_info.value.code == 2
    assert main(["calibrate", str(path), str(labels), "--item", "nonexistent"]) == 2
    assert "no labels for item 'nonexistent'" in capsys.readouterr().err
    assert main(["calibrate", str(path), str(labels), "--n-boot", "10", "--top", "10"]) == 0
    out = capsys.readouterr().out
    assert "7946" not in out and "[PHONE]" in out
    assert main(["calibrate", str(path), str(labels), "--n-boot", "10", "--json"]) == 0
    assert "7946" not in capsys.readouterr().out
    assert main(
        ["calibrate", str(path), str(labels), "--n-boot", "10", "--top", "10", "--no-redact"]
    ) == 0
    assert "+44 20 7946 0958" in capsys.readouterr().out
    with pytest.raises(cs.ConfigurationError, match="seed"):
        calibrate(example_assessments, read_labels(labels), seed=-1)
