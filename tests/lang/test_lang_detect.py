"""Language detection: from function words and letters, explicit when it cannot tell."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import csskills as cs
from csskills.lang._detect import detect_language

DETECT = [
    ("Hola, mi pedido todavía no ha llegado y necesito una solución", "es"),
    ("hola mi pedido todavia no ha llegado y necesito una solucion", "es"),
    ("Merhaba, siparişim hâlâ gelmedi, ne zaman gelecek?", "tr"),
    ("merhaba siparisim hala gelmedi ne zaman gelecek", "tr"),
    ("Jó napot, a csomagom még nem érkezett meg, mit tegyek?", "hu"),
    ("jo napot a csomagom meg nem erkezett meg mit tegyek", "hu"),
    ("Labdien, mans sūtījums vēl nav pienācis, ko man darīt?", "lv"),
    ("labdien mans sutijums vel nav pienacis ko man darit", "lv"),
    ("Hello, my parcel has not arrived yet and I need help", "en"),
    ("MERHABA SİPARİŞİM HALA GELMEDİ", "tr"),
    ("Hallo, mein Paket ist immer noch nicht angekommen", "de"),
    ("Bonjour, ma commande n'est toujours pas arrivée", "fr"),
    ("Olá, meu pedido ainda não chegou e estou chateada", "pt"),
    ("ola meu pedido ainda nao chegou e estou chateada", "pt"),
]


@pytest.mark.parametrize(("text", "code"), DETECT)
def test_detects_the_language_with_and_without_diacritics(text: str, code: str) -> None:
    result = detect_language([text])
    assert result.code == code, result.reason
    assert 0.0 < result.confidence <= 1.0


@pytest.mark.parametrize("text", ["ok", "12345", "", "https://example.com"])
def test_too_little_text_is_undetermined_with_a_reason(text: str) -> None:
    result = detect_language([text])
    assert result.code is None and result.confidence == 0.0
    assert result.reason


def test_an_unsupported_script_is_named() -> None:
    result = detect_language(["Здравствуйте, мой заказ так и не пришёл"])
    assert result.code is None
    assert "Cyrillic" in result.reason


def test_a_short_text_gets_a_lower_confidence_than_a_long_one() -> None:
    short = detect_language(["gracias"])
    long = detect_language(["Muchas gracias por la ayuda, ya funciona todo y estoy muy contenta"])
    assert short.code == long.code == "es"
    assert short.confidence < long.confidence


def test_candidates_restrict_the_choice() -> None:
    assert detect_language(["köszönöm szépen"], candidates=["en", "hu"]).code == "hu"


def _transcript(turns: list[tuple[str, str]], language: str | None = None) -> cs.Transcript:
    return cs.Transcript.model_validate(
        {"id": "t", "language": language, "turns": [{"role": r, "text": t} for r, t in turns]}
    )


def test_assessment_reports_the_detected_language_and_confidence() -> None:
    t = _transcript([
        ("customer", "Merhaba, faturam iki kez kesildi, çok sinirliyim."),
        ("agent", "Merhaba, yaşadığınız sorun için çok üzgünüm, hemen kontrol ediyorum."),
    ])
    a = cs.evaluate(t)
    assert a.language == "tr"
    assert a.language_confidence is not None and a.language_confidence > 0.5
    assert "apology" in a.behaviours or "empathy_statement" in a.behaviours
    assert "turn_languages" not in a.metrics


def test_undetermined_language_is_not_scored_as_english() -> None:
    a = cs.evaluate(_transcript([("customer", "ok"), ("agent", "ok")]))
    assert a.language is None
    assert a.language_confidence == 0.0
    assert all(s.value is None for s in a.scores.values())
    assert any("language undetermined" in w for w in a.warnings)


def test_default_language_is_used_only_when_configured_and_warned() -> None:
    evaluator = cs.DefaultEvaluator(default_language="en")
    a = evaluator.evaluate(_transcript([("customer", "ok"), ("agent", "ok")]))
    assert a.language == "en"
    assert any("scored as 'en'" in w for w in a.warnings)


def test_mixed_language_conversation_is_scored_per_turn() -> None:
    t = _transcript([
        ("customer", "Hola, mi pedido no ha llegado y estoy harta de esperar."),
        ("agent", "Hello, I am so sorry to hear that. I will check it right now."),
        ("customer", "Vale, muchas gracias."),
        ("agent", "Lo siento mucho, le llamaré mañana sin falta."),
    ])
    a = cs.evaluate(t)
    assert a.metrics["turn_languages"] == ["es", "en", "es", "es"]
    assert a.language == "es"
    # English rules found the English turn's empathy, Spanish rules the Spanish apology.
    assert 1 in {e.turn for e in a.behaviours["empathy_statement"]}
    assert 3 in {e.turn for e in a.behaviours["apology"]}


def test_an_explicit_language_skips_detection() -> None:
    t = _transcript([("customer", "Hola"), ("agent", "Lo siento mucho.")], language="es")
    a = cs.evaluate(t)
    assert a.language == "es" and a.language_confidence is None
    assert "apology" in a.behaviours


def test_an_explicit_unsupported_language_fails_with_the_supported_list() -> None:
    t = _transcript([("customer", "Bonjour"), ("agent", "Désolé.")], language="xx")
    with pytest.raises(cs.UnsupportedLanguageError, match="supported"):
        cs.evaluate(t)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Muito obrigado pela ajuda, você foi ótimo", "pt"),
        ("Muchas gracias por la ayuda, usted fue muy amable", "es"),
        ("muito obrigado pela ajuda voce foi otimo", "pt"),
        ("muchas gracias por la ayuda usted fue muy amable", "es"),
    ],
)
def test_closely_related_languages_are_told_apart(text: str, code: str) -> None:
    assert detect_language([text]).code == code


def test_urls_and_handles_are_not_evidence() -> None:
    assert detect_language(["@support https://example.com/pt/com www.site.com.br"]).code is None


@given(st.text(max_size=200))
def test_detection_never_fails_and_confidence_is_a_probability(text: str) -> None:
    result = detect_language([text])
    assert 0.0 <= result.confidence <= 1.0
    assert (result.code is None) == (result.confidence == 0.0)
    assert result.reason


def test_default_evaluator_passes_the_conformance_suite_in_every_language() -> None:
    from csskills.testing import check_evaluator

    texts = {
        "es": ("Estoy harta, llevo una semana sin red.", "Lo siento mucho, le llamaré mañana."),
        "tr": ("Rezalet, hâlâ gelmedi!", "Özür dileriz, hemen kontrol ediyorum."),
        "hu": ("Már megint nem működik!", "Elnézést kérünk, holnap visszahívom."),
        "lv": ("Joprojām nedarbojas!", "Atvainojamies, rīt jums piezvanīšu."),
        "de": ("Schon wieder kein Internet!", "Es tut mir leid, ich rufe Sie morgen an."),
        "fr": ("Toujours pas de connexion !", "Je suis désolée, je vous rappelle demain."),
        "pt": ("De novo sem internet!", "Sinto muito, vou ligar amanhã."),
    }
    transcripts = [
        _transcript([("customer", c), ("agent", a)], language=None).model_copy(update={"id": code})
        for code, (c, a) in texts.items()
    ]
    transcripts.append(
        _transcript([
            ("customer", "Hola, mi pedido no ha llegado y estoy harta de esperar."),
            ("agent", "Hello, I am so sorry to hear that. I will check it right now."),
        ]).model_copy(update={"id": "mixed"})
    )
    check_evaluator(cs.DefaultEvaluator(), transcripts)


# -- languages without a pack are said to be unsupported, never read with a neighbour's rules --

from csskills.lang import _detect  # noqa: E402

UNSUPPORTED_TEXTS = {
    "Italian": [
        "Buongiorno, il mio router non funziona da ieri sera.",
        "Mi dispiace molto per il disagio. Può dirmi il modello del router?",
        "Ho già provato a riavviarlo ma non è cambiato niente, sono molto arrabbiato.",
        "Certo, le invio subito un tecnico. Grazie per la pazienza.",
    ],
    "Dutch": [
        "Goedemorgen, mijn router werkt sinds gisteravond niet meer.",
        "Het spijt me heel erg. Kunt u mij het model van de router vertellen?",
    ],
    "Polish": [
        "Dzień dobry, mój router nie działa od wczoraj wieczorem.",
        "Bardzo mi przykro z tego powodu. Czy może pan podać model routera?",
    ],
    "Romanian": [
        "Bună ziua, routerul meu nu mai funcționează de aseară.",
        "Îmi pare foarte rău. Îmi puteți spune modelul routerului?",
    ],
    "Italian (a short chat)": [
        "Salve, ho un problema con la fattura di marzo.",
        "Mi dispiace, posso aiutarla subito. Qual è il numero del contratto?",
        "È 12345, grazie.",
        "Perfetto, ho corretto la fattura. C'è altro?",
    ],
    "Swedish": [
        "Hej, min router har inte fungerat sedan igår kväll.",
        "Jag är verkligen ledsen för det. Kan du berätta vilken modell det är?",
    ],
}


@pytest.fixture
def without_lingua(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_detect, "_LINGUA", [None])


@pytest.mark.usefixtures("without_lingua")
@pytest.mark.parametrize("name", sorted(UNSUPPORTED_TEXTS))
def test_a_language_without_a_pack_is_undetermined_and_named(name: str) -> None:
    detection = detect_language(UNSUPPORTED_TEXTS[name])
    language = name.split(" (")[0]
    assert detection.code is None and detection.confidence == 0.0
    assert f"looks like {language}" in detection.reason and "unsupported" in detection.reason
    assert detection.unsupported == language


@pytest.mark.usefixtures("without_lingua")
@pytest.mark.parametrize(("text", "code"), DETECT)
def test_the_unsupported_profiles_do_not_hide_the_packs(text: str, code: str) -> None:
    assert detect_language([text]).code == code


@pytest.mark.usefixtures("without_lingua")
def test_an_italian_conversation_is_not_scored_with_french_rules() -> None:
    roles = ["customer", "agent", "customer", "agent"]
    turns = [
        cs.Turn(role=r, text=t)  # type: ignore[arg-type]
        for r, t in zip(roles, UNSUPPORTED_TEXTS["Italian"], strict=True)
    ]
    a = cs.evaluate(cs.Transcript(id="it-1", turns=tuple(turns)))
    assert a.language is None
    assert any("looks like Italian" in w for w in a.warnings)
    assert all(s.value is None for s in a.scores.values())


class _FakeLanguage:
    def __init__(self, name: str, iso: str) -> None:
        self.name = name
        self.iso_code_639_1 = type("Iso", (), {"name": iso})()


class _FakeValue:
    def __init__(self, name: str, iso: str, value: float) -> None:
        self.language = _FakeLanguage(name, iso)
        self.value = value


class _FakeDetector:
    """lingua's interface as csskills uses it: confidence values, best first."""

    def __init__(self, name: str, iso: str, value: float) -> None:
        self.answer = [_FakeValue(name, iso, value)]

    def compute_language_confidence_values(self, text: str) -> list[_FakeValue]:
        return self.answer


