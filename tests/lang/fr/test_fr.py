"""French pack: vous and tu, elisions and hyphens, with and without accents."""

from __future__ import annotations

import pytest
from tests.lang.conftest import check_row

ROWS = [
    ("agent", "Je suis vraiment désolée pour ce retard.", "apology", None),
    ("agent", "Toutes nos excuses pour la gêne occasionnée.", "stock_empathy", "apology"),
    ("agent", "Merci pour ces précisions.", "thanks", None),
    ("agent", "Je comprends tout à fait votre frustration.", "empathy_statement", None),
    ("agent", "Si je comprends bien, la box se coupe chaque soir.", "paraphrase", None),
    ("agent", "Je vous propose un remboursement ou un échange.", "options_offered", None),
    ("agent", "J'ai ouvert un ticket auprès du service technique.", "escalation", None),
    ("agent", "Je vais vous rappeler demain matin.", "commitment", None),
    ("agent", "Malheureusement nous ne pouvons pas rembourser.", "negative_framing", None),
    ("agent", "Avec plaisir, je m'en occupe.", "positive_framing", None),
    ("agent", "Pourriez-vous me donner votre numéro de client, s'il vous plaît ?", "courtesy", None),
    ("agent", "Calmez-vous, je n'ai pas toute la journée.", "impatience", None),
    ("agent", "Est-ce que ça fonctionne maintenant ?", "follow_up_check", None),
    ("agent", "Bonjour, comment puis-je vous aider ?", "greeting", None),
    ("agent", "Bonne journée et au revoir !", "closing", None),
    ("customer", "Bande d'incompétents, vous êtes des voleurs !", "customer_abuse", None),
    ("customer", "C'est inadmissible, toujours pas de connexion.", "customer_frustration", None),
    ("customer", "Je ne comprends pas, pouvez-vous répéter ?", "clarification_request", None),
    ("customer", "Parfait, merci beaucoup !", "customer_thanks", None),
    ("customer", "Non merci, ça ira.", None, "customer_thanks"),
    ("customer", "Je ne le trouve nulle part.", None, "customer_abuse"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_french_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("fr", role, text, expected, absent)
