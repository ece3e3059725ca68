"""Latvian word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language (grammar and ordinary Latvian contact-centre speech, polite plural
``Jūs`` and informal ``tu``), not from any validation set. ``stem*`` entries match every word
starting with the stem. Entries are folded like the text (diacritics stripped: ā -> a,
š -> s, ļ -> l ...), so stems are chosen to stay clear of the words that folding makes collide:
no ``nāv*`` (*nāve* "death" would reach *nav* "is not"), no ``parād*`` (*parāds* "debt" beside
*parādīt* "to show"), no ``bļa*`` (*blakus*, *blanka*), no ``atlaid*`` for *atlaists*
(*atlaide* "discount").

Latvian negates a verb with the prefix ``ne-`` inside the word (*nestrādā*, *nesaņēmu*); such
words are other words, so the negated service verbs are listed beside the plain ones.
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

FIRST_PERSON: frozenset[str] = frozenset(
    {"es", "man", "mani", "manis", "mans", "mana", "manu", "manas", "manā", "manam", "manai",
     "manus", "manos", "mēs", "mums", "mūs", "mūsu", "mūsējais", "esmu", "esam", "pats",
     "pati", "manuprāt"}
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"jūs", "jums", "jūsu", "jūsējais", "jūsējā", "jūsos", "tu", "tev", "tevi", "tevis", "tavs",
     "tava", "tavu", "tavi", "tavas", "tavā", "tavam", "tavai", "tavus", "esat", "esi", "varat",
     "vari", "gribat", "gribi", "vēlaties", "vēlies", "sakāt", "saki", "teicāt", "teici",
     "saņēmāt", "saņēmi", "zvanījāt", "zvanīji", "rakstījāt", "rakstīji", "gaidāt", "gaidi",
     "mēģinājāt", "mēģināji", "pasūtījāt", "pasūtīji", "maksājāt", "maksāji", "jūsuprāt",
     "tavuprāt", "paši", "pašam", "pašai", "jūsējo"}
)
# What ends a tag question ("..., vai ne?").
QUESTION_TAGS: tuple[str, ...] = (
    "vai ne", "jā", "ne", "vai ne tā", "vai tā", "labi", "ok", "pareizi", "vai pareizi",
    "tiesa", "vai tiesa", "nu", "tā", "vai ne tiesa", "skaidrs", "norunāts",
)
INTENSIFIERS: tuple[str, ...] = (
    "ļoti", "tiešām", "patiešām", "pilnīgi", "absolūti", "galīgi", "šausmīgi", "neticami",
    "ārkārtīgi", "īpaši", "pārāk", "tik", "totāli", "baigi", "traki", "dikti", "nenormāli",
    "super", "sevišķi", "ļoti ļoti", "pavisam", "briesmīgi", "drausmīgi", "nežēlīgi",
)
CONTRAST_WORDS: tuple[str, ...] = (
    "bet", "taču", "tomēr", "turpretī", "savukārt", "toties", "kaut", "lai gan", "kaut gan",
)
# With a service verb these report a lasting failure ("joprojām nestrādā", "atkal nav").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "joprojām", "vēl", "atkal", "vēlreiz", "aizvien", "arvien", "nemitīgi", "pastāvīgi",
    "regulāri", "vairākkārt", "kopš", "allaž", "nepārtraukti", "dienām", "nedēļām",
    "mēnešiem", "stundām", "otro", "trešo", "atkārtoti",
)
# What a service is expected to do: negated (the ne- forms, or "nav" with a participle) or with
# "joprojām" it reports an unmet expectation; asked about, it checks that a fix worked.
SERVICE_VERBS: tuple[str, ...] = (
    "strādā*", "nestrādā*", "darboj*", "nedarboj*", "pienāk*", "pienāc*", "nepienāk*",
    "nepienāc*", "atnāk*", "atnāc*", "neatnāk*", "neatnāc*", "saņēm*", "saņem*", "nesaņēm*",
    "nesaņem*", "piegād*", "nepiegād*", "atmaksā*", "neatmaksā*", "atbild*", "neatbild*",
    "atzvan*", "neatzvan*", "piezvan*", "nepiezvan*", "zvanīj*", "salabo*", "izlabo*",
    "nosūt*", "nenosūt*", "atsūt*", "neatsūt*", "aizsūt*", "sūtīj*", "pieslēdz*", "pieslēg*",
    "nepieslēdz*", "ielād*", "neielād*", "atver*", "neatver*", "ieslēdz*", "neieslēdz*",
    "novērs*", "atrisin*", "neatrisin*", "apstrād*", "ieskait*", "neieskait*", "aktivizē*",
    "atcel*", "norakst*", "iekasē*", "palīdz*", "nepalīdz*", "notik*", "notiek", "nenotiek",
    "nenotika", "ieradā*", "ieradī*", "neieradā*", "atjauno*", "nomain*", "izsūt*",
    "atgriez*", "ienāk*", "ienāc*", "neienāk*", "neienāc*", "iet", "neiet", "gāja", "negāja",
    "sazinā*", "nesazinā*", "reaģē*", "nereaģē*", "izpild*", "neizpild*",
)
# Evaluations of a person: an insult when aimed at the listener ("jūs esat krāpnieki").
INSULT_WORDS: tuple[str, ...] = (
    "idiot*", "debil*", "kretīn*", "stulbeni*", "stulbeņ*", "stulb*", "muļķ*", "dumj*",
    "lohs", "lohi", "lops", "lopi", "cūka", "cūkas", "ēzel*", "ēzeļ*", "aitasgalv*",
    "neliet*", "krāpniek*", "zaglis", "zagļi", "blēdis", "blēži", "melis", "meļi", "meloj*",
    "nekompetent*", "bezsmadzeņ*", "riebekl*", "nejēga", "nejēgas", "draņķ*", "mērkaķ*",
    "klauns", "klauni", "jokdar*", "sliņķ*", "slinkie", "bezkauņ*", "nekauņ*", "bezjēdzīg*",
    "nožēlojam*", "neprašas", "nevīž*", "rupekl*", "nekaunīg*", "augstprātīg*", "aptaurēt*",
    "idiotisk*", "dauņi", "dauņis", "tupiņ*", "robots", "roboti",
)
# Swearing: abuse when aimed at the listener or said in anger, not in "velns, cik ātri!".
PROFANITY: tuple[str, ...] = (
    "sūds", "sūdi", "sūdu", "sūdīg*", "sūdos", "sūdā", "sūdiem", "pizd*", "pizģ*", "bļa",
    "bļaģ*", "bļeģ*", "nahuj", "nahui", "ņahuj", "huj*", "pohuj", "pist", "pisties", "pisies",
    "dirst", "dirsā", "mauka", "maukas", "kuce", "kuces", "velns", "velna", "velnu", "velnā",
    "sasodīt*", "nolādēt*", "ellē", "mēsli", "mēslu", "jobans", "jobtvaj*", "blin", "blins",
    "nafig", "suka", "suki", "mudak*", "pidar*",
)
# Feelings and hardships: what gives the agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "uztrauc*", "satrauc*", "bail*", "baidos", "nobij*", "panik*", "nervoz*", "stres*",
    "bēdīg*", "bēdas", "skumj*", "skumst", "raudu", "raudāju", "raudot", "raudās", "asar*",
    "izmis*", "bezpalīdzīg*", "nomākt*", "vīlies", "vīlusies", "vilšan*", "sarūgtin*",
    "dusmīg*", "nikn*", "saniknot*", "noguris", "nogurusi", "nogurum*", "izsmelt*", "slims",
    "slima", "slimīb*", "saslim*", "slimnīc*", "operēj*", "bēres", "bērēs", "nomira",
    "nomiris", "mirusi", "miris", "nāve", "nāves", "vēzis", "vēzi", "vēža", "grūtniec*",
    "mazulis", "mazuli", "mazuļ*", "zīdaiņ*", "jaundzimuš*", "nozag*", "apzag*", "krāpšan*",
    "bezdarbn*", "atlaist*", "parādnie*", "parādos", "kredītparād*", "murgs", "murgu",
    "šausmas", "briesmīg*", "vientuļ*", "kauns", "apkaunoj*", "pazemoj*", "nelaim*",
    "avārij*", "zaudēj*", "sēras", "sērās", "sērojam", "sēroju", "aizvainot*", "apvainot*", "sašut*", "izbied*",
)
YES_NO: tuple[str, ...] = (
    "jā", "nē", "protams", "noteikti", "diemžēl", "pareizi", "tieši", "nav", "ir", "labi",
    "skaidrs", "jap", "nekādā", "droši", "varam", "varat", "nevaram", "jāā",
)
# Verbs of a step to follow, in the polite plural (-iet) and informal imperative.
INSTRUCTION_VERBS: tuple[str, ...] = (
    "noklikšķiniet", "noklikšķini", "klikšķiniet", "klikšķini", "spiediet", "nospiediet",
    "nospied", "spied", "izvēlieties", "izvēlies", "atveriet", "atver", "ieejiet", "ieej",
    "dodieties", "dodies", "ievadiet", "ievadi", "ierakstiet", "ieraksti", "restartējiet",
    "restartē", "pārstartējiet", "pārstartē", "pagaidiet", "pagaidi", "pārbaudiet", "pārbaudi",
    "lejupielādējiet", "lejupielādē", "instalējiet", "instalē", "atjauniniet", "atjaunini",
    "augšupielādējiet", "pievienojiet", "pievieno", "aizpildiet", "aizpildi", "apstipriniet",
    "apstiprini", "saglabājiet", "saglabā", "nosūtiet", "nosūti", "atsūtiet", "atsūti",
    "zvaniet", "zvani", "piezvaniet", "piezvani", "izslēdziet", "izslēdz", "ieslēdziet",
    "ieslēdz", "atvienojiet", "atvieno", "pieslēdziet", "pieslēdz", "ievietojiet", "ievieto",
    "izņemiet", "izņem", "nomainiet", "nomaini", "mainiet", "maini", "izmantojiet",
    "izmanto", "sekojiet", "seko", "apmeklējiet", "apmeklē", "dzēsiet", "izdzēsiet", "izdzēs",
    "kopējiet", "nokopējiet", "ielīmējiet", "pierakstieties", "piesakieties", "piesakies",
    "ritiniet", "velciet", "pieskarieties", "pieskaries", "turiet", "turi", "iepakojiet",
    "iepako", "nogādājiet", "aizvediet", "atnesiet", "ņemiet", "paņemiet", "paņem",
    "atļaujiet", "iespējojiet", "atspējojiet", "skenējiet", "nofotografējiet", "ejiet", "ej",
    "atrodiet", "atrodi", "meklējiet", "meklē", "ielādējiet", "pārlādējiet", "norādiet",
    "norādi", "iestatiet", "iestati", "aktivizējiet", "aktivizē", "uzgaidiet", "uzgaidi",
)
# Business, telecom, banking, IT and logistics words a customer should not need to know.
JARGON: tuple[str, ...] = (
    "chargeback", "čārdžbek*", "klīring*", "valutēšanas datum*", "kontējum*",
    "autorizācijas bloķējum*", "rezervētā summa", "eskalē*", "eskalācij*", "tiket*", "sla",
    "joslas platum*", "latentum*", "pakešu zudum*", "sinhronizācij*", "mikroprogramm*",
    "firmware", "backend", "bekend*", "kešatmiņ*", "marķier*", "autentifikācij*", "pavadzīm*",
    "muitošan*", "šķirošanas centr*", "regresa prasīb*", "subrogācij*", "līgumsod*",
    "tarifikācij*", "bāzes stacij*", "otrā līmeņa", "back office", "bekofis*", "crm", "ivr",
    "provizorisk* summ*", "debetēšan*", "kreditēšanas limit*", "uzkrājuma konts",
    "proporcionāl* aprēķin*", "pro rata",
)
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"SMS", "PIN", "IBAN", "PVN", "VID", "CSDD", "LMT", "LTV", "TV", "PC", "USB", "GB", "MB",
     "TB", "4G", "5G", "3G", "WIFI", "OK", "PDF", "ES", "EUR", "USD", "ATM", "ID", "SIM", "APP",
     "SIA", "AS", "VSAA", "NVD", "LR", "ASV", "QR", "COVID", "KM", "NĒ", "JĀ", "UN", "BET",
     "GPS", "DPD", "TET", "IK", "PTAC", "BUJ", "OCTA", "KASKO", "LV"}
)
BACKCHANNELS: frozenset[str] = frozenset(
    {"jā", "jāā", "aha", "ahā", "mhm", "hmm", "hm", "mm", "skaidrs", "labi", "sapratu",
     "saprotu", "okei", "ok", "nu", "protams", "tā", "tieši", "pareizi", "aja", "jap", "jā-jā",
     "aijā"}
)
# A light, conservative stemmer over folded text: noun and adjective case endings, longest
# first, enough for "pasūtījums"/"pasūtījumu"/"pasūtījumā" to meet.
SUFFIXES: tuple[str, ...] = (
    "ajiem", "ajam", "ajai", "ajas", "ajos", "ajam", "iem", "am", "ai", "as", "os", "us",
    "ei", "es", "em", "is", "im", "ie", "u", "a", "e", "i", "s",
)

_NUMBERS = {
    "viens": 1, "viena": 1, "vienas": 1, "vienu": 1, "vienā": 1, "divas": 2, "divi": 2,
    "divām": 2, "diviem": 2, "divu": 2, "trīs": 3, "trijām": 3, "triju": 3, "četras": 4,
    "četri": 4, "četrām": 4, "piecas": 5, "pieci": 5, "piecām": 5, "piecu": 5, "sešas": 6,
    "seši": 6, "septiņas": 7, "septiņām": 7, "astoņas": 8, "deviņas": 9, "desmit": 10,
    "četrpadsmit": 14, "piecpadsmit": 15, "divdesmit": 20, "trīsdesmit": 30, "pāris": 2,
    "pāri": 2, "dažas": 3, "dažām": 3, "dažu": 3, "dažiem": 3, "pusstundas": 1,
    "pusstundu": 1, "divdesmit četras": 24, "divdesmit četru": 24,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"minūt*": "minute", "minūš*": "minute", "min": "minute", "stund*": "hour",
           "h": "hour", "dien*": "day", "darbdien*": "business_day", "nedēļ*": "week",
           "mēnes*": "month", "mēneš*": "month"},
    business=("darba",),
    weekdays={"pirmdien*": 0, "otrdien*": 1, "trešdien*": 2, "ceturtdien*": 3,
              "piektdien*": 4, "sestdien*": 5, "svētdien*": 6},
    relative={"šodien*": 0, "šovakar": 0, "šodien pat": 0, "līdz dienas beigām": 0,
              "līdz darba dienas beigām": 0, "šorīt": 0, "šopēcpusdien": 0, "rīt": 1,
              "rītdien*": 1, "rīt no rīta": 1, "parīt": 2, "aizparīt": 3},
    next_week=("nākamnedēļ*", "nākamajā nedēļā", "nākošnedēļ*", "nākošajā nedēļā",
               "nedēļas laikā", "nākamās nedēļas laikā"),
    end_of_week=("līdz nedēļas beigām", "šīs nedēļas laikā", "šonedēļ", "līdz nedēļas nogalei",
                 "šīs nedēļas beigās"),
    vague=("drīzumā", "drīz", "tuvākajā laikā", "pēc iespējas ātrāk", "pēc iespējas drīzāk",
           "cik drīz vien iespējams", "tiklīdz varēsim", "tiklīdz varēšu", "tiklīdz būs",
           "kādreiz", "vēlāk", "tuvākajās dienās", "tuvākajā nākotnē", "kaut kad",
           "laika gaitā", "ar laiku", "tiklīdz iespējams"),
    am=("no rīta", "priekšpusdienā"),
    pm=("pēcpusdienā", "vakarā"),
    ranges=("līdz", "vai"),
    articles=(),
)
