"""German phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as German agents and customers speak: formal ``Sie``
(*entschuldigen Sie*, *können Sie mir sagen*) and informal ``du`` (*entschuldige*, *kannst du*).
Stems cover inflection and compounds (``entschuldig*``, ``dank*``). The fold strips umlauts
(ä -> a, ö -> o, ü -> u, ß -> s), as chat typed without them often writes "fur" for "für" (or
"fuer", which the rules list where it matters).
"""

from __future__ import annotations

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(es tut mir|tut mir|es tut uns|tut uns) [sehr|wirklich|aufrichtig|furchtbar|echt] leid",
        "(entschuldigen sie|entschuldige|entschuldigung|verzeihung|verzeihen sie|sorry|pardon)",
        "(ich|wir) (entschuldige|entschuldigen|bitte|bitten) (mich|uns|um entschuldigung|vielmals um entschuldigung)",
        "(bitte|vielmals) um entschuldigung",
        "(unser|mein) fehler",
        "(bedauere|bedauern) (sehr|das|dies|es|zutiefst)",
    ),
    "thanks": (
        "(danke|dankeschön|vielen dank|herzlichen dank|besten dank|tausend dank|merci|thx)",
        "(ich|wir) (danke|danken|bedanke|bedanken) (ihnen|dir|euch|uns|mich|für)",
        "(ich|wir) (weiß|wissen) (das|es|ihre|deine) (zu schätzen)",
        "(sehr|äußerst) (nett|freundlich) von (ihnen|dir)",
    ),
    "empathy_statement": (
        "(das|es) tut mir (sehr|wirklich|echt|) leid (zu hören|zu lesen|dass)",
        "(ich|wir) (verstehe|verstehen|kann|können) ~ (ihren|deinen|ihre|deine|ihr|dein) (ärger|frust|frustration|unmut|sorge|sorgen|enttäuschung|verärgerung)",
        "(ich|wir) (verstehe|verstehen) (sie|dich|das|vollkommen|völlig|absolut|gut|sehr gut)",
        "(kann|können) (ich|wir) (gut|sehr gut|absolut|) (verstehen|nachvollziehen|nachempfinden)",
        "(das|es) (ist|muss|klingt|wäre) ~ (ärgerlich|frustrierend|nervig|anstrengend|unangenehm|belastend|enttäuschend|schwierig|stressig)",
        "(wie|sehr) (ärgerlich|frustrierend|nervig|unangenehm|enttäuschend)",
        "(sie haben|du hast) (völlig|vollkommen|absolut|) recht",
        "(an ihrer|an deiner) stelle (wäre|würde|hätte)",
        "(das ist|ist doch|das ist absolut|das ist völlig) (verständlich|nachvollziehbar)",
    ),
    "paraphrase": (
        "(wenn|falls) ich (sie|dich|das) (richtig|recht) verstanden (habe|hab)",
        "(habe|hab) ich (sie|dich|das) richtig verstanden",
        "(also|das heißt|mit anderen worten|kurz gesagt|zusammengefasst) (sie|du|ihr|dein|ihre|deine)",
        "(sie|du) (sagen|sagst|meinen|meinst) (also|damit|dass)",
        "(nur|um) (zur sicherheit|sicherzugehen|das zu bestätigen|kurz zusammenzufassen)",
        "(verstehe|sehe) ich (das|es) richtig",
        "(ist|wäre) das (richtig|korrekt|so)",
    ),
    "options_offered": (
        "(sie|du) (können|kannst|könnten|könntest) (auch|entweder|alternativ|wählen|versuchen|probieren)",
        "(eine|die) (andere|weitere|zweite|dritte) (möglichkeit|option|alternative|lösung)",
        "(es gibt|wir haben|ich kann ihnen|ich kann dir) (mehrere|einige|zwei|drei|verschiedene) (möglichkeiten|optionen|alternativen|lösungen|wege)",
        "(ich|wir) (empfehle|empfehlen|würde empfehlen|würden empfehlen|schlage vor|schlagen vor|rate|raten)",
        "(haben sie|hast du) (schon|bereits) ~ (versucht|probiert|ausprobiert)",
        "entweder ~ oder",
        "(alternativ|stattdessen|ansonsten|wahlweise)",
        "(wenn sie möchten|wenn du möchtest|falls gewünscht|wenn es ihnen lieber ist|wenn dir das lieber ist)",
    ),
    "escalation": (
        "(ich|wir) (leite|leiten|gebe|geben|verbinde|verbinden|eskaliere|eskalieren) ~ (an|zu|weiter|mit) ~ (kollegen|kollegin|vorgesetzten|vorgesetzte|fachabteilung|technik|spezialisten|team|teamleiter*|abteilung|support)",
        "(ich|wir) (habe|haben) (ein|einen) (ticket|fall|vorgang|antrag|beschwerde) (eröffnet|erstellt|angelegt|aufgenommen)",
        "(mein|meine|unser|unsere) (vorgesetzte|vorgesetzter|teamleiter*|kollege|kollegin|technik|fachabteilung|spezialisten) ~ (meldet sich|ruft|wird sich|melden sich|kontaktiert)",
        "(weiterleiten|weitergeleitet|eskaliert|eskalieren)",
    ),
    "abuse_warning": (
        "(wenn|falls) (sie|du) ~ (weiter|weiterhin) ~ (beleidig*|beschimpf*|schreien|schreist|fluchen|fluchst|ausfallend)",
        "(muss|müssen) (ich|wir) ~ (gespräch|anruf|chat|telefonat) (beenden|abbrechen)",
        "(bitte|ich bitte sie|ich bitte dich) ~ (keine beleidigungen|nicht beleidigend|nicht zu beleidigen|einen respektvollen ton|um einen respektvollen umgangston|sachlich zu bleiben)",
        "(solche|diese|eine solche) (ausdrucksweise|sprache|beleidigungen|wortwahl) ~ (nicht akzeptieren|nicht tolerieren|ist nicht akzeptabel|dulden wir nicht)",
        "(respektvoll|sachlich|höflich) (bleiben|zu bleiben|umgehen)",
    ),
    "commitment": (
        "(ich|wir) (werde|werden) ~ (anrufen|zurückrufen|schicken|senden|melden|prüfen|kümmern|veranlassen|erstatten|gutschreiben|informieren|bearbeiten|beheben|klären|nachhaken|buchen|versenden)",
        "(ich|wir) (rufe|rufen) ~ (an|zurück)",
        "(ich|wir) (melde|melden) (mich|uns) ~ (bei ihnen|bei dir|morgen|heute|bis|innerhalb|zurück)",
        "(ich|wir) (kümmere|kümmern) (mich|uns) (darum|persönlich)",
        "(sie|du) (erhalten|erhältst|bekommen|bekommst) ~ (innerhalb|bis|morgen|heute|in den nächsten|spätestens)",
        "(ich|wir) (habe|haben) ~ (veranlasst|verschickt|gesendet|geschickt|erstattet|gutgeschrieben|storniert|gebucht|bearbeitet|weitergeleitet|eingetragen)",
        "(ich|wir) (verspreche|versprechen)",
    ),
    "over_promise": (
        "(ich|wir) (garantiere|garantieren)",
        "(garantiert|hundertprozentig|100 prozent|100%|auf jeden fall sicher)",
        "(ganz sicher|definitiv|garantiert) (heute|morgen|sofort|gleich) ~ (da|erledigt|behoben|geliefert|funktioniert|ankommen)",
        "(das|es) (wird|kommt) (nie wieder|nicht wieder|nie mehr) (vorkommen|passieren)",
    ),
    "hedge": (
        "(ich glaube|ich denke|ich vermute|ich schätze|glaube ich|denke ich)",
        "(vielleicht|eventuell|möglicherweise|wahrscheinlich|vermutlich|wohl|evtl)",
        "(ich bin|wir sind) (mir|uns) nicht (sicher|ganz sicher)",
        "(ich weiß|weiß ich) (es|das|) nicht (genau|so genau|)",
        "(keine ahnung|soweit ich weiß|meines wissens)",
        "(sollte|müsste|könnte) (eigentlich|) (funktionieren|gehen|klappen|passen)",
    ),
    "negative_framing": (
        "(leider|bedauerlicherweise|unglücklicherweise)",
        "(wir|ich) (können|kann|dürfen|darf) ~ (nicht|keine|kein) ~ (erstatten|ändern|stornieren|anbieten|machen|tun|helfen|akzeptieren|annehmen|umtauschen|gutschreiben)",
        "(das|es) (ist|geht) (nicht möglich|unmöglich|leider nicht|nicht|so nicht)",
        "(da|dagegen) (kann|können) (ich|wir) nichts (machen|tun)",
        "(nicht|kein) (mein|unser) (problem|fehler|zuständigkeitsbereich)",
        "(das ist|so ist) (unsere|die) (richtlinie|vorschrift|regel|firmenpolitik)",
        "(sie müssen|du musst) (warten|anrufen|sich wenden|dich wenden)",
    ),
    "positive_framing": (
        "(gerne|gern|sehr gerne|mit vergnügen|selbstverständlich|natürlich|klar|kein problem|sehr gut|prima|super|perfekt|wunderbar|ausgezeichnet|toll)",
        "(ich|wir) (helfe|helfen) ~ (gerne|gern)",
        "(ich|wir) (kann|können) ~ (gerne|gern|sofort|direkt) ~ (helfen|machen|erledigen|prüfen|anbieten|veranlassen)",
        "was (ich|wir) (tun|machen|anbieten) (kann|können)",
        "(gute|tolle|erfreuliche) (nachricht|nachrichten|frage|idee|wahl)",
        "(lassen sie|lass) uns (das|gemeinsam) ~ (lösen|klären|anschauen|ansehen)",
    ),
    # Politeness strategies (Brown & Levinson; Danescu-Niculescu-Mizil et al., 2013).
    "courtesy": (
        "(bitte|bitteschön|bitte sehr)",
        "(könnten|würden|wären|hätten|dürfte|könntest|würdest|wärst|hättest) (sie|du|ich|wir)",
        "(wäre es|ist es) (möglich|okay|in ordnung)",
        "(wenn es|falls es) ~ (keine umstände|nicht zu viel|möglich ist|passt)",
        "(ich|wir) (wäre|wären) ~ (dankbar|froh)",
        "(ich frage mich|ich wollte fragen|darf ich fragen|kurze frage|übrigens|ach ja|apropos)",
        "(vielen dank im voraus|danke im voraus|danke vorab|vorab vielen dank)",
        "(sehr geehrte|sehr geehrter|liebe|lieber|hallo zusammen)",
        "(gute arbeit|toll gemacht|gut gemacht|super arbeit|glückwunsch|herzlichen glückwunsch)",
        "(ich hoffe|hoffentlich) (es|das|sie|du|alles)",
        "(was meinen sie|was meinst du|was halten sie|was hältst du|ihrer meinung nach|deiner meinung nach)",
        "(keine eile|kein stress|in ruhe)",
    ),
    "discourtesy": (
        "warum (haben|hast|habt|sind|bist|seid|machen|machst|tun|tust|können|kannst|wurde|wird|ist|nicht)",
        "(wieso|weshalb) (haben|hast|habt|nicht|machen|machst)",
        "(was soll|was zum teufel|was zur hölle|was fällt ihnen ein|was fällt dir ein|wie können sie es wagen)",
        "(sind sie|bist du) (blind|blöd|dumm|verrückt|ernsthaft|bescheuert)",
        "(ist mir egal|na und|mir doch egal|völlig egal)",
        "(hören sie auf|hör auf|lassen sie das|lass das)",
        "(blödsinn|unsinn|quatsch|schwachsinn|lächerlich|peinlich|vandalismus|absurd)",
        "(tatsächlich|in wahrheit|fakt ist)",
        "(sie müssen|du musst|sie sollten|du solltest) (lesen|verstehen|lernen|aufhören)",
    ),
    "direct_question": (
        "(was|wo|wann|wer|wie) (haben|hast|machen|machst|wollen|willst|tun|tust) (sie|du)",
    ),
    "argumentative": (
        "(das|es) (ist|stimmt) (nicht|so nicht) (wahr|richtig|korrekt|)",
        "(sie irren sich|du irrst dich|sie liegen falsch|du liegst falsch|sie haben unrecht|du hast unrecht)",
        "(sie haben|du hast) (das|mich|es) (falsch|missverstanden|falsch verstanden)",
        "(das ist|es ist) (ihr|dein|ihre|deine) (problem|fehler|schuld)",
        "(das habe ich|ich habe das) nie (gesagt|behauptet|versprochen)",
        "(so funktioniert|so läuft) das nicht",
    ),
    "condescension": (
        "wie (ich|bereits|schon) ~ (gesagt|erklärt|erwähnt|geschrieben)",
        "(ich habe|hab ich) (es|das|ihnen|dir) (doch|bereits|schon) ~ (gesagt|erklärt)",
        "(das ist|ist doch|es ist) (ganz|total|wirklich|doch|) (einfach|simpel|offensichtlich|selbsterklärend)",
        "(lesen sie|lies) ~ (genau|richtig|nochmal|noch einmal)",
        "(ich erkläre|erkläre ich) (es|das) (nochmal|noch einmal|langsam)",
        "(jedes kind|jeder) (weiß|kann|versteht)",
        "(hören sie|hör) (mir|genau) zu",
    ),
    "impatience": (
        "(beruhigen sie sich|beruhig dich|bleiben sie ruhig|regen sie sich ab|reg dich ab)",
        "(schreien sie nicht|schrei nicht|unterbrechen sie mich nicht|unterbrich mich nicht)",
        "(ich habe|wir haben) (nicht den ganzen tag|keine zeit)",
        "(beeilen sie sich|beeil dich|kommen sie zum punkt|komm zum punkt|machen sie schnell)",
        "(wie oft noch|zum letzten mal|immer wieder)",
    ),
    "unauthorized_concession": (
        "(nur|ausnahmsweise) (dieses eine mal|dieses mal|einmal)",
        "(ausnahmsweise|eine ausnahme machen|mache ich eine ausnahme)",
        "(eigentlich|normalerweise) (darf|dürfte|kann) ich ~ (nicht|das nicht) ~ aber",
        "(sagen sie|sag) ~ (niemandem|es keinem|meinem chef)",
        "(unter uns|inoffiziell|unter der hand)",
    ),
    "follow_up_check": (
        "(hat|hilft|funktioniert|klappt) (das|es|alles) ~ (geholfen|funktioniert|geklappt|jetzt|wieder)",
        "(ist|wurde) (das problem|das anliegen|alles) (gelöst|behoben|geklärt|in ordnung)",
        "(kann|darf) ich (ihnen|dir|euch) (sonst|noch) ~ (helfen|behilflich sein)",
        "(gibt es|haben sie|hast du) (sonst|noch) (etwas|fragen|ein anliegen|weitere fragen)",
        "(sagen sie|sag|geben sie|gib) ~ (bescheid|mir bescheid) ~ (ob|wenn|falls)",
        "(probieren sie|probier|versuchen sie|versuch) (es|das) (bitte|jetzt|nochmal|erneut)",
    ),
    "greeting": (
        "(hallo|guten tag|guten morgen|guten abend|grüß gott|servus|moin|willkommen|herzlich willkommen|hi)",
        "(wie|womit) (kann|darf) (ich|wir) (ihnen|dir|euch) (helfen|behilflich sein)",
        "(mein name ist|sie sprechen mit|hier spricht|sie schreiben mit)",
        "(danke|vielen dank) (für ihren anruf|für deinen anruf|für ihre nachricht|dass sie sich melden|dass du dich meldest)",
    ),
    "closing": (
        "(schönen|einen schönen|noch einen schönen|angenehmen) (tag|abend|nachmittag|tag noch|abend noch|wochenende|feierabend)",
        "(auf wiederhören|auf wiedersehen|tschüss|tschüs|bis bald|alles gute|mit freundlichen grüßen|freundliche grüße|viele grüße|beste grüße|liebe grüße|ciao)",
        "(danke|vielen dank) für (ihre geduld|deine geduld|ihr verständnis|dein verständnis|ihren anruf|ihre zeit|ihr vertrauen)",
        "(melden sie sich|melde dich|kontaktieren sie uns|wenden sie sich) ~ (gerne|jederzeit|wieder)",
    ),
    "_suppress": (
        "(gott|dem himmel) sei dank",
        "nein danke",
        "(entschuldigung|sorry|tut mir leid) aber",
        "(ist mir|mir ist es) (nicht|) egal",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        "(scheiß*|scheiss*|scheiße|scheisse|kacke|mist|verdammt*|verfickt*|fick*|arsch*|wichser*|idiot*|depp*|trottel*|vollidiot*|blödmann*|dummkopf*|hurensohn*|hure*|schlampe*|fotze*|missgeburt*|spast*|spasti*|penner*|versager*|inkompetent*|unfähig*|betrüger*|abzocker*|abzocke|diebe|verbrecher*|lügner*|witzfigur*)",
        "(halt die fresse|halt's maul|halts maul|halten sie den mund|fahr zur hölle|leck mich|verpiss dich|geh sterben)",
        "(ihr|sie) (seid|sind) ~ (unfähig|inkompetent|idioten|betrüger|verbrecher|lächerlich|das letzte)",
        "(ich|wir) (werde|werden) (sie|euch|dich) (verklagen|anzeigen|fertigmachen)",
    ),
    "customer_frustration": (
        "(frust*|ärger*|verärgert|genervt|wütend|sauer|stinksauer|enttäusch*|unverschämt*|frechheit|inakzeptabel|unakzeptabel|lächerlich|katastrophe|katastrophal|skandal*|unmöglich|zumutung|schrecklich|furchtbar|miserabel|unerhört|reicht mir|reicht jetzt|die nase voll|es satt)",
        "(immer noch|schon wieder|wieder|noch immer) (nicht|kein|keine|nichts|das gleiche|dasselbe|kaputt)",
        "(wie oft|wie lange|wie viele male) (noch|soll ich|muss ich)",
        "(seit|schon) ~ (tagen|wochen|monaten|stunden) ~ (warte|warten|rufe|schreibe|versuche)",
        "(niemand|keiner) (antwortet|hilft|meldet sich|ruft zurück|kümmert sich)",
        "(ich|wir) (will|möchte|verlange|verlangen|fordere) ~ (mein geld zurück|erstattung|vorgesetzten|chef|kündigen|beschwerde)",
        "(ich kündige|ich werde kündigen|ich wechsle|ich gehe zur konkurrenz)",
        "(zeit|geld)verschwendung",
        "(schlechter|miserabler|katastrophaler|unterirdischer) (service|kundenservice|support)",
    ),
    "clarification_request": (
        "was (meinen sie|meinst du|heißt das|bedeutet das|wollen sie damit sagen)",
        "(ich verstehe|verstehe ich) (das|es|sie|dich|) nicht",
        "(können sie|kannst du|könnten sie|könntest du) (das|es|) ~ (erklären|wiederholen|genauer sagen|nochmal sagen)",
        "(ich bin|bin) (verwirrt|durcheinander)",
        "(wie bitte|was|hä|bitte) ?",
        "(das|es) (ergibt|macht) keinen sinn",
    ),
    "customer_thanks": (
        "(danke|dankeschön|vielen dank|herzlichen dank|besten dank|tausend dank|merci|thx)",
        "(sehr|super|total) (nett|hilfreich|freundlich)",
        "(es|das) (funktioniert|klappt|geht) (jetzt|wieder|endlich)",
        "(super|perfekt|toll|prima|klasse) (danke|service|hilfe)",
    ),
    "customer_leave_taking": (
        "(tschüss|tschuess|tschüs|auf wiedersehen|auf wiederhören|auf wiederhoeren|bis bald|bis dann|ciao)",
        "(machen sie|mach) (es|) gut",
        "(ich muss|muss jetzt) (los|weg|auflegen)",
    ),
    "_suppress": (
        "(gott|dem himmel) sei dank",
        "nein danke",
        "danke für nichts",
        "nicht (sauer|verärgert|wütend)",
        "kein problem",
    ),
}

