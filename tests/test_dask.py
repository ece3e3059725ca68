"""csskills.dask on a real distributed.LocalCluster (2 workers): same results as one process."""

from __future__ import annotations

import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db
from distributed import Client, LocalCluster

import csskills as cs
from csskills.dask import profiles_from_bag, score_bag, score_dataframe, stats_from_bag

DATA = Path(__file__).resolve().parents[1] / "examples" / "data"
FILES = ("support_chat", "support_email", "support_voice", "multilingual")


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    # Threads, not processes: the same scheduler, task graph and partition-wise code paths,
    # started in about a second; pickling (what processes add) is tested on its own below.
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def transcripts() -> list[cs.Transcript]:
    return [t for name in FILES for t in cs.read_transcripts(DATA / f"{name}.jsonl")]


def _dump(items: list[object]) -> list[object]:
    return [json.loads(x.model_dump_json()) for x in items]  # type: ignore[attr-defined]


@pytest.mark.parametrize("npartitions", [1, 3, 7])
def test_score_bag_equals_single_process(
    client: Client, transcripts: list[cs.Transcript], npartitions: int
) -> None:
    bag = db.from_sequence(transcripts, npartitions=npartitions)
    scored = score_bag(bag).compute()
    expected = list(cs.evaluate_many(transcripts))
    assert [a.transcript_id for a in scored] == [t.id for t in transcripts]  # order kept
    assert _dump(scored) == _dump(expected)


def test_score_bag_reads_json_lines_dicts_and_keeps_failures_in_place(
    client: Client, transcripts: list[cs.Transcript]
) -> None:
    lines = (DATA / "support_chat.jsonl").read_text(encoding="utf-8").splitlines()
    items: list[object] = [
        lines[0],
        json.loads(lines[1]),
        '{"id": "bad", "turns": [{"role": "robot", "text": "hi"}]}',
        "not json",
        42,
    ]
    scored = score_bag(db.from_sequence(items, npartitions=2)).compute()
    assert len(scored) == 5
    assert isinstance(scored[0], cs.Assessment) and isinstance(scored[1], cs.Assessment)
    assert scored[0].transcript_id == transcripts[0].id
    assert scored[1].transcript_id == transcripts[1].id
    bad, not_json, number = scored[2:]
    assert isinstance(bad, cs.Failure) and "turns.0.role" in bad.message
    assert isinstance(not_json, cs.Failure) and "not valid JSON" in not_json.message
    assert isinstance(number, cs.Failure) and "got int" in number.message
    assert "partition 1 item" in number.message  # says where the element was


@pytest.mark.parametrize("npartitions", [1, 4, 9])
def test_profiles_from_bag_equal_build_profiles(
    client: Client, transcripts: list[cs.Transcript], npartitions: int
) -> None:
    assessments = list(cs.evaluate_many(transcripts))
    expected = cs.build_profiles(assessments)
    bag = score_bag(db.from_sequence(transcripts, npartitions=npartitions))
    got = profiles_from_bag(bag)
    assert got.to_dict() == expected.to_dict()
    stats = stats_from_bag(bag).compute()
    assert stats == cs.ProfileStats.from_assessments(assessments)
    assert len(stats) == len(transcripts)


def test_profiles_from_bag_passes_options_and_compare_at(
    client: Client, transcripts: list[cs.Transcript]
) -> None:
    assessments = list(cs.evaluate_many(transcripts))
    options = cs.ProfileOptions(level=0.8, min_conversations=2, examples_per_pattern=1)
    expected = cs.build_profiles(assessments, options=options, compare_at="2024-03-01")
    got = profiles_from_bag(
        db.from_sequence(assessments, npartitions=5), options=options, compare_at="2024-03-01"
    )
    assert got.to_dict() == expected.to_dict()


