"""Portuguese pack: você / o senhor and tu, Brazil and Portugal, with and without accents."""

from __future__ import annotations

import pytest
from tests.lang.conftest import check_row

ROWS = [
    ("agent", "Peço desculpas pelo transtorno.", "apology", None),
    ("agent", "Sinto muito pelo atraso.", "apology", None),
    ("agent", "Muito obrigada pela informação.", "thanks", None),
    ("agent", "Entendo perfeitamente a sua frustração.", "empathy_statement", None),
    ("agent", "Se eu entendi bem, a internet cai toda noite.", "paraphrase", None),
    ("agent", "Temos duas opções: reembolso ou troca.", "options_offered", None),
    ("agent", "Abri um protocolo com a equipe técnica.", "escalation", None),
    ("agent", "Vou ligar para o senhor amanhã.", "commitment", None),
    ("agent", "Infelizmente não podemos fazer o reembolso.", "negative_framing", None),
    ("agent", "Com prazer, claro que sim!", "positive_framing", None),
    ("agent", "Poderia me informar o número do pedido, por favor?", "courtesy", None),
    ("agent", "Se acalme, não tenho o dia todo.", "impatience", None),
    ("agent", "Funcionou? Mais alguma coisa em que eu possa ajudar?", "follow_up_check", None),
    ("agent", "Bom dia, meu nome é Ana, como posso ajudar?", "greeting", None),
    ("agent", "Tenha um ótimo dia, até logo!", "closing", None),
    ("customer", "Vocês são uns incompetentes, bando de ladrões!", "customer_abuse", None),
    ("customer", "Que absurdo, de novo sem internet.", "customer_frustration", None),
    ("customer", "Não entendi, pode explicar de novo?", "clarification_request", None),
    ("customer", "Agora funcionou, muito obrigado!", "customer_thanks", None),
    ("customer", "Não obrigado, está tudo bem.", None, "customer_thanks"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_portuguese_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("pt", role, text, expected, absent)
