"""French phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as French agents and customers speak: ``vous`` (formal:
*excusez-moi*, *pourriez-vous*) and ``tu`` (*excuse-moi*, *tu peux*). Hyphens and apostrophes
between words are separators ("pourriez-vous" matches ``pourriez vous``; "j'en" is one word).
Accents are optional in the text (the fold strips them).
"""

from __future__ import annotations

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(je suis|nous sommes) (vraiment|sincèrement|tellement|) (désolé|désolée|désolés|navré|navrée|navrés)",
        "(désolé|désolée|navré|navrée|pardon|toutes mes excuses|toutes nos excuses)",
        "(je vous|nous vous|je te) (prie|prions) de (nous|m') (excuser|pardonner)",
        "(excusez|excuse) (moi|nous)",
        "(nous nous|je m') (excusons|excuse)",
        "(c'est|c'était) (notre|mon) (erreur|faute)",
    ),
    "thanks": (
        "(merci|mille mercis|je vous remercie|nous vous remercions|je te remercie|remerci*)",
        "(c'est|c'était) (très|vraiment) (gentil|aimable)",
    ),
    "empathy_statement": (
        "(je|nous) (comprends|comprenons) (tout à fait|parfaitement|bien|très bien|votre|ta|ton|vos|tes|que|votre frustration|votre mécontentement)",
        "(je peux|nous pouvons|j'imagine|je m'imagine) ~ (imaginer|comprendre|combien|à quel point)",
        "(c'est|ce doit être|ça doit être|cela doit être|c'est vraiment) ~ (frustrant|agaçant|pénible|énervant|difficile|stressant|décevant|désagréable)",
        "(quelle|que c'est) (frustration|galère|déception)",
        "(désolé|désolée|navré|navrée) (d'apprendre|de lire|d'entendre|que vous)",
        "(vous avez|tu as) (tout à fait|entièrement|parfaitement|) raison",
        "(à votre|à ta) place",
        "(c'est|il est) (tout à fait|parfaitement|) (compréhensible|normal|légitime)",
    ),
    "paraphrase": (
        "si (je|j'ai) (comprends|compris) bien",
        "(si je ne me trompe pas|corrigez moi si je me trompe|reprenons)",
        "(donc|autrement dit|en d'autres termes|en résumé|pour résumer) (vous|tu|votre|ton|ta|il|le|la)",
        "(vous|tu) (dites|dis|voulez dire|veux dire) (que|donc)",
        "(juste|simplement) pour (confirmer|être sûr|être sûre|clarifier|récapituler)",
        "(c'est|est ce) (bien|bien ça|exact|correct) ?",
    ),
    "options_offered": (
        "(vous|tu) (pouvez|peux|pourriez|pourrais) (aussi|également|choisir|essayer|opter)",
        "(une autre|l'autre|une deuxième|une troisième) (option|solution|possibilité|alternative)",
        "(il y a|nous avons|je peux vous proposer|je peux te proposer) (plusieurs|quelques|deux|trois) (options|solutions|possibilités|alternatives)",
        "(je vous|je te|nous vous) (propose|conseille|recommande|suggère|proposons|conseillons|recommandons)",
        "(avez vous|as tu) (essayé|déjà essayé|pensé à)",
        "(soit|ou bien) ~ (soit|ou)",
        "(sinon|autrement|à la place|alternativement|si vous préférez|si tu préfères)",
    ),
    "escalation": (
        "(je|nous) (transfère|transférons|transmets|transmettons|passe|passons|escalade|remonte|remontons) ~ (à|au|vers|avec) ~ (responsable|superviseur|collègue|service|équipe|technicien|spécialiste|niveau)",
        "(j'ai|nous avons) (ouvert|créé|enregistré) (un|une) (ticket|dossier|réclamation|demande|signalement)",
        "(mon|notre|un) (responsable|superviseur|collègue|technicien|service technique|spécialiste) ~ (vous rappellera|vous contactera|va vous rappeler|reviendra vers vous)",
    ),
    "abuse_warning": (
        "si (vous|tu) (continuez|continues) ~ (insult*|injur*|crier|hurler|ce ton|ces propos)",
        "(je vais devoir|je serai obligé de|je serai obligée de|nous allons devoir) (mettre fin|raccrocher|terminer|clore)",
        "(merci de|je vous prie de|je vous demande de) ~ (rester courtois|rester poli|rester respectueux|ne pas m'insulter|modérer vos propos|garder un ton)",
        "(nous ne tolérons|je ne tolère|nous n'acceptons|je n'accepte) (pas|aucune|aucun) ~ (insultes|propos|ton|langage|comportement)",
    ),
    "commitment": (
        "(je vais|nous allons|je vous|je te|nous vous) ~ (rappeler|rappelle|envoyer|envoie|vérifier|vérifie|rembourser|rembourse|traiter|traite|contacter|contacte|informer|tenir informé|m'occuper|m'en occuper|régler|relancer|suivre|programmer)",
        "(je|nous) (rappellerai|rappellerons|enverrai|enverrons|vérifierai|vérifierons|rembourserai|rembourserons|contacterai|contacterons|m'occuperai|nous occuperons|reviendrai|reviendrons)",
        "(vous|tu) (recevrez|recevras|aurez|auras) ~ (sous|d'ici|demain|aujourd'hui|dans les|au plus tard)",
        "(j'ai|nous avons) (envoyé|transmis|remboursé|annulé|programmé|enregistré|traité|crédité|commandé)",
        "(je vous|je te|nous vous) (promets|promettons)",
    ),
    "over_promise": (
        "(je vous|je te|nous vous) (garantis|garantissons)",
        "(garanti|garantie|à cent pour cent|à 100%|100 %|sans aucun doute)",
        "(ça|cela) (ne|n') (se reproduira|arrivera) (plus jamais|jamais plus|plus)",
        "(c'est sûr|c'est certain|certainement|assurément) (aujourd'hui|demain|tout de suite) ~ (réglé|arrivé|livré|résolu|fonctionnera)",
    ),
    "hedge": (
        "(je crois|je pense|je suppose|il me semble|à mon avis)",
        "(peut être|probablement|sans doute|éventuellement|apparemment)",
        "(je ne suis pas|nous ne sommes pas) (sûr|sûre|sûrs|certain|certaine)",
        "(je ne sais pas|je sais pas|aucune idée)",
        "(devrait|pourrait) (marcher|fonctionner|suffire|aller)",
    ),
    "negative_framing": (
        "(malheureusement|hélas|malencontreusement)",
        "(nous ne pouvons|je ne peux|on ne peut|nous ne sommes pas en mesure|je ne suis pas en mesure) ~ (pas|rien) ~ (rembourser|changer|annuler|proposer|faire|aider|accepter|modifier|échanger)",
        "(ce n'est|c'est) (pas possible|impossible|pas autorisé|pas de notre ressort|contraire à)",
        "(il n'y a|y a) rien (à faire|que je puisse|que nous puissions)",
        "(ce n'est|c'est) pas (mon|notre) (problème|faute|responsabilité)",
        "(c'est|ce sont) (la|les) (politique|règle|règles|procédure) (de la société|de l'entreprise|internes)",
        "(vous devez|tu dois|il faut) (attendre|rappeler|vous adresser|contacter)",
    ),
    "positive_framing": (
        "(avec plaisir|volontiers|bien sûr|bien entendu|certainement|évidemment|pas de problème|aucun problème|parfait|très bien|excellent|super|génial|entendu)",
        "(je suis|nous sommes) (ravi|ravie|ravis|heureux|heureuse|content|contente) de (vous|t') ~ (aider|accompagner|répondre)",
        "ce que (je|nous) (pouvons|peux) faire",
        "(je peux|nous pouvons) (tout à fait|bien sûr|volontiers|) ~ (vous aider|t'aider|faire|proposer|arranger|régler)",
        "(bonne|excellente) (nouvelle|question|idée)",
        "(voyons|regardons|réglons) (ça|cela|ensemble)",
        "(je vous en prie|de rien|il n'y a pas de quoi)",
    ),
    "courtesy": (
        "(s'il vous plaît|s'il te plaît|svp|stp)",
        "(pourriez|pourrais|voudriez|voudrais|auriez|aurais|seriez|serais) (vous|tu)",
        # The conditional mood softens a request: the counterfactual modal of the literature.
        "(pourriez|pourrais|pourrait|pourrions|voudriez|voudrais|aimerais|aimerions|souhaiterais|souhaiterions|serait|serais|seriez|auriez|aurais|conviendrait|faudrait il|accepteriez|accepterais)",
        "(si cela vous convient|si ça vous convient|si ça te va|si ça vous va|si vous le souhaitez|si tu veux bien|si vous voulez bien|si possible)",
        "(petite question|dernière question|une question|une petite remarque)",
        "(vous permettez|tu permets|permettez moi|permets moi)",
        "(il me semble|je me demande|je me questionne|sauf erreur de ma part)",
        "(seraient|serait|seront|sera) (les bienvenus|le bienvenu|la bienvenue|les bienvenues|bienvenu|bienvenue)",
        "(est ce qu'il serait|serait il|est il) possible",
        "(si ce n'est pas|si cela ne vous) ~ (trop demander|dérange pas|ennuie pas)",
        "(je vous serais|je te serais) (reconnaissant|reconnaissante)",
        "(je me demandais|je voulais savoir|puis je vous demander|une petite question|au fait|d'ailleurs)",
        "(merci d'avance|merci par avance|d'avance merci)",
        "(cher|chère|chers|bonjour à tous|madame|monsieur)",
        "(bon travail|beau travail|bravo|félicitations|bien joué|chapeau)",
        "(j'espère|nous espérons) (que|vous|tout)",
        "(qu'en pensez vous|qu'en penses tu|à votre avis|selon vous|ton avis)",
        "(pas de souci|pas d'urgence|rien ne presse|prenez votre temps)",
    ),
    "discourtesy": (
        "pourquoi (avez vous|as tu|vous avez|tu as|est ce que|ne|n'|vous|tu)",
        "(c'est quoi ce|qu'est ce que c'est que ce|mais enfin|non mais)",
        "(vous êtes|tu es) (aveugle|sérieux|sérieuse|fou|folle|bête|stupide)",
        "(je m'en fiche|je m'en fous|peu importe|et alors)",
        "(arrêtez|arrête|cessez|cesse) (ça|de|donc)",
        "(n'importe quoi|ridicule|absurde|nul|lamentable|vandalisme|honteux|stupide|débile)",
        "(en fait|en réalité|le fait est)",
        "(vous devriez|tu devrais) (lire|apprendre|comprendre|arrêter)",
    ),
    "direct_question": (
        "(qu'est ce que|que|où|quand|comment) (vous avez|tu as|faites vous|fais tu|voulez vous|veux tu)",
    ),
    "argumentative": (
        "(ce n'est|c'est) pas (vrai|exact|correct|ce que j'ai dit)",
        "(vous vous trompez|tu te trompes|vous avez tort|tu as tort|vous avez mal compris|tu as mal compris)",
        "(c'est|c'était) (votre|ta|ton) (faute|problème|erreur)",
        "(je n'ai jamais|j'ai jamais) (dit|promis) (ça|cela)",
        "ce n'est pas comme ça que (ça|cela) (marche|fonctionne)",
    ),
    "condescension": (
        "comme (je|je vous|je te) (l'ai|l'avais) (déjà|) (dit|expliqué|précisé|indiqué)",
        "(je vous|je te) (l'ai|ai) (déjà|) (dit|expliqué) (plusieurs fois|deux fois|déjà)",
        "(c'est|c'est pourtant|c'est vraiment) (très|tout|pourtant|) (simple|évident|facile|basique)",
        "(lisez|lis|relisez|relis) (bien|attentivement|correctement)",
        "(je vais|je vous le|je te le) (répéter|réexpliquer|expliquer encore)",
        "(n'importe qui|même un enfant) (sait|peut|comprend)",
        "(écoutez|écoute) moi bien",
    ),
    "impatience": (
        "(calmez vous|calme toi|du calme)",
        "(arrêtez de crier|arrête de crier|ne criez pas|ne m'interrompez pas)",
        "(je n'ai pas|j'ai pas) (toute la journée|le temps)",
        "(dépêchez vous|dépêche toi|venez en au fait|viens en au fait|abrégez)",
        "(combien de fois|pour la dernière fois|encore et encore)",
    ),
    "unauthorized_concession": (
        "(juste|seulement|exceptionnellement) (cette fois|pour cette fois|pour une fois)",
        "(je vais|je peux) faire une exception",
        "(normalement|en principe) (je ne|on ne) ~ (devrais|peut|dois) ~ mais",
        "(ne le dites|ne le dis) ~ (à personne|pas à mon responsable)",
        "(entre nous|officieusement)",
    ),
    "follow_up_check": (
        "est ce que (ça|cela|tout) (marche|fonctionne|va|a fonctionné|a marché)",
        "(ça|cela) (marche|fonctionne|va) (mieux|maintenant|à présent) ?",
        "(le problème|votre problème) (est|a été) (résolu|réglé)",
        "(puis je|est ce que je peux) (vous|t') ~ (aider|renseigner) (pour autre chose|autrement|encore)",
        "(avez vous|as tu) (d'autres questions|besoin d'autre chose|une autre question)",
        "(tenez moi|tiens moi|dites moi|dis moi) (au courant|si)",
    ),
    "greeting": (
        "(bonjour|bonsoir|salut|bienvenue|coucou)",
        "(comment|en quoi) (puis je|pourrais je|est ce que je peux) (vous|t') (aider|être utile)",
        "(je m'appelle|je suis) ~ (du service|conseiller|conseillère|votre)",
        "merci (de votre appel|pour votre appel|de nous avoir contactés|pour votre message)",
    ),
    "closing": (
        "(bonne|très bonne|excellente) (journée|soirée|fin de journée|semaine|continuation|fin de semaine)",
        "(au revoir|à bientôt|cordialement|bien à vous|salutations|bonne continuation|à plus)",
        "merci (pour|de) (votre|ta) (patience|compréhension|confiance|appel|temps)",
        "(n'hésitez|n'hésite) pas à (nous|me) (recontacter|contacter|rappeler|écrire)",
    ),
    "_suppress": (
        "(dieu|grâce à dieu) merci",
        "non merci",
        "merci (pour rien|de rien)",
        "(désolé|pardon) mais",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        "(merde*|putain*|bordel|connard*|connasse*|con|cons|conne|conard*|salaud*|salope*|enculé*|encule*|enfoiré*|ordure*|abruti*|crétin*|débile*|idiot*|imbécile*|incompétent*|nul|nuls|bouffon*|clown*|voleur*|voleurs|escroc*|arnaqueur*|menteur*|pourri*|batard*|bâtard*|fdp|ntm|pd|tg)",
        "(ta gueule|ferme la|fermez la|va te faire|allez vous faire|va chier|nique|niquer)",
        "(vous êtes|t'es|tu es) ~ (nuls|incompétents|des voleurs|des escrocs|des clowns|des abrutis)",
        "(je vais|on va) (porter plainte|vous poursuivre|vous attaquer)",
    ),
    "customer_frustration": (
        "(frustr*|énervé*|agacé*|furieux|furieuse|en colère|déçu*|déception|inadmissible|inacceptable|scandal*|honteux|honte|ridicule|lamentable|catastrophe|catastrophique|ras le bol|marre|insupportable|exaspéré*|excédé*)",
        "(toujours|encore|toujours pas|encore une fois) (pas|rien|aucun|aucune|en attente|la même chose|cassé|en panne)",
        "(combien de fois|combien de temps) (encore|dois je|faut il)",
        "(depuis|ça fait) ~ (jours|semaines|mois|heures) ~ (j'attends|que j'attends|j'appelle|que j'appelle)",
        "(personne|aucun) (ne|n') (répond|rappelle|m'aide|s'occupe)",
        "(je veux|j'exige|je demande) ~ (remboursement|mon argent|responsable|résilier|réclamation)",
        "(je résilie|je vais résilier|je change d'opérateur|je pars à la concurrence)",
        "(perte|gaspillage) de (temps|argent)",
        "(service|sav) (nul|pourri|lamentable|catastrophique|déplorable)",
    ),
    "clarification_request": (
        "(qu'est ce que|que) (vous voulez|tu veux|voulez vous|veux tu) dire",
        "(je ne comprends pas|je comprends pas|j'ai pas compris|je n'ai pas compris)",
        "(pouvez|pourriez|peux|pourrais) (vous|tu) (expliquer|répéter|préciser|reformuler)",
        "(je suis|suis) (perdu|perdue|confus|confuse)",
        "(pardon|comment|quoi|hein) ?",
        "(ça|cela) n'a pas de sens",
    ),
    "customer_thanks": (
        "(merci|mille mercis|je vous remercie|remerci*)",
        "(très|vraiment|super) (gentil|aimable|efficace)",
        "(ça|cela) (marche|fonctionne) (maintenant|enfin|à nouveau)",
        "(parfait|super|génial|top|excellent) (merci|service)",
    ),
    "customer_leave_taking": (
        "(au revoir|à bientôt|a bientot|à plus|a plus|salut|ciao|adieu)",
        "(prenez|prends) soin de (vous|toi)",
        "(je dois|il faut que je) (y aller|partir|raccrocher|filer)",
    ),
    "_suppress": (
        "non merci",
        "merci pour rien",
        "pas (énervé|fâché|en colère)",
        "pas de (problème|souci)",
    ),
}

