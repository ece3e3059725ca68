"""English word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language (grammar books and ordinary contact-centre English), not from any
validation set. ``stem*`` entries match every word starting with the stem.
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

FIRST_PERSON: frozenset[str] = frozenset(
    {"i", "i'm", "im", "i've", "ive", "i'll", "i'd", "me", "my", "mine", "myself",
     "we", "we're", "we've", "we'll", "we'd", "us", "our", "ours", "ourselves"}
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"you", "you're", "youre", "you've", "youve", "you'll", "youll", "you'd", "youd", "your",
     "yours", "yourself", "yourselves", "u", "ur", "ya", "y'all"}
)
QUESTION_TAGS: tuple[str, ...] = (
    "right", "ok", "okay", "correct", "yes", "yeah", "no", "eh", "huh", "yea", "alright",
    "is that right", "is that correct", "am i right", "does that sound right",
    "(isn't|is not|wasn't|aren't|weren't|doesn't|don't|didn't|won't|can't|couldn't|shouldn't|"
    "wouldn't|haven't|hasn't|hadn't) (it|you|he|she|we|they|there|that|i)",
    "(is|was|are|were|does|do|did|will|can|could|should|would|have|has|had) (it|you|he|she|we|"
    "they|there|that|i)",
)
INTENSIFIERS: tuple[str, ...] = (
    "very", "really", "so", "extremely", "totally", "completely", "absolutely", "incredibly",
    "truly", "deeply", "utterly", "super", "too", "such", "most", "highly", "seriously",
)
CONTRAST_WORDS: tuple[str, ...] = ("but", "however", "though", "although", "yet", "instead")
# With a service verb these report a lasting failure ("it still doesn't work", "again").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "still", "yet", "again", "anymore", "keeps", "keep", "kept", "constantly", "repeatedly",
    "ever", "since", "already",
)
# What a service is expected to do or to have happened: negated, or with "still", it reports an
# unmet expectation ("it still doesn't work", "the refund never arrived"); in a question it
# checks that a fix worked ("did the link arrive?").
SERVICE_VERBS: tuple[str, ...] = (
    "work*", "arriv*", "receiv*", "recieve*", "get", "got", "gets", "getting", "deliver*",
    "come", "came", "comes", "show*", "turn*", "load*", "connect*", "open*", "fix*",
    "refund*", "repair*", "respond*", "repl*", "answer*", "call* back", "ring*", "rang",
    "send", "sent", "ship*", "dispatch*", "process*", "credit*", "resolv*", "solv*", "sort*",
    "reach*", "happen*", "start*", "activat*", "install*", "update*", "cancel*", "charg*",
    "contact*", "help*", "appear*", "restor*", "pay*", "paid", "return*", "collect*",
    # what the service delivers, for "no internet", "without signal", "still no refund"
    "internet", "wifi", "wi-fi", "broadband", "signal", "connection", "service", "power",
    "electricity", "heating", "water", "refund", "reply", "response", "answer", "update",
    "delivery", "parcel", "package", "callback", "engineer", "technician", "access", "coverage",
)
# Evaluations of a person: an insult when aimed at the listener ("you're useless").
INSULT_WORDS: tuple[str, ...] = (
    "idiot*", "moron*", "stupid*", "dumb*", "imbecile*", "clown*", "loser*", "pathetic",
    "useless", "incompetent*", "worthless", "hopeless", "clueless", "brainless", "ignorant",
    "joke", "jokes", "disgrace*", "embarrassment", "shameful", "liar*", "thie*", "crook*",
    "scammer*", "fraud*", "robot", "robots", "lazy", "rude", "scum*", "jerk*", "fool*", "muppet*",
    "amateur*", "parasite*", "vultures",
    "cowboys", "donkey*", "numpty", "halfwit*", "dimwit*", "dunce",
    # sexual words aimed at the listener ("are you naked"): harassment of the agent
    "sex", "sexy", "horny", "nude", "nudes", "naked", "penis", "cock", "boobs", "tits", "cum",
    "blowjob", "semen", "porn",
)
# Swearing: abuse when aimed at the listener or said in anger; not in "damn, that was fast".
PROFANITY: tuple[str, ...] = (
    "fuck*", "fck*", "fuk*", "phuck*", "shit*", "bullshit", "crap*", "damn*", "goddamn*",
    "dammit", "hell", "bloody", "bastard*", "bitch*", "asshole*", "arsehole*", "piss", "pissed",
    "pissing", "wtf", "stfu", "dick", "dicks", "dickhead*", "prick", "pricks", "twat*", "cunt*",
    "wanker*", "bollocks", "sod", "frigging",
    "freaking", "effing",
)
# Feelings and hardships: what gives an agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "worr*", "anxious*", "anxiety", "scared", "afraid", "frighten*", "terrified", "panic*",
    "nervous*", "stress*", "upset*", "sad", "sadness", "devastat*", "heartbroken", "crying",
    "cried", "tears", "distress*", "shaken", "shock*", "desperate*", "helpless*", "overwhelm*",
    "embarrass*", "humiliat*", "ashamed", "lonely", "grie*", "mourn*", "frustrat*", "angry",
    "furious", "disappoint*", "exhausted", "hurt", "gutted", "miserable", "unwell", "ill",
    "sick", "hospital*", "surgery", "operation", "funeral", "died", "dying", "passed away",
    "bereave*", "widow*", "cancer", "pregnan*", "newborn", "baby", "stolen", "robbed", "fraud*",
    "scam*", "redundan*", "evict*", "debt*", "struggl*", "ruin*", "nightmare",
    "awful", "terrible", "horrible", "dread*", "fear*", "lost my",
)
YES_NO: tuple[str, ...] = (
    "yes", "yeah", "yep", "yup", "no", "nope", "sure", "certainly", "absolutely", "correct",
    "definitely", "indeed", "unfortunately", "afraid",
)
# Verbs of a step to follow: an instruction (a concrete how-to) when a sentence opens with one.
INSTRUCTION_VERBS: tuple[str, ...] = (
    "tap", "click", "press", "select", "choose", "pick", "open", "go", "enter", "type", "log",
    "sign", "scroll", "swipe", "hold", "switch", "turn", "unplug", "plug", "restart", "reboot",
    "reset", "wait", "check", "look", "find", "download", "install", "update", "upload",
    "attach", "print", "fill", "complete", "confirm", "save", "send", "reply", "call", "drop",
    "take", "bring", "pack", "stick", "cut", "insert", "remove", "connect", "disconnect",
    "move", "place", "put", "set", "change", "use", "follow", "visit", "head", "add", "delete",
    "copy", "paste", "verify", "activate", "accept", "allow", "enable", "disable",
)
# Words a customer should not need to know; acronyms are found by their capitals.
JARGON: tuple[str, ...] = (
    "chargeback*", "representment", "acquirer*", "issuer", "pro-rata", "prorat*", "provision*",
    "backend", "back-end", "frontend", "escalation matrix", "ticketing", "queue*", "tier",
    "sla*", "kpi*", "dunning", "arrears", "remittance", "reconcil*", "accru*", "amortis*",
    "amortiz*", "debit position", "reprofil*", "tariff", "firmware", "bandwidth", "latency",
    "throughput", "packet*", "ssid*", "dhcp", "dns", "ip", "mac", "mimo", "beamforming",
    "backhaul", "node*", "consignment*", "manifest*", "waybill*", "rma*", "sku*", "ssl",
    "token*", "auth", "authorisation hold", "authorization hold", "pre-auth*", "mandate*",
    "bacs", "chaps", "swift", "iban", "bic", "apis", "pnr*", "gds", "fare basis", "codeshare",
    "interline", "subrogation", "excess", "underwrit*", "indemnit*", "deductible*",
    "net off", "netted", "mrc", "nrc", "eac", "kwh", "standing charge*", "meter read*",
    "port* out", "pac", "stac", "imei", "puk", "sim swap", "apn*", "roaming", "msisdn",
)
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"OK", "TV", "PC", "SMS", "PIN", "ID", "UK", "US", "USA", "EU", "USB", "PDF", "FAQ", "ATM",
     "VAT", "AM", "PM", "GMT", "UTC", "BST", "CEO", "IT", "HR", "DIY", "ASAP", "FYI", "NHS",
     "BBC", "EUR", "GBP", "USD", "WIFI", "HD", "4G", "5G", "3G", "GB", "MB", "TB", "KM",
     "DVD", "CD", "SIM", "APP", "URL", "WWW", "COVID", "I", "A", "OR", "NO", "AND"}
)
BACKCHANNELS: frozenset[str] = frozenset(
    {"mm", "mmm", "mhm", "mm-hm", "mm-hmm", "hm", "hmm", "uh-huh", "uh", "um", "aha", "ah",
     "oh", "ok", "okay", "yeah", "yes", "right", "sure", "yep", "uhuh", "mhmm"}
)
# A light stemmer: enough for "worried"/"worrying"/"worries" and "delivery"/"delivered" to meet.
SUFFIXES: tuple[str, ...] = (
    "ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ers", "ed", "er", "es",
    "ly", "s", "y", "e",
)

_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty eight": 48, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
    "twenty four": 24, "half an": 1,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"minute*": "minute", "min": "minute", "mins": "minute", "hour*": "hour",
           "hr": "hour", "hrs": "hour", "day*": "day", "week*": "week", "wk*": "week",
           "month*": "month", "fortnight": "week"},
    business=("business", "working", "work"),
    weekdays={"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2,
              "wed": 2, "thursday": 3, "thu": 3, "thurs": 3, "friday": 4, "fri": 4,
              "saturday": 5, "sat": 5, "sunday": 6, "sun": 6},
    relative={"today": 0, "tonight": 0, "this (morning|afternoon|evening)": 0,
              "end of (the|) day": 0, "by close of business": 0, "eod": 0, "cob": 0,
              "tomorrow": 1, "tmrw": 1, "tmr": 1, "day after tomorrow": 2},
    next_week=("next week", "within a week", "in a week"),
    end_of_week=("end of (the|this) week", "by the weekend"),
    vague=("soon", "shortly", "asap", "as soon as (possible|we can|i can|they can)",
           "in due course", "at some point", "(sometime|some time)", "when (we|i|they) can",
           "in the near future", "in a (bit|while)", "eventually", "before long",
           "(very|really) soon"),
    ranges=("to", "or"),
    articles=("the", "an", "a"),
    oclock=("o'clock", "oclock"),
)
