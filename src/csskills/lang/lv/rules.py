"""Latvian phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as Latvian agents and customers speak: the polite plural
``Jūs`` (*atvainojiet*, *lūdzu, pārbaudiet*, *Jums ir taisnība*) and informal ``tu``
(*atvaino*, *pārbaudi*, *tev ir taisnība*). Latvian inflects verbs for person and tense, so rules
use stems where they stay safe (``piezvanīs*``: piezvanīšu, piezvanīsim, piezvanīs) and list forms
elsewhere. Latvian negates verbs with the prefix ``ne-`` (*nevaram*), so negated forms are other
words and are written as such.

The fold strips the diacritics (ā -> a, š -> s, ļ -> l ...), as chat is often typed without them;
rules avoid stems that would then reach innocent words: no ``sūd*`` (*sūdzība*, "complaint"), no
``kuce*`` (*kucēns*, "puppy").
"""

from __future__ import annotations

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(atvainojos|atvainojiet|atvainojamies|atvaino|atvainošanos|piedodiet|piedod|piedošanu)",
        "(man|mums) (ļoti|patiešām|tiešām|) žēl",
        "(sirsnīgi|patiesi|ļoti) (atvainojamies|atvainojos)",
        "(mūsu|mana) (kļūda|vaina|neuzmanība)",
        "(lūdzu|lūdzam) (piedošanu|atvainot|mūs atvainot)",
    ),
    "thanks": (
        "(paldies|paldies jums|paldies tev|liels paldies|milzīgs paldies|pateicos|pateicamies|paldiesiņ|pldies)",
        "(esmu|esam) (ļoti|) (pateicīgs|pateicīga|pateicīgi)",
        "(novērtēju|novērtējam) (jūsu|tavu|to)",
    ),
    "empathy_statement": (
        "(pilnīgi|pilnībā|labi|ļoti labi|noteikti|tiešām) (saprotu|saprotam|izprotu|izprotam)",
        "(es|mēs) (saprotu|saprotam|izprotu|izprotam|varu iedomāties|varam iedomāties)",
        "(saprotu|saprotam) (jūsu|tavu|jūs|tevi|ka|kā|cik)",
        "(tas|tas noteikti|tas tiešām|tas patiešām) (ir|var būt|bija) (ļoti|) (kaitinoši|nepatīkami|apgrūtinoši|nomācoši|sarežģīti|grūti|satraucoši|frustrējoši|neērti|nogurdinoši|nepatīkama situācija)",
        "(žēl|ļoti žēl|patiesi žēl) (dzirdēt|to dzirdēt|lasīt|to lasīt|uzzināt)",
        "(jūsu|jūsu vietā|tavā vietā|jūsu situācijā) (es|arī es) (arī|justos|būtu)",
        "(jums|tev) (ir|) (pilnīga|pilnīgi|absolūta|) taisnība",
        "(jūsu|tavu|tavas) (neapmierinātību|satraukumu|vilšanos|bažas|dusmas|sašutumu) ~ (saprotu|saprotam|var saprast|ir saprotam*)",
        "(tas ir|ir) (pilnīgi|pavisam|) (saprotami|saprotams|dabiski|normāli) (ka|justies|būt)",
        "(neesat|neesi) (vienīgais|vienīgā|viens|viena)",
    ),
    "paraphrase": (
        "ja (es|) (pareizi|labi) (sapratu|saprotu|esmu sapratis|esmu sapratusi)",
        "(tātad|tas ir|proti|citiem vārdiem|īsumā|rezumējot|tas nozīmē) (jūs|tu|jums|tev|jūsu|tavs|tava|jūsu)",
        "(jūs|tu) (sakāt|saki|domājat|domā|vēlaties|vēlies|gribat|gribi) (teikt|ka)",
        "(vai|) (es|) (pareizi|labi) (sapratu|saprotu)",
        "(lai|tikai lai|vienkārši lai) (precizētu|pārliecinātos|apstiprinātu|būtu skaidrs|es saprastu)",
        "(vai|) (tā|tas) (ir|) (pareizi|tiesa) ?",
        "(ļaujiet|ļauj) (man|) (precizēt|apkopot|atkārtot)",
    ),
    "options_offered": (
        "(jūs|tu) (varat|vari|varētu|varat arī|vari arī) (izvēlēties|mēģināt|izmēģināt|pamēģināt|arī|izmantot|pieteikties)",
        "(vēl viena|cita|otra|trešā|alternatīva) (iespēja|opcija|izvēle|alternatīva|iespējamība)",
        "(vēl viens|cits|otrs|alternatīvs) (risinājums|variants|veids)",
        "(ir|mums ir|varu piedāvāt|varam piedāvāt|piedāvājam) (vairākas|dažas|divas|trīs|vairāki|daži|divi|trīs) (iespējas|opcijas|alternatīvas|izvēles|risinājumi|varianti|veidi)",
        "(iesaku|ieteiktu|iesakām|ieteiktu jums|varu ieteikt|varam ieteikt|mans ieteikums|mūsu ieteikums|ieteicams)",
        "(vai esat|vai esi|esat|esi) (mēģinājis|mēģinājusi|mēģinājuši|izmēģinājis|izmēģinājusi|apsvēris|apsvērusi)",
        "vai nu ~ vai",
        "(ja vēlaties|ja vēlies|ja jums ērtāk|ja tev ērtāk|ja jums der|ja tev der|ja jums labāk patīk|ja vēlaties varam)",
        "(alternatīvi|tā vietā|kā alternatīvu|otrs variants)",
    ),
    "escalation": (
        "(pāradresēš*|pāradresēju|nodoš*|nododu|pārsūtīš*|pārsūtu|savienoš*|savienoju|eskalēš*|eskalēju|novirzīš*|novirzu) ~ (kolēģim|kolēģiem|kolēģei|vadītājam|vadītājai|speciālistam|speciālistiem|nodaļai|komandai|tehniķim|atbildīgajai|atbildīgajam|struktūrvienībai|ekspertam|ekspertiem|atbildīgajiem)",
        "(esmu|mēs esam|esam) (reģistrējis|reģistrējusi|izveidojis|izveidojusi|reģistrējuši|izveidojuši|nodevis|nodevusi|nodevuši|pārsūtījis|pārsūtījusi|pārsūtījuši) ~ (pieteikumu|pieprasījumu|sūdzību|biļeti|lietu|jautājumu)",
        "(mans vadītājs|mana vadītāja|speciālists|mūsu speciālists|tehniķis|kolēģis|kolēģe|atbildīgā nodaļa|tehniskā nodaļa) ~ (sazināsies|piezvanīs|atzvanīs|sazināsies ar jums|izskatīs)",
    ),
    "abuse_warning": (
        "ja ~ (turpināsiet|turpināsi|turpinās|turpināt) ~ (lamāties|apvainot|kliegt|rupjības|aizskaroš*|draudēt|rupji)",
        "(būšu spiests|būšu spiesta|būsim spiesti|nāksies|man nāksies|mums nāksies) ~ (pārtraukt|beigt|noslēgt) ~ (sarunu|zvanu|tērzēšanu|saraksti)",
        "(lūdzu|lūdzam|lūgtu) ~ (nelamājieties|nelamājies|neapvainojiet|neapvaino|nekliedziet|nekliedz|izturieties ar cieņu|izturies ar cieņu|ievērojiet pieklājību)",
        "(cieņpilni|pieklājīgi|ar cieņu|korekti) (runāt|sazināties|izturēties|runājiet|runā|izturieties)",
        "(šāda|tāda) (valoda|uzvedība|izturēšanās|runa) ~ (nav pieņemama|nav pieļaujama|netiks pieļauta|netiks tolerēta)",
    ),
    "commitment": (
        "(piezvanīš*|atzvanīš*|nosūtīš*|aizsūtīš*|atsūtīš*|sazināš*|pārbaudīš*|informēš*|paziņoš*|atgriezīš*|parūpēš*|atrisināš*|atmaksāš*|nokārtoš*|apstrādāš*|izlaboš*|sekoš*|noskaidroš*|novērsīš*|aktivizēš*|ieskaitīš*|atcelš*|nomainīš*)",
        "(jūs|tu) (saņemsiet|saņemsi|saņems|varēsiet|varēsi) ~ (dienu laikā|stundu laikā|rīt|šodien|nedēļas laikā|tuvākajā laikā|drīzumā|līdz)",
        "(esmu|esam) (nosūtījis|nosūtījusi|nosūtījuši|reģistrējis|reģistrējusi|reģistrējuši|atcēlis|atcēlusi|atcēluši|atmaksājis|atmaksājusi|atmaksājuši|apstrādājis|apstrādājusi|apstrādājuši|izlabojis|izlabojusi|izlabojuši|pasūtījis|pasūtījusi|pasūtījuši|ieskaitījis|ieskaitījuši)",
        "(apsolu|apsolām|apņemos|apņemamies)",
    ),
    "over_promise": (
        "(garantēju|garantējam)",
        "(simtprocentīgi|100%|simts procenti|garantēti)",
        "(noteikti|pilnīgi noteikti|droši|garantēti) (šodien|rīt|tūlīt|uzreiz|tagad) ~ (būs|atrisināsies|strādās|darbosies|ieradīsies|pienāks|tiks)",
        "(tas|tā|tāds) (vairs nekad|nekad vairs|nekad) (neatkārtosies|nenotiks|nebūs|neatkārtotos)",
    ),
    "hedge": (
        "(varbūt|iespējams|laikam|droši vien|domāju|man šķiet|šķiet|acīmredzot|visticamāk|diez vai|manuprāt|cik zinu|ja nemaldos)",
        "(neesmu|neesam) (pārliecināts|pārliecināta|pārliecināti|drošs|droša|droši)",
        "(nezinu|nav ne jausmas|nevaru pateikt|grūti pateikt|nevaru droši pateikt)",
        "(vajadzētu|būtu jā) (strādāt|darboties|būt|noderēt)",
    ),
    "negative_framing": (
        "(diemžēl|žēl gan|nožēlojami|ar nožēlu)",
        "(nevaram|nevaru|nav iespējams|nav iespējas|nav atļauts|mums nav tiesību|neesam tiesīgi|neesmu tiesīgs|neesmu tiesīga|nevarēsim|nevarēšu) ~ (palīdzēt|atmaksāt|mainīt|atcelt|pieņemt|izsniegt|piedāvāt|izdarīt|darīt|atgriezt|apmainīt|piešķirt|nodrošināt|izpildīt)",
        "(tas nav iespējams|neiespējami|nav atļauts|nav pieļaujams|tas ir pret noteikumiem|tāda ir kārtība|tādi ir noteikumi|uzņēmuma politika|mūsu politika)",
        "(neko|nekas) (nevaram|nevaru|nav) (darīt|izdarīt|palīdzēt|iespējams)",
        "(tā nav|nav) (mūsu|mana) (problēma|vaina|atbildība|kompetence)",
        "(jums|tev) (būs|ir|) (jāgaida|jāzvana|jāvēršas|jāsazinās|jāiet|jāaizpilda|jāmaksā)",
    ),
    "positive_framing": (
        "(ar prieku|labprāt|protams|skaidrs|lieliski|izcili|super|brīnišķīgi|nekādu problēmu|nav problēmu|nav par ko|vienmēr laipni|vienmēr lūdzu|ar lielāko prieku|kā nu ne)",
        "(varu|varam) (palīdzēt|piedāvāt|izdarīt|nokārtot|atrisināt|pārbaudīt|jums palīdzēt|tev palīdzēt)",
        "(labas|lieliskas|priecīgas) (ziņas|jaunumi)",
        "(laba|lieliska|teicama) (izvēle|ideja|doma)",
        "(labs|lielisks|teicams) (jautājums|risinājums|lēmums)",
        "(ar prieku|labprāt) (palīdzēšu|palīdzēsim|pārbaudīšu|nokārtošu|noskaidrošu|paskatīšos)",
        "(ko|kā) (es|mēs) (varu|varam) (darīt|izdarīt|palīdzēt) (ir|)",
        "(apskatīsimies|noskaidrosim|atrisināsim|sakārtosim|paskatīsimies|tiksim galā)",
    ),
    # Politeness strategies (Brown & Levinson; Danescu-Niculescu-Mizil et al., 2013): softened
    # and indirect requests (the conditional "-tu"), hedges, deference, well-wishing, praise.
    "courtesy": (
        "(lūdzu|lūgtu|lūgums|lūdzam|būtu tik laipns|būtu tik laipna|būtu tik laipni|esiet tik laipni|esi tik laipns|esi tik laipna|būsiet tik laipni)",
        "(varētu|gribētu|vēlētos|būtu|būtu iespējams|vai būtu|vai varētu|vai nevarētu|vai drīkst|vai drīkstu|drīkstu|vai varat|vai vari|palīdzētu|pārbaudītu|paskatītos|nosūtītu|atsūtītu|pateiktu|paskaidrotu)",
        "(cienījamais|cienījamā|cienītais|cienītā|godātais|godātā|dārgais|dārgā|mīļais|mīļā|cien.)",
        "(iepriekš paldies|jau iepriekš paldies|paldies jau iepriekš)",
        "(starp citu|vēl jautājums|viens jautājums|jautājumiņš|gribēju pajautāt|gribētu pajautāt|vēlējos pajautāt)",
        "(ko jūs domājat|ko tu domā|kā jums šķiet|kā tev šķiet|jūsuprāt|tavuprāt|jūsu viedoklis|tavs viedoklis)",
        "(apsveicu|apsveicam|labs darbs|lielisks darbs|labi padarīts|malacis|malace|malači|forši|jauki)",
        "(ceru|ceram) (ka|uz|tas|viss|jums)",
        "(nav steigas|nesteidzieties|nesteidzies|nekas traks|nav problēmu)",
        "ja (jums|tev) (ir|būs|būtu) (laiks|iespēja|brīdis|brīvs brīdis)",
        "ja (tas|jums|tev) (nav|nebūtu) (grūti|apgrūtinājums|problēma)",
        "(piekrītu|piekrītam|piekrītu jums|piekrītu tev)",
    ),
    "discourtesy": (
        "(kāpēc|kādēļ|kamdēļ|kālab|kāpēc gan) (jūs|tu|ne*|esat|esi|to|tā|izdzēs*|mainīj*|atcēl*|izmetāt|izmeti|noņēmāt|noņēmi|atsaucāt|atsauci)",
        "(kas pie velna|ko pie velna|kas pie joda|ko velns|kas par muļķībām)",
        "kā (jūs|tu) (uzdrošināties|uzdrošinies|drīkstat|drīksti|varat|vari) (tā|to|šitā)",
        "(vai jūs esat|vai tu esi|esat|esi) (traks|traka|akls|akla|normāls|normāla|nopietni|muļķis|stulbs|stulba)",
        "(man ir vienalga|man vienalga|vienalga|nu un|un tad|kāda starpība)",
        "(beidziet|beidz|izbeidziet|izbeidz|pietiek|gana) (to|tā|šo|beidzot|nu|)",
        "(muļķīb*|stulb*|absurd*|smieklīg*|nožēlojam*|bezjēdzīg*|vandāl*|apkaunojoš*|kauns|idiotisk*|nejēdzīb*|blēņas|sviests|murgs|mēsli)",
        "(patiesībā|faktiski|īstenībā|fakts ir|patiesība ir)",
        "(jums|tev) (vajadzētu|vajag|jāizlasa|jāsaprot|jāiemācās|jāmācās|būtu jāizlasa|būtu jāsaprot)",
        "(bez|bez jebkāda) (iemesla|paskaidrojuma|pamatojuma|brīdinājuma)",
    ),
    # Bald questions put straight to the listener (the "direct question" strategy).
    "direct_question": (
        "(ko|kur|kad|kas|kā) (jūs|tu) (darāt|dari|darījāt|darīji|gribat|gribi|domājat|domāji|sakāt|saki|iedomājaties|iedomājies)",
    ),
    "argumentative": (
        "(tā nav taisnība|tas nav tiesa|tas nav pareizi|tas nav tā|tā nenotika|tas neatbilst patiesībai)",
        "(jūs|tu) (kļūdāties|kļūdies|maldāties|maldies|esat kļūdījies|esat kļūdījusies|esat pārpratis|esat pārpratusi|esi pārpratis|pārpratāt|pārprati)",
        "(tā ir|tā bija|tā ir pašu|tā ir jūsu pašu) (jūsu|tava|pašu) (vaina|kļūda|problēma|atbildība)",
        "(patiesībā|faktiski|īstenībā) (nē|jūs|tu|tas nav)",
        "(es|mēs) (to|tā|neko tādu) (neteicu|neteicām|nesolīju|nesolījām|neapgalvoju)",
        "(tam|tas) (nav|nav nekādas|nav nekādu) (jēgas|loģikas|sakara)",
    ),
    "condescension": (
        "(kā|kā jau) (es|) (jau|iepriekš|tikko|vairākkārt|vairākas reizes) (teicu|minēju|paskaidroju|rakstīju|skaidroju|norādīju)",
        "(es|) (jau|vairākkārt|tūkstoš reizes|simts reizes) (teicu|paskaidroju|skaidroju|rakstīju|pateicu)",
        "(tas ir|tas taču ir) (ļoti|pavisam|gluži|) (vienkārši|vienkārša|vienkāršs|acīmredzami|acīmredzams|elementāri|pašsaprotami|pašsaprotams)",
        "(uzmanīgi|rūpīgi|vēlreiz) (izlasiet|izlasi|klausieties|klausies|lasiet|lasi)",
        "(es|) (vēlreiz|lēnām|atkal) (paskaidrošu|izskaidrošu|atkārtošu|pateikšu|izstāstīšu)",
        "(pat|jebkurš) (bērns|cilvēks) (zina|saprot|var|spēj)",
        "(klausieties|klausies|paklausieties|paklausies) (mani|uzmanīgi|taču)",
    ),
    "impatience": (
        "(nomierinieties|nomierinies|mierīgāk|mierīgi|nomierināties)",
        "(nekliedziet|nekliedz|nepārtrauciet|nepārtrauc|nebļaujiet|nebļauj)",
        "(man nav laika|mums nav laika|man nav visa diena|man nav tam laika)",
        "(pasteidzieties|pasteidzies|ātrāk|pie lietas|īsāk|ķersimies pie lietas)",
        "(cik reizes|pēdējo reizi|vēlreiz un vēlreiz) (jāsaka|teikšu|saku|teicu|jāatkārto|atkārtošu)",
    ),
    "unauthorized_concession": (
        "(tikai šo|šo vienu|tikai šoreiz|izņēmuma kārtā|vienreizēji|tikai šo vienu reizi)",
        "(izdarīšu|izdarīsim|varu izdarīt|varam izdarīt|taisīšu|taisīsim) izņēmumu",
        "(nesakiet|nesaki|nestāstiet|nestāsti) ~ (nevienam|vadītājam|priekšniekam|šefam)",
        "(paliek|lai paliek|paliks) (starp mums|mūsu starpā)",
        "(noteikum*) ~ (pretēji|apiet|neievērojot|apejot)",
        "(īsti|principā|oficiāli|vispār) (nedrīkstu|nevajadzētu|nedrīkstētu|nedrīkstam) ~ (bet|taču)",
    ),
    "follow_up_check": (
        "(tas|tagad|viss) (palīdzēja|strādā|darbojas|izdevās|atrisināja|ir kārtībā|ir labi|ir skaidrs) ?",
        "(problēma|jautājums|kļūda|bojājums) (ir|tika) (atrisināta|atrisināts|novērsta|novērsts|izlabota|izlabots)",
        "(varu|varam) (vēl|vēl kaut kā|vēl ar ko|kā citādi) (palīdzēt|noderēt|jums palīdzēt|tev palīdzēt)",
        "(ir|būs) (vēl|vēl kaut kas|vēl kādi|vēl kāds) (jautājumi|jautājums|kas|kaut kas)",
        "(pārbaudiet|pārbaudi|pamēģiniet|pamēģini|mēģiniet|mēģini) (vēlreiz|tagad|atkal|no jauna|lūdzu)",
        "(dodiet|dod|paziņojiet|paziņo|ziņojiet|ziņo|informējiet|informē) (ziņu|mums|man) ~ (ja|vai|kad)",
        "(viss|vai viss) (skaidrs|kārtībā|ir kārtībā) ?",
    ),
    "greeting": (
        "(labdien|labrīt|labvakar|sveiki|sveiks|sveika|čau|esiet sveicināti|esi sveicināts|sveicināti|hallo|halo|sveiciens)",
        "(kā|ar ko) (es|mēs) (varu|varam|varētu|varētum) (palīdzēt|jums palīdzēt|tev palīdzēt|būt noderīgs|būt noderīga|noderēt)",
        "(mani sauc|jūs apkalpo|ar jums runā|jums raksta|tev raksta|mans vārds ir)",
        "(paldies|pateicamies) (ka|par) ~ (zvanījāt|sazinājāties|zvanu|sazināšanos|vērsāties|rakstījāt|uzrakstījāt)",
    ),
    "closing": (
        "(jauku|labu|patīkamu|skaistu|lielisku|saulainu|veiksmīgu) (dienu|vakaru|nedēļas nogali|nedēļu|brīvdienas|nakti)",
        "(uz redzēšanos|uz dzirdēšanos|visu labu|ar cieņu|ar labām vēlmēm|veiksmi|atā|ata|līdz nākamajai reizei|visu to labāko)",
        "paldies (par|ka) ~ (zvanu|zvanījāt|sazināšanos|pacietību|sapratni|laiku|izvēlējāties|uzticību|sazinājāties)",
        "(droši|nekautrējieties|nevilcinieties|nekautrējies|nevilcinies) ~ (sazinieties|zvaniet|rakstiet|vērsieties|sazināties|zvani|raksti|sazinies)",
    ),
    "_suppress": (
        "(atvainojiet|atvainojos|man žēl) (bet|taču)",
        "(paldies|paldies jums) (nē|bet ne|nevajag)",
        "(nē|ne) paldies",
        "(nē|ne) (vajag|vajadzēs) paldies",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        # Profanity and slurs, Latvian and the Russian loans common in Latvian chat; forms are
        # listed where a stem would reach innocent words (sūdzība, kucēns).
        "(sūds|sūdi|sūdu|sūdīgs|sūdīga|sūdīgi|sūdīgu|sūdos|sūdā|sūdiem|sūdaini|mēsli|mēslu|mēslains|pisties|pisāt|pist|pisies|pizd*|pizģ*|dirsā|dirst|dirsa|dirsu|ej dirst|mauka|maukas|maukām|kuce|kuces|kucei|pidar*|pedik*|nahuj|nahui|ņahuj|blja*|bļa|bļaģ*|bļeģ*|suka|suki|huj*|hui|jobtv*|mudak*|jebal*)",
        "(idiot*|debil*|kretīn*|stulbenis|stulbeņi|stulbs|stulbā|stulbie|muļķis|muļķi|muļķe|dumjš|dumja|dumjie|dauņi|dauņis|lohs|lohi|lops|lopi|cūka|cūkas|mērkaķ*|ēzelis|ēzeļi|aitasgalv*|nelietis|nelieši|krāpnieki|krāpnieks|krāpnieku|zagļi|zaglis|blēži|blēdis|meļi|melis|draņķ*|nejēga|nejēgas|nekompetent*|bezsmadzeņ*|sīkais|riebeklis|riebekļi|nožēlojamie)",
        "(pie velna|ej ellē|ejiet ellē|ej pie velna|ejiet pie velna|velns lai parauj|lai jūs velns|nolādēt*|sasodīt*|velna)",
        "(aizveries|aizveriet|aizver muti|aizveriet muti|turi muti|turiet muti)",
        "(iesūdzēšu|iesūdzēsim|nositīšu|piekaušu) ~ (jūs|tevi|tiesā)",
    ),
    "customer_frustration": (
        "(nepieņemami|nepieņemams|briesmīgi|briesmīgs|šausmīgi|šausmīgs|drausmīgi|kaitinoši|nokaitināts|nokaitināta|dusmīgs|dusmīga|vīlies|vīlusies|sarūgtināts|sarūgtināta|apnicis|apnikusi|apnika|pietiek|kauns|skandāls|skandaloz*|murgs|katastrofa|smieklīgi|absurdi|pretīgi|riebīgi|nožēlojami|sašutis|sašutusi|neapmierināts|neapmierināta)",
        "(joprojām|vēl joprojām|atkal|jau atkal|vēlreiz|aizvien) (nav|nedarbojas|nestrādā|neko|gaidu|gaidām|tas pats|neesat|nekas)",
        "(cik ilgi|cik reizes|cik vēl|cik ilgi vēl) ~ (jāgaida|jāzvana|jāraksta|gaidīt|zvanīt|rakstīt)",
        "(jau|veselu|veselas|vairākas|vairākus) ~ (dienas|nedēļas|mēnešus|stundas|reizes|dienām|nedēļām) ~ (gaidu|zvanu|rakstu|gaidām|zvanīju|rakstīju)",
        "(neviens|neviens nav) (neatbild|neatbildēja|nepalīdz|nepalīdzēja|nezvana|nezvanīja|nesazinājās|neko nedara|nereaģē)",
        "(gribu|pieprasu|vēlos) ~ (atpakaļ naudu|naudu atpakaļ|atmaksu|runāt ar vadītāju|iesniegt sūdzību|lauzt līgumu|sūdzību)",
        "(laušu|lauzīšu|atteikšos|pāriešu|aiziešu) ~ (līgumu|pakalpojum*|pie cita|pie konkurent*)",
        "(laika|naudas) (izšķiešana|tērēšana|izmešana)",
        "(slikts|briesmīgs|šausmīgs|nekāds|riebīgs|pretīgs|draņķīgs) (serviss|apkalpošana|klientu apkalpošana|atbalsts|pakalpojums)",
        "tas (ir|ir kaut kāds) (joks|ņirgāšanās|izsmiekls)",
    ),
    "clarification_request": (
        "ko (jūs|tu) (ar to|) (domājat|domā|gribat teikt|gribi teikt|ar to domājat)",
        "(nesaprotu|nesapratu|neesmu sapratis|neesmu sapratusi|nav skaidrs|nav saprotams|neko nesaprotu)",
        "(varētu|varat|vari|vai varētu|vai varat) (paskaidrot|atkārtot|precizēt|izskaidrot|pateikt vēlreiz)",
        "(esmu|) (apjucis|apjukusi|apmulsis|apmulsusi)",
        "(ko|kā|piedodiet|atvainojiet|lūdzu) ?",
        "(ko tas nozīmē|ko nozīmē|kā to saprast)",
    ),
    "customer_thanks": (
        "(paldies|paldies jums|liels paldies|milzīgs paldies|pateicos|pateicamies|pldies|paldiesiņ)",
        "(ļoti|patiešām|tiešām) (palīdzējāt|palīdzēji|laipni|izpalīdzīgi|jauki|atsaucīgi)",
        "(strādā|darbojas|izdevās|sanāca|viss kārtībā) (paldies|tagad|jau)",
        "(lieliski|super|izcili|brīnišķīgi|perfekti|forši) (paldies|palīdzība|serviss|darbs)",
    ),
    "customer_leave_taking": (
        "(uz redzēšanos|uz redzesanos|atā|ata|čau|cau|visu labu|līdz|lidz)",
        "(man jāiet|man jaiet|man jābeidz|man jabeidz)",
    ),
    "_suppress": (
        "(nē|ne) paldies",
        "paldies (par neko|ne par ko)",
        "(neesmu|neesam) (dusmīgs|dusmīga|dusmīgi|neapmierināts|neapmierināta)",
        "nav (problēmu|problēma)",
    ),
}

