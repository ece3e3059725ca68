"""Hungarian pack: Ön and te, inflected forms, with and without accents (ö ő ü ű)."""

from __future__ import annotations

import pytest
from tests.lang.conftest import behaviours_in, check_row

ROWS = [
    ("agent", "Elnézést kérünk a kellemetlenségért.", "apology", None),
    ("agent", "Nagyon sajnálom, hogy ez történt.", "apology", None),
    ("agent", "Köszönöm szépen a türelmét.", "thanks", None),
    ("agent", "Teljesen megértem, ez valóban bosszantó lehet.", "empathy_statement", None),
    ("agent", "Ha jól értem, a router minden este lekapcsol.", "paraphrase", None),
    ("agent", "Választhat a visszatérítés és a csere között, vagy egy másik lehetőség a jóváírás.", "options_offered", None),
    ("agent", "Kapcsolom a kollégámhoz, aki tud segíteni.", "escalation", None),
    ("agent", "Továbbítom a panaszát a műszaki kollégáknak.", "escalation", None),
    ("agent", "Ha továbbra is káromkodik, kénytelen leszek befejezni a hívást.", "abuse_warning", None),
    ("agent", "Holnap visszahívom és elküldöm a számlát.", "commitment", None),
    ("agent", "Garantálom, hogy ma megérkezik.", "over_promise", None),
    ("agent", "Talán a kábellel van gond.", "hedge", None),
    ("agent", "Sajnos nem tudunk visszatéríteni.", "negative_framing", None),
    ("agent", "Természetesen, szívesen segítek!", "positive_framing", None),
    ("agent", "Megadná kérem a rendelésszámát?", "courtesy", None),
    ("agent", "Legyen szíves várni egy percet.", "courtesy", None),
    ("agent", "Miért törölted a szerkesztésemet?", "discourtesy", None),
    ("agent", "Ez nem igaz, Ön téved.", "argumentative", None),
    ("agent", "Ahogy már mondtam, ez nagyon egyszerű.", "condescension", None),
    ("agent", "Nyugodjon meg, nincs egész napom.", "impatience", None),
    ("agent", "Kivételesen most az egyszer elengedem.", "unauthorized_concession", None),
    ("agent", "Sikerült? Miben segíthetek még?", "follow_up_check", None),
    ("agent", "Jó napot kívánok, miben segíthetek?", "greeting", None),
    ("agent", "Köszönöm a türelmét, további szép napot!", "closing", None),
    ("customer", "Maguk hülyék, egy rakás csaló!", "customer_abuse", None),
    ("customer", "Felháborító, már megint nem működik.", "customer_frustration", None),
    ("customer", "Nem értem, meg tudná ismételni?", "clarification_request", None),
    ("customer", "Most már működik, köszönöm!", "customer_thanks", None),
    # Must not match.
    ("agent", "Nem sajnálom, ez a szabály.", None, "apology"),
    ("customer", "Nagyon csalódott vagyok a szolgáltatásban.", None, "customer_abuse"),
    ("customer", "Szemet hunytak a hiba felett.", None, "customer_abuse"),
    ("customer", "Nem vagyok dühös, csak kérdezem.", None, "customer_frustration"),
    ("customer", "Azt mondta, 'elnézést kérünk', de semmi nem történt.", None, "apology"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_hungarian_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("hu", role, text, expected, absent)


def test_nem_comma_sajnalom_is_an_apology() -> None:
    assert "apology" in behaviours_in("hu", "agent", "Nem, sajnálom, ez nem lehetséges.")
