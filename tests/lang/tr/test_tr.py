"""Turkish pack: siz and sen, agglutinated forms, dotless ı, typed with and without Turkish letters."""

from __future__ import annotations

import pytest
from tests.lang.conftest import behaviours_in, check_row

from csskills.lang import get_language

ROWS = [
    ("agent", "Yaşadığınız sorun için özür dileriz.", "apology", None),
    ("agent", "Kusura bakmayın, hemen kontrol ediyorum.", "apology", None),
    ("agent", "Kusura bakma, yanlış bilgi verdim.", "apology", None),
    ("agent", "Bilgi verdiğiniz için çok teşekkür ederim.", "thanks", None),
    ("agent", "Sabrınız için teşekkür ederim.", "closing", None),
    ("agent", "Sizi çok iyi anlıyorum, gerçekten sinir bozucu bir durum.", "empathy_statement", None),
    ("agent", "Haklısınız, bu kabul edilemez.", "empathy_statement", None),
    ("agent", "Yanlış anlamadıysam modem her akşam kopuyor.", "paraphrase", None),
    ("agent", "Dilerseniz iade yapabiliriz ya da başka bir seçenek olarak değişim var.", "options_offered", None),
    ("agent", "Talebinizi ilgili birime iletiyorum.", "escalation", None),
    ("agent", "Hakaret etmeye devam ederseniz görüşmeyi sonlandırmak zorunda kalacağım.", "abuse_warning", None),
    ("agent", "Yarın sizi arayacağım ve bilgi vereceğim.", "commitment", None),
    ("agent", "Garanti ediyorum, bir daha yaşanmayacak.", "over_promise", None),
    ("agent", "Sanırım kabloyla ilgili bir sorun var.", "hedge", None),
    ("agent", "Maalesef iade yapamıyoruz.", "negative_framing", None),
    ("agent", "Tabii ki, memnuniyetle yardımcı olurum.", "positive_framing", None),
    ("agent", "Sipariş numaranızı paylaşabilir misiniz efendim?", "courtesy", None),
    ("agent", "Neden yorumumu sildiniz?", "discourtesy", None),
    ("agent", "Yanılıyorsunuz, bu doğru değil.", "argumentative", None),
    ("agent", "Daha önce söylediğim gibi çok basit.", "condescension", None),
    ("agent", "Sakin olun, vaktim yok.", "impatience", None),
    ("agent", "Sadece bu seferlik istisna yapıyorum.", "unauthorized_concession", None),
    ("agent", "Sorununuz çözüldü mü? Başka bir konuda yardımcı olabilir miyim?", "follow_up_check", None),
    ("agent", "Merhaba, size nasıl yardımcı olabilirim?", "greeting", None),
    ("agent", "İyi günler dilerim, hoşça kalın.", "closing", None),
    ("customer", "Salak mısınız siz, şerefsizler!", "customer_abuse", None),
    ("customer", "Rezalet, kaç gündür bekliyorum, bıktım artık.", "customer_frustration", None),
    ("customer", "Anlamadım, tekrar eder misiniz?", "clarification_request", None),
    ("customer", "Tamamdır, çok teşekkürler.", "customer_thanks", None),
    # Collisions made by folding ı -> i, ö -> o (the rules avoid them).
    ("customer", "Çok sıkıldım, beni çok sıktı bu süreç.", None, "customer_abuse"),
    ("customer", "Sıkıntı devam ediyor.", None, "customer_abuse"),
    ("customer", "Kargoyu şubeye götürdüm.", None, "customer_abuse"),
    ("customer", "Malı iade etmek istiyorum.", None, "customer_abuse"),
    ("customer", "Hayır teşekkürler, gerek yok.", None, "customer_thanks"),
    ("customer", "Temsilciniz 'özür dilerim' dedi ama hiçbir şey değişmedi.", None, "apology"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_turkish_rule_table(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("tr", role, text, expected, absent)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("KIZGIN", "kizgin"), ("İYİ", "iyi"), ("ışık", "isik"), ("ŞİKAYET", "sikayet"), ("Çağrı", "cagri")],
)
def test_turkish_fold_uses_turkish_casing_and_keeps_length(text: str, folded: str) -> None:
    assert get_language("tr").fold(text) == folded
    assert len(get_language("tr").fold(text)) == len(text)


def test_negated_turkish_verb_is_not_an_apology() -> None:
    assert "apology" not in behaviours_in("tr", "agent", "Özür dilemiyorum, kural böyle.")
