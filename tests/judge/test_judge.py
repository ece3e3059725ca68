"""LLMJudge against a scripted fake endpoint: verified spans, N/A rules, retries, structured
output negotiation, the cache, samples, tokens and cost, the gate, concurrency, conformance."""

from __future__ import annotations

import json
import pickle
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("httpx")

import csskills as cs
from csskills.exceptions import ConfigurationError
from csskills.judge import ASKED, LLMJudge
from csskills.testing import check_evaluator, sample_transcripts
from tests.judge.fake_llm import Asked, FakeLLM, Reply, answer, completion

CUSTOMER = "My router keeps dropping and I work from home, this is stressful!"
AGENT = "I'm so sorry about that, I know how stressful it is. Restart it and tell me."


def convo(tid: str = "c1", **extra: Any) -> cs.Transcript:
    return cs.Transcript(
        id=tid, language="en", channel="chat", agent_id="ana",
        turns=(cs.Turn(role="customer", text=CUSTOMER), cs.Turn(role="agent", text=AGENT)),
        **extra,
    )  # fmt: skip


def judge(fake: FakeLLM, tmp_path: Path, **kw: Any) -> LLMJudge:
    kw.setdefault("cache_dir", tmp_path / "cache")
    kw.setdefault("backoff", 0.01)
    return LLMJudge(model="fake", base_url=fake.url, **kw)


def only(cid: str, fake: FakeLLM, tmp_path: Path, **kw: Any) -> LLMJudge:
    return judge(fake, tmp_path, competencies=[cid], **kw)


# -- every claim checked ----------------------------------------------------------------------


