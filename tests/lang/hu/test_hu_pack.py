"""Hungarian pack, new interface: word classes, time words, new behaviours, structure, sentiment.

Every sentence here was written for these tests from the language itself.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import partial

import pytest
from tests.lang.conftest import MONDAY_10AM, behaviours_in, check_row, converse_in, word_flags

from csskills.featurize._sentiment import turn_sentiment
from csskills.featurize._turn import read_turn
from csskills.lang import WordClass, get_language

CODE = "hu"
# a conversation that starts on Monday 2 March 2026 at 10:00 UTC
converse = partial(converse_in, CODE, started_at=MONDAY_10AM)


def end_of(day: int) -> datetime:
    return datetime(2026, 3, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


ROWS = [
    # reassurance
    ("agent", "Nem kell sietnie, nyugodtan nézze meg.", "reassurance", None),
    ("agent", "Ez egyáltalán nem az Ön hibája.", "reassurance", None),
    ("agent", "Ne aggódjon, együtt megoldjuk.", "reassurance", None),
    # stock empathy versus words about this customer
    ("agent", "Elnézést kérünk az esetleges kellemetlenségért.", "stock_empathy", None),
    ("agent", "Elnézést kérünk az esetleges kellemetlenségért.", "apology", None),
    ("agent", "Köszönjük türelmét és megértését.", "stock_empathy", None),
    ("agent", "Köszönjük türelmét és megértését.", "thanks", None),
    ("agent", "Nagyon sajnálom, hogy az édesapja kórházba került.", "apology", "stock_empathy"),
    # dismissive
    ("agent", "Ilyen előfordul, nem kell túlreagálni.", "dismissive", None),
    ("agent", "Tájékoztatjuk, hogy a díj nem visszatéríthető.", "dismissive", None),
    # hurrying
    ("agent", "Sokan várnak a sorban, fogjuk rövidre.", "hurrying", None),
    ("agent", "Nincs sok időm, röviden mondja el.", "hurrying", None),
    # self-correction
    ("agent", "Úgy értem, a határidő péntek, rosszul mondtam.", "self_correction", None),
    ("agent", "Elnézést, rossz összeget mondtam.", "self_correction", None),
    # checks with others
    ("agent", "Megkérdezem a kollégámat, és visszajelzek.", "checks_with_others", None),
    ("agent", "Nem vagyok biztos benne, utánakérdezek.", "checks_with_others", None),
    # deflection
    ("agent", "Ezt megtalálja a honlapunkon a GYIK menüpontban.", "deflection", None),
    ("agent", "Ezzel forduljon a bankjához.", "deflection", None),
    # policy statement and the alternative that gets round it
    ("agent", "A szabályzatunk szerint erre nincs lehetőség.", "policy_statement", None),
    ("agent", "Az elállási határidő sajnos már lejárt.", "policy_statement", None),
    ("agent", "Ez a termék jelenleg nincs raktáron.", "policy_statement", None),
    ("agent", "Helyette viszont fel tudok ajánlani egy jóváírást.", "alternative", None),
    ("agent", "Van egy másik megoldás is.", "alternative", None),
    # hold
    ("agent", "Egy pillanat türelmet, megnézem.", "hold", None),
    ("agent", "Kérem, tartsa a vonalat.", "hold", None),
    # info request
    ("agent", "Megadná kérem a rendelésszámát?", "info_request", None),
    ("agent", "Kérem az e-mail címét.", "info_request", None),
    # vague promise
    ("agent", "Az illetékes kollégák hamarosan keresni fogják.", "vague_promise", None),
    ("agent", "Mindent megteszünk.", "vague_promise", None),
    # jargon
    ("agent", "A visszaterhelés után feloldjuk a zárolást.", "jargon", None),
    ("agent", "A sávszélesség a szinkron után nő.", "jargon", None),
    # the closing, not a follow-up check
    ("agent", "Miben segíthetek még?", "closing", "follow_up_check"),
    # customer emotion and hardship
    ("customer", "Édesanyám kórházban van, nagyon aggódom.", "customer_emotion", None),
    ("customer", "A férjem múlt héten meghalt.", "customer_emotion", None),
    ("customer", "Hülyének érzem magam, bocsánat.", "customer_emotion", "customer_abuse"),
    # customer cues
    ("customer", "A lányom esküvője szombaton lesz, addig meg kell érkeznie.", "customer_cue", None),
    ("customer", "Külföldre költözünk, nem tudom, mi legyen az előfizetéssel.", "customer_cue", None),
    ("customer", "Jó lenne, ha ma még megjönne.", "customer_cue", None),
    # constraints
    ("customer", "Egész nap dolgozom, nem tudok otthon lenni.", "customer_constraint", None),
    ("customer", "Nincs nyomtatóm.", "customer_constraint", None),
    # corrections
    ("customer", "Már kipróbáltam, nem segített.", "customer_correction", None),
    ("customer", "De a honlapon más ár szerepel.", "customer_correction", None),
    # confusion
    ("customer", "Nem találom, melyik gombra kell kattintani.", "customer_confusion", None),
    ("customer", "Összezavarodtam, hol találom a beállításokat?", "customer_confusion", None),
    # broken promises
    ("customer", "Senki nem hívott vissza, pedig megígérték.", "broken_promise", None),
    ("customer", "A szerelő nem jött ki, egész nap vártam.", "broken_promise", None),
    # complaints stated as facts, without a feeling word
    ("customer", "Megrendeltem 3-án, a csomag még mindig nem érkezett meg.", "customer_frustration", None),
    ("customer", "Az internet megint nem működik.", "customer_frustration", None),
    # sarcasm
    ("customer", "Na remek, már megint nem működik.", "customer_frustration", None),
    ("customer", "Köszönöm szépen a semmit.", "customer_frustration", None),
    # insults aimed at the listener versus swearing in praise or self-talk
    ("customer", "Maguk egy rakás csaló.", "customer_abuse", None),
    ("customer", "Ön egy hülye.", "customer_abuse", None),
    ("customer", "Kurva jó lett, köszönöm!", None, "customer_abuse"),
    ("customer", "Hülye vagyok ehhez, bocsánat.", None, "customer_abuse"),
    ("customer", "Az alkalmazás használhatatlan.", None, "customer_abuse"),
    # negation
    ("agent", "Nem sajnálom, ez a szabály.", None, "apology"),
    ("customer", "Nem vagyok dühös, csak kérdezem.", None, "customer_frustration"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_hungarian_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row(CODE, role, text, expected, absent)


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("Ön", WordClass.SECOND_PERSON), ("neked", WordClass.SECOND_PERSON),
        ("tudod", WordClass.SECOND_PERSON), ("nekem", WordClass.FIRST_PERSON),
        ("megint", WordClass.PERSISTENCE), ("ismét", WordClass.PERSISTENCE),
        ("működik", WordClass.SERVICE_VERB), ("megérkezett", WordClass.SERVICE_VERB),
        ("visszautalták", WordClass.SERVICE_VERB), ("hülye", WordClass.INSULT),
        ("inkompetensek", WordClass.INSULT), ("bazmeg", WordClass.PROFANITY),
        ("aggódom", WordClass.EMOTION), ("kórházban", WordClass.EMOTION),
        ("igen", WordClass.YES_NO), ("kattintson", WordClass.INSTRUCTION),
        ("válaszd", WordClass.INSTRUCTION), ("aha", WordClass.BACKCHANNEL),
        ("nagyon", WordClass.INTENSIFIER), ("viszont", WordClass.CONTRAST), ("nem", WordClass.NEGATOR),
    ],
)
def test_hungarian_word_classes(word: str, bit: int) -> None:
    assert word_flags(CODE, word) & bit


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        # words the accent fold makes collide with a class word
        ("felhívom", WordClass.EMOTION),  # "fel-" is not "fél" (afraid)
        ("könnyű", WordClass.EMOTION),  # "easy", not "könny" (tear)
        ("hivatal", WordClass.SERVICE_VERB),  # "office", not "hív" (call)
        ("csalódott", WordClass.INSULT),  # "disappointed", not "csaló" (cheat)
        ("utálom", WordClass.SERVICE_VERB),  # "I hate", not "utal" (transfer)
    ],
)
def test_hungarian_fold_collisions_stay_out_of_the_classes(word: str, bit: int) -> None:
    assert not word_flags(CODE, word) & bit


def test_hungarian_stemmer_meets_inflected_forms() -> None:
    pack = get_language(CODE)
    assert len({pack.stem(pack.fold(w)) for w in ("rendelés", "rendelést", "rendelésben", "rendeléssel")}) <= 2


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("Mikor rendelte a csomagot?", "question", "interrogative"),
        ("Hogyan segíthetek", "question", "interrogative"),  # no question mark
        ("Megkapta a levelet, ugye?", "question", "tag"),
        ("Tehát a router a földszinten van?", "question", "declarative"),
        ("Ki kell cserélni a kábelt.", "statement", ""),  # "ki" is a verb particle here
        ("Van egy ötletem.", "statement", ""),
        ("Kattintson a Beállítások menüre.", "imperative", ""),
    ],
)
def test_hungarian_sentence_types(text: str, kind: str, form: str) -> None:
    sentence = read_turn(get_language(CODE), text).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)


def test_hungarian_reflection_of_the_customers_situation() -> None:
    signals = converse(
        ("customer", "Egy hete nincs internetem, és otthonról dolgozom."),
        ("agent", "Ön egy hete internet nélkül van, és otthonról dolgozik."),
    )
    assert "paraphrase" in signals.per_turn[1]


def test_hungarian_declarative_question_reusing_the_customers_words_checks_understanding() -> None:
    signals = converse(
        ("customer", "A router az emeleten van, a földszinten gyenge a jel."),
        ("agent", "Tehát a router az emeleten van, és a földszinten gyenge a jel?"),
    )
    assert "paraphrase" in signals.per_turn[1]


def test_hungarian_follow_up_check_after_the_agent_acted() -> None:
    signals = converse(
        ("customer", "Nem jön meg a jelszó-visszaállító kód."),
        ("agent", "Most újra elküldtem a kódot."),
        ("customer", "Rendben, nézem."),
        ("agent", "Megérkezett a kód?"),
    )
    assert "follow_up_check" in signals.per_turn[3]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Holnap visszahívom.", end_of(3)),
        ("Visszahívom holnap délelőtt.", end_of(3)),
        ("Két munkanapon belül jóváírjuk az összeget.", end_of(4)),
        ("Péntekig elküldjük a számlát.", end_of(6)),
        ("3 órán belül visszahívom.", datetime(2026, 3, 2, 13, 0, tzinfo=timezone.utc)),
        ("Szerdán felhívom az eredménnyel.", end_of(4)),
    ],
)
def test_hungarian_commitment_deadlines(text: str, due: datetime) -> None:
    commitments = converse(("customer", "..."), ("agent", text)).commitments
    assert commitments and commitments[0].due == due


def test_hungarian_vague_promise_has_no_due_time() -> None:
    commitments = converse(("customer", "..."), ("agent", "Hamarosan jelentkezünk.")).commitments
    assert commitments and commitments[0].due is None and commitments[0].vague


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Nagyon elégedett vagyok, köszönöm!", 1),
        ("Gyors és kedves volt az ügyintéző.", 1),
        ("Borzalmas, még mindig nem működik.", -1),
        ("BORZALMAS SZOLGÁLTATÁS", -1),
        ("borzalmas szolgaltatas, meg mindig nem mukodik", -1),
        ("Nem vagyok elégedett.", -1),
    ],
)
def test_hungarian_sentiment_sign(text: str, sign: int) -> None:
    result = turn_sentiment(get_language(CODE), text)
    assert result is not None and result[0] * sign > 0


def test_hungarian_lexicon_size_and_values() -> None:
    lexicon = get_language(CODE).sentiment_lexicon
    assert 500 <= len(lexicon) <= 900
    assert all(-1 <= v <= 1 and v for v in lexicon.values())


def test_hungarian_new_behaviours_compile_and_match_the_english_keys() -> None:
    pack = get_language(CODE).compile()
    english = get_language("en")
    assert set(pack.agent_rules) == set(english.agent_rules)
    assert set(pack.customer_rules) == set(english.customer_rules)
    assert pack.long_sentence_words < english.long_sentence_words


def test_hungarian_plain_acronyms_are_no_jargon() -> None:
    assert "jargon" not in behaviours_in(CODE, "agent", "Az ÁFA és a PIN kód a levélben van.")
    assert "jargon" in behaviours_in(CODE, "agent", "Átállítottam az APN beállítást.")
