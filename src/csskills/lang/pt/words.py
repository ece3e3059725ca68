"""Portuguese word classes: who speaks about whom, what a service should do, time, jargon.

Written from the language as it is spoken and typed in contact centres in Brazil and Portugal
(formal ``o senhor``/``a senhora``, ``você``, informal ``tu``), not from any validation set.
Every entry is folded before use (lower case, accents and cedilla stripped), so "está" and
"esta", "é" and "e" are the same word here: entries are chosen with that in mind. ``stem*``
entries match every word starting with the stem; multi-word entries are ignored by the word
lookup (they live in rules).
"""

from __future__ import annotations

from csskills.lang._time import TimeWords

# Subject pronouns and possessives of the speaker. The clitics "me" and "nos" are left out on
# purpose (as in Spanish): they mostly mark a reflexive verb whose content is about the
# listener ("me coloco no seu lugar"), and the engine reads a first-person sentence without
# "you" as the speaker's report of their own feelings.
FIRST_PERSON: frozenset[str] = frozenset(
    {"eu", "meu", "minha", "meus", "minhas", "comigo", "nós", "nosso", "nossa", "nossos",
     "nossas", "conosco", "connosco"}
)
# Pronouns and possessives of the listener (você, o senhor, tu), the chat abbreviations, and
# the tu verb forms of Portugal that no other person shares.
SECOND_PERSON: frozenset[str] = frozenset(
    {"você", "vocês", "vc", "vcs", "voce", "cê", "ce", "tu", "te", "ti", "contigo", "lhe",
     "lhes", "seu", "sua", "seus", "suas", "teu", "tua", "teus", "tuas", "senhor", "senhora",
     "senhores", "senhoras", "sr", "sra", "vós", "vosso", "vossa", "vossos", "vossas",
     "és", "tens", "podes", "queres", "sabes", "vais", "fizeste", "disseste", "estiveste",
     "foste", "deste"}
)
# What a tag question ends with, after a comma: "chegou ontem, né?", "está bem, certo?".
QUESTION_TAGS: tuple[str, ...] = (
    "né", "não é", "certo", "ok", "tá", "tá bom", "está bem", "beleza", "sim", "não", "correto",
    "verdade", "não é verdade", "entendeu", "entendido", "combinado", "pode ser", "tudo bem",
    "percebe", "percebeu", "sabe", "viu", "ouviu", "confere", "concorda", "fechado", "pois não",
)
INTENSIFIERS: tuple[str, ...] = (
    "muito", "muita", "muitos", "muitas", "muitíssimo", "muitíssima", "tão", "tanto", "tanta",
    "super", "bem", "bastante", "extremamente", "totalmente", "completamente",
    "absolutamente", "realmente", "incrivelmente", "profundamente", "mega", "hiper",
    "ultra", "sumamente", "altamente", "demasiado", "demasiada", "mó", "bué", "imensamente",
)
CONTRAST_WORDS: tuple[str, ...] = (
    "mas", "porém", "contudo", "entretanto", "todavia", "embora", "senão", "entanto",
)
# With a service verb these report a lasting failure ("ainda não chegou", "continua sem
# funcionar").
PERSISTENCE_WORDS: tuple[str, ...] = (
    "ainda", "continua", "continuo", "continuam", "continuamos", "novamente",
    "constantemente", "repetidamente", "sigo",
)
# What a service is expected to do (verb stems) or to deliver (nouns): negated, with "ainda" or
# "sem", they report an unmet expectation ("não chegou", "continuo sem internet"); in a
# question they check that a fix worked ("já chegou o e-mail?").
SERVICE_VERBS: tuple[str, ...] = (
    "funcion*", "chegou", "chegaram", "chegar", "chegue", "chegado", "chega", "chegam",
    "receb*", "entreg*", "envi*", "mand*", "devolv*", "reembols*", "estorn*", "respond*",
    "retorn*", "ligou", "ligaram", "ligar", "ligam", "liga", "ligue", "consert*", "arrum*",
    "resolv*", "solucion*", "conect*", "carreg*", "cobr*", "ativ*", "instal*", "atualiz*",
    "cancel*", "process*", "atend*", "ajud*", "aparec*", "abre", "abrem", "abrir", "abriu",
    "aberto", "pago", "pagar", "pagou", "pagaram", "paguei", "contat*", "contact*", "avis*",
    "confirm*", "veio", "vieram", "vem", "vir", "vindo", "deu", "deram", "dão", "liber*",
    "creditado", "creditada", "creditar", "creditou", "creditaram", "compens*",
    # what the service delivers, for "sem internet", "ainda sem sinal", "nada do estorno"
    "internet", "wifi", "sinal", "conexão", "cobertura", "serviço", "luz", "energia", "água",
    "gás", "linha", "resposta", "retorno", "notícias", "notícia", "pacote", "acesso",
)
# Evaluations of a person: an insult when aimed at the listener ("você é um incompetente").
INSULT_WORDS: tuple[str, ...] = (
    "idiota*", "imbecil", "imbecis", "burro", "burra", "burros", "burras", "estúpid*",
    "incompetente*", "inútil", "inúteis", "otári*", "babaca*", "cretin*", "palhaç*", "ladrão",
    "ladra", "ladrões", "ladroes", "vagabund*", "safad*", "canalha*", "lixo", "desgraçado",
    "desgraçada", "desgraçados", "escrot*", "trouxa*", "retardad*", "mentiros*",
    "caloteir*", "golpista*", "picaret*", "bandid*", "pilantra*", "grosseir*", "ignorante*",
    "patétic*", "robô", "robôs", "jumento", "anta", "besta", "mula", "parasita*",
    "sanguessuga*", "corrupt*", "incapaz", "incapazes", "negligente*", "irresponsáve*",
    "inept*", "mané", "manés", "bosta", "merdinha", "vigarista*",
)
# Swearing: abuse when aimed at the listener or said in anger; not in "caramba, que rápido".
PROFANITY: tuple[str, ...] = (
    "merda*", "porra*", "caralh*", "puta", "putas", "puto", "putos", "foda*", "fod*",
    "cacete", "bosta*", "cu", "pqp", "vsf", "tnc", "fdp", "krl", "crl", "cagad*", "cagar*",
    "wtf", "fuck*", "shit", "putaria", "bucet*",
)
# Feelings and hardships: what gives an agent the occasion to show empathy.
EMOTION_WORDS: tuple[str, ...] = (
    "preocup*", "angusti*", "ansios*", "ansiedade", "assustad*", "medo", "apavorad*",
    "pânico", "nervos*", "estressad*", "estresse", "stress", "stressad*", "sobrecarregad*",
    "trist*", "deprimid*", "depressão", "arrasad*", "desolad*", "chorando", "chorar",
    "chorei", "choro", "lágrimas", "desesperad*", "desespero", "impotente", "humilhad*",
    "humilhação", "envergonhad*", "vergonha", "solidão", "luto", "falec*", "morreu", "morte",
    "velório", "enterro", "funeral", "viúv*", "frustrad*", "irritad*", "chatead*",
    "revoltad*", "indignad*", "decepcionad*", "magoad*", "doente*", "doença", "hospital*",
    "internad*", "uti", "cirurgia", "câncer", "cancro", "quimio*", "grávida", "gravidez",
    "bebê", "assaltad*", "assalto", "roubad*", "roubo", "furtad*", "furto", "golpe",
    "fraude*", "clonad*", "hackead*", "dívida*", "endividad*", "despejo", "despejad*",
    "falid*", "desempregad*", "demitid*", "pesadelo", "horrível", "terrível", "acidente*",
    "aflit*", "aflição", "agoniad*", "tenso", "tensa", "abalad*", "desamparad*",
)
YES_NO: tuple[str, ...] = (
    "sim", "não", "claro", "certo", "exato", "exatamente", "correto", "positivo", "negativo",
    "infelizmente", "perfeitamente", "tá", "ok", "também", "tampouco", "certamente",
    "obviamente", "lamentavelmente", "pois",
)
# Verbs of a step to follow, in the imperative forms agents use: você/o senhor (clique,
# selecione) and tu (clica, seleciona); an instruction when a sentence opens with one.
INSTRUCTION_VERBS: tuple[str, ...] = (
    "clique", "clica", "toque", "toca", "aperte", "aperta", "pressione", "pressiona",
    "carregue", "selecione", "seleciona", "escolha", "escolhe", "abra", "abre", "feche",
    "fecha", "vá", "entre", "entra", "acesse", "acessa", "digite", "digita", "insira",
    "insere", "introduza", "introduz", "reinicie", "reinicia", "desligue", "desliga",
    "ligue", "liga", "desconecte", "desconecta", "conecte", "conecta", "espere", "espera",
    "aguarde", "aguarda", "verifique", "verifica", "confira", "confere", "procure", "procura",
    "baixe", "instale", "instala", "atualize", "atualiza", "anexe", "anexa",
    "imprima", "imprime", "preencha", "preenche", "complete", "completa", "confirme",
    "confirma", "salve", "salva", "guarde", "guarda", "envie", "envia", "mande", "manda",
    "responda", "responde", "deslize", "desliza", "mantenha", "mantém", "retire", "retira",
    "remova", "remove", "coloque", "coloca", "ponha", "põe", "tire", "tira", "apague",
    "apaga", "exclua", "exclui", "copie", "copia", "cole", "ative", "ativa", "desative",
    "desativa", "mude", "muda", "altere", "altera", "adicione", "adiciona", "aceite",
    "aceita", "permita", "permite", "habilite", "habilita", "desabilite", "desabilita",
    "siga", "use", "usa", "utilize", "utiliza", "leve", "traga", "embale", "role",
    "volte", "volta", "assine", "assina", "cadastre", "cadastra", "faça", "informe",
    "informa", "troque", "troca", "escreva", "escreve", "marque", "desbloqueie",
    "desbloqueia", "reinstale", "desinstale", "redefina", "redefine", "restaure",
)
# Words a customer should not need to know: internal, telecom, banking, IT, logistics and
# insurance terms (acronyms are found by their capitals).
JARGON: tuple[str, ...] = (
    "chargeback", "contestação de compra", "adquirente", "emissor do cartão", "backoffice",
    "back office", "backend", "frontend", "sla", "kpi*", "segundo nível", "nível 2",
    "escalonamento", "escalonad*", "provisionamento", "provisionar", "inadimplência",
    "conciliação", "compensação bancária", "pré-autorização", "débito automático pendente",
    "swift", "bic", "firmware", "largura de banda", "latência", "perda de pacotes", "ssid",
    "dhcp", "dns", "ip fixo", "endereço ip", "endereço mac", "ont", "olt", "cto", "apn",
    "imei", "puk", "msisdn", "iccid", "manifesto de carga", "hub", "última milha",
    "cross docking", "crossdocking", "sku", "rma", "logística reversa", "pnr", "interline",
    "codeshare", "sinistro", "subrogação", "sub-rogação", "kwh", "bandeira tarifária",
    "token", "cache", "api", "reset de fábrica", "tabulação", "tabulad*", "workflow", "flag",
    "backlog", "ordem de serviço", "os aberta", "roteamento", "roteador em bridge", "bridge",
    "baixa técnica", "massiva", "falha massiva", "reprocessamento", "estorno parcial",
)
# Acronyms everyone in Brazil or Portugal knows, and the short words typed in capitals for
# emphasis ("NÃO", "JÁ") that are no acronym.
PLAIN_ACRONYMS: frozenset[str] = frozenset(
    {"OK", "SMS", "PIN", "CPF", "CNPJ", "RG", "CEP", "NIF", "IVA", "TV", "PC", "ID", "UE",
     "EUA", "USB", "PDF", "IBAN", "MB", "WIFI", "APP", "URL", "WWW", "GB", "KB", "TB", "HD",
     "4G", "5G", "3G", "SIM", "SUS", "INSS", "PIX", "TED", "DOC", "FGTS", "IPTU", "IPVA",
     "CNH", "DETRAN", "PROCON", "SAC", "ONG", "CEO", "EUR", "BRL", "USD", "AM", "PM", "COVID",
     "FAQ", "DVD", "CD", "CTT", "SNS", "NISS", "CC", "ATM", "ADSL", "NÃO", "NAO", "JÁ", "JA", "EU", "TU", "VC", "OI", "É", "E", "O", "A", "DE", "DO", "DA", "EM", "UM",
     "NA", "NO", "OU", "SE", "ME", "TE", "NEM", "HOJE", "NADA", "TUDO", "MAS", "QUE", "PRA",
     "TÁ", "TA", "MEU", "SEU", "MUITO"}
)
# Sounds and words that only signal listening.
BACKCHANNELS: frozenset[str] = frozenset(
    {"ahã", "aham", "uhum", "hum", "hm", "hmm", "mm", "mhm", "sim", "tá", "ok", "okay", "certo",
     "claro", "entendi", "entendo", "beleza", "blz", "pois", "ah", "oh", "é", "exato", "isso",
     "show", "tranquilo", "ahn", "anh", "perfeito", "ótimo", "combinado", "percebo",
     "compreendo", "sei", "ta", "okey"}
)
# A light stemmer: plural, gender, the commonest verb endings and derivations, longest first
# (enough for "pedido"/"pedidos" and "conexão"/"conexões" to meet).
SUFFIXES: tuple[str, ...] = (
    "amentos", "imentos", "ações", "amento", "imento", "ação", "ções", "mente", "ando",
    "endo", "indo", "ados", "adas", "idos", "idas", "aram", "eram", "iram", "ado", "ada",
    "ido", "ida", "ões", "ães", "ão", "ou", "eu", "iu", "ar", "er", "ir", "es", "os", "as",
    "a", "o", "e", "s",
)

