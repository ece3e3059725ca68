"""A Latvian valence lexicon for the customer's mood in support conversations.

Written for csskills from how Latvian customers write and speak to a help desk (not derived
from any published lexicon or data set). Values run from -1 (very negative) to +1 (very
positive); a trailing ``*`` marks a stem that matches every word beginning with it (Latvian
inflects for case and gender: ``apmierināt*`` covers *apmierināts*, *apmierināta*,
*apmierinātība*), and a longer stem wins over a shorter one (``neapmierināt*`` is its own entry:
Latvian negates with the prefix *ne-*, so the negated word is another word). Entries are folded
like the text (diacritics stripped), so stems avoid the words that folding makes collide:
*labs*, *ātri*, *jauki* are listed as whole words (``lab*`` would reach *labot* "to fix", ``ātr*``
*atrast* "to find", ``jauk*`` *sajaukt* "to mix up"). Topic words that are neutral in support
talk (*problēma*, *rēķins*, *atmaksa*) are left out.
"""

from __future__ import annotations


def _tiers(*groups: tuple[float, str]) -> dict[str, float]:
    """``{word: value}`` from whitespace-separated words per value (later groups win)."""
    out: dict[str, float] = {}
    for value, words in groups:
        for word in words.split():
            out[word] = value
    return out


