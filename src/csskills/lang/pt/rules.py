"""Portuguese phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as agents and customers speak in Brazil and Portugal:
formal ``o senhor``/``a senhora`` and ``você`` (Brazil), informal ``tu`` (Portugal, south of
Brazil). Accents and the cedilla are optional in the text (the fold strips them: "nao" matches
"não"). Close to Spanish: the pack is written separately, and detection tells them apart by the
function words they do not share (*não*, *você*, *está* vs *no*, *usted*...).
"""

from __future__ import annotations

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(peço|pedimos|peco) (desculpa|desculpas|perdão)",
        "(desculpe|desculpa|desculpem|perdão|perdoe|me desculpe|nos desculpe)",
        "(lamento|lamentamos|sinto muito|sentimos muito)",
        "(foi|é) (um erro|uma falha) (nosso|nossa|meu|minha)",
        "(nossas|minhas|sinceras) desculpas",
    ),
    "thanks": (
        "(obrigado|obrigada|obrigadão|muito obrigado|muito obrigada|obg|brigado|brigada|valeu)",
        "(agradeço|agradecemos|agradecido|agradecida)",
        "(é|foi) muito (gentil|amável)",
    ),
    "empathy_statement": (
        "(entendo|compreendo|entendemos|compreendemos) (perfeitamente|totalmente|completamente|bem|sua|seu|tua|teu|a sua|o seu|que|como)",
        "(imagino|posso imaginar|podemos imaginar) (como|o quanto|que|a sua|sua)",
        "(deve ser|deve estar sendo|é mesmo|que) (muito|bem|realmente|) (frustrante|chato|difícil|complicado|irritante|desagradável|cansativo|estressante)",
        "(sinto muito|lamento|lamentamos) (saber|ouvir|por isso|que)",
        "(o senhor|a senhora|você|tu) (tem|tens) (toda a|toda|) razão",
        "(no seu|no teu) lugar",
        "(é|seria) (totalmente|completamente|) (compreensível|normal|natural) (que|se sentir|ficar)",
        "(sua|tua) (frustração|insatisfação|preocupação|chateação)",
    ),
    "paraphrase": (
        "se (eu|) (entendi|entendo|compreendi) bem",
        "(então|ou seja|em outras palavras|resumindo|quer dizer) (o senhor|a senhora|você|tu|seu|sua|o|a)",
        "(o senhor|a senhora|você|tu) (está dizendo|estás a dizer|disse|quer dizer|quis dizer) (que|)",
        "(só|apenas) para (confirmar|esclarecer|ter certeza|garantir)",
        "(é isso|está correto|correto|certo) ?",
        "(deixa|deixe) (eu|me) (confirmar|resumir|ver se entendi)",
    ),
    "options_offered": (
        "(o senhor|a senhora|você|tu) (pode|podes|poderia|poderias) (também|escolher|optar|tentar|experimentar)",
        "(outra|uma outra|a outra|uma segunda|uma terceira) (opção|alternativa|possibilidade|solução)",
        "(temos|tem|há|posso oferecer|podemos oferecer) (algumas|duas|três|várias|umas) (opções|alternativas|possibilidades|soluções|formas)",
        "(eu|nós|) (recomendo|recomendamos|sugiro|sugerimos|aconselho|aconselhamos|proponho)",
        "(já|você já|o senhor já|a senhora já) (tentou|experimentou|testou)",
        "(ou|seja) ~ (ou|seja)",
        "(como alternativa|alternativamente|em vez disso|se preferir|caso prefira|se você preferir)",
    ),
    "escalation": (
        "(vou|irei|vamos) ~ (transferir|encaminhar|passar|escalar|repassar) ~ (para|ao|à) ~ (supervisor*|responsável|gerente|setor|equipe|equipa|departamento|técnico|especialista|área)",
        "(abri|registrei|registei|criei|abrimos|registramos) (um|uma) (chamado|protocolo|ticket|reclamação|solicitação|pedido)",
        "(meu|nosso|o) (supervisor|gerente|responsável|técnico|setor técnico|especialista) ~ (vai|irá|entrará|vai entrar) ~ (ligar|contato|contactar|retornar)",
    ),
    "abuse_warning": (
        "se (o senhor|a senhora|você|tu) (continuar|continuares) ~ (xingar|ofender|gritar|insultar|com esse tom)",
        "(terei|teremos|vou ter|vamos ter) (que|de) (encerrar|finalizar|terminar|desligar) ~ (atendimento|ligação|chamada|conversa)",
        "(peço|pedimos|por favor) ~ (respeito|que não me ofenda|que não xingue|que mantenha o respeito|que moderem)",
        "(não toleramos|não aceitamos|não vou tolerar) ~ (ofensas|xingamentos|insultos|desrespeito|esse tipo de linguagem)",
    ),
    "commitment": (
        "(vou|vamos|irei|iremos) ~ (ligar|retornar|enviar|mandar|verificar|resolver|reembolsar|estornar|acompanhar|providenciar|encaminhar|cuidar|agendar|avisar|informar)",
        "(eu|nós|) (ligarei|retornarei|enviarei|verificarei|resolverei|estornarei|acompanharei|avisarei|informarei|retornaremos|enviaremos|resolveremos)",
        "(o senhor|a senhora|você|tu) (vai|irá|vais) (receber|ter) ~ (em até|dentro de|amanhã|hoje|até|nas próximas)",
        "(já|eu já|nós já) (enviei|enviamos|estornei|estornamos|registrei|registramos|cancelei|cancelamos|agendei|agendamos|processei|processamos)",
        "(prometo|prometemos|me comprometo|nos comprometemos)",
    ),
    "over_promise": (
        "(garanto|garantimos|eu garanto)",
        "(garantido|cem por cento|100%|com certeza absoluta|sem dúvida nenhuma)",
        "(isso|isto) (nunca mais|não vai mais|não volta a) (vai acontecer|acontecer|acontece)",
        "(com certeza|certamente|sem dúvida) (hoje|amanhã|agora) ~ (chega|chegará|resolvido|funciona|funcionará|estará)",
    ),
    "hedge": (
        "(acho que|creio que|penso que|suponho que|imagino que)",
        "(talvez|quem sabe|provavelmente|possivelmente|acredito)",
        "não (tenho certeza|estou certo|estou certa|sei ao certo)",
        "(não sei|não faço ideia|sei lá)",
        "(deveria|deve) (funcionar|resolver|dar certo)",
    ),
    "negative_framing": (
        "(infelizmente|lamentavelmente|desafortunadamente)",
        "(não podemos|não posso|não é possível|não conseguimos|não consigo|não temos como|não é permitido) ~ (fazer|reembolsar|estornar|trocar|cancelar|oferecer|ajudar|aceitar|alterar|mudar|liberar)",
        "(isso|isto) (é impossível|não é possível|não é permitido|vai contra)",
        "não (há|tem) nada (que|a) (fazer|possamos|posso)",
        "não é (problema|culpa|responsabilidade) (nosso|nossa|minha|meu)",
        "(é|são) (a política|as regras|a norma|as normas) da (empresa|companhia)",
        "(o senhor|a senhora|você|tu) (tem|terá|tens|vai ter) que (aguardar|esperar|ligar|ir|entrar em contato)",
    ),
    "positive_framing": (
        "(com prazer|com todo o prazer|claro|claro que sim|com certeza|certamente|perfeito|ótimo|excelente|maravilha|sem problema|sem problemas|por nada|de nada|imagina)",
        "(fico|ficamos) (feliz|felizes|contente|contentes) (em|de) (ajudar|poder ajudar|atender)",
        "(o que eu|o que nós|o que) (posso|podemos) fazer (é|por você|pelo senhor|pela senhora)",
        "(posso|podemos) (ajudar|resolver|oferecer|providenciar|verificar) ~ (sim|agora|já|para o senhor|para a senhora|para você)",
        "(boa|ótima|excelente) (pergunta|notícia|escolha|ideia)",
        "(vamos|deixa eu|deixe me) (resolver|ver|verificar|dar um jeito)",
    ),
    "courtesy": (
        "(por favor|por gentileza|se possível|se não for incômodo|faz favor|se faz favor)",
        "(poderia|poderias|poderiam|você poderia|o senhor poderia|a senhora poderia|seria possível|teria como|você se importaria)",
        "(gostaria|gostaríamos|queria) (de|saber|pedir|perguntar)",
        "(agradeceria|agradeceríamos|ficaria grato|ficaria grata)",
        "(desde já|antecipadamente) (agradeço|obrigado|obrigada|grato|grata)",
        "(prezado|prezada|caro|cara|estimado|estimada|querido|querida)",
        "(parabéns|bom trabalho|excelente trabalho|ótimo trabalho|mandou bem)",
        "(espero|esperamos) que (esteja|estejam|você|o senhor|a senhora|tudo)",
        "(o que acha|o que você acha|o que o senhor acha|na sua opinião|você acha que)",
        "(aliás|a propósito|por falar nisso|uma pergunta|uma dúvida)",
        "(sem pressa|quando puder|quando você puder|quando for possível)",
    ),
    "discourtesy": (
        "(por que|porque|porquê) (você|o senhor|a senhora|tu) ~ (apagou|removeu|desfez|mudou|fez|disse|não)",
        "(que diabos|que porra|que merda|qual é o seu problema|qual o seu problema|quem você pensa)",
        "(você está|você é|tu és|estás) (cego|cega|louco|louca|maluco|maluca|brincando)",
        "(tanto faz|e daí|não me importa|pouco me importa)",
        "(pare|pára|para) (com isso|de)",
        "(ridículo|ridícula|absurdo|absurda|besteira|bobagem|vandalismo|vergonhoso|patético|patética)",
        "(na verdade|de fato|o fato é)",
        "(você deveria|você devia|o senhor deveria|tu devias) (ler|aprender|entender|parar)",
    ),
    "direct_question": (
        "(o que|onde|quando|como) (você|o senhor|a senhora|tu) (fez|quer|está fazendo|disse|pensa)",
    ),
    "argumentative": (
        "(isso|isto) não é (verdade|correto|bem assim)",
        "(o senhor|a senhora|você|tu) (está|estás) (enganado|enganada|errado|errada|equivocado|equivocada)",
        "(o senhor|a senhora|você|tu) (entendeu|entendeste) (errado|mal)",
        "(a culpa|o problema|o erro) (é|foi) (seu|sua|do senhor|da senhora|teu|tua)",
        "(eu|nós) (nunca|não) (disse|dissemos|prometi|prometemos) (isso|isto)",
        "não é assim que (funciona|isso funciona)",
    ),
    "condescension": (
        "como (eu|) (já|) (disse|falei|expliquei|informei|mencionei)",
        "(eu|) já (disse|falei|expliquei|informei) (isso|isto|antes|várias vezes)",
        "(é|isso é|isto é) (muito|bem|super|) (simples|óbvio|fácil|básico)",
        "(leia|lê|escute|escuta|ouça|ouve) (com atenção|direito|com calma)",
        "(vou|vou te|vou lhe) (repetir|explicar de novo|explicar novamente|explicar outra vez)",
        "(qualquer um|até uma criança) (sabe|consegue|entende)",
        "(preste|presta) atenção",
    ),
    "impatience": (
        "(se acalme|acalme se|calma|fica calmo|fique calmo|fique calma)",
        "(pare de|para de) (gritar|reclamar|me interromper)",
        "não (tenho|temos) (o dia todo|tempo para isso)",
        "(seja rápido|seja rápida|vá direto ao ponto|vai direto ao ponto|anda logo)",
        "(quantas vezes|pela última vez|de novo isso)",
    ),
    "unauthorized_concession": (
        "(só|apenas|somente) (dessa|desta) vez",
        "(vou|posso|vamos) (abrir|fazer) uma exceção",
        "(não|normalmente não) (deveria|poderia|devia) ~ mas",
        "não (conta|conte|fala|fale) (pra|para) (ninguém|meu supervisor|meu chefe)",
        "(entre nós|por baixo dos panos|extraoficialmente)",
    ),
    "follow_up_check": (
        "(funcionou|deu certo|resolveu|ajudou) ?",
        "(o problema|seu problema|a questão) (foi|está) (resolvido|resolvida|solucionado|solucionada)",
        "(posso|podemos) (ajudar|auxiliar) (em|com) (mais alguma|algo mais|alguma outra) (coisa|questão|dúvida)",
        "(mais alguma|alguma outra|mais) (coisa|dúvida|questão) (em que|que) (posso|possa|podemos)",
        "(pode|poderia|consegue) (verificar|confirmar|testar|tentar) (se|novamente|de novo|agora)",
        "(me avise|me avisa|nos avise|me diga) (se|quando|caso)",
    ),
    "greeting": (
        "(olá|ola|oi|bom dia|boa tarde|boa noite|seja bem vindo|seja bem vinda|bem vindo|bem vinda)",
        "(como|em que) (posso|podemos) (ajudar|ajudá lo|ajudá la|ser útil)",
        "(meu nome é|me chamo|você está falando com|quem fala é)",
        "(obrigado|obrigada) (por|pelo) (ligar|contato|entrar em contato|contatar|aguardar)",
    ),
    "closing": (
        "(tenha|tenham) (um|uma) (ótimo|ótima|bom|boa|excelente|lindo|linda) (dia|tarde|noite|semana|fim de semana)",
        "(até logo|até mais|tchau|adeus|até breve|atenciosamente|abraços|um abraço|cumprimentos)",
        "(obrigado|obrigada) (pela|por sua|pela sua) (paciência|compreensão|confiança|ligação|atenção)",
        "(não hesite|fique à vontade|estamos à disposição) ~ (contatar|ligar|entrar em contato|chamar)",
    ),
    "_suppress": (
        "graças a deus",
        "não obrigado",
        "não obrigada",
        "(desculpe|desculpa|lamento) mas",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        "(merda*|porra|caralho|puta*|puto*|foda*|fodido*|fdp|pqp|vsf|idiota*|imbecil*|imbecis|burro*|estúpido*|incompetente*|inútil|inúteis|otário*|babaca*|cretino*|palhaço*|ladrão|ladrões|ladrões|vagabundo*|safado*|canalha*|lixo|desgraçado*|filho da puta|cuzão|cuzao|viado|escroto*|trouxa*|retardado*|corno*|bosta)",
        "(vai se foder|vai tomar no cu|vai à merda|cala a boca|cala boca|se foder)",
        "(vocês são|você é|o senhor é|a senhora é) ~ (incompetentes|inúteis|ladrões|palhaços|idiotas|lixo)",
        "(vou|vamos) (processar|denunciar|acabar com) (vocês|você|a empresa)",
    ),
    "customer_frustration": (
        "(frustrad*|irritad*|chatead*|revoltad*|indignad*|decepcionad*|furios*|absurdo|inaceitável|ridículo|vergonha|um absurdo|péssimo|péssima|horrível|terrível|lamentável|descaso|desrespeito|cansad* de|farto|farta|saco cheio)",
        "(de novo|outra vez|ainda|continua|continuo) (não|sem|nada|esperando|aguardando|parado)",
        "(quantas vezes|quanto tempo) (mais|vou ter|tenho que|preciso)",
        "(há|faz|já faz) ~ (dias|semanas|meses|horas) ~ (esperando|aguardando|ligando|tentando)",
        "(ninguém|nenhum) (me|nos) (responde|atende|ajuda|resolve|liga|retorna)",
        "(quero|exijo|preciso) ~ (meu dinheiro de volta|reembolso|estorno|falar com o gerente|falar com um supervisor|cancelar)",
        "(vou cancelar|vou trocar de operadora|vou no procon|vou ao procon|reclame aqui)",
        "(perda|desperdício) de (tempo|dinheiro)",
        "(atendimento|serviço) (péssimo|horrível|ridículo|lamentável|uma vergonha)",
    ),
    "clarification_request": (
        "(o que|que) (você|o senhor|a senhora|tu) (quer|quis|queres) dizer",
        "não (entendi|entendo|compreendi|compreendo)",
        "(pode|poderia|podes) (explicar|repetir|esclarecer|detalhar)",
        "(estou|fiquei) (confuso|confusa|perdido|perdida)",
        "(como|o quê|hã|oi|desculpe) ?",
        "(isso|isto) não faz sentido",
    ),
    "customer_thanks": (
        "(obrigado|obrigada|obrigadão|muito obrigado|muito obrigada|obg|brigado|brigada|valeu|agradeço)",
        "(muito|super) (gentil|atencioso|atenciosa|prestativo|prestativa)",
        "(agora|já) (funcionou|funciona|deu certo|resolveu)",
        "(perfeito|ótimo|show|maravilha|excelente) (obrigado|obrigada|valeu|atendimento)",
    ),
    "customer_leave_taking": (
        "(tchau|adeus|até logo|ate logo|até mais|ate mais|até breve|ate breve|falou)",
        "(se cuida|se cuide|cuide se)",
        "(tenho que ir|preciso ir|tenho que desligar)",
    ),
    "_suppress": (
        "não obrigado",
        "não obrigada",
        "obrigado por nada",
        "não (estou|tô) (irritado|irritada|chateado|chateada)",
        "(sem|nenhum) problema",
    ),
}