_WEEKDAY_LEADS = "(na|nesta|nessa|esta|essa|próxima|até|até a|para|pra|já na)"
_NUMBERS = {
    "um": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20,
    "trinta": 30, "vinte e quatro": 24, "quarenta e oito": 48, "setenta e duas": 72,
    "setenta e dois": 72, "uns": 3, "umas": 3, "alguns": 3, "algumas": 3, "poucos": 3,
    "poucas": 3, "meia": 1, "um par de": 2,
}
TIME_WORDS = TimeWords(
    numbers=_NUMBERS,
    # "em 48h" is a span, "às 17h" a clock time (``at`` below tells them apart)
    units={"minuto*": "minute", "min": "minute", "mins": "minute", "hora*": "hour",
           "h": "hour", "hrs": "hour", "dia": "day", "dias": "day",
           "semana*": "week", "mês": "month", "meses": "month"},
    # (Portuguese puts these after the unit, "5 dias úteis": see the tests for what follows)
    business=("úteis", "útil"),
    weekdays={"segunda feira": 0, "segunda-feira": 0, f"{_WEEKDAY_LEADS} segunda": 0,
              "terça*": 1, "quarta feira": 2, "quarta-feira": 2, f"{_WEEKDAY_LEADS} quarta": 2,
              "quinta feira": 3, "quinta-feira": 3, f"{_WEEKDAY_LEADS} quinta": 3,
              "sexta feira": 4, "sexta-feira": 4, f"{_WEEKDAY_LEADS} sexta": 4,
              "sábado*": 5, "domingo*": 6},
    relative={"hoje": 0, "hoje mesmo": 0, "ainda hoje": 0, "(esta|nesta|hoje à|hoje a) (tarde|noite|manhã)": 0,
              "(até o|até ao|ao) (fim|final) do (dia|expediente)": 0, "agora mesmo": 0,
              "amanhã": 1, "amanhã mesmo": 1, "depois de amanhã": 2},
    next_week=("semana que vem", "na semana que vem", "próxima semana", "na próxima semana",
               "dentro de uma semana"),
    end_of_week=("(fim|final) (da|desta|dessa) semana", "antes do fim de semana",
                 "até o fim de semana"),
    vague=("em breve", "logo", "logo mais", "o quanto antes", "o mais rápido possível",
           "o mais breve possível", "assim que (possível|puder|pudermos|der|eu puder|tiver)",
           "mais tarde", "daqui a pouco", "brevemente", "em algum momento", "futuramente",
           "quando (possível|puder|pudermos|der)", "já já", "rapidinho",
           "nos próximos dias", "com a maior brevidade"),
    am=("am", "a.m", "da manhã", "da madrugada", "de manhã"),
    pm=("pm", "p.m", "da tarde", "da noite"),
    ranges=("a", "e", "ou", "até"),
    articles=("um", "uma"),
    at=("às", "as"),  # "às 17h", "até às 17 horas": a clock time, not a span
)
