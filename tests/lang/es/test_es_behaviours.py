"""Spanish pack, new interface: word classes, structure, deadlines, sentiment, new behaviours.

Every sentence here was written for these tests, the way agents and customers talk in Spain
and Latin America (usted and tú); each row is also checked without accents and in capitals.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.lang.conftest import behaviours_in, check_row, converse_in, strip_diacritics

from csskills import Transcript
from csskills.featurize import extract_signals
from csskills.featurize._turn import read_turn
from csskills.lang import WordClass, get_language

ES = get_language("es")

# (role, text, expected behaviour or None, behaviour that must be absent or None)
ROWS = [
    # reassurance
    ("agent", "No se preocupe, tómese su tiempo.", "reassurance", None),
    ("agent", "Tranquilo, lo vamos a solucionar entre los dos.", "reassurance", None),
    ("agent", "Lo estás haciendo muy bien, ese es el botón correcto.", "reassurance", None),
    ("agent", "No hace falta que se disculpe, le pasa a todo el mundo.", "reassurance", None),
    # stock empathy (a formula said to everyone), not a personal empathy statement
    ("agent", "Lamentamos las molestias que le hayamos podido causar.", "stock_empathy", None),
    ("agent", "Comprendo su malestar.", "stock_empathy", None),
    ("agent", "Le agradecemos su paciencia y comprensión.", "stock_empathy", None),
    ("agent", "Siento muchísimo lo de tu padre, debe de ser muy duro.", "empathy_statement", "stock_empathy"),
    # dismissive
    ("agent", "Eso ocurre a menudo, es lo que hay.", "dismissive", None),
    ("agent", "Tampoco es para ponerse así, no es nada grave.", "dismissive", None),
    ("agent", "Esto pasa mucho con los pedidos internacionales, no es para tanto.", "dismissive", None),
    # hurrying
    ("agent", "Hay muchos clientes en espera, seamos breves.", "hurrying", None),
    ("agent", "Tengo que ir cerrando el chat, ¿eso es todo?", "hurrying", None),
    ("agent", "No tengo mucho tiempo, vamos a lo importante.", "hurrying", None),
    # self-correction
    ("agent", "Perdone, me he equivocado: la tarifa es de 30 euros, no de 25.", "self_correction", None),
    ("agent", "Quise decir el martes, no el jueves.", "self_correction", None),
    ("agent", "Le he dado mal el dato, mejor dicho son cinco días.", "self_correction", None),
    # checks with others
    ("agent", "Tengo que consultarlo con mi supervisora, no lo tengo claro.", "checks_with_others", None),
    ("agent", "Soy nueva, déjeme preguntar a un compañero.", "checks_with_others", None),
    ("agent", "No tengo esa información en mi pantalla.", "checks_with_others", None),
    # deflection
    ("agent", "Eso tendrá que consultarlo con su banco.", "deflection", None),
    ("agent", "Todo está explicado en nuestra web, en las preguntas frecuentes.", "deflection", None),
    ("agent", "Eso no es competencia nuestra, reclame al transportista.", "deflection", None),
    # policy statement (a blocked first solution)
    ("agent", "Según nuestras condiciones, las devoluciones son de 14 días.", "policy_statement", None),
    ("agent", "Solo instalamos de lunes a viernes.", "policy_statement", None),
    ("agent", "El plazo de devolución ya ha vencido.", "policy_statement", None),
    ("agent", "Ese modelo está agotado y descatalogado.", "policy_statement", None),
    ("agent", "No es posible cambiar el titular por teléfono.", "policy_statement", None),
    ("agent", "El sistema no me permite modificar la dirección.", "policy_statement", None),
    # alternative (a way round)
    ("agent", "Lo que sí podemos hacer es enviárselo a una oficina de correos.", "alternative", None),
    ("agent", "Pero sí puedo pedir una excepción a mi responsable.", "alternative", None),
    ("agent", "Como alternativa, podemos fraccionar el pago en tres cuotas.", "alternative", None),
    ("agent", "Si eso no funciona, le mando un técnico el lunes.", "alternative", None),
    # hold
    ("agent", "Un momento, por favor, que lo compruebo.", "hold", None),
    ("agent", "Deme dos minutos mientras reviso su expediente.", "hold", None),
    ("agent", "Le pongo en espera un segundito.", "hold", None),
    ("agent", "Déjame mirarlo, ahora vuelvo contigo.", "hold", None),
    # info request
    ("agent", "¿Me facilita su número de pedido?", "info_request", None),
    ("agent", "Necesito los últimos cuatro dígitos de la tarjeta.", "info_request", None),
    ("agent", "¿Me dices tu correo electrónico, por favor?", "info_request", None),
    # vague promise
    ("agent", "Alguien del departamento se pondrá en contacto con usted.", "vague_promise", None),
    ("agent", "Ya lo he trasladado al área correspondiente.", "vague_promise", None),
    ("agent", "Haremos todo lo posible, debería estar resuelto en breve.", "vague_promise", None),
    # jargon
    ("agent", "Hemos abierto un contracargo con la entidad emisora.", "jargon", None),
    ("agent", "La ONT no sincroniza con la OLT, hay latencia en la línea.", "jargon", None),
    ("agent", "Le enviamos el SMS con el PIN al móvil.", None, "jargon"),
    # customer emotion (feelings and hardships)
    ("customer", "Estoy muy angustiada, no duermo desde que pasó.", "customer_emotion", None),
    ("customer", "Mi marido falleció en marzo y no sé cómo hacer el cambio.", "customer_emotion", None),
    ("customer", "Me han robado la cartera con todas las tarjetas.", "customer_emotion", None),
    ("customer", "Perdona, es que estoy fatal de los nervios.", "customer_emotion", None),
    ("customer", "No estoy preocupado, solo quería saberlo.", None, "customer_emotion"),
    # customer cue (something unstated)
    ("customer", "Mi hijo tiene una operación el jueves y necesito el móvil operativo.", "customer_cue", None),
    ("customer", "Nos mudamos el mes que viene a otra ciudad.", "customer_cue", None),
    ("customer", "Vale, está bien, supongo.", "customer_cue", None),
    ("customer", "Me preguntaba si habría alguna posibilidad de adelantarlo.", "customer_cue", None),
    ("customer", "Tengo 84 años y me cuesta leer la pantalla.", "customer_cue", None),
    # customer constraint (a blocked path)
    ("customer", "No tengo impresora en casa.", "customer_constraint", None),
    ("customer", "Trabajo a turnos, no puedo estar en casa por las mañanas.", "customer_constraint", None),
    ("customer", "Esa fecha no me viene bien.", "customer_constraint", None),
    ("customer", "¿No hay otra forma de hacerlo?", "customer_constraint", None),
    # customer correction
    ("customer", "Pero en la web pone que el envío es gratis.", "customer_correction", None),
    ("customer", "Ya lo he probado y tampoco funcionó.", "customer_correction", None),
    ("customer", "Su compañera me dijo lo contrario.", "customer_correction", None),
    # customer confusion
    ("customer", "No encuentro dónde se cambia la contraseña.", "customer_confusion", None),
    ("customer", "¿Qué botón tengo que pulsar?", "customer_confusion", None),
    ("customer", "Disculpe, no se me dan bien estas cosas.", "customer_confusion", None),
    # broken promise
    ("customer", "Nadie me ha llamado, y me dijeron que me llamarían el martes.", "broken_promise", None),
    ("customer", "Sigo esperando el reembolso que me prometieron.", "broken_promise", None),
    ("customer", "Quedaron en venir a las diez y no apareció nadie.", "broken_promise", None),
    # abuse: aimed at the listener, not swearing in praise or about oneself
    ("customer", "Eres un incompetente y un mentiroso.", "customer_abuse", None),
    ("customer", "Sois unos ladrones.", "customer_abuse", None),
    ("customer", "Usted es un payaso.", "customer_abuse", None),
    ("customer", "Joder, qué rápido, muchísimas gracias.", None, "customer_abuse"),
    ("customer", "Soy un desastre con el móvil, perdona.", None, "customer_abuse"),
    # sarcasm: a positive opener said in irony is frustration
    ("customer", "Vaya, genial, otra vez sin luz.", "customer_frustration", None),
    ("customer", "Genial, una vez más el mismo error.", "customer_frustration", None),
    ("customer", "Lo que me faltaba, ahora tampoco puedo entrar.", "customer_frustration", None),
    ("customer", "Gracias por nada.", "customer_frustration", "customer_thanks"),
    # fixes to the older behaviours
    ("agent", "Mañana a primera hora le llamo.", "commitment", None),
    ("agent", "Se la llevamos al hotel sin coste.", "commitment", None),
    ("agent", "La visita queda programada para el jueves.", "commitment", None),
    ("agent", "Se lo garantizo.", "over_promise", None),
    ("agent", "Mi más sentido pésame.", "empathy_statement", None),
    ("agent", "¿Hay algo más en lo que le pueda ayudar?", "closing", "follow_up_check"),
    ("agent", "Ya está solucionado.", None, "follow_up_check"),
    ("customer", "Me han cobrado dos veces la misma factura.", "customer_frustration", None),
    ("customer", "Mi madre falleció y quiero dar de baja su línea.", "customer_emotion", "customer_frustration"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_spanish_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("es", role, text, expected, absent)


# -- word classes ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("usted", WordClass.SECOND_PERSON),
        ("vosotros", WordClass.SECOND_PERSON),
        ("eres", WordClass.SECOND_PERSON),
        ("nuestro", WordClass.FIRST_PERSON),
        ("muy", WordClass.INTENSIFIER),
        ("pero", WordClass.CONTRAST),
        ("todavia", WordClass.PERSISTENCE),
        ("llegado", WordClass.SERVICE_VERB),
        ("reembolsaron", WordClass.SERVICE_VERB),
        ("incompetentes", WordClass.INSULT),
        ("gilipollas", WordClass.INSULT),
        ("joder", WordClass.PROFANITY),
        ("preocupadisima", WordClass.EMOTION),
        ("fallecio", WordClass.EMOTION),
        ("si", WordClass.YES_NO),
        ("pulse", WordClass.INSTRUCTION),
        ("selecciona", WordClass.INSTRUCTION),
        ("aja", WordClass.BACKCHANNEL),
        ("nunca", WordClass.NEGATOR),
    ],
)
def test_word_classes(word: str, bit: int) -> None:
    assert ES.lexeme(word).flags & bit


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        # stems that would reach unrelated words once folded
        ("pagina", WordClass.SERVICE_VERB),  # "página" is no "pagar"
        ("desgraciadamente", WordClass.INSULT),  # "unfortunately"
        ("retrasado", WordClass.INSULT),  # a delayed parcel
        ("agotado", WordClass.EMOTION),  # sold out
        ("me", WordClass.FIRST_PERSON),  # "me imagino ...": see words.py
    ],
)
def test_word_class_look_alikes(word: str, bit: int) -> None:
    assert not ES.lexeme(word).flags & bit


def test_stemmer_brings_inflected_forms_together() -> None:
    def stem(word: str) -> str:
        return ES.stem(ES.fold(word))

    assert stem("pedidos") == stem("pedido")
    assert stem("conexiones") == stem("conexión")
    assert stem("llegaron") == stem("llegar")


def test_a_shouted_sentence_with_one_letter_words_has_no_acronym() -> None:
    assert "jargon" not in behaviours_in("es", "agent", "PULSE Y ESPERE O LLAME")


def test_an_acronym_everyone_knows_is_no_jargon_but_an_internal_one_is() -> None:
    assert "jargon" not in behaviours_in("es", "agent", "Necesito el DNI y el IBAN.")
    assert "jargon" in behaviours_in("es", "agent", "El CTO de su calle está saturado.")
    # an acronym explained in brackets next to it is no jargon
    assert "jargon" in behaviours_in("es", "agent", "Apunte el NRE del envío.")
    assert "jargon" not in behaviours_in("es", "agent", "Apunte el NRE (el número del envío).")


# -- questions ---------------------------------------------------------------------------------

def _first_sentence(text: str) -> tuple[str, str]:
    s = read_turn(ES, text).sentences[0]
    return s.kind, s.form


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("¿Cuál es su número de cliente?", "question", "interrogative"),
        ("cual es su numero de cliente", "question", "interrogative"),
        ("Me puede decir su número de cliente", "question", "interrogative"),
        ("Ha reiniciado el router", "question", "interrogative"),
        ("¿Ha reiniciado el router?", "question", "interrogative"),
        ("¿El router está en la planta de arriba?", "question", "declarative"),
        ("El paquete llegó ayer, ¿verdad?", "question", "tag"),
        ("El paquete llegó ayer ¿no?", "question", "tag"),
        ("Reinicie el router, ¿vale?", "question", "tag"),
        ("¿Vale?", "question", "bare_tag"),
        ("Hola, ¿cómo está?", "question", "interrogative"),
        # statements that open with a folded interrogative
        ("Como le dije, el cargo es mensual.", "statement", ""),
        ("Cuando llegue el técnico, firme el parte.", "statement", ""),
        ("Que tenga un buen día.", "statement", ""),
        ("Pulse en Ajustes y luego en Cuenta.", "imperative", ""),
        ("Pruebe a reiniciarlo.", "imperative", ""),
    ],
)
def test_question_forms(text: str, kind: str, form: str) -> None:
    assert _first_sentence(text) == (kind, form)


def test_the_fold_reads_a_mid_sentence_opening_mark_as_a_comma_and_keeps_the_length() -> None:
    text = "Lo recibió ayer ¿verdad? ¿Y el otro?"
    folded = ES.fold(text)
    assert len(folded) == len(text)
    assert folded == "lo recibio ayer ,verdad? ¿y el otro?"


# -- structure: reflections, declarative questions, follow-up checks ---------------------------

def _exchange(*turns: tuple[str, str]) -> list[dict[str, list[object]]]:
    return [dict(found) for found in converse_in("es", *turns).per_turn]


def test_a_reflection_restates_the_customer_situation() -> None:
    found = _exchange(
        ("customer", "Llevo una semana sin conexión y trabajo desde casa."),
        ("agent", "Usted lleva una semana sin conexión y además trabaja desde casa."),
    )[1]
    assert "paraphrase" in found


@pytest.mark.parametrize(
    "reply",
    [
        "Me dices que la factura llegó dos veces este mes.",
        "Mencionaste a tu hermana, que te ayuda con los pagos.",
        "Entonces, como me contaste, el pedido nunca salió del almacén.",
        "Quedamos en que mañana pruebas con el otro cable.",
    ],
)
def test_a_second_person_verb_of_saying_gives_the_words_back(reply: str) -> None:
    found = _exchange(("customer", "Tengo un problema con el pedido."), ("agent", reply))[1]
    assert "paraphrase" in found


def test_an_inverted_mark_inside_the_sentence_opens_the_question() -> None:
    t = read_turn(ES, "Hola, María, ¿cómo está?")
    assert [(s.kind, s.form) for s in t.sentences] == [("question", "interrogative")]
    found = _exchange(("customer", "Hola, María está aquí."), ("agent", "Hola, María, ¿cómo está?"))[1]
    assert "paraphrase" not in found  # a greeting question restates nothing


def test_a_declarative_question_with_the_customer_words_is_a_paraphrase() -> None:
    found = _exchange(
        ("customer", "El router se apaga solo cada noche."),
        ("agent", "¿Entonces el router se apaga solo por la noche?"),
    )[1]
    assert "paraphrase" in found


def test_a_yes_no_question_put_verb_first_is_no_paraphrase() -> None:
    found = _exchange(
        ("customer", "El router se apaga solo cada noche."),
        ("agent", "¿Ha reiniciado el router?"),
    )[1]
    assert "question" in found and "paraphrase" not in found


@pytest.mark.parametrize(
    "check", ["¿Ya le llegó el mensaje?", "¿Ya te funciona?", "¿Le ha llegado el correo de confirmación?"]
)
def test_follow_up_check_after_the_agent_acted(check: str) -> None:
    found = _exchange(
        ("customer", "No me llega el código para entrar."),
        ("agent", "Le acabo de enviar un código nuevo por SMS."),
        ("customer", "Vale, un momento."),
        ("agent", check),
    )[3]
    assert "follow_up_check" in found


# -- complaints stated as facts, insults, sarcasm ----------------------------------------------

def _customer_rules(text: str) -> set[str]:
    t = Transcript.model_validate(
        {"id": "t", "language": "es",
         "turns": [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]}
    )
    return {e.rule for es in extract_signals(t, ES).per_turn[0].values() for e in es}


@pytest.mark.parametrize(
    "text",
    [
        "El reembolso todavía no aparece en mi cuenta.",
        "Hice el pedido el día 3 y el paquete sigue sin llegar.",
        "Desde el lunes estamos sin internet.",
        "el tecnico no vino",
    ],
)
def test_a_complaint_without_feeling_words_is_an_unmet_expectation(text: str) -> None:
    assert "es.customer_frustration:unmet_expectation" in _customer_rules(text)
    assert "es.customer_frustration:unmet_expectation" in _customer_rules(strip_diacritics(text))


def test_a_working_service_is_no_complaint() -> None:
    assert "es.customer_frustration:unmet_expectation" not in _customer_rules(
        "Ya me ha llegado el paquete, todo perfecto."
    )


def test_insult_aimed_at_the_listener_versus_swearing_in_praise() -> None:
    assert "es.customer_abuse:aimed_insult" in _customer_rules("Eres un inútil, de verdad.")
    assert "es.customer_abuse:angry_profanity" in _customer_rules("Joder, esto sigue sin funcionar.")
    assert not any("customer_abuse" in r for r in _customer_rules("Hostia, qué rápido, genial."))


def test_shouting_a_complaint_in_capitals_is_frustration() -> None:
    assert "customer_frustration" in behaviours_in("es", "customer", "NO ME HA LLEGADO NADA TODAVIA")
    assert "customer_frustration" not in behaviours_in("es", "customer", "YA ME HA LLEGADO, GRACIAS")


# -- negation ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("role", "text", "absent"),
    [
        ("agent", "No lo siento, son las normas.", "apology"),
        ("agent", "No hay ninguna excepción posible, no se preocupe por eso.", None),
        ("customer", "No estoy nada agobiada, tranquila.", "customer_emotion"),
        ("agent", "No le garantizo que llegue hoy.", "over_promise"),
    ],
)
def test_negation_cancels_the_behaviour(role: str, text: str, absent: str | None) -> None:
    if absent is not None:
        assert absent not in behaviours_in("es", role, text)


# -- deadlines read from commitments -----------------------------------------------------------

WED = datetime(2026, 6, 10, 13, 30, tzinfo=timezone.utc)


def _end(day: int, month: int = 6) -> datetime:
    return datetime(2026, month, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


def _due(text: str) -> tuple[datetime | None, bool]:
    t = Transcript.model_validate(
        {
            "id": "t",
            "language": "es",
            "turns": [
                {"role": "customer", "text": "¿Cuándo sabré algo?", "timestamp": WED.isoformat()},
                {"role": "agent", "text": text, "timestamp": WED.isoformat()},
            ],
        }
    )
    commitments = extract_signals(t, ES).commitments
    assert commitments, text
    return commitments[0].due, commitments[0].vague


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Le llamaré mañana antes de las doce.", _end(11)),
        ("Mañana a primera hora le llamo.", _end(11)),
        ("Le escribo el viernes sin falta.", _end(12)),
        ("Te aviso esta tarde.", _end(10)),
        ("Le llamo pasado mañana.", _end(12)),
        ("Le mando el enlace en una hora.", WED + timedelta(hours=1)),
        ("Le enviaré el informe dentro de 48 horas.", WED + timedelta(hours=48)),
        ("Le confirmo a las 17:30.", datetime(2026, 6, 10, 17, 30, tzinfo=timezone.utc)),
        ("Le aviso a las 5 de la tarde.", datetime(2026, 6, 10, 17, 0, tzinfo=timezone.utc)),
        ("Le devolvemos el importe en dos semanas.", _end(24)),
        ("Le llamo la semana que viene.", _end(17)),
        ("Le contacto antes del fin de semana.", _end(12)),
        ("Lo llamo el lunes.", _end(15)),
        ("Le devolveremos el dinero en 3 a 5 días.", _end(15)),
    ],
)
def test_due_time_of_a_commitment(text: str, due: datetime) -> None:
    assert _due(text) == (due, False)
    assert _due(strip_diacritics(text)) == (due, False)


@pytest.mark.parametrize(
    "text", ["Le llamaremos en breve.", "Le contactamos lo antes posible.", "Le aviso en cuanto sepa algo."]
)
def test_a_vague_time_promises_nothing_checkable(text: str) -> None:
    assert _due(text) == (None, True)


def test_business_days_said_after_the_unit() -> None:
    # Wednesday + 5 business days = Wednesday next week (calendar days would give Monday)
    assert _due("Le devolveremos el dinero en 5 días hábiles.") == (_end(17), False)


# -- sentiment ---------------------------------------------------------------------------------

def _valence(text: str) -> float:
    t = Transcript.model_validate(
        {"id": "t", "language": "es",
         "turns": [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]}
    )
    return extract_signals(t, ES).turns[0].valence


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Muchísimas gracias, ha sido usted muy amable.", 1),
        ("Genial, ya funciona todo perfectamente.", 1),
        ("Estoy contentísima con la atención.", 1),
        ("Es un servicio pésimo, estoy indignado.", -1),
        ("Qué vergüenza, llevo una semana esperando y nadie me ayuda.", -1),
        ("La aplicación es lentísima y no sirve para nada.", -1),
        ("No estoy contento con la respuesta.", -1),
        ("no estoy nada satisfecho", -1),
        ("ESTOY HARTA DE ESTA EMPRESA", -1),
    ],
)
def test_sentiment_sign(text: str, sign: int) -> None:
    value = _valence(text)
    assert value * sign > 0, (text, value)
    assert _valence(strip_diacritics(text)) * sign > 0


def test_the_lexicon_has_the_size_the_pack_promises() -> None:
    assert 500 <= len(ES.sentiment_lexicon) <= 900
    assert all(-1.0 <= v <= 1.0 for v in ES.sentiment_lexicon.values())
