"""Tests for the competency and behaviour catalogues and their generated doc."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import get_args

import pytest
from pydantic import ValidationError

from csskills.behaviours import (
    AGENT_BEHAVIOURS,
    BEHAVIOUR_IDS,
    BEHAVIOURS,
    CUSTOMER_BEHAVIOURS,
    Behaviour,
    BehaviourId,
    get_behaviour,
)
from csskills.competencies import (
    COMPETENCIES,
    COMPETENCY_IDS,
    SEED_FILES,
    Competency,
    CompetencyId,
    get_competency,
)
from csskills.exceptions import CsskillsError, UnknownBehaviourError, UnknownCompetencyError

# Kept as a literal list so the test does not need /work/shared/seeds to exist (CI).
KNOWN_SEEDS = (
    "000_1651967da6a78535.txt",
    "001_84e4c78604492734.txt",
    "002_58517b2ea799975e.txt",
    "003_87a8c2f4fa0d76fa.txt",
    "004_03f3316f3907a744.txt",
)
SEED_PATTERN = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")

EXPECTED_IDS = (
    "patience",
    "reading_between_the_lines",
    "product_knowledge",
    "clarity",
    "empathy",
    "time_management",
    "positive_language",
    "reliability",
    "flexibility",
    "continuous_improvement",
)

ROOT = Path(__file__).resolve().parents[1]


def _load_generator() -> ModuleType:
    """Import docs/_gen_competencies.py by path."""
    path = ROOT / "docs" / "_gen_competencies.py"
    spec = importlib.util.spec_from_file_location("_gen_competencies", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ten_competencies_in_order() -> None:
    assert COMPETENCY_IDS == EXPECTED_IDS
    assert tuple(COMPETENCIES) == EXPECTED_IDS
    assert get_args(CompetencyId) == EXPECTED_IDS


@pytest.mark.parametrize("cid", EXPECTED_IDS)
def test_competency_fields_filled(cid: str) -> None:
    comp = COMPETENCIES[cid]  # type: ignore[index]
    assert comp.id == cid
    for text in (comp.name, comp.definition, comp.opportunity, comp.advice):
        assert text.strip()
    assert 4 <= len(comp.indicators) <= 8
    assert all(ind.startswith(("+ ", "- ")) and len(ind) > 2 for ind in comp.indicators)
    assert comp.observable_in
    assert len(set(comp.observable_in)) == len(comp.observable_in)
    assert comp.seeds
    assert set(comp.seeds) <= set(KNOWN_SEEDS)


def test_continuous_improvement_is_history_only() -> None:
    assert COMPETENCIES["continuous_improvement"].observable_in == ("history",)


def test_seed_catalogue_matches_known_seeds() -> None:
    assert tuple(SEED_FILES) == KNOWN_SEEDS
    assert all(SEED_PATTERN.match(name) for name in KNOWN_SEEDS)
    assert all(desc.strip() for desc in SEED_FILES.values())


def test_behaviour_catalogue_shape() -> None:
    assert get_args(BehaviourId) == BEHAVIOUR_IDS
    assert tuple(BEHAVIOURS) == BEHAVIOUR_IDS
    assert set(AGENT_BEHAVIOURS) | set(CUSTOMER_BEHAVIOURS) == set(BEHAVIOUR_IDS)
    assert not set(AGENT_BEHAVIOURS) & set(CUSTOMER_BEHAVIOURS)
    assert set(CUSTOMER_BEHAVIOURS) == {
        "customer_abuse",
        "customer_frustration",
        "clarification_request",
        "customer_thanks",
        "customer_leave_taking",
        "customer_emotion",
        "customer_cue",
        "customer_constraint",
        "customer_correction",
        "customer_confusion",
        "customer_repeat",
        "broken_promise",
    }
    assert len(AGENT_BEHAVIOURS) == 46


@pytest.mark.parametrize("bid", get_args(BehaviourId))
def test_behaviour_fields(bid: str) -> None:
    beh = BEHAVIOURS[bid]  # type: ignore[index]
    assert beh.id == bid
    assert beh.name.strip() and beh.description.strip()
    assert set(beh.competencies) <= set(EXPECTED_IDS)
    assert set(beh.seeds) <= set(KNOWN_SEEDS)
    assert 2 <= len(beh.examples) <= 3
    if beh.role == "customer":
        assert beh.polarity == "neutral"
    if beh.polarity != "neutral":
        assert beh.competencies and beh.seeds


@pytest.mark.parametrize(
    ("bid", "cid"),
    [
        ("empathy_statement", "empathy"),
        ("empathy_statement", "patience"),
        ("paraphrase", "reading_between_the_lines"),
        ("hedge", "product_knowledge"),
        ("options_offered", "flexibility"),
        ("escalation", "flexibility"),
        ("commitment", "reliability"),
        ("over_promise", "reliability"),
        ("follow_up_check", "reliability"),
        ("negative_framing", "positive_language"),
        ("positive_framing", "positive_language"),
        ("condescension", "clarity"),
        ("condescension", "patience"),
        ("customer_abuse", "patience"),
        ("customer_frustration", "patience"),
        ("clarification_request", "clarity"),
        ("impatience", "patience"),
    ],
)
def test_behaviour_mapping(bid: str, cid: str) -> None:
    assert cid in get_behaviour(bid).competencies


def test_every_competency_but_history_fed_by_a_behaviour() -> None:
    fed = {c for b in BEHAVIOURS.values() for c in b.competencies}
    assert set(EXPECTED_IDS) - fed <= {"continuous_improvement"}


def test_get_competency_ok_and_error() -> None:
    assert get_competency("clarity") is COMPETENCIES["clarity"]
    with pytest.raises(UnknownCompetencyError) as info:
        get_competency("charisma")
    assert isinstance(info.value, CsskillsError)
    assert isinstance(info.value, KeyError)
    message = str(info.value)
    assert "charisma" in message
    assert all(cid in message for cid in EXPECTED_IDS)


def test_get_behaviour_ok_and_error() -> None:
    assert get_behaviour("hedge") is BEHAVIOURS["hedge"]
    with pytest.raises(UnknownBehaviourError) as info:
        get_behaviour("shrug")
    assert isinstance(info.value, CsskillsError)
    assert isinstance(info.value, KeyError)
    message = str(info.value)
    assert "shrug" in message
    assert all(bid in message for bid in BEHAVIOUR_IDS)


def test_models_are_frozen_and_strict() -> None:
    comp = get_competency("patience")
    with pytest.raises(ValidationError):
        comp.name = "Calm"  # type: ignore[misc]
    beh = get_behaviour("apology")
    with pytest.raises(ValidationError):
        beh.polarity = "negative"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Competency.model_validate({**comp.model_dump(), "extra": 1})
    with pytest.raises(ValidationError):
        Behaviour.model_validate({**beh.model_dump(), "role": "supervisor"})
    with pytest.raises(TypeError):
        COMPETENCIES["patience"] = comp  # type: ignore[index]
    with pytest.raises(TypeError):
        BEHAVIOURS["apology"] = beh  # type: ignore[index]


def test_generated_doc_is_up_to_date() -> None:
    generator = _load_generator()
    rendered = generator.render()
    assert isinstance(rendered, str)
    doc = ROOT / "docs" / "concepts" / "competencies.md"
    assert doc.read_text(encoding="utf-8") == rendered, (
        "docs/concepts/competencies.md is stale; run "
        "PYTHONPATH=src python docs/_gen_competencies.py"
    )


def test_doc_mentions_every_id_and_seed() -> None:
    rendered = _load_generator().render()
    for cid in EXPECTED_IDS:
        assert f"`{cid}`" in rendered
    for bid in BEHAVIOUR_IDS:
        assert f"`{bid}`" in rendered
    for seed in KNOWN_SEEDS:
        assert seed in rendered
