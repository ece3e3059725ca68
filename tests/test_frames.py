"""pandas frames (long, fixed columns, never rounded) and the notebook HTML renderings."""

from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import csskills  # noqa: E402
from csskills import Assessment, Failure, InputFormatError, Transcript, Turn, frames  # noqa: E402
from csskills._assessment import CompetencyScore, EvaluatorInfo, Evidence  # noqa: E402

DATA = Path(__file__).parents[1] / "examples" / "data"
ROLES = Path(__file__).parents[1] / "examples" / "roles"


@pytest.fixture(scope="module")
def transcripts() -> list[Transcript]:
    return csskills.load_transcripts(DATA / "support_chat.jsonl") + csskills.load_transcripts(
        DATA / "support_voice.jsonl"
    )


@pytest.fixture(scope="module")
def batch(transcripts: list[Transcript]) -> csskills.BatchResult:
    return csskills.evaluate_many(transcripts)


def test_assessments_frame_is_one_row_per_conversation_and_competency(
    batch: csskills.BatchResult,
) -> None:
    df = frames.assessments_to_frame(batch)
    assert list(df.columns) == list(frames.ASSESSMENT_COLUMNS)
    assert len(df) == sum(len(a.scores) for a in batch)
    first = batch[0]
    for competency, score in first.scores.items():
        row = df[(df.transcript_id == first.transcript_id) & (df.competency == competency)].iloc[0]
        assert row.n_evidence == len(score.evidence)
        assert row.opportunities == score.opportunities
        if score.value is None:
            assert math.isnan(row.value) and row.reason == score.reason
        else:
            assert row.value == score.value  # never rounded


def test_batch_to_frame_equals_the_function(batch: csskills.BatchResult) -> None:
    pd.testing.assert_frame_equal(batch.to_frame(), frames.assessments_to_frame(batch.assessments))


def test_pivot_by_agent_and_competency(batch: csskills.BatchResult) -> None:
    pivot = batch.to_frame().pivot_table(
        index="agent_id", columns="competency", values="value", aggfunc="mean"
    )
    assert set(pivot.index) == {a.agent_id for a in batch}
    assert set(pivot.columns) <= set(csskills.COMPETENCY_IDS)


def test_behaviours_frame_rows_point_at_real_text(
    batch: csskills.BatchResult, transcripts: list[Transcript]
) -> None:
    df = frames.behaviours_to_frame(batch)
    assert list(df.columns) == list(frames.BEHAVIOUR_COLUMNS)
    assert len(df) == sum(len(ev) for a in batch for ev in a.behaviours.values())
    by_id = {t.id: t for t in transcripts}
    for row in df.itertuples():
        assert by_id[row.transcript_id].turns[row.turn].text[row.start : row.end] == row.text


def test_evidence_frame_matches_score_evidence(batch: csskills.BatchResult) -> None:
    df = frames.evidence_to_frame(batch)
    assert len(df) == sum(len(s.evidence) for a in batch for s in a.scores.values())
    assert set(df.competency) <= set(csskills.COMPETENCY_IDS)


def test_empty_inputs_give_empty_frames_with_columns() -> None:
    assert list(frames.assessments_to_frame([]).columns) == list(frames.ASSESSMENT_COLUMNS)
    assert frames.behaviours_to_frame([]).empty
    assert list(frames.transcripts_to_frame([]).columns) == list(frames.TURN_COLUMNS)


def test_failures_frame() -> None:
    failure = Failure(source="x.jsonl", line=3, error_type="InputFormatError", message="bad")
    df = frames.failures_to_frame([failure])
    assert df.iloc[0].line == 3 and df.iloc[0].message == "bad"


def test_transcripts_round_trip_through_a_frame(transcripts: list[Transcript]) -> None:
    back = frames.transcripts_from_frame(frames.transcripts_to_frame(transcripts))
    assert len(back) == len(transcripts)
    for original, restored in zip(transcripts, back, strict=True):
        assert isinstance(restored, Transcript)
        assert restored.id == original.id
        assert restored.agent_id == original.agent_id
        assert restored.channel == original.channel
        strip = [t.model_copy(update={"metadata": {}}) for t in original.turns]
        assert [t.model_copy(update={"metadata": {}}) for t in restored.turns] == strip


