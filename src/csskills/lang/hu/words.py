"""Hungarian word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language (grammar and ordinary Hungarian contact-centre speech, formal ``Ön``
with third-person verbs and informal ``te``), not from any validation set. ``stem*`` entries
match every word starting with the stem. Entries are folded like the text (accents stripped:
ö ő -> o, ü ű -> u, á -> a, é -> e), so stems are chosen to stay clear of the words that folding
makes collide: no ``fél*`` (*fél* "is afraid" folds onto every *fel-* verb), no ``jö*``
(*jó* "good"), no ``kés*`` (*kész* "ready"), no ``könny*`` (*könnyű* "easy"), no ``hív*``
(*hivatal* "office").

Hungarian marks person on the verb and the formal address uses third-person verbs, so only the
pronouns and the unambiguous informal verb forms mark the listener.
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

FIRST_PERSON: frozenset[str] = frozenset(
    {"én", "engem", "nekem", "velem", "tőlem", "hozzám", "rám", "nálam", "enyém", "magam",
     "minket", "nekünk", "velünk", "tőlünk", "hozzánk", "ránk", "nálunk", "miénk", "magunk",
     "vagyok", "vagyunk", "szerintem"}
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"ön", "önt", "önnek", "öné", "önnel", "öntől", "önhöz", "önre", "önön", "önök", "önöket",
     "önöknek", "önökkel", "maga", "magát", "magának", "magával", "magától", "maguk",
     "maguknak", "magukat", "te", "téged", "neked", "veled", "tőled", "hozzád", "rád", "nálad",
     "tiéd", "ti", "titeket", "nektek", "veletek", "tőletek", "tietek", "kegyed", "tudod",
     "látod", "érted", "kaptad", "szeretnéd", "akarod", "mondod", "gondolod", "írtad",
     "küldted", "kérted", "vártál", "hívtál", "voltál", "kaptál", "próbáltad", "vagytok",
     "szerinted", "szerintetek"}
)
# What ends a tag question ("..., ugye?").
QUESTION_TAGS: tuple[str, ...] = (
    "ugye", "igaz", "nem igaz", "nem", "jó", "rendben", "oké", "ok", "igen", "jól értem",
    "így van", "nemde", "vagy nem", "nem így van", "igaz ugye", "jól mondom",
)
INTENSIFIERS: tuple[str, ...] = (
    "nagyon", "rendkívül", "igazán", "tényleg", "teljesen", "abszolút", "borzasztóan",
    "szörnyen", "hihetetlenül", "túl", "annyira", "iszonyúan", "kifejezetten", "különösen",
    "roppant", "baromi", "kurva", "tök", "totál", "egészen", "rettentően", "irtó", "irtóra",
    "őszintén", "végtelenül", "mérhetetlenül", "maximálisan", "full",
)
CONTRAST_WORDS: tuple[str, ...] = (
    "de", "viszont", "azonban", "ám", "mégis", "bár", "pedig", "ellenben", "csakhogy",
    "mindazonáltal",
)
# With a service verb these report a lasting failure ("megint nem működik").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "mindig", "megint", "ismét", "újra", "újból", "folyton", "állandóan", "sokadszor",
    "többször", "továbbra", "azóta", "egyre", "folyamatosan", "rendszeresen", "hetek",
    "napok", "hónapok", "órák", "hetekig", "napokig", "hónapokig", "órákig", "ötödször",
    "harmadszor", "negyedszer", "sokszor",
)
# What a service is expected to do: negated ("nem működik", "nem érkezett meg") or with a
# persistence word it reports an unmet expectation; asked about, it checks that a fix worked.
SERVICE_VERBS: tuple[str, ...] = (
    "működ*", "érkez*", "megérkez*", "jött", "jön", "jönnek", "jöttek", "megjött", "megjön*",
    "kap*", "megkap*", "szállít*", "kiszállít*", "visszatérít*", "visszautal*", "utalt*",
    "utalás*", "utalni", "utaljuk", "utalják", "utalta", "átutal*", "válaszol*", "visszahív*", "felhív*", "hívott*", "hívtak", "hívta", "hívni",
    "javít*", "megjavít*", "kijavít*", "megjavul*", "küld*", "elküld*", "kiküld*",
    "csatlakoz*", "kapcsol*", "nyílik", "nyílt", "megnyílik", "megnyit*", "betölt*", "tölt*",
    "letölt*", "visszaáll*", "helyreáll*", "megold*", "intéz*", "elintéz*", "feldolgoz*",
    "jóváír*", "lemond*", "töröl*", "aktivál*", "telepít*", "frissít*", "fizet*", "kifizet*",
    "terhel*", "megterhel*", "levon*", "segít*", "reagál*", "jelentkez*", "foglalkoz*",
    "történ*", "indul*", "elindul*", "kézbesít*", "visszajelez*", "visszajelz*", "beáll*",
    "üzemel*", "megy", "ment", "mennek",
)
# Evaluations of a person: an insult when aimed at the listener ("maguk egy rakás csaló").
INSULT_WORDS: tuple[str, ...] = (
    "hülye*", "idióta*", "barom", "barmok", "ökör", "ökrök", "bunkó*", "tahó*", "paraszt",
    "parasztok", "gyökér", "gyökerek", "nyomorult*", "szemétláda*", "tolvaj*", "csaló",
    "csalók", "szélhámos*", "hazug*", "inkompetens*", "alkalmatlan*",
    "debil*", "agyatlan*", "majom", "majmok", "lúzer*", "bohóc*", "szánalmas*", "béna*",
    "amatőr*", "semmirekellő*", "naplopó*", "lusta*", "modortalan*", "gyáva*", "pojáca*",
    "tuskó*", "kretén*", "ostoba*", "buta", "buták", "robot", "robotok", "rabló*", "maffia*",
    "szemetek", "férgek", "féreg", "patkány*", "mocskos*", "gusztustalan*", "undorító*",
    "tehetségtelen*", "felelőtlen*", "pofátlan*", "arrogáns*", "bunkóság*",
)
# Swearing: abuse when aimed at the listener or said in anger, not in "kurva jó lett".
PROFANITY: tuple[str, ...] = (
    "kurva*", "bazmeg", "bmeg", "bzmg", "baszd*", "bassz*", "baszki", "basszus", "baszott*",
    "kibaszott*", "elbasz*", "fasz*", "geci*", "szar", "szart", "szarul", "szaros", "szarság*",
    "szarházi*", "francba", "franc", "fenébe", "picsá*", "segg*", "cseszd*",
    "cseszett*", "rohadt*", "rohadék*", "anyád*", "kuss", "kussolj", "lófasz*",
)
# Feelings and hardships: what gives the agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "aggód*", "aggaszt*", "ideges*", "félek", "félünk", "megijedtem", "ijedt*", "rémült*",
    "kétségbe*", "pánik*", "stressz*", "szomorú*", "elkeseredt*", "sírok", "sírtam", "sírva",
    "sírás*", "könnyeim", "könnyek", "csalódott*", "dühös*", "mérges*", "frusztrált*",
    "kimerült*", "fáradt*", "beteg*", "kórház*", "műtét*", "temetés*", "meghalt", "elhunyt",
    "halál*", "gyász*", "rákos", "rákbeteg*", "daganat*", "terhes", "várandós*", "kisbaba*",
    "baba", "babám", "babánk", "újszülött*", "ellopták", "lopás*", "kirabol*", "átvertek",
    "átvert*", "csalás", "munkanélküli*", "elbocsát*", "kilakoltat*", "adósság*", "tartozás*",
    "végrehajtó*", "rémálom*", "borzalmas*", "szörnyű*", "tehetetlen*", "kiszolgáltatott*",
    "megaláz*", "szégyell*", "magányos*", "elegem", "kiborult*", "kiakadt*", "sokk*",
    "összetört*", "kétségbeesett*", "reménytelen*", "elveszett*", "kiborít*",
)
YES_NO: tuple[str, ...] = (
    "igen", "nem", "persze", "természetesen", "dehogy", "dehogynem", "sajnos", "igaz",
    "pontosan", "jó", "rendben", "oké", "ok", "aha", "ja", "naná", "biztosan", "nincs", "van",
    "hogyne", "nyilván", "nemigen", "feltétlenül",
)
# Verbs of a step to follow, in the formal (-jon/-ja) and informal (-j/-d) imperative.
INSTRUCTION_VERBS: tuple[str, ...] = (
    "kattintson", "kattints", "nyomja", "nyomd", "nyomjon", "nyomj", "válassza", "válaszd",
    "nyissa", "nyisd", "lépjen", "lépj", "írja", "írd", "adja", "add", "indítsa", "indítsd",
    "várjon", "várj", "ellenőrizze", "ellenőrizd", "nézze", "nézd", "töltse", "töltsd",
    "kapcsolja", "kapcsold", "húzza", "húzd", "dugja", "dugd", "tegye", "tedd", "küldje",
    "küldd", "mentse", "mentsd", "frissítse", "frissítsd", "jelentkezzen", "jelentkezz",
    "törölje", "töröld", "telepítse", "telepítsd", "görgessen", "görgess", "koppintson",
    "koppints", "érintse", "érintsd", "másolja", "másold", "illessze", "illeszd", "csatolja",
    "csatold", "fogadja", "fogadd", "engedélyezze", "engedélyezd", "tiltsa", "tiltsd",
    "állítsa", "állítsd", "keresse", "keresd", "menjen", "menj", "hívja", "hívd", "olvassa",
    "olvasd", "töltse", "cserélje", "cseréld", "húzza", "csatlakoztassa", "csatlakoztasd",
    "kapcsoljon", "kapcsolj", "adjon", "adj", "írjon", "írj", "lépjen", "regisztráljon",
    "regisztrálj", "fotózza", "fotózd", "szkennelje", "csomagolja", "csomagold", "vigye",
    "vidd", "hozza", "hozd", "próbálja", "próbáld", "erősítse", "erősítsd", "fogadja",
    "tartsa", "tartsd", "ragassza", "ragaszd", "kapcsolja", "válasszon", "válassz",
    "kövesse", "kövesd", "használja", "használd", "adja",
)
# Business, telecom, banking, IT and logistics words a customer should not need to know.
JARGON: tuple[str, ...] = (
    "zárolás*", "zárolt összeg", "visszaterhelés*", "kontírozás*", "inkasszó*", "árfolyamrés*",
    "kötbér*", "kárrendezés*", "kockázatviselés*", "önrész*", "díjtétel*", "időarányos*",
    "sávszélesség*", "késleltetés*", "csomagvesztés*", "szinkron*", "firmware", "backend",
    "back office", "hibajegy*", "eszkalál*", "fuvarlevél*", "vámkezel*", "portol*",
    "provizion*", "provízió*", "autentikáció*", "hitelesítési token", "token*", "szerveroldal*",
    "rendszeroldal*", "ügyféltörzs*", "flotta*", "tarifacsomag-migráció", "migráció*",
    "proaktív*", "ticket*", "sla", "crm", "ivr", "dslam", "node", "routing", "cache",
    "gyorsítótár*", "visszamenőleges*", "elhatárolás*", "könyvelési tétel*", "megterhelési",
    "tranzakciós azonosító", "értéknap*",
)
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"SMS", "PIN", "IBAN", "ÁFA", "TAJ", "NAV", "MÁV", "BKV", "OTP", "TV", "PC", "USB", "GB",
     "MB", "TB", "4G", "5G", "3G", "WIFI", "OK", "PDF", "EU", "HUF", "FT", "EUR", "USD", "ATM",
     "ID", "SIM", "APP", "KFT", "ZRT", "BT", "NYRT", "ÁSZF", "THM", "MVM", "MOL", "COVID",
     "NEM", "IGEN", "ÉS", "DE", "KM", "EESZT", "MÁK", "GPS", "QR", "GYIK", "SZJA",
     "MNB", "PSZÁF", "KSH", "BKK", "MAV"}
)
BACKCHANNELS: frozenset[str] = frozenset(
    {"igen", "ja", "aha", "ahá", "mhm", "hm", "hmm", "értem", "rendben", "oké", "ok", "jó",
     "persze", "naná", "uhum", "ühüm", "világos", "értettem", "igenigen", "jójó", "oksa",
     "okés", "tényleg", "ühm", "ühum", "hümm"}
)
# A light, conservative stemmer over folded text: case endings and the commonest possessives,
# longest first, enough for "rendelés"/"rendelésem"/"rendelést" to meet.
SUFFIXES: tuple[str, ...] = (
    "oknak", "eknek", "aknak", "unknak", "unkat", "unkkal", "jaink", "eink", "aink", "okat",
    "eket", "akat", "jait", "jeit", "ainak", "einek", "nkat", "nket", "bol", "rol", "tol",
    "ben", "ban", "nak", "nek", "val", "vel", "hoz", "hez", "ert", "kor", "ig", "ra", "re",
    "ba", "be", "on", "en", "ot", "at", "et", "ok", "ek", "ak", "om", "em", "am", "od", "ed",
    "ad", "ja", "je", "unk", "ink", "tek", "tok", "t",
)

_NUMBERS = {
    "egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "nyolc": 8,
    "kilenc": 9, "tíz": 10, "tizenöt": 15, "húsz": 20, "harminc": 30, "huszonnégy": 24,
    "negyvennyolc": 48, "hetvenkettő": 72, "pár": 2, "néhány": 3, "egy-két": 2, "két-három": 3,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"perc*": "minute", "óra": "hour", "órán": "hour", "órát": "hour", "órája": "hour",
           "órás": "hour", "órányi": "hour", "órákon": "hour", "nap": "day", "napon": "day",
           "napot": "day", "napig": "day", "napja": "day", "napos": "day", "napra": "day",
           "napok*": "day", "munkanap*": "business_day", "hét": "week", "hetet": "week",
           "héten": "week", "hetek*": "week", "hetes": "week", "hétig": "week",
           "hónap*": "month"},
    business=("munka", "üzleti", "munkaidőben"),
    weekdays={"hétfő*": 0, "kedd*": 1, "szerd*": 2, "csütörtök*": 3, "péntek*": 4,
              "szombat*": 5, "vasárnap*": 6},
    relative={"ma": 0, "mára": 0, "máig": 0, "ma este": 0, "ma délután": 0, "ma estig": 0,
              "mai nap folyamán": 0, "nap végéig": 0, "munkaidő végéig": 0, "a mai napon": 0,
              "holnap*": 1, "holnapután*": 2},
    next_week=("jövő héten", "jövő hét*", "jövőhéten", "egy héten belül", "jövő hét folyamán"),
    end_of_week=("a hét végéig", "hét végéig", "hét végére", "hétvégéig", "hétvégére",
                 "a hét folyamán", "ezen a héten", "e héten", "a héten"),
    vague=("hamarosan", "nemsokára", "rövidesen", "mihamarabb", "minél hamarabb",
           "a lehető leghamarabb", "lehető leghamarabb", "amint lehet", "amint lehetséges",
           "amint tudunk", "amint tudok", "valamikor", "előbb utóbb", "rövid időn belül",
           "a közeljövőben", "közeljövőben", "mielőbb", "idővel", "belátható időn belül",
           "legközelebb", "amint tudjuk", "amint lehetőségünk"),
    am=("délelőtt", "reggel"),
    pm=("délután", "este"),
    ranges=("és", "vagy"),
    articles=(),
    oclock=("órakor",),  # "17 órakor": at 17 o'clock
)
