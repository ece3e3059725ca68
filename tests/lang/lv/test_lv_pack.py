"""Latvian pack, new interface: word classes, time words, new behaviours, structure, sentiment.

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

CODE = "lv"
# a conversation that starts on Monday 2 March 2026 at 10:00 UTC
converse = partial(converse_in, CODE, started_at=MONDAY_10AM)


def end_of(day: int) -> datetime:
    return datetime(2026, 3, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


ROWS = [
    # reassurance
    ("agent", "Nesteidzieties, tā nav jūsu vaina.", "reassurance", None),
    ("agent", "Neuztraucieties, mēs to kopā atrisināsim.", "reassurance", None),
    ("agent", "Tas ir ļoti labs jautājums.", "reassurance", None),
    # stock empathy versus words about this customer
    ("agent", "Atvainojamies par sagādātajām neērtībām.", "stock_empathy", None),
    ("agent", "Atvainojamies par sagādātajām neērtībām.", "apology", None),
    ("agent", "Paldies par jūsu pacietību.", "stock_empathy", None),
    ("agent", "Paldies par jūsu pacietību.", "thanks", None),
    ("agent", "Man ļoti žēl dzirdēt par jūsu tēva slimību.", "empathy_statement", "stock_empathy"),
    # dismissive
    ("agent", "Tādas lietas gadās, nevajag pārspīlēt.", "dismissive", None),
    ("agent", "Informējam, ka maksa netiek atgriezta.", "dismissive", None),
    # hurrying
    ("agent", "Rindā gaida vēl daudz klientu, lūdzu īsāk.", "hurrying", None),
    ("agent", "Man nav daudz laika, pasteigsimies.", "hurrying", None),
    # self-correction
    ("agent", "Atvainojiet, es kļūdījos, termiņš ir piektdiena.", "self_correction", None),
    ("agent", "Es sajaucu datumu, pareizi ir otrdiena.", "self_correction", None),
    # checks with others
    ("agent", "Es pajautāšu kolēģim un atzvanīšu.", "checks_with_others", None),
    ("agent", "Neesmu pārliecināta, noskaidrošu pie vadītājas.", "checks_with_others", None),
    # deflection
    ("agent", "To varat atrast mūsu mājaslapā sadaļā BUJ.", "deflection", None),
    ("agent", "Ar šo jautājumu vērsieties savā bankā.", "deflection", None),
    # policy statement and the alternative that gets round it
    ("agent", "Saskaņā ar mūsu noteikumiem atmaksa nav iespējama.", "policy_statement", None),
    ("agent", "Atteikuma termiņš diemžēl ir beidzies.", "policy_statement", None),
    ("agent", "Šis modelis vairs netiek ražots.", "policy_statement", None),
    ("agent", "Tā vietā es varu piedāvāt atlaidi nākamajam rēķinam.", "alternative", None),
    ("agent", "Ir vēl viena iespēja.", "alternative", None),
    # hold
    ("agent", "Vienu brīdi, pārbaudīšu sistēmā.", "hold", None),
    ("agent", "Lūdzu, uzgaidiet uz līnijas.", "hold", None),
    # info request
    ("agent", "Lūdzu, norādiet pasūtījuma numuru.", "info_request", None),
    ("agent", "Kāda ir jūsu e-pasta adrese?", "info_request", None),
    # vague promise
    ("agent", "Kolēģi ar jums sazināsies.", "vague_promise", None),
    ("agent", "Darīsim visu iespējamo.", "vague_promise", None),
    # jargon
    ("agent", "Klīringa dēļ valutēšanas datums var atšķirties.", "jargon", None),
    ("agent", "Pēc sinhronizācijas joslas platums pieaugs.", "jargon", None),
    # the closing, not a follow-up check
    ("agent", "Vai varu vēl kaut kā palīdzēt?", "closing", "follow_up_check"),
    # customer emotion and hardship
    ("customer", "Mana mamma ir slimnīcā, es ļoti uztraucos.", "customer_emotion", None),
    ("customer", "Mans tēvs pagājušonedēļ nomira.", "customer_emotion", None),
    # customer cues
    ("customer", "Meitai sestdien ir dzimšanas diena, līdz tam vajag.", "customer_cue", None),
    ("customer", "Mēs pārceļamies uz ārzemēm, nezinu, ko darīt ar līgumu.", "customer_cue", None),
    ("customer", "Būtu labi, ja tas pienāktu šodien.", "customer_cue", None),
    # constraints
    ("customer", "Strādāju visu dienu, nevaru būt mājās.", "customer_constraint", None),
    ("customer", "Man nav printera.", "customer_constraint", None),
    # corrections
    ("customer", "Jau mēģināju, nepalīdzēja.", "customer_correction", None),
    ("customer", "Bet mājaslapā ir rakstīts kas cits.", "customer_correction", None),
    # confusion
    ("customer", "Nevaru atrast, kuru pogu spiest.", "customer_confusion", None),
    ("customer", "Esmu apjucis, kur jāieiet?", "customer_confusion", None),
    # broken promises
    ("customer", "Neviens tā arī neatzvanīja, lai gan solījāt.", "broken_promise", None),
    ("customer", "Meistars neieradās, gaidīju visu dienu.", "broken_promise", None),
    # complaints stated as facts, without a feeling word
    ("customer", "Internets nestrādā.", "customer_frustration", None),
    ("customer", "Pasūtījums joprojām nav atnācis.", "customer_frustration", None),
    ("customer", "Nauda vēl nav atmaksāta.", "customer_frustration", None),
    # sarcasm
    ("customer", "Nu lieliski, atkal nestrādā.", "customer_frustration", None),
    ("customer", "Paldies par neko, atkal nekas nestrādā.", "customer_frustration", None),
    # insults aimed at the listener versus swearing in praise
    ("customer", "Jūs esat krāpnieki.", "customer_abuse", None),
    ("customer", "Tu esi idiots.", "customer_abuse", None),
    ("customer", "Velns, cik ātri atnāca!", None, "customer_abuse"),
    ("customer", "Mans suns ir tāds muļķītis, sagrauza vadu.", None, "customer_abuse"),
    # negation
    ("agent", "Man nav žēl, tādi ir noteikumi.", None, "apology"),
    ("customer", "Neesmu dusmīgs, tikai jautāju.", None, "customer_frustration"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_latvian_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row(CODE, role, text, expected, absent)


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("jūs", WordClass.SECOND_PERSON), ("tev", WordClass.SECOND_PERSON),
        ("saņēmāt", WordClass.SECOND_PERSON), ("mēs", WordClass.FIRST_PERSON),
        ("joprojām", WordClass.PERSISTENCE), ("atkal", WordClass.PERSISTENCE),
        ("strādā", WordClass.SERVICE_VERB), ("nestrādā", WordClass.SERVICE_VERB),
        ("saņēmu", WordClass.SERVICE_VERB), ("krāpnieki", WordClass.INSULT),
        ("idiots", WordClass.INSULT), ("sūds", WordClass.PROFANITY),
        ("uztraucos", WordClass.EMOTION), ("slimnīcā", WordClass.EMOTION),
        ("jā", WordClass.YES_NO), ("nospiediet", WordClass.INSTRUCTION),
        ("izvēlies", WordClass.INSTRUCTION), ("mhm", WordClass.BACKCHANNEL),
        ("ļoti", WordClass.INTENSIFIER), ("taču", WordClass.CONTRAST), ("neesmu", WordClass.NEGATOR),
    ],
)
def test_latvian_word_classes(word: str, bit: int) -> None:
    assert word_flags(CODE, word) & bit


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        # words the diacritic fold makes collide with a class word
        ("nav", WordClass.EMOTION),  # "is not", not "nāve" (death)
        ("parādīt", WordClass.EMOTION),  # "to show", not "parāds" (debt)
        ("serveris", WordClass.EMOTION),  # not "sēras" (mourning)
        ("atlaide", WordClass.EMOTION),  # "discount", not "atlaists" (dismissed)
        ("sūdzība", WordClass.PROFANITY),  # "complaint"
        ("kucēns", WordClass.PROFANITY),  # "puppy"
    ],
)
def test_latvian_fold_collisions_stay_out_of_the_classes(word: str, bit: int) -> None:
    assert not word_flags(CODE, word) & bit


def test_latvian_stemmer_meets_inflected_forms() -> None:
    pack = get_language(CODE)
    stems = {pack.stem(pack.fold(w)) for w in ("pasūtījums", "pasūtījumu", "pasūtījumā", "pasūtījumam")}
    assert stems == {"pasutijum"}


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("Kad jūs pasūtījāt preci?", "question", "interrogative"),
        ("Vai jūs saņēmāt kodu", "question", "interrogative"),  # no question mark
        ("Jūs to saņēmāt, vai ne?", "question", "tag"),
        ("Tātad modems ir otrajā stāvā?", "question", "declarative"),
        ("Kā jau minēju, rēķins ir nosūtīts.", "statement", ""),  # "kā" = "as" here
        ("Nospiediet pogu Iestatījumi.", "imperative", ""),
    ],
)
def test_latvian_sentence_types(text: str, kind: str, form: str) -> None:
    sentence = read_turn(get_language(CODE), text).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)


def test_latvian_reflection_of_the_customers_situation() -> None:
    signals = converse(
        ("customer", "Jau nedēļu nav interneta, un es strādāju no mājām."),
        ("agent", "Jūs jau nedēļu esat bez interneta un strādājat no mājām."),
    )
    assert "paraphrase" in signals.per_turn[1]


def test_latvian_declarative_question_reusing_the_customers_words_checks_understanding() -> None:
    signals = converse(
        ("customer", "Modems ir otrajā stāvā, pirmajā stāvā signāls vājš."),
        ("agent", "Tātad modems ir otrajā stāvā un pirmajā stāvā signāls ir vājš?"),
    )
    assert "paraphrase" in signals.per_turn[1]


def test_latvian_follow_up_check_after_the_agent_acted() -> None:
    signals = converse(
        ("customer", "Paroles atjaunošanas kods nenāk."),
        ("agent", "Es tikko nosūtīju kodu vēlreiz."),
        ("customer", "Labi, skatos."),
        ("agent", "Vai kods pienāca?"),
    )
    assert "follow_up_check" in signals.per_turn[3]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Mēs jums rīt piezvanīsim.", end_of(3)),
        ("Piezvanīšu jums rīt.", end_of(3)),
        ("2 darba dienu laikā atmaksāsim naudu.", end_of(4)),
        ("Līdz piektdienai nosūtīsim rēķinu.", end_of(6)),
        ("Trešdien atzvanīšu ar atbildi.", end_of(4)),
    ],
)
def test_latvian_commitment_deadlines(text: str, due: datetime) -> None:
    commitments = converse(("customer", "..."), ("agent", text)).commitments
    assert commitments and commitments[0].due == due


def test_latvian_vague_promise_has_no_due_time() -> None:
    commitments = converse(("customer", "..."), ("agent", "Drīzumā sazināsimies.")).commitments
    assert commitments and commitments[0].due is None and commitments[0].vague


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Esmu ļoti apmierināts, paldies!", 1),
        ("Ātri un laipni atrisinājāt, lieliski.", 1),
        ("Briesmīgi, joprojām nestrādā.", -1),
        ("BRIESMĪGS SERVISS", -1),
        ("briesmigs serviss, joprojam nestrada", -1),
        ("Neesmu apmierināts.", -1),
    ],
)
def test_latvian_sentiment_sign(text: str, sign: int) -> None:
    result = turn_sentiment(get_language(CODE), text)
    assert result is not None and result[0] * sign > 0


def test_latvian_lexicon_size_and_values() -> None:
    lexicon = get_language(CODE).sentiment_lexicon
    assert 500 <= len(lexicon) <= 900
    assert all(-1 <= v <= 1 and v for v in lexicon.values())


def test_latvian_new_behaviours_compile_and_match_the_english_keys() -> None:
    pack = get_language(CODE).compile()
    english = get_language("en")
    assert set(pack.agent_rules) == set(english.agent_rules)
    assert set(pack.customer_rules) == set(english.customer_rules)
    assert pack.long_sentence_words < english.long_sentence_words


def test_latvian_plain_acronyms_are_no_jargon() -> None:
    assert "jargon" not in behaviours_in(CODE, "agent", "PVN un PIN kods ir norādīts līgumā.")
    assert "jargon" in behaviours_in(CODE, "agent", "Nomainīju jūsu APN iestatījumus.")
