"""Hungarian phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as Hungarian agents and customers speak: the formal address
(``Ön``/``maga`` with third-person verbs: *tudna*, *legyen szíves*, *elnézését kérjük*) and the
informal one (``te``: *tudnál*, *légy szíves*, *kérlek*). Hungarian is agglutinative and marks
person and definiteness on the verb, so rules list the inflected forms agents use (*megértem*,
*megértjük*) or use stems where the suffixes are many (``köszön*``). Hungarian writes the future
with the present tense, so "elküldöm" (I'll send it) is a commitment.

The fold strips the accents (ö ő -> o, ü ű -> u, á -> a ...), so text typed without them still
matches; rules avoid stems that would then reach innocent words: no ``csaló*`` (*csalódott*,
"disappointed"), no bare ``szemét`` (*szemet*, "eye"), no ``dög`` (folds to "dog").
"""

from __future__ import annotations

from csskills.lang.hu.words import EMOTION_WORDS, JARGON

# When a promise is due, often said before the verb ("Holnap visszahívom", "két munkanapon
# belül jóváírjuk"). The deadline reader looks from the commitment onwards, so these commitment
# rules start at the time word.
_WHEN = (
    "(holnap*|ma|mára|hétfő*|kedd*|szerd*|csütörtök*|péntek*|szombat*|vasárnap*|jövő|"
    "holnapután*|délután|délelőtt|ma este|legkésőbb|hamarosan|nemsokára|rövidesen|mihamarabb|"
    "mielőbb)"
)
_COUNT = "(1|2|3|4|5|6|7|8|10|14|15|24|30|48|72|egy|két|kettő|három|négy|öt|hat|tíz|pár|néhány)"
_WILL = (
    "(visszahívom|visszahívjuk|felhívom|felhívjuk|értesítem|értesítjük|tájékoztatom|"
    "tájékoztatjuk|elküldöm|elküldjük|kiküldjük|kiküldöm|jelentkezem|jelentkezünk|jóváírjuk|"
    "jóváírom|visszautaljuk|visszatérítjük|megérkezik|megkapja|megkapod|kiszállítjuk|kijön|"
    "kimegy|elintézzük|elintézem|megoldjuk|megoldom|aktiváljuk|feldolgozzuk|rendezzük|javítjuk|"
    "kijavítjuk|megjavítjuk|beállítjuk|meglesz|megtörténik|lezárjuk|visszajelzek|visszajelzünk|"
    "visszaírok|visszaírunk|keresni fogjuk|keresni fogom|hívni fogjuk|hívni fogom|utaljuk|"
    "postázzuk|átadjuk|kézbesítjük)"
)

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(elnézést|bocsánatot|elnézését|szíves elnézését) (kérek|kérünk|kérem|kérjük)",
        "(elnézést|bocsánat|bocs|bocsi|pardon|elnézést a|bocsánat a)",
        "(nagyon|őszintén|igazán|) (sajnálom|sajnáljuk)",
        "(a mi|az én|a mi részünkről|részünkről) (hibánk|hibám|mulasztásunk)",
        "(kellemetlenségért|kényelmetlenségért|késésért|várakozásért|hibáért|félreértésért) ~ (elnézést|bocsánatot|sajnál*)",
    ),
    "thanks": (
        "(köszön*|kösz|köszi|köszke|köszike|köszcsi|thx)",
        "(hálás|hálásak) (vagyok|vagyunk)",
        "(nagyon|igazán) (kedves|rendes) (Öntől|tőled|magától)",
        "(türelmét|türelmüket|megértését|megértésüket|türelmed|megértésed|együttműködését) ~ (köszön*|hálásan|megköszön*)",
        "köszön* ~ (türelmét|türelmüket|megértését|megértésüket|türelmed|megértésed|együttműködését)",
    ),
    "empathy_statement": (
        "(teljesen|tökéletesen|nagyon is|jól|abszolút) (megértem|megértjük|értem|értjük|átérzem|átérezzük)",
        "(megértem|megértjük|átérzem|átérezzük|el tudom képzelni|el tudjuk képzelni|el tudom hinni)",
        "(biztosan|bizonyára|nyilván|gondolom) (nagyon|rendkívül|) (bosszantó|frusztráló|kellemetlen|idegesítő|nehéz|stresszes|kimerítő|aggasztó|elkeserítő)",
        "(ez|ez nagyon|ez valóban|ez tényleg|ez igazán) (bosszantó|kellemetlen|frusztráló|idegesítő|nehéz|elkeserítő|aggasztó|rossz) (lehet|lehetett|helyzet|élmény)",
        "(sajnálattal|sajnálom hogy|sajnáljuk hogy) (hallom|halljuk|olvasom|olvassuk|értesültem)",
        "(az Ön|a maga|a te|az ön) helyében",
        "(teljesen|abszolút) (érthető|jogos|természetes)",
        "(érthető|jogos|természetes) (hogy|a) ~ (bosszús|ideges|mérges|csalódott|dühös|felháborodott|aggódik|aggódsz)",
        "(igaza van|igazad van|teljesen igaza van|teljesen igazad van)",
        "(nincs|nincsen) egyedül",
    ),
    "paraphrase": (
        "(ha jól értem|ha jól értettem|ha jól értelmezem|jól értem hogy|jól értettem hogy)",
        "(tehát|vagyis|azaz|más szóval|összefoglalva|röviden) (Ön|ön|te|maga|az|a|arról|azt)",
        "(úgy érti|úgy érted|arra gondol|arra gondolsz|azt mondja|azt mondod|azt szeretné|azt szeretnéd) hogy",
        "(csak hogy|hogy) (tisztázzuk|biztos legyek|jól értsem|ellenőrizzem)",
        "(jól értem|jól értettem|így van|ugye) ?",
        "(összefoglalom|összefoglalnám|megismétlem|visszaigazolom) ~ (kérését|problémáját|kérésed|problémád|amit)",
    ),
    "options_offered": (
        "(választhat|választhatja|választhatsz|választhatod|választhatunk|dönthet)",
        "(egy másik|másik|további|egy további|egy harmadik|második) (lehetőség*|megoldás*|opció*|alternatív*|út|mód)",
        "(több|két|három|néhány|különböző) (lehetőség*|megoldás*|opció*|alternatív*|mód*)",
        "(javaslom|javasolnám|javasoljuk|javasolhatom|ajánlom|ajánlanám|ajánljuk|ajánlhatom|azt tanácsolom|tanácsolnám)",
        "(megpróbálhatja|megpróbálhatod|kipróbálhatja|kipróbálhatod|megpróbálhatjuk|kipróbálhatjuk)",
        "(próbálta már|próbáltad már|megpróbálta már|megpróbáltad már|gondolt már|gondoltál már)",
        "vagy ~ vagy",
        "(ha szeretné|ha szeretnéd|ha gondolja|ha gondolod|ha kívánja|ha Önnek megfelel|ha neked megfelel|igény esetén)",
        "(helyette|alternatívaként|ehelyett|esetleg azt is)",
    ),
    "escalation": (
        "(kollégámhoz|kollégához|kollégáimhoz|felettesemhez|vezetőmhöz|szakértőhöz|szakemberhez|technikushoz|osztályhoz|részleghez|csoporthoz|ügyintézőhöz|szakterülethez|kollégáinkhoz) ~ (kapcsolom|kapcsolnám|kapcsolom át|továbbítom|továbbítottam|továbbítjuk|irányítom|átadom|átirányítom|adom át)",
        "(kapcsolom|kapcsolnám|továbbítom|átirányítom|átadom|irányítom) ~ (kollégámhoz|kollégához|felettesemhez|vezetőmhöz|szakértőhöz|szakemberhez|technikushoz|osztályhoz|részleghez|ügyintézőhöz|kollégáinkhoz)",
        "(továbbítom|továbbítottam|továbbítjuk|továbbítottuk|eszkalálom|eszkaláltam|eszkaláljuk) ~ (kérés*|ügy*|panasz*|bejelentés*|hibajegy*|reklamáció*)",
        "(hibajegyet|bejelentést|panaszt|reklamációt|ügyet|jegyet|kérelmet) (nyitottam|rögzítettem|vettem fel|nyitok|rögzítek|indítottam|indítok|nyitottunk|rögzítettünk)",
        "(felettesem|vezetőm|kollégám|szakértő kollégánk|technikus kollégánk|műszaki kollégánk|illetékes kollégánk) ~ (felveszi|fel fogja venni|hívni fogja|visszahívja|keresni fogja|megkeresi|jelentkezik)",
    ),
    "abuse_warning": (
        "(ha|amennyiben) ~ (továbbra is|tovább|még egyszer) ~ (káromkod*|sérteget*|kiabál*|trágár*|becsmérel*|fenyeget*|sértő*)",
        "(kénytelen leszek|kénytelenek leszünk|meg kell szakítanom|be kell fejeznem|le kell zárnom|bontanom kell) ~ (hívás*|beszélgetés*|chat*|a vonalat)",
        "(kérem|kérlek|kérjük) ~ (ne káromkodjon|ne kiabáljon|ne sértegessen|ne káromkodj|ne kiabálj|ne sértegess|ne fenyegessen)",
        "(tiszteletteljes|kulturált|udvarias) (hangnem*|hangvétel*|módon|stílus*)",
        "(ezt a|ilyen|ezt a fajta) (hangnemet|stílust|beszédet|viselkedést|szóhasználatot) ~ (nem fogadjuk el|nem fogadom el|nem tűrjük|nem tűröm|nem engedhetem|nem tolerál*)",
    ),
    "commitment": (
        "(visszahívom|visszahívjuk|felhívom|felhívjuk|értesítem|értesítjük|értesíteni fogom|tájékoztatom|tájékoztatjuk|elküldöm|elküldjük|utánanézek|utánanézünk|elintézem|elintézzük|ellenőrzöm|ellenőrizzük|jelentkezem|jelentkezünk|megoldom|megoldjuk|jóváírjuk|jóváírom|visszatérítjük|visszautaljuk|feldolgozzuk|rögzítem|rögzítjük|beállítom|beállítjuk|kiküldjük|kiküldöm|nyomon követem|nyomon követjük)",
        "(el fogom|meg fogom|fel fogom|vissza fogom|ki fogom|fogom|fogjuk|el fogjuk|meg fogjuk|vissza fogjuk) ~ (küldeni|intézni|hívni|nézni|oldani|ellenőrizni|keresni|utalni|írni|értesíteni|javítani)",
        "(megkapja|megkapod|meg fogja kapni|megérkezik|kiszállítjuk|megérkezik) ~ (napon belül|órán belül|holnap|ma|héten|percen belül|munkanapon belül)",
        "(elküldtem|elküldtük|rögzítettem|rögzítettük|jóváírtam|jóváírtuk|visszautaltam|visszautaltuk|lemondtam|töröltem|beállítottam|módosítottam|feldolgoztam|feldolgoztuk|megrendeltem|továbbítottam|kiküldtük|kiküldtem)",
        "(ígérem|megígérem|vállalom|vállaljuk)",
        f"{_WHEN} ~ {_WILL}",
        # (a gap for the unit, "két munkanapon": a group of units after the group of counts
        # would multiply the trie)
        f"{_COUNT} ~ (belül|alatt|múlva|után|folyamán) ~ {_WILL}",
    ),
    "over_promise": (
        "(garantálom|garantáljuk|szavatolom)",
        "(száz százalék*|100%|100 százalék*|garantáltan)",
        "(biztosan|egészen biztosan|teljesen biztos|holtbiztos) ~ (ma|holnap|azonnal|most) ~ (megérkezik|meglesz|megoldódik|működni fog|rendben lesz|kész lesz|megjön)",
        "(soha többé|többé soha|soha nem fog) (nem fordul elő|fordul elő|megismétlődni|ismétlődik meg|előfordulni)",
        "(ez|ilyen) (többé|soha többé) nem fog (előfordulni|megtörténni)",
    ),
    "hedge": (
        "(talán|valószínűleg|feltehetően|lehet hogy|lehetséges hogy|úgy gondolom|azt hiszem|úgy hiszem|úgy tűnik|mintha|elképzelhető)",
        "nem (vagyok|vagyunk) (biztos|biztosak|teljesen biztos|egészen biztos)",
        "(nem tudom|fogalmam sincs|nem tudnám megmondani|nem tudom pontosan|nem tudom biztosan)",
        "(működnie kellene|működnie kéne|rendben kellene|elvileg|tudtommal|ha jól emlékszem)",
    ),
    "negative_framing": (
        "(sajnos|sajnálatos módon|sajnálatosan|sajnálattal közlöm|sajnálattal közöljük)",
        "(nem tudunk|nem tudok|nem áll módunkban|nem áll módomban|nem lehetséges|nincs lehetőség|nincs lehetőségünk|nincs lehetőségem|nem tudjuk|nem engedhetjük|nem engedélyezhetem) ~ (segíteni|adni|visszatéríteni|módosítani|lemondani|törölni|elfogadni|megoldani|teljesíteni|biztosítani|visszaadni|cserélni|megtenni|visszavenni|jóváírni)",
        "(lehetetlen|kizárt|nem megengedett|nem engedélyezett)",
        "(nincs mit tenni|semmit nem tehetünk|semmit sem tehetünk|nem tehetünk semmit|nem tehetek semmit|ezzel nem tudunk mit kezdeni)",
        "nem (a mi|az én|a cég) (hibánk|hibám|hibája|felelősségünk|felelősségem|dolgunk|dolgom|problémánk|problémám)",
        "(ez a|ez|ilyen a) (szabály|szabályzat|cég szabályzata|cégünk szabályzata|előírás|házirend)",
        "(várnia|várnod|telefonálnia|hívnia|mennie|fordulnia|várni) kell",
    ),
    "positive_framing": (
        "(szívesen|örömmel|nagyon szívesen|természetesen|persze|hogyne|rendben|semmi gond|semmi probléma|nem probléma|nagyszerű|kiváló|tökéletes|remek|nagyon jó|szuper|máris|azonnal intézem)",
        "(segíthetek|segíthetünk|tudok segíteni|tudunk segíteni|meg tudom oldani|meg tudjuk oldani|el tudom intézni|el tudjuk intézni|meg tudom nézni|meg tudjuk nézni)",
        "(jó|remek|nagyszerű|kiváló|jó kis) (hír*|kérdés*|ötlet*|választás*)",
        "(örömmel|szívesen) (segítek|segítünk|állok rendelkezésére|állunk rendelkezésére|intézem|megnézem|elintézem)",
        "amit (tenni tudok|meg tudok tenni|tudunk tenni|tehetek|tehetünk)",
        "(nézzük|oldjuk meg|intézzük el|lássuk|nézzük meg)",
        "(a jó hír|jó hírem van|jó hírünk van)",
    ),
    # Politeness strategies (Brown & Levinson; Danescu-Niculescu-Mizil et al., 2013): softened
    # and indirect requests, the conditional mood, hedges, deference, well-wishing, praise.
    "courtesy": (
        "(kérem|kérjük|kérlek|légyszi|légysz|léci|lécci|pls|plz|szíveskedjen|szíveskedj)",
        "(legyen|légy|lenne|lennél|lennének|lennétek) (szíves|szíves|kedves|szíves és)",
        "(tudna|tudnál|tudnának|tudnátok|tudnék|tudnánk|tudnád|tudná)",
        "(tudsz|tudtok|tudod|tudja|tud) ~ (segíteni|ránézni|megnézni|átnézni|javítani|küldeni|mondani|adni|segítséget)",
        "(megtenné|megtennéd|lehetne|lehetséges lenne|lehetséges|volna|szeretnék|szeretném|szeretnénk|szeretnéd|szeretné|segítene|segítenél|megnézné|megnéznéd|elküldené|elküldenéd|küldene|küldenél|megmondaná|megmondanád|elmondaná|elmondanád|mondana|mondanál|adna|adnál|javítaná|javítanád|pótolná|pótolnád|átnézné|átnéznéd|foglalkozna|foglalkoznál|vetne|vetnél|ránézne|ránéznél|írna|írnál|megoldaná|megoldanád|hozzászólna|hozzászólnál|csatlakozna|csatlakoznál)",
        "(megkérhetem|megkérhetlek|megkérdezhetem|kérdezhetek|érdeklődnék|érdeklődni szeretnék|kérdeznék|kérdezném)",
        "(esetleg|talán|netán|vajon|valahogy)",
        "(kedves|tisztelt|drága|kedvesem)",
        "(előre is köszön*|köszönöm előre|előre is kösz*|előre is hálás)",
        "(egyébként|mellesleg|amúgy|apropó|közben|még valami|még egy kérdés|egy kérdés|egy kérdésem)",
        "(mit gondol|mit gondolsz|mi a véleménye|mi a véleményed|mit szól|mit szólsz|szerinted|szerinte|ön szerint|Ön szerint|hogy látod|hogy látja)",
        "(gratulálok|gratula|szép munka|jó munka|remek munka|nagyszerű munka|ügyes|szép munkát|szép cikk|jó cikk|jó ötlet|remek ötlet)",
        "(remélem|reméljük) (hogy|minden|jól|jó)",
        "(semmi gond|nem sürgős|ráér|nyugodtan|nem baj|semmi baj)",
        "(egyetértek|egyetértünk|jogos)",
        "(ha|amennyiben) (van|lesz|lenne) (időd|ideje|kedved|kedve|lehetősége|lehetőséged|egy perce|egy perced)",
        "(ha|amennyiben) nem (gond|probléma|baj|zavar|zavarja|zavarlak|okoz gondot)",
    ),
    "discourtesy": (
        "(miért|minek|miért is) (kellett|töröl*|vissza*|csinál*|ír*|mond*|tesz*|tett*|akar*|gondol*|hagy*|változtat*|módosít*|írt*|nevez*|raktad|rakta|tetted|tette|vetted|vette|szól*)",
        "(mi a fene|mi a franc|mi a fasz|mi a szar|mi a baj|mi a problémád|mi a problémája|mi a bajod|mi a baja|mi ez a)",
        "(hogy merészel*|hogy képzel*|mit képzel*|kinek képzel*)",
        "(viccel*|hülye vagy|vak vagy|normális vagy|komolyan mondod|komolyan gondolod|komolyan gondolja)",
        "(nem érdekel|leszarom|kit érdekel|na és|és akkor mi van|mit bánom)",
        "(hagyd abba|hagyja abba|fejezd be|fejezze be|elég legyen|elég volt|állj le|álljon le)",
        "(hülyeség*|ostobaság*|marhaság*|baromság*|nevetséges|abszurd|szánalmas|vandál*|vandalizmus|szégyen*|butaság*|értelmetlen|értelmetlenség*|ostoba|buta|zagyvaság*|halandzsa)",
        "(tulajdonképpen|valójában|igazából|a helyzet az|a tény az|tény hogy)",
        "(neked|Önnek|magának|önnek) (kell|kellene|kéne|kellett volna)",
        "(el kell olvasnod|el kellene olvasnod|meg kell értened|meg kellene értened|tanuld meg|tanulja meg)",
        "(indoklás nélkül|ok nélkül|minden ok nélkül|magyarázat nélkül|szó nélkül|egyeztetés nélkül)",
        "(kitörölted|kitörölte|törölted|visszaállítottad|visszavontad|visszaállította|visszavonta|átírtad|átírta|elrontottad|elrontotta|tönkretetted|tönkretette)",
    ),
    # Bald questions put straight to the listener (the "direct question" strategy).
    "direct_question": (
        "(mit|mi|hol|ki|hogyan|hogy) (csinálsz|csinál|csináltál|csinált|akarsz|akar|mondtál|mondott|gondoltál|gondolt|képzelsz|csináltatok)",
        "(mi|mit) (ez|ezt|az|azt) ?",
    ),
    "argumentative": (
        "(ez nem igaz|ez nem így van|ez nem így történt|ez nem stimmel|ez nem felel meg a valóságnak)",
        "(nincs igaza|nincs igazad|téved|tévedsz|téved Ön|tévednek|félreértette|félreértetted|rosszul tudja|rosszul tudod|rosszul érti|rosszul érted)",
        "(az Ön|a te|a maga|az ön|az Ön saját|a saját) (hibája|hibád|problémája|problémád|dolga|dolgod|felelőssége)",
        "(valójában|igazából|tulajdonképpen) (nem|Ön|te|maga|ez nem)",
        "én (ilyet|ezt|ilyesmit|semmi ilyet) nem (mondtam|állítottam|ígértem)",
        "(ennek|ez) (semmi értelme|nincs értelme|semmi értelme nincs|értelmetlen)",
    ),
    "condescension": (
        "(ahogy|mint) (már|korábban|az előbb|fentebb|többször|már többször) (is|) (mondtam|írtam|elmondtam|leírtam|jeleztem|említettem|elmagyaráztam|kifejtettem)",
        "(már|többször|százszor|ezerszer|már többször) (mondtam|elmondtam|leírtam|elmagyaráztam|megmondtam)",
        "(nagyon|teljesen|egészen|pofonegyszerű|kifejezetten) (egyszerű|nyilvánvaló|magától értetődő|evidens|egyértelmű|alapvető)",
        "(nyilvánvalóan|nyilván|egyértelműen|világos hogy) (Ön|te|maga|nem)",
        "(olvassa|olvasd) (el|végig) ~ (figyelmesen|rendesen|még egyszer|alaposan)",
        "(még egyszer|újra|lassan|utoljára) (elmagyarázom|elmondom|leírom|megismétlem)",
        "(figyeljen|figyelj) (ide|oda|jobban|rám)",
        "(egy gyerek|bárki|mindenki) (is|) (tudja|érti|meg tudja|megérti)",
    ),
    "impatience": (
        "(nyugodjon meg|nyugodj meg|nyugi|higgadjon le|higgadj le|nyugodjanak meg)",
        "(ne kiabáljon|ne kiabálj|ne vágjon a szavamba|ne vágj a szavamba|ne szakítson félbe|ne szakíts félbe)",
        "(nincs időm|nincs erre időm|nincs egész napom|nincs időnk|nincs erre időnk)",
        "(siessen|siess|térjen a lényegre|térj a lényegre|legyen rövid|röviden)",
        "(hányszor|hányadszor|utoljára) (mondjam|mondom|kell|mondtam)",
        # "you already said that": cutting the customer's account short
        "(ezt|azt|ezt is|ezt már|azt már) (már|) (mondta|mondtad|elmondta|elmondtad|említette|említetted|írta|írtad)",
    ),
    "unauthorized_concession": (
        "(csak most|csak ez egyszer|kivételesen|egyszeri alkalommal|most az egyszer|csak most az egyszer)",
        "(kivételt teszek|kivételt tehetek|kivételt teszünk|kivételt tehetünk)",
        "(ne mondja el|ne szóljon|ne szólj|ne mondd el) ~ (senkinek|főnökömnek|vezetőmnek|felettesemnek)",
        "(maradjon|maradjunk) (köztünk|kettőnk között)",
        "(szabály*|előírás*|szabályzat*) ~ (ellenére|megkerül*|áthág*)",
        "(elvileg|hivatalosan|igazából) nem (tehetném|szabadna|lehetne|tehetnénk) ~ de",
    ),
    "follow_up_check": (
        "(sikerült|működik|megoldódott|megjavult|rendben van|minden rendben|segített|segíthettem|tudtam segíteni|jól működik|jó így|megfelel) ?",
        "(működik|sikerült|megoldódott) (már|most|ezzel|így|azóta)",
        "(kérem|kérlek) ~ (ellenőrizze|ellenőrizd|próbálja|próbáld|nézze|nézd) ~ (meg|újra|ismét|most)",
        "(jelezze|jelezd|szóljon|szólj|írjon|írj) ~ (ha|hogy|amennyiben)",
        "(visszahívom|felhívom|jelentkezem) ~ (megnézni|ellenőrizni|megkérdezni|hogy)",
    ),
    "greeting": (
        "(jó napot|jó reggelt|jó estét|szia|sziasztok|szervusz|szervusztok|helló|hello|hali|üdv|üdvözlöm|üdvözöljük|üdvözlet|kezét csókolom|csókolom)",
        "(miben|hogyan|mivel) (segíthetek|segíthetünk|lehetek segítségére|lehetünk segítségére|állhatok rendelkezésére|tudok segíteni)",
        "(a nevem|az én nevem|vagyok a|beszél|beszélek|beszélnek) ~ (ügyfélszolgálat*|részéről|segíthetek)",
        "köszön* (hogy|a) ~ (hívott|hívást|hívását|megkeresett|megkeresést|megkeresését|keresett|minket választott)",
    ),
    "closing": (
        "(viszontlátásra|viszonthallásra|viszlát|minden jót|további szép napot|szép napot|szép estét|további kellemes|kellemes napot|kellemes hétvégét|jó éjszakát|üdvözlettel|tisztelettel|szép hétvégét|sok sikert|további jó munkát|szép napot kívánok|kellemes napot kívánok)",
        "köszön* (hogy|a) ~ (türelmét|türelmed|bizalmát|bizalmad|választott|idejét|idődet|megértését)",
        "(forduljon|keressen|írjon|hívjon|keress|írj|hívj) ~ (bizalommal|nyugodtan|bátran)",
        "ne (habozzon|habozz) ~ (keresni|hívni|írni|megkeresni)",
        # "anything else?" closes the conversation; it checks no fix
        "(van|lenne|lehet) (még|esetleg) (valami|bármi|egyéb|más) (amiben|kérdése|kérdésed|kérése|kérésed|teendő|amit)",
        "(miben|másban|egyébben|még miben) (segíthetek|segíthetünk|tudok segíteni|tudunk segíteni) (még|)",
    ),
    # -- what the competencies read beyond the politeness and service phrases ----------------
    # Reassurance: the agent takes the pressure off ("nem kell sietnie", "nem az Ön hibája").
    "reassurance": (
        "(nem kell|ne) (sietnie|siessen|siess|sietned|kapkodnia|kapkodjon|kapkodj|aggódnia|aggódjon|aggódj|aggódnod|izgulnia|izguljon|izgulj|idegeskednie|idegeskedjen|bocsánatot kérnie|elnézést kérnie|szabadkoznia|szabadkozzon)",
        "(nyugodtan|bátran|ráérősen|kényelmesen) (nézze|nézd|keresse|keresd|olvassa|olvasd|gondolja|gondold|csinálja|csináld|várjon|várj)",
        "(semmi|nincs) (gond|baj|probléma|ok az aggodalomra|sietség|rohanás)",
        "(van|nyugodtan van) (idő|időnk|időm)",
        "(ez|ez egyáltalán) nem (az Ön|a maga|a te|az ön) (hibája|hibád|mulasztása)",
        "(bárkivel|mindenkivel|bárkivel előfordulhat|velem is) (előfordul|előfordulhat|megesik|megtörténik)",
        "(megoldjuk|meg fogjuk oldani|rendbe tesszük|helyre hozzuk|helyrehozzuk|elintézzük|megtaláljuk) (együtt|közösen|hamar|mindenképp|mindenképpen|biztosan)",
        "(együtt|közösen|lépésről lépésre) (megoldjuk|végigmegyünk|megnézzük|haladunk|rendbe tesszük)",
        "(jó|remek|nagyon jó|kiváló|jogos) (kérdés|a kérdés)",
        "(jól|nagyon jól|ügyesen|tökéletesen) (csinálja|csinálod|halad|haladsz|haladunk|csinálta|csináltad)",
        "(pontosan|igen pontosan|így van|ez az) (ez az|így|az)",
        "(itt vagyok|itt vagyunk|végig itt vagyok|mellette vagyok) ~ (segíteni|önnek|neked|amíg)",
        "(teljesen|egészen) (rendben van|normális|érthető) (hogy|ha)",
    ),
    # Formulaic regret said to everyone ("elnézést kérünk az esetleges kellemetlenségért").
    "stock_empathy": (
        # (the formula itself, so that "Elnézést kérünk" before it stays an apology)
        "(esetleges|okozott|felmerült|kialakult|fennálló) (kellemetlenség*|kényelmetlenség*|kellemetlenségekért|problémákért|fennakadás*|késedelem*|hibáért|zavarért)",
        "(türelmét|türelmüket|megértését|megértésüket|türelmed|megértésed|együttműködését) ~ (köszön*|hálásan|megköszön*)",
        # (spelled like the thanks rule so that both behaviours share the trie path)
        "köszön* ~ (türelmét|türelmüket|megértését|megértésüket|türelmed|megértésed|együttműködését)",
        "(megértem|megértjük|értjük) (a bosszúságát|bosszúságát|az elégedetlenségét|elégedetlenségét|a frusztrációját|frusztrációját|aggodalmát|az aggodalmát)",
        "(visszajelzése|véleménye|elégedettsége|bizalma|visszajelzésed) (fontos|nagyon fontos|értékes|sokat jelent) (számunkra|nekünk)",
        "(komolyan|kiemelten|nagy figyelemmel) (vesszük|kezeljük|foglalkozunk|vizsgáljuk|követjük)",
        "(kedves|tisztelt|tisztelt kedves) (ügyfelünk|ügyfelünket|ügyfelünknek|ügyfelünkhöz|előfizetőnk|vásárlónk|partnerünk)",
    ),
    # Words that make light of the customer's trouble or answer it with procedure.
    "dismissive": (
        "(ez|ilyen|ilyesmi|ez gyakran|ez sokszor) (gyakran|sokszor|mindig|folyton|néha|rendszeresen|előfordul|megesik|van)",
        "(ilyen|ilyesmi|ez) (előfordul|megesik|van|előfordulhat)",
        "(ez|ez már csak|hát ez) (így működik|ilyen|van így|ilyen a rendszer|így van)",
        "(nem kell|ne) (túlreagálni|túlreagálnia|túlreagálja|túlreagáld|felfújni|ekkora ügyet csinálni|ennyire felhúzni magát|drámázni)",
        "(túlreagálja|túlreagálod|túlreagálják|túlzás|nem nagy ügy|semmiség|nem olyan nagy dolog|ez nem akkora probléma)",
        "(tájékoztatjuk|tájékoztatom|felhívjuk a figyelmét|felhívom a figyelmét) (hogy|arra|Önt|önt)",
        "(tudomásul vettem|tudomásul vettük|rögzítettük|rögzítettem|nyugtázom|nyugtázzuk)",
        "(mit tehetünk|mit lehet tenni|ez van|ez van és kész|ilyen az élet|majd megszokja|meg kell szokni|együtt kell élni vele)",
        "(ez|ez a) (szabályzat|szabály|előírás|eljárás) (és kész|ennyi|ez van)",
    ),
    # Hurrying the customer along.
    "hurrying": (
        "(be kell fejeznünk|be kell fejeznem|le kell zárnunk|le kell zárnom|rövidre kell fognunk|haladnunk kell|tovább kell lépnünk|siessünk|fogjuk rövidre)",
        "(sokan|más ügyfelek|mások|további hívók|más hívók|még sokan) (várnak|várakoznak|vannak a sorban|állnak sorban)",
        "(hosszú|nagy|sok) (a sor|sor van|várólista|a várakozó)",
        "(nincs|nem sok|kevés) (sok időm|sok időnk|időm|időnk) (erre|most|ma)",
        "(röviden|gyorsan|tömören) (mondja|mondd|írja|írd|foglalja össze|foglald össze|legyen szíves)",
        "(gyorsan|röviden) (végigmegyünk|lezárjuk|befejezzük|átnézzük)",
        "(ennyi|ez minden|ez lenne minden|más nincs|más valami) ? (nem|jó|rendben|oké|akkor)",
        "(ennyi volt|ez minden|ez volt minden|más nincs) ?",
    ),
    # Putting right what the agent said a moment ago.
    "self_correction": (
        "(úgy értem|úgy értettem|pontosabban|helyesebben|vagyis inkább|azaz inkább|bocsánat úgy értem|elnézést úgy értem)",
        "(rosszul mondtam|rosszat mondtam|tévedtem|elnéztem|elírtam|elszóltam|rosszul néztem|rosszul olvastam|rosszul írtam|rossz információt adtam|téves információt adtam|helyesbítek|helyesbítenék|kijavítom magam|javítom magam)",
        "(elnézést|bocsánat|pardon) ~ (rosszul|tévesen|hibásan) (mondtam|írtam|néztem|közöltem|tájékoztattam)",
        "(az előbb|korábban|az imént|az előző üzenetemben) ~ (mondottakat|mondtakat|írtakat|amit mondtam|amit írtam) ~ (helyesbítem|javítom|tekintse tárgytalannak|felejtse el|nem helyes)",
        "(nem nem|várjon|várj|bocsánat) (nem|rosszul|tévedés)",
        "(rossz|téves|hibás) (dátumot|összeget|számot|határidőt|információt|adatot) (mondtam|adtam|írtam)",
        "(az én hibám|az én tévedésem|ez az én hibám) (volt|)",
    ),
    # Not knowing a basic fact and going to someone else for it.
    "checks_with_others": (
        "(megkérdezem|megkérdezném|megkérdezzük|egyeztetek|egyeztetnék|egyeztetünk|utánakérdezek|rákérdezek|konzultálok) ~ (kollégámmal|kollégáimmal|kollégától|kollégáktól|felettesemmel|felettesemtől|vezetőmmel|vezetőmtől|a csoportvezetőmmel|szakértő kollégával|a szakterülettel|a háttérirodával|a back office-szal|a műszaki kollégákkal|valakivel)",
        "(kollégámmal|kollégáimmal|felettesemmel|vezetőmmel|csoportvezetőmmel|szakértő kollégával|műszaki kollégákkal) ~ (egyeztetek|egyeztetnék|konzultálok|beszélek|megnézem|megkérdezem|ellenőrzöm)",
        "(megkérdezem|megkérdezném|megkérdezzük|megkérdezek) ~ (kollégámat|kollégáimat|egy kollégát|a kollégát|felettesemet|vezetőmet|csoportvezetőmet|a szakértőt|valakit|a háttérirodát|a műszakot)",
        "(nem vagyok biztos|nem tudom|új vagyok|még új vagyok|nem ismerem) ~ (megkérdezem|utánakérdezek|rákérdezek|egyeztetek)",
        "(utánakérdezek|megkérdezem|egyeztetek) (és|majd) (visszajelzek|visszahívom|jelentkezem|tájékoztatom|visszaírok)",
        "(ez az információ|ezt az információt|ezt az adatot|ez az adat) (nem látom|nincs előttem|nem látszik|nem érem el|nincs meg)",
        "(ez|ez már) (nem az én|nem a mi) (területem|területünk|hatásköröm|hatáskörünk|osztályom|részlegem)",
        "(nincs|nem rendelkezem) (jogosultságom|jogosultsággal|hozzáférésem|hozzáféréssel)",
    ),
    # Sending the customer to find out for themselves.
    "deflection": (
        "(honlapunkon|weboldalunkon|oldalunkon|applikációnkban|alkalmazásunkban|GYIK|gyakori kérdések|ÁSZF|általános szerződési feltételekben|súgó*) ~ (megtalálja|megtalálod|megnézheti|megnézheted|elolvashatja|elolvashatod|tájékozódhat|utánanézhet|olvashat|találja|találod|ellenőrizheti)",
        "(megtalálja|megtalálod|megnézheti|megnézheted|elolvashatja|elolvashatod|utánanézhet|utánanézhetsz|ellenőrizheti|ellenőrizheted) ~ (honlapunkon|weboldalunkon|oldalunkon|applikációnkban|alkalmazásunkban|gyik|gyakori kérdések|ászf|súgó*|a honlapon|a weboldalon|az interneten|online)",
        "(forduljon|forduljanak|fordulj|keresse|keresd|hívja|hívd|érdeklődjön|érdeklődj) ~ (bankjához|a bankjához|bankodhoz|a futárszolgálathoz|futárcéghez|a gyártóhoz|gyártóhoz|az eladóhoz|eladóhoz|a szervizhez|szervizhez|a bolthoz|az üzlethez|a biztosítójához|biztosítóhoz|a légitársasághoz|a szállodához|a szolgáltatójához|szolgáltatójához|a kereskedőhöz)",
        "(ezt|azt|ennek) (Önnek|magának|neked|önnek) (kell|kellene|kéne) (utánanéznie|utánanézned|megnéznie|megnézned|kiderítenie|kiderítened|ellenőriznie|ellenőrizned|intéznie|intézned)",
        "(nézzen|nézz) utána (saját maga|maga|magának|egyedül)",
        "(ez|ez nem) (nem ránk tartozik|nem hozzánk tartozik|nem a mi asztalunk|nem minket érint|nem tartozik ránk)",
        "(ehhez|ahhoz) (nekünk|nekem) (nincs közünk|nincs közöm|semmi közünk|semmi közöm)",
        "(innen|a rendszerünkből|a mi oldalunkról|nálunk|a mi rendszerünkben) (nem látom|nem látjuk|nem tudom ellenőrizni|nem tudjuk ellenőrizni|nem látszik|nem tudunk belenyúlni)",
    ),
    # Saying what the rule, the system or the stock does not allow: a blocked first solution.
    "policy_statement": (
        "(szabályzatunk|szabályzatunkat|a szabályzat|szabályaink|a szabályok|az előírások|az eljárásrend|a szerződés|a szerződési feltételek|az ÁSZF|az üzletszabályzat|a házirend|a feltételek) ~ (szerint|értelmében|alapján|nem teszi lehetővé|nem engedi|nem engedélyezi|tiltja|kizárja|nem teszi)",
        "(szabályzat|szabály|előírás|szerződés|ÁSZF|üzletszabályzat) (szerint|értelmében|alapján)",
        "(csak|kizárólag|csupán) (munkanapokon|hétköznap|hétköznapokon|munkaidőben|ügyfélfogadási időben|személyesen|ügyfélszolgálati irodában|a számlatulajdonos|az előfizető|a kártyabirtokos|a szerződő fél|online|írásban)",
        "(nem lehetséges|nem megengedett|nem engedélyezett|nem áll módunkban|nem jogosult|nem jogosult rá|nem vonatkozik|nem érvényes|nem érvényesíthető|nem teljesíthető)",
        "(nincs raktáron|nincs készleten|elfogyott|kifogyott|nem elérhető|már nem kapható|nem forgalmazzuk|megszűnt|betelt|nincs szabad időpont|nincs szabad hely|nincs szabad kapacitás)",
        "(a rendszer|rendszerünk|a rendszerünk) ~ (nem engedi|nem enged|nem fogadja el|nem teszi lehetővé|nem engedélyezi|blokkolja|nem ad|nem mutat)",
        "(kivételt|kivételt nem) (nem tehetünk|nem tudunk tenni|nem teszünk|nem tehetek)",
        "(elállási|visszaküldési|reklamációs|garanciális|jótállási|lemondási|panaszbejelentési) (idő|határidő|határidőn|időszak|időn) ~ (lejárt|letelt|túl van|kívül|elmúlt|túllépte)",
        "(határidő|határidőn|garancia|jótállás|a garancia|a jótállás) ~ (lejárt|letelt|megszűnt|túl van|kívül esik)",
    ),
    # A way round a blocked first solution: another route, another option, an exception asked.
    "alternative": (
        "(helyette|ehelyett|alternatívaként|más megoldásként|viszont azt|másik megoldásként)",
        "(egy másik|másik|más|egy más|alternatív|egy alternatív) (lehetőség*|megoldás*|opció*|út*|mód*|változat*)",
        "(viszont|de|azonban|mégis|ellenben) (azt|annyit|ezt|egy) ~ (meg tudom tenni|meg tudjuk tenni|tudok|tudunk|felajánlhatom|felajánlhatjuk|megtehetem|megtehetjük|javasolhatom|javasolhatjuk|tudom ajánlani|tudjuk ajánlani)",
        "(amit|annyit) (tenni tudok|tenni tudunk|meg tudok tenni|meg tudunk tenni|tehetek|tehetünk|fel tudok ajánlani|fel tudunk ajánlani)",
        "(kérhetek|kérvényezhetek|kezdeményezhetek|kérek|kezdeményezek|igényelhetek) ~ (kivételt|méltányosságot|egyedi elbírálást|jóváírást|kompenzációt|engedélyt)",
        "(megnézem|megvizsgálom|utánanézek|megnézzük|megvizsgáljuk|ellenőrzöm) (hogy|van-e|lehet-e|tudunk-e|tudok-e|lehetséges-e) ~ (tudunk|tudok|lehet|van|megoldható|más)",
        "(sikerült|találtam|találtunk|foglaltam|foglaltunk|átraktam|áttettem|intéztem|beállítottam) ~ (másik|új|egy|alternatív|helyette|Önnek|önnek|neked)",
        "(megfelelne|megfelel|jó lenne|elfogadható lenne|működne) (ez|ez így|így|Önnek|önnek|neked|ez Önnek)",
        "(ha|amennyiben) (ez|ez sem|ez nem) ~ (nem működik|nem megy|nem jó|nem felel meg|nem megfelelő)",
        "(ideiglenes|átmeneti|kerülő) (megoldás*|megoldásként|út*)",
        "(kivételesen|egyedi elbírálás*|méltányosság*)",
        # a concrete step the agent can take instead ("el tudjuk küldeni", "át tudom tenni")
        "(tudunk|tudok|tudnánk|tudnék|tudjuk|tudom) ~ (küldeni|foglalni|áttenni|átrakni|átütemezni|felajánlani|ajánlani|cserélni|szervezni|ütemezni|módosítani|kérni|intézni|kiszállítani|postázni|megoldani)",
        "(át|el|fel|be|ki|meg|vissza|le) (tudjuk|tudom|tudnánk|tudnám) (tenni|küldeni|rakni|ütemezni|foglalni|cserélni|intézni|oldani|hozni|szállítani|utalni|írni)",
        "(különben|egyébként pedig|vagy pedig|ha ez nem megy|ha az nem jó|ha nem sikerül|ha nem tud|ha nem tudja)",
    ),
    # Pausing the conversation to look something up; with a length, the wait is announced.
    "hold": (
        "(megnézem|utánanézek|ellenőrzöm|megvizsgálom|leellenőrzöm|rákeresek|kikeresem|átnézem|megnézzük|ellenőrizzük|utánanézünk) (most|rögtön|azonnal|gyorsan|máris|egy pillanat|)",
        "(egy|egy pici|egy kis|egy rövid) (pillanat*|percet|perc|másodperc*|türelmet)",
        "(kérem|kérlek|kérjük) ~ (tartsa a vonalat|tartsd a vonalat|maradjon vonalban|maradj vonalban|várjon|várj|legyen türelemmel|legyen szíves várni)",
        "(tartsa|tartsd) a vonalat",
        "(maradjon|maradj) (vonalban|a vonalban)",
        "(várakoztatom|várakoztatnám|tartásba teszem|várakozásra teszem|zenére teszem|kicsit várakoztatom)",
        "(pár|néhány|egy-két|két|három) (perc*|másodperc*) (lesz|az egész|és|türelmét|türelmet)",
        "(máris|rögtön|azonnal|mindjárt) (itt vagyok|jövök|visszajövök|folytatom|jelentkezem)",
    ),
    # Asking the customer for a piece of information about them or their case.
    "info_request": (
        "(rendelés|megrendelés|ügyfél|ügyfélazonosító|előfizetői|szerződés|szerződéses|számla|kártya|kártyája|kötvény|ügy|hiba|hibajegy|bejelentés|foglalás|csomag|követési|nyomkövetési|felhasználói|azonosító|referencia|telefon|mobil|sorozat|IMEI) ~ (számát|számot|számát kérem|számát megadná|azonosítóját|azonosítót|kódját|kódot|számodat|azonosítódat)",
        "(e-mail|email|emailcím|e-mail cím|e-mail címét|e-mail címed)",
        "(nevét|teljes nevét|születési dátumát|születési idejét|születési helyét|anyja nevét|édesanyja nevét|lakcímét|címét|irányítószámát|felhasználónevét|telefonszámát|ügyfélszámát|rendelésszámát|szerződésszámát|számlaszámát|nevedet|címedet|telefonszámodat|rendelésszámodat)",
        "(utolsó|első) (négy|4|hat|6) (számjegyét|számjegyét|számjegy|jegyét|számjegyedet)",
    ),
    # A promise with no owner, time or reference: nothing to hold anyone to.
    "vague_promise": (
        "(kollégáink|kollégánk|az illetékes kollégák|az illetékes osztály|a szakterület|a műszaki osztály|a csapat|valaki|az illetékesek|a szakértők) ~ (keresni fogják|keresni fogja|felveszik|felveszi|jelentkeznek|jelentkezik|visszahívják|visszahívja|foglalkozni fog*|megvizsgálják|intézkednek|intézkedik)",
        "(továbbítottuk|továbbítottam|továbbításra került|továbbítva lett|jeleztük|jeleztem|bejelentettük|rögzítésre került|rögzítve lett|felvettük) ~ (illetékes|megfelelő|szakterület*|kollégák*|osztály*|felé)",
        "(mindent megteszek|mindent megteszünk|megteszem ami tőlem telik|megteszünk minden tőlünk telhetőt|igyekszem|igyekszünk|próbálkozom|megpróbálom|megpróbáljuk)",
        "(meglátjuk|meglátom|majd meglátjuk) (mit tehetünk|mit tehetek|mit lehet tenni|mi lesz)",
        "(hamarosan|nemsokára|rövidesen|mihamarabb|előbb-utóbb|idővel) ~ (megoldódik|rendeződik|helyreáll|rendbe jön|megoldjuk|foglalkozunk|intézkedünk|keresni fogjuk|jelentkezünk)",
        "(minden|minden rendben) (rendbe jön|rendben lesz|megoldódik|helyreáll)",
        "(intézkedni fogunk|intézkedünk|megtesszük a szükséges lépéseket|a szükséges lépéseket megtesszük|a szükséges intézkedéseket megtesszük)",
    ),
    # A reference named aloud, so a promise can be traced ("az ügyszáma 4 5 7 2").
    "_reference": (
        "(hivatkozási|ügy|hibajegy|bejelentés|referencia|foglalási|követési|panasz|reklamációs|ügyfél) (szám|száma|számát|számot|azonosító|azonosítója|kód|kódja|kódot)",
        "(ügyszám*|hibajegyszám*|bejelentésszám*|referenciaszám*|foglalásszám*|panaszszám*)",
    ),
    # Words a customer should not need to know (a pack-level list; acronyms are found by case).
    "jargon": JARGON,
    "_suppress": (
        "(sajnálom|elnézést|bocsánat) de",
        "(köszönöm|köszi|kösz) (de|nem)",
        "nem (kérek|kérem) köszön*",
        "(szívesen|örömmel) (nem|sem)",
        "ha nem (köszön*|kérem)",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        # Profanity aimed at someone and slurs; forms are listed where a stem would reach
        # innocent words. Bare swearing ("kurva jó lett", "a francba") and the evaluations of a
        # person ("hülye", "használhatatlan") are abuse when the sentence is angry or aimed at the
        # listener, which the structural detector reads from PROFANITY and INSULT_WORDS; not in
        # "hülye vagyok ehhez" or "az app használhatatlan" (a complaint, not abuse).
        "(baszd meg|basszátok meg|baszódj*|baszod*|kurva anyád*|kurvaanyád*|anyád*|anyádat|anyátok*|faszfej*|faszkalap*|seggfej*|buzi*|köcsög*|ribanc*|kussolj|kuss|pofa be|pofádat|fogd be|fogja be|dögölj*|dögöljetek|rohadék*|rohadjon*|rohadjatok|szarházi*|geci|gecik|balfasz*)",
        "(barom|barmok|baromarcú*|szemétláda*|szemét alak*|szemét banda|debil*|retardált*|agyatlan*|tetű|tetvek|férgek|féreg|nyomorult*)",
        "(menjen|menj|menjetek|menjenek) (a|az) (francba|fenébe|picsába|pokolba|búsba)",
        "(megöllek|kinyírlak|megverlek|szétszedlek|megkeresem|elkaplak)",
        "(Önök|ti|maguk|te|ön|maga) ~ (csalók|hülyék|idióták|tolvajok|barmok|bunkók|szélhámosok|hazugok|inkompetensek|hülye|idióta|bunkó|csaló|tolvaj|hazug|inkompetens|alkalmatlan|használhatatlan|majom|lúzer)",
    ),
    "customer_frustration": (
        "(felháborító|felháborodott*|felháborodva|elfogadhatatlan|nevetséges|botrány*|botrányos|szégyen|szégyenletes|katasztrófa|katasztrofális|borzalmas|szörnyű|rettenetes|pocsék|csalódott*|csalódás|dühös|mérges|ideges|elegem van|elegem lett|tele van a hócipőm|kiakaszt*|kiborít*|felidegesít*|idegesít*|kétségbeejtő|tarthatatlan|gyalázat*)",
        "(még mindig|megint|már megint|ismét|újra) (nem|nincs|semmi|vár*|ugyanaz|rossz|hibás|elromlott)",
        "(hányszor|hány napja|hány hete|hány hónapja|napok óta|hetek óta|hónapok óta|órák óta|napokig|hetekig) ~ (várok|várunk|hívom|hívtam|írok|írtam|telefonálok|próbálom|kell|keresem)",
        "(senki|soha senki|senki sem|senki se) (nem|sem|) (válaszol|segít|hív|foglalkozik|jelentkezik|veszi fel|reagál)",
        "(felmondom|felmondok|lemondom|kilépek|átmegyek|szolgáltatót váltok|elviszem|megszüntetem)",
        "(vissza akarom kapni|visszakérem|pénzem vissza|pénzemet vissza|visszatérítést kérek|panaszt teszek|panaszt fogok tenni|fogyasztóvédelem*|békéltető*|a vezetőjével akarok|felettesével akarok)",
        "(feljelentem|feljelentjük|beperelem|bepereljük|bíróságra|ügyvédhez|ügyvédem)",
        "(időpocsékolás|pénzkidobás|kidobott pénz)",
        "(vicc ez|ez vicc|ez egy vicc|ez nem normális|ez hihetetlen|ez hihetetlen|nem hiszem el|ez már sok|ez már túlzás)",
        "(pocsék|rossz|szörnyű|borzalmas|gyalázatos|csapnivaló|nulla|színvonaltalan) (szolgáltatás*|ügyfélszolgálat*|kiszolgálás*|munka)",
    ),
    "clarification_request": (
        "(hogy érti|hogy érted|hogyan érti|hogyan érted|mire gondol|mire gondolsz|mit jelent ez|ez mit jelent|ezt hogy érti|ezt hogy érted)",
        "(nem értem|nem egészen értem|nem igazán értem|nem világos|nem tiszta|nem értettem|nem pontosan értem)",
        "(meg tudná ismételni|megismételné|megismételnéd|elmagyarázná|elmagyaráznád|elmondaná újra|kifejtené|kifejtenéd|pontosítaná|pontosítanád)",
        "(összezavarodtam|összezavart|nem követem|nem tudom követni|elvesztem)",
        "(tessék|hogy|mi|pardon|bocsánat|micsoda) ?",
        "(ennek|ez) (nincs értelme|semmi értelme)",
    ),
    "customer_thanks": (
        "(köszön*|kösz|köszi|köszke|köszike|köszcsi|thx)",
        "(hálás|hálásak) (vagyok|vagyunk)",
        "(nagyon|igazán|tényleg|rendkívül) (kedves|segítőkész|rendes|türelmes)",
        "(működik|sikerült|megoldódott|rendben van|megjavult) (köszön*|kösz*|már|most)",
        "(szuper|remek|nagyszerű|tökéletes|klassz|király) (köszön*|kösz*|segítség*|szolgáltatás*)",
    ),
    # Feelings and hardships: what gives the agent the occasion to show empathy.
    "customer_emotion": (
        *EMOTION_WORDS,
        "(nagyon|annyira|teljesen|rettenetesen|borzasztóan|) (aggódom|aggódunk|félek|félünk|ideges vagyok|kétségbe vagyok esve|kétségbeestem|szomorú vagyok|el vagyok keseredve|ki vagyok borulva|ki vagyok akadva|csalódott vagyok|mérges vagyok|dühös vagyok|kész vagyok|tehetetlen vagyok|össze vagyok törve|ki vagyok merülve|magam alatt vagyok)",
        "(sírni tudnék|mindjárt sírok|sírva írok|a sírás kerülget|könnyek között)",
        "(anyukám|anyám|édesanyám|apukám|apám|édesapám|férjem|feleségem|párom|fiam|lányom|gyerekem|gyermekem|babám|nagymamám|nagypapám|testvérem|húgom|öcsém|bátyám|nővérem) ~ (kórházban|beteg|meghalt|elhunyt|műtét*|kórházba|haldoklik|intenzíven|rákos|ágyban fekvő|rosszul van)",
        "(meghalt|elhunyt|elvesztettem|elveszítettem|eltemettük|temetés*|gyászolunk|gyászolok|részvét*)",
        "(tönkretette|elrontotta|tönkretették|elrontották|tönkrement|elrontotta a) (a napomat|a hetemet|a hétvégémet|a nyaralásomat|az esküvőmet|a születésnapomat|az ünnepet|a karácsonyt|a karácsonyunkat|a napunkat)",
        "(nem tudok aludni|nem alszom|éjszaka sem alszom|álmatlan*)",
        "(nincs pénzem|nincs rá pénzem|nem tudom kifizetni|nem tudok fizetni|nem jövök ki a pénzemből|tartozásom van|adósságban vagyok)",
        "(hülyének|rosszul|bolondnak|tehetetlennek|becsapva|átverve|megalázva|kiszolgáltatottnak) (érzem magam|éreztem magam|érezzük magunkat)",
        "(az én hibám|én rontottam el|én vagyok a hibás)",
    ),
    # Something unstated behind the request: a life event, a constraint, a date, a worry, a
    # hedged complaint, a request put indirectly. The agent reads between the lines by taking it up.
    "customer_cue": (
        "(anyukám|anyám|édesanyám|anyósom|apukám|apám|édesapám|apósom|szüleim|férjem|feleségem|párom|fiam|lányom|gyerekem|gyermekem|gyerekeim|gyerekeink|kisfiam|kislányom|babám|unokám|nagymamám|nagyapám|nagypapám|nagymamám|családom|testvérem|húgom|öcsém|bátyám|nővérem|főnököm|munkáltatóm|főbérlőm|szomszédom|albérlőtársam)",
        "(költözöm|költözünk|költöztem|költöztünk|elköltözöm|elköltözünk|külföldre|külföldön|kiköltözöm|hazaköltözöm|más városba|új lakásba|új házba)",
        "(új munkahely*|új állás*|munkát váltok|munkahelyet váltok|elvesztettem az állásom|elvesztettem a munkám|munkanélküli lettem|kirúgtak|leépítettek|nyugdíjba mentem|nyugdíjas lettem|iskolakezdés*|egyetemre megyek)",
        "(esküvő*|lakodalom*|temetés*|születésnap*|szülinap*|évforduló*|ballagás*|diplomaosztó*|keresztelő*|nyaralás*|szabadság*|nászút*|vizsga*|állásinterjú*|interjú*|műtét*|kezelés*|időpont*|terhes*|várandós*|szülés*|szülni|válás*|elváltunk|karácsony*|húsvét*)",
        "(kórház*|kezelés*|kemoterápi*|dialízis*|rehabilitáci*|mozgássérült*|kerekesszék*|fogyatékos*|nagyothall*|siket*|vak|gyengénlátó*|ápolom|ápolnom|gondozom|gondoznom kell|ápolásra szorul*)",
        "(egyedül élek|egyedül vagyok|egyedül nevelem|egyedülálló*|idős vagyok|idős ember|nyugdíjas vagyok|nyugdíjas*|diák vagyok|egyetemista|gyesen vagyok|gyeden vagyok|gyesen|gyeden|egyedül él|egyedül lakik)",
        "(rosszul|nehezen|alig|nem nagyon) (hall|lát|jár|tud járni|boldogul)",
        "(nyugdíj*|fizetés*|fizetésnap*|fizetésig|kevés a pénz|szűkös|szűkösen|spórolnom kell|spórolunk|nem engedhetem meg|nem engedhetjük meg|számlák|rezsi*|hitel*|törleszt*|lakbér*|albérlet*|hó végéig|hó elejéig|hó eleji|hó végi)",
        "(hétfőig|keddig|szerdáig|csütörtökig|péntekig|szombatig|vasárnapig|hétvégéig|holnapig|karácsonyig|hó végéig|a hónap végéig|elsejéig|ünnepekig) (kell|kellene|kéne|szükségem|szükségünk|meg kell|meg kellene|meg kéne)",
        "(külföldön vagyok|külföldön leszek|utazom|utazunk|repülök|elutazom|elutazunk|nyaralok|nyaralunk|kórházban vagyok|kórházba megyek|úton vagyok|nem leszek itthon|nem leszek otthon)",
        "(időben|határidőre|időre) (meg kell|kell|kellene|kéne|szükségem|szükségünk|megérkezik|odaér)",
        "(aggódom|aggódunk|félek|tartok tőle|attól tartok|attól félek|az a félelmem|az aggaszt) (hogy|ha|mi lesz|nehogy|mert)",
        "(remélem|reméljük|bízom benne|bízunk benne|remélhetőleg|hátha|drukkolok)",
        "(nem tudom|nem vagyok biztos|fogalmam sincs|nem tudjuk) (hogy|vajon|mit|hogyan|melyik|mi|ez|érdemes)",
        "(hát|nos|végül is|tulajdonképpen) (jó|rendben|elmegy|oké|mindegy)",
        "(elmegy|megjárja|nem a legjobb|nem az igazi|lehetne jobb|nem egészen ez|nem erre számítottam|nem ezt vártam|nem ilyen lett|nem pont ez)",
        "(azon gondolkodtam|azt szeretném kérdezni|arra lennék kíváncsi|érdeklődnék|esetleg lehetne|lehetséges lenne|van rá mód|van rá esély|lenne rá lehetőség|nem lehetne|nem lehetne-e)",
        "(jó lenne|jó volna|örülnék|hálás lennék|az lenne a legjobb|nagyon jól jönne) (ha|neki|nekem|nekünk)",
        "(már nem|nem nagyon|alig) (használom|használjuk|kell|kellene|van rá szükségem|van rá szükségünk)",
        "(nehéz|nehezen|nem egyszerű|nem könnyű) (nekem|neki|nekünk|számomra|számunkra)",
    ),
    # The customer cannot do what the first solution needs, or refuses it: a blocked path.
    "customer_constraint": (
        "(nem tudok|nem tudunk|nem fogok tudni|nem fogunk tudni|nem bírok|képtelen vagyok) ~ (bemenni|elmenni|otthon lenni|itthon lenni|várni|kinyomtatni|nyomtatni|fizetni|kifizetni|elvinni|elhozni|átvenni|felvenni|utazni|vezetni|telefonálni|beszélni|bejönni|odamenni|személyesen)",
        "(nincs|nem rendelkezem|nincsen) ~ (nyomtatóm|autóm|kocsim|számítógépem|gépem|laptopom|okostelefonom|internetem|e-mail címem|bankszámlám|bankkártyám|ügyfélkapum|térerőm)",
        "(dolgozom|dolgozunk|munkában vagyok|munkahelyen vagyok|bent vagyok) ~ (egész nap|napközben|ilyenkor|akkor|munkaidőben|hétköznap|délelőtt|délután|este)",
        "(éjszakás|éjszakázom|műszakban dolgozom|műszakos|váltott műszak*|hétvégén is dolgozom|hétköznap dolgozom)",
        "(ez|az|ez az időpont|az az időpont|ez a megoldás) (nekem|nekünk|számomra|számunkra) (nem jó|nem megfelelő|nem felel meg|nem megoldás|nem alkalmas)",
        "(nincs térerő|nincs térerőm|nincs internet|nincs internetem|nincs wifi|nincs lefedettség)",
        "(nem tudok|nem tudunk|nem bírok) (várni|ennyit várni|addig várni|ilyen sokat várni|két hetet várni|egy hetet várni)",
        "(túl|nagyon|borzasztóan) (messze|drága|késő|sokáig|hosszú|bonyolult)",
        "(nem akarom|nem szeretném|nem akarjuk|nem szeretnénk) (lemondani|elveszíteni|elveszteni|kifizetni|megfizetni|várni|újrakezdeni|elölről kezdeni|feladni)",
        "(nekem|nekünk|számomra|számunkra) (ez nem|nem) (opció|lehetőség|megoldás|járható út)",
    ),
    # The customer says the agent's answer was wrong or the step already failed.
    "customer_correction": (
        "(ez nem igaz|ez nem így van|nem így van|ez nem stimmel|nem stimmel|ez téves|ez nem helyes|ez nem jó|nem ezt kérdeztem|nem ezt mondtam|én nem ezt mondtam|nem erről beszélek|nem erről van szó)",
        "(de|pedig|viszont|csakhogy) (a honlapon|a weboldalon|az oldalukon|az appban|az alkalmazásban|a számlán|a szerződésben|a levélben|az e-mailben|az emailben|az sms-ben|a képernyőn|a hirdetésben|a reklámban|az ÁSZF-ben) ~ (az áll|az szerepel|azt írják|azt írta|ez áll|ez szerepel|más áll|mást írnak|azt írja|szerepel|szerepelt|áll|állt|olvasható|látható|van írva)",
        "(nem működött|nem segített|nem vált be|nem jött be|nem oldotta meg|semmi nem változott|semmi sem változott|ugyanaz a hiba|ugyanaz a helyzet|ugyanúgy nem)",
        "(már|már többször|már kétszer|már korábban|ezt már|azt már) (kipróbáltam|próbáltam|megpróbáltam|megcsináltam|megtettem|csináltam|újraindítottam|megnéztem)",
        "(még mindig|továbbra is|megint|ugyanúgy) (nem működik|nem megy|ugyanaz|ugyanolyan|nem jó|hibás)",
        "(a kolléga|a kollégája|az előző ügyintéző|a múltkori ügyintéző|valaki más|egy másik munkatárs|az ügyintéző) ~ (azt mondta|mást mondott|azt ígérte|mást ígért|azt írta)",
        "(biztos|biztos ez|biztos benne|tényleg|komolyan) ?",
        "(ez ellentmond|ez nem egyezik|ez nem ugyanaz|ez mást jelent) ~ (annak|azzal|amit)",
    ),
    # Confusion: the customer cannot find or follow something; an occasion for patience.
    "customer_confusion": (
        "(nem találom|nem találtam|nem látom|nem láttam|nem értem hogyan|nem tudom hogyan|nem tudom hol|nem tudom mit|nem tudom melyik|nem boldogulok|nem igazodom el|elakadtam)",
        "(hol|hogyan|hogy) (találom|találhatom|tudom|kell|lehet|tudnám|kellene|érem el|állítom|kapcsolom|nyitom|kattintok)",
        "(összezavarodtam|el vagyok veszve|elvesztem|teljesen elvesztem|nem értek hozzá|nem értek ezekhez|nem vagyok jó ebben|nem vagyok otthon ebben)",
        "(melyik|milyen) (gomb*|menü*|opció*|ikon*|oldal*|link*|szám*|kártya|mező*|fül*)",
        "(semmi nem történik|nem történik semmi|nem csinál semmit|nem reagál|nem jelenik meg|nem jön fel|nem dob fel semmit)",
        "(nincs ott|nem látszik|nem jelenik meg|nem ugrik fel|nincs ilyen) (a menüben|az oldalon|a képernyőn|nálam|ott|)",
        "(elnézést|bocsánat|bocs) ~ (a sok kérdésért|hogy ennyit kérdezek|hogy zavarom|hogy zavarlak|de nem értem|lassú vagyok|nem vagyok ügyes|ha hülyeséget kérdezek)",
        "(még egy|egy buta|egy hülye|egy utolsó|egy gyors) (kérdés*|kérdésem)",
        "(a technikához|az ilyesmihez|a számítógéphez|az internethez|a telefonhoz) (nem értek|nem nagyon értek|hülye vagyok)",
    ),
    # The customer says a promise was not kept: nobody came back, nothing happened.
    "broken_promise": (
        "(senki|senki sem|senki se|soha senki) (nem|) (hívott|hívott vissza|keresett|jelentkezett|jött|jött ki|válaszolt|írt|reagált|foglalkozott|értesített)",
        "(nem|soha nem|azóta sem|máig sem|még mindig nem) (hívtak|hívott|kerestek|keresett|jelentkeztek|jelentkezett|válaszoltak|válaszolt|jött|jöttek|érkezett|írtak|értesítettek|kaptam)",
        "(azt mondták|azt mondta|azt ígérték|azt ígérte|megígérték|megígérte|azt írták|azt írta|úgy tájékoztattak|azt a tájékoztatást kaptam) (hogy|) ~ (visszahívnak|visszahív|felhívnak|jelentkeznek|jelentkezik|megérkezik|jön|jönnek|kijönnek|elintézik|jóváírják|visszautalják|megoldják|küldenek|elküldik|megjavítják)",
        "(ígéret|ígéretet|ígéretük|ígérete) ~ (ellenére|dacára|nem teljesült|semmi|nem tartották|megszegték)",
        "(még mindig|azóta is|máig) (várok|várunk|nincs semmi|semmi|nem jött|nem érkezett|nem hívtak)",
        "(kellett volna|kellett volna már) ~ (hívniuk|jönniük|érkeznie|megérkeznie|jelentkezniük|jóváírniuk|visszautalniuk)",
        "(a szerelő|a technikus|a futár|a visszahívás|a visszautalás|a jóváírás|a csomag|a válasz|a kolléga) (nem jött|nem jött ki|nem érkezett meg|nem történt meg|elmaradt|nem jelentkezett|azóta sem jött)",
    ),
    # A positive opener said in irony ("Na remek, már megint"): read with what follows it.
    "_sarcasm": (
        "(na|hát|ó|oh|jaj) (remek|szuper|nagyszerű|pompás|fantasztikus|klassz|tökéletes|csodás|gratulálok|köszi|köszönöm|ez szép|szép)",
        "(remek|szuper|nagyszerű|pompás|fantasztikus|klassz|tökéletes|csodás|gratulálok) ~ (megint|már megint|ismét|újra|még mindig)",
        "(pont|épp|éppen) (ez|erre) (kellett|hiányzott|volt szükségem)",
        "(köszi|köszönöm|kösz|köszönjük) [szépen] (a semmit|semmit)",
        "(milyen|micsoda|na ez) (meglepetés|meglepő)",
        "(gratulálok|gratula|le a kalappal|bravó) (Önöknek|maguknak|nektek|ez is)",
    ),
    "customer_leave_taking": (
        "(viszlát|viszlat|viszontlátásra|viszontlatasra|szia|sziasztok|csá|csa|pá|pa)",
        "(vigyázzon|vigyazzon|vigyázz|vigyazz) magára",
        "(mennem kell|le kell tennem)",
    ),
    "_suppress": (
        "nem (vagyok|vagyunk) (dühös|mérges|ideges|csalódott)",
        "(köszönöm|köszi|kösz) (de|nem)",
        "nem (kérek|kérem) köszön*",
        "(köszönöm|köszi|kösz) szépen semmit",
        "nem (probléma|gond|baj)",
    ),
}

