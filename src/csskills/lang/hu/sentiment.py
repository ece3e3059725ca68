"""A Hungarian valence lexicon for the customer's mood in support conversations.

Written for csskills from how Hungarian customers write and speak to a help desk (not derived
from any published lexicon or data set). Values run from -1 (very negative) to +1 (very
positive); a trailing ``*`` marks a stem that matches every word beginning with it (Hungarian
is agglutinative: ``elégedett*`` covers *elégedett*, *elégedettek*, *elégedettség*), and a longer
stem wins over a shorter one. Entries are folded like the text (accents stripped), so stems
avoid the words that folding makes collide: ``jó`` and ``szép`` are listed as whole words (a
``jó*`` stem would reach *jön* "comes" and *jövő* "future", ``szép*`` *szeptember*), no
``kés*`` (*kész* "ready"), no ``profi*`` (*profil*). Topic words that are neutral in support
talk (*hiba*, *számla*, *visszatérítés*) are left out.

Hungarian puts its negator before what it negates ("nem jó", "nem működik"), which the engine
reads: "nem elégedett" comes out mildly negative without an entry of its own.
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
        tökéletes* fantasztikus* csodálatos* csodás* kiváló* nagyszerű* kitűnő*
        zseniális* lenyűgöző* szenzációs* fenomenális* imádom imádtam imádjuk hálás*
        hibátlan* briliáns* legjobb*
    """),
    (0.8, """
        köszön* kösz köszi köszke köszike köszcsi thx thanks remek* szuper* király
        klassz boldog* boldogan elégedett* megoldódott megjavult helyreállt örülök
        örülünk örömmel megkönnyebbül* megnyugodtam megnyugtató* segítőkész* bravó
        gratulálok gratula mesés* pompás* ragyogó* megmentett*
    """),
    # --- clearly positive: satisfaction, praise of the service, relief
    (0.7, """
        kedves* udvarias* türelmes* figyelmes* előzékeny* barátságos* megbízható* profi
        profin profik korrekt* szakszerű* szakértő* gyors* gyorsan villámgyors*
        hatékony* rugalmas* pontos precíz* megértő* empatikus* őszinte* készséges*
        jóindulatú* öröm* örül* élmény* ajánlom ajánlani bizalom* megbízom biztonságos*
        nyugodt* megnyugodva megnyugszom
    """),
    (0.6, """
        jó jól jók jót jobb jobban szép szépen szépek szépet kellemes* hasznos*
        egyszerű* könnyű* könnyen kényelmes* gördülékeny* zökkenőmentes* problémamentes*
        hibamentes* gondtalan* segített segítettek segítettél segítettetek megoldották
        megoldotta megoldottad kijavították megjavították elintézték elintézte intézték
        működik működnek működött sikerült sikeres* siker* eredményes* olcsó* kedvező*
        megéri méltányos* igazságos* átlátható* érthető* világos* egyértelmű* részletes*
        alapos*
    """),
    (0.5, """
        tetszik tetszett szeretem szerettem kedvelem rendes* aranyos* tündéri* cuki*
        okos* ügyes* tehetséges* segítség* támogatás* támogató* pozitív* optimista*
        remény* reményked* bízom bízunk biztató* végre megérkezett megjött megkaptam
        megkaptuk működőképes* stabil* gyorsabb* gyorsult meggyorsult javult javul
        helyrejött beállt elindult rendbejött rendeződött tiszta* igényes* minőségi*
        megfelelő* megfelel elfogadható* korrektül figyelmesen türelmesen
    """),
    (0.4, """
        rendben oké okés ok oksa remélem reméljük remélhetőleg szerencsére szerencsés*
        hála hálistennek hál'istennek istennek megnyugszik nyugodtan elégséges* tűrhető*
        megoldható* természetesen hogyne szívesen hamar azonnal rögtön gyorsítás*
        fejlődés* megértés* türelem* türelmét odafigyelés* kedvesség* udvariasság*
        zavartalan*
    """),
    (0.3, """
        jóváírták jóváírás visszautalták visszakaptam visszakaptuk kifizették rendeződik
        érthetően pontosan alapvetően normális* szokásos szíves* szívesség* megköszönném
        hálásan
    """),
    (0.2, """
        igen értem értettem aha mhm rendezett* kérem kérlek légyszi lécci
    """),
    # --- mildly negative: inconvenience, waiting, confusion
    (-0.2, """
        sajnos sajnálatos* várok várunk várakozás* várakoztat* késik késés késést
        késéssel késve késett késnek lassan lassú* lassul* bonyolult* zavaros*
        érthetetlen* kusza* nehézkes* körülményes* macerás* macera* drága* drágább*
        túlárazott* hosszadalmas* kétes* bizonytalan* bizonytalanság* kérdéses* hiányos*
        hiányzik hiányzott hiányzó* nehéz* nehezen nehezebb* fárasztó* unalmas* hibás*
        hibásan tévedés* téves* rosszul pontatlan* elírás* félreértés* kavarodás* kavar*
    """),
    (-0.3, """
        rossz rosszak rosszabb* kellemetlen* kellemetlenség* bosszant* bosszús* ideges*
        idegesít* zavar* zavaró* aggód* aggaszt* aggasztó* aggály* félek stressz*
        fáradt* elfáradtam kimerült* türelmetlen* elromlott elromlik romlik romlott
        akadozik akadozott szakadozik szakadozott lefagy* összeomlott leállt megszakad*
        hibázott hibáztak elrontották elrontotta elrontottátok elrontottad elveszett
        elvesztették eltűnt eltűntek sérült* törött* karcos* horpadt* hiányos problémás*
        gond gondok gondom gondunk gondja gondot panasz* reklamáció* reklamál* kifogás*
        kifogásol* elmaradt elmarad* elhúzód* megtagad* elutasít* visszautasít*
        kényelmetlen* kedvezőtlen*
    """),
    (-0.4, """
        csalódott* csalódás* csalódtam csalódtunk kiábrándító* kiábrándult* elégedetlen*
        dühös* mérges* mérgemben haragszom harag* felidegesít* kiborít* kiborult*
        kiakaszt* kiakadt* frusztrál* elkeserít* elkeseredett* szomorú* szomorúan bánat*
        megbánt* sértő* sértett* megsértett* udvariatlan* tiszteletlen* lekezelő*
        lekezelt* bunkóság* modortalan* goromba* flegma* flegmán közönyös* érdektelen*
        hanyag* hanyagság* felelőtlen* megbízhatatlan* pontatlanul lassúság*
        használhatatlan* működésképtelen* alkalmatlan* vacak* silány* gagyi pocsék*
        gyenge* csapnivaló* színvonaltalan* igénytelen* rendetlen* haszontalan*
        sikertelen* igazságtalan*
    """),
    (-0.5, """
        felháborító* felháborodott* felháborodva felháborodás* elfogadhatatlan*
        tűrhetetlen* tarthatatlan* botrány* botrányos* nevetséges* abszurd* szégyen*
        szégyenletes* gyalázat* gyalázatos* borzalmas* borzasztó* szörnyű* rettenetes*
        rémes* iszonyú* katasztrófa* katasztrofális* kétségbeejtő* kétségbeesett*
        reménytelen* tehetetlen* kiszolgáltatott* megalázó* megaláz* átverés* átvertek
        átvert* becsapott* becsaptak lehúzás* lehúztak rablás* lopás* csalás csalók
        csaló hazugság* hazudtak hazudott hazudnak hazudik félrevezető* félrevezettek
        elegem idegbaj* idegösszeroppanás* rémálom* pánik* sírok sírtam sírva kétségbe*
        undor* undorító* gusztustalan* pofátlan* pofátlanság* arcátlan* szemtelen*
        szemtelenség* arrogáns* arrogancia* tolvaj* időpocsékolás* pénzkidobás*
        pénzlenyúlás* kizsákmányol* sarcol* uzsora*
    """),
    (-0.6, """
        utálom utáljuk utálat* gyűlölöm gyűlölet* megvetés* felháborítóan tragédia*
        tragikus* katasztrofálisan borzalmasan hülyeség* ostobaság* baromság* marhaság*
        szánalmas* nyomorult* nyomorúság* inkompetens* amatőr* tehetségtelen*
        gyalázatosan csalárd* hazug* szélhámos* maffia* kártevő*
    """),
    (-0.7, """
        hülye* idióta* barom barmok ökör bunkó* tahó* paraszt debil* kretén* agyatlan*
        lúzer* majom majmok tuskó* szemétláda* mocskos* mocsok férgek féreg patkány*
        rohadt* rohadék* rohadjon* dögöljön* dögöljetek
    """),
    (-0.8, """
        bazmeg bmeg bzmg baszd* bassz* baszott* kibaszott* elbasz* fasz* geci* szar
        szart szaros szarság* szarházi* picsá* seggfej* lófasz* anyád* faszság* cseszd*
    """),
)

SENTIMENT_LEXICON = {w: v for w, v in SENTIMENT_LEXICON.items() if "_" not in w}
