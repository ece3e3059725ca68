"""Turkish phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as Turkish call-centre agents and customers speak: formal
``siz`` (*kusura bakmayın*, *yardımcı olabilir miyim*, *haklısınız*) and informal ``sen``
(*kusura bakma*, *haklısın*) forms. Turkish is agglutinative, so rules use stems
(``teşekkür*``: teşekkürler, teşekkür ederim) or list inflected forms where a stem would
overreach.

The Turkish fold (see :class:`csskills.lang.tr.Turkish`) maps ``ı`` and ``i`` to the same letter
so that chat typed without Turkish letters still matches. That makes some words collide, and the
rules are written to avoid the collisions: no bare ``sik*`` stem (it would match *sıkıldım* "I'm
bored", *sıkıntı* "trouble", *sıktı*), no ``göt*`` stem (*götürmek* "to take"), no bare ``mal``
(goods) or ``piç`` (folds to "pic"). Vowel harmony helps: most profane verb forms take front
vowels (*sikerim*) where the innocent verb takes back vowels (*sıkarım*).
"""

from __future__ import annotations

from csskills.lang.tr.words import EMOTION_WORDS, JARGON

# Evaluations of a person that carry their target in their own ending: the second-person copula
# ("salaksınız" you are idiots, "yalancısın" you are a liar) or the copula question after them
# ("salak mısınız?"). The structural detector looks for "you" around an insult word and cannot
# see it inside the word, so these forms are aimed by their grammar. (After the Turkish fold,
# "-sin"/"-sun" cover all four vowel-harmony forms.)
_INSULT_ROOTS = (
    "salak", "aptal", "gerizekalı", "dangalak", "ahmak", "beyinsiz", "beceriksiz", "yeteneksiz",
    "yalancı", "hırsız", "dolandırıcı", "sahtekar", "soyguncu", "cahil", "terbiyesiz", "saygısız",
    "densiz", "hadsiz", "rezil", "zavallı", "şerefsiz", "haysiyetsiz", "namussuz", "adi",
    "yavşak", "öküz", "hayvan", "embesil", "sorumsuz", "vicdansız", "ahlaksız", "karaktersiz",
    "kepaze", "palyaço", "soytarı", "ezik", "aciz", "kabiliyetsiz", "utanmaz", "yüzsüz",
)
_AIMED_INSULTS = "(" + "|".join(
    f"{root}{ending}" for root in _INSULT_ROOTS for ending in ("sin", "siniz", "sun", "sunuz")
) + ")"
_INSULT_QUESTION = "(" + "|".join(_INSULT_ROOTS) + ") (misin|misiniz|musun|musunuz)"

# "We can't / I can't / you can't" + verb: the negative ability forms in the first and second
# person, written after the Turkish fold (ı -> i), for the verbs a refusal uses.
_CANNOT_BACK = (
    "yap", "al", "sağlay", "sun", "yardımcı ol", "bulun", "karşılay", "ayarlay", "faydalan",
    "yararlan", "kullan", "bağla",
)
_CANNOT_FRONT = ("ed", "ver", "değiştir", "gönder", "öde", "yüklen", "getir", "söyley")
_CANNOT = "(" + "|".join(
    [f"{v}a{e}" for v in _CANNOT_BACK
     for e in ("mam", "miyorum", "mayiz", "miyoruz", "madim", "madik", "mazsiniz", "miyorsunuz")]
    + [f"{v}e{e}" for v in _CANNOT_FRONT
       for e in ("mem", "miyorum", "meyiz", "miyoruz", "medim", "medik", "mezsiniz", "miyorsunuz")]
) + ")"