NEGATORS: tuple[str, ...] = (
    "nem",
    "ne",
    "sem",
    "se",
    "soha",
    "sose",
    "semmi",
    "semmit",
    "nincs",
    "nélkül",
)

QUESTION_OPENERS: tuple[str, ...] = (
    # "mi" is also "we", "ki" a verb particle ("Ki kell cserélni") and "van" opens statements
    # ("Van egy ötletem"): they count only with what follows them. Hungarian yes/no questions
    # keep statement word order, so without their question mark they are read as statements.
    "mi (a|az|ez|volt|lesz|történt|okozza|van|lett|újság|baj|gond|probléma|vele|ezzel|azzal)",
    "mit",
    "miért",
    "mikor",
    "mikorra",
    "hol",
    "hová",
    "hova",
    "honnan",
    "meddig",
    "mióta",
    "hogyan",
    "hogy (van|vagy|lehet|tudom|tudnám|kell|érti|érted|működik|állunk|áll)",
    "ki (az|volt|fogja|tudja|mondta|hívott|lesz|intézi|felel|a|az)",
    "kit",
    "kinek",
    "kivel",
    "melyik",
    "milyen",
    "mekkora",
    "mennyi",
    "mennyibe",
    "mennyit",
    "hány",
    "hányszor",
    "vajon",
    "tudna",
    "tudnál",
    "tudnának",
    "lehetne",
    "lehetséges",
    "megtenné",
    "megadná",
    "elküldené",
    "megmondaná",
    "elmondaná",
    "megnézné",
    "nem lehetne",
    "nem tudna",
    "van (még|esetleg|valami|bármi|más|lehetőség|mód|rá|önnek|neked|kérdése|kérdésed|egyéb|otthon)",
)