def test_transcripts_from_a_users_frame_with_mapping() -> None:
    df = pd.DataFrame(
        {
            "case": ["c1", "c1", "c2", "c2"],
            "from": ["Client", "Staff", "Client", "Staff"],
            "message": ["Hi, my order is late.", "Sorry! It ships today.", "Refund?", "Done."],
        }
    )
    out = frames.transcripts_from_frame(
        df, "id=case,role=from,text=message,role.agent=Staff,role.customer=Client"
    )
    assert [t.id for t in out if isinstance(t, Transcript)] == ["c1", "c2"]
    same = frames.transcripts_from_frame(
        df,
        {"id": "case", "role": "from", "text": "message", "role.agent": "Staff",
         "role.customer": "Client"},
    )  # fmt: skip
    assert same == out


def test_unknown_role_in_a_frame_names_the_row() -> None:
    df = pd.DataFrame(
        {"id": ["a", "a"], "role": ["agent", "Supervisor"], "text": ["Hello", "Hi"]},
        index=[10, 11],
    )
    with pytest.raises(InputFormatError, match=r"row 11.*'Supervisor'"):
        frames.transcripts_from_frame(df)
    out = frames.transcripts_from_frame(df, errors="collect")
    assert isinstance(out[0], Failure) and "row 11" in out[0].message


def test_missing_columns_are_named() -> None:
    with pytest.raises(csskills.InputFormatError, match="text"):
        frames.transcripts_from_frame(pd.DataFrame({"id": ["a"], "role": ["agent"]}))


def test_profiles_and_gaps_frames(batch: csskills.BatchResult) -> None:
    profiles = csskills.build_profiles(batch)
    df = frames.profiles_to_frame(profiles)
    assert list(df.columns) == list(frames.PROFILE_COLUMNS)
    assert len(df) == len(profiles) * (len(csskills.COMPETENCY_IDS) + 1)
    assert set(df.label) <= {"strength", "weakness", "typical", "not enough evidence"}
    report = csskills.skill_gaps(profiles, csskills.load_role(ROLES / "tier1_support.toml"))
    gaps = frames.gaps_to_frame(report)
    assert list(gaps.columns) == list(frames.GAP_COLUMNS)
    per_agent = gaps.groupby("agent_id").size()
    assert (per_agent == len(report.role.competencies)).all()
    assert set(gaps.status) <= {"gap", "met", "uncertain", "not assessed"}
    team = frames.team_gaps_to_frame(report)
    assert len(team) == len(report.team)


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"csskills\[pandas\]"):
        frames.assessments_to_frame([])


# -- HTML ----------------------------------------------------------------------------------------


def _hostile_assessment() -> Assessment:
    evil = "<script>alert(1)</script>"
    evidence = Evidence(turn=0, start=0, end=len(evil), text=evil, rule="r<1>", polarity="negative")
    return Assessment(
        transcript_id="<b>id</b>",
        agent_id="a&b",
        evaluator=EvaluatorInfo(name="e", version="1"),
        overall=55.5,
        scores={
            "empathy": CompetencyScore(value=40.0, opportunities=2, evidence=(evidence,)),
            "patience": CompetencyScore(value=None, reason="no <upset> customer"),
        },
        warnings=("<i>warn</i>",),
    )


def test_assessment_html_escapes_every_text() -> None:
    html = _hostile_assessment()._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>id</b>" not in html and "&lt;b&gt;id&lt;/b&gt;" in html
    assert "a&amp;b" in html and "r&lt;1&gt;" in html
    assert "N/A: no &lt;upset&gt; customer" in html
    assert "&lt;i&gt;warn&lt;/i&gt;" in html
    assert "40.0" in html and "55.5" in html