# When a promise is due, said before the verb (Turkish is verb-final: "yarın sizi arayacağım",
# "2 iş günü içinde iadeniz yansıyacak"). The deadline reader looks from the commitment onwards,
# so these commitment rules start at the time word.
_WHEN = (
    "(bugün*|yarın*|pazartesi*|salı|salıya|çarşamba*|perşembe*|cuma|cumaya|cumartesi*|pazar|"
    "pazara|haftaya|akşama|öğleden)"
)
_COUNT = "(1|2|3|4|5|6|7|10|14|15|24|30|48|72|bir|iki|üç|dört|beş|yedi|on|birkaç)"
_WILL = (
    "(arayacağ*|döneceğ*|yapacağ*|göndereceğ*|gönderilecek*|yansıyacak*|yapılacak*|edileceğ*|"
    "edilecek*|edeceğ*|ulaşacak*|ulaştırılacak*|gelecek|gelecektir|vereceğ*|verilecek*|"
    "bilgilendireceğ*|halledeceğ*|çözeceğ*|çözülecek*|tamamlanacak*|sağlanacak*|iletilecek*|"
    "ayarlayacağ*|aktarılacak*|yatırılacak*|kargolanacak*|çıkacak*|bağlanacak*|açılacak*)"
)

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "özür (dilerim|dileriz|diliyorum|diliyoruz|dileyerek|dilemek isterim|dilemek isteriz)",
        "(kusura bakmayın|kusura bakmayınız|kusura bakma|kusuruma bakmayın|kusurumuza bakmayın)",
        "(affedersiniz|affedersin|affınıza sığınarak|affınıza sığınıyorum|bağışlayın)",
        "(çok|gerçekten|son derece|) (üzgünüm|üzgünüz)",
        "(pardon|özrümüzü|özrümü)",
        "(yaşattığımız|yaşadığınız|sebep olduğumuz|neden olduğumuz) ~ için (özür|üzgün*|kusura)",
        "(bizim|benim) (hatamız|hatam|kusurumuz|kusurum)",
    ),
    "thanks": (
        "teşekkür*",
        "(tşk*|tesk*|tşkr*|sağ olun|sağolun|sağ ol|sağol|sağ olasın|eyvallah)",
        "(minnettarım|minnettarız)",
        "(çok|gayet) (naziksiniz|naziksin|incesiniz)",
        "(anlayışınız|sabrınız|ilginiz) için",
        # (spelled like the closing and stock-empathy rules so that all three share the path)
        "(anlayışınız|sabrınız|ilginiz|anlayışınıza|sabrınıza) (için|) (teşekkür*|minnettarız|çok teşekkür*)",
    ),
    "empathy_statement": (
        "(sizi|seni|durumunuzu|durumunu|endişenizi|endişeni|kızgınlığınızı|tepkinizi|hayal kırıklığınızı|sıkıntınızı|mağduriyetinizi) (çok iyi|gayet iyi|tamamen|) (anlıyorum|anlıyoruz|anlayabiliyorum|anlayabiliyoruz)",
        "(anlıyorum|anlıyoruz|anlayabiliyorum|anlayabiliyoruz|tahmin edebiliyorum|tahmin edebiliyoruz)",
        "(haklısınız|haklısın|çok haklısınız|sonuna kadar haklısınız)",
        "(ne kadar|çok|gerçekten|oldukça) (üzücü|sinir bozucu|can sıkıcı|zor|yorucu|stresli|moral bozucu|rahatsız edici|tatsız)",
        "(üzücü|sinir bozucu|can sıkıcı|zor|yorucu|stresli) (olmalı|bir durum|bir deneyim)",
        "(duyduğuma|duyduğumuza|okuduğuma|öğrendiğime|öğrendiğimize) (çok|gerçekten|) (üzüldüm|üzüldük|üzgünüm|üzgünüz)",
        "(üzüldüm|üzüldük|çok üzüldüm|çok üzüldük)",
        "(yerinizde|yerinde) (olsam|olsaydım|olsak) (ben de|biz de)",
        "(yaşadığınız|yaşadığın|yaşamış olduğunuz) (sorun*|sıkıntı*|olumsuzluk*|mağduriyet*|durum*) (için|nedeniyle|sebebiyle) (üzgün*|çok üzgün*)",
        "(kızgın|üzgün|endişeli|sinirli|mağdur|haklı olarak) (olmanız|olmanızı|hissetmeniz|hissetmenizi) (çok|gayet|) (normal|doğal|anlaşılır|anlaşılabilir)",
        "(yalnız|tek) değilsiniz",
        "(sizin|senin) için ne kadar",
    ),
    "paraphrase": (
        "(yanlış anlamadıysam|doğru anladıysam|doğru anlıyorsam|anladığım kadarıyla|anladığım kadarı ile)",
        "(yani|kısacası|özetle|özetlemek gerekirse|bir başka deyişle|başka bir deyişle) (siz|sen|sizin|senin|şunu|şu)",
        "(şunu|bunu) mu (demek istiyorsunuz|demek istiyorsun|söylüyorsunuz|söylüyorsun|kastediyorsunuz|kastediyorsun)",
        "(demek istediğiniz|demek istediğin|kastettiğiniz|kastettiğin|söylediğiniz|söylediğin|belirttiğiniz|belirttiğin) (şu|şey)",
        "(teyit|kontrol|emin olmak|netleştirmek) (etmek için|için|amacıyla) (soruyorum|sormak istiyorum|tekrar ediyorum)",
        "(doğru|yanlış) mu (anladım|anlıyorum)",
        "(diyorsunuz|diyorsun|söylüyorsunuz|söylüyorsun|belirtiyorsunuz|belirtiyorsun) (ki|değil mi|öyle mi|doğru mu)",
        "(doğru mu|öyle mi|değil mi) ?",
        "(tekrar|bir) (özetleyeyim|özetlemek gerekirse|özetliyorum|teyit edeyim)",
    ),
    "options_offered": (
        "(isterseniz|istersen|dilerseniz|dilersen|tercih ederseniz|tercih edersen|arzu ederseniz|uygun görürseniz)",
        "(bir diğer|başka bir|diğer bir|ikinci bir|alternatif bir|farklı bir) (seçenek|yol|yöntem|alternatif|çözüm|imkan|olanak)",
        "(birkaç|iki|üç|bazı|farklı) (seçenek*|alternatif*|yol*|yöntem*|çözüm*)",
        "(seçenekleriniz|seçenekleriniz şunlar|alternatifleriniz|seçenekler şunlar)",
        "(öneririm|öneririz|önerebilirim|önerebiliriz|öneriyorum|öneriyoruz|tavsiye ederim|tavsiye ederiz|tavsiye edebilirim|tavsiyem)",
        "(deneyebilirsiniz|deneyebilirsin|deneyebiliriz|denemenizi|denemeni|deneyebilir misiniz)",
        "(denediniz mi|denedin mi|denemeyi düşündünüz mü)",
        "ister ~ ister",
        "(ya da|veya) (isterseniz|dilerseniz|alternatif olarak|bunun yerine)",
        "(alternatif olarak|bunun yerine|onun yerine|aksi takdirde)",
        "(mi|mı) (tercih edersiniz|istersiniz|tercih edersin|istersin)",
    ),
    "escalation": (
        "(ilgili|teknik|uzman|yetkili|üst|sorumlu) (birim*|ekib*|ekip*|departman*|arkadaş*|kişi*|yönetici*) ~ (ilet*|aktar*|yönlendir*|bağlı*|bağla*|havale*)",
        "(talebinizi|şikayetinizi|kaydınızı|sorununuzu|talebini|şikayetini|dosyanızı) ~ (ilet*|aktar*|yönlendir*|üst birim*|yetkili*)",
        "(kayıt|talep|şikayet kaydı|arıza kaydı|destek kaydı|bilet) (oluşturdum|oluşturuyorum|oluşturduk|oluşturuyoruz|açtım|açıyorum|açtık|açıyoruz|oluşturacağım|açacağım)",
        "(yöneticim*|amirim*|süpervizör*|müdürüm*|ekip liderim*|uzman arkadaş*) (ile|sizinle|size|sizi) ~ (görüş*|iletişime*|arayacak|dönüş*|bağla*)",
        "(sizi|seni|çağrınızı|görüşmenizi) ~ (aktarıyorum|aktaracağım|bağlıyorum|bağlayacağım|yönlendiriyorum|yönlendireceğim)",
    ),
    "abuse_warning": (
        "(hakaret*|küfür*|küfürlü|argo|tehdit*|aşağılayıcı) ~ (devam etmeniz|devam ederseniz|devam etmesi|devam eden|etmeyiniz|etmeyin|etmemenizi|kullanmayınız|kullanmayın|kullanmamanızı)",
        "(görüşmeyi|çağrıyı|sohbeti|konuşmayı|yazışmayı) (sonlandırmak|sonlandıracağım|sonlandıracağız|sonlandırıyorum|kapatmak|kapatacağım|kapatıyorum) (zorunda|durumunda|mecburiyetinde|)",
        "saygı (çerçevesinde|sınırları|kuralları|içerisinde|içinde)",
        "(lütfen|rica ederim) ~ (hakaret etmeyin|hakaret etmeyiniz|küfür etmeyin|küfür etmeyiniz|sesinizi yükseltmeyin|bağırmayın|üslubunuza)",
        "(üslubunuza|üslubuna|sözlerinize|ifadelerinize) (dikkat|özen)",
        "(bu|böyle) (üslup|dil|konuşma|ifadeler|sözler) ~ (kabul edilemez|kabul edemeyiz|kabul edemem|uygun değil)",
    ),
    "commitment": (
        "(sizi|seni) (arayacağım|arayacağız|bilgilendireceğim|bilgilendireceğiz|haberdar edeceğim|haberdar edeceğiz|bilgilendiriyor olacağım|arıyor olacağım)",
        "(size|sana) ~ (dönüş|geri dönüş|bilgi|eposta|mail|sms|mesaj) ~ (yapacağım|yapacağız|sağlayacağım|sağlayacağız|yapılacak|sağlanacak|göndereceğim|göndereceğiz|gönderilecek|vereceğim|vereceğiz|iletilecek|iletilecektir|sağlanacaktır|yapılacaktır)",
        "(takip edeceğim|takip edeceğiz|takipçisi olacağım|takipçisi olacağız|ilgileneceğim|ilgileneceğiz|kontrol edeceğim|kontrol edeceğiz|halledeceğim|halledeceğiz|çözeceğim|çözeceğiz|göndereceğim|göndereceğiz|ileteceğim|ileteceğiz|iade edeceğim|iade edeceğiz|düzelteceğim|düzelteceğiz)",
        "(gönderdim|gönderdik|ilettim|ilettik|oluşturdum|oluşturduk|başlattım|başlattık|tanımladım|tanımladık|iptal ettim|iptal ettik|iade ettim|iade ettik|güncelledim|güncelledik|planladım|planladık)",
        "(iadeniz|kargonuz|siparişiniz|paketiniz|ücret iadesi|teknisyen*|ekibimiz|tutar) ~ (gün|saat|hafta) (içinde|içerisinde)",
        "(söz veriyorum|söz veriyoruz|söz verebilirim)",
        # someone of the company will act for the customer ("teknisyen sizi arayacak")
        "(sizi|seni|size|sana) ~ (arayacak|arayacaklar|arayacaktır|ulaşacak|ulaşacaklar|ulaşacaktır)",
        "(teknisyen*|ekibimiz|ekip arkadaşımız|kurye*|ustamız|servis*|saha ekibi*) ~ (gelecek|gelecektir|arayacak|arayacaktır|ulaşacak|ziyaret edecek|gelip)",
        "(en kısa sürede|en geç) ~ (dönüş*|ilet*|gönder*|ara*|yapılacak|sağlanacak|çözül*)",
        f"{_WHEN} ~ {_WILL}",
        # (a gap for the unit, "2 iş günü": a group of units after the group of counts would
        # multiply the trie)
        f"{_COUNT} ~ (içinde|içerisinde|sonra|zarfında) ~ {_WILL}",
    ),
    "over_promise": (
        "(garanti ediyorum|garanti ederim|garanti ediyoruz|garanti ederiz|garantisini veriyorum|garantisini veririm)",
        "(yüzde yüz|%100|yüzde 100)",
        "(kesinlikle|kesin|mutlaka|garanti) (bugün|yarın|hemen|şimdi|bu akşam) ~ (gelecek|çözülecek|düzelecek|olacak|halledilecek|ulaşacak|yapılacak)",
        "(bir daha|bir daha asla|asla|hiçbir zaman) (yaşanmayacak|olmayacak|tekrarlanmayacak|yaşamayacaksınız|tekrar etmeyecek)",
    ),
    "hedge": (
        "(sanırım|galiba|herhalde|belki|muhtemelen|tahminimce|zannedersem|zannediyorum|sanıyorum|olasılıkla|büyük ihtimalle)",
        "(emin değilim|emin değiliz|pek emin değilim|tam emin değilim)",
        "(bilmiyorum|bilemiyorum|fikrim yok|hiçbir fikrim yok|bilemem)",
        "(olabilir|olması lazım|olması gerek|olması gerekiyor|çalışması lazım|çalışması gerek)",
        "(bildiğim kadarıyla|hatırladığım kadarıyla|yanılmıyorsam)",
    ),
    "negative_framing": (
        "(maalesef|malesef|ne yazık ki|ne yazikki|üzülerek belirtmek isterim)",
        # the agent's or the customer's own inability (1st and 2nd person), not a third party's
        # ("artık kimse numaranızdan arama yapamaz" reassures, it refuses nothing)
        _CANNOT,
        "(mümkün değil|mümkün değildir|imkansız|imkânsız|olanaksız|olanaklı değil|yapılamaz|yapılamıyor|edilemez|edilemiyor|verilemez|verilemiyor)",
        "(bizim|benim|firmamızın|şirketimizin) (sorunumuz|sorunum|sorumluluğumuz|sorumluluğum|hatamız|suçumuz|problemimiz|problemim|işimiz|işim) değil",
        "(şirket|firma|şirketimizin|firmamızın) (politikası|politikamız|kuralı|kurallarımız|prosedürü)",
        "(beklemeniz|aramanız|gitmeniz|başvurmanız) (gerekiyor|gerekmektedir|lazım|şart)",
        "(yapacak|yapabileceğimiz|yapabileceğim) (bir şey|bir şeyimiz|hiçbir şey) (yok|bulunmuyor)",
        "elimizden (bir şey|hiçbir şey|başka bir şey) gelmiyor",
    ),
    "positive_framing": (
        "(memnuniyetle|seve seve|tabii ki|tabi ki|tabii|elbette|kesinlikle|rica ederim|ne demek|ne demek efendim|her zaman|harika|mükemmel|çok güzel|süper|olur|tamamdır|hay hay)",
        "(yardımcı olmaktan|yardımcı olmak) ~ (memnuniyet|mutluluk|keyif|memnun)",
        "(size|sana|sizlere) ~ (yardımcı olabilirim|yardımcı olabiliriz|yardımcı olayım|yardımcı olalım|yardımcı olacağım|yardımcı oluyorum|destek olabilirim|destek olayım)",
        "(iyi haber|güzel haber|müjde)",
        "(hemen|şimdi|derhal) (ilgileniyorum|ilgileniyoruz|kontrol ediyorum|kontrol ediyoruz|bakıyorum|bakıyoruz|hallediyorum|hallediyoruz|yardımcı oluyorum)",
        "(harika|mükemmel|çok iyi|güzel|başarılı|teşekkür ederiz) (bir|) (iş|soru|fikir|seçim|çalışma)",
    ),
    # Politeness strategies (Brown & Levinson; Danescu-Niculescu-Mizil et al., 2013): softened
    # and indirect requests ("-ebilir misiniz"), deference ("efendim"), well-wishing, praise.
    "courtesy": (
        "(lütfen|rica etsem|rica ediyorum|zahmet olmazsa|mümkünse|uygunsa|müsaitseniz|müsaitsen)",
        "(efendim|hanımefendi|beyefendi|sayın|değerli|kıymetli|sevgili)",
        "(ne dersiniz|ne dersin|ne düşünüyorsunuz|ne düşünüyorsun|sizce|bence de|size uygun mu|uygun mudur)",
        "(kolay gelsin|geçmiş olsun|iyi çalışmalar|elinize sağlık|emeğinize sağlık|tebrikler|tebrik ederim)",
        "(yardımcı olabilir|bakabilir|iletebilir|gönderebilir|yazabilir|paylaşabilir|kontrol edebilir|bildirebilir|açıklayabilir|söyleyebilir|verebilir|yapabilir|rica edebilir|bekleyebilir|teyit edebilir|dener|eder|bakar|yazar|gönderir|iletir|paylaşır|verir|bildirir) (misiniz|mısınız|misin|mısın|musunuz|musun)",
        "(acaba|şayet|eğer mümkünse|mümkün mü|mümkün müdür|olabilir mi|mümkün olur mu)",
        "(bu arada|ayrıca bir sorum|bir sorum|bir şey soracağım|bir şey sormak istiyorum|sormak istiyorum|sormak istedim|merak ediyorum|merak ettim)",
        "(rica ederim|zahmet olmazsa|zahmet olacak ama|kusura bakmayın ama|rahatsız ediyorum ama)",
        "(önceden|şimdiden) (teşekkür*|teşekkürler|sağ olun)",
        "(umarım|dilerim|temenni ederim) ~ (iyisinizdir|iyisindir|yardımcı olur|işinize yarar|faydalı olur)",
    ),
    "discourtesy": (
        "(neden|niye|niçin|ne diye) ~ (sildin|sildiniz|kaldırdın|kaldırdınız|değiştirdin|değiştirdiniz|geri aldın|geri aldınız|yaptın|yaptınız|yazdın|yazdınız|bozdun|bozdunuz)",
        "(saçmalık*|saçmalama*|saçmalıyorsun*|ne saçma|aptalca|rezalet|utanmaz*|ayıp|yazıklar olsun|komik misiniz|dalga mı)",
        "(umurumda değil|bana ne|ne yapayım|ne yapalım|sana ne|size ne)",
        "(bırakın|bırak|kesin|kes) (artık|şunu|bunu)",
        "(ciddi misiniz|ciddi misin|şaka mı yapıyorsunuz|şaka mı yapıyorsun|kör müsünüz|kör müsün|deli misiniz|deli misin)",
        "(aslında|gerçek şu ki|işin aslı)",
        "(okumanız|okuman|öğrenmeniz|öğrenmen|anlamanız|anlaman) (lazım|gerek|gerekiyor)",
    ),
    # Bald questions put straight to the listener (the "direct question" strategy).
    "direct_question": (
        "(ne|neden|niye|nasıl|nerede) (yapıyorsun|yaptın|yaptınız|yapıyorsunuz|istiyorsun|istiyorsunuz|diyorsun|diyorsunuz|anlatıyorsun|anlatıyorsunuz)",
    ),
    "argumentative": (
        "(bu|o|söyledikleriniz|söyledikleriniz) (doğru değil|gerçeği yansıtmıyor|öyle değil|doğru değildir)",
        "(yanılıyorsunuz|yanılıyorsun|yanlış anladınız|yanlış anladın|haksızsınız|haksızsın|yanlışınız var|yanlışın var)",
        "(sizin|senin|tamamen sizin|tamamen senin) (hatanız|hatan|suçunuz|suçun|sorununuz|sorunun|probleminiz|problemin|kusurunuz|kusurun)",
        "aslında (öyle değil|hayır|siz|sen|yanlış)",
        "(ben|biz) (öyle|böyle|bunu) (bir şey|) (demedim|demedik|söylemedim|söylemedik)",
        "(bu|öyle) (olmaz|saçmalık|saçma)",
        "(mantıklı değil|mantıksız|anlamsız)",
    ),
    "condescension": (
        "(daha önce|az önce|zaten|defalarca|kaç kez|kaç defa|birkaç kez) (dediğim|söylediğim|belirttiğim|açıkladığım|anlattığım) gibi",
        "(zaten|az önce|defalarca|daha önce de) (söyledim|söyledik|belirttim|belirttik|açıkladım|açıkladık|anlattım|anlattık)",
        "(çok|gayet|oldukça|son derece) (basit|kolay|açık|belli|net)",
        "(okumadınız mı|okumadın mı|dinlemiyorsunuz|dinlemiyorsun|anlamıyor musunuz|anlamıyor musun|anlamadınız mı|anlamadın mı)",
        "(tekrar|bir daha|yeniden) (açıklıyorum|anlatıyorum|söylüyorum|açıklayayım|anlatayım)",
        "dikkatli(ce|) (okuyun|okuyunuz|dinleyin|dinleyiniz|oku|dinle)",
        "(herkes|çocuk bile|bir çocuk bile) (bilir|yapabilir|anlar)",
        "(belli ki|anlaşılan|besbelli|apaçık)",
    ),
    "impatience": (
        "(sakin olun|sakin ol|sakin olunuz|sakinleşin|sakinleş|sakinleşiniz)",
        "(bağırmayın|bağırma|bağırmayınız|sözümü kesmeyin|lafımı kesmeyin|sözümü kesme|lafımı kesme)",
        "(vaktim yok|zamanım yok|vaktimiz yok|zamanımız yok|bütün gün*)",
        "(kısa kesin|kısa kes|sadede gelin|sadede gel|çabuk olun|çabuk ol|acele edin|acele et)",
        "(kaç kere|kaç kez|kaç defa|son kez|son kere) (söyleyeceğim|söyleyeyim|söyledim|söylüyorum|anlatacağım)",
        "(dinleyin|dinle) (beni|bakın|bak)",
        "(yeter|bu kadar) (artık|yeter)",
    ),
    "unauthorized_concession": (
        "(sadece|yalnızca|yalnız) (bu|bir) (seferlik|seferliğine|kereliğine|kerelik|defalık|defaya mahsus)",
        "(bir|bu) (defaya|seferliğine) mahsus",
        "(istisna|ayrıcalık|istisnai) ~ (yapıyorum|yapacağım|yapabilirim|yapayım|tanıyorum|yapıyoruz|yapalım)",
        "(kimseye|müdürüme|yöneticime|amirime) (söylemeyin|söyleme|bahsetmeyin|bahsetme)",
        "aramızda (kalsın|kalacak)",
        "(kural*|prosedür*|politika*) (dışı|dışında|esnet*|çiğne*)",
        "(normalde|aslında|kurallara göre) ~ (yapamıyoruz|yapamayız|yapmamız gerek|yapmıyoruz|yasak) ama",
    ),
    "follow_up_check": (
        "(sorun|problem|sorununuz|probleminiz|sorunun|arıza|arızanız) ~ (çözüldü mü|çözülmüş mü|giderildi mi|devam ediyor mu|düzeldi mi|halloldu mu)",
        "(işe yaradı mı|işinize yaradı mı|yardımcı olabildim mi|yardımcı olabildik mi|çalışıyor mu|düzeldi mi|oldu mu|tamam mı|sorun var mı)",
        "(kontrol edip|deneyip|bakıp) (bilgi|dönüş|haber) (verebilir|verir|verin|verebilirsiniz)",
        "tekrar (dener misiniz|deneyebilir misiniz|dener misin|kontrol eder misiniz)",
        "(tekrar|yeniden) (arayıp|ulaşıp|kontrol edip) ~ (soracağım|soracağız|bilgi alacağım|teyit edeceğim)",
    ),
    "greeting": (
        "(merhaba|merhabalar|selam|selamlar|hoş geldiniz|hoşgeldiniz|hoş geldin|hoşgeldin|günaydın|tünaydın|iyi günler|iyi akşamlar)",
        "(size|sana|sizlere) nasıl (yardımcı olabilirim|yardımcı olabiliriz|yardım edebilirim|destek olabilirim)",
        "(nasıl yardımcı olabilirim|nasıl yardımcı olabiliriz|ne için aramıştınız)",
        "(benim adım|ile görüşüyorsunuz|ile yazışıyorsunuz|ben müşteri temsilcisi)",
        "(aradığınız|bize ulaştığınız|bizi aradığınız|bize yazdığınız) için (teşekkür*)",
    ),
    "closing": (
        "(iyi günler|iyi akşamlar|iyi geceler|iyi hafta sonları|iyi haftalar|iyi çalışmalar|güzel günler|keyifli günler|sağlıklı günler) (dilerim|dileriz|diliyorum|diliyoruz)",
        "(hoşça kalın|hoşçakalın|hoşça kal|görüşmek üzere|kendinize iyi bakın|kendine iyi bak|esen kalın|saygılarımla|saygılarımızla|sevgiler|selametle)",
        "(bizi tercih ettiğiniz|aradığınız|bize ulaştığınız|sabrınız|anlayışınız|ilginiz|zaman ayırdığınız|beklediğiniz|görüşme için) (için|) (teşekkür*|çok teşekkür*)",
        "(çekinmeden|tereddüt etmeden|dilediğiniz zaman|istediğiniz zaman) ~ (ulaş*|iletişime geç*|yaz*|ara*)",
        # "anything else?" closes the conversation; it checks no fix
        "(başka|farklı|ek) (bir|) (konuda|sorunuz|sorun|isteğiniz|talebiniz|yardımcı olabileceğim|yapabileceğim|bir şey|bir konu|konu|sorunuz var mı)",
    ),
    # -- what the competencies read beyond the politeness and service phrases ----------------
    # Reassurance: the agent takes the pressure off ("acele etmeyin", "sizin hatanız değil").
    "reassurance": (
        "(hiç|) (acele|telaş) (etmeyin|etmeyiniz|etme|yok|etmenize gerek yok)",
        "(endişelenmeyin|endişelenmeyiniz|endişelenme|merak etmeyin|merak etmeyiniz|merak etme|üzülmeyin|üzülmeyiniz|üzülme|telaşlanmayın|telaşlanma|panik yapmayın|panik yapma|kafanıza takmayın|kafana takma|dert etmeyin|dert etme)",
        "(içiniz|için|gönlünüz) rahat (olsun|olabilir)",
        "(rahat olun|rahat olabilirsiniz|rahat ol)",
        "(sizin|senin) (hatanız|suçunuz|kusurunuz|hatan|suçun|kusurun) (değil|yok)",
        "(özür dilemenize|özür dilemene|kendinizi suçlamanıza|üzülmenize|endişelenmenize) (hiç|) gerek yok",
        "(herkesin|hepimizin) (başına gelebilir|başına geliyor|yaşayabileceği bir şey)",
        "(bunu|bu sorunu|sorununuzu|bu işi|durumu) (birlikte|beraber|mutlaka|kesinlikle|hemen) (çözeceğiz|halledeceğiz|çözelim|halledelim|çözüme kavuşturacağız|düzelteceğiz)",
        "(her adımda|sonuna kadar|süreç boyunca) (yanınızdayım|yanınızdayız|yanınızda olacağım|yanınızda olacağız|sizinleyim|sizinleyiz)",
        "(çok güzel|güzel|çok iyi|iyi|yerinde|haklı) bir soru",
        "adım adım (ilerleyelim|gidelim|yapalım|ilerleyeceğiz|gideceğiz)",
        "(doğru yoldasınız|çok iyi gidiyorsunuz|harika gidiyorsunuz|gayet iyi gidiyorsunuz|çok güzel gidiyorsunuz|her şeyi doğru yapmışsınız|doğru yapmışsınız)",
        "(hiç|hiçbir) (sorun|problem|mahsuru) (yok|değil)",
        "(tam olarak|aynen) (öyle|doğru|bu)",
        "(acele etmeden|acelesiz|keyfinize göre)",
    ),
    # Formulaic regret said to everyone ("yaşanan aksaklık için özür dileriz"): better than
    # nothing, less than words about this customer's situation.
    "stock_empathy": (
        "(yaşanan|yaşanmış olan|oluşan|olası|yaşattığımız|verdiğimiz|sebep olduğumuz|neden olduğumuz|yaşatmış olduğumuz) ~ (aksaklık*|olumsuzluk*|mağduriyet*|rahatsızlık*|gecikme*|sıkıntı*|deneyim*) ~ (özür|üzgün*|üzülerek)",
        "(herhangi bir|olası|oluşabilecek) (aksaklık*|olumsuzluk*|rahatsızlık*|mağduriyet*) (için|nedeniyle|dolayı|sebebiyle)",
        "(anlayışınız|sabrınız|ilginiz|anlayışınıza|sabrınıza) (için|) (teşekkür*|minnettarız|çok teşekkür*)",
        "(göstermiş olduğunuz|gösterdiğiniz) (anlayış|sabır|anlayışınız|sabrınız) (için|) (teşekkür*|minnettarız|şükranlarımızı)",
        "(hayal kırıklığınızı|endişenizi|tepkinizi|kızgınlığınızı|memnuniyetsizliğinizi|hassasiyetinizi) (anlıyorum|anlıyoruz|anlayışla karşılıyoruz|anlayışla karşılıyorum|paylaşıyoruz|paylaşıyorum)",
        "(geri bildiriminiz|geri bildirimleriniz|görüşleriniz|memnuniyetiniz|değerlendirmeniz|müşterimiz olmanız) (bizim için|) (değerli|önemli|çok değerli|çok önemli)",
        "(konuyu|konunuzu|talebinizi|şikayetinizi|bildiriminizi) (önemle|ciddiyetle|hassasiyetle|titizlikle) (takip ediyoruz|değerlendiriyoruz|ele alıyoruz|inceliyoruz|takip edeceğiz|değerlendireceğiz)",
        "(değerli|kıymetli) (müşterimiz|müşterilerimiz|üyemiz|abonemiz)",
    ),
    # Words that make light of the customer's trouble or answer it with procedure.
    "dismissive": (
        "(bu|böyle şeyler|bu tür şeyler|bunlar|öyle şeyler) (sık sık|her zaman|hep|çok sık|sıklıkla|arada bir|sürekli) (oluyor|olur|yaşanıyor|yaşanır|oluyor yani)",
        "(olur böyle şeyler|olur öyle şeyler|böyle şeyler olur|böyle şeyler olabiliyor|olabiliyor böyle şeyler|bunlar olur|olağan bir durum|normal bir durum)",
        "(bu kadar|o kadar) (büyütmeyin|büyütecek bir şey yok|önemli değil|abartmayın|büyütmeye gerek yok|da abartmayın)",
        "(abartıyorsunuz|abartıyorsun|abartmayın|abartma|büyütmeyin|büyütme|dramatize etmeyin)",
        "(sistem|işler|kurallar|prosedür|işleyiş|durum) (böyle|bu şekilde) (işliyor|işler|maalesef|)",
        "(bilginize|bilgilerinize) (sunarız|sunulur|rica ederiz)",
        "(not aldım|not aldık|not alındı|not ettim|not edilmiştir|kayda geçildi)",
        "(ne yapalım|napalım|ne yapabiliriz ki|elden ne gelir|yapacak bir şey yok)",
        "(alışırsınız|alışacaksınız|idare edin|idare edersiniz|katlanmanız gerekiyor)",
        "(öyle gelmiş öyle gider|hep böyleydi|her zaman böyle)",
    ),
    # Hurrying the customer along.
    "hurrying": (
        "(kısa tutalım|kısa keselim|toparlayalım|toparlamamız gerekiyor|bitirmemiz gerekiyor|sonlandırmamız gerekiyor|hızlıca bitirelim|konuyu kapatalım)",
        "(sırada|hatta|kuyrukta|bekleme salonunda) (bekleyen|bekleyen başka|başka|çok) ~ (müşteri*|arayan*|çağrı*|kişi*)",
        "(başka|diğer) (müşteriler*|arayanlar|çağrılar|müşterim) (bekliyor|var)",
        "(çok|fazla|pek) (vaktim|zamanım|vaktimiz|zamanımız) (yok|kalmadı)",
        "(hızlı|çabuk|kısa) (olalım|geçelim|ilerleyelim|olursanız|olmamız lazım|olmamız gerekiyor)",
        "(hızlıca|kısaca|özetle) (geçelim|söyleyin|söyler misiniz|anlatın|anlatır mısınız|özetleyin)",
        "(başka|başka bir) (şey|sorunuz|talebiniz|konu) (var mı|yok mu|yoksa) ? (yok|tamam|peki|o zaman|güzel|iyi)",
        "(bu kadar mı|hepsi bu mu|başka yok mu|bitti mi) ?",
    ),
    # Putting right what the agent said a moment ago.
    "self_correction": (
        "(yani|pardon|özür dilerim|affedersiniz|hayır|yok) (demek istedim|demek istiyorum|yanlış söyledim|yanlış söyledim)",
        "(demek istedim|yanlış söyledim|yanlış söylüyorum|yanlış ifade ettim|yanlış bilgi verdim|hatalı bilgi verdim|eksik bilgi verdim|yanılmışım|yanıldım|yanlış anlatmışım|yanlış okudum|yanlış okumuşum|yanlış baktım|yanlış bakmışım|düzeltiyorum|düzelteyim|bir düzeltme)",
        "(kusura bakmayın|pardon|affedersiniz|özür dilerim) ~ (yanlış|hatalı|eksik) (söyledim|bilgi|ifade|okudum)",
        "(az önce|biraz önce|demin|önceki mesajımda) ~ (söylediğimi|söylediğim|verdiğim bilgiyi|yazdığımı|yazdığım) ~ (dikkate almayın|unutun|düzelteyim|düzeltiyorum|yanlış|hatalı)",
        "(pardon|yok yok|hayır hayır|dur|bir saniye) (öyle değil|değil|değildi|yanlış|hatalı|pardon)",
        "(size|sana) yanlış (bilgi|tarih|rakam|tutar|numara) (verdim|vermişim|söyledim|söylemişim)",
        "(özür dilerim|kusura bakmayın|pardon) (benim|bizim) (hatam|hatamız)",
    ),
    # Not knowing a basic fact and going to someone else for it.
    "checks_with_others": (
        "(arkadaşıma|arkadaşlarıma|ekip arkadaşıma|yöneticime|amirime|süpervizörüme|ekip liderime|ilgili birime|ekibime|teknik ekibe|uzman arkadaşıma|bir arkadaşa|birimime|bir arkadaşıma|kıdemli arkadaşıma) ~ (soruyorum|sorayım|danışayım|danışıyorum|soracağım|danışacağım|teyit ettireyim|kontrol ettireyim|sormam gerek*|danışmam gerek*|sorup|danışıp)",
        "(emin değilim|bilmiyorum|bilemiyorum|yeniyim|henüz yeniyim) ~ (sorayım|danışayım|soracağım|danışacağım|sorup|danışıp|öğreneyim|öğrenip)",
        "(sorup|danışıp|teyit edip|öğrenip|araştırıp) (size|sana|) (döneceğim|dönüş yapacağım|bilgi vereceğim|söyleyeceğim|döneyim|bilgi vereyim|döneceğiz|bilgi vereceğiz)",
        "(bu bilgi|o bilgi|bu detay|bu bilgiye|o bilgiye) (bende|ekranımda|sistemimde|elimde) (yok|görünmüyor|gözükmüyor|ulaşamıyorum|erişimim yok)",
        "(benim|bizim) (yetkim|alanım|birimim|departmanım|uzmanlığım) (dışında|değil|yok)",
        "(yetkim|yetkimiz|erişimim|erişimimiz) (yok|dahilinde değil|yetmiyor|bulunmuyor)",
    ),
    # Sending the customer to find out for themselves.
    "deflection": (
        "(web sitemizden|sitemizden|internet sitemizden|web sitemize|sitemize|uygulamamızdan|uygulamamıza|mobil uygulamadan|sıkça sorulan sorular*|sss|yardım sayfa*|destek sayfa*) ~ (bakabilirsiniz|öğrenebilirsiniz|inceleyebilirsiniz|ulaşabilirsiniz|kontrol edebilirsiniz|takip edebilirsiniz|bakınız|bakın|bakmanız|göz atabilirsiniz|göz atın|bulabilirsiniz)",
        "(bankanızla|bankanıza|kargo firmasıyla|kargo firmasına|kargo şirketiyle|kargo şubesine|satıcıyla|satıcıya|üreticiyle|üreticiye|yetkili servise|servisle|mağazayla|mağazaya|operatörünüzle|operatörünüze|sigorta şirketinizle|sigortanızla|havayolu şirketiyle|havayoluyla|otelle|otele|bayiye|bayiyle) ~ (görüşmeniz|iletişime geçmeniz|başvurmanız|sormanız|irtibata geçmeniz|görüşebilirsiniz|iletişime geçebilirsiniz|başvurabilirsiniz|görüşün|iletişime geçin|başvurun|sorun|görüşmelisiniz|sormalısınız)",
        "(kendiniz|kendin) ~ (bakmanız|kontrol etmeniz|öğrenmeniz|bakabilirsiniz|araştırabilirsiniz|takip etmeniz|araştırmanız|bulmanız)",
        "(bu|bu konu|o konu|bu durum|bu sorun) (bizimle|bizim birimimizle|bizim departmanımızla|firmamızla|bizim) (ilgili değil|alakalı değil|ilgisi yok|alakası yok)",
        "(bizimle|bizim) (bir ilgisi|ilgisi|alakası|bir alakası) (yok)",
        "(bizim taraftan|bizim tarafımızdan|buradan|ekranımdan|bizim sistemimizden) (göremiyorum|göremiyoruz|kontrol edemiyorum|kontrol edemiyoruz|göremem|bakamıyorum|bakamıyoruz|müdahale edemiyoruz|müdahale edemiyorum)",
    ),
    # Saying what the rule, the system or the stock does not allow: a blocked first solution.
    "policy_statement": (
        "(şirket|firma|kurum|mağaza) (politikamız|politikası|kurallarımız|prosedürümüz|prosedürü|kuralı|kuralları|politikamız gereği)",
        "(politikamız|prosedürümüz|kurallarımız|kuralımız|prosedür|yönetmelik|mevzuat|sözleşme|sözleşmeniz|taahhüdünüz|kampanya koşulları|kullanım koşulları|şartlar|koşullar|kurallar) ~ (gereği|gereğince|uyarınca|gereğince|izin vermiyor|elvermiyor|müsaade etmiyor|kapsamında değil|dışında)",
        "(sadece|yalnızca|yalnız|ancak) (hafta içi|hafta içleri|mesai saatlerinde|mesai saatleri içinde|iş günlerinde|çalışma saatlerinde|şubelerimizden|şubeden|mağazalarımızdan|online olarak|hat sahibi|kart sahibi|abone|fatura sahibi|hesap sahibi)",
        "(izin verilmiyor|izin verilmemektedir|yapılamamaktadır|mümkün olmamaktadır|mümkün değildir|yapılmamaktadır|kabul edilmemektedir|kabul edilmiyor|sunulmamaktadır|verilmemektedir)",
        "(uygun değil|uygun değildir|kapsam dışı|kapsam dışında|kapsamında değil|kapsamı dışında|garanti dışı|garanti kapsamı dışında|hak kazanmıyor|hak kazanamıyorsunuz|faydalanamıyorsunuz)",
        "(stokta yok|stoklarımızda yok|stoklarda yok|stoklarımızda kalmadı|tükendi|tükenmiştir|satışı durduruldu|üretimi durduruldu|kontenjan dolu|yer kalmadı|müsait randevu yok|randevu kalmadı|tamamen dolu|boş yer yok)",
        "(sistem|sistemimiz) ~ (izin vermiyor|kabul etmiyor|müsaade etmiyor|vermiyor|açmıyor|engelliyor|almıyor)",
        "(istisna|ayrıcalık) (yapamıyoruz|yapamayız|yapamam|yapılamıyor|tanıyamıyoruz|yapılamamaktadır)",
        "(iade|cayma|iptal|garanti|itiraz|değişim) (süresi|süreniz|hakkı|hakkınız|hakkınızın süresi) ~ (dolmuş|doldu|geçmiş|geçti|bitmiş|sona ermiş|sona erdi|aşılmış)",
        "(süresi|süreniz|süresini) (dolmuş|doldu|geçmiş|sona ermiş|aşmış|aştınız)",
    ),
    # A way round a blocked first solution: another route, another option, an exception asked.
    "alternative": (
        "(bunun yerine|onun yerine|alternatif olarak|başka bir yol olarak|diğer bir seçenek olarak|ikinci bir seçenek olarak)",
        "(başka|farklı|alternatif|diğer|ikinci) bir (yol|seçenek|yöntem|çözüm|alternatif|imkan|olanak|yolu|seçeneğimiz)",
        "(başka|farklı|diğer|alternatif) (seçenekler*|yollar*|çözümler*|imkanlar*|alternatifler*|seçeneğimiz|yolumuz)",
        "(ama|ancak|fakat|yine de) (sizin için|size) ~ (yapabilirim|yapabiliriz|ayarlayabilirim|ayarlayabiliriz|sunabilirim|sunabiliriz|önerebilirim|önerebiliriz|deneyebiliriz|bakabilirim|bakabiliriz|gönderebilirim|gönderebiliriz)",
        "(ama|ancak|fakat|yine de) (şunu|şöyle bir şey|bir çözüm|bir alternatif|başka bir şey) ~ (yapabilirim|yapabiliriz|sunabilirim|sunabiliriz|önerebilirim|önerebiliriz|deneyebiliriz)",
        "(sizin için|size) (yapabileceğim|yapabileceğimiz) (şey|şu|şudur)",
        "(istisna|ayrıcalık|iyi niyet*|jest) ~ (talep edebilirim|talep edeyim|rica edebilirim|rica edeyim|isteyebilirim|isteyeyim|sorabilirim|sorayım|talep edeceğim)",
        "(bakayım|kontrol edeyim|araştırayım|öğreneyim|inceleyeyim) ~ (mümkün mü|yapabilir miyiz|var mı|olur mu|mümkün olur mu)",
        "(sizin için|size) ~ (ayarladım|ayarladık|ayırdım|ayırdık|buldum|bulduk|tanımladım|tanımladık|taşıdım|taşıdık)",
        "(bu|şu|bu seçenek|bu çözüm) (size|sizin için) (uygun olur mu|uyar mı|olur mu|daha uygun olur mu|uygun mu)",
        "(bu|o) (da|) (olmazsa|işe yaramazsa|çözmezse|uygun olmazsa)",
        "(geçici|ara) (bir|) (çözüm|çözüm olarak)",
        "(istisna|ayrıcalık) (yapabilirim|yapabiliriz|tanıyabilirim|tanıyabiliriz)",
        # "otherwise", and a fallback put as a condition ("gidemezseniz ..., gönderebiliriz")
        "(yoksa|aksi halde|aksi takdirde|gidemezseniz|gelemezseniz|yapamazsanız|alamazsanız|uymazsa|uygun olmazsa|işe yaramazsa|bulamazsanız|ulaşamazsanız)",
        # a concrete step the agent can take instead ("we can send / arrange / move")
        "(gönderebiliriz|gönderebilirim|ayarlayabiliriz|ayarlayabilirim|ayırabiliriz|ayırabilirim|taşıyabiliriz|taşıyabilirim|değiştirebiliriz|değiştirebilirim|önerebiliriz|deneyebiliriz|bölebiliriz|erteleyebiliriz|erteleyebilirim|yönlendirebiliriz|planlayabiliriz|planlayabilirim|rezerve edebiliriz|teklif edebiliriz|teklif edebilirim)",
    ),
    # Pausing the conversation to look something up; with a length, the wait is announced.
    "hold": (
        "(kontrol ediyorum|kontrol edeyim|bakıyorum|bakayım|inceliyorum|inceleyeyim|araştırıyorum|araştırayım|sorguluyorum|sorgulayayım|kontrol edip|hemen bakıyorum)",
        "(bir|kısa bir|birkaç) (dakika|saniye|dakikanızı|saniyenizi|dakikalığına|saniyeliğine|dakikanızı rica)",
        "(hatta kalın|hatta kalınız|hatta kalabilir misiniz|hattan ayrılmayın|hattan ayrılmayınız|beklemede kalın|beklemede kalınız|bekletiyorum|bekleteceğim|beklemeye alıyorum|beklemeye alacağım|kısa bir bekleme)",
        "(sizi|seni) (kısa bir süre|biraz|bir dakika|birkaç dakika|kısa bir süreliğine) (bekleteceğim|bekletiyorum|beklemeye alıyorum|beklemeye alacağım)",
        "(müsaadenizle|izninizle|müsaade ederseniz) ~ (kontrol|bakayım|bakıyorum|inceleyeyim|bakacağım)",
        "(birkaç|iki|üç|beş|bir) (dakika|saniye) (sürebilir|sürecek|alabilir|alacak)",
        "(hemen|birazdan) (dönüyorum|döneceğim|geliyorum|sizinleyim)",
    ),
    # Asking the customer for a piece of information about them or their case.
    "info_request": (
        "(sipariş|müşteri|abone|abonelik|hesap|kart|poliçe|fatura|takip|kargo takip|referans|başvuru|şikayet|talep|kayıt|sözleşme|hat|telefon|cep telefonu|tc kimlik|tc|kimlik|üyelik|rezervasyon|pnr|bilet|seri|gönderi|dosya) (numaranızı|numaranız|numarasını|numarası|numaranı|no|kodunuzu|kodunu)",
        "(e-posta|eposta|mail|e-mail|email) (adresinizi|adresiniz|adresini)",
        "(adınızı|ad soyadınızı|adınız soyadınız|ad soyad|soyadınızı|doğum tarihinizi|doğum tarihiniz|adresinizi|açık adresinizi|posta kodunuzu|kullanıcı adınızı|telefon numaranızı|iletişim bilgilerinizi|imei numarasını)",
        "(son|ilk) (dört|4|altı|6) (hanesini|hanesi|hanenizi|rakamını|rakamı|hane|hanesi nedir)",
    ),
    # A promise with no owner, time or reference: nothing to hold anyone to.
    "vague_promise": (
        "(ilgili birim|ilgili birimimiz|ilgili ekip|ilgili ekibimiz|ekibimiz|arkadaşlarımız|birimimiz|uzmanlarımız|yetkili birim|ilgili departman|ilgili arkadaşlar|teknik ekip|teknik ekibimiz) ~ (size|sizinle|sizi|sana) ~ (dönüş|iletişime|arayacak|ulaşacak|dönecek|bilgilendirecek|dönecektir|ulaşacaktır)",
        "(en kısa sürede|en kısa zamanda|kısa süre içinde|yakında|ilk fırsatta|en yakın zamanda|kısa sürede) ~ (dönüş*|ilgilenil*|çözül*|halledil*|sağlanacak|yapılacak|dönülecek|iletişime geçilecek|değerlendiril*)",
        "(talebiniz|şikayetiniz|kaydınız|konunuz|sorununuz|durumunuz|bildiriminiz) ~ (iletildi|iletilmiştir|aktarıldı|aktarılmıştır|yönlendirildi|yönlendirilmiştir|kayda alındı|kayda alınmıştır|değerlendirmeye alındı|değerlendirmeye alınmıştır|incelemeye alındı|incelemeye alınmıştır)",
        "(elimden geleni|elimizden geleni) (yapacağım|yapacağız|yaparım|yaparız)",
        "(bakalım|bir bakalım) ne (yapabiliriz|yapabilirim|olacak)",
        "(yakında|birazdan|en kısa sürede|kısa sürede|zamanla|bir süre sonra) ~ (halledil*|çözül*|düzel*|hallol*|normale dön*|çözüme kavuş*)",
        "(her şey|herşey) (yoluna girecek|düzelecek|halledilecek|çözülecek|yolunda gidecek)",
        "(gerekeni|gereğini|gerekli işlemleri) (yapacağız|yapacağım|yaparız)",
        "(gereği|gereken|gerekli işlemler|gerekli işlem) (yapılacak|yapılacaktır|yapılır)",
    ),
    # A reference named aloud, so a promise can be traced ("kayıt numaranız 4 5 7 2").
    "_reference": (
        "(referans|takip|kayıt|talep|şikayet|başvuru|dosya|arıza|bilet|işlem) (numaranız|numarası|numaranızı|kodunuz|kodu|no|numarası şu)",
        "(sizin|senin) (referans|takip|kayıt|talep|şikayet|başvuru|dosya|arıza) (numaranız|numaran|kodunuz|kodun)",
    ),
    # Words a customer should not need to know (a pack-level list; acronyms are found by case).
    "jargon": JARGON,
    "_suppress": (
        # an offer of help put as a question is no hedge ("yardımcı olabilir miyim?")
        "(yardımcı|destek) olabilir (miyim|miyiz)",
        "(üzgünüm|özür dilerim|kusura bakmayın) (ama|fakat|ancak)",
        "(teşekkür*|sağ ol*) ama (gerek yok|istemiyorum)",
        "(hayır|yok) teşekkür*",
        "(kolay|olur) olur",
        "ne demek (istiyorsunuz|istiyorsun|bu)",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        # Vulgar swearing. Forms are listed, not stemmed, where a stem would reach innocent
        # words. Written to a contact centre these are said in anger; the praise use ("amk çok
        # hızlı geldi") is suppressed below, and the milder curses ("lanet", "kahretsin",
        # "boktan") are left to the structural detector, which counts them when the sentence is
        # angry or aimed at the listener.
        "(amk|amq|aq|amına|amina|amını|amini|amcık*|amcik*|amınakoy*|aminakoy*|amınıza|aminiza)",
        "(siktir|siktirin|hassiktir|sktr)",
        "(siktir git|siktirin gidin|siktir olun|siktir ol|siktirgit|sikerim|sikeyim|sikiyim|sikik*|siken*|sikicem|sikecem|sikeceğim|sikerler|siktiğim|siktiğimin|sokayım|sokam|skm|skrm|skerim)",
        "(orospu*|orosbu*|oç|oçe|piçler|piçin|piçi|piç kurusu|pic kurusu|yarrak*|yarak|yarram|yarağ*|taşşak*|taşak*|göt|götü|götün|götünü|götüne|götlek*|götveren*|götoş*)",
        "(ananı|ananin|ananızı|ananizi|anasını|anasini|bacını|bacini|avradını|avradini|sülaleni|sülalenizi)",
        # Insults that are abusive whoever they aim at (slurs and the harshest words); the
        # evaluations of a person ("salak", "beceriksiz", "yalancı") are abuse when aimed at the
        # listener, which the structural detector finds from INSULT_WORDS ("Salak mısınız?",
        # "Siz tam bir beceriksizsiniz"), not in "kendimi aptal gibi hissettim" or
        # "köpek maması", "kutu ezik geldi".
        "(gerizekalı*|gerzek*|dangalak*|şerefsiz*|namussuz*|haysiyetsiz*|ahlaksız*|yavşak*|pezevenk*|kahpe*|kaltak*|ibne*|puşt*|lavuk*|dallama*|mankafa*|andaval*|gavat*|kevaşe*|sürtük*|embesil*|soysuz*|rezil herif|adi herif|it oğlu|itoğlu*|hayvan herif|geri zekalı*|şerefsizler)",
        "(mal mısın|malsın|malsınız|malın teki|mal herif|mal adam|mal mısınız)",
        _AIMED_INSULTS,
        _INSULT_QUESTION,
        "(hödük*|angut*|keriz*|pezo|kıro|ulan|hayvan gibi|öküz gibi)",
        "(bokunu|bokum|sıçayım|sıçarım|sıçtın|ağzına sıçayım)",
        "(defol*|geber*|kahrolsun|kahrolası|lanet olası|allah belanı*|allah belanızı*|belanı versin|belanızı versin|yerin dibine*|cehenneme kadar yolun var)",
        "(sizi|seni|hepinizi) ~ (öldürürüm|öldüreceğim|gebertirim|mahvedeceğim|döverim|döveceğim|bulacağım)",
    ),
    "customer_frustration": (
        "(rezalet*|rezil|berbat*|saçma*|skandal|kabul edilemez|bıktım|bıktık|bıktırdınız|usandım|sinir oldum|sinirlendim|sinirim bozuldu|çıldıracağım|kızgınım|öfkeliyim|mağdur*|şikayetçiyim|yazıklar olsun|utanın|pişmanım|felaket|korkunç|iğrenç|vasat|yetersiz*)",
        "(hala|hâlâ|halen|hâlen) (gelmedi|çözülmedi|bekliyorum|cevap yok|dönüş yok|yok|olmadı|düzelmedi|ulaşmadı|çalışmıyor|açılmıyor|gelmiyor|dönmediniz|dönüş yapılmadı)",
        "(yine|gene|tekrar) (mi|mı|aynı|olmadı|bozuldu|çalışmıyor|gelmedi)",
        "(kaç gündür|kaç haftadır|kaç aydır|kaç saattir|günlerdir|haftalardır|aylardır|saatlerdir) ~ (bekliyorum|arıyorum|ulaşamıyorum|yazıyorum|uğraşıyorum|bekliyoruz|cevap|dönüş)",
        "(kaç kere|kaç defa|kaç kez|defalarca) (aradım|yazdım|söyledim|şikayet ettim|bildirdim)",
        "(dalga mı geçiyorsunuz|dalga mı geçiyorsun|ne biçim|olacak iş değil|bu ne ya|ne saçmalık|bu nasıl hizmet)",
        "(iptal etmek istiyorum|iptal edeceğim|aboneliğimi iptal|hattımı iptal|hattımı taşıyacağım|başka firmaya geçeceğim|başka operatöre geçeceğim|paramı geri|paramı iade|iade istiyorum|tüketici hakem*|şikayetvar)",
        "(kimse|hiç kimse) (ilgilenmiyor|dönmüyor|cevap vermiyor|yardımcı olmuyor|aramadı|ulaşmadı)",
        "(yeter artık|artık yeter|bıktım artık|yeter be)",
        "(bir daha asla|asla tercih etmem|asla almam|bir daha almam)",
        "(vakit|zaman|para) kaybı",
        "(kötü|berbat|rezalet|vasat|sıfır) (hizmet|müşteri hizmetleri|destek|ilgi)",
        # A service verb negated by its own suffix ("gelmedi", "çalışmıyor"): the unmet
        # expectation that the structural detector finds from a separate negation word in other
        # languages cannot see inside one Turkish word, so the common forms are listed.
        "(gelmedi|gelmiyor|gelmemiş|ulaşmadı|ulaşmıyor|ulaşmamış|çalışmıyor|çalışmadı|açılmıyor|açılmadı|bağlanmıyor|bağlanamıyorum|düzelmedi|düzelmiyor|çözülmedi|çözülemedi|yapılmadı|yapılmamış|gönderilmedi|gönderilmemiş|edilmedi|edilmemiş|dönmediniz|dönmedi|aramadınız|aramadı|yüklenmedi|yansımadı|ödenmedi|iletilmedi|kurulmadı|bağlanmadı|aktifleşmedi|çekmiyor|girilmiyor|giremiyorum|erişemiyorum|ulaşamıyorum|ulaşamadım)",
        "(cevap|yanıt|dönüş) (vermediniz|vermiyorsunuz|vermedi|vermiyor|yapmadınız|yapmadı|yapılmadı|alamadım|alamıyorum)",
        "(sizi|seni|hepinizi|şirketinizi|firmanızı) ~ (şikayet edeceğim|mahkemeye vereceğim|dava edeceğim|dava açacağım|tüketici hakem heyetine)",
    ),
    "clarification_request": (
        "(ne demek istiyorsunuz|ne demek istiyorsun|ne demek bu|bu ne demek|ne demek oluyor)",
        "(anlamadım|anlamıyorum|anlayamadım|anlayamıyorum|tam anlayamadım|pek anlamadım)",
        "(tekrar eder misiniz|tekrar eder misin|açıklar mısınız|açıklar mısın|açar mısınız|biraz daha açar mısınız|detaylandırır mısınız|tekrarlar mısınız)",
        "(kafam karıştı|kafam karışık|kafam karıştı açıkçası)",
        "(nasıl yani|yani|pardon|efendim|ne) ?",
        "(hangi|hangisi|neyi) (kastediyorsunuz|kastediyorsun)",
        "(bu|o) ne anlama geliyor",
    ),
    "customer_thanks": (
        "teşekkür*",
        "(tşk*|tesk*|tşkr*|sağ olun|sağolun|sağ ol|sağol|sağ olasın|eyvallah|minnettarım)",
        "(çok|gerçekten|cidden) (yardımcı oldunuz|yardımcı oldun|naziksiniz|naziksin|ilgilisiniz|ilgilendiniz)",
        "(işe yaradı|oldu bu|çözüldü|düzeldi|halloldu|sorun çözüldü|tamamdır)",
        "(harika|süper|mükemmel|çok iyi|çok güzel) (teşekkür*|oldu|hizmet|ilgi)",
        "(elinize|emeğinize) sağlık",
    ),
    # Feelings and hardships: what gives the agent the occasion to show empathy.
    "customer_emotion": (
        *EMOTION_WORDS,
        "(çok|gerçekten|cidden|inanılmaz|) (endişeliyim|korkuyorum|üzgünüm|stresliyim|gerginim|çaresizim|perişanım|mahvoldum|bunaldım|tedirginim|panik oldum|panikledim|ağlıyorum|kahroldum|sinirliyim|kızgınım|kırgınım|yıkıldım|utanıyorum|mahcubum)",
        "(ağlamak üzereyim|ağlayacağım|gözyaşlarımı tutamıyorum|ağlama krizi)",
        "(annem|babam|eşim|oğlum|kızım|çocuğum|bebeğim|anneannem|babaannem|dedem|ninem|ablam|abim|kardeşim) ~ (hasta|hastanede|vefat etti|hayatını kaybetti|ameliyat*|yoğun bakımda|rahatsız|kanser|kaybettik)",
        "(vefat etti|hayatını kaybetti|rahmetli|cenazesi|başsağlığı|kaybımız)",
        "(hayatımı|günümü|tatilimi|düğünümü|haftamı|planlarımı|bayramımı|doğum günümü) (mahvetti|mahvettiniz|kararttı|berbat etti|zehir etti|mahvoldu)",
        "(uyuyamıyorum|uyuyamadım|uykularım kaçtı|uykum kaçtı|gece uyuyamadım)",
        "(param yok|borç içindeyim|geçinemiyorum|ödeyemiyorum|ödeyecek param yok|maaşım yetmiyor)",
        "kendimi ~ (aptal|kötü|suçlu|çaresiz|yalnız|rezil|kandırılmış|aldatılmış) [gibi] (hissediyorum|hissettim|hissetmiştim)",
        "(benim|kendi) (hatam|suçum)",
    ),
    # Something unstated behind the request: a life event, a constraint, a date, a worry, a
    # hedged complaint, a request put indirectly. The agent reads between the lines by taking it up.
    "customer_cue": (
        "(annem|babam|annemin|babamın|anneme|babama|eşim|eşimin|eşime|oğlum|kızım|oğlumun|kızımın|çocuklarım|çocuğum|çocuklarımın|bebeğim|ailem|ailemin|kardeşim|ablam|abim|dedem|ninem|anneannem|babaannem|ev sahibim|patronum|işverenim|komşum|kayınvalidem|kayınpederim|nişanlım|sevgilim|yaşlı annem|yaşlı babam)",
        "(taşınıyorum|taşınıyoruz|taşındım|taşındık|taşınacağım|taşınacağız|yurt dışına|yurtdışına|başka şehre|başka bir şehre|ev değiştiriyorum|ev değiştirdim|ev değiştireceğim)",
        "(yeni işime|yeni işe|yeni evime|yeni eve|işe yeni başladım|işsiz kaldım|işimi kaybettim|işten çıkarıldım|emekli oldum|emekliyim|okula başlıyor|okul başlıyor)",
        "(düğün*|nişanım|nişanlım|nişan töreni|doğum günü*|yıldönümü*|yıl dönümü*|mezuniyet*|cenaze*|tatil*|balayı*|sınav*|mülakat*|ameliyat*|randevu*|hamile*|doğum yaptım|doğum yapacağım|boşan*|ayrıldık|vefat*|bayram*|yılbaşı*|taburcu*)",
        "(hastane*|tedavi*|kemoterapi*|diyaliz*|engelli*|tekerlekli sandalye|işitme engelli|görme engelli|bakımını üstlen*|bakmak zorundayım|refakatçi*|yatalak*)",
        "(yalnız yaşıyorum|tek başıma|yalnızım|yaşlıyım|yaşlı biriyim|emekliyim|öğrenciyim|öğrenciyiz|tek ebeveyn*|bekar anne*|çocuklarla yalnız|yalnız yaşıyor|tek başına yaşıyor|yalnız kalıyor)",
        "(iyi|pek|hiç) (duymuyor|duyamıyor|göremiyor|görmüyor|yürüyemiyor|kullanamıyor)",
        "(bütçe*|maaşım|maaşımı|maaş günü|maaşım yatınca|geçinemiyorum|param yetmiyor|param yok|kirayı|faturaları ödeyemiyorum|borç*|asgari ücret*|ay sonu|ay başı|ayın sonu|ayın başı|ödeme günüm)",
        "(cumartesiye|pazara|pazartesiye|salıya|çarşambaya|perşembeye|cumaya|hafta sonuna|yarına|bu akşama|bayrama|yılbaşına|ayın sonuna|ayın) (kadar|yetişmesi|yetişir mi|yetişmeli|lazım)",
        "(yurt dışındayım|yurtdışındayım|seyahatteyim|yoldayım|tatildeyim|hastanedeyim|şehir dışındayım|askerdeyim|yurtdışına çıkıyorum|uçağım var|uçuşum var|yola çıkıyorum)",
        "(yetişmesi gerekiyor|yetişmesi lazım|yetişmeli|yetişir mi|zamanında gelmesi|vaktinde gelmesi|zamanında ulaşması|acil lazım|acilen lazım|acil ihtiyacım|acil ihtiyacımız)",
        "(endişeliyim|korkuyorum|kaygılanıyorum|endişe ediyorum|korkarım|endişem) (ki|diye|acaba|şu)",
        "(umarım|inşallah|dilerim ki|umuyorum ki)",
        "(emin değilim|bilmiyorum|bilemedim) (acaba|nasıl|ne|ki|hangisi)",
        "(idare eder|olur herhalde|fena değil ama|eh işte|neyse|neyse ne|olsun artık|ne yapalım|yapacak bir şey yok)",
        "(pek|çok da|tam olarak) (istediğim|beklediğim|umduğum) (gibi değil|değil|olmadı|gibi olmadı)",
        "(beklediğim gibi|istediğim gibi|umduğum gibi) (değil|olmadı|değildi|çıkmadı)",
        "(acaba|merak ediyorum|mümkün mü acaba|bir ihtimal|şansım var mı|olabilir mi acaba|rica etsem)",
        "(olsa|olursa) (iyi olur|güzel olur|çok iyi olur|sevinirim|memnun olurum|çok sevinirim)",
        "(artık|pek|fazla) (kullanmıyorum|kullanmıyoruz|ihtiyacım yok|ihtiyacımız yok|kullanmayacağım)",
        "(benim için|bizim için) (zor|çok zor|biraz zor)",
    ),
    # The customer cannot do what the first solution needs, or refuses it: a blocked path.
    "customer_constraint": (
        "(gelemem|gelemiyorum|gidemem|gidemiyorum|gelemeyeceğim|gidemeyeceğim|çıkamıyorum|çıkamam|bekleyemem|bekleyemiyorum|bekleyemeyiz|ödeyemem|ödeyemiyorum|yazdıramam|yazdıramıyorum|evde olamam|evde olmayacağım|evde olamayacağım|izin alamıyorum|izin alamam|telefona bakamam|telefonu açamam|açamıyorum|gidemeyiz|gelemeyiz)",
        "(yazıcım|arabam|aracım|internetim|bilgisayarım|akıllı telefonum|e-postam|mailim|kredi kartım|banka hesabım) (yok|bulunmuyor)",
        "(gün boyu|bütün gün|tüm gün|hafta içi|mesai saatlerinde|gündüzleri|akşamları|geceleri|o saatte|o saatlerde) ~ (işteyim|çalışıyorum|evde değilim|müsait değilim|yokum|evde olmuyorum|ulaşamam|bakamam)",
        "(vardiyalı çalışıyorum|gece vardiyasındayım|gece vardiyası|nöbetteyim|nöbetçiyim|gece çalışıyorum)",
        "(bu|o|bu saat|o saat|bu tarih|o tarih) (bana|benim için|bize|bizim için) (uymaz|uygun değil|olmaz|uymuyor)",
        "(sinyal yok|kapsama alanı dışında|çekim yok|şebeke yok|telefon çekmiyor|internetim yok)",
        "(o kadar|bu kadar|üç hafta|iki hafta|bir hafta|bir ay) (bekleyemem|bekleyemeyiz|bekleyecek durumda değilim|bekleyecek vaktim yok)",
        "(çok|fazla|aşırı) (uzak|pahalı|geç|uzun)",
        "(iptal etmek|kaybetmek|ödemek|beklemek|baştan başlamak|yeniden başlamak|numaramı kaybetmek) (istemiyorum|istemiyoruz)",
        "(benim için|bizim için) (bir seçenek değil|mümkün değil|seçenek değil|imkansız)",
    ),
    # The customer says the agent's answer was wrong or the step already failed.
    "customer_correction": (
        "(öyle değil|bu doğru değil|doğru değil|bu yanlış|yanlış bilgi|hayır öyle değil|o değil|onu demedim|onu sormadım|bunu sormadım|ben öyle demedim|öyle demedim|öyle bir şey demedim)",
        "(ama|fakat|hayır|oysa) (web sitenizde|sitenizde|sitede|uygulamada|uygulamanızda|faturada|faturamda|sözleşmede|sözleşmemde|mesajda|mesajınızda|e-postada|mailde|ekranda|kampanyada|reklamda|broşürde) ~ (yazıyor|yazıyordu|görünüyor|gözüküyor|belirtilmiş|yazılı|yazılmış)",
        "(işe yaramadı|denedim olmadı|yaptım olmadı|değişen bir şey yok|hiçbir şey değişmedi|hiçbir şey olmadı|aynı hata|aynı sorun devam)",
        "(zaten|daha önce|az önce|onu da|bunu da) (denedim|yaptım|yaptık|denedik|yapmıştım|denemiştim)",
        "(hala|yine|gene|hâlâ) (olmuyor|olmadı|çalışmıyor|aynı|değişmedi|aynı şey)",
        "(diğer|önceki|bir önceki|başka bir|geçen sefer|dün konuştuğum) (temsilci*|arkadaşınız|çalışanınız|görevli*|müşteri temsilcisi|kişi) ~ (söyledi|dedi|demişti|söylemişti|başka)",
        "(emin misiniz|doğru mu bu|gerçekten mi|öyle mi) ?",
        "(bu|o) (dediğinizle|söylediğinizle|söylenenle|yazdığınızla) (çelişiyor|uyuşmuyor|aynı değil)",
    ),
    # Confusion: the customer cannot find or follow something; an occasion for patience.
    "customer_confusion": (
        "(bulamıyorum|bulamadım|göremiyorum|göremedim|anlayamıyorum|çıkaramadım|beceremedim|beceremiyorum|bilmiyorum nasıl|nasıl yapacağımı|nereye basacağımı|ne yapacağımı)",
        "(nerede|nereden|nasıl) (buluyorum|bulurum|bulabilirim|yapıyorum|yaparım|yapabilirim|giriyorum|girebilirim|tıklıyorum|tıklayacağım|giriş yapıyorum|görebilirim)",
        "(kafam karıştı|kafam karışık|kafam allak bullak|şaşırdım|karıştırdım|kayboldum|takıldım|bilemedim)",
        "(hangi|hangisi) (buton*|tuş*|seçenek*|menü*|sayfa*|link*|bağlantı*|numara*|kart*|kutu*|sekme*|ayar*)",
        "(hiçbir şey|bir şey) (olmuyor|olmadı|çıkmıyor|çıkmadı|görünmüyor|açılmıyor)",
        "(orada|ekranda|menüde|sayfada) (yok|görünmüyor|gözükmüyor|çıkmıyor|böyle bir şey yok)",
        "(teknolojiden|telefondan|bilgisayardan|bu işlerden|internetten) (anlamam|anlamıyorum|pek anlamam|hiç anlamam)",
        "(kusura bakmayın|pardon|özür dilerim) ~ (çok soru|yavaşım|anlamıyorum|rahatsız ediyorum|sürekli soruyorum|tekrar soruyorum|sizi uğraştırıyorum)",
        "(bir|aptalca bir|saçma bir|son bir) soru daha",
    ),
    # The customer says a promise was not kept: nobody came back, nothing happened.
    "broken_promise": (
        "(kimse|hiç kimse|hiçkimse|hiçbir yetkili) ~ (aramadı|dönmedi|dönüş yapmadı|gelmedi|ulaşmadı|ilgilenmedi|cevap vermedi|yazmadı|bilgi vermedi|geri dönmedi)",
        "(hiç|hiçbir) (dönüş|cevap|arama|haber|bilgi|geri dönüş) (olmadı|gelmedi|almadım|yapılmadı|alamadım|yok)",
        "(arayacağınızı|döneceğinizi|geleceğini|geleceğinizi|yapılacağını|iade edileceğini|çözüleceğini|arayacaklarını|döneceklerini|gönderileceğini|ulaşacağını) (söylediniz|söylemiştiniz|söylemişlerdi|söylediler|söylendi|söylenmişti|demiştiniz|dediniz|dediler|vaat ettiniz|taahhüt ettiniz|belirtmiştiniz)",
        "(bana|bize) ~ (söz verildi|söz vermiştiniz|söz verdiniz|söylenmişti|taahhüt edildi|garanti verildi)",
        "(hala|hâlâ|halen) (bekliyorum|bekliyoruz|ses yok|haber yok|dönüş yok|arayan yok|gelen yok|bir şey yok)",
        "(aranmam|dönülmesi|gelmesi|yapılması|ulaşması|iade edilmesi|aranmamız) (gerekiyordu|lazımdı|gerekirdi)",
        "(teknisyen|kurye|kargo|servis|arama|iade|dönüş|ekip|usta) (gelmedi|hiç gelmedi|yapılmadı|gerçekleşmedi|ulaşmadı|olmadı|gelmedi hala)",
    ),
    # A positive opener said in irony ("Oh ne âlâ, yine gelmedi"): read with what follows it.
    "_sarcasm": (
        "(oh|ooh|ohh) ne (ala|güzel|hoş)",
        "ne (ala|âlâ)",
        "(aferin|bravo|tebrikler) (size|sana|sizlere|size ya)",
        "(harika|süper|mükemmel|müthiş|şahane|ne güzel|çok güzel) (ya|yaa|valla|vallahi|cidden)",
        "(harika|süper|mükemmel|şahane|ne güzel|çok güzel) ~ (yine|gene|bir kez daha|yine mi)",
        "(tam da|tam) (istediğim|ihtiyacım olan|beklediğim) (şey|buydu|bu)",
        "(hiçbir şey için|hiçbir şey yapmadığınız için|bir şey yapmadığınız için) (teşekkür*|sağ olun)",
        "(ne|ne de) (sürpriz|şaşırtıcı)",
        "(eksik olmayın|sağ olun|çok teşekkürler) (ya|yaa) ~ (yine|hiç|hiçbir)",
    ),
    "customer_leave_taking": (
        "(hoşça kal*|hosca kal*|görüşürüz|gorusuruz|görüşmek üzere|gorusmek uzere)",
        "(kendine|kendinize) iyi bak*",
        "(gitmem gerek*|kapatmam gerek*)",
    ),
    "_suppress": (
        # swearing as praise: the exclamation followed by a word of praise
        "(amk|amq|aq) (çok|cok|aşırı|baya|bayağı|) (güzel|iyi|süper|harika|efsane|mükemmel|hızlı|tatlı|başarılı|kaliteli|iyiymiş|güzelmiş)",
        "(teşekkür*|sağ ol*) (ama|fakat)",
        "(hayır|yok) teşekkür*",
        "teşekkürler (hiçbir|hiç)",
        "(kızgın|sinirli|mağdur) (değilim|değiliz)",
        "(sorun|problem) (değil|yok)",
        "yine de",
    ),
}

