"""French word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language (grammar and ordinary contact-centre French, ``vous`` and ``tu``), not
from any validation set. Words are matched after folding (lower case, accents stripped), so
"reçu" and "recu" are one word. An elided word is one token ("j'ai", "n'est", "t'inquiète"), so
``j'*`` stands for every word opened by the elided pronoun. ``stem*`` entries match every word
starting with the stem; multi-word entries are ignored by the word lookup (they live in rules).
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

FIRST_PERSON: frozenset[str] = frozenset(
    {"je", "j'*", "me", "m'*", "moi", "mon", "ma", "mes", "nous", "notre", "nos", "nôtre",
     "nôtres", "moi-même", "chui", "jsuis", "jpeux", "jsais", "jai"}
)
SECOND_PERSON: frozenset[str] = frozenset(
    {"vous", "tu", "te", "t'*", "toi", "ton", "ta", "tes", "votre", "vos", "vôtre", "vôtres",
     "vous-même", "vous-mêmes", "toi-même", "vs", "ts"}
)
# What a tag question ends with (after a comma): "Vous l'avez reçu, n'est-ce pas ?"
QUESTION_TAGS: tuple[str, ...] = (
    "n'est ce pas", "non", "hein", "d'accord", "ok", "okay", "oui", "c'est ça", "c'est bien ça",
    "pas vrai", "vrai", "correct", "exact", "vous voyez", "tu vois", "je me trompe",
    "c'est bien cela", "c'est exact", "vous êtes d'accord", "t'es d'accord", "si", "ou pas",
    "ou non", "ça vous va", "ça te va", "ça marche",
)
INTENSIFIERS: tuple[str, ...] = (
    "très", "vraiment", "tellement", "trop", "super", "hyper", "ultra", "extrêmement",
    "totalement", "complètement", "absolument", "vachement", "carrément", "si", "particulièrement",
    "profondément", "terriblement", "franchement", "énormément", "grave", "sacrément",
    "incroyablement", "parfaitement", "entièrement",
)
CONTRAST_WORDS: tuple[str, ...] = (
    "mais", "pourtant", "cependant", "toutefois", "néanmoins", "sauf", "quoique", "bien que",
    "par contre", "en revanche", "malgré", "alors que", "tandis que",
)
# With a service verb these report a lasting failure ("toujours pas reçu", "encore en panne").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "toujours", "encore", "depuis", "constamment", "systématiquement", "continuellement",
    "régulièrement", "sans cesse", "à nouveau", "de nouveau", "jamais", "chaque fois",
)
# What a service is expected to do or to have happened: negated, or with "toujours", it reports
# an unmet expectation ("je n'ai toujours pas reçu le remboursement", "la box ne marche plus"); in
# a question it checks that a fix worked ("Avez-vous bien reçu le lien ?").
SERVICE_VERBS: tuple[str, ...] = (
    "fonctionn*", "marche", "marchent", "marchait", "marchaient", "marcher", "marché",
    "arriv*", "reçu", "reçue", "reçus", "reçues", "recev*", "reçoi*", "livr*", "rembours*",
    "répond*", "réponse*", "rappel*", "recontact*", "contacté*", "envoy*", "envoi*", "expédi*",
    "répar*", "résolu*", "résoud*", "résol*", "réglé", "réglée", "réglés", "régler", "connect*",
    "charg*", "débité*", "factur*", "prélev*", "prélèv*", "activ*", "install*", "ouvr*",
    "ouvert*", "démarr*", "redémarr*", "rallum*", "reconnect*", "remarch*", "refonctionn*", "allum*", "affich*", "passe", "passent", "vient", "viennent",
    "venu", "venue", "venus", "aid*", "traité*", "traiter", "valid*", "crédit*", "annul*",
    "récupér*", "rétabli*", "obten*", "tourne", "tournent", "synchronis*", "appel*",
    "joindre", "joignable*", "remis*", "transmis*", "retourn*",
)
# Evaluations of a person: an insult when aimed at the listener ("vous êtes des incapables").
INSULT_WORDS: tuple[str, ...] = (
    "idiot*", "imbécile*", "crétin*", "abruti*", "débile*", "stupide*", "con", "cons", "conne",
    "connes", "connard*", "connasse*", "conard*", "incompétent*", "nul", "nuls", "nullissime*",
    "clown*", "guignol*", "bouffon*", "menteur*", "menteuse*", "voleur*", "voleuse*", "escroc*",
    "arnaqueur*", "arnaqueuse*", "charlot*", "branquignol*", "minable*", "pitoyable*",
    "incapable*", "amateur*", "amatrice*", "ignorant*", "fainéant*", "feignant*", "paresseu*",
    "malpoli*", "impoli*", "grossier*", "grossière*", "robot", "robots", "tocard*", "naze*",
    "nase", "nases", "enfoiré*", "ordure", "salaud*", "salopard*", "rapace*", "vautour*",
    "parasite*", "voyou*", "truand*", "bandit*", "mafieu*", "charlatan*", "andouille*",
    "demeuré*", "attardé*", "blaireau*", "bons à rien", "bon à rien", "bras cassés",
    "pignouf*", "boulet*", "raclure*", "pourriture*", "minables",
)
# Swearing: abuse when aimed at the listener or said in anger; not in "putain, c'était rapide".
PROFANITY: tuple[str, ...] = (
    "merde*", "putain*", "ptn", "ptin", "bordel*", "chier", "chiant*", "chiotte*", "foutre",
    "foutu*", "fout", "foutez", "enculé*", "enculer", "salope*", "pute", "putes",
    "niqu*", "nique", "merdique*", "emmerd*", "fdp", "ntm", "tg", "gueule", "saloperie*",
    "connerie*", "cul", "batard*", "bâtard*", "wtf", "fuck*", "shit", "bon sang", "nom de dieu",
    "pd", "bite", "couille*", "zob", "branleur*", "branler",
)
# Feelings and hardships: what gives an agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "inquiet*", "inquiète*", "inquiétude*", "inquiéter", "angoiss*", "anxi*", "peur",
    "effray*", "terrifi*", "paniqu*", "panique", "stress*", "nerveu*", "triste*", "désespér*",
    "dévast*", "effondré*", "pleur*", "larme*", "choqué*", "bouleversé*", "désemparé*",
    "impuissant*", "honte*", "gêné", "gênée", "humili*", "déprim*", "dépression", "fatigué*",
    "malade*", "maladie*", "hôpital*", "hospitalis*", "urgences", "chirurgie", "cancer*",
    "chimio*", "enterrement*", "obsèques", "funérailles", "décéd*", "décès", "deuil",
    "veuf", "veuve", "enceinte", "grossesse", "bébé*", "nouveau-né*", "volé", "volée",
    "cambriol*", "arnaqué*", "escroqué*", "fraude*", "frauduleu*", "piraté*", "piratage",
    "usurpation", "licenci*", "chômage", "dette*", "endett*", "expuls*", "galère*",
    "cauchemar*", "frustr*", "colère", "furieu*", "déçu*", "déception*", "énervé*", "agacé*",
    "dégoûté*", "écœuré*", "ecoeuré*", "chagrin*", "souffr*", "douleur*", "blessé*",
    "accident", "accidents", "accidenté", "accidentée", "accidentés", "handicap*", "seul au monde", "à bout", "en larmes",
    "mort de peur", "catastrophé*", "désarroi", "détresse",
    "horrible", "affreu*", "terrible*",
)
YES_NO: tuple[str, ...] = (
    "oui", "non", "si", "ouais", "ouep", "ouaip", "nan", "absolument", "certainement",
    "exactement", "effectivement", "évidemment", "parfaitement", "malheureusement", "hélas",
    "bien sûr", "tout à fait", "pas du tout", "jamais", "carrément", "négatif", "affirmatif",
    "volontiers", "d'accord",
)
# Verbs of a step to follow, in the imperative agents use (vous and tu): an instruction when a
# sentence opens with one ("Cliquez sur « Mon compte »", "Redémarre la box").
INSTRUCTION_VERBS: tuple[str, ...] = (
    "cliquez", "clique", "appuyez", "appuie", "sélectionnez", "sélectionne", "choisissez",
    "choisis", "ouvrez", "ouvre", "allez", "rendez-vous", "entrez", "saisissez", "saisis",
    "tapez", "tape", "redémarrez", "redémarre", "relancez", "relance", "rallumez", "rallume",
    "éteignez", "éteins", "allumez", "allume", "attendez", "attends", "patientez", "patiente",
    "vérifiez", "vérifie", "regardez", "regarde", "débranchez", "débranche", "rebranchez",
    "rebranche", "branchez", "branche", "connectez", "connecte", "déconnectez", "déconnecte",
    "téléchargez", "télécharge", "installez", "installe", "désinstallez", "désinstalle",
    "mettez", "mets", "envoyez", "envoie", "renseignez", "renseigne", "remplissez", "remplis",
    "copiez", "copie", "collez", "colle", "activez", "active", "désactivez", "désactive",
    "validez", "valide", "confirmez", "confirme", "composez", "compose", "appelez", "appelle",
    "consultez", "consulte", "accédez", "accède", "glissez", "glisse", "faites", "fais",
    "réinitialisez", "réinitialise", "supprimez", "supprime", "ajoutez", "ajoute", "modifiez",
    "modifie", "changez", "change", "utilisez", "utilise", "suivez", "suis", "insérez",
    "insère", "retirez", "retire", "cochez", "coche", "décochez", "décoche", "imprimez",
    "imprime", "joignez", "joins", "scannez", "scanne", "identifiez-vous", "connectez-vous",
    "déposez", "dépose", "emballez", "emballe", "collez", "placez", "place", "posez", "pose",
    "maintenez", "maintiens", "enregistrez", "enregistre", "répondez", "réponds", "descendez",
    "descends", "remontez", "remonte", "touchez", "touche", "faites défiler", "mettez à jour",
)
# Words a customer should not need to know; acronyms are found by their capitals.
JARGON: tuple[str, ...] = (
    "rétrofacturation*", "chargeback*", "prorata", "prorata temporis", "provisionn*",
    "débit différé", "mandat sepa", "rejet de prélèvement", "recouvrement", "contentieux",
    "mise en demeure", "back office", "backoffice", "front office", "niveau 2", "niveau 3",
    "escalade", "dslam", "nra", "pto", "sro", "point de mutualisation",
    "latence", "ping", "bande passante", "adresse ip", "dns",
    "dhcp", "ssid", "firmware", "micrologiciel", "mode bridge", "nat", "routage",
    "portabilité", "code rio", "apn", "puk", "imei", "itinérance", "lettre de voiture",
    "colisage", "plateforme logistique", "retour expéditeur", "rma", "sku", "subrogation",
    "avenant", "résiliation infra-annuelle", "loi hamon", "loi chatel", "lettrage",
    "rapprochement bancaire", "écriture comptable", "imputation", "taeg", "quotité",
    "différé d'amortissement", "tableau d'amortissement", "indexation", "pnr", "code tarif",
    "classe tarifaire", "surbooking", "no show", "pdl", "pce", "turpe", "cspe", "jeton",
    "token", "ticket incident", "ticket n2", "sla", "kpi", "workflow", "mise en production",
    "ordonnancement", "pré-autorisation", "préautorisation", "empreinte bancaire",
    "autorisation de débit", "acquéreur", "émetteur", "3d secure", "3ds", "tokenisation",
    "désynchronis*", "reprovisionn*", "réattribution", "dégroupage", "dégroupé*",
    "cross-docking", "transitaire", "dédouanement", "incoterm*",
)
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"OK", "TV", "PC", "SMS", "MMS", "PIN", "RIB", "IBAN", "TVA", "TTC", "HT", "EDF", "SNCF",
     "CAF", "RSA", "CB", "PDF", "USB", "FAQ", "UE", "EU", "URL", "SAV", "SIM", "ID", "4G", "5G",
     "3G", "WIFI", "GPS", "DVD", "CD", "RDV", "SVP", "STP", "CV", "CDI", "CDD", "PME", "SA",
     "SARL", "SAS", "RATP", "CPAM", "MDR", "PTDR", "FR", "EUR", "AM", "PM", "HD", "GO", "MO",
     "KO", "BD", "QR", "PV", "RER", "TGV", "CNI", "HS", "NB", "PS", "RAS", "ASAP", "TNT",
     "ADSL", "SMIC", "APL", "CE", "DIY", "IT", "RH", "PDG", "BNP", "LCL", "BPI", "TER", "A",
     "OU", "ET", "NON", "OUI", "JE", "IL", "LA", "LE", "UN", "DE", "EN", "VS", "MAIS", "CA",
     "SUV", "PMR", "DHL", "UPS", "DPD", "GLS", "AR", "LOL", "PAS", "JAMAIS", "TOUT", "RIEN",
     "VOUS", "MOI", "TRÈS", "TRES", "BIEN", "PLUS", "ENCORE", "TOUJOURS", "NIR"}
)
BACKCHANNELS: frozenset[str] = frozenset(
    {"mmh", "mm", "mmm", "mhm", "hm", "hmm", "hum", "oui", "ouais", "ouaip", "d'accord",
     "daccord", "dacc", "ok", "okay", "oké", "entendu", "ah", "oh", "euh", "bon", "voilà",
     "bien", "ah bon", "je vois", "certes", "exact", "exactement", "effectivement", "ouep",
     "oki", "mouais", "ben", "bah", "super", "parfait"}
)
# A light stemmer: enough for "livré"/"livrée"/"livraison" and "inquiet"/"inquiète" to meet
# (applied to folded words: "é" is "e").
SUFFIXES: tuple[str, ...] = (
    "issements", "issement", "ations", "ation", "ements", "ement", "ments", "ment", "euses",
    "euse", "eux", "ives", "ive", "ifs", "if", "aient", "ions", "ion", "ées", "ée", "és", "ez",
    "er", "ir", "ent", "ons", "ais", "ait", "é", "e", "s", "x",
)

_NUMBERS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
    "quarante-huit": 48, "vingt-quatre": 24, "soixante-douze": 72, "quelques": 3,
    "une quinzaine de": 15, "une huitaine de": 8, "une dizaine de": 10, "une vingtaine de": 20,
    "une trentaine de": 30, "un ou deux": 2, "une ou deux": 2, "deux ou trois": 3,
    "deux-trois": 3, "une demi": 1, "une petite": 1,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    units={"minute*": "minute", "min": "minute", "mn": "minute", "heure*": "hour", "h": "hour",
           "jour*": "day", "journée*": "day", "semaine*": "week", "mois": "month"},
    business=("ouvré*", "ouvrable*"),  # after the unit: "3 jours ouvrés"
    weekdays={"lundi*": 0, "mardi*": 1, "mercredi*": 2, "jeudi*": 3, "vendredi*": 4,
              "samedi*": 5, "dimanche*": 6},
    relative={"aujourd'hui": 0, "ce soir": 0, "ce matin": 0, "cet après-midi": 0,
              "dans la journée": 0, "en fin de journée": 0, "d'ici ce soir": 0,
              "avant ce soir": 0, "d'ici la fin de (la|) journée": 0, "aujourd'hui même": 0,
              "dans la matinée": 0, "dans l'après-midi": 0, "d'ici midi": 0,
              "demain": 1, "dès demain": 1, "demain matin": 1, "demain soir": 1,
              "après-demain": 2, "apres-demain": 2,
              "(sous|dans|d'ici) (une|) quinzaine": 15},
    next_week=("la semaine prochaine", "semaine prochaine", "d'ici une semaine",
               "dans une semaine", "sous une semaine", "sous huitaine", "sous huit jours",
               "dans huit jours", "d'ici huit jours"),
    end_of_week=("(en|d'ici la|d'ici|avant la|à la) fin (de la|de cette) semaine",
                 "(d'ici|avant|pour) le week-end", "(d'ici|avant|pour) le weekend",
                 "(d'ici|avant) vendredi soir"),
    vague=("bientôt", "rapidement", "prochainement", "sous peu", "d'ici peu", "dans peu de temps",
           "dans les plus brefs délais", "dans les meilleurs délais", "dans les plus courts délais",
           "au plus vite", "au plus tôt", "dès que possible", "aussitôt que possible",
           "dès que (je|nous|on) (peux|pourrai|pourrons|pourra|peut|aurai|aurons|aura)",
           "plus tard", "ultérieurement", "dans quelque temps", "un de ces jours",
           "à un moment donné", "en temps voulu", "en temps utile", "d'ici quelque temps",
           "très vite", "dans un futur proche", "asap", "tôt ou tard", "sous peu de temps"),
    am=("du matin",),
    pm=("de l'après-midi", "du soir"),
    ranges=("à", "ou", "et", "-", "–"),
    articles=("un", "une"),
    # "à 17 heures", "avant 10h" say a clock time; "dans 3 heures", "d'ici 2 h" a span
    at=("à", "vers", "avant", "pour", "jusqu'à", "dès"),
)