NEGATORS: tuple[str, ...] = ("ne", "n'", "pas", "jamais", "aucun", "aucune", "sans", "non")

QUESTION_OPENERS: tuple[str, ...] = (
    "qu'est ce que", "que", "quoi", "quel", "quelle", "quels", "quelles", "quand", "où",
    "pourquoi", "comment", "qui", "combien", "est ce que", "pouvez vous", "pourriez vous",
    "avez vous", "êtes vous",
)

STOP_WORDS: frozenset[str] = frozenset(
    ["le", "la", "les", "un", "une", "des", "du", "de", "d'", "et", "ou", "mais", "donc", "car", "ni", "que", "qui", "quoi", "dont", "où", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "te", "se", "moi", "toi", "lui", "eux", "y", "en", "à", "au", "aux", "avec", "pour", "par", "sur", "sous", "dans", "chez", "vers", "est", "sont", "suis", "es", "sommes", "êtes", "était", "ai", "as", "a", "avons", "avez", "ont", "été", "être", "avoir", "fait", "faire", "peut", "pouvez", "plus", "pas", "ne", "non", "oui", "très", "bien", "aussi", "encore", "déjà", "tout", "tous", "toute", "toutes", "rien", "merci", "bonjour", "comment", "pourquoi", "quand", "si", "alors", "ça", "cela", "c'est", "j'ai", "n'est", "qu'il"]
)