NEGATORS: tuple[str, ...] = (
    # Turkish negates verbs with a suffix (-me/-ma) and puts "değil"/"yok" after the phrase, so
    # only the few pre-posed negative words are listed; post-posed negation is handled by the
    # rules themselves (the negated verb forms are other words).
    "hiç",
    "hiçbir",
    "asla",
    "katiyen",
)

QUESTION_OPENERS: tuple[str, ...] = (
    # A bare "ne" opens statements too ("ne yazık ki", "ne demek": you're welcome), so it counts
    # only with what follows it. Turkish yes/no questions end with the particle "mi", which no
    # opener can see: without their question mark they are read as statements.
    "ne (zaman|kadar|oldu|oluyor|yapmam|yapmalıyım|yapmalıyız|yapabilirim|yapabiliriz|yapacağım|yapacağız|yapmamız|gerek*|lazım|istiyorsunuz|istiyorsun|diyorsunuz|diyorsun|demek istiyorsunuz|demek istiyorsun|durumda|zamana|kadarlık|için|yazıyor|görüyorsunuz)",
    "neden",
    "niye",
    "niçin",
    "nasıl",
    "nerede",
    "nereye",
    "nereden",
    "neresi*",
    "hangi",
    "hangisi*",
    "kim",
    "kime",
    "kimi",
    "kimden",
    "kimin",
    "kaç",
    "acaba",
    "neyi",
    "neye",
    "neyin",
)

