"""Conformance suite that every evaluator must pass: ``check_evaluator(evaluator)``.

Third-party evaluators call it in their own tests. Each check raises ``AssertionError`` with a
message that names the check and the transcript, so a failure says what contract was broken.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence

from csskills._assessment import Assessment
from csskills._transcript import Transcript, Turn
from csskills.competencies import COMPETENCY_IDS
from csskills.evaluate import Evaluator

__all__ = ["check_evaluator", "sample_transcripts"]


def sample_transcripts() -> list[Transcript]:
    """A few small English conversations that exercise calm, upset and abusive customers."""
    raw = [
        (
            "calm",
            [
                ("customer", "Hi, how do I change the wifi password on my router?"),
                (
                    "agent",
                    "Hello! Happy to help. Open the app, go to Settings, then Wi-Fi, and pick "
                    "a new password. Did that work?",
                ),
                ("customer", "Yes, that worked, thank you!"),
            ],
        ),
        (
            "upset",
            [
                (
                    "customer",
                    "This is ridiculous, my internet has been down for three days and "
                    "nobody called me back!",
                ),
                (
                    "agent",
                    "I'm so sorry, I can understand how frustrating that must be. So your "
                    "connection has been down since Monday, is that right?",
                ),
                ("customer", "Yes. What do you mean by that?"),
                (
                    "agent",
                    "Unfortunately we can't send a technician today, but what I can do is "
                    "book the first slot tomorrow. I'll call you back before noon.",
                ),
            ],
        ),
        (
            "abusive",
            [
                ("customer", "You people are useless idiots, fix it now!!"),
                (
                    "agent",
                    "I want to help, but if the language continues I will have to end the "
                    "call. Let me check your account.",
                ),
            ],
        ),
        (
            "bot-and-system",
            [
                ("bot", "Welcome to support! An agent will be with you shortly."),
                ("system", "Agent joined the chat"),
                ("agent", "Hi, thanks for waiting. How can I help?"),
            ],
        ),
    ]
    return [
        Transcript(
            id=f"sample-{name}",
            language="en",
            agent_id="agent-1",
            turns=tuple(
                Turn(role=role, text=text, speaker_id="agent-1" if role == "agent" else None)
                for role, text in turns
            ),
        )
        for name, turns in raw
    ]


def _check_ranges(a: Assessment, where: str) -> None:
    assert set(a.scores) == set(COMPETENCY_IDS), f"{where}: scores must cover the ten competencies"
    for cid, sc in a.scores.items():
        if sc.value is None:
            assert sc.reason, f"{where}: {cid} is N/A without a reason"
        else:
            assert 0.0 <= sc.value <= 100.0, f"{where}: {cid}={sc.value} outside 0-100"
            assert sc.evidence, f"{where}: {cid} has a value but no evidence"
    if a.overall is not None:
        assert 0.0 <= a.overall <= 100.0, f"{where}: overall={a.overall} outside 0-100"


def _check_evidence(a: Assessment, t: Transcript, where: str) -> None:
    spans = [e for sc in a.scores.values() for e in sc.evidence]
    spans += [e for evidence in a.behaviours.values() for e in evidence]
    for e in spans:
        assert 0 <= e.turn < len(t.turns), f"{where}: evidence turn {e.turn} out of range"
        text = t.turns[e.turn].text
        assert 0 <= e.start <= e.end <= len(text), f"{where}: bad offsets {e.start}:{e.end}"
        assert text[e.start : e.end] == e.text, (
            f"{where}: evidence {e.text!r} is not at turn {e.turn} [{e.start}:{e.end}]"
        )


def _without_agent_id(a: Assessment) -> dict[str, object]:
    d = a.model_dump(mode="json")
    d.pop("agent_id")
    return d


def check_evaluator(evaluator: Evaluator, transcripts: Sequence[Transcript] | None = None) -> None:
    """Assert the evaluator contract on ``transcripts`` (default: :func:`sample_transcripts`).

    Checks: values within 0-100 (or N/A with a reason) with evidence behind every value;
    deterministic; batch equals one-by-one, in order; renaming the agent changes nothing else;
    every evidence span is really in the transcript; the evaluator survives a pickle round-trip
    (process pools and Dask ship it to workers) and scores the same afterwards.
    """
    transcripts = list(transcripts if transcripts is not None else sample_transcripts())
    assert transcripts, "check_evaluator needs at least one transcript"
    singles = [evaluator.evaluate(t) for t in transcripts]
    for t, a in zip(transcripts, singles, strict=True):
        where = f"{evaluator.name} on {t.id!r}"
        assert isinstance(a, Assessment), f"{where}: evaluate() must return an Assessment"
        assert a.transcript_id == t.id, f"{where}: transcript_id must be the transcript's id"
        _check_ranges(a, where)
        _check_evidence(a, t, where)
        again = evaluator.evaluate(t)
        assert again == a, f"{where}: not deterministic"
        renamed = t.model_copy(
            update={
                "agent_id": "someone-else",
                "turns": tuple(
                    turn.model_copy(update={"speaker_id": "someone-else"})
                    if turn.role == "agent"
                    else turn
                    for turn in t.turns
                ),
            }
        )
        assert _without_agent_id(evaluator.evaluate(renamed)) == _without_agent_id(a), (
            f"{where}: renaming the agent changed the assessment"
        )
    batch = evaluator.evaluate_many(transcripts)
    assert not batch.failures, f"{evaluator.name}: batch failures {batch.failures}"
    assert list(batch) == singles, f"{evaluator.name}: batch differs from one-by-one (or order)"
    clone = pickle.loads(pickle.dumps(evaluator))
    assert [clone.evaluate(t) for t in transcripts] == singles, (
        f"{evaluator.name}: scores differ after a pickle round-trip"
    )