def test_quotes_become_verified_spans_with_offsets(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(
        answer(85, [
            {"turn": 1, "quote": "I know how stressful it is", "polarity": "positive"},
            {"turn": 0, "quote": "THIS IS   STRESSFUL", "polarity": "context"},  # normalised
        ]),
        competency="empathy",
    )  # fmt: skip
    t = convo()
    a = only("empathy", fake_llm, tmp_path).evaluate(t)
    s = a.scores["empathy"]
    assert s.value == 85.0
    spans = {(e.turn, e.start, e.end, e.text, e.polarity, e.rule) for e in s.evidence}
    k = AGENT.index("I know")
    c = CUSTOMER.index("this is stressful")
    assert spans == {
        (1, k, k + len("I know how stressful it is"), "I know how stressful it is", "positive",
         "judge:empathy"),
        (0, c, c + len("this is stressful"), "this is stressful", "context", "judge:empathy"),
    }  # fmt: skip
    for e in s.evidence:
        assert t.turns[e.turn].text[e.start : e.end] == e.text
    q = a.metrics["judge"]["quotes"]
    assert (q["given"], q["verified"], q["exact"], q["normalised"]) == (2, 2, 1, 1)


def test_invented_quotes_and_wrong_turns_are_dropped_and_counted(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    fake_llm.queue(
        answer(90, [
            {"turn": 1, "quote": "We will refund you twice"},  # invented
            {"turn": 7, "quote": "so sorry"},  # no such turn
            {"turn": 0, "quote": "so sorry"},  # real words, wrong turn
            {"turn": 1, "quote": "so sorry"},  # the one that holds
        ]),
        competency="empathy",
    )  # fmt: skip
    a = only("empathy", fake_llm, tmp_path).evaluate(convo())
    s = a.scores["empathy"]
    assert s.value == 90.0 and [e.text for e in s.evidence] == ["so sorry"]
    q = a.metrics["judge"]["quotes"]
    assert (q["given"], q["verified"], q["not_found"], q["bad_turn"]) == (4, 1, 2, 1)
    assert any("3 of 4 quote(s)" in w for w in a.warnings)


def test_a_score_with_only_unverifiable_quotes_is_unsupported(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    fake_llm.queue(
        answer(95, [{"turn": 1, "quote": "I will personally fix it"}, {"turn": 9, "quote": "x"}]),
        competency="empathy",
    )
    s = only("empathy", fake_llm, tmp_path).evaluate(convo()).scores["empathy"]
    assert s.value is None and s.evidence == ()
    assert s.reason is not None and s.reason.startswith("unsupported: ")


def test_no_evidence_no_score(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(answer(60, []), competency="clarity")
    a = only("clarity", fake_llm, tmp_path).evaluate(convo())
    s = a.scores["clarity"]
    assert s.value is None and s.reason is not None
    assert s.reason.startswith("No evidence, no score")
    assert a.metrics["judge"]["competencies"]["clarity"]["said"] == [60.0]


def test_null_is_na_with_the_judges_reason(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(answer(None, [], reason="The customer is calm."), competency="patience")
    s = only("patience", fake_llm, tmp_path).evaluate(convo()).scores["patience"]
    assert s.value is None and s.reason == "judge: The customer is calm."


def test_continuous_improvement_is_never_asked(fake_llm: FakeLLM, tmp_path: Path) -> None:
    a = judge(fake_llm, tmp_path).evaluate(convo())
    asked = sorted(r.competency for r in fake_llm.requests)
    assert asked == sorted(ASKED) and "continuous_improvement" not in asked
    ci = a.scores["continuous_improvement"]
    assert ci.value is None and ci.reason and "history" in ci.reason
    assert a.overall == 70.0 and a.evaluator.name == "csskills.judge"


# -- malformed answers, retries, failures -----------------------------------------------------


def test_malformed_answer_is_asked_again_with_the_reason(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    fake_llm.queue(completion("Sure! The score is 80."), competency="empathy")
    a = only("empathy", fake_llm, tmp_path).evaluate(convo())
    assert fake_llm.count("empathy") == 2
    retry = fake_llm.requests[1].body["messages"]
    assert retry[2] == {"role": "assistant", "content": "Sure! The score is 80."}
    assert "could not be used" in retry[3]["content"]
    assert a.scores["empathy"].value == 70.0  # the second answer was good
    assert a.metrics["judge"]["tokens"]["input"] == 200  # both answers were paid for


def test_malformed_twice_is_a_failure_never_a_guess(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(
        completion('{"value": 80, "reason": "good"'), completion("```json\n{bad}\n```"),
        competency="empathy",
    )  # fmt: skip
    fake_llm.queue(completion('{"value": 80}'), completion('{"value": 80}'), competency="clarity")
    a = judge(fake_llm, tmp_path, competencies=["empathy", "clarity", "patience"]).evaluate(convo())
    for cid in ("empathy", "clarity"):
        s = a.scores[cid]
        assert s.value is None and s.reason and s.reason.startswith("judge failed: malformed")
        assert fake_llm.count(cid) == 2
        assert a.metrics["judge"]["competencies"][cid]["failed"] == 1
    assert a.scores["patience"].value == 70.0
    assert any("failed on 2" in w for w in a.warnings)


def test_fenced_answer_is_accepted(fake_llm: FakeLLM, tmp_path: Path) -> None:
    evidence = [{"turn": 1, "quote": "Restart it"}]
    body = json.dumps({"value": 40, "reason": "r", "evidence": evidence})
    fake_llm.queue(completion(f"```json\n{body}\n```"), competency="clarity")
    assert only("clarity", fake_llm, tmp_path).evaluate(convo()).scores["clarity"].value == 40.0
    assert fake_llm.count() == 1


def test_answer_cut_off_at_max_tokens_is_malformed(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(
        completion('{"value": 80, "rea', finish_reason="length"),
        completion('{"value": 80, "rea', finish_reason="length"),
        competency="clarity",
    )
    s = only("clarity", fake_llm, tmp_path, max_tokens=5).evaluate(convo()).scores["clarity"]
    assert s.value is None and s.reason and "cut off at max_tokens" in s.reason
    assert fake_llm.requests[0].body["max_tokens"] == 5


def test_500_is_retried_then_answered(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(Reply(500, {"error": {"message": "boom"}}), Reply(502, "bad gateway"))
    j = only("empathy", fake_llm, tmp_path)
    assert j.evaluate(convo()).scores["empathy"].value == 70.0
    assert fake_llm.count() == 3 and j.usage.retries == 2


def test_500_forever_is_a_failure_after_the_retries(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(*[Reply(503, {"error": {"message": "overloaded"}})] * 3, competency="empathy")
    a = judge(fake_llm, tmp_path, competencies=["empathy", "clarity"], max_retries=2).evaluate(
        convo()
    )
    s = a.scores["empathy"]
    assert s.value is None and s.reason == "judge failed: HTTP 503: overloaded (3 attempts)"
    assert fake_llm.count("empathy") == 3
    assert a.scores["clarity"].value == 70.0


def test_429_waits_for_retry_after(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(Reply(429, {"error": {"message": "slow down"}}, headers={"Retry-After": "1"}))
    j = only("empathy", fake_llm, tmp_path)
    start = time.monotonic()
    assert j.evaluate(convo()).scores["empathy"].value == 70.0
    assert time.monotonic() - start >= 1.0
    assert fake_llm.count() == 2


def test_timeouts_are_retried_and_then_fail(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(Reply(delay=1.5), competency="empathy")
    j = only("empathy", fake_llm, tmp_path, timeout=0.3, max_retries=1)
    assert j.evaluate(convo()).scores["empathy"].value == 70.0
    assert fake_llm.count() == 2
    fake_llm.queue(Reply(delay=1.5), Reply(delay=1.5), competency="clarity")
    a = judge(fake_llm, tmp_path, competencies=["empathy", "clarity"], timeout=0.3,
              max_retries=1).evaluate(convo())  # fmt: skip
    assert a.scores["clarity"].reason == "judge failed: no answer within 0.3 s (2 attempts)"
    assert a.scores["empathy"].value == 70.0


def test_connection_errors_are_retried_then_fail(tmp_path: Path) -> None:
    from tests.judge.fake_llm import FakeLLM as Server

    server = Server()
    url = server.url
    server.close()  # nothing listens there any more
    j = LLMJudge("fake", url, cache_dir=tmp_path, backoff=0.01, max_retries=1)
    with pytest.raises(cs.EvaluationError, match=r"answered no request: .*connection error"):
        j.evaluate(convo())
    batch = j.evaluate_many([convo("a"), convo("b")])
    assert [f.transcript_id for f in batch.failures] == ["a", "b"] and len(batch) == 0


def test_a_refused_key_stops_at_once(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.handler = lambda asked: Reply(401, {"error": {"message": "invalid api key"}})
    j = judge(fake_llm, tmp_path, concurrency=1)
    with pytest.raises(ConfigurationError, match="CSSKILLS_JUDGE_KEY"):
        j.evaluate(convo())
    assert fake_llm.count() == 1  # no retry, no other competency asked
    batch = j.evaluate_many([convo("a"), convo("b")])
    assert len(batch.failures) == 2 and fake_llm.count() == 1


def test_the_key_comes_from_the_environment_and_never_reaches_disk(
    fake_llm: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSSKILLS_JUDGE_KEY", "sk-secret-123")
    j = only("empathy", fake_llm, tmp_path)
    j.evaluate(convo())
    assert fake_llm.requests[0].headers.get("Authorization") == "Bearer sk-secret-123"
    assert "sk-secret" not in repr(j) and b"sk-secret" not in pickle.dumps(j)
    for path in (tmp_path / "cache").rglob("*.json"):
        assert "sk-secret" not in path.read_text()


# -- structured output negotiation ------------------------------------------------------------


def test_json_schema_is_sent_first(fake_llm: FakeLLM, tmp_path: Path) -> None:
    only("empathy", fake_llm, tmp_path).evaluate(convo())
    fmt = fake_llm.requests[0].body["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["schema"]["required"] == [
        "value", "reason", "evidence",
    ]  # fmt: skip


def test_rejected_response_format_steps_down_and_is_remembered(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    def picky(asked: Asked) -> Reply:
        if asked.format != "none":
            return Reply(400, {"error": {"message": f"response_format {asked.format} unsupported"}})
        from tests.judge.fake_llm import good_answer

        return good_answer(asked)

    fake_llm.handler = picky
    j = judge(fake_llm, tmp_path, competencies=["empathy", "clarity"], concurrency=1)
    a = j.evaluate(convo())
    assert a.scores["empathy"].value == 70.0 and a.scores["clarity"].value == 70.0
    assert [r.format for r in fake_llm.requests] == ["json_schema", "json_object", "none", "none"]
    assert j.usage.retries == 0


def test_a_fixed_response_format_is_not_negotiated(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(
        Reply(400, {"error": {"message": "response_format json_object unsupported"}}),
        competency="empathy",
    )
    a = judge(fake_llm, tmp_path, competencies=["empathy", "clarity"], concurrency=1,
              response_format="json_object").evaluate(convo())  # fmt: skip
    s = a.scores["empathy"]
    assert s.reason == "judge failed: HTTP 400: response_format json_object unsupported"
    assert [r.format for r in fake_llm.requests] == ["json_object", "json_object"]
    only("clarity", fake_llm, tmp_path, response_format="none", cache=False).evaluate(convo())
    assert fake_llm.count() == 3 and "response_format" not in fake_llm.requests[-1].body


# -- the cache --------------------------------------------------------------------------------


def test_a_rerun_costs_nothing_and_is_identical(fake_llm: FakeLLM, tmp_path: Path) -> None:
    b = convo("b").model_copy(update={"turns": (cs.Turn(role="agent", text="Hello!"),)})
    transcripts = [convo("a"), b, *sample_transcripts()]
    first = judge(fake_llm, tmp_path, price_per_1k_input=0.5).evaluate_many(transcripts)
    sent = fake_llm.count()
    assert sent == len(transcripts) * len(ASKED)
    again = judge(fake_llm, tmp_path, price_per_1k_input=0.5)
    second = again.evaluate_many(transcripts)
    assert fake_llm.count() == sent, "the second run made requests"
    assert list(second) == list(first)
    assert again.usage.requests == 0 and again.usage.cache_hits == sent
    assert again.usage.cost == 0.0 and second[0].metrics["judge"]["cost"] > 0
    files = list((tmp_path / "cache").rglob("*.json"))
    assert len(files) == sent and not list((tmp_path / "cache").rglob(".tmp-*"))


def test_the_cache_key_follows_what_decides_the_answer(fake_llm: FakeLLM, tmp_path: Path) -> None:
    only("empathy", fake_llm, tmp_path).evaluate(convo())
    renamed = convo().model_copy(update={"agent_id": "bob", "metadata": {"q": 1}})
    only("empathy", fake_llm, tmp_path).evaluate(renamed)
    assert fake_llm.count() == 1  # the agent's name and metadata are not sent
    changed = convo().model_copy(
        update={"turns": (convo().turns[0], cs.Turn(role="agent", text=AGENT + " Bye."))}
    )
    only("empathy", fake_llm, tmp_path).evaluate(changed)
    only("empathy", fake_llm, tmp_path, temperature=0.2).evaluate(convo())
    LLMJudge("other-model", fake_llm.url, competencies=["empathy"],
             cache_dir=tmp_path / "cache").evaluate(convo())  # fmt: skip
    assert fake_llm.count() == 4


def test_no_cache_asks_every_time(fake_llm: FakeLLM, tmp_path: Path) -> None:
    j = only("empathy", fake_llm, tmp_path, cache=False)
    assert j.evaluate(convo()) == j.evaluate(convo())
    assert fake_llm.count() == 2 and not (tmp_path / "cache").exists()


def test_failures_are_not_cached(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(completion("no"), completion("no"), competency="clarity")
    j = judge(fake_llm, tmp_path, competencies=["empathy", "clarity"])
    assert j.evaluate(convo()).scores["clarity"].value is None
    assert j.evaluate(convo()).scores["clarity"].value == 70.0  # asked again, answered
    assert fake_llm.count("empathy") == 1


def test_a_corrupt_cache_entry_is_a_miss(fake_llm: FakeLLM, tmp_path: Path) -> None:
    only("empathy", fake_llm, tmp_path).evaluate(convo())
    (entry,) = (tmp_path / "cache").rglob("*.json")
    entry.write_text("{torn")
    assert only("empathy", fake_llm, tmp_path).evaluate(convo()).scores["empathy"].value == 70.0
    assert fake_llm.count() == 2 and json.loads(entry.read_text())["content"]


# -- samples ----------------------------------------------------------------------------------


def _said(value: float | None, quote: str = "so sorry") -> Reply:
    return answer(value, [] if value is None else [{"turn": 1, "quote": quote}])


def test_samples_give_the_median_spread_and_flip_rate(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(_said(40), _said(70), _said(80), competency="empathy")
    j = only("empathy", fake_llm, tmp_path, samples=3, concurrency=1)
    a = j.evaluate(convo())
    assert a.scores["empathy"].value == 70.0
    stats = a.metrics["judge"]["competencies"]["empathy"]
    assert stats["values"] == [40.0, 70.0, 80.0]
    assert (stats["median"], stats["min"], stats["max"], stats["iqr"]) == (70.0, 40.0, 80.0, 20.0)
    assert stats["flip_rate"] == pytest.approx(1 / 3)  # 40 is on the other side of 50
    seeds = [r.body["seed"] for r in fake_llm.requests]
    temps = {r.body["temperature"] for r in fake_llm.requests}
    assert seeds == [0, 1, 2] and temps == {0.7}
    assert "k3t0.7" in a.evaluator.version


def test_samples_na_majority_is_na_and_disagreement_is_a_flip(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    fake_llm.queue(_said(None), _said(90), _said(None), competency="patience")
    a = only("patience", fake_llm, tmp_path, samples=3, concurrency=1).evaluate(convo())
    s = a.scores["patience"]
    assert s.value is None and s.reason == "judge: ok"
    stats = a.metrics["judge"]["competencies"]["patience"]
    assert stats["flip_rate"] == pytest.approx(1 / 3) and stats["median"] == 90.0


def test_an_unsupported_sample_counts_as_na(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(_said(60), _said(90, quote="invented words"), _said(80), competency="clarity")
    a = only("clarity", fake_llm, tmp_path, samples=3, concurrency=1).evaluate(convo())
    assert a.scores["clarity"].value == 70.0  # median of the two verified numbers
    stats = a.metrics["judge"]["competencies"]["clarity"]
    assert stats["said"] == [60.0, 90.0, 80.0] and stats["values"] == [60.0, None, 80.0]
    assert stats["flip_rate"] == pytest.approx(1 / 3)


def test_samples_need_a_temperature() -> None:
    with pytest.raises(ConfigurationError, match="temperature"):
        LLMJudge("m", "http://127.0.0.1:9/v1", samples=3, temperature=0, cache=False)


# -- tokens and cost --------------------------------------------------------------------------


def test_tokens_and_cost_per_conversation(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.handler = lambda asked: completion(
        json.dumps({"value": 50, "reason": "r", "evidence": [{"turn": 1, "quote": "so sorry"}]}),
        prompt_tokens=1000, completion_tokens=50,
    )  # fmt: skip
    j = judge(fake_llm, tmp_path, price_per_1k_input=0.15, price_per_1k_output=0.6)
    a = j.evaluate(convo())
    n = len(ASKED)
    assert a.metrics["judge"]["tokens"] == {"input": 1000 * n, "output": 50 * n, "unreported": 0}
    assert a.metrics["judge"]["cost"] == pytest.approx(n * (0.15 + 0.05 * 0.6))
    assert j.usage.input_tokens == 1000 * n and j.usage.cost == pytest.approx(
        a.metrics["judge"]["cost"]
    )


def test_missing_usage_is_counted_not_invented(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(
        completion(json.dumps({"value": 50, "reason": "r", "evidence": [
            {"turn": 1, "quote": "so sorry"}]}), usage=False),
        competency="empathy",
    )  # fmt: skip
    a = only("empathy", fake_llm, tmp_path, price_per_1k_input=1.0).evaluate(convo())
    assert a.metrics["judge"]["tokens"] == {"input": 0, "output": 0, "unreported": 1}
    assert a.metrics["judge"]["cost"] == 0.0


# -- the gate ---------------------------------------------------------------------------------


class StubRules(cs.Evaluator):
    """A rule-based stand-in: no opportunity for patience, one for everything else."""

    name = "stub"

    def evaluate(self, transcript: cs.Transcript) -> cs.Assessment:
        scores = {
            cid: cs.CompetencyScore(value=None, reason="no opportunity: the customer is calm")
            if cid == "patience"
            else cs.CompetencyScore(value=50.0, evidence=())
            for cid in cs.COMPETENCY_IDS
        }
        return cs.Assessment(
            transcript_id=transcript.id, language="en", evaluator=self.info, scores=scores
        )


def test_gate_keeps_a_score_only_with_a_customer_quote(fake_llm: FakeLLM, tmp_path: Path) -> None:
    fake_llm.queue(
        answer(30, [{"turn": 1, "quote": "Restart it", "polarity": "negative"}]),
        answer(30, [{"turn": 0, "quote": "this is stressful", "polarity": "context"},
                    {"turn": 1, "quote": "Restart it", "polarity": "negative"}]),
        competency="patience",
    )  # fmt: skip
    fake_llm.queue(answer(65, [{"turn": 1, "quote": "Restart it"}]), competency="clarity")
    j = judge(fake_llm, tmp_path, competencies=["patience", "clarity"], gate=StubRules(),
              cache=False, concurrency=1)  # fmt: skip
    a = j.evaluate(convo())
    p = a.scores["patience"]
    assert p.value is None and p.reason == "no opportunity: the customer is calm"
    assert a.metrics["judge"]["competencies"]["patience"]["gated"] is True
    assert a.scores["clarity"].value == 65.0  # the rules saw an opportunity: no gate
    b = j.evaluate(convo())
    assert b.scores["patience"].value == 30.0
    assert b.metrics["judge"]["competencies"]["patience"]["gated"] is False
    assert "gated" in j.version


def test_gate_with_the_default_evaluator_runs(fake_llm: FakeLLM, tmp_path: Path) -> None:
    a = judge(fake_llm, tmp_path, gate=True).evaluate(convo())
    for cid, s in a.scores.items():
        assert s.value is not None or s.reason, cid


# -- batches, concurrency, conformance --------------------------------------------------------


def test_batches_run_concurrently_up_to_the_limit_in_input_order(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    from tests.judge.fake_llm import good_answer

    def slow(asked: Asked) -> Reply:
        time.sleep(0.2)
        return good_answer(asked)

    fake_llm.handler = slow
    transcripts = [convo(f"t{i}") for i in range(6)]
    transcripts = [t.model_copy(update={"turns": (*t.turns, cs.Turn(role="customer",
                   text=f"Ticket {i}"))}) for i, t in enumerate(transcripts)]  # fmt: skip
    j = judge(fake_llm, tmp_path, concurrency=3, competencies=["empathy", "clarity"])
    batch = j.evaluate_many(transcripts)
    assert [a.transcript_id for a in batch] == [t.id for t in transcripts]
    assert fake_llm.count() == 12
    assert fake_llm.max_in_flight == 3  # concurrent, and never more than the limit


def test_the_same_question_at_once_is_sent_once(fake_llm: FakeLLM, tmp_path: Path) -> None:
    from tests.judge.fake_llm import good_answer

    def slow(asked: Asked) -> Reply:
        time.sleep(0.2)
        return good_answer(asked)

    fake_llm.handler = slow
    twins = [convo("first"), convo("second")]  # same words, different ids
    batch = judge(fake_llm, tmp_path, concurrency=4).evaluate_many(twins)
    assert fake_llm.count() == len(ASKED)
    assert batch[0].scores == batch[1].scores


def test_nothing_to_ask_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="nothing to ask"):
        LLMJudge("m", "http://127.0.0.1:9/v1", competencies=["continuous_improvement"])
    with pytest.raises(ConfigurationError, match="unknown competency"):
        LLMJudge("m", "http://127.0.0.1:9/v1", competencies=["kindness"])


def test_input_failures_pass_through_in_place(fake_llm: FakeLLM, tmp_path: Path) -> None:
    bad = cs.Failure(transcript_id="x", error_type="InputFormatError", message="bad record")
    items = list(only("empathy", fake_llm, tmp_path).iter_evaluate([convo("a"), bad, convo("b")]))
    assert [getattr(i, "transcript_id", None) for i in items] == ["a", "x", "b"]
    assert items[1] is bad


def test_conformance_suite(fake_llm: FakeLLM, tmp_path: Path) -> None:
    check_evaluator(judge(fake_llm, tmp_path))


def test_conformance_without_cache_and_with_samples_and_gate(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    check_evaluator(judge(fake_llm, tmp_path, cache=False))
    check_evaluator(judge(fake_llm, tmp_path, samples=3, gate=True))


def test_pickled_judge_reads_the_key_from_its_own_environment(
    fake_llm: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    j = only("empathy", fake_llm, tmp_path, cache=False)
    clone = pickle.loads(pickle.dumps(j))
    assert clone.version == j.version and clone.concurrency == j.concurrency
    monkeypatch.setenv("CSSKILLS_JUDGE_KEY", "k2")
    clone.evaluate(convo())
    assert fake_llm.requests[-1].headers.get("Authorization") == "Bearer k2"


def test_judge_is_thread_safe_and_closable(fake_llm: FakeLLM, tmp_path: Path) -> None:
    with judge(fake_llm, tmp_path, cache=False) as j:
        results: list[cs.Assessment] = []
        threads = [threading.Thread(target=lambda: results.append(j.evaluate(convo())))
                   for _ in range(4)]  # fmt: skip
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert j.evaluate(convo()) == results[0]  # reopens after close


def test_settings_come_from_the_environment(
    fake_llm: FakeLLM, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ConfigurationError, match="CSSKILLS_JUDGE_MODEL"):
        LLMJudge(base_url=fake_llm.url)
    with pytest.raises(ConfigurationError, match="CSSKILLS_JUDGE_URL"):
        LLMJudge(model="fake")
    with pytest.raises(ConfigurationError, match="http"):
        LLMJudge(model="fake", base_url="localhost:11434")
    monkeypatch.setenv("CSSKILLS_JUDGE_URL", fake_llm.url)
    monkeypatch.setenv("CSSKILLS_JUDGE_MODEL", "fake")
    j = LLMJudge(competencies=["empathy"])
    assert j.model == "fake" and j.base_url == fake_llm.url
    assert j.cache_dir is not None and j.cache_dir.parts[-2:] == ("csskills", "judge")
    assert j.evaluate(convo()).scores["empathy"].value == 70.0
    assert fake_llm.requests[0].body["model"] == "fake"


def test_lazy_export_from_the_package() -> None:
    assert cs.LLMJudge is LLMJudge


def test_personal_data_is_masked_on_the_wire_but_spans_are_exact(
    fake_llm: FakeLLM, tmp_path: Path
) -> None:
    text = "Send it to jo@example.com please, I'll confirm."
    t = cs.Transcript(id="p", turns=(cs.Turn(role="customer", text="Hi"),
                                     cs.Turn(role="agent", text=text)))  # fmt: skip
    masked = "Send it to [EMAIL]███████ please"
    fake_llm.queue(answer(80, [{"turn": 1, "quote": masked}]), competency="reliability")
    s = only("reliability", fake_llm, tmp_path).evaluate(t).scores["reliability"]
    assert "jo@example.com" not in fake_llm.requests[0].user
    (e,) = s.evidence
    assert (e.start, e.end) == (0, len(masked)) and e.text == text[: len(masked)]
