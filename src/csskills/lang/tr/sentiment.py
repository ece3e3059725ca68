"""A Turkish valence lexicon for the customer's mood in support conversations.

Written for csskills from how Turkish customers write and speak to a help desk (not derived
from any published lexicon or data set). Values run from -1 (very negative) to +1 (very
positive); a trailing ``*`` marks a stem that matches every word beginning with it (Turkish is
agglutinative: ``memnun*`` covers *memnunum*, *memnun kaldım*, *memnuniyet*), and a longer stem
wins over a shorter one (``memnuniyetsiz*`` over ``memnun*``). Entries are folded with the
Turkish fold, so stems are chosen to avoid the words that ``ı``/``i``, ``ö``/``o`` and
``ü``/``u`` folding makes collide (no ``acı*``: *açık*, *açıklama*; no ``ölüm*``: *olumlu*).
Topic words that are neutral in support talk (*sorun*, *iade*, *fatura*) are left out, and so
are negated verb forms (*çalışmıyor*, *gelmedi*): Turkish negation is concordant (*hiç gelmedi*),
and the pre-posed *hiç* would flip them positive; the complaint they report is read by the rules.

Turkish negates with a suffix or with a following *değil*; a negator word before a sentiment
word is rare, so *hiç*/*asla* are the only pre-posed negators (see ``rules.NEGATORS``): "hiç
memnun değilim" comes out negative.
"""

from __future__ import annotations


def _tiers(*groups: tuple[float, str]) -> dict[str, float]:
    """``{word: value}`` from whitespace-separated words per value (later groups win)."""
    out: dict[str, float] = {}
    for value, words in groups:
        for word in words.split():
            out[word] = value
    return out


