"""The input data model: validation errors name the field."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from csskills import Transcript, Turn


def _record(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "t1",
        "turns": [
            {"role": "customer", "text": "Hello"},
            {"role": "agent", "text": "Hi there", "speaker_id": "a-7"},
        ],
    }
    base.update(over)
    return base


def test_agent_id_is_taken_from_agent_turns() -> None:
    assert Transcript.model_validate(_record()).agent_id == "a-7"


def test_explicit_agent_id_wins() -> None:
    assert Transcript.model_validate(_record(agent_id="boss")).agent_id == "boss"


def test_unknown_field_is_rejected_by_name() -> None:
    with pytest.raises(ValidationError, match="speker_id"):
        Transcript.model_validate(_record(turns=[{"role": "agent", "text": "x", "speker_id": "a"}]))


def test_transcript_without_agent_turn_is_an_error() -> None:
    with pytest.raises(ValidationError, match="no turn has role 'agent'"):
        Transcript.model_validate(_record(turns=[{"role": "customer", "text": "hi"}]))


def test_unknown_role_is_an_error() -> None:
    with pytest.raises(ValidationError, match=r"turns\.0\.role"):
        Transcript.model_validate(_record(turns=[{"role": "robot", "text": "hi"}]))


def test_end_before_start_is_an_error() -> None:
    with pytest.raises(ValidationError, match=r"end .* is before start"):
        Turn(role="agent", text="x", start=5.0, end=2.0)


def test_models_are_frozen() -> None:
    t = Transcript.model_validate(_record())
    with pytest.raises(ValidationError):
        t.id = "other"  # type: ignore[misc]


def test_text_is_normalised_to_nfc() -> None:
    decomposed = "cafe\u0301"
    assert Turn(role="agent", text=decomposed).text == "caf\u00e9"


@pytest.mark.parametrize("code", ["en", "es-MX", "tr", "pt_BR"])
def test_language_tags_accepted(code: str) -> None:
    assert Transcript.model_validate(_record(language=code)).language == code


def test_bad_language_tag_is_an_error() -> None:
    with pytest.raises(ValidationError, match="BCP-47"):
        Transcript.model_validate(_record(language="en us!"))


def test_started_at_from_first_timestamp() -> None:
    t = Transcript.model_validate(
        _record(turns=[{"role": "agent", "text": "hi", "timestamp": "2026-03-02T09:15:04+00:00"}])
    )
    assert t.started_at is not None and t.started_at.day == 2