# A subject before the question word does not invert in Turkish either.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"siz", "sen", "biz", "ben", "o", "onlar"})

# Imperative advice opening a sentence ("Deneyin", "İsterseniz ..."); Turkish puts the verb
# last, so only the few advice verbs that open a sentence are listed.
ADVICE_VERBS: tuple[str, ...] = (
    "deneyin", "deneyiniz", "dene", "deneyebilirsiniz", "düşünün", "düşünebilirsiniz",
    "başvurun", "başvurabilirsiniz", "göz atın", "göz atabilirsiniz", "tercih edin",
    "tercih edebilirsiniz", "isterseniz", "dilerseniz", "istersen", "dilersen", "belki",
    "bence", "önerim", "tavsiyem",
)
ADVICE_SOFTENERS: tuple[str, ...] = (
    "lütfen", "şimdi", "önce", "öncelikle", "sonra", "ardından", "ayrıca", "peki", "tamam",
    "evet", "sadece", "hemen", "ilk", "efendim", "ve", "ama", "yani", "hatta", "bir", "de",
    "da", "o", "zaman", "şöyle", "şimdilik", "bu", "durumda",
)

# Function words, suffix-free particles and frequent discourse words (used for paraphrase
# overlap and as the Turkish profile in language detection).
STOP_WORDS: frozenset[str] = frozenset(
    ["acaba", "ama", "ancak", "artık", "aslında", "bana", "bazı", "belki", "ben", "beni", "benim", "bile", "bir", "biraz", "birkaç", "biz", "bize", "bizi", "bizim", "böyle", "bu", "buna", "bunda", "bundan", "bunu", "bunun", "burada", "bütün", "çok", "çünkü", "da", "daha", "de", "değil", "diye", "en", "evet", "fakat", "gibi", "göre", "hâlâ", "hangi", "hayır", "hem", "hep", "her", "herkes", "hiç", "için", "ile", "ise", "işte", "kadar", "ki", "kim", "mi", "mı", "mu", "mü", "nasıl", "ne", "neden", "nerede", "niye", "o", "olan", "olarak", "ona", "onlar", "onu", "onun", "orada", "öyle", "önce", "sadece", "sana", "sen", "seni", "senin", "siz", "size", "sizi", "sizin", "son", "sonra", "şey", "şimdi", "şöyle", "şu", "şunu", "tamam", "tüm", "var", "ve", "veya", "ya", "yani", "yine", "yok", "zaten", "lütfen", "merhaba", "teşekkürler", "teşekkür", "ederim", "olur", "oldu", "olsun", "değilim", "mısınız", "misiniz", "musunuz", "bunlar", "şunlar", "kendi", "kendine", "hemen", "yeni", "gerek", "lazım", "tabii", "efendim"]
)
