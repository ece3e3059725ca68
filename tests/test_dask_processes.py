"""csskills.dask on a LocalCluster of 2 worker *processes*: pickling across real processes.

tests/test_dask.py runs the full behaviour on threads (fast to start); this one runs the
score-then-profile path once where the evaluator, the assessments and the partition
statistics really cross process boundaries (about 10-15 seconds: workers import csskills).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

import dask.bag as db
from distributed import Client, LocalCluster

import csskills as cs
from csskills.dask import profiles_from_bag, score_bag

DATA = Path(__file__).resolve().parents[1] / "examples" / "data"


def test_process_cluster_equals_single_process() -> None:
    transcripts = [
        t
        for name in ("support_chat", "support_email", "support_voice", "multilingual")
        for t in cs.read_transcripts(DATA / f"{name}.jsonl")
    ]
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=50,
        ) as cluster,
        Client(cluster) as client,
    ):
        bag = score_bag(db.from_sequence(transcripts, npartitions=4))
        scored = client.compute(bag).result()
        profiles = profiles_from_bag(bag.filter(lambda a: isinstance(a, cs.Assessment)))
    expected = list(cs.evaluate_many(transcripts))
    assert [a.model_dump() for a in scored] == [a.model_dump() for a in expected]
    assert profiles.to_dict() == cs.build_profiles(expected).to_dict()