NEGATORS: tuple[str, ...] = ("não", "nunca", "jamais", "nem", "sem", "nenhum", "nenhuma", "nada")

QUESTION_OPENERS: tuple[str, ...] = (
    "o que", "que", "qual", "quais", "quando", "onde", "por que", "como", "quem", "quanto",
    "quantos", "quantas", "pode", "poderia", "você pode", "o senhor pode", "tem como",
)

STOP_WORDS: frozenset[str] = frozenset(
    ["o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "pelo", "pela", "pelos", "pelas", "para", "pra", "com", "sem", "sobre", "entre", "até", "e", "ou", "mas", "porque", "que", "quem", "qual", "quando", "onde", "como", "se", "não", "sim", "já", "ainda", "também", "muito", "mais", "menos", "eu", "tu", "ele", "ela", "nós", "vós", "eles", "elas", "você", "vocês", "me", "te", "se", "nos", "lhe", "lhes", "meu", "minha", "meus", "minhas", "seu", "sua", "seus", "suas", "nosso", "nossa", "isso", "isto", "aquilo", "esse", "essa", "este", "esta", "é", "são", "foi", "era", "estava", "está", "estão", "estou", "sou", "tem", "têm", "tenho", "ter", "fazer", "pode", "posso", "vai", "vou", "obrigado", "obrigada", "olá", "oi", "então", "aqui", "lá", "senhor", "senhora", "agora", "hoje", "tudo", "nada", "algo"]
)
