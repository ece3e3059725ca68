"""Spanish pack: phrases agents and customers really use, usted and tú, with and without accents."""

from __future__ import annotations

import pytest
from tests.lang.conftest import check_row

# (role, text, expected behaviour or None, behaviour that must be absent or None)
ROWS = [
    ("agent", "Lo siento mucho, ha sido un error nuestro.", "apology", None),
    ("agent", "Disculpe las molestias, ya lo estoy revisando.", "apology", None),
    ("agent", "Te pido disculpas por el retraso.", "apology", None),
    ("agent", "Muchas gracias por su paciencia.", "thanks", None),
    ("agent", "Le agradezco que nos lo haya comunicado.", "thanks", None),
    ("agent", "Entiendo perfectamente su frustración.", "empathy_statement", None),
    ("agent", "Me imagino lo frustrante que debe ser quedarse sin conexión.", "empathy_statement", None),
    ("agent", "Si le he entendido bien, el router se desconecta cada noche.", "paraphrase", None),
    ("agent", "Puede elegir entre un reembolso o un cambio; otra opción es un vale.", "options_offered", None),
    ("agent", "Le paso con mi supervisor para que lo revise.", "escalation", None),
    ("agent", "Si continúa con los insultos tendré que finalizar la llamada.", "abuse_warning", None),
    ("agent", "Le llamaré mañana antes de las doce para confirmarlo.", "commitment", None),
    ("agent", "Le garantizo que no volverá a pasar nunca más.", "over_promise", None),
    ("agent", "Quizás sea un problema del cable, no estoy seguro.", "hedge", None),
    ("agent", "Lamentablemente no podemos hacer un reembolso.", "negative_framing", None),
    ("agent", "¡Con mucho gusto! Claro que sí.", "positive_framing", None),
    ("agent", "¿Podría indicarme su número de pedido, por favor?", "courtesy", None),
    ("agent", "¿Por qué has borrado mi respuesta?", "discourtesy", None),
    ("agent", "Está usted equivocado, eso no es verdad.", "argumentative", None),
    ("agent", "Como ya le he dicho, es muy sencillo.", "condescension", None),
    ("agent", "Cálmese, no tengo todo el día.", "impatience", None),
    ("agent", "Solo por esta vez le haré una excepción.", "unauthorized_concession", None),
    ("agent", "¿Le ha funcionado? ¿Hay algo más en que le pueda ayudar?", "follow_up_check", None),
    ("agent", "Buenos días, mi nombre es Ana, ¿en qué le puedo ayudar?", "greeting", None),
    ("agent", "Que tenga un buen día. Un saludo.", "closing", None),
    ("customer", "Sois unos inútiles, panda de ladrones.", "customer_abuse", None),
    ("customer", "Estoy harta, llevo tres semanas esperando.", "customer_frustration", None),
    ("customer", "No entiendo, ¿puede explicarlo otra vez?", "clarification_request", None),
    ("customer", "Vale, ya funciona, muchas gracias.", "customer_thanks", None),
    # Must not match.
    ("agent", "No lo siento, la política es clara.", None, "apology"),
    ("agent", "Gracias a Dios que llamó a tiempo.", None, "thanks"),
    ("agent", "Siento que el problema viene del router.", None, "apology"),
    ("customer", "Usted me dijo 'lo siento' pero nada cambió.", None, "apology"),
    ("customer", "Pinché en el enlace y no pasó nada.", None, "customer_abuse"),
    ("customer", "No gracias, no necesito nada más.", None, "customer_thanks"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_spanish_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("es", role, text, expected, absent)


def test_a_customer_quoting_an_apology_is_not_an_agent_apology() -> None:
    from tests.lang.conftest import behaviours_in

    assert "apology" not in behaviours_in("es", "customer", "Me dijo 'lo siento mucho' y colgó.")


def test_no_comma_lo_siento_is_still_an_apology() -> None:
    from tests.lang.conftest import behaviours_in

    assert "apology" in behaviours_in("es", "agent", "No, lo siento, no hay stock.")
