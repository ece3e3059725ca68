"""French pack: the behaviours and word classes of the new pack interface.

Every sentence is written for these tests (vous and tu, chat without accents or without the
"ne" of the negation); each table row is checked as written, without diacritics and in
capitals (``check_row``).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.lang.conftest import check_row, converse_in, strip_diacritics

from csskills import Transcript
from csskills.featurize._signals import extract_signals
from csskills.featurize._turn import read_turn
from csskills.lang import WordClass, get_language

FR = get_language("fr")

ROWS = [
    # reassurance
    ("agent", "Ne vous inquiétez pas, on va trouver une solution.", "reassurance", None),
    ("agent", "Prenez tout votre temps, rien ne presse.", "reassurance", None),
    ("agent", "T'inquiète pas, ça arrive à tout le monde.", "reassurance", None),
    ("agent", "Ce n'est pas de votre faute, le lien avait expiré.", "reassurance", None),
    ("agent", "Il n'y a aucun souci, je reste avec vous.", "reassurance", None),
    # stock empathy
    ("agent", "Nous sommes désolés pour la gêne occasionnée.", "stock_empathy", None),
    ("agent", "Veuillez nous excuser pour le désagrément.", "stock_empathy", None),
    ("agent", "Nous vous remercions pour votre compréhension.", "stock_empathy", None),
    ("agent", "Je comprends votre mécontentement.", "stock_empathy", None),
    # dismissive
    ("agent", "C'est comme ça, ça arrive tout le temps.", "dismissive", None),
    ("agent", "Ce n'est pas si grave, il n'y a pas mort d'homme.", "dismissive", None),
    ("agent", "Veuillez noter que les frais restent à votre charge.", "dismissive", None),
    # hurrying
    ("agent", "J'ai beaucoup d'appels en attente, il faut faire vite.", "hurrying", None),
    ("agent", "Pour faire court, c'est non.", "hurrying", None),
    ("agent", "Ce sera tout ? Parfait.", "hurrying", None),
    # self-correction
    ("agent", "Pardon, je voulais dire mardi et non jeudi.", "self_correction", None),
    ("agent", "Autant pour moi, le tarif est de douze euros.", "self_correction", None),
    ("agent", "Je vous ai donné une mauvaise information tout à l'heure.", "self_correction", None),
    # checks with others
    ("agent", "Je vais demander à un collègue, je ne connais pas cette offre.", "checks_with_others", None),
    ("agent", "Je dois voir avec mon responsable avant de vous répondre.", "checks_with_others", None),
    ("agent", "Je n'ai pas cette information sous les yeux.", "checks_with_others", None),
    # deflection
    ("agent", "Il faut voir ça directement avec votre banque.", "deflection", None),
    ("agent", "Tout est indiqué sur notre site, rubrique aide.", "deflection", None),
    ("agent", "Consultez la FAQ, la réponse y est.", "deflection", None),
    # policy statement
    ("agent", "Nos conditions ne permettent pas d'échange après trente jours.", "policy_statement", None),
    ("agent", "Nous ne livrons qu'en semaine, du lundi au vendredi.", "policy_statement", None),
    ("agent", "Cet article est en rupture de stock.", "policy_statement", None),
    ("agent", "Le délai de rétractation est dépassé.", "policy_statement", None),
    ("agent", "Le système ne me permet pas de modifier l'adresse.", "policy_statement", None),
    # alternative
    ("agent", "Sinon, je peux vous proposer un point relais.", "alternative", None),
    ("agent", "Par contre, je peux vous envoyer un nouveau lien.", "alternative", None),
    ("agent", "Je vais voir s'il est possible de décaler le rendez-vous.", "alternative", None),
    ("agent", "À titre exceptionnel, nous prenons les frais de retour.", "alternative", None),
    ("agent", "Est-ce que mercredi vous conviendrait mieux ?", "alternative", None),
    # hold
    ("agent", "Un instant, je vérifie votre dossier.", "hold", None),
    ("agent", "Merci de patienter, je reviens vers vous dans une minute.", "hold", None),
    ("agent", "Ne quittez pas, je regarde ça tout de suite.", "hold", None),
    ("agent", "Ça va prendre environ deux minutes.", "hold", None),
    # info request
    ("agent", "Pouvez-vous me communiquer votre numéro de commande ?", "info_request", None),
    ("agent", "Quelle est l'adresse mail associée au compte ?", "info_request", None),
    ("agent", "Donnez-moi les quatre derniers chiffres de la carte.", "info_request", None),
    # vague promise
    ("agent", "Quelqu'un vous recontactera.", "vague_promise", None),
    ("agent", "Votre demande a été transmise au service concerné.", "vague_promise", None),
    ("agent", "Je vais faire de mon mieux.", "vague_promise", None),
    ("agent", "Tout devrait rentrer dans l'ordre rapidement.", "vague_promise", None),
    # jargon
    ("agent", "Le prorata sera régularisé par le back office.", "jargon", None),
    ("agent", "Votre ligne est désynchronisée au niveau du DSLAM.", "jargon", None),
    ("agent", "Il faut passer la box en mode bridge.", "jargon", None),
    ("agent", "Envoyez-moi votre RIB par SMS.", None, "jargon"),
    # commitments, vous and tu, present and future
    ("agent", "Je vous rappelle demain matin.", "commitment", None),
    ("agent", "Je te renvoie le code par SMS.", "commitment", None),
    ("agent", "Je m'en occupe personnellement.", "commitment", None),
    ("agent", "Je viens de vous envoyer l'étiquette de retour.", "commitment", None),
    ("agent", "Je vous rappelle que la garantie est de deux ans.", None, "commitment"),
    # the fixed elisions of the older rules
    ("agent", "Je vous prie de m'excuser pour ce retard.", "apology", None),
    ("agent", "Je m'excuse, j'ai mal lu votre message.", "apology", None),
    ("agent", "Comment puis-je t'aider ?", "greeting", None),
    ("agent", "Est-ce que je peux vous aider pour autre chose ?", "closing", None),
    # customer emotion
    ("customer", "Je suis très inquiète, ma mère est hospitalisée.", "customer_emotion", None),
    ("customer", "Mon mari est décédé le mois dernier.", "customer_emotion", None),
    ("customer", "J'ai peur de ne plus pouvoir payer le loyer.", "customer_emotion", None),
    ("customer", "On m'a volé mon téléphone hier soir.", "customer_emotion", None),
    ("customer", "Je n'en peux plus, je suis à bout.", "customer_emotion", None),
    ("customer", "Je ne suis pas inquiet, juste curieux.", None, "customer_emotion"),
    # customer cue
    ("customer", "C'est pour ma fille, elle part en Erasmus.", "customer_cue", None),
    ("customer", "Nous déménageons à la fin du mois.", "customer_cue", None),
    ("customer", "Je pars en vacances samedi, il me le faut avant.", "customer_cue", None),
    ("customer", "Je me demandais s'il serait possible de changer la date.", "customer_cue", None),
    ("customer", "Bon, ce n'est pas terrible mais ça ira.", "customer_cue", None),
    ("customer", "Je suis à la retraite, le budget est serré.", "customer_cue", None),
    # customer constraint
    ("customer", "Je travaille de nuit, je ne peux pas être là en journée.", "customer_constraint", None),
    ("customer", "Je n'ai pas d'imprimante à la maison.", "customer_constraint", None),
    ("customer", "Ce créneau ne me convient pas du tout.", "customer_constraint", None),
    ("customer", "C'est beaucoup trop loin pour moi.", "customer_constraint", None),
    ("customer", "Je peux pas me déplacer en agence.", "customer_constraint", None),
    # customer correction
    ("customer", "J'ai déjà essayé, ça n'a pas marché.", "customer_correction", None),
    ("customer", "Mais votre site indique que la livraison est gratuite.", "customer_correction", None),
    ("customer", "Ce n'est pas ce que votre collègue m'a dit.", "customer_correction", None),
    ("customer", "Vous êtes sûre ?", "customer_correction", None),
    # customer confusion
    ("customer", "Je ne trouve pas le bouton dont vous parlez.", "customer_confusion", None),
    ("customer", "Où est-ce que je dois cliquer ?", "customer_confusion", None),
    ("customer", "Rien ne se passe quand j'appuie.", "customer_confusion", None),
    ("customer", "Désolée, je ne suis pas douée avec ces trucs.", "customer_confusion", None),
    ("customer", "Quelle case je dois cocher ?", "customer_confusion", None),
    # broken promise
    ("customer", "Personne ne m'a rappelé alors qu'on me l'avait promis.", "broken_promise", None),
    ("customer", "On m'avait promis un geste commercial.", "broken_promise", None),
    ("customer", "Toujours pas de nouvelles de mon remboursement.", "broken_promise", None),
    ("customer", "Le technicien devait passer mardi.", "broken_promise", None),
    ("customer", "J'attends toujours le rappel.", "broken_promise", None),
    # frustration stated in words
    ("customer", "J'en ai marre, c'est la troisième fois que j'appelle.", "customer_frustration", None),
    ("customer", "Vous vous moquez de moi ?", "customer_frustration", None),
    ("agent", "Est-ce que cela vous convient ?", "alternative", None),
    ("customer", "Je n'ai toujours pas reçu ma commande.", "customer_frustration", "broken_promise"),
    # negation, quoting, look-alikes
    ("agent", "Je ne suis pas désolé, c'est la règle.", None, "apology"),
    ("customer", "Ce n'est pas grave, je vous remercie.", None, "customer_frustration"),
    ("customer", "Je ne le trouve nulle part dans mes mails.", None, "customer_abuse"),
    ("customer", "Non merci, ça ira.", None, "customer_thanks"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_french_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("fr", role, text, expected, absent)


# -- word classes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("vous", WordClass.SECOND_PERSON),
        ("t'as", WordClass.SECOND_PERSON),
        ("votre", WordClass.SECOND_PERSON),
        ("j'ai", WordClass.FIRST_PERSON),
        ("nous", WordClass.FIRST_PERSON),
        ("n'est", WordClass.NEGATOR),
        ("jamais", WordClass.NEGATOR),
        ("toujours", WordClass.PERSISTENCE),
        ("arrivé", WordClass.SERVICE_VERB),
        ("recu", WordClass.SERVICE_VERB),
        ("remboursement", WordClass.SERVICE_VERB),
        ("incompetents", WordClass.INSULT),
        ("guignols", WordClass.INSULT),
        ("putain", WordClass.PROFANITY),
        ("inquiète", WordClass.EMOTION),
        ("hospitalisée", WordClass.EMOTION),
        ("oui", WordClass.YES_NO),
        ("cliquez", WordClass.INSTRUCTION),
        ("redémarre", WordClass.INSTRUCTION),
        ("vraiment", WordClass.INTENSIFIER),
        ("mais", WordClass.CONTRAST),
        ("d'accord", WordClass.BACKCHANNEL),
    ],
)
def test_word_classes(word: str, bit: int) -> None:
    assert FR.lexeme(FR.fold(word)).flags & bit, word


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("nulle", WordClass.INSULT),  # "nulle part" is nowhere
        ("passée", WordClass.SERVICE_VERB),  # "la semaine passée"
        ("plus", WordClass.NEGATOR),  # "plus rapide"
        ("personne", WordClass.NEGATOR),  # "une personne aimable"
        ("accidentellement", WordClass.EMOTION),
    ],
)
def test_word_class_look_alikes(word: str, bit: int) -> None:
    assert not FR.lexeme(FR.fold(word)).flags & bit, word


def test_stemmer_brings_inflected_forms_together() -> None:
    assert FR.stem(FR.fold("livrée")) == FR.stem(FR.fold("livré")) == FR.stem("livre")
    assert FR.stem(FR.fold("connexions")) == FR.stem(FR.fold("connexion"))
    assert FR.stem(FR.fold("inquiète")) == FR.stem(FR.fold("inquiet"))


def _found(turns: list[tuple[str, str]]) -> list[dict[str, list[str]]]:
    signals = converse_in("fr", *turns)
    return [{b: [e.rule for e in es] for b, es in found.items()} for found in signals.per_turn]


# -- question forms --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("Avez-vous reçu le mail ?", "question", "interrogative"),
        ("Avez-vous reçu le mail", "question", "interrogative"),
        ("Est-ce que la box clignote", "question", "interrogative"),
        ("Quand est-ce que le technicien passe", "question", "interrogative"),
        ("Pourquoi la facture a augmenté", "question", "interrogative"),
        ("Vous avez reçu le mail ?", "question", "declarative"),
        ("La box est à l'étage ?", "question", "declarative"),
        ("Vous l'avez bien reçu, n'est-ce pas ?", "question", "tag"),
        ("Le colis est arrivé, non ?", "question", "tag"),
        ("D'accord ?", "question", "bare_tag"),
        ("Quand je clique, rien ne se passe.", "statement", ""),
        ("Comme je vous le disais, la box redémarre.", "statement", ""),
    ],
)
def test_question_forms(text: str, kind: str, form: str) -> None:
    sentence = read_turn(FR, text).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)
    sentence = read_turn(FR, strip_diacritics(text)).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)


def test_a_question_is_a_probing_question_of_the_agent() -> None:
    found = _found([("customer", "La connexion coupe le soir."), ("agent", "Depuis quand ça coupe")])
    assert "question" in found[1]


# -- reflections and declarative paraphrase --------------------------------------------------


def test_a_reflection_restates_the_customer_situation() -> None:
    found = _found([
        ("customer", "Je suis sans internet depuis une semaine et je télétravaille."),
        ("agent", "Vous êtes sans internet depuis une semaine alors que vous télétravaillez."),
    ])
    assert "fr.paraphrase:reflection" in found[1].get("paraphrase", [])


def test_a_declarative_question_with_the_customer_words_is_a_paraphrase() -> None:
    found = _found([
        ("customer", "Le modem clignote en orange depuis ce matin."),
        ("agent", "Donc le modem clignote en orange ?"),
    ])
    assert "paraphrase" in found[1]


# -- follow-up checks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "check",
    [
        "Avez-vous bien reçu le lien ?",
        "La connexion fonctionne maintenant ?",
        "Le SMS est arrivé ?",
        "Est-ce que la box redémarre",
    ],
)
def test_follow_up_check_after_the_agent_acted(check: str) -> None:
    found = _found([
        ("customer", "Je n'arrive pas à me connecter."),
        ("agent", "Débranchez la box dix secondes puis rebranchez-la. Je vous envoie aussi un lien."),
        ("customer", "C'est fait."),
        ("agent", check),
    ])
    assert "follow_up_check" in found[3], (check, found[3])


def test_a_question_before_the_agent_acted_is_no_follow_up() -> None:
    found = _found([("customer", "Bonjour."), ("agent", "Le colis est arrivé ?")])
    assert "follow_up_check" not in found[1]


# -- complaints, abuse, sarcasm --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "J'ai commandé le 3, le colis n'est toujours pas arrivé.",
        "La box ne fonctionne plus depuis lundi.",
        "Le remboursement n'a jamais été versé sur mon compte.",
        "ca marche toujours pas",
        "Ils m'ont encore débité deux fois.",
    ],
)
def test_a_complaint_without_feeling_words_is_an_unmet_expectation(text: str) -> None:
    rules = _found([("customer", text), ("agent", "...")])[0].get("customer_frustration", [])
    assert "fr.customer_frustration:unmet_expectation" in rules, text


def test_a_working_service_is_no_complaint() -> None:
    found = _found([("customer", "Super, tout fonctionne de nouveau, merci !"), ("agent", "...")])
    assert "customer_frustration" not in found[0]


def test_insult_aimed_at_the_listener_versus_swearing_in_praise() -> None:
    aimed = _found([("customer", "Vous êtes vraiment des incapables."), ("agent", "...")])[0]
    assert "fr.customer_abuse:aimed_insult" in aimed.get("customer_abuse", [])
    praise = _found([("customer", "Putain, c'était rapide, merci !"), ("agent", "...")])[0]
    assert "customer_abuse" not in praise
    angry = _found([("customer", "Putain, encore en panne, c'est nul."), ("agent", "...")])[0]
    assert "customer_abuse" in angry


def test_sarcasm_is_read_with_what_follows() -> None:
    rules = _found([("customer", "Ah super, encore un retard de livraison."), ("agent", "...")])[0]
    assert "fr.customer_frustration:sarcasm" in rules.get("customer_frustration", [])
    plain = _found([("customer", "Super, merci !"), ("agent", "...")])[0]
    assert "customer_frustration" not in plain


def test_shouting_a_complaint_in_capitals_is_frustration() -> None:
    found = _found([("customer", "C'EST LA TROISIÈME FOIS QUE J'APPELLE"), ("agent", "...")])[0]
    assert "customer_frustration" in found
    happy = _found([("customer", "MERCI BEAUCOUP POUR VOTRE AIDE"), ("agent", "...")])[0]
    assert "customer_frustration" not in happy


def test_a_yes_no_answer_first_is_a_direct_answer() -> None:
    found = _found([
        ("customer", "Est-ce que je peux retourner l'article ?"),
        ("agent", "Oui, vous avez trente jours pour le faire."),
    ])
    assert "direct_answer" in found[1]


def test_a_listening_sound_is_a_backchannel() -> None:
    t = Transcript.model_validate(
        {"id": "t", "language": "fr",
         "turns": [{"role": "agent", "text": "Je regarde.", "start": 0.0, "end": 2.0},
                   {"role": "customer", "text": "d'accord", "start": 2.5, "end": 3.0}]}
    )
    assert extract_signals(t, FR).turns[1].backchannel


def test_a_long_french_sentence_is_hard_to_follow() -> None:
    long = " ".join(["la box"] * 18) + "."
    assert "long_sentence" in _found([("customer", "?"), ("agent", long)])[1]


# -- deadlines read from commitments ---------------------------------------------------------

MON = datetime(2026, 6, 8, 10, 0, tzinfo=timezone.utc)  # a Monday


def _end(day: int) -> datetime:
    return datetime(2026, 6, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


def _due(text: str) -> tuple[datetime | None, bool]:
    t = Transcript.model_validate(
        {
            "id": "t",
            "language": "fr",
            "turns": [
                {"role": "customer", "text": "Quand aurai-je des nouvelles ?", "timestamp": MON.isoformat()},
                {"role": "agent", "text": text, "timestamp": MON.isoformat()},
            ],
        }
    )
    commitments = extract_signals(t, FR).commitments
    assert commitments, text
    return commitments[0].due, commitments[0].vague


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Je vous rappellerai demain.", _end(9)),
        ("Je vous rappelle aujourd'hui avant ce soir.", _end(8)),
        ("Je te recontacte après-demain.", _end(10)),
        ("Je vous rappelle vendredi sans faute.", _end(12)),
        ("Je vous envoie le lien dans 2 heures.", MON + timedelta(hours=2)),
        ("Je vous envoie le bon de retour sous 48h.", MON + timedelta(hours=48)),
        ("Nous vous rembourserons dans trois jours.", _end(11)),
        ("Je vous tiens informé d'ici la fin de la semaine.", _end(12)),
        ("Je vous recontacterai la semaine prochaine.", _end(15)),
        ("Je vous rappellerai dans une quinzaine de jours.", _end(23)),
        ("Je vous rappelle à 16:30.", datetime(2026, 6, 8, 16, 30, tzinfo=timezone.utc)),
        ("Vous recevrez le remboursement dans 3 à 5 jours.", _end(13)),
    ],
)
def test_due_time_of_a_commitment(text: str, due: datetime) -> None:
    assert _due(text) == (due, False)
    assert _due(strip_diacritics(text)) == (due, False)


@pytest.mark.parametrize(
    "text",
    [
        "Je vous rappelle dès que possible.",
        "Je vous recontacte très bientôt.",
        "Nous vous rembourserons dans les plus brefs délais.",
    ],
)
def test_a_vague_time_promises_nothing_checkable(text: str) -> None:
    assert _due(text) == (None, True)


def test_a_clock_hour_in_words_is_not_read_as_a_span() -> None:
    # "à 17 heures" is five o'clock, not seventeen hours from now (the engine reads no clock
    # hour in words, so there is no due time rather than a wrong one)
    due, _ = _due("Je vous rappelle à 17 heures.")
    assert due is None or due < MON + timedelta(hours=12)


def test_business_days_said_after_the_unit() -> None:
    # Friday + 3 business days = Wednesday (calendar days would give Monday)
    friday = MON + timedelta(days=4)
    t = Transcript.model_validate(
        {
            "id": "t",
            "language": "fr",
            "turns": [
                {"role": "customer", "text": "Et le remboursement ?", "timestamp": friday.isoformat()},
                {"role": "agent", "text": "Vous serez remboursé sous 3 jours ouvrés.",
                 "timestamp": friday.isoformat()},
            ],
        }
    )
    assert extract_signals(t, FR).commitments[0].due == _end(17)


# -- sentiment -------------------------------------------------------------------------------


def _valence(text: str) -> float:
    t = Transcript.model_validate(
        {"id": "t", "language": "fr",
         "turns": [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]}
    )
    return extract_signals(t, FR).turns[0].valence


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Merci beaucoup, vous avez été très efficace.", 1),
        ("Génial, tout remarche parfaitement !", 1),
        ("Je suis ravie du service, conseillère adorable.", 1),
        ("Pas mal du tout, c'était rapide.", 1),
        ("Service lamentable, je suis furieux.", -1),
        ("C'est honteux, personne ne répond et j'attends depuis des semaines.", -1),
        ("L'application est lente et complètement inutilisable.", -1),
        ("Je ne suis pas content de la réponse.", -1),
        ("pas satisfait du tout", -1),
        ("J'EN AI MARRE DE CETTE ARNAQUE", -1),
    ],
)
def test_sentiment_sign(text: str, sign: int) -> None:
    value = _valence(text)
    assert value * sign > 0, (text, value)
    assert _valence(strip_diacritics(text)) * sign > 0


def test_the_lexicon_has_the_size_the_pack_promises() -> None:
    assert 500 <= len(FR.sentiment_lexicon) <= 900
    assert all(-1.0 <= v <= 1.0 for v in FR.sentiment_lexicon.values())