def test_batch_html_lists_scores_and_failures(batch: csskills.BatchResult) -> None:
    failure = Failure(transcript_id="<x>", error_type="E", message="bad <line>")
    result = csskills.BatchResult([*batch.assessments, _hostile_assessment()], [failure])
    html = result._repr_html_()
    assert f"<b>{len(batch) + 1}</b> assessments" in html
    assert "bad &lt;line&gt;" in html and "<x>" not in html
    assert batch[0].transcript_id in html


def test_real_turn_text_is_escaped_in_html() -> None:
    t = Transcript(
        id="t",
        turns=(
            Turn(role="customer", text="I'm <so> angry & upset!!"),
            Turn(
                role="agent", text="I'm so sorry about that <3, I understand how frustrating it is."
            ),
        ),
    )
    html = csskills.evaluate(t)._repr_html_()
    assert "<3" not in html.replace("&lt;3", "")


# -- properties ----------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.strategies import chat_transcripts, voice_transcripts  # noqa: E402


@settings(max_examples=40, deadline=None)
@given(t=st.one_of(voice_transcripts(), chat_transcripts()))
def test_any_transcript_survives_frame_and_csv_round_trips(
    t: Transcript, tmp_path_factory: pytest.TempPathFactory
) -> None:
    df = frames.transcripts_to_frame([t])
    (back,) = frames.transcripts_from_frame(df)
    assert isinstance(back, Transcript)
    assert [(x.role, x.text, x.start, x.end, x.timestamp) for x in back.turns] == [
        (x.role, x.text, x.start, x.end, x.timestamp) for x in t.turns
    ]
    path = tmp_path_factory.mktemp("csv") / "turns.csv"
    # pandas leaves a lone "\r" unquoted, which every CSV reader takes for a line break:
    # quote all fields, as a spreadsheet export does.
    df.to_csv(path, index=False, quoting=csv.QUOTE_ALL)
    mapping = "id=id,role=role,text=text,start=start,end=end,timestamp=timestamp,channel=channel"
    (from_csv,) = csskills.read(path, mapping=mapping)
    assert isinstance(from_csv, Transcript)
    assert [(x.role, x.text, x.start, x.timestamp) for x in from_csv.turns] == [
        (x.role, x.text, x.start, x.timestamp) for x in t.turns
    ]


def test_started_at_is_always_utc_datetime64() -> None:
    """Chat (aware, any offset), voice (no start time) and naive timestamps in one frame:
    the column is ``datetime64[ns, UTC]`` so that ``.dt`` works (it was ``object``)."""
    from datetime import datetime, timedelta, timezone

    plus2 = timezone(timedelta(hours=2))
    chat = Transcript(
        id="chat", language="en",
        turns=(Turn(role="agent", text="Sorry!", timestamp=datetime(2026, 3, 2, 9, tzinfo=plus2)),),
    )  # fmt: skip
    voice = Transcript(
        id="voice", language="en", channel="voice",
        turns=(Turn(role="agent", text="Sorry!", start=0.0, end=1.0),),
    )  # fmt: skip
    naive = Transcript(
        id="naive", language="en",
        turns=(Turn(role="agent", text="Hello!", timestamp=datetime(2026, 3, 2, 9)),),
    )  # fmt: skip
    batch = csskills.evaluate_many([chat, voice, naive])
    for frame in (frames.assessments_to_frame(batch), frames.behaviours_to_frame(batch)):
        if frame.empty:
            continue
        assert str(frame["started_at"].dtype) == "datetime64[ns, UTC]"
    frame = frames.assessments_to_frame(batch).drop_duplicates("transcript_id")
    hours = dict(zip(frame.transcript_id, frame.started_at.dt.hour, strict=True))
    assert hours["chat"] == 7 and hours["naive"] == 9 and math.isnan(hours["voice"])
    assert str(frames.assessments_to_frame([]).started_at.dtype) == "datetime64[ns, UTC]"
