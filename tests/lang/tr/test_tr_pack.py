"""Turkish pack, new interface: word classes, time words, new behaviours, structure, sentiment.

Every sentence here was written for these tests from the language itself.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import partial

import pytest
from tests.lang.conftest import MONDAY_10AM, behaviours_in, check_row, converse_in, word_flags

from csskills.featurize._sentiment import turn_sentiment
from csskills.featurize._turn import read_turn
from csskills.lang import WordClass, get_language

CODE = "tr"
# a conversation that starts on Monday 2 March 2026 at 10:00 UTC
converse = partial(converse_in, CODE, started_at=MONDAY_10AM)


def end_of(day: int) -> datetime:
    return datetime(2026, 3, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


ROWS = [
    # reassurance
    ("agent", "Hiç acele etmeyin, sizin hatanız değil.", "reassurance", None),
    ("agent", "Endişelenmeyin, bunu birlikte çözeceğiz.", "reassurance", None),
    ("agent", "Çok güzel bir soru.", "reassurance", None),
    # stock empathy versus words about this customer
    ("agent", "Yaşanan aksaklık için özür dileriz.", "stock_empathy", None),
    ("agent", "Sabrınız için teşekkür ederiz.", "stock_empathy", None),
    ("agent", "Sabrınız için teşekkür ederiz.", "thanks", None),
    ("agent", "Annenizin rahatsızlığını duyduğuma çok üzüldüm.", "empathy_statement", "stock_empathy"),
    # dismissive
    ("agent", "Olur böyle şeyler, abartmayın.", "dismissive", None),
    ("agent", "Bu tür şeyler sık sık oluyor.", "dismissive", None),
    # hurrying
    ("agent", "Sırada bekleyen başka müşteriler var, kısa tutalım.", "hurrying", None),
    ("agent", "Çok vaktim yok, hızlıca söyleyin.", "hurrying", None),
    # self-correction
    ("agent", "Pardon, yanlış söyledim, iade süresi on dört gün.", "self_correction", None),
    ("agent", "Kusura bakmayın, size yanlış tarih verdim.", "self_correction", None),
    # checks with others
    ("agent", "Bunu yöneticime sorup size döneceğim.", "checks_with_others", None),
    ("agent", "Emin değilim, bir arkadaşıma danışayım.", "checks_with_others", None),
    # deflection
    ("agent", "Web sitemizden kontrol edebilirsiniz.", "deflection", None),
    ("agent", "Bu konuda kargo firmasıyla görüşmeniz gerekiyor.", "deflection", None),
    # policy statement and the alternative that gets round it
    ("agent", "Şirket politikamız gereği bu mümkün değil.", "policy_statement", None),
    ("agent", "İade süresi dolmuş, maalesef.", "policy_statement", None),
    ("agent", "Ürün stoklarımızda kalmadı.", "policy_statement", None),
    ("agent", "Bunun yerine size bir indirim kuponu sunabilirim.", "alternative", None),
    ("agent", "Ama sizin için başka bir yol deneyebiliriz.", "alternative", None),
    # hold
    ("agent", "Bir dakika, hemen kontrol ediyorum.", "hold", None),
    ("agent", "Lütfen hatta kalın, sizi kısa bir süre bekleteceğim.", "hold", None),
    # info request
    ("agent", "Sipariş numaranızı paylaşır mısınız?", "info_request", None),
    ("agent", "E-posta adresinizi yazabilir misiniz?", "info_request", None),
    # vague promise
    ("agent", "Talebiniz ilgili birime iletilmiştir.", "vague_promise", None),
    ("agent", "Elimizden geleni yapacağız.", "vague_promise", None),
    # jargon
    ("agent", "Provizyon kalkınca tutar hesabınıza geçer.", "jargon", None),
    ("agent", "Mutabakat tamamlanınca iade yansır.", "jargon", None),
    # the closing, not a follow-up check
    ("agent", "Başka bir konuda yardımcı olabilir miyim?", "closing", "follow_up_check"),
    ("agent", "Başka bir konuda yardımcı olabilir miyim?", None, "hedge"),
    # customer emotion and hardship
    ("customer", "Annem hastanede, çok endişeliyim.", "customer_emotion", None),
    ("customer", "Babam geçen hafta vefat etti.", "customer_emotion", None),
    ("customer", "Kendimi aptal gibi hissediyorum.", "customer_emotion", "customer_abuse"),
    # customer cues
    ("customer", "Oğlumun doğum günü cumartesi, ona yetişmesi lazım.", "customer_cue", None),
    ("customer", "Yurt dışına taşınıyoruz, hattı ne yapacağımı bilmiyorum.", "customer_cue", None),
    ("customer", "Olursa çok sevinirim.", "customer_cue", None),
    # constraints
    ("customer", "Gün boyu işteyim, evde olamam.", "customer_constraint", None),
    ("customer", "Yazıcım yok, formu çıkaramam.", "customer_constraint", None),
    # corrections
    ("customer", "Zaten denedim, olmadı.", "customer_correction", None),
    ("customer", "Ama web sitenizde farklı bir fiyat yazıyor.", "customer_correction", None),
    # confusion
    ("customer", "Hangi butona basacağımı bulamıyorum.", "customer_confusion", None),
    ("customer", "Kafam karıştı, nereden giriyorum?", "customer_confusion", None),
    # broken promises
    ("customer", "Kimse beni aramadı, arayacağınızı söylemiştiniz.", "broken_promise", None),
    ("customer", "Teknisyen gelmedi, bütün gün bekledim.", "broken_promise", None),
    # complaints stated as facts, without a feeling word
    ("customer", "Kargom gelmedi.", "customer_frustration", None),
    ("customer", "Modem hâlâ çalışmıyor.", "customer_frustration", None),
    ("customer", "Üç gündür internetim yok, hala bağlanamıyorum.", "customer_frustration", None),
    # sarcasm
    ("customer", "Harika ya, yine gelmedi.", "customer_frustration", None),
    ("customer", "Oh ne âlâ, fatura yine iki katı gelmiş.", "customer_frustration", None),
    # insults aimed at the listener versus swearing in praise or self-talk
    ("customer", "Salak mısınız?", "customer_abuse", None),
    ("customer", "Siz tam bir beceriksizsiniz.", "customer_abuse", None),
    # aimed by the second-person ending inside the word, with no pronoun nearby
    ("customer", "Gerçekten çok beceriksizsiniz, hiçbir işi düzgün yapamadınız.", "customer_abuse", None),
    ("customer", "Amk hala gelmedi.", "customer_abuse", None),
    ("customer", "Amk çok hızlı geldi, süper.", None, "customer_abuse"),
    ("customer", "Köpek maması siparişim eksik geldi.", None, "customer_abuse"),
    ("customer", "Kutu ezik geldi.", None, "customer_abuse"),
    # negation: a negated apology is none
    ("agent", "Özür dilemiyorum, kural bu.", None, "apology"),
    # a refusal is the agent's own inability, not a third party's
    ("agent", "Bunu değiştiremeyiz.", "negative_framing", None),
    ("agent", "Artık kimse numaranızdan arama yapamaz.", None, "negative_framing"),
    ("customer", "Sorun yok, teşekkürler.", "customer_thanks", None),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_turkish_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row(CODE, role, text, expected, absent)


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("siz", WordClass.SECOND_PERSON), ("sana", WordClass.SECOND_PERSON),
        ("bekliyorsunuz", WordClass.SECOND_PERSON), ("biz", WordClass.FIRST_PERSON),
        ("hâlâ", WordClass.PERSISTENCE), ("yine", WordClass.PERSISTENCE),
        ("gelmedi", WordClass.SERVICE_VERB), ("ulaştı", WordClass.SERVICE_VERB),
        ("iade", WordClass.SERVICE_VERB), ("beceriksizsiniz", WordClass.INSULT),
        ("yalancı", WordClass.INSULT), ("siktir", WordClass.PROFANITY), ("amk", WordClass.PROFANITY),
        ("endişeliyim", WordClass.EMOTION), ("hastanede", WordClass.EMOTION),
        ("evet", WordClass.YES_NO), ("hayır", WordClass.YES_NO), ("tıklayın", WordClass.INSTRUCTION),
        ("seçin", WordClass.INSTRUCTION), ("hıhı", WordClass.BACKCHANNEL),
        ("çok", WordClass.INTENSIFIER), ("ama", WordClass.CONTRAST), ("hiç", WordClass.NEGATOR),
    ],
)
def test_turkish_word_classes(word: str, bit: int) -> None:
    assert word_flags(CODE, word) & bit


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        # words the Turkish fold makes collide with a class word
        ("sınırsız", WordClass.EMOTION),  # "unlimited", not "sinir" (anger)
        ("olumlu", WordClass.EMOTION),  # "positive", not "ölüm" (death)
        ("açıklama", WordClass.SERVICE_VERB),  # "explanation", not "açıl-" (to open)
        ("köpek", WordClass.INSULT),
        ("kızım", WordClass.EMOTION),  # "my daughter", not "kızgın" (angry)
        ("kusura", WordClass.INSULT),
    ],
)
def test_turkish_fold_collisions_stay_out_of_the_classes(word: str, bit: int) -> None:
    assert not word_flags(CODE, word) & bit


def test_turkish_stemmer_meets_inflected_forms() -> None:
    pack = get_language(CODE)
    stems = {pack.stem(pack.fold(w)) for w in ("siparişim", "siparişiniz", "siparişi", "siparişten")}
    assert stems == {"siparis"}
    assert pack.stem(pack.fold("sorun")) != pack.stem(pack.fold("soru"))


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("Ne zaman geldi?", "question", "interrogative"),
        ("Nasıl yardımcı olabilirim", "question", "interrogative"),  # no question mark
        ("Kargonuz dün teslim edildi, değil mi?", "question", "tag"),
        ("Modem üst katta?", "question", "declarative"),
        ("Ne yazık ki iade yapamıyoruz.", "statement", ""),  # a bare "ne" asks nothing
        ("Ayarlar menüsüne girin.", "statement", ""),  # verb-final: not read as an imperative
        ("Tıklayın ve bekleyin.", "imperative", ""),
    ],
)
def test_turkish_sentence_types(text: str, kind: str, form: str) -> None:
    sentence = read_turn(get_language(CODE), text).sentences[0]
    assert (sentence.kind, sentence.form) == (kind, form)


def test_turkish_reflection_of_the_customers_situation() -> None:
    signals = converse(
        ("customer", "Bir haftadır internetim yok ve evden çalışıyorum."),
        ("agent", "Bir haftadır internetsiz kalmışsınız ve evden çalışıyorsunuz."),
    )
    assert "paraphrase" in signals.per_turn[1]


def test_turkish_declarative_question_reusing_the_customers_words_checks_understanding() -> None:
    signals = converse(
        ("customer", "Modem üst katta, sinyal alt katta çok zayıf."),
        ("agent", "Yani modem üst katta ve sinyal alt katta zayıf?"),
    )
    assert "paraphrase" in signals.per_turn[1]


def test_turkish_follow_up_check_after_the_agent_acted() -> None:
    signals = converse(
        ("customer", "Şifre sıfırlama kodu gelmiyor."),
        ("agent", "Kodu şimdi yeniden gönderdim."),
        ("customer", "Tamam, bakıyorum."),
        ("agent", "Kod size ulaştı mı?"),
    )
    assert "follow_up_check" in signals.per_turn[3]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Yarın sizi arayacağım.", end_of(3)),
        ("Sizi yarın arayacağım.", end_of(3)),  # the time before the verb
        ("2 iş günü içinde iadeniz hesabınıza yansıyacak.", end_of(4)),
        ("En geç cuma günü size dönüş yapacağız.", end_of(6)),
        ("Sizi 3 saat içinde arayacağım.", datetime(2026, 3, 2, 13, 0, tzinfo=timezone.utc)),
        ("Teknisyenimiz yarın sabah gelecek.", end_of(3)),
        ("Çarşamba günü size bilgi vereceğim.", end_of(4)),
    ],
)
def test_turkish_commitment_deadlines(text: str, due: datetime) -> None:
    commitments = converse(("customer", "..."), ("agent", text)).commitments
    assert commitments and commitments[0].due == due


def test_turkish_vague_promise_has_no_due_time() -> None:
    commitments = converse(("customer", "..."), ("agent", "Size en kısa sürede dönüş yapacağız.")).commitments
    assert commitments and commitments[0].due is None and commitments[0].vague


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Çok memnun kaldım, teşekkürler!", 1),
        ("Harika bir hizmet, çok hızlıydınız.", 1),
        ("Rezalet bir hizmet, hâlâ çalışmıyor.", -1),
        ("REZALET BİR HİZMET", -1),
        ("rezalet bir hizmet, hala calismiyor", -1),
        ("Hiç memnun değilim.", -1),
    ],
)
def test_turkish_sentiment_sign(text: str, sign: int) -> None:
    result = turn_sentiment(get_language(CODE), text)
    assert result is not None and result[0] * sign > 0


def test_turkish_lexicon_size_and_values() -> None:
    lexicon = get_language(CODE).sentiment_lexicon
    assert 500 <= len(lexicon) <= 900
    assert all(-1 <= v <= 1 and v for v in lexicon.values())


def test_turkish_new_behaviours_compile_and_match_the_english_keys() -> None:
    pack = get_language(CODE).compile()
    english = get_language("en")
    assert set(pack.agent_rules) == set(english.agent_rules)
    assert set(pack.customer_rules) == set(english.customer_rules)
    assert pack.long_sentence_words < english.long_sentence_words


def test_turkish_plain_acronyms_are_no_jargon() -> None:
    assert "jargon" not in behaviours_in(CODE, "agent", "TC kimlik numaranız ve IBAN bilginiz gerekiyor.")
    assert "jargon" in behaviours_in(CODE, "agent", "Hattınızın APN ayarını değiştirdim.")
