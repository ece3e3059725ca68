"""German pack: Sie and du, compounds and inflection, with and without umlauts."""

from __future__ import annotations

import pytest
from tests.lang.conftest import check_row

ROWS = [
    ("agent", "Es tut mir wirklich leid, das war unser Fehler.", "apology", None),
    ("agent", "Entschuldigen Sie bitte die Verzögerung.", "apology", None),
    ("agent", "Vielen Dank für die Information.", "thanks", None),
    ("agent", "Ich verstehe Ihren Ärger vollkommen.", "empathy_statement", None),
    ("agent", "Wenn ich Sie richtig verstanden habe, fällt das WLAN abends aus.", "paraphrase", None),
    ("agent", "Es gibt mehrere Möglichkeiten: Erstattung oder Umtausch.", "options_offered", None),
    ("agent", "Ich leite Ihr Anliegen an die Fachabteilung weiter.", "escalation", None),
    ("agent", "Ich werde Sie morgen zurückrufen.", "commitment", None),
    ("agent", "Leider können wir das nicht erstatten.", "negative_framing", None),
    ("agent", "Sehr gerne, das mache ich sofort.", "positive_framing", None),
    ("agent", "Könnten Sie mir bitte Ihre Kundennummer nennen?", "courtesy", None),
    ("agent", "Beruhigen Sie sich, ich habe nicht den ganzen Tag.", "impatience", None),
    ("agent", "Hat das geholfen? Kann ich Ihnen sonst noch helfen?", "follow_up_check", None),
    ("agent", "Guten Tag, mein Name ist Jonas, wie kann ich Ihnen helfen?", "greeting", None),
    ("agent", "Einen schönen Tag noch, auf Wiederhören!", "closing", None),
    ("customer", "Ihr seid doch alle unfähige Idioten!", "customer_abuse", None),
    ("customer", "Das ist eine Frechheit, schon wieder kein Internet.", "customer_frustration", None),
    ("customer", "Was meinen Sie damit? Das verstehe ich nicht.", "clarification_request", None),
    ("customer", "Super, es funktioniert jetzt, danke!", "customer_thanks", None),
    ("agent", "Es tut mir nicht leid, das sind die Regeln.", None, "apology"),
    ("customer", "Nein danke, das brauche ich nicht.", None, "customer_thanks"),
    ("customer", "Ich bin satt, das Essen war gut.", None, "customer_frustration"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_german_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("de", role, text, expected, absent)
