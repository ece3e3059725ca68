"""Turkish word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language (grammar and ordinary Turkish call-centre speech, formal ``siz`` and
informal ``sen``), not from any validation set. ``stem*`` entries match every word starting with
the stem. Every entry is folded with the Turkish fold (``ı``/``i`` -> ``i``, ``ş`` -> ``s``,
``ğ`` -> ``g``, ``ç`` -> ``c``, ``ö`` -> ``o``, ``ü`` -> ``u``) before use, so stems are chosen
to stay clear of the words that the fold makes collide: no ``sinir*`` (*sınır* "limit",
*sınırsız* "unlimited" fold onto *sinir* "nerve/anger"), no ``acil*`` for *açıl-* (*acil*
"urgent"), no ``kiz*`` (*kızım* "my daughter" beside *kızgın* "angry"), no ``yas`` (*yaş* "age").

Turkish is agglutinative and verb-final: person, tense and negation are suffixes of the verb
(*gelmedi* "it did not come", *arayacağım* "I will call"). Word classes can only list whole words
or word beginnings, so the common inflected forms are listed where a stem would overreach.
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

FIRST_PERSON: frozenset[str] = frozenset(
    {"ben", "beni", "bana", "benim", "bende", "benden", "benimle", "bence", "kendim",
     "biz", "bizi", "bize", "bizim", "bizde", "bizden", "bizimle", "bizler", "kendimiz"}
)
# Pronouns, and the frequent second-person verb forms that carry the subject in their ending
# (Turkish drops the pronoun): "bir haftadır bekliyorsunuz" is about the listener.
SECOND_PERSON: frozenset[str] = frozenset(
    {"siz", "sizi", "size", "sizin", "sizde", "sizden", "sizinle", "sizler", "sizlere",
     "sizleri", "sen", "seni", "sana", "senin", "sende", "senden", "seninle", "kendiniz",
     "kendin", "sizce", "haklısınız", "haklısın", "istiyorsunuz", "istiyorsun", "diyorsunuz",
     "diyorsun", "söylüyorsunuz", "söylüyorsun", "yaşıyorsunuz", "yaşıyorsun", "yaşadınız",
     "yaşadın", "bekliyorsunuz", "bekliyorsun", "beklediniz", "bekledin", "kaldınız", "kaldın",
     "aldınız", "aldın", "ödediniz", "ödedin", "aradınız", "aradın", "yazdınız", "yazdın",
     "gönderdiniz", "gönderdin", "oldunuz", "oldun", "ettiniz", "ettin", "yaptınız", "yaptın",
     "olmuşsunuz", "olmuşsun", "kalmışsınız", "kalmışsın", "uğraşıyorsunuz", "uğraşıyorsun",
     "deneyimlediniz", "belirttiniz", "belirttin", "ilettiniz", "ilettin"}
)
# What ends a tag question ("..., değil mi?").
QUESTION_TAGS: tuple[str, ...] = (
    "değil mi", "di mi", "dimi", "öyle mi", "doğru mu", "tamam mı", "olur mu", "anlaştık mı",
    "değil mi yani", "öyle değil mi", "evet mi", "di mi ama", "haksız mıyım",
)
INTENSIFIERS: tuple[str, ...] = (
    "çok", "gerçekten", "cidden", "aşırı", "fazla", "oldukça", "epey", "gayet", "tamamen",
    "resmen", "bayağı", "inanılmaz", "müthiş", "en", "hayli", "fena", "acayip", "feci",
    "büsbütün", "pek", "öylesine", "çokça", "epeyce", "iyice", "baya",
)
CONTRAST_WORDS: tuple[str, ...] = (
    "ama", "fakat", "ancak", "lakin", "oysa", "oysaki", "halbuki", "rağmen", "karşın",
)
# With a service verb these report a lasting failure ("hâlâ gelmedi", "yine kesildi").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "hala", "hâlâ", "halen", "hâlen", "henüz", "yine", "gene", "tekrar", "yeniden", "sürekli",
    "devamlı", "hep", "daima", "defalarca", "durmadan", "çoktan", "zaten", "günlerdir",
    "haftalardır", "aylardır", "saatlerdir", "yıllardır", "gündür", "haftadır", "aydır",
    "saattir",
)
# What a service is expected to do: negated, or with "hâlâ", it reports an unmet expectation;
# asked about, it checks that a fix worked ("Şifre size ulaştı mı?"). Stems where they stay
# clear of other words, forms elsewhere.
SERVICE_VERBS: tuple[str, ...] = (
    "gel*", "ulaş*", "çalış*", "teslim*", "iade*", "dönüş*", "dönmedi*", "dönmediniz",
    "dönmüyor*", "döneceğ*", "dönecek*", "cevap*", "yanıt*", "aradı*", "aramadı*", "arayan",
    "arayacak*", "aranmadı*", "aramıyor*", "düzel*", "çözül*", "çöz*", "onar*", "tamir*",
    "gönder*", "yolla*", "kargola*", "bağla*", "açıldı", "açılmadı", "açılmıyor",
    "açılıyor", "açılır", "açılmaz", "yüklen*", "yükle*", "aktar*", "aktif*", "etkinleş*",
    "iptal*", "kesil*", "yansı*", "öde*", "çekil*", "çekmiyor", "çekmedi", "işlen*", "onaylan*",
    "yapıl*", "sağlan*", "yardım*", "ilgilen*", "kurul*", "güncelle*", "yenilen*", "tanımlan*",
    "iletil*", "dağıt*", "getiril*", "getirmedi*", "alındı", "alınmadı", "alamadım", "alamıyorum",
    "girilmiyor", "giremiyorum", "giremedim", "erişil*", "erişemiyorum", "hallet*", "hallol*",
    "gerçekleş*", "tamamlan*", "hazırlan*",
)
# Evaluations of a person: an insult when aimed at the listener ("siz tam bir beceriksizsiniz").
INSULT_WORDS: tuple[str, ...] = (
    "salak*", "aptal*", "gerizekalı*", "gerzek*", "dangalak*", "ahmak*", "beyinsiz*",
    "şerefsiz*", "namussuz*", "haysiyetsiz*", "beceriksiz*", "yeteneksiz*", "kabiliyetsiz*",
    "yalancı*", "hırsız*", "dolandırıcı*", "sahtekar*", "soyguncu*", "vurguncu*", "rezilsiniz", "rezilsin", "palyaço*", "soytarı*", "cahil*", "zavallı*", "densiz*",
    "terbiyesiz*", "saygısız*", "kaba", "kabasınız", "kabasın", "tembel*", "öküz*", "utanmaz*",
    "arsız*", "yüzsüz*", "hadsiz*", "hain*", "kepaze*", "vasıfsız*", "yaramaz*", "sorumsuz*", "vicdansız*", "ahlaksız*", "karaktersiz*",
    "embesil*", "mankafa*", "andaval*", "angut*", "avanak*", "enayi*", "hödük*", "şebek*",
    "maymun*", "robot", "robotsunuz", "çakal*", "üçkağıtçı*", "düzenbaz*",
)
# Swearing: abuse when aimed at the listener or said in anger, not in "amk süper oldu".
PROFANITY: tuple[str, ...] = (
    "amk", "amq", "aq", "amına", "amınakoyim", "amınakoyayım", "siktir*", "sikerim", "sikeyim",
    "sikim", "sikik*", "sikiyim", "orospu*", "piçler", "yarrak*", "yarak", "yavşak*",
    "pezevenk*", "kahpe*", "bok", "boktan", "boku", "bokunu", "lanet*", "kahrolası",
    "kahretsin", "ulan", "lan", "göt", "götü", "götünü", "ananı", "ananızı", "mk", "sktr", "skm",
    "yuh", "hassiktir",
)
# Feelings and hardships: what gives the agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "endişe*", "kaygı*", "korku*", "korkuyorum", "korktum", "korkuyoruz", "tedirgin*",
    "panik*", "gergin*", "stres*", "üzgün*", "üzüldüm", "üzülüyorum", "üzüntü*", "ağladım",
    "ağlıyorum", "ağlayacağım", "ağlamak", "gözyaşı*", "perişan*", "mahvol*", "mahvoldum",
    "çaresiz*", "bunal*", "yıkıl*", "yıkım", "kahrol*", "sinirliyim", "sinirlendim",
    "sinirlendik", "sinirleniyorum", "kızgınım", "kızgınız", "öfke*", "kırıklığı", "yorgun*", "bitkin*", "tükendim", "bıktım", "bıktık", "mağdur*", "utandım",
    "utanç*", "rezil", "hastane*", "hasta", "hastayım", "hastalık*", "ameliyat*", "kanser*",
    "tedavi*", "cenaze*", "vefat*", "kaybettim", "kaybettik", "bebek*",
    "bebeğim", "hamile*", "lohusa*", "dolandırıl*", "çalındı", "çalıntı", "soyuldum", "işsiz*",
    "borç*", "icra*", "haciz*", "zordayım", "felaket", "kabus*", "rezillik", "dert*",
    "sıkıntıdayım", "yalnızım", "moralim", "depresyon*", "kriz*",
)
YES_NO: tuple[str, ...] = (
    "evet", "hayır", "yok", "var", "tabii", "tabi", "elbette", "kesinlikle", "maalesef", "olur",
    "değil", "aynen", "tamam", "doğru", "yanlış", "malesef", "evt", "hayir",
)
# Verbs of a step to follow, in the imperative agents use (formal -in/-iniz, informal bare stem)
# and the converb that chains steps ("tıklayıp ... seçin").
INSTRUCTION_VERBS: tuple[str, ...] = (
    "tıklayın", "tıklayınız", "tıkla", "tıklayıp", "basın", "basınız", "basıp", "seçin",
    "seçiniz", "seç", "seçip", "açın", "açınız", "açıp", "girin", "giriniz", "girip", "yazın",
    "yazınız", "yazıp", "gidin", "gidiniz", "gidip", "git", "kapatın", "kapatınız", "kapatıp",
    "kapat", "başlatın", "başlatınız", "bekleyin", "bekleyiniz", "bekle", "bekleyip", "deneyin",
    "deneyiniz", "dene", "deneyip", "indirin", "indiriniz", "indirip", "yükleyin", "yükleyiniz",
    "yükleyip", "güncelleyin", "güncelleyip", "silin", "siliniz", "silip", "takın", "takıp",
    "çıkarın", "çıkarıp", "çekin", "çekip", "tutun", "kaydırın", "kaydırıp", "kaydedin",
    "kaydedip", "gönderin", "gönderiniz", "gönderip", "yollayın", "doldurun", "doldurunuz",
    "doldurup", "ekleyin", "ekleyip", "onaylayın", "onaylayıp", "değiştirin", "değiştirip",
    "bağlayın", "bağlayıp", "kullanın", "arayın", "arayınız", "tuşlayın", "tuşlayınız",
    "tuşlayıp", "okutun", "okutup", "sıfırlayın", "sıfırlayıp", "resetleyin", "koyun", "koyup",
    "götürün", "getirin", "paketleyin", "yapıştırın", "kopyalayın", "etkinleştirin", "kaldırın",
    "kaldırıp", "işaretleyin", "işaretleyip", "ilerleyin", "dönün", "oturum", "giriş",
)
# Business, telecom, banking, IT and logistics words a customer should not need to know
# (acronyms are found by their capitals).
JARGON: tuple[str, ...] = (
    "provizyon*", "blokaj*", "chargeback", "ters ibraz", "mutabakat*", "tahakkuk*",
    "kıst*", "valör*", "temerrüt*", "tahsis*", "rücu*", "muafiyet*", "eksper*", "irsaliye*",
    "konşimento*", "gümrükleme*", "transfer merkezi", "aktarma merkezi", "eskalasyon*",
    "seviye 2", "backend", "back office", "sunucu tarafı", "sistemsel", "entegrasyon*",
    "senkron*", "bant genişliği", "paket kaybı", "gecikme süresi", "port yönlendirme",
    "hat profil*", "sinyal gürültü", "firmware", "yazılım güncellemesi",
    "cache", "önbellek", "token*", "otorizasyon*", "mahsup*", "virman*",
    "takas odası", "kredi notu", "ekstre kesim", "hesap kesim", "dönem borcu", "asgari tutar",
    "provizyonlama", "dispute", "ticket", "sla", "ivr", "crm",
)
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"TC", "TCKN", "SMS", "PIN", "IBAN", "EFT", "FAST", "KDV", "ÖTV", "PTT", "SGK", "TL", "TRY",
     "USD", "EUR", "ATM", "TV", "PC", "USB", "GB", "MB", "KB", "TB", "4G", "4.5G", "5G", "3G",
     "ADSL", "VDSL", "WIFI", "OK", "BTK", "HES", "AVM", "PDF", "QR", "ID", "AB", "ABD", "SIM",
     "APP", "NO", "VE", "DA", "DE", "Mİ", "KM", "AŞ", "LTD", "ŞTİ", "GSM", "TTNET", "THY", "İBAN", "COVID", "İK", "IK", "DM"}
)
BACKCHANNELS: frozenset[str] = frozenset(
    {"hı", "hıhı", "hmm", "hm", "hmmm", "evet", "tamam", "tamamdır", "peki", "anladım",
     "aynen", "he", "hee", "ha", "haa", "ok", "okey", "oke", "tabii", "tabi", "olur", "doğru",
     "öyle", "anlıyorum", "iyi", "güzel", "evt", "tmm", "tm", "hıı", "ıhı", "eyvallah"}
)
# A light, conservative stemmer over folded text (ı -> i, ü -> u, ö -> o): plural, possessive
# and case endings, longest first, enough for "siparişim"/"siparişiniz"/"siparişi" to meet.
SUFFIXES: tuple[str, ...] = (
    "lerimiz", "larimiz", "leriniz", "lariniz", "lerinde", "larinda", "lerden", "lardan",
    "lerini", "larini", "lerine", "larina", "imizi", "inizi", "unuzu", "umuzu", "lerde",
    "larda", "leri", "lari", "imiz", "iniz", "umuz", "unuz", "inde", "inda",
    "niz", "nuz", "miz", "muz", "nde", "nda", "nin", "nun", "ler", "lar", "ini", "unu", "ine",
    "ina", "den", "dan", "ten", "tan", "yla", "yle", "de", "da", "te", "ta", "im", "in", "um",
    "un", "yi", "yu", "ye", "ya", "i", "u",
)

_NUMBERS = {
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
    "dokuz": 9, "on": 10, "on beş": 15, "yirmi": 20, "otuz": 30, "yirmi dört": 24,
    "kırk sekiz": 48, "yetmiş iki": 72, "birkaç": 3, "bir iki": 2, "iki üç": 3, "üç beş": 5,
    "yarım": 1,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"dakika*": "minute", "dk": "minute", "saat": "hour",
           "saate": "hour", "saatte": "hour", "saati": "hour", "saatlik": "hour",
           "saatin": "hour", "saatler*": "hour", "gün": "day", "günü": "day",
           "günde": "day", "güne": "day", "günden": "day", "günlük": "day", "günler*": "day",
           "günün": "day", "işgünü*": "business_day", "hafta": "week", "haftada": "week",
           "haftalık": "week", "haftayı": "week", "haftanın": "week", "haftalar*": "week",
           "ay": "month", "ayda": "month", "aylık": "month", "ayı": "month", "aya": "month",
           "aylar*": "month"},
    business=("iş", "mesai", "çalışma"),
    weekdays={"pazartesi*": 0, "salı": 1, "salıya": 1, "salıdan": 1, "salısı": 1,
              "salı günü": 1, "çarşamba*": 2, "perşembe*": 3, "cuma": 4, "cumaya": 4,
              "cumadan": 4, "cuması": 4, "cuma günü": 4, "cumartesi*": 5, "pazar": 6,
              "pazara": 6, "pazarı": 6, "pazardan": 6, "pazar günü": 6},
    relative={"bugün*": 0, "bu akşam": 0, "bu gece": 0, "bu öğleden sonra": 0,
              "gün sonuna kadar": 0, "mesai bitimine kadar": 0, "akşama kadar": 0,
              "yarın*": 1, "ertesi gün*": 1, "öbür gün": 2, "yarından sonra": 2},
    next_week=("haftaya", "gelecek hafta", "önümüzdeki hafta", "bir hafta içinde",
               "bir hafta içerisinde", "haftaya kadar"),
    end_of_week=("hafta sonuna kadar", "bu hafta içinde", "bu hafta içerisinde",
                 "hafta bitmeden", "bu haftanın sonuna kadar", "hafta sonundan önce"),
    vague=("en kısa sürede", "en kısa zamanda", "en kısa süre içinde", "yakında", "birazdan",
           "kısa süre içinde", "kısa sürede", "ilk fırsatta", "müsait olunca", "zamanla",
           "bir ara", "ileride", "en yakın zamanda", "en kısa süre", "kısa zamanda",
           "mümkün olan en kısa", "bir süre sonra", "ilerleyen günlerde", "önümüzdeki günlerde"),
    am=("sabah", "öğleden önce", "öö"),
    pm=("akşam", "öğleden sonra", "ös"),
    ranges=("ila", "ile", "veya", "ya da", "yahut"),
    articles=(),
)