# A subject before the question word does not invert in Hungarian either.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"ön", "önök", "te", "ti", "maga", "maguk", "mi", "ők"})

# Imperative advice opening a sentence ("Próbálja meg ...", "Érdemes ...").
ADVICE_VERBS: tuple[str, ...] = (
    "próbálja", "próbáld", "próbálják", "próbáljon", "próbálj", "érdemes", "javaslom",
    "javasolnám", "ajánlom", "ajánlanám", "fontolja meg", "fontold meg", "gondolja át",
    "gondold át", "forduljon", "fordulj", "keresse fel", "keresd fel", "esetleg", "talán",
    "szerintem", "a legjobb", "célszerű", "megéri",
)
ADVICE_SOFTENERS: tuple[str, ...] = (
    "kérem", "kérlek", "először", "aztán", "majd", "utána", "ezután", "most", "akkor", "és",
    "de", "is", "csak", "pedig", "tehát", "szóval", "jó", "rendben", "oké", "igen", "nos",
    "na", "hát", "egyszerűen", "legyen", "légy", "szíves", "szíveskedjen", "előbb", "végül",
    "ezt", "követően", "ilyenkor", "ebben", "esetben",
)

# Function words (articles, pronouns, postpositions, conjunctions, frequent verbs/particles).
STOP_WORDS: frozenset[str] = frozenset(
    ["a", "az", "és", "hogy", "nem", "is", "van", "egy", "meg", "de", "ez", "azt", "csak", "már", "még", "mint", "vagy", "ha", "mert", "akkor", "én", "te", "ő", "mi", "ti", "ők", "ön", "önök", "maga", "nekem", "neked", "neki", "nekünk", "nektek", "nekik", "engem", "téged", "őt", "minket", "titeket", "őket", "velem", "veled", "vele", "mit", "ki", "kit", "hol", "hogyan", "miért", "mikor", "mennyi", "melyik", "itt", "ott", "ezt", "ebben", "abban", "erre", "arra", "sem", "se", "lesz", "volt", "lett", "kell", "lehet", "nagyon", "igen", "köszönöm", "kérem", "szia", "persze", "rendben", "ami", "amit", "aki", "ahol", "amikor", "mert", "pedig", "sőt", "tehát", "vagyis", "illetve", "majd", "most", "ma", "holnap", "tegnap", "minden", "semmi", "valami", "valaki", "nincs", "nincsen", "vagyok", "vagyunk", "vannak", "voltak", "lenne", "lehetne", "legyen", "kérlek", "szerint", "után", "előtt", "alatt", "felett", "között", "mellett", "nélkül", "miatt", "helyett", "azért", "ezért", "úgy", "így", "olyan", "ilyen", "annyi", "ennyi", "egyik", "másik", "mindig", "soha", "talán", "esetleg", "hát", "na", "jó"]
)