NEGATORS: tuple[str, ...] = ("nicht", "kein", "keine", "keinen", "nie", "niemals", "ohne", "nein")

QUESTION_OPENERS: tuple[str, ...] = (
    "was", "wer", "wie", "wo", "wann", "warum", "wieso", "weshalb", "welche", "welcher", "welches",
    "können sie", "könnten sie", "kannst du", "haben sie", "hast du", "ist das", "gibt es",
)

STOP_WORDS: frozenset[str] = frozenset(
    ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "doch", "denn", "weil", "dass", "ob", "wenn", "als", "wie", "so", "auch", "noch", "schon", "nur", "sehr", "zu", "zum", "zur", "mit", "von", "bei", "aus", "nach", "vor", "für", "über", "unter", "auf", "an", "in", "im", "am", "um", "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "dich", "sich", "uns", "euch", "mir", "dir", "ihm", "ihnen", "mein", "meine", "dein", "deine", "sein", "seine", "ihre", "unser", "unsere", "ist", "sind", "war", "waren", "bin", "bist", "hat", "habe", "haben", "hast", "wird", "werden", "wurde", "kann", "können", "muss", "müssen", "soll", "will", "nicht", "kein", "keine", "nichts", "ja", "nein", "bitte", "danke", "hallo", "dann", "jetzt", "hier", "da", "dort", "was", "wer", "warum", "wieso", "also", "etwas", "alles", "man", "diese", "dieser", "dieses", "jede", "jeder", "gibt", "gut", "mal", "eben", "gerade"]
)
