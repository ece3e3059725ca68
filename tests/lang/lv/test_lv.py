"""Latvian pack: Jūs and tu, inflected verbs, with and without diacritics (ā š ļ ...)."""

from __future__ import annotations

import pytest
from tests.lang.conftest import check_row

ROWS = [
    ("agent", "Atvainojamies par sagādātajām neērtībām.", "apology", None),
    ("agent", "Man ļoti žēl, tā ir mūsu kļūda.", "apology", None),
    ("agent", "Liels paldies par pacietību.", "thanks", None),
    ("agent", "Pilnīgi saprotu, tas tiešām ir kaitinoši.", "empathy_statement", None),
    ("agent", "Ja pareizi sapratu, maršrutētājs atslēdzas katru vakaru.", "paraphrase", None),
    ("agent", "Jūs varat izvēlēties atmaksu, vēl viena iespēja ir apmaiņa.", "options_offered", None),
    ("agent", "Pārsūtīšu jūsu pieteikumu tehniskajai nodaļai un speciālistam.", "escalation", None),
    ("agent", "Ja turpināsiet lamāties, būšu spiests pārtraukt sarunu.", "abuse_warning", None),
    ("agent", "Es jums rīt piezvanīšu un nosūtīšu rēķinu.", "commitment", None),
    ("agent", "Garantēju, ka tas nekad vairs neatkārtosies.", "over_promise", None),
    ("agent", "Varbūt problēma ir kabelī.", "hedge", None),
    ("agent", "Diemžēl mēs nevaram atmaksāt naudu.", "negative_framing", None),
    ("agent", "Protams, ar prieku palīdzēšu!", "positive_framing", None),
    ("agent", "Vai jūs, lūdzu, varētu nosūtīt pasūtījuma numuru?", "courtesy", None),
    ("agent", "Kāpēc jūs izdzēsāt manu komentāru?", "discourtesy", None),
    ("agent", "Jūs kļūdāties, tā nav taisnība.", "argumentative", None),
    ("agent", "Kā jau teicu, tas ir pavisam vienkārši.", "condescension", None),
    ("agent", "Nomierinieties, man nav laika.", "impatience", None),
    ("agent", "Izņēmuma kārtā šoreiz atcelsim maksu.", "unauthorized_concession", None),
    ("agent", "Vai tagad viss strādā? Vai varu vēl kā palīdzēt?", "follow_up_check", None),
    ("agent", "Labdien! Kā es varu jums palīdzēt?", "greeting", None),
    ("agent", "Paldies, ka zvanījāt, jauku dienu!", "closing", None),
    ("customer", "Jūs esat idioti un krāpnieki!", "customer_abuse", None),
    ("customer", "Tas ir nepieņemami, joprojām nedarbojas.", "customer_frustration", None),
    ("customer", "Nesaprotu, vai varat paskaidrot?", "clarification_request", None),
    ("customer", "Tagad strādā, liels paldies!", "customer_thanks", None),
    # Must not match.
    ("customer", "Gribu iesniegt sūdzību par rēķinu.", None, "customer_abuse"),
    ("customer", "Mums mājās ir mazs kucēns.", None, "customer_abuse"),
    ("customer", "Nē paldies, neko nevajag.", None, "customer_thanks"),
    ("customer", "Operators teica 'atvainojamies', bet nekas nemainījās.", None, "apology"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_latvian_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("lv", role, text, expected, absent)
