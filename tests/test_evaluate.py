"""The default evaluator: contract, evidence, N/A handling and invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import csskills as cs
from csskills.testing import check_evaluator, sample_transcripts
from tests.strategies import transcripts


def _t(*turns: tuple[str, str], language: str | None = "en") -> cs.Transcript:
    return cs.Transcript(
        id="t",
        language=language,
        turns=tuple(cs.Turn(role=r, text=x) for r, x in turns),  # type: ignore[arg-type]
    )


def test_default_evaluator_passes_conformance() -> None:
    check_evaluator(cs.DefaultEvaluator())


def test_patience_is_na_with_a_calm_customer() -> None:
    a = cs.evaluate(_t(("customer", "How do I reset my router?"), ("agent", "Hold the button.")))
    assert a.scores["patience"].value is None
    assert "never upset" in (a.scores["patience"].reason or "")


def test_patience_drops_when_agent_argues_with_upset_customer() -> None:
    calm = cs.evaluate(
        _t(
            ("customer", "This is ridiculous, nothing works!"),
            ("agent", "I'm sorry, let me fix that for you right away."),
        )
    )
    argues = cs.evaluate(
        _t(
            ("customer", "This is ridiculous, nothing works!"),
            ("agent", "That's not true, you're wrong about that."),
        )
    )
    assert calm.scores["patience"].value == 100.0
    assert argues.scores["patience"].value == 0.0
    assert any(e.behaviour == "argumentative" for e in argues.scores["patience"].evidence)


def test_continuous_improvement_is_always_na_for_one_conversation() -> None:
    for t in sample_transcripts():
        assert cs.evaluate(t).scores["continuous_improvement"].value is None


def test_behaviour_evidence_points_at_turn_text() -> None:
    a = cs.evaluate(_t(("customer", "Hi"), ("agent", "Sorry for the wait! Thanks for holding.")))
    apology = a.behaviours["apology"][0]
    assert (apology.turn, apology.text) == (1, "Sorry for the wait")
    assert "thanks" in a.behaviours


def test_customer_quoting_an_apology_is_not_an_agent_apology() -> None:
    a = cs.evaluate(_t(("customer", "You said sorry last time too."), ("agent", "Let me check.")))
    assert "apology" not in a.behaviours


def test_negated_phrase_does_not_count() -> None:
    a = cs.evaluate(_t(("customer", "Hi"), ("agent", "I am not happy to help with this.")))
    assert "positive_framing" not in a.behaviours


def test_undetermined_language_is_explicit_not_english() -> None:
    a = cs.evaluate(_t(("customer", "zzq xxv"), ("agent", "qqq zzv"), language=None))
    assert a.language is None
    assert all(s.value is None for s in a.scores.values())
    assert a.warnings and "undetermined" in a.warnings[0]


def test_unsupported_language_lists_supported() -> None:
    try:
        cs.DefaultEvaluator(language="xx")
    except cs.UnsupportedLanguageError as exc:
        assert "en" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected UnsupportedLanguageError")


def test_batch_records_failures_and_keeps_going() -> None:
    class Flaky(cs.DefaultEvaluator):
        name = "flaky"

        def evaluate(self, transcript: cs.Transcript) -> cs.Assessment:
            if transcript.id == "bad":
                raise ValueError("boom")
            return super().evaluate(transcript)

    good = sample_transcripts()
    bad = good[0].model_copy(update={"id": "bad"})
    result = Flaky().evaluate_many([good[0], bad, good[1]])
    assert [a.transcript_id for a in result] == [good[0].id, good[1].id]
    assert len(result.failures) == 1
    failure = result.failures[0]
    assert (failure.transcript_id, failure.evaluator, failure.message) == ("bad", "flaky", "boom")


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(transcripts())
def test_any_valid_transcript_is_scored_within_range(t: cs.Transcript) -> None:
    a = cs.evaluate(t)
    for score in a.scores.values():
        assert score.value is None or 0 <= score.value <= 100
        assert score.value is not None or score.reason
        for e in score.evidence:
            assert t.turns[e.turn].text[e.start : e.end] == e.text


EMPATHETIC = [
    "I can understand how frustrating that must be.",
    "I'm so sorry to hear that.",
    "That sounds stressful.",
]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(transcripts(), st.sampled_from(EMPATHETIC), st.data())
def test_appending_empathy_never_lowers_empathy(
    t: cs.Transcript, sentence: str, data: st.DataObject
) -> None:
    # the occasion comes from the customer: a worried customer opens the conversation
    worried = cs.Turn(role="customer", text="I'm really worried and upset about this.")
    t = t.model_copy(update={"turns": (worried, *t.turns)})
    agent_turns = [i for i, turn in enumerate(t.turns) if turn.role == "agent"]
    i = data.draw(st.sampled_from(agent_turns))
    turns = list(t.turns)
    base = turns[i].text.rstrip()
    joined = f"{base}. {sentence}" if base and base[-1] not in ".!?" else f"{base} {sentence}"
    turns[i] = turns[i].model_copy(update={"text": joined.strip()})
    before = cs.evaluate(t).scores["empathy"].value
    after = cs.evaluate(t.model_copy(update={"turns": tuple(turns)})).scores["empathy"].value
    assert before is None or (after is not None and after >= before)


def test_parallel_scoring_equals_one_process_in_order() -> None:
    transcripts = sample_transcripts() * 5
    serial = cs.evaluate_many(transcripts)
    parallel = cs.evaluate_many(transcripts, n_jobs=2)
    assert list(parallel) == list(serial)
    assert [a.transcript_id for a in parallel] == [t.id for t in transcripts]


def test_every_emitted_behaviour_is_in_the_catalogue() -> None:
    """Assessments only name behaviours a user can look up (``csskills.BEHAVIOURS``)."""
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "examples" / "data"
    seen: set[str] = set()
    for path in sorted(data.glob("*.jsonl")):
        for a in cs.evaluate_many(cs.read_transcripts(path)):
            seen |= set(a.behaviours)
    assert seen, "the examples show behaviours"
    assert seen <= set(cs.BEHAVIOURS), f"not catalogued: {sorted(seen - set(cs.BEHAVIOURS))}"


def test_thanks_answering_a_farewell_is_a_closing() -> None:
    a = cs.evaluate(_t(("customer", "Okay, bye then."), ("agent", "Thank you, bye!")))
    assert "thanks" not in a.behaviours
    assert any(e.text == "Thank you" for e in a.behaviours["closing"])
    wish = cs.evaluate(_t(("customer", "Good luck with the launch!"), ("agent", "Thank you!")))
    assert "thanks" in wish.behaviours


def test_apology_word_inside_a_sentence_is_a_self_repair() -> None:
    repair = cs.evaluate(
        _t(("customer", "When?"), ("agent", "We can send it on the, sorry, on the Monday."))
    )
    assert "apology" not in repair.behaviours
    real = cs.evaluate(_t(("customer", "It broke."), ("agent", "Sorry, that should not happen.")))
    assert "apology" in real.behaviours
