"""Spanish word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language as it is spoken and typed in contact centres in Spain and Latin
America (formal ``usted`` and informal ``tú``/``vos``), not from any validation set. Every entry
is folded before use (lower case, accents stripped), so "está" and "esta", "sí" and "si" are the
same word here: entries are chosen with that in mind. ``stem*`` entries match every word
starting with the stem; multi-word entries are ignored by the word lookup (they live in rules).
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

# Subject pronouns and possessives of the speaker. The clitics "me" and "nos" are left out on
# purpose: in Spanish they mostly mark a reflexive verb whose content is about the listener
# ("me imagino lo frustrante que es", "nos preocupa su caso"), and the engine reads a
# first-person sentence without "you" as the speaker's report of their own feelings.
FIRST_PERSON: frozenset[str] = frozenset(
    {"yo", "mi", "mis", "mío", "mía", "míos", "mías", "conmigo", "nosotros", "nosotras",
     "nuestro", "nuestra", "nuestros", "nuestras"}
)
# Pronouns and possessives of the listener, formal and informal, Spain (vosotros) and the
# Americas (ustedes, vos), the usual chat abbreviations, and the second-person verb forms of
# tú/vos/vosotros that no other person shares (the usted forms are the third person's).
SECOND_PERSON: frozenset[str] = frozenset(
    {"usted", "ustedes", "ud", "uds", "vd", "vds", "tú", "tu", "tus", "te", "ti", "contigo",
     "vos", "le", "les", "su", "sus", "suyo", "suya", "suyos", "suyas", "tuyo", "tuya",
     "tuyos", "tuyas", "os", "vosotros", "vosotras", "vuestro", "vuestra", "vuestros",
     "vuestras",
     "eres", "sois", "estás", "estáis", "tienes", "tenéis", "has", "habéis", "puedes",
     "podéis", "sabes", "sabéis", "quieres", "queréis", "necesitas", "llevas", "vas", "vais",
     "hiciste", "dijiste", "hicisteis", "dijisteis", "sos", "tenés", "podés", "querés",
     "sabés"}
)
# What a tag question ends with, after a comma: "lo recibió ayer, ¿verdad?".
QUESTION_TAGS: tuple[str, ...] = (
    "verdad", "no", "vale", "sí", "cierto", "correcto", "de acuerdo", "ok", "okey", "okay", "eh",
    "me explico", "me entiende", "me entiendes", "me sigue", "me sigues", "no es así",
    "no es cierto", "le parece", "te parece", "le parece bien", "te parece bien", "a que sí",
    "está bien", "entendido", "queda claro", "no cree", "no crees", "no le parece",
    "no te parece", "sí o no", "dale", "ya", "bien",
)
INTENSIFIERS: tuple[str, ...] = (
    "muy", "mucho", "mucha", "muchísimo", "muchísima", "tan", "tanto", "tanta", "super",
    "súper", "re", "bastante", "demasiado", "demasiada", "realmente", "totalmente",
    "completamente", "absolutamente", "increíblemente", "sumamente", "extremadamente",
    "verdaderamente", "profundamente", "enormemente", "terriblemente", "tremendamente",
    "especialmente", "híper", "requete", "tremendo", "tremenda",
)
CONTRAST_WORDS: tuple[str, ...] = ("pero", "aunque", "sino", "embargo", "obstante", "igualmente")
# With a service verb these report a lasting failure ("todavía no ha llegado", "sigue sin
# funcionar", "vuelve a fallar").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "todavía", "aún", "sigue", "sigo", "siguen", "seguimos", "continúa", "continúan",
    "nuevamente", "constantemente", "continuamente", "repetidamente",
)
# What a service is expected to do (verb stems) or to deliver (nouns): negated, with "todavía"
# or "sin", they report an unmet expectation ("no me ha llegado", "sigo sin internet"); in a
# question they check that a fix worked ("¿ya le llegó el correo?").
SERVICE_VERBS: tuple[str, ...] = (
    "funcion*", "lleg*", "recib*", "entreg*", "envi*", "mand*", "devolv*", "devuel*",
    "reembols*", "abon*", "respond*", "contest*", "llam*", "arregl*", "solucion*", "resolv*",
    "resuel*", "repar*", "conect*", "carg*", "cobr*", "activ*", "instal*", "actualiz*",
    "cancel*", "proces*", "tramit*", "gestion*", "atend*", "atiend*", "ayud*", "aparec*",
    "abre", "abren", "abrir", "abrió", "abierto", "pago", "pagos", "pagar", "pagado",
    "pagué", "pagó", "pagaron", "pague", "contact*", "avis*",
    "confirm*", "descarg*", "encend*", "enciend*", "arranc*", "recog*", "restabl*", "ingres*",
    "transfer*", "reintegr*", "sirve", "sirven", "sirvió", "anda", "andan", "vino", "vinieron",
    "viene", "vienen", "venir", "venido", "dieron", "dan",
    # what the service delivers, for "sin internet", "todavía no hay señal", "ni rastro del
    # reembolso"
    "internet", "wifi", "señal", "conexión", "cobertura", "servicio", "luz", "electricidad",
    "calefacción", "agua", "gas", "línea", "respuesta", "noticias", "paquete", "acceso",
)
# Evaluations of a person: an insult when aimed at the listener ("eres un inútil").
INSULT_WORDS: tuple[str, ...] = (
    "inútil", "inútiles", "incompetent*", "idiota*", "imbécil*", "imbecil*", "estúpid*",
    "tonto", "tonta", "tontos", "tontas", "payas*", "ladrón", "ladrona", "ladrones",
    "estafador*", "timador*", "mentiros*", "sinvergüenza*", "chapucer*", "vago", "vagos", "ignorante*", "maleducad*", "grosero", "grosera", "groseros",
    "patétic*", "cretin*", "subnormal*", "tarad*", "gilipollas", "capullo", "capullos",
    "pendej*", "boludo*", "pelotud*", "huevón", "huevones", "weón", "weones", "mamón",
    "mamones", "cabrón", "cabrona", "cabrones", "desgraciado", "desgraciada",
    "desgraciados", "rata", "ratas", "ratero*", "inept*", "incapaz", "incapaces", "negligente*", "irresponsable*",
    "impresentable*", "caradura*", "corrupt*", "robot", "robots", "basura",
    "mafios*", "chorizo", "chorizos", "zoquete*", "burro", "burra", "burros",
    "animal", "animales", "bestia*", "mequetrefe*", "pringad*", "torpe*",
)
# Swearing: abuse when aimed at the listener or said in anger; not in "joder, qué rápido".
PROFANITY: tuple[str, ...] = (
    "mierda*", "jod*", "jódete", "coño", "carajo*", "puta*", "puto*", "hostia*",
    "ostia*", "cojones", "cojon*", "cagad*", "cagar*", "cago", "gilipollez", "chingad*",
    "chingar*", "chinga", "verga*", "maldit*", "hdp", "hdlgp", "ptm", "ctm", "conchetumadre",
    "wtf", "fuck*", "shit", "puñeta*", "culo",
)
# Feelings and hardships: what gives an agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "preocup*", "angusti*", "ansios*", "ansiedad", "asustad*", "miedo*", "aterrad*",
    "aterroriz*", "pánico", "nervios", "nerviosa", "nervioso", "nerviosos", "estresad*",
    "estrés", "agobi*", "triste*", "deprimid*", "depresión", "destrozad*", "hundid*",
    "llorando", "llorar", "lloré", "lloro", "lágrimas", "desesperad*", "impotencia",
    "indefens*", "avergonzad*", "humillad*", "humillación", "soledad", "duelo", "luto",
    "frustrad*", "enfadad*", "enojad*", "furios*", "decepcionad*", "harto", "harta", "dolid*",
    "enferm*", "hospital*", "urgencias", "cirugía", "quirófano", "cáncer", "quimio*",
    "funeral", "entierro", "velorio", "tanatorio", "fallec*", "murió", "muerte", "viud*",
    "embaraz*", "bebé", "robad*", "robo", "robaron", "estafa*", "fraude*", "timo", "timaron",
    "suplantación", "hackead*", "deuda*", "desahuci*", "ruina", "arruinad*", "pesadilla",
    "horrible", "terrible", "espantos*", "temo", "temor", "disgust*", "apenad*", "desolad*",
    "devastad*", "shock", "conmocionad*", "accidente", "discapacidad",
)
YES_NO: tuple[str, ...] = (
    "sí", "si", "no", "claro", "efectivamente", "exacto", "exactamente", "correcto", "cierto",
    "afirmativo", "negativo", "vale", "sip", "nop", "lamentablemente", "desafortunadamente",
    "desgraciadamente", "tampoco", "perfectamente", "evidentemente", "obvio",
)
# Verbs of a step to follow, in the imperative forms agents use: usted (pulse, seleccione) and
# tú (pulsa, selecciona); an instruction when a sentence opens with one.
INSTRUCTION_VERBS: tuple[str, ...] = (
    "pulse", "pulsa", "presione", "presiona", "toque", "toca", "haga", "haz", "dele",
    "clique", "clica", "cliquee", "cliquea", "pinche", "pincha", "seleccione", "selecciona",
    "elija", "elige", "escoja", "escoge", "marque", "abra", "abre", "cierre", "cierra",
    "vaya", "ve", "entre", "entra", "acceda", "accede", "inicie", "inicia", "introduzca",
    "introduce", "escriba", "escribe", "ingrese", "ingresa", "teclee", "teclea", "reinicie",
    "reinicia", "apague", "apaga", "encienda", "enciende", "desenchufe", "desenchufa",
    "enchufe", "enchufa", "desconecte", "desconecta", "conecte", "conecta", "espere",
    "espera", "compruebe", "comprueba", "revise", "revisa", "verifique", "verifica",
    "busque", "busca", "descargue", "descarga", "instale", "instala", "actualice",
    "actualiza", "adjunte", "adjunta", "imprima", "imprime", "rellene", "rellena",
    "complete", "completa", "confirme", "confirma", "guarde", "guarda", "envíe", "envía",
    "mande", "manda", "responda", "responde", "llame", "llama", "deslice", "desliza",
    "mantenga", "mantén", "retire", "retira", "inserte", "inserta", "coloque", "coloca",
    "ponga", "pon", "quite", "quita", "borre", "borra", "elimine", "elimina", "copie",
    "pegue", "pega", "active", "activa", "desactive", "desactiva", "cambie",
    "cambia", "añada", "añade", "agregue", "agrega", "acepte", "acepta", "permita", "permite",
    "habilite", "habilita", "deshabilite", "deshabilita", "siga", "sigue", "use", "usa",
    "utilice", "utiliza", "lleve", "traiga", "trae", "empaquete", "empaqueta",
    "desplace", "desplázate", "baje", "suba", "sube", "regrese", "regresa", "vuelva",
    "vuelve", "firme", "identifíquese", "identifícate", "registre",
    "registra", "restablezca", "restablece", "reinstale", "reinstala", "desinstale",
    "desinstala", "aguarde", "aguarda",
)
# Words a customer should not need to know: internal, telecom, banking, IT, logistics and
# insurance terms (acronyms are found by their capitals).
JARGON: tuple[str, ...] = (
    "contracargo*", "retrocesión", "adquirente", "entidad emisora", "prorrate*", "prorrata",
    "provisión*", "aprovisionamiento", "backend", "back office", "backoffice", "frontend",
    "ticketing", "cola de tickets", "segundo nivel", "tercer nivel", "sla", "kpi*",
    "impagado", "impagados", "morosidad", "conciliación", "devengo", "devengad*",
    "amortización", "preautorización", "retención preventiva", "mandato sepa",
    "domiciliación sepa", "adeudo*", "swift", "bic", "firmware", "ancho de banda",
    "latencia", "ssid", "dhcp", "dns", "ip fija", "dirección ip", "dirección mac", "ont", "olt",
    "cto", "operador donante", "operador receptor", "apn", "itinerancia", "imei", "puk",
    "msisdn", "incidencia masiva", "avería masiva", "orden de trabajo", "albarán*",
    "manifiesto de carga", "hub", "centro de tránsito", "última milla", "reexpedición", "sku",
    "rma", "pnr", "código tarifario", "interlínea", "franquicia", "peritación", "perito",
    "siniestro", "tomador", "periodo de carencia", "período de carencia", "prima del seguro",
    "subrogación", "cups", "término fijo", "término de potencia", "lectura estimada",
    "discriminación horaria", "kwh", "token", "autenticación de doble factor", "caché", "api",
    "reseteo", "reset de fábrica", "flag", "workflow", "tipificación", "tipificad*",
)
# Acronyms everyone in Spain or Latin America knows, and the short words typed in capitals for
# emphasis ("NO", "YA") that are no acronym.
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"OK", "TV", "PC", "SMS", "PIN", "ID", "DNI", "NIE", "NIF", "CIF", "IVA", "IRPF", "CP",
     "UE", "EEUU", "EE", "UU", "USB", "PDF", "IBAN", "WIFI", "APP", "URL", "WWW", "GB", "MB",
     "KB", "TB", "HD", "4G", "5G", "3G", "SIM", "ADSL", "ATM", "CEO", "EUR", "USD", "AM",
     "PM", "COVID", "DGT", "ITV", "SA", "SL", "RENFE", "AVE", "CURP", "RFC", "RUT", "CUIT",
     "CUIL", "CBU", "CLABE", "SAT", "IMSS", "ONG", "FAQ", "DVD", "CD", "ONU", "AEAT", "SEPE",
     "NO", "SI", "SÍ", "YA", "YO", "TU", "TÚ", "EL", "LA", "LO", "DE", "UN", "ES", "HOY",
     "MUY", "QUE", "QUÉ", "NI", "Y", "O", "A", "EN", "MI", "ME", "TE", "SE", "LE", "SU", "NADA",
     "TODO", "VOS", "MAL", "BIEN", "HE", "HA", "VALE"}
)
# Sounds and words that only signal listening.
BACKCHANNELS: frozenset[str] = frozenset(
    {"ajá", "aja", "ajam", "mhm", "mm", "mmm", "hm", "hmm", "ah", "oh", "eh", "ya", "vale",
     "ok", "okey", "okay", "sí", "claro", "bueno", "entiendo", "perfecto", "exacto", "dale",
     "sip", "sep", "órale", "ándale", "anjá", "uhum", "ujum", "aham", "ahá", "va", "listo",
     "correcto", "entendido", "cierto", "genial"}
)
# A light stemmer: plural, gender, the commonest verb endings and derivations, longest first
# (enough for "pedido"/"pedidos"/"pedida" and "conexión"/"conexiones" to meet).
SUFFIXES: tuple[str, ...] = (
    "amientos", "imientos", "aciones", "amiento", "imiento", "ación", "mente", "ando",
    "iendo", "ados", "adas", "idos", "idas", "aron", "ieron", "aba", "ado", "ada", "ido",
    "ida", "ar", "er", "ir", "ía", "ó", "es", "os", "as", "a", "o", "e", "s",
)

_NUMBERS = {
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20,
    "treinta": 30, "veinticuatro": 24, "cuarenta y ocho": 48, "setenta y dos": 72,
    "un par de": 2, "par de": 2, "unos pocos": 3, "unas pocas": 3, "unos cuantos": 3,
    "unas cuantas": 3, "unos": 3, "unas": 3, "algunos": 3, "algunas": 3, "media": 1,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"minuto*": "minute", "min": "minute", "mins": "minute", "hora*": "hour",
           "h": "hour", "hs": "hour", "hrs": "hour", "día": "day", "días": "day",
           "semana*": "week", "mes": "month", "meses": "month"},
    # (Spanish puts these after the unit, "3 días hábiles": see the tests for what follows)
    business=("hábil*", "laborable*"),
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4,
              "sábado*": 5, "domingo*": 6},
    relative={"hoy": 0, "hoy mismo": 0, "esta (tarde|noche|mañana)": 0,
              "por la (tarde|noche)": 0, "a lo largo del día": 0, "a lo largo de hoy": 0,
              "antes del final del día": 0, "al final del día": 0,
              "antes de que acabe el día": 0, "ahora mismo": 0,
              "mañana": 1, "mañana mismo": 1, "pasado mañana": 2},
    next_week=("la semana que viene", "semana que viene", "la próxima semana",
               "próxima semana", "la semana próxima", "dentro de una semana"),
    end_of_week=("(final|finales|fin) de (la|esta) semana", "antes del fin de semana",
                 "antes del finde"),
    vague=("pronto", "en breve", "enseguida", "en seguida", "cuanto antes", "lo antes posible",
           "lo más pronto posible", "lo más rápido posible", "a la mayor brevedad",
           "a la brevedad", "en cuanto (podamos|pueda|sea posible|se pueda|sepamos|sepa)",
           "próximamente", "en algún momento", "más adelante", "dentro de poco",
           "en los próximos días", "más tarde", "ahorita",
           "en su momento", "cuando (podamos|pueda|sea posible|se pueda)", "en un rato"),
    am=("am", "a.m", "de la mañana", "de la madrugada", "por la mañana"),
    pm=("pm", "p.m", "de la tarde", "de la noche"),
    ranges=("a", "y", "o", "al"),
    articles=("un", "una"),
    at=("las",),  # "a las 17h", "antes de las 17 horas": a clock time, not a span
)
