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
        "(en kısa sürede|en geç) ~ (dönüş*|ilet*|gönder*|ara*|yapılacak|sağlanacak|çözül*)",
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
        "(yapama*|yapami*|edeme*|edemi*|vereme*|veremi*|alama*|alami*|sağlayama*|sağlayami*|sunama*|sunami*|değiştireme*|değiştiremi*|yardımcı olama*|yardımcı olami*|iade edeme*|iptal edeme*)",
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
        "(başka|farklı|ek) (bir|) (konuda|sorunuz|sorun|isteğiniz|talebiniz|yardımcı olabileceğim|yapabileceğim|bir şey|bir konu|konu|sorunuz var mı)",
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
    ),
    "_suppress": (
        "(üzgünüm|özür dilerim|kusura bakmayın) (ama|fakat|ancak)",
        "(teşekkür*|sağ ol*) ama (gerek yok|istemiyorum)",
        "(hayır|yok) teşekkür*",
        "(kolay|olur) olur",
        "ne demek (istiyorsunuz|istiyorsun|bu)",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        # Profanity. Forms are listed, not stemmed, where a stem would reach innocent words.
        "(amk|amq|aq|amına|amina|amını|amini|amcık*|amcik*|amınakoy*|aminakoy*|amınıza|aminiza|mk|mq)",
        "(siktir*|sikerim|sikeyim|sikiyim|sikim|sikik*|siken*|sikmek|sikicem|sikecem|sikeceğim|sikerler|siktiğim|siktiğimin|sokayım|sokam|skm|sktr|skrm|skerim)",
        "(orospu*|orosbu*|oç|oçe|piçler|piçin|piçi|piç kurusu|pic kurusu|yarrak*|yarak|yarram|yarağ*|taşşak*|taşak*|göt|götü|götün|götünü|götüne|götlek*|götveren*|götoş*)",
        "(ananı|ananin|ananızı|ananizi|anasını|anasini|bacını|bacini|avradını|avradini|sülaleni|sülalenizi)",
        # Insults.
        "(salak*|aptal*|gerizekalı*|gerzek*|dangalak*|ahmak*|beyinsiz*|şerefsiz*|namussuz*|haysiyetsiz*|onursuz*|karaktersiz*|ahlaksız*|yavşak*|pezevenk*|kahpe*|kaltak*|ibne*|puşt*|hıyar*|lavuk*|dallama*|öküz*|mankafa*|andaval*|gavat*|kevaşe*|sürtük*|fahişe*|sapık*|manyak*|psikopat*|embesil*|soysuz*|yalancı*|sahtekar*|sahtekâr*|dolandırıcı*|hırsız*|hain*|pislik*|rezil herif|adi herif|it oğlu|köpek*|itler|eşek*|eşşek*|hayvan herif|hayvanlar|zavallı*|beceriksiz*|ezik*|kansız*|terbiyesiz*|densiz*|geri zekalı*)",
        "(mal mısın|malsın|malsınız|malın teki|mal herif|mal adam|mal mısınız)",
        "(hadsiz*|yüzsüz*|arsız*|utanmaz*|arlanmaz*|saygısız*|kabiliyetsiz*|yeteneksiz*|cahil*|faşist*|terörist*|yalaka*|şebek*|maymun*|zibidi*|hödük*|angut*|avanak*|enayi*|keriz*|pezo|pezo*|kıro|ulan|hayvan|hayvanlar|hayvan gibi)",
        "(bok|boktan|boku|bokunu|boka|bokla*|bokum|boklu*|bokluk*|sıçtı*|sıçayım|sıçarım|sıçmış*|sıçtın|sıçmak|sıçıp|sıçar|kahret*|lanet*)",
        "(defol*|geber*|kahrolsun|kahrolası|lanet olası|lanet olsun|allah belanı*|allah belanızı*|belanı versin|belanızı versin|yerin dibine*|cehenneme)",
        "(sizi|seni|hepinizi) ~ (şikayet edeceğim|mahkemeye vereceğim|dava edeceğim|öldürürüm|öldüreceğim|gebertirim|mahvedeceğim)",
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
    "customer_leave_taking": (
        "(hoşça kal*|hosca kal*|görüşürüz|gorusuruz|görüşmek üzere|gorusmek uzere)",
        "(kendine|kendinize) iyi bak*",
        "(gitmem gerek*|kapatmam gerek*)",
    ),
    "_suppress": (
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
    "ne",
    "neden",
    "niye",
    "niçin",
    "nasıl",
    "nerede",
    "nereye",
    "ne zaman",
    "hangi",
    "kim",
    "kaç",
    "acaba",
)

# Function words, suffix-free particles and frequent discourse words (used for paraphrase
# overlap and as the Turkish profile in language detection).
STOP_WORDS: frozenset[str] = frozenset(
    ["acaba", "ama", "ancak", "artık", "aslında", "bana", "bazı", "belki", "ben", "beni", "benim", "bile", "bir", "biraz", "birkaç", "biz", "bize", "bizi", "bizim", "böyle", "bu", "buna", "bunda", "bundan", "bunu", "bunun", "burada", "bütün", "çok", "çünkü", "da", "daha", "de", "değil", "diye", "en", "evet", "fakat", "gibi", "göre", "hâlâ", "hangi", "hayır", "hem", "hep", "her", "herkes", "hiç", "için", "ile", "ise", "işte", "kadar", "ki", "kim", "mi", "mı", "mu", "mü", "nasıl", "ne", "neden", "nerede", "niye", "o", "olan", "olarak", "ona", "onlar", "onu", "onun", "orada", "öyle", "önce", "sadece", "sana", "sen", "seni", "senin", "siz", "size", "sizi", "sizin", "son", "sonra", "şey", "şimdi", "şöyle", "şu", "şunu", "tamam", "tüm", "var", "ve", "veya", "ya", "yani", "yine", "yok", "zaten", "lütfen", "merhaba", "teşekkürler", "teşekkür", "ederim", "olur", "oldu", "olsun", "değilim", "mısınız", "misiniz", "musunuz", "bunlar", "şunlar", "kendi", "kendine", "hemen", "yeni", "gerek", "lazım", "tabii", "efendim"]
)
