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
        "(türelmét|türelmed|megértését|megértésed|együttműködését) ~ köszön*",
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
        "(van|lenne|lehet) (még|esetleg) (valami|bármi|egyéb|más) (amiben|kérdése|kérdésed|kérése|kérésed|teendő|amit)",
        "(miben|másban|egyébben|még miben) (segíthetek|segíthetünk|tudok segíteni|tudunk segíteni) (még|)",
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
    ),
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
        # Profanity and slurs; forms are listed where a stem would reach innocent words.
        "(kurva*|kurvá*|bazd*|baszd*|bassz*|baszo*|baszt*|baszni|baszás|bazmeg|bmeg|bzmg|fasz|faszt|faszom|faszomat|faszfej*|faszság*|faszkalap*|lófasz*|geci*|szar|szart|szarság*|szaros|szarházi*|szarul|seggfej*|segg|seggbe|picsá*|picsába|pina|buzi*|köcsög*|ribanc*|kurvaanyád*|anyád*|anyádat|anyátok*|kussolj|kuss|pofa be|pofádat|dögölj*|dögöljetek|rohadék*|rohadt*|rohadjon*|rohadjatok)",
        "(hülye*|idióta*|barom|barmok|baromarcú*|marha|ökör|bunkó*|paraszt|parasztok|tahó*|gyökér|gyökerek|nyomorult*|szemétláda*|szemét alak*|szemét banda|szemetek|tolvaj*|csaló|csalók|csalókat|csalás|csalások|szélhámos*|hazug*|hazudik|hazudnak|hazudtok|hazudsz|inkompetens*|használhatatlan*|alkalmatlan*|debil*|retardált*|agyatlan*|majom|majmok|nyomi|lúzer*|balfasz*|balek*|tetű|tetvek|patkány*|férgek|féreg|mocskos*|mocsok|gusztustalan*|undorító*)",
        "(menjen|menj|menjetek|menjenek) (a|az) (francba|fenébe|picsába|pokolba|búsba)",
        "(feljelentem|feljelentjük|beperelem|bepereljük|megöllek|kinyírlak|megverlek|szétszedlek)",
        "(Önök|ti|maguk) ~ (csalók|hülyék|idióták|tolvajok|barmok|bunkók|szélhámosok|hazugok|inkompetensek)",
    ),
    "customer_frustration": (
        "(felháborító|felháborodott*|felháborodva|elfogadhatatlan|nevetséges|botrány*|botrányos|szégyen|szégyenletes|katasztrófa|katasztrofális|borzalmas|szörnyű|rettenetes|pocsék|csalódott*|csalódás|dühös|mérges|ideges|elegem van|elegem lett|tele van a hócipőm|kiakaszt*|kiborít*|felidegesít*|idegesít*|kétségbeejtő|tarthatatlan|gyalázat*)",
        "(még mindig|megint|már megint|ismét|újra) (nem|nincs|semmi|vár*|ugyanaz|rossz|hibás|elromlott)",
        "(hányszor|hány napja|hány hete|hány hónapja|napok óta|hetek óta|hónapok óta|órák óta|napokig|hetekig) ~ (várok|várunk|hívom|hívtam|írok|írtam|telefonálok|próbálom|kell|keresem)",
        "(senki|soha senki|senki sem|senki se) (nem|sem|) (válaszol|segít|hív|foglalkozik|jelentkezik|veszi fel|reagál)",
        "(felmondom|felmondok|lemondom|kilépek|átmegyek|szolgáltatót váltok|elviszem|megszüntetem)",
        "(vissza akarom kapni|visszakérem|pénzem vissza|pénzemet vissza|visszatérítést kérek|panaszt teszek|panaszt fogok tenni|fogyasztóvédelem*|békéltető*|a vezetőjével akarok|felettesével akarok)",
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
    "mi",
    "mit",
    "miért",
    "mikor",
    "hol",
    "hová",
    "honnan",
    "hogyan",
    "ki",
    "kit",
    "melyik",
    "mennyi",
    "hány",
    "tudna",
    "tudnál",
    "lehetne",
    "van",
)

# Function words (articles, pronouns, postpositions, conjunctions, frequent verbs/particles).
STOP_WORDS: frozenset[str] = frozenset(
    ["a", "az", "és", "hogy", "nem", "is", "van", "egy", "meg", "de", "ez", "azt", "csak", "már", "még", "mint", "vagy", "ha", "mert", "akkor", "én", "te", "ő", "mi", "ti", "ők", "ön", "önök", "maga", "nekem", "neked", "neki", "nekünk", "nektek", "nekik", "engem", "téged", "őt", "minket", "titeket", "őket", "velem", "veled", "vele", "mit", "ki", "kit", "hol", "hogyan", "miért", "mikor", "mennyi", "melyik", "itt", "ott", "ezt", "ebben", "abban", "erre", "arra", "sem", "se", "lesz", "volt", "lett", "kell", "lehet", "nagyon", "igen", "köszönöm", "kérem", "szia", "persze", "rendben", "ami", "amit", "aki", "ahol", "amikor", "mert", "pedig", "sőt", "tehát", "vagyis", "illetve", "majd", "most", "ma", "holnap", "tegnap", "minden", "semmi", "valami", "valaki", "nincs", "nincsen", "vagyok", "vagyunk", "vannak", "voltak", "lenne", "lehetne", "legyen", "kérlek", "szerint", "után", "előtt", "alatt", "felett", "között", "mellett", "nélkül", "miatt", "helyett", "azért", "ezért", "úgy", "így", "olyan", "ilyen", "annyi", "ennyi", "egyik", "másik", "mindig", "soha", "talán", "esetleg", "hát", "na", "jó"]
)
