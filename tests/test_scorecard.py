"""Scorecards: weights, N/A lines left out, critical items, config errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import csskills as cs
from csskills._assessment import CompetencyScore, Evidence
from csskills.calibrate import Scorecard, load_scorecard

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _assessment(scores: dict[str, float | None], behaviours: tuple[str, ...] = ()) -> cs.Assessment:
    ev = Evidence(turn=1, start=0, end=4, text="text", rule="r")
    return cs.Assessment(
        transcript_id="t1",
        agent_id="a1",
        evaluator=cs.EvaluatorInfo(name="test", version="1"),
        scores={
            k: CompetencyScore(value=v, reason=None if v is not None else "no opportunity")
            for k, v in scores.items()
        },
        behaviours={b: (ev,) for b in behaviours},
    )


CARD = Scorecard.model_validate(
    {
        "name": "t",
        "pass_mark": 70,
        "items": [
            {"id": "empathy", "weight": 3},
            {"id": "patience", "weight": 2},
            {"id": "greeting", "source": "behaviour", "weight": 1},
            {"id": "condescension", "source": "behaviour", "expect": "absent", "weight": 1},
            {"id": "abuse_warning", "source": "behaviour", "applies_if": "customer_abuse"},
        ],
        "critical": [
            {"id": "unwarned", "when": "customer_abuse", "require": "abuse_warning"},
            {"id": "over_promise", "forbid": "over_promise"},
        ],
    }
)


def test_weighted_total_leaves_na_lines_out() -> None:
    result = CARD.apply(_assessment({"empathy": 80.0, "patience": None}, ("greeting",)))
    points = {i.id: i.points for i in result.items}
    assert points["patience"] is None and points["abuse_warning"] is None
    # (3*80 + 1*100 + 1*100) / 5
    assert result.score == pytest.approx(88.0)
    assert result.passed is True and not result.critical_failures


def test_a_behaviour_expected_absent_scores_zero_when_seen() -> None:
    result = CARD.apply(_assessment({"empathy": 50.0, "patience": 50.0}, ("condescension",)))
    assert {i.id: i.points for i in result.items}["condescension"] == 0.0
    assert result.score == pytest.approx((150 + 100 + 0 + 0) / 7)
    assert result.passed is False


@pytest.mark.parametrize(
    ("behaviours", "failed"),
    [
        (("customer_abuse",), ["unwarned"]),
        (("customer_abuse", "abuse_warning"), []),
        (("over_promise",), ["over_promise"]),
        (("customer_abuse", "over_promise"), ["unwarned", "over_promise"]),
    ],
)
def test_critical_items_fail_the_conversation(
    behaviours: tuple[str, ...], failed: list[str]
) -> None:
    result = CARD.apply(_assessment({"empathy": 100.0, "patience": 100.0}, behaviours))
    assert [f.id for f in result.critical_failures] == failed
    if failed:
        assert result.score == 0.0 and result.passed is False
        assert result.critical_failures[0].turns == (1,)
    else:
        assert result.passed is True


def test_all_lines_na_gives_no_score() -> None:
    card = Scorecard.model_validate({"items": [{"id": "patience"}]})
    result = card.apply(_assessment({"patience": None}))
    assert result.score is None and result.passed is None


def test_example_scorecard_applies_to_example_conversations() -> None:
    card = load_scorecard(EXAMPLES / "scorecards" / "tier1_chat.toml")
    transcripts = cs.read_transcripts(EXAMPLES / "data" / "support_chat.jsonl")
    results = card.apply_many(cs.evaluate_many(transcripts))
    assert len(results) == 16
    assert all(r.score is None or 0 <= r.score <= 100 for r in results)
    assert any(r.critical_failures for r in results), "chat-0006 over-promises"
    json.dumps([r.to_dict() for r in results])


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"items": [{"id": "kindness"}]}, "unknown competency 'kindness'"),
        ({"items": [{"id": "wave", "source": "behaviour"}]}, "unknown behaviour 'wave'"),
        ({"items": [{"id": "empathy", "weight": 0}]}, "greater than 0"),
        ({"items": []}, "at least 1 item"),
        ({"items": [{"id": "empathy"}], "critical": [{"id": "x"}]}, "exactly one of"),
    ],
)
def test_bad_scorecards_name_the_file_and_field(
    tmp_path: Path, config: dict[str, object], message: str
) -> None:
    path = tmp_path / "card.json"
    path.write_text(json.dumps(config))
    with pytest.raises(cs.InputFormatError, match=message) as info:
        load_scorecard(path)
    assert str(info.value).startswith(str(path))


def test_invalid_toml_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "card.toml"
    path.write_text("name = \n")
    with pytest.raises(cs.InputFormatError, match="not valid TOML") as info:
        load_scorecard(path)
    assert str(info.value).startswith(f"{path}:1: ")
