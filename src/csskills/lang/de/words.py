"""German word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language (grammar and ordinary contact-centre German, ``Sie`` and ``du``), not
from any validation set. Words are matched after folding (lower case, umlauts stripped, ß -> s),
so "Grüße" and "Grusse" are one word; chat spellings with "ae/oe/ue" are listed where they
matter. The formal "Sie"/"Ihnen"/"Ihr" cannot be told from "sie" (she, they) once folded: in a
service conversation the address is by far the commoner, so they count as second person.
``stem*`` entries match every word starting with the stem; multi-word entries are ignored by
the word lookup (they live in rules).
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

FIRST_PERSON: frozenset[str] = frozenset(
    {"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines", "wir", "uns",
     "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "ick", "ik", "hab", "bin"}
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "du", "dich", "dir",
     "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer", "eure", "euren",
     "eurem", "eurer", "eures", "bist", "hast", "kannst", "willst", "musst", "sollst",
     "weißt", "weisst"}
)
# What a tag question ends with (after a comma): "Das Paket ist angekommen, oder?"
QUESTION_TAGS: tuple[str, ...] = (
    "oder", "oder nicht", "nicht wahr", "ne", "nee", "nich", "nicht", "gell", "gelle", "gelt",
    "ja", "richtig", "stimmt's", "stimmts", "stimmt", "okay", "ok", "verstanden", "klar",
    "einverstanden", "in ordnung", "korrekt", "wa", "woll", "sehe ich das richtig",
    "habe ich recht", "hab ich recht", "passt das", "passt", "geht das", "alles klar",
)
INTENSIFIERS: tuple[str, ...] = (
    "sehr", "wirklich", "echt", "total", "voll", "extrem", "äußerst", "ziemlich", "so", "zu",
    "absolut", "völlig", "komplett", "wahnsinnig", "unglaublich", "besonders", "richtig", "super",
    "mega", "unheimlich", "höchst", "tierisch", "sowas von", "dermaßen", "derart", "zutiefst",
    "furchtbar", "schrecklich", "irre", "verdammt", "überaus", "ganz", "recht",
)
CONTRAST_WORDS: tuple[str, ...] = (
    "aber", "jedoch", "doch", "allerdings", "trotzdem", "dennoch", "sondern", "obwohl",
    "stattdessen", "hingegen", "wobei",
)
# With a service verb these report a lasting failure ("immer noch nicht angekommen", "erneut
# abgebucht"). "noch" and "wieder" alone are left out: "ich habe noch eine Frage zur Lieferung"
# and "es funktioniert wieder" report nothing wrong.
PERSISTENCE_WORDS: tuple[str, ...] = (
    "immer", "erneut", "nochmal", "nochmals", "ständig", "dauernd", "andauernd", "weiterhin",
    "wiederholt", "zigmal", "jedes mal", "schon wieder", "immer noch", "noch immer",
)
# What a service is expected to do or to have happened: negated, or with "immer noch", it
# reports an unmet expectation ("die Erstattung ist immer noch nicht eingegangen", "es geht
# nicht"); in a question it checks that a fix worked ("Ist der Link angekommen?").
SERVICE_VERBS: tuple[str, ...] = (
    "funktionier*", "geht", "klappt*", "klappen", "geklappt",
    "liefer*", "geliefert", "ankomm*", "angekommen", "kommt", "kam", "kamen", "gekommen",
    "erhalt*", "erhält", "bekomm*", "bekam*", "erstatt*", "zurückerstatt*", "rückerstatt*",
    "gutgeschrieben", "gutschrift*", "überwies*", "überweis*", "ausgezahlt", "gesendet", "gesandt", "sende", "senden", "sendet", "schick*", "geschickt",
    "verschickt", "zugeschickt", "versand*", "versend*", "zugestellt", "zustell*", "repariert",
    "reparier*", "behoben", "beheb*", "gelöst", "lösen", "löst", "antwort*", "geantwortet",
    "beantwort*", "meldet", "melden", "gemeldet", "zurückgerufen", "zurückruf*", "ruft",
    "angerufen", "anruf*", "verbind*", "verbunden", "lädt", "laden", "geladen", "startet",
    "starten", "gestartet", "öffnet", "öffnen", "geöffnet", "aktiviert", "aktivier*",
    "freigeschaltet", "freischalt*", "installiert", "abgebucht", "abbuch*", "belastet",
    "berechnet", "storniert", "stornier*", "bearbeit*", "geholfen", "hilft", "helfen",
    "erledigt", "passiert", "getan", "erreich*", "durchkomm*", "durchgekommen", "eingegangen",
    "angezeigt", "zeigt", "aktualisiert", "ersetzt", "umgetauscht", "abgeholt", "gebracht",
    "eingerichtet", "läuft", "laufen", "gelaufen",
)
# Evaluations of a person: an insult when aimed at the listener ("Sie sind doch unfähig").
INSULT_WORDS: tuple[str, ...] = (
    "idiot*", "vollidiot*", "depp*", "trottel*", "blödmann*", "dummkopf*", "schwachkopf*",
    "hohlkopf*", "dumm", "dumme", "dummer", "dummen", "blöd", "blöde", "blöder", "blöden",
    "doof*", "bescheuert*", "behindert*", "unfähig*", "inkompetent*", "nutzlos*", "versager*",
    "amateur*", "stümper*", "pfuscher*", "witzfigur*", "clown*", "kasper*", "hampelmann*",
    "lügner*", "betrüger*", "abzocker*", "gauner*", "dieb", "diebe", "verbrecher*",
    "halsabschneider*", "ganove*", "ganoven", "schmarotzer*", "parasit*", "penner*", "faul",
    "faule", "faulpelz*", "saftladen*", "sauladen*", "drecksladen*", "vollpfosten*", "honk*",
    "lusche*", "nulpe*", "spast*", "spasti*", "mongo*", "arschloch*", "wichser*", "affe",
    "affen", "esel", "volltrottel*", "nichtsnutz*", "taugenichts", "dilettant*", "trottelverein",
    "inkompetenz", "roboter", "lachnummer*", "loser", "armleuchter*", "dumpfbacke*",
)
# Swearing: abuse when aimed at the listener or said in anger; not in "Verdammt, das ging schnell".
PROFANITY: tuple[str, ...] = (
    "scheiß*", "scheiss*", "kacke", "kack*", "mist", "mistding*", "verdammt*", "verflucht*",
    "verflixt*", "fick*", "gefickt", "verfickt*", "arsch*", "wichser*", "fotze*", "hure*",
    "hurensohn*", "schlampe*", "bastard*", "miststück*", "drecks*", "kotz*", "verarsch*",
    "pisse", "piss*", "fuck*", "shit", "wtf", "fck", "zum teufel", "zur hölle",
    "schwanz", "leck mich", "verpiss*",
)
# Feelings and hardships: what gives an agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "sorge", "sorgen", "besorgt*", "angst", "ängstlich*", "ängste*", "befürcht*", "panik*",
    "nervös*", "gestresst", "stress*", "traurig*", "verzweifel*", "verzweifelt*", "hilflos*",
    "überfordert*", "erschöpft*", "weine", "weinen", "weint", "geweint", "tränen", "schockiert*",
    "geschockt", "entsetzt", "erschrocken", "fassungslos*", "peinlich*", "schäme", "schäm*",
    "einsam*", "krank", "kranke", "kranker", "krankheit*", "erkrankt*", "krankenhaus*", "klinik*", "operation", "operiert", "beerdigung*", "begräbnis*",
    "trauerfeier*", "trauer*", "verstorben*", "gestorben", "todesfall*", "witwe*", "witwer",
    "schwanger*", "baby*", "neugeboren*", "krebs", "chemo*", "pflegefall*", "pflegeheim*",
    "unfall*", "verletzt*", "gestohlen", "geklaut", "bestohlen", "einbruch*", "betrug",
    "betrogen", "abgezockt", "gehackt", "phishing", "arbeitslos*", "schulden*", "pleite",
    "insolvenz*", "räumung*", "zwangsräumung*", "wütend*", "frustriert*", "frust*",
    "enttäuscht*", "verärgert*", "sauer", "genervt", "albtraum*", "alptraum*", "schrecklich*",
    "furchtbar*", "katastroph*", "am boden zerstört", "fix und fertig", "am ende",
    "mit den nerven am ende", "verzweiflung", "kummer*", "schmerz*", "lebensgefährt*",
    "notaufnahme", "intensivstation", "behinderung*", "rollstuhl*", "todkrank*",
)
YES_NO: tuple[str, ...] = (
    "ja", "nein", "doch", "jawohl", "genau", "klar", "natürlich", "selbstverständlich",
    "sicher", "leider", "richtig", "korrekt", "absolut", "jep", "jo", "nö", "nee", "ne",
    "keineswegs", "gewiss", "durchaus", "exakt", "stimmt", "jein", "bestimmt", "definitiv",
)
# Verbs of a step to follow, as a German imperative opens a sentence: formal ("Klicken Sie")
# and informal ("Klick", "Tipp"). A verb-first sentence with a "?" is a question and is typed
# as one first.
INSTRUCTION_VERBS: tuple[str, ...] = (
    "klicken", "klick", "klicke", "tippen", "tipp", "tippe", "drücken", "drück", "drücke",
    "wählen", "wähle", "wähl", "öffnen", "öffne", "gehen", "geh", "gehe", "geben", "gib",
    "starten", "starte", "warten", "warte", "prüfen", "prüfe", "prüf", "überprüfen",
    "überprüfe", "schauen", "schau", "schaue", "ziehen", "zieh", "ziehe", "stecken", "steck",
    "stecke", "trennen", "trenne", "melden", "melde", "loggen", "logg", "logge", "laden", "lade",
    "installieren", "installiere", "aktualisieren", "aktualisiere", "aktivieren", "aktiviere",
    "deaktivieren", "deaktiviere", "scrollen", "scroll", "scrolle", "wischen", "wisch", "halten",
    "halte", "schalten", "schalte", "setzen", "setze", "senden", "sende", "schicken", "schick",
    "schicke", "bestätigen", "bestätige", "füllen", "fülle", "kopieren", "kopiere", "einfügen",
    "löschen", "lösche", "lösch", "ändern", "verwenden", "verwende", "nutzen",
    "nutze", "benutzen", "benutze", "folgen", "folge", "besuchen", "besuche", "rufen", "ruf",
    "rufe", "scannen", "scanne", "drucken", "drucke", "druck", "speichern", "speichere",
    "entfernen", "entferne", "legen", "leg", "lege", "nehmen", "nimm", "suchen", "such",
    "suche", "markieren", "markiere", "verbinden", "verbinde", "hinterlegen", "hinterlege",
    "geben", "tragen", "trag", "trage", "navigieren", "navigiere", "bringen", "bring", "bringe",
    "kleben", "kleb", "klebe", "verpacken", "verpacke", "fotografieren", "antworten",
    "antworte", "schreiben", "schreib", "schreibe", "sehen", "sieh", "einloggen", "ausloggen",
    "abmelden", "anmelden", "neustarten", "zurücksetzen", "ausschalten", "einschalten",
    "ausstecken", "einstecken", "herunterladen", "hochladen", "aufrufen", "auswählen",
)
# Words a customer should not need to know; acronyms are found by their capitals.
JARGON: tuple[str, ...] = (
    "rücklastschrift*", "chargeback*", "anteilig*", "pro rata", "vormerkung*", "autorisierung*",
    "reservierung auf der karte", "valuta", "wertstellung", "buchungsschnitt*", "clearing",
    "mandatsreferenz*", "gläubiger-id", "gläubiger id", "inkasso*", "mahnstufe*", "titulier*",
    "backoffice", "back office", "backend", "second level", "first level", "2nd level",
    "1st level", "level 2", "eskalationsstufe*", "ticketsystem*", "sla", "kpi", "dslam",
    "vectoring", "leitungsprofil*", "port", "portierung*",
    "rufnummernmitnahme", "provisionier*", "bandbreite*", "latenz*", "paketverlust*", "dns",
    "dhcp", "ssid", "firmware", "bridge-modus", "bridge modus", "nat", "routing", "apn",
    "puk", "imei", "roaming", "tae-dose", "tae dose", "apl", "hüp", "ont", "glasfaser-modem",
    "hub", "zustellbasis", "rma", "sku", "avisierung*", "frachtbrief*", "regress*",
    "subrogation", "deckungssumme*", "deckungszusage*", "schadensregulierung*", "tarifierung*",
    "sonderkündigungsrecht*", "bonitätsprüfung*", "schufa-abfrage*", "annuität*", "tilgung*",
    "disagio", "effektivzins*", "sollzins*", "netzentgelt*", "arbeitspreis*", "marktlokation*",
    "zählpunkt*", "pnr", "tarifklasse*", "buchungsklasse*", "überbuchung*", "no show",
    "workflow", "token", "cache", "deployment", "rollout", "ticket-id", "case-id",
)
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"OK", "TV", "PC", "SMS", "MMS", "PIN", "TAN", "IBAN", "BIC", "MWST", "AG", "EU", "USA",
     "DHL", "DPD", "GLS", "UPS", "ADAC", "ARD", "ZDF", "DB", "ICE", "PKW", "LKW", "KFZ", "AGB",
     "PDF", "USB", "FAQ", "URL", "SIM", "ID", "4G", "5G", "3G", "LTE", "WLAN", "DSL", "GPS",
     "DVD", "CD", "EC", "PLZ", "BRD", "PS", "SEPA", "TÜV", "TUV", "HD", "MB", "GB", "KB", "EUR",
     "CHF", "DE", "AT", "CH", "SB", "KW", "NR", "IT", "HR", "CEO", "LG", "MFG", "VG", "WC",
     "OP", "ICH", "SIE", "DU", "ES", "DAS", "DIE", "DER", "UND", "IST", "NICHT", "KEIN",
     "JA", "NEIN", "NIE", "WAS", "WIE", "SO", "MIR", "MICH", "SEHR", "IMMER", "NOCH", "JETZT",
     "SOFORT", "ALLES", "GAR", "DOCH", "NUR", "HEUTE", "KEINE", "HIER", "VW", "BMW", "GMBH",
     "AOK", "TK", "DAK", "ABO", "NRW", "UKW", "OTTO", "ALDI", "LIDL", "IKEA", "SCHUFA"}
)
BACKCHANNELS: frozenset[str] = frozenset(
    {"mhm", "mh", "hm", "hmm", "aha", "ah", "ach", "achso", "ja", "jaja", "jo", "jep", "okay",
     "ok", "oke", "okey", "genau", "klar", "gut", "alles", "verstehe", "stimmt", "richtig", "so",
     "na", "äh", "ähm", "eh", "super", "prima", "ahja", "ah ja", "alles klar", "in ordnung",
     "verstanden", "gerne", "gern", "jawohl", "sicher", "schön", "toll", "ach so", "ordnung"}
)
# A light stemmer: enough for "Lieferung"/"liefern"/"lieferte" and "Erstattung"/"erstatten" to
# meet (applied to folded words: "ä" is "a").
SUFFIXES: tuple[str, ...] = (
    "ungen", "ung", "heiten", "heit", "keiten", "keit", "lichen", "licher", "liches", "liche",
    "lich", "ischen", "ische", "isch", "igen", "iger", "ige", "est", "en", "er", "es",
    "em", "et", "te", "st", "e", "n", "s", "t",
)

_NUMBERS = {
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "vierzehn": 14, "fünfzehn": 15,
    "zwanzig": 20, "dreißig": 30, "vierundzwanzig": 24, "achtundvierzig": 48,
    "zweiundsiebzig": 72, "paar": 3, "ein paar": 3, "einige": 3, "einigen": 3, "wenige": 3,
    "wenigen": 3, "ein bis zwei": 2, "zwei bis drei": 3, "anderthalb": 2, "eineinhalb": 2,
    "zwo": 2,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"minute*": "minute", "min": "minute", "stunde*": "hour",
           "std": "hour", "h": "hour", "tag": "day", "tage": "day", "tagen": "day",
           "tages": "day", "tags": "day", "woche*": "week", "wochen": "week", "monat*": "month",
           # "Werktage" says business days in one word
           "werktag*": "business_day", "arbeitstag*": "business_day",
           "geschäftstag*": "business_day", "bankarbeitstag*": "business_day"},
    business=(),
    weekdays={"montag*": 0, "dienstag*": 1, "mittwoch*": 2, "donnerstag*": 3, "freitag*": 4,
              "samstag*": 5, "sonnabend*": 5, "sonntag*": 6},
    relative={"heute": 0, "noch heute": 0, "heute noch": 0, "heute abend": 0, "heute nachmittag": 0,
              "heute morgen": 0, "heute vormittag": 0, "im laufe des tages": 0,
              "bis feierabend": 0, "bis heute abend": 0, "heut": 0,
              "morgen": 1, "morgen früh": 1, "morgen vormittag": 1, "morgen nachmittag": 1,
              "morgen abend": 1, "gleich morgen": 1, "übermorgen": 2, "uebermorgen": 2,
              "in den nächsten tagen": 3, "in den naechsten tagen": 3},
    next_week=("nächste woche", "naechste woche", "kommende woche", "nächster woche",
               "in der nächsten woche", "in der kommenden woche", "innerhalb einer woche",
               "binnen einer woche"),
    end_of_week=("(bis|zum|gegen|am) ende (der|dieser) woche", "(bis|vor dem|zum) wochenende",
                 "bis freitagabend"),
    vague=("bald", "demnächst", "demnaechst", "zeitnah", "schnellstmöglich", "schnellstens",
           "baldmöglichst", "baldigst", "so schnell wie möglich", "so bald wie möglich",
           "sobald wie möglich", "so schnell es geht", "sobald (ich|wir|es) (kann|können|geht)",
           "in kürze", "in kuerze", "später", "irgendwann", "asap", "möglichst bald",
           "möglichst schnell", "bei gelegenheit", "in absehbarer zeit",
           "so bald als möglich", "schnellstmoeglich", "zeitnahe"),
    am=("uhr morgens", "uhr früh", "uhr vormittags", "morgens", "vormittags"),
    pm=("uhr nachmittags", "uhr abends", "nachmittags", "abends", "am nachmittag", "am abend"),
    # "Morgen" is also the morning: "Guten Morgen" is listed with the range words, which the
    # deadline reader steps over, so that a greeting is not read as "tomorrow".
    ranges=("bis", "oder", "-", "–", "guten morgen", "(jeden|am|den ganzen|am frühen) morgen"),
    articles=("ein", "eine", "einer", "einem", "einen", "eines"),
    at=("um", "gegen"),  # "um 17 Stunden" is rare, but "gegen 17 h" says a clock time
    oclock=("uhr",),  # "bis 12 Uhr", "um 17 Uhr"
)
