"""German pack: the behaviours and word classes of the new pack interface.

Every sentence is written for these tests (Sie and du, chat without umlauts); each table row is
checked as written, without diacritics and in capitals (``check_row``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.lang.conftest import check_row, converse_in, strip_diacritics

from csskills import Transcript
from csskills.featurize._signals import extract_signals
from csskills.featurize._turn import read_turn
from csskills.lang import WordClass, get_language

DE = get_language("de")

ROWS = [
    # reassurance
    ("agent", "Keine Sorge, das bekommen wir hin.", "reassurance", None),
    ("agent", "Lassen Sie sich ruhig Zeit.", "reassurance", None),
    ("agent", "Das ist nicht Ihre Schuld, der Link war abgelaufen.", "reassurance", None),
    ("agent", "Mach dir keine Sorgen, das passiert jedem mal.", "reassurance", None),
    ("agent", "Sie müssen sich nicht entschuldigen.", "reassurance", None),
    # stock empathy
    ("agent", "Wir entschuldigen uns für die entstandenen Unannehmlichkeiten.", "stock_empathy", None),
    ("agent", "Vielen Dank für Ihr Verständnis.", "stock_empathy", None),
    ("agent", "Wir bitten um Ihr Verständnis.", "stock_empathy", None),
    ("agent", "Wir nehmen Ihre Beschwerde sehr ernst.", "stock_empathy", None),
    # dismissive
    ("agent", "Das ist halt so, das passiert öfter.", "dismissive", None),
    ("agent", "Das ist doch kein Weltuntergang.", "dismissive", None),
    ("agent", "Bitte beachten Sie, dass die Gebühr bestehen bleibt.", "dismissive", None),
    # hurrying
    ("agent", "Andere Kunden warten, wir müssen das kurz halten.", "hurrying", None),
    ("agent", "Ich habe nicht viel Zeit, um es kurz zu machen: nein.", "hurrying", None),
    ("agent", "War's das? Gut.", "hurrying", None),
    # self-correction
    ("agent", "Ich meinte natürlich Dienstag, nicht Donnerstag.", "self_correction", None),
    ("agent", "Ich habe mich vertan, der Tarif kostet zwölf Euro.", "self_correction", None),
    ("agent", "Ich hab Ihnen eine falsche Auskunft gegeben.", "self_correction", None),
    # checks with others
    ("agent", "Ich muss kurz bei meinem Kollegen nachfragen.", "checks_with_others", None),
    ("agent", "Lassen Sie mich mit der Fachabteilung Rücksprache halten.", "checks_with_others", None),
    ("agent", "Dafür bin ich leider nicht zuständig.", "checks_with_others", None),
    # deflection
    ("agent", "Da müssen Sie sich an Ihre Bank wenden.", "deflection", None),
    ("agent", "Das steht alles in unseren FAQ.", "deflection", None),
    ("agent", "Das müssen Sie selbst mit dem Hersteller klären.", "deflection", None),
    # policy statement
    ("agent", "Laut unseren AGB ist ein Umtausch nach 30 Tagen ausgeschlossen.", "policy_statement", None),
    ("agent", "Wir liefern nur werktags, von Montag bis Freitag.", "policy_statement", None),
    ("agent", "Der Artikel ist leider ausverkauft.", "policy_statement", None),
    ("agent", "Die Widerrufsfrist ist leider abgelaufen.", "policy_statement", None),
    ("agent", "Das System lässt keine Änderung der Adresse zu.", "policy_statement", None),
    # alternative
    ("agent", "Alternativ kann ich Ihnen eine Packstation anbieten.", "alternative", None),
    ("agent", "Was ich Ihnen aber anbieten kann, ist ein Gutschein.", "alternative", None),
    ("agent", "Ich schaue, ob wir den Termin verschieben können.", "alternative", None),
    ("agent", "Aus Kulanz übernehmen wir die Rücksendekosten.", "alternative", None),
    ("agent", "Würde Ihnen das Mittwoch besser passen?", "alternative", None),
    # hold
    ("agent", "Einen Moment bitte, ich schaue kurz nach.", "hold", None),
    ("agent", "Bleiben Sie bitte kurz dran.", "hold", None),
    ("agent", "Das dauert ungefähr zwei Minuten.", "hold", None),
    ("agent", "Ich bin gleich wieder bei Ihnen.", "hold", None),
    # info request
    ("agent", "Können Sie mir bitte Ihre Kundennummer nennen?", "info_request", None),
    ("agent", "Wie lautet die E-Mail-Adresse zu Ihrem Konto?", "info_request", None),
    ("agent", "Nenn mir bitte die letzten vier Ziffern der Karte.", "info_request", None),
    # vague promise
    ("agent", "Jemand aus der Fachabteilung wird sich bei Ihnen melden.", "vague_promise", None),
    ("agent", "Ihr Anliegen wurde an die zuständige Stelle weitergeleitet.", "vague_promise", None),
    ("agent", "Ich werde mein Bestes tun.", "vague_promise", None),
    ("agent", "Das sollte bald wieder funktionieren.", "vague_promise", None),
    # jargon
    ("agent", "Der Betrag wurde anteilig über das Backoffice verrechnet.", "jargon", None),
    ("agent", "Ihr Leitungsprofil am DSLAM wurde angepasst.", "jargon", None),
    ("agent", "Schicken Sie mir Ihre IBAN per SMS.", None, "jargon"),
    # commitments, Sie and du, with a separable verb
    ("agent", "Ich rufe Sie morgen Vormittag zurück.", "commitment", None),
    ("agent", "Ich schicke dir den Code per SMS.", "commitment", None),
    ("agent", "Ich kümmere mich persönlich darum.", "commitment", None),
    ("agent", "Wir haben die Erstattung soeben veranlasst.", "commitment", None),
    ("agent", "Ich melde mich bis Freitag bei Ihnen.", "commitment", None),
    # customer emotion
    ("customer", "Ich mache mir große Sorgen, meine Mutter liegt im Krankenhaus.", "customer_emotion", None),
    ("customer", "Mein Mann ist letzten Monat gestorben.", "customer_emotion", None),
    ("customer", "Ich habe Angst, die Miete nicht mehr zahlen zu können.", "customer_emotion", None),
    ("customer", "Mir wurde gestern das Handy gestohlen.", "customer_emotion", None),
    ("customer", "Ich bin total verzweifelt.", "customer_emotion", None),
    ("customer", "Keine Angst, ich warte gern.", None, "customer_emotion"),
    # customer cue
    ("customer", "Das ist für meine Tochter, sie fängt ein Studium an.", "customer_cue", None),
    ("customer", "Wir ziehen Ende des Monats um.", "customer_cue", None),
    ("customer", "Ich fliege am Samstag in den Urlaub, ich brauche es bis Freitag.", "customer_cue", None),
    ("customer", "Wäre es möglich, die Lieferung zu verschieben?", "customer_cue", None),
    ("customer", "Naja, nicht ideal, aber geht schon.", "customer_cue", None),
    ("customer", "Ich bin Rentnerin und muss auf jeden Euro achten.", "customer_cue", None),
    # customer constraint
    ("customer", "Ich arbeite im Schichtdienst und kann tagsüber nicht zuhause sein.", "customer_constraint", None),
    ("customer", "Ich habe keinen Drucker zu Hause.", "customer_constraint", None),
    ("customer", "Der Termin passt mir überhaupt nicht.", "customer_constraint", None),
    ("customer", "Die Filiale ist viel zu weit weg.", "customer_constraint", None),
    ("customer", "Ich kann die Rechnung im Moment nicht bezahlen.", "customer_constraint", None),
    # customer correction
    ("customer", "Das habe ich schon versucht, hat nicht geholfen.", "customer_correction", None),
    ("customer", "Aber auf Ihrer Webseite steht, dass der Versand kostenlos ist.", "customer_correction", None),
    ("customer", "Ihre Kollegin hat mir aber gesagt, dass das kostenlos ist.", "customer_correction", None),
    ("customer", "Sind Sie sicher?", "customer_correction", None),
    # customer confusion
    ("customer", "Ich finde den Button nicht.", "customer_confusion", None),
    ("customer", "Wo muss ich da klicken?", "customer_confusion", None),
    ("customer", "Es passiert gar nichts, wenn ich drücke.", "customer_confusion", None),
    ("customer", "Entschuldigung, ich kenne mich mit Technik nicht aus.", "customer_confusion", None),
    ("customer", "Welches Feld muss ich ausfüllen?", "customer_confusion", None),
    # broken promise
    ("customer", "Niemand hat mich zurückgerufen, obwohl es versprochen wurde.", "broken_promise", None),
    ("customer", "Mir wurde eine Gutschrift zugesagt.", "broken_promise", None),
    ("customer", "Immer noch keine Rückmeldung zu meiner Erstattung.", "broken_promise", None),
    ("customer", "Der Techniker ist am Dienstag nicht gekommen.", "broken_promise", None),
    ("customer", "Ich warte immer noch auf den Rückruf.", "broken_promise", None),
    # frustration stated in words
    ("customer", "Mir reicht es, das ist jetzt das dritte Mal, dass ich anrufe.", "customer_frustration", None),
    ("customer", "Wollen Sie mich verarschen?", "customer_frustration", None),
    # verb-second order after an adverb: a statement, not an order
    ("agent", "Das verstehe ich vollkommen.", "empathy_statement", None),
    ("agent", "Gut, dann prüfe ich das kurz.", "hold", "instruction_step"),
    ("agent", "Ich stelle einen Nachforschungsauftrag und rufe Sie morgen an.", "commitment", None),
    ("agent", "Wäre das für Sie in Ordnung?", "courtesy", None),
    # negation, quoting, look-alikes
    ("agent", "Es tut mir nicht leid, das sind die Regeln.", None, "apology"),
    ("customer", "Ist nicht schlimm, vielen Dank.", None, "customer_frustration"),
    ("customer", "Ich habe noch eine Frage zur Lieferung.", None, "customer_frustration"),
    ("customer", "Nein danke, das brauche ich nicht.", None, "customer_thanks"),
    ("agent", "Guten Morgen, wie kann ich helfen?", None, "specific_detail"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_german_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("de", role, text, expected, absent)


# -- word classes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("sie", WordClass.SECOND_PERSON),
        ("dein", WordClass.SECOND_PERSON),
        ("ihnen", WordClass.SECOND_PERSON),
        ("ich", WordClass.FIRST_PERSON),
        ("unsere", WordClass.FIRST_PERSON),
        ("nicht", WordClass.NEGATOR),
        ("niemand", WordClass.NEGATOR),
        ("immer", WordClass.PERSISTENCE),
        ("erneut", WordClass.PERSISTENCE),
        ("angekommen", WordClass.SERVICE_VERB),
        ("zurückerstattet", WordClass.SERVICE_VERB),
        ("funktioniert", WordClass.SERVICE_VERB),
        ("unfähig", WordClass.INSULT),
        ("saftladen", WordClass.INSULT),
        ("scheiße", WordClass.PROFANITY),
        ("scheisse", WordClass.PROFANITY),
        ("besorgt", WordClass.EMOTION),
        ("krankenhaus", WordClass.EMOTION),
        ("genau", WordClass.YES_NO),
        ("klicken", WordClass.INSTRUCTION),
        ("tippe", WordClass.INSTRUCTION),
        ("wirklich", WordClass.INTENSIFIER),
        ("aber", WordClass.CONTRAST),
        ("mhm", WordClass.BACKCHANNEL),
    ],
)
def test_word_classes(word: str, bit: int) -> None:
    assert DE.lexeme(DE.fold(word)).flags & bit, word


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("noch", WordClass.PERSISTENCE),  # "ich habe noch eine Frage"
        ("wieder", WordClass.PERSISTENCE),  # "es funktioniert wieder"
        ("krankenkasse", WordClass.EMOTION),
        ("andere", WordClass.INSTRUCTION),  # "ändere" folds to "andere"
        ("scheint", WordClass.PROFANITY),
        ("gehen", WordClass.SERVICE_VERB),
    ],
)
def test_word_class_look_alikes(word: str, bit: int) -> None:
    assert not DE.lexeme(DE.fold(word)).flags & bit, word


def test_stemmer_brings_inflected_forms_together() -> None:
    assert DE.stem("lieferung") == DE.stem("liefern") == DE.stem("lieferte")
    assert DE.stem(DE.fold("erstattungen")) == DE.stem(DE.fold("erstatten"))


def test_folded_look_alikes_stay_out_of_the_lexicon() -> None:
    # "schön" folds to "schon" (already), "nett*" would reach "netto", "beste*" "Bestellung"
    for word in ("schon", "netto", "bestellung", "gemeinsam", "qualitat"):
        assert DE.lexeme(word).valence == 0.0, word


def _found(turns: list[tuple[str, str]]) -> list[dict[str, list[str]]]:
    signals = converse_in("de", *turns)
    return [{b: [e.rule for e in es] for b, es in found.items()} for found in signals.per_turn]


# -- question forms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("Haben Sie die Mail bekommen?", "question", "interrogative"),
        ("Haben Sie die Mail bekommen", "question", "interrogative"),
        ("Wann kommt der Techniker", "question", "interrogative"),
        ("Wie lange dauert das", "question", "interrogative"),
        ("Gibt es eine andere Möglichkeit", "question", "interrogative"),
        ("Sie haben die Mail bekommen?", "question", "declarative"),
        ("Der Router steht im Keller?", "question", "declarative"),
        ("Das Paket ist angekommen, oder?", "question", "tag"),
        ("Sie sind Kundin bei uns, nicht wahr?", "question", "tag"),
        ("Okay?", "question", "bare_tag"),
        ("Wie gesagt, die Lieferung kommt morgen.", "statement", ""),
        ("Wie besprochen schicke ich Ihnen das Formular.", "statement", ""),
    ],
)
def test_question_forms(text: str, kind: str, form: str) -> None:
    sentence = read_turn(DE, text).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)
    sentence = read_turn(DE, strip_diacritics(text)).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)


# -- reflections and declarative paraphrase --------------------------------------------------


def test_a_reflection_restates_the_customer_situation() -> None:
    found = _found([
        ("customer", "Ich habe seit einer Woche kein Internet und arbeite im Homeoffice."),
        ("agent", "Sie haben also seit einer Woche kein Internet, obwohl Sie im Homeoffice arbeiten."),
    ])
    assert "de.paraphrase:reflection" in found[1].get("paraphrase", [])


def test_a_declarative_question_with_the_customer_words_is_a_paraphrase() -> None:
    found = _found([
        ("customer", "Das Modem blinkt seit heute früh orange."),
        ("agent", "Das Modem blinkt also orange?"),
    ])
    assert "paraphrase" in found[1]


# -- follow-up checks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "check",
    [
        "Haben Sie den Link erhalten?",
        "Funktioniert die Verbindung jetzt?",
        "Ist die SMS angekommen?",
        "Lädt die Seite jetzt",
    ],
)
def test_follow_up_check_after_the_agent_acted(check: str) -> None:
    found = _found([
        ("customer", "Ich komme nicht ins Kundenportal."),
        ("agent", "Ziehen Sie bitte kurz den Stecker. Ich schicke Ihnen außerdem einen Link."),
        ("customer", "Erledigt."),
        ("agent", check),
    ])
    assert "follow_up_check" in found[3], (check, found[3])


def test_a_question_before_the_agent_acted_is_no_follow_up() -> None:
    found = _found([("customer", "Hallo."), ("agent", "Ist das Paket angekommen?")])
    assert "follow_up_check" not in found[1]


# -- complaints, abuse, sarcasm --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bestellt am 3., das Paket ist immer noch nicht angekommen.",
        "Es funktioniert seit gestern nicht.",
        "Die Erstattung ist bis heute nicht eingegangen.",
        "das internet geht immer noch nicht",
        "Sie haben mir erneut 20 Euro abgebucht.",
    ],
)
def test_a_complaint_without_feeling_words_is_an_unmet_expectation(text: str) -> None:
    rules = _found([("customer", text), ("agent", "...")])[0].get("customer_frustration", [])
    assert "de.customer_frustration:unmet_expectation" in rules, text


def test_a_working_service_is_no_complaint() -> None:
    found = _found([("customer", "Super, es funktioniert wieder, danke!"), ("agent", "...")])
    assert "customer_frustration" not in found[0]


def test_insult_aimed_at_the_listener_versus_swearing_in_praise() -> None:
    aimed = _found([("customer", "Sie sind wirklich völlig unfähig."), ("agent", "...")])[0]
    assert "de.customer_abuse:aimed_insult" in aimed.get("customer_abuse", [])
    praise = _found([("customer", "Verdammt, das ging aber schnell, danke!"), ("agent", "...")])[0]
    assert "customer_abuse" not in praise
    angry = _found([("customer", "Scheiße, schon wieder kein Netz, das ist miserabel."), ("agent", "...")])[0]
    assert "customer_abuse" in angry


def test_sarcasm_is_read_with_what_follows() -> None:
    rules = _found([("customer", "Na toll, schon wieder eine Verspätung."), ("agent", "...")])[0]
    assert "de.customer_frustration:sarcasm" in rules.get("customer_frustration", [])
    plain = _found([("customer", "Toll, danke!"), ("agent", "...")])[0]
    assert "customer_frustration" not in plain


def test_shouting_a_complaint_in_capitals_is_frustration() -> None:
    found = _found([("customer", "ICH RUFE JETZT ZUM DRITTEN MAL AN"), ("agent", "...")])[0]
    assert "customer_frustration" in found
    happy = _found([("customer", "VIELEN DANK FÜR IHRE HILFE"), ("agent", "...")])[0]
    assert "customer_frustration" not in happy


def test_a_yes_no_answer_first_is_a_direct_answer() -> None:
    found = _found([
        ("customer", "Kann ich den Artikel zurückschicken?"),
        ("agent", "Ja, Sie haben dafür 30 Tage Zeit."),
    ])
    assert "direct_answer" in found[1]


def test_a_listening_sound_is_a_backchannel() -> None:
    t = Transcript.model_validate(
        {"id": "t", "language": "de",
         "turns": [{"role": "agent", "text": "Ich schaue nach.", "start": 0.0, "end": 2.0},
                   {"role": "customer", "text": "mhm, okay", "start": 2.5, "end": 3.0}]}
    )
    assert extract_signals(t, DE).turns[1].backchannel


def test_a_long_german_sentence_is_hard_to_follow() -> None:
    long = " ".join(["der Router"] * 16) + "."
    assert "long_sentence" in _found([("customer", "?"), ("agent", long)])[1]


# -- deadlines read from commitments ---------------------------------------------------------

MON = datetime(2026, 6, 8, 10, 0, tzinfo=timezone.utc)  # a Monday


def _end(day: int) -> datetime:
    return datetime(2026, 6, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


def _due(text: str) -> tuple[datetime | None, bool]:
    t = Transcript.model_validate(
        {
            "id": "t",
            "language": "de",
            "turns": [
                {"role": "customer", "text": "Wann höre ich von Ihnen?", "timestamp": MON.isoformat()},
                {"role": "agent", "text": text, "timestamp": MON.isoformat()},
            ],
        }
    )
    commitments = extract_signals(t, DE).commitments
    assert commitments, text
    return commitments[0].due, commitments[0].vague


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ich rufe Sie morgen zurück.", _end(9)),
        ("Ich melde mich heute noch bei Ihnen.", _end(8)),
        ("Ich melde mich übermorgen bei dir.", _end(10)),
        ("Ich rufe Sie am Freitag an.", _end(12)),
        ("Ich schicke Ihnen den Link in 2 Stunden.", MON + timedelta(hours=2)),
        ("Ich schicke Ihnen das Etikett innerhalb von 24 Stunden.", MON + timedelta(hours=24)),
        ("Wir werden den Betrag in drei Tagen erstatten.", _end(11)),
        ("Ich melde mich bis Ende der Woche.", _end(12)),
        ("Ich melde mich nächste Woche bei Ihnen.", _end(15)),
        ("Ich rufe Sie um 16:30 an.", datetime(2026, 6, 8, 16, 30, tzinfo=timezone.utc)),
        ("Ich rufe Sie um 3 Uhr nachmittags an.", datetime(2026, 6, 8, 15, 0, tzinfo=timezone.utc)),
        ("Sie erhalten die Gutschrift in 3 bis 5 Tagen.", _end(13)),
        ("Ich rufe Sie in einer Stunde zurück.", MON + timedelta(hours=1)),
    ],
)
def test_due_time_of_a_commitment(text: str, due: datetime) -> None:
    assert _due(text) == (due, False)
    assert _due(strip_diacritics(text)) == (due, False)


@pytest.mark.parametrize(
    "text",
    [
        "Ich melde mich so schnell wie möglich.",
        "Wir kümmern uns zeitnah darum.",
        "Ich rufe Sie später zurück.",
    ],
)
def test_a_vague_time_promises_nothing_checkable(text: str) -> None:
    assert _due(text) == (None, True)


def test_a_greeting_good_morning_is_not_tomorrow() -> None:
    due, _ = _due("Guten Morgen, ich rufe Sie gleich nach dem Termin zurück.")
    assert due is None


def test_business_days_in_one_word() -> None:
    # Friday + 3 business days = Wednesday (calendar days would give Monday)
    friday = MON + timedelta(days=4)
    t = Transcript.model_validate(
        {
            "id": "t",
            "language": "de",
            "turns": [
                {"role": "customer", "text": "Und die Erstattung?", "timestamp": friday.isoformat()},
                {"role": "agent", "text": "Sie erhalten die Erstattung innerhalb von 3 Werktagen.",
                 "timestamp": friday.isoformat()},
            ],
        }
    )
    assert extract_signals(t, DE).commitments[0].due == _end(17)


# -- sentiment -------------------------------------------------------------------------------


def _valence(text: str) -> float:
    t = Transcript.model_validate(
        {"id": "t", "language": "de",
         "turns": [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]}
    )
    return extract_signals(t, DE).turns[0].valence


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Vielen Dank, Sie waren wirklich sehr hilfreich.", 1),
        ("Super, jetzt läuft alles einwandfrei!", 1),
        ("Ich bin sehr zufrieden mit dem Service.", 1),
        ("Nicht schlecht, das ging schnell.", 1),
        ("Miserabler Service, ich bin stinksauer.", -1),
        ("Eine Frechheit, niemand meldet sich und ich warte seit Wochen.", -1),
        ("Die App ist langsam und völlig unbrauchbar.", -1),
        ("Ich bin nicht zufrieden mit der Antwort.", -1),
        ("überhaupt nicht hilfreich", -1),
        ("ICH BIN WIRKLICH ENTTÄUSCHT", -1),
    ],
)
def test_sentiment_sign(text: str, sign: int) -> None:
    value = _valence(text)
    assert value * sign > 0, (text, value)
    assert _valence(strip_diacritics(text)) * sign > 0


def test_the_lexicon_has_the_size_the_pack_promises() -> None:
    assert 500 <= len(DE.sentiment_lexicon) <= 900
    assert all(-1.0 <= v <= 1.0 for v in DE.sentiment_lexicon.values())