def test_profiles_from_bag_skips_failures(client: Client, transcripts: list[cs.Transcript]) -> None:
    assessments = list(cs.evaluate_many(transcripts))
    failure = cs.Failure(error_type="InputFormatError", message="x.jsonl:3: bad")
    items = [*assessments[:5], failure, *assessments[5:]]
    got = profiles_from_bag(db.from_sequence(items, npartitions=3))
    assert got.to_dict() == cs.build_profiles(assessments).to_dict()


def test_conversation_in_two_partitions_is_refused(
    client: Client, transcripts: list[cs.Transcript]
) -> None:
    assessments = list(cs.evaluate_many(transcripts[:6]))
    twice = [*assessments, assessments[0]]  # the same conversation scored in two partitions
    with pytest.raises(ValueError, match=assessments[0].transcript_id):
        profiles_from_bag(db.from_sequence(twice, npartitions=2))


def test_score_dataframe_equals_single_process(
    client: Client, transcripts: list[cs.Transcript]
) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from csskills.frames import transcripts_from_frame, transcripts_to_frame

    frame = transcripts_to_frame(transcripts)
    # an integer key per conversation, already sorted: partitions never split a conversation
    frame.index = pd.Index(pd.factorize(frame["id"])[0], name="conversation")
    ddf = dd.from_pandas(frame, npartitions=4, sort=True)
    assert ddf.npartitions > 1
    scored = score_dataframe(ddf).compute()  # default mapping: transcripts_to_frame's columns
    expected = list(cs.evaluate_many(transcripts_from_frame(frame)))
    assert [a.transcript_id for a in scored] == [t.id for t in transcripts]
    assert _dump(scored) == _dump(expected)
    assert {a.agent_id for a in scored} == {t.agent_id for t in transcripts}
    by_id = {"id": "id", "role": "role", "text": "text"}  # a mapping as a dict
    assert len(score_dataframe(ddf, by_id).compute()) == len(transcripts)


def test_score_dataframe_collects_bad_rows(client: Client) -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame(
        {
            "ticket": ["a", "a", "b", "b"],
            "sender": ["Staff", "Client", "Staff", "Martian"],
            "body": ["Hello, how can I help?", "My bill is wrong.", "Hi!", "???"],
        }
    )
    ddf = dd.from_pandas(frame, npartitions=1)
    spec = "id=ticket,role=sender,text=body,role.agent=Staff,role.customer=Client"
    scored = score_dataframe(ddf, spec, errors="collect").compute()
    assert isinstance(scored[0], cs.Assessment) and scored[0].transcript_id == "a"
    assert isinstance(scored[1], cs.Failure) and "Martian" in scored[1].message
    with pytest.raises(ValueError, match="errors must be"):
        score_dataframe(ddf, spec, errors="ignore")


def test_processes_need_picklable_stats(transcripts: list[cs.Transcript]) -> None:
    """What a processes=True cluster ships between workers survives pickling unchanged."""
    assessments = list(cs.evaluate_many(transcripts))
    stats = cs.ProfileStats.from_assessments(assessments)
    again = pickle.loads(pickle.dumps(stats))
    assert again == stats
    assert again.profiles().to_dict() == stats.profiles().to_dict()
    evaluator = pickle.loads(pickle.dumps(cs.DefaultEvaluator(language="en")))
    assert evaluator.language == "en"


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"csskills\[dask\]"):
        score_bag(object())


def test_a_record_with_a_lone_surrogate_is_a_failure_that_can_be_written() -> None:
    from csskills.dask import score_partition

    bad_id = {"id": "x\udc00", "turns": [{"role": "agent", "text": "Hello"}]}
    bad_agent = {"id": "y", "agent_id": "\udc00", "turns": [{"role": "agent", "text": "Hello"}]}
    line = json.dumps({"id": "z", "speaker": 1}).replace('"z"', '"\\udc00"')
    results = score_partition([bad_id, bad_agent, line], partition=0)
    assert [type(r).__name__ for r in results] == ["Failure"] * 3
    for failure in results:
        json.loads(failure.model_dump_json())  # never a PydanticSerializationError
    assert results[1].transcript_id == "y" and "agent_id" in results[1].message