SENTIMENT_LEXICON: dict[str, float] = _tiers(
    # --- very positive: delight, strong praise, deep gratitude
    (0.9, """
        mükemmel* muhteşem* harika* kusursuz* şahane* müthiş* olağanüstü* enfes* efsane*
        bayıldım harikasınız mükemmelsiniz süpersiniz minnettarım minnettarız hayranım
        harikulade fevkalade muazzam*
    """),
    (0.8, """
        süper* mutluyum mutluyuz sevindim sevindik memnunum memnunuz teşekkür* tşk*
        tşkr* tesekkur* sağolun sağol sağolasın sağolasınız eyvallah bravo tebrik* helal
        harikaydı mükemmeldi süperdi şahaneydi halloldu hallolmuş çözüldü çözülmüş
        düzeldi düzelmiş rahatladım rahatladık rahatlattınız kurtardınız kurtardın
        ferahladım mersi merci thanks thx
    """),
    # --- clearly positive: satisfaction, praise of the service, relief
    (0.7, """
        memnun* memnuniyet* mutlu* sevinç* sevindirici* güzel* iyiki başarılı*
        ilgilisiniz ilgilendiniz yardımsever* naziksiniz naziksin kibarsınız anlayışlı*
        sabırlı* güleryüz* teşekkürederim memnuniyetle hayırlı* keyifli* keyif* huzur*
        güvenilir* güvendim güveniyorum öneririm tavsiye* kaliteli* özenli* özen* titiz*
        dakik* rahatlatıcı* gülümse*
    """),
    (0.6, """
        iyi* nazik* kibar* saygılı* profesyonel* hızlı* hızla çabuk* pratik* kolay*
        kolaylık* sorunsuz* problemsiz* zahmetsiz* yaradı yarıyor halletti hallettiniz
        hallettik çözdünüz çözdü düzeltildi düzelttiniz tamamlandı şükür şükürler
        sevimli* tatlı* samimi* candan* içten* dostane* değerli* faydalı* yararlı*
        işlevsel* başarı* başardınız başardık kazanç* avantaj* ucuz* ekonomik* cömert*
        adil* dürüst* şeffaf* açıklayıcı* anlaşılır*
    """),
    (0.5, """
        güzeldi güzelmiş hoş* beğendim beğeniyorum beğeni* sevdim seviyorum sevgi*
        umarım umut* olumlu* pozitif* destekleyici* cevapladınız yanıtladınız çalışıyor
        açıldı bağlandı yüklendi hallolur halledersiniz çözülür düzelir rahatım sağlam*
        stabil* istikrarlı* güçlü* hızlandı hızlıydı kaliteliydi temiz* düzgün*
        tertipli* minnet* şükran* takdir* severek memnunuyum rahat* rahatlık
    """),
    (0.4, """
        tamamdır kolaydı basitti kolaylıkla hızlıca anında derhal yardımcı* ilgilendi
        halledildi toparlandı iyileşti iyileşme* düzelme* uygun* makul* mantıklı*
        yeterli* düzenli* sakin sakinim sakinleştim huzurlu* güvende güvenli* ümit*
        ümitli* ümitliyim umuyorum rahatça kolaylaştı tatmin* doyurucu* kapsamlı*
        detaylı* netleşti nihayet hoşuma
    """),
    (0.3, """
        sorunsuzca bekleyebilirim sabrediyorum hallolsun düzelsin inşallah anlaşıldı
        razıyım nezaket* nezaketiniz ilginiz ilginize alakanız sabrınız anlayışınız
        emeğiniz emek* çaba* çabanız gayret* gayretiniz özveri* fedakarlık* ödendi
        yatırıldı sağlıklı* güldüm
    """),
    (0.2, """
        olur peki tamam okey ok oke anlıyorum anladım rica
    """),
    (0.1, """
        lütfen mümkünse
    """),
    # --- mildly negative: inconvenience, waiting, confusion
    (-0.2, """
        maalesef malesef keşke beklemede bekliyorum bekledim bekleme* geç gecikti
        geciken gecikmeli* uzadı uzuyor karışık* karmaşık* anlaşılmaz* belirsiz* şüphe*
        tereddüt* karıştı karışıklık yorucu* zahmetli* uğraş* eksik* hatalı* hata*
        yanlışlık* yanlış* pahalı* fahiş* ücretlendirildi kesinti* kesildi kopuyor
        kopma* yavaşladı yavaşlık hasar* zor zordu
    """),
    (-0.3, """
        fena kötüleşti kötüleşiyor sıkıcı* sıkıldım sıkılıyorum sıkıntı* gıcık*
        rahatsız* huzursuz* endişe* kaygı* tedirgin* gergin* stres* bozuldu bozulmuş
        bozuluyor kaybol* kayıp* yavaş* ağır* hantal* cevapsız* dönüşsüz* ilgisiz*
        takipsiz* şikayet* uygunsuz* olumsuz* negatif* problemli* sorunlu* çatlak*
        yırtık* lekeli* zorlandım zorluk* tüh off uff of güvensiz*
    """),
    (-0.4, """
        kötü* kırgın* kırıldım küstüm üzgün* üzüldüm üzülüyorum üzücü* üzüntü* mutsuz*
        sinirlendim sinirliyim sinirleniyorum kızgın* kızdım öfke* hiddet* bozuk*
        arızalı* arıza* çöktü çöküyor dondu donuyor takılıyor kilitlendi gecikme* rötar*
        aksaklık* aksıyor aksadı başarısız* yetersiz* kusurlu* vasat* özensiz*
        dikkatsiz* savsak* umursamaz* duyarsız* kayıtsız* kaba kabaydı kabalık* azarladı
        bağırdı yorgunum yoruldum bıktım bıktık bezdim usandım usandırdı bıktırdı
        bıktırdınız mantıksız* zarar* kırık* ezik* taklit* defolu* hasarlı* pes yeter
        kırıklığı
    """),
    (-0.5, """
        berbat* rezalet* rezil* saçma* kabuledilemez skandal* felaket* korkunç* iğrenç*
        kepazelik* ayıp* yazık* utanç* mağdur* haksızlık* haksız* adaletsiz* hukuksuz*
        usulsüz* aldatıldım aldatıcı* yanıltıcı* yanıltıldım kandırıldım kandırdınız
        oyaladınız oyalıyorsunuz oyalama* geçiştir* ihmal* dolandırıl* dolandırıcılık*
        kazık* kazıklandım soygun* soyuldum vurgun* şikayetçiyim bıkkın* bezgin*
        çaresiz* perişan* mahvoldum mahvettiniz mahvetti mahvol* yıkıldım korku* korktum
        panik* paniğe ağladım ağlıyorum gözyaşı* kahroldum isyan* tehdit* sahte* çöp
        hoşnutsuz* umutsuz* kalitesiz* güvenilmez* çözümsüz* bunal* çıldır* delir*
        illallah
    """),
    (-0.6, """
        nefret* tiksin* iğrendim iğreniyorum beceriksiz* yeteneksiz* yaramaz* yalan*
        sahtekar* hırsız* dolandırıcı* vurguncu* soyguncu* şerefsiz* namussuz*
        haysiyetsiz* utanmaz* arsız* yüzsüz* saygısız* terbiyesiz* densiz* küstah*
        sorumsuz* vicdansız* insafsız* zulüm* eziyet* işkence* kabus* cehennem*
        memnuniyetsiz* pişman* lanet* kahrolası* kahretsin berbattı rezaletti bitik*
        pislik*
    """),
    (-0.7, """
        salak* aptal* gerizekalı* gerzek* dangalak* ahmak* beyinsiz* embesil* mankafa*
        andaval* angut* avanak* enayi* hödük* öküz* cahil* zavallı* palyaço* soytarı*
        çakal* düzenbaz* üçkağıtçı* kepaze* rezilsiniz rezilsin ahlaksız* karaktersiz*
        hain*
    """),
    (-0.8, """
        amk amq aq siktir* sikerim sikeyim sikim sikik* orospu* yarrak* yavşak*
        pezevenk* kahpe* ananı ananızı boktan bok hassiktir
    """),
)
