"""Every registered language pack: complete, compilable, and safe to match with."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from csskills.exceptions import UnsupportedLanguageError
from csskills.lang import get_language, supported_languages

CODES = supported_languages()
OTHERS = [c for c in CODES if c != "en"]


def test_the_seed_languages_are_registered() -> None:
    assert {"en", "es", "tr", "hu", "lv"} <= set(CODES)


@pytest.mark.parametrize("code", OTHERS)
def test_pack_covers_every_behaviour_of_the_english_pack(code: str) -> None:
    english = get_language("en")
    pack = get_language(code)
    assert set(pack.agent_rules) == set(english.agent_rules), code
    assert set(pack.customer_rules) == set(english.customer_rules), code
    for table in (pack.agent_rules, pack.customer_rules):
        for behaviour, rules in table.items():
            assert rules, f"{code}: no rule for {behaviour!r}"


@pytest.mark.parametrize("code", CODES)
def test_pack_compiles_and_has_its_word_lists(code: str) -> None:
    pack = get_language(code).compile()
    assert pack.code == code and pack.name
    assert len(pack.stop_words) >= 60, "stop words also profile the language for detection"
    assert pack.negators and pack.question_openers
    assert pack.agent_matcher.rules and pack.customer_matcher.rules


@pytest.mark.parametrize("code", CODES)
def test_rule_ids_are_unique(code: str) -> None:
    pack = get_language(code)
    ids = [r.id for r in pack.agent_matcher.rules]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("code", CODES)
@given(text=st.text(max_size=60))
def test_fold_keeps_the_length_so_evidence_offsets_hold(code: str, text: str) -> None:
    assert len(get_language(code).fold(text)) == len(text)


def test_an_unsupported_code_lists_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"supported: .*es.*hu.*lv.*tr"):
        get_language("xx")


def test_a_regional_subtag_loads_the_language_pack() -> None:
    assert get_language("es-MX").code == "es"
    assert get_language("tr_TR").code == "tr"