def test_lingua_when_installed_decides_what_is_unsupported(monkeypatch: pytest.MonkeyPatch) -> None:
    french = ["Bonjour, ma commande n'est toujours pas arrivée"]
    monkeypatch.setattr(_detect, "_LINGUA", [_FakeDetector("CATALAN", "CA", 0.9)])
    detection = detect_language(french)
    assert detection.code is None and "looks like Catalan" in detection.reason
    # a confident verdict for a language with a pack: the packs choose (no profile veto)
    monkeypatch.setattr(_detect, "_LINGUA", [_FakeDetector("FRENCH", "FR", 0.9)])
    assert detect_language(french).code == "fr"
    # an unconfident verdict is ignored: the built-in profiles decide
    monkeypatch.setattr(_detect, "_LINGUA", [_FakeDetector("CATALAN", "CA", 0.2)])
    assert detect_language(french).code == "fr"
    assert detect_language(UNSUPPORTED_TEXTS["Italian"]).code is None


@pytest.mark.usefixtures("without_lingua")
def test_a_short_italian_chat_is_not_scored_with_another_pack() -> None:
    turns = UNSUPPORTED_TEXTS["Italian (a short chat)"]
    roles = ["customer", "agent", "customer", "agent"]
    transcript = cs.Transcript(
        id="it-2",
        turns=tuple(cs.Turn(role=r, text=t) for r, t in zip(roles, turns, strict=True)),  # type: ignore[arg-type]
    )
    a = cs.evaluate(transcript)
    assert a.language is None and any("looks like Italian" in w for w in a.warnings)