SENTIMENT_LEXICON: dict[str, float] = _tiers(
    # --- very positive: delight, strong praise, deep gratitude
    (0.9, """
        izcil* brīnišķīg* lielisk* fantastisk* perfekt* ideāl* nevainojam* apbrīnojam*
        teicam* vislabāk* fenomenāl* sajūsmā sajūsmināt* pateicīg*
    """),
    (0.8, """
        paldies paldiesiņ pldies pateicos pateicamies super* forš* priecājos
        priecājamies priecīg* prieks laimīg* apmierināt* atrisināts atrisināta
        atrisinājāt izdevās sanāca salaboja salabots salabota glāba izglāba bravo
        apsveicu malacis malači malace kolosāl* labākais labākā labākie
    """),
    # --- clearly positive: satisfaction, praise of the service, relief
    (0.7, """
        laipn* izpalīdzīg* atsaucīg* pieklājīg* profesionāl* kompetent* uzticam*
        pacietīg* iejūtīg* saprotoš* draudzīg* sirsnīg* korekt* precīz* efektīv* ātri
        ātrs ātra ātru ātrāk zibenīg* operatīv* atvieglojum* atvieglot* nomierināj*
        mierīg* drošībā ieteikšu iesaku ieteiktu gandarīt* gandarījum*
    """),
    (0.6, """
        labs laba labi labu labas labie labāk* jauki jauks jauka jauku jaukas patīkam*
        noderīg* vērtīg* ērti ērts ērta ērtāk vienkārš* viegli viegls viegla saprotam*
        skaidri pārskatām* palīdzējāt palīdzēji palīdzēja veiksmīg* veiksme veiksmi
        izdevīg* lēt* godīg* taisnīg* caurspīdīg* rūpīg* kārtīg* kvalitatīv* uzticams
        stabil* funkcionē atsaucība laipnība ātrā ātrais pretimnākoš* izprotoš* priecē
        iepriecin*
    """),
    (0.5, """
        patīk patika mīlu mīlam sirsnīgi cerīg* pozitīv* optimistisk* beidzot strādā
        darbojas ieslēdzās pieslēdzās pienāca atnāca saņēmu saņēmām ieskaitīja atmaksāja
        atgriezās atjaunojās sakārtoj* sakārtots kārtībā nokārtots nokārtoja nokārtojāt
        atrisinājām atbildējāt atsaucāties ātrums ātrāki uzlabojās uzlabot* uzlabojum*
        glīt* augstvērtīg* pietiekam* mīļi mīļš mīļā uzticība elastīg* cilvēcīg*
        uzmanīg* novērtēju novērtējam
    """),
    (0.4, """
        atrisināt* skaidrs skaidra saprotu sapratu norunāts ceru cerams cerot cerība
        laimīgā paveicās paveicies mierīgi droši labprāt protams noteikti uzreiz
        nekavējoties tūlīt ātrumā pieņemam* saprātīg* loģisk* pieklājība pacietība
        sapratne rūpējāties pieejam*
    """),
    (0.3, """
        pieņemu derēs der vienojāmies vienojamies atmaksāts ieskaitīts piegādāts
        piegādāja normāl* parast* drošs pārsteidzoši
    """),
    (0.2, """
        jā jāā aha mhm ok okei okay
    """),
    (0.1, """
        lūdzu
    """),
    # --- mildly negative: inconvenience, waiting, confusion
    (-0.2, """
        diemžēl žēl gaidu gaidām gaidīju gaidījām lēns lēna lēni lēnām lēnu lēnāk
        kavējas kavējās kavēj* aizkavēj* ilgi ilgstoš* sarežģīt* neskaidr* neskaidrība*
        mulsinoš* apjuk* apmuls* dārg* dārgāk* pārmaksā* kļūd* kļūdain* nepareiz*
        neprecīz* nepilnīg* trūkst trūkums trūkumi pietrūkst grūti grūts grūta
        apgrūtinoš* neērt* nogurdinoš* garlaicīg* smieklīg* nesaprotu nesapratu
        nemainījās kļūm* sods sodīt
    """),
    (-0.3, """
        slikt* nepatīkam* kaitinoš* kaitina nokaitināt* uztrauc* satrauc* satraukum*
        bažas nervoz* stres* nogur* nestrādā nedarbojas neiet nesaņēmu nesaņēmām
        nesaņemu nepienāca neatnāca nepienāk neatnāk neatbild neatbildēja neatbildējāt
        neatzvanīja neatzvanījāt nepiezvanīja nepiezvanījāt neatmaksāja neieskaitīja
        nepiegādāja neatveras neielādējas nepieslēdzas neieslēdzas bojāt* bojājum*
        salūz* salūzis salūza sabojāj* sabojāt* pazud* pazudis pazuda nozaud* traucējum*
        traucē pārtraukum* pārtrūkst nestabil* nekvalitatīv* neērti pietiek apnicis
        apnikusi apnika nepatīk nepatika ieilg* neefektīv* nepieejam* nesaprotam*
        nepalīdzēja nepalīdz sāp avārij* atteikum* atteica atsaka noraidīj* zaudēj*
        traks trakums
    """),
    (-0.4, """
        vīlies vīlusies vilšan* sarūgtin* neapmierināt* dusmīg* dusmas dusmojos nikn*
        bēdīg* skumj* skum* raudu raudāju asaras nelaimīg* neveiksm* neveiksmīg*
        nolaidīg* paviršs pavirši paviršīb* bezatbildīg* neatbildīg* neprofesionāl*
        nelaipn* nepieklājīg* rupj* augstprātīg* vienaldzīg* nevērīg* neuzticam*
        nekvalitatīv* nekompetenc* nejēdzīg* bezjēdzīg* bezcerīg* neizmantojam* nederīg*
        nelietderīg* neapdomīg* aizvainot* aizvainoj* apvainot* sašut* izbied* bail*
        baidos nobijos bezpalīdzīg* izmis* haoss haotisk* bardak* neuzmanīg* šoks šokā
        sāpīg* ignorē* nevērīb* draud* uzbāzīg*
    """),
    (-0.5, """
        briesmīg* šausmīg* drausmīg* nepieņemam* nepieļaujam* skandal* katastrof* murgs
        murgain* kauns kaunpilns apkaunojoš* negodīg* netaisnīg* krāpšan* krāpniecisk*
        apkrāp* apkrāpa piekrāp* piekrāpa meli melo* maldinoš* maldināj* izsmiekl* ņirg*
        ņirgāšanās absurd* muļķīb* nožēlojam* nelietīg* izšķiešan* necieņ* necienīg*
        pazemoj* pazemojoš* briesmas pretīg* riebīg* derdzīg* šķebinoš* nekaun* bezkaun*
        bezkauņ* šokēt* satriekt* apmān* ārprāts elle
    """),
    (-0.6, """
        ienīstu ienīstam naid* riebj* riebjas stulb* idiotisk* debilisk* kretīnisk*
        nekompetent* krāpniek* zagļ* zaglis blēdis blēži melis krāpnieki bezsmadzeņ*
        tragēdij* traģisk* šausmas šausmīgākais sliktākais sliktākā vissliktāk*
    """),
    (-0.7, """
        idiot* debil* kretīn* muļķ* dumj* lohs lohi lops lopi cūka cūkas ēzel*
        aitasgalv* neliet* riebekl* nejēga draņķ* mērkaķ* klauns klauni nolādēt*
        sasodīt*
    """),
    (-0.8, """
        sūds sūdi sūdu sūdīg* sūdos pizd* pizģ* bļa bļaģ* bļeģ* nahuj huj* pohuj pist
        pisties dirst mauka kuce jobans jobtvaj* mudak* pidar* mēsli mēslu
    """),
)