NEGATORS: tuple[str, ...] = (
    "ne",
    "nav",
    "nekad",
    "nemaz",
    "nebūt",
    "bez",
    "nē",
)

QUESTION_OPENERS: tuple[str, ...] = (
    "kas",
    "ko",
    "kur",
    "kad",
    "kāpēc",
    "kādēļ",
    "kā",
    "kurš",
    "kura",
    "cik",
    "vai",
)

# Function words (pronouns, prepositions, conjunctions, particles, frequent verbs).
STOP_WORDS: frozenset[str] = frozenset(
    ["un", "ir", "ar", "uz", "par", "no", "kā", "ka", "bet", "vai", "es", "tu", "viņš", "viņa", "mēs", "jūs", "viņi", "tas", "tā", "šis", "šī", "to", "tās", "tie", "ko", "kas", "kur", "kad", "kāpēc", "jā", "nē", "ne", "nav", "būs", "bija", "esmu", "esi", "esam", "esat", "var", "varu", "varat", "man", "tev", "jums", "mums", "viņam", "viņai", "savu", "sava", "savs", "arī", "vēl", "jau", "tikai", "tad", "tur", "te", "šeit", "pie", "līdz", "pēc", "pirms", "kamēr", "lai", "ja", "jo", "gan", "nu", "labi", "paldies", "lūdzu", "sveiki", "labdien", "cik", "kāds", "kāda", "kādi", "viss", "visi", "visu", "neko", "nekas", "kaut", "jūsu", "mans", "mana", "mūsu", "tavs", "tava", "viņu", "tos", "tām", "tiem", "tajā", "šo", "šajā", "kur", "kurš", "kura", "kuru", "kāpēc", "tādēļ", "tāpēc", "tomēr", "taču", "vien", "protams", "varbūt", "šodien", "rīt", "vakar", "tagad", "vienmēr", "nekad", "būtu", "bijis", "tiks", "tika", "tiek"]
)
