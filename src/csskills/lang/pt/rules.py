"""Portuguese phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is, as agents and customers speak in Brazil and Portugal:
formal ``o senhor``/``a senhora`` and ``você`` (Brazil), informal ``tu`` (Portugal, south of
Brazil). Accents and the cedilla are optional in the text (the fold strips them: "nao" matches
"não"). Close to Spanish: the pack is written separately, and detection tells them apart by the
function words they do not share (*não*, *você*, *está* vs *no*, *usted*...).

Matcher note: at one position the longest path through the rule trie wins, and only the rules
that end exactly there are reported. Where one phrase is evidence of two behaviours (a refusal
is both negative framing and a stated limit), both behaviours use the very same pattern (the
shared tuples below), so that both end on the same node.
"""

from __future__ import annotations

from csskills.lang.pt.words import EMOTION_WORDS, JARGON

_YOU = "(o senhor|a senhora|você|vc|tu)"

# A refusal that states a limit: negative framing and a blocked first solution at once.
_NOT_ALLOWED: tuple[str, ...] = (
    "não (é|está|seria|será) (possível|permitido|permitida|viável)",
    "não (temos como|tenho como|há como|tem como|conseguimos|consigo) (fazer|alterar|mudar|cancelar|trocar|estornar|reembolsar|liberar|abrir uma exceção|fazer exceção)",
    "(é|são) (a política|as regras|a norma|as normas|o procedimento|a regra) (da empresa|da companhia|do banco|da loja)",
    "não (fazemos|podemos fazer|posso fazer|abrimos) (exceções|exceção|nenhuma exceção)",
    "(receio que|lamento mas|infelizmente) não (é possível|podemos|posso|há|temos como)",
    "(já não|não) (está|estão|é|são) (disponível|disponíveis|vigente|vigentes|válido|válida|válidos|válidas|elegível|elegíveis|reembolsável|reembolsáveis|transferível|incluído|incluída)",
)
# The agent's own offer of what can be done: positive framing and a way round at once.
_WHAT_I_CAN_DO: tuple[str, ...] = (
    "(o que eu|o que nós|o que) (posso|podemos|poderia|poderíamos) fazer (é|por você|pelo senhor|pela senhora|por ti)",
    "(posso|podemos) (oferecer|propor|sugerir) ~ (outra|outro|uma alternativa|um desconto|um crédito|um voucher)",
)
# "Desculpe o transtorno" is an apology and a formula said to everyone.
_STOCK_APOLOGY: tuple[str, ...] = (
    "(desculpe|desculpa|desculpem|perdoe|perdoem|me desculpe|nos desculpe) (o|os|pelo|pelos|qualquer|por qualquer|por eventuais|pelos eventuais) (transtorno|transtornos|inconveniente|inconvenientes|incômodo|incômodos|contratempo|contratempos)",
    "(lamentamos|lamento|sentimos muito|sinto muito) (o|os|pelo|pelos|qualquer|por qualquer|eventuais) (transtorno|transtornos|inconveniente|inconvenientes|incômodo|incômodos)",
    "(pedimos|peço|peco) (desculpas|desculpa|perdão) (pelo|pelos|por qualquer|por eventuais|pelos eventuais) (transtorno|transtornos|inconveniente|inconvenientes|incômodo|incômodos)",
)
# A suggestion put in the conditional: an option offered and a softened request at once
# (options_offered is dropped after a negation, courtesy is not).
_CONDITIONAL_OFFERS: tuple[str, ...] = (
    "(pode|podes|poderia|poderias) (também|escolher entre|optar por|tentar|experimentar|preferir)",
    "(seria|é) (uma boa ideia|recomendável|aconselhável|interessante)",
)
# Telling a customer it is not our business: deflection and a refusal.
_NOT_OURS: tuple[str, ...] = (
    "não (é|cabe) (conosco|com a gente|da nossa alçada|responsabilidade nossa|do nosso setor|da nossa área|comigo)",
    "não depende (de mim|de nós|da gente)",
)

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(peço|pedimos|peco) (desculpa|desculpas|perdão)",
        "(desculpe|desculpa|desculpem|perdão|perdoe|me desculpe|nos desculpe)",
        "(lamento|lamentamos|sinto muito|sentimos muito)",
        "(foi|é) (um erro|uma falha) (nosso|nossa|meu|minha)",
        "(nossas|minhas|sinceras) desculpas",
        "(foi|é) (culpa|falha|erro) (minha|nossa|meu|nosso)",
        "não (foi|era) (minha|nossa) intenção",
        *_STOCK_APOLOGY,
    ),
    "thanks": (
        "(obrigado|obrigada|obrigadão|muito obrigado|muito obrigada|obg|brigado|brigada|valeu)",
        "(agradeço|agradecemos|agradecido|agradecida)",
        "(é|foi) muito (gentil|amável)",
    ),
    "empathy_statement": (
        "(entendo|compreendo|entendemos|compreendemos) (perfeitamente|totalmente|completamente|bem|sua|seu|tua|teu|a sua|o seu|que|como)",
        "(imagino|posso imaginar|podemos imaginar) (como|o quanto|que|a sua|sua)",
        "(deve ser|deve estar sendo|é mesmo|que) (muito|bem|realmente|) (frustrante|chato|difícil|complicado|irritante|desagradável|cansativo|estressante|triste|doloroso|angustiante)",
        "(sinto muito|lamento|lamentamos) (saber|ouvir|por isso|que)",
        "(o senhor|a senhora|você|tu) (tem|tens) (toda a|toda|) razão",
        "(no seu|no teu) lugar",
        "(é|seria) (totalmente|completamente|) (compreensível|normal|natural) (que|se sentir|ficar)",
        "(sua|tua) (frustração|insatisfação|preocupação|chateação)",
        # condolence and well-wishing: warmth towards the listener's situation
        "(meus|nossos) (sentimentos|pêsames|sinceros pêsames|sinceros sentimentos)",
        "(sinto|lamento|sentimos|lamentamos) (muito|profundamente|) (pela|a) (sua|tua) perda",
        "(muita|toda a) força",
        "(estimo|desejo|desejamos|estimamos|boas) melhoras",
        "(espero|esperamos|tomara) que (tudo|você|o senhor|a senhora|ele|ela) ~ (fique bem|melhore|se resolva|dê certo|corra bem|se recupere)",
        "(que bom|fico feliz|ficamos felizes|fico contente|que alegria) (que|em saber|de saber|por você|pelo senhor|pela senhora|por ti)",
        "(parabéns|felicidades|meus parabéns)",
        "não (é|deve ser|está sendo) (nada|) fácil",
    ),
    "paraphrase": (
        "se (eu|) (entendi|entendo|compreendi) bem",
        "então " + _YOU,
        "(ou seja|em outras palavras|resumindo|quer dizer) (o senhor|a senhora|você|tu|seu|sua|que)",
        "(o senhor|a senhora|você|tu) (está dizendo|estás a dizer|disse|quer dizer|quis dizer) (que|)",
        "(só|apenas) para (confirmar|esclarecer|ter certeza|garantir)",
        "(é isso|está correto|correto|certo|confere|é isso mesmo) ?",
        "(deixa|deixe) (eu|me) (confirmar|resumir|ver se entendi)",
        "(pelo que|conforme) (entendi|o senhor disse|a senhora disse|você disse|você falou|me disse|me contou)",
        "(me corrija|corrija me) se (eu estiver|estiver) (errado|errada|enganado|enganada)",
    ),
    "options_offered": (
        "(o senhor|a senhora|você|tu) (pode|podes|poderia|poderias) (também|escolher|optar|tentar|experimentar)",
        *_CONDITIONAL_OFFERS,
        "(outra|uma outra|a outra|uma segunda|uma terceira) (opção|alternativa|possibilidade|solução)",
        "(temos|tem|há|posso oferecer|podemos oferecer) (algumas|duas|três|várias|umas) (opções|alternativas|possibilidades|soluções|formas)",
        "(essas|estas|as seguintes|algumas|outras) (opções|alternativas|possibilidades)",
        "(eu|nós|) (recomendo|recomendamos|sugiro|sugerimos|aconselho|aconselhamos|proponho|recomendaria|sugeriria|aconselharia)",
        "(já|você já|o senhor já|a senhora já|tu já) (tentou|experimentou|testou|tentaste|experimentaste)",
        "(ou|seja) ~ (ou|seja)",
        "(como alternativa|alternativamente|em vez disso|se preferir|caso prefira|se você preferir|se o senhor preferir|se a senhora preferir|se preferires)",
        "(se eu fosse você|no seu lugar eu|se eu fosse o senhor|se eu fosse a senhora)",
        "(o melhor|o ideal|o mais indicado|o mais fácil|o mais rápido|o mais simples) (é|seria|será)",
        "(que tal|e se) (tentar|você|o senhor|a senhora|a gente|fizermos|tentarmos|usar|mudar)",
        "(me diga|me diz|me fala|me informe|diga me|diz me) (qual|o que) (prefere|você prefere|o senhor prefere|a senhora prefere|fica melhor|é melhor|preferes)",
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
        "(vou|vamos|irei|iremos) ~ (ligar|retornar|enviar|mandar|verificar|resolver|reembolsar|estornar|acompanhar|providenciar|encaminhar|cuidar|agendar|avisar|informar|confirmar|cancelar|ativar|liberar|reagendar|registrar|abrir|trocar|creditar|devolver|pagar|transferir|repor|substituir|remarcar|entregar)",
        "(eu|nós|) (ligarei|retornarei|enviarei|verificarei|resolverei|estornarei|acompanharei|avisarei|informarei|retornaremos|enviaremos|resolveremos|ligaremos|avisaremos|confirmarei|confirmaremos)",
        # the present for a near future: "te ligo amanhã", "lhe envio o link agora"
        "(eu|) (te|lhe|vos|lhes) (ligo|retorno|envio|mando|aviso|confirmo|informo|encaminho|chamo|escrevo|respondo|passo|devolvo)",
        "(eu|nós|a gente) (ligo|retorno|envio|mando|aviso|confirmo|verifico|acompanho|resolvo|providencio|cuido|agendo|ligamos|retornamos|enviamos|mandamos|avisamos|confirmamos|verificamos|acompanhamos|resolvemos|providenciamos|cuidamos|agendamos)",
        # a time said first ("Amanhã de manhã eu te ligo"): the promise starts with it, so that
        # its due time is read
        "(hoje|amanhã|depois de amanhã|ainda hoje|hoje mesmo|esta tarde|hoje à tarde|hoje à noite|na segunda|na terça|na quarta|na quinta|na sexta|semana que vem|assim que|até o fim do dia|daqui a|em uma hora|agora mesmo) ~ (eu|te|lhe|eu te|eu lhe) (ligo|retorno|envio|mando|aviso|confirmo|informo|escrevo|ligarei|retornarei|enviarei|avisarei|confirmarei)",
        _YOU + " (vai|irá|vais) (receber|ter) ~ (em até|dentro de|amanhã|hoje|até|nas próximas)",
        "(vai|irá|deve) (chegar|ser entregue|ser creditado|ser creditada|ser estornado|ser estornada|cair|estar disponível) ~ (em até|dentro de|amanhã|hoje|até|nas próximas|em)",
        "(já|eu já|nós já) (enviei|enviamos|estornei|estornamos|registrei|registramos|cancelei|cancelamos|agendei|agendamos|processei|processamos)",
        "(acabei|acabamos) de (enviar|mandar|registrar|cancelar|agendar|estornar|processar|ativar|liberar|abrir|trocar|alterar|solicitar)",
        "(estou|estamos|tô) (enviando|mandando|registrando|cancelando|agendando|estornando|processando|ativando|liberando|abrindo|trocando|alterando|solicitando)",
        "(fica|ficou|está|já está|deixo|deixei|deixamos) (agendad*|registrad*|cancelad*|programad*|confirmad*|marcad*|ativad*|reservad*|solicitad*|anotad*)",
        "(prometo|prometemos|me comprometo|nos comprometemos)",
    ),
    "over_promise": (
        "(garanto|garantimos|eu garanto|te garanto|lhe garanto)",
        "(garantido|cem por cento|100%|com certeza absoluta|sem dúvida nenhuma|pode ter certeza|pode ficar tranquilo que|pode ficar tranquila que)",
        "(isso|isto) (nunca mais|não vai mais|não volta a) (vai acontecer|acontecer|acontece)",
        "(nunca mais|não vai mais) (vai|volta a) (acontecer|se repetir)",
        "(com certeza|certamente|sem dúvida|sem falta) (hoje|amanhã|agora) ~ (chega|chegará|resolvido|funciona|funcionará|estará)",
        "(com certeza|certamente|sem dúvida|sem falta) (chega|vai chegar|chegará|estará|vai estar|fica|vai ficar|resolve|vai resolver|funciona|vai funcionar) ~ (hoje|amanhã|agora|ainda hoje)",
    ),
    "hedge": (
        "(acho que|creio que|penso que|suponho que|imagino que|parece que)",
        "(talvez|quem sabe|provavelmente|possivelmente|acredito)",
        "não (tenho certeza|estou certo|estou certa|sei ao certo)",
        "(não sei|não faço ideia|sei lá)",
        "(deveria|deve) (funcionar|resolver|dar certo)",
        "(pode ser que|é possível que|em princípio|em teoria|mais ou menos|que eu saiba)",
    ),
    "negative_framing": (
        "(infelizmente|lamentavelmente|desafortunadamente)",
        "(não podemos|não posso|não conseguimos|não consigo|não temos como) ~ (fazer|reembolsar|estornar|trocar|cancelar|oferecer|ajudar|aceitar|alterar|mudar|liberar)",
        *_NOT_ALLOWED,
        *_NOT_OURS,
        "(isso|isto) (é impossível|não é possível|não é permitido|vai contra)",
        "não (há|tem) nada (que|a) (fazer|possamos|posso)",
        "não é (problema|culpa|responsabilidade) (nosso|nossa|minha|meu)",
        _YOU + " (tem|terá|tens|vai ter|teria) (que|de) (aguardar|esperar|ligar|ir|entrar em contato|pagar)",
        "(vai|vais|irá) (perder|pagar multa|ser cobrado|ser cobrada)",
        _YOU + " não (selecionou|escolheu|marcou|informou|preencheu|pagou|leu|seguiu|enviou|confirmou|cadastrou|aceitou|avisou)",
        "não (vai|vamos|vou) (dar|conseguir|ser possível)",
    ),
    "positive_framing": (
        "(com prazer|com todo o prazer|claro|claro que sim|com certeza|certamente|perfeito|ótimo|excelente|maravilha|sem problema|sem problemas|por nada|de nada|imagina)",
        "(fico|ficamos) (feliz|felizes|contente|contentes) (em|de) (ajudar|poder ajudar|atender)",
        *_WHAT_I_CAN_DO,
        "(posso|podemos) (ajudar|resolver|oferecer|providenciar|verificar) ~ (sim|agora|já|para o senhor|para a senhora|para você)",
        "(boa|ótima|excelente) (pergunta|notícia|escolha|ideia)",
        "(boas|ótimas|excelentes) notícias",
        "(foi|é|será|seria) (um|) (prazer|enorme prazer|grande prazer)",
        "(vamos|deixa eu|deixe me) (resolver|dar um jeito)",
        "(já está|está tudo|tudo|fica tudo) (pronto|resolvido|certinho|feito|agendado|ok|certo)",
        "(vai|vais|poderá|poderás) (poder|conseguir) (usar|escolher|receber|trocar|viajar|pagar|manter)",
    ),
    # Politeness strategies (Brown & Levinson; Danescu-Niculescu-Mizil et al., 2013).
    "courtesy": (
        "(por favor|por gentileza|se possível|se não for incômodo|faz favor|se faz favor)",
        "(poderia|poderias|poderiam|você poderia|o senhor poderia|a senhora poderia|seria possível|teria como|você se importaria)",
        "(gostaria|gostaríamos|queria) (de|saber|pedir|perguntar)",
        "(agradeceria|agradeceríamos|ficaria grato|ficaria grata)",
        "(desde já|antecipadamente) (agradeço|obrigado|obrigada|grato|grata)",
        "(prezado|prezada|estimado|estimada|querido|querida)",
        "(caro|cara) (cliente|senhor|senhora|amigo|amiga|colega)",
        "(parabéns|bom trabalho|excelente trabalho|ótimo trabalho|mandou bem)",
        "(espero|esperamos) que (esteja|estejam|você|o senhor|a senhora|tudo)",
        "(o que acha|o que você acha|o que o senhor acha|na sua opinião|você acha que)",
        "(aliás|a propósito|por falar nisso|uma pergunta|uma dúvida)",
        "(sem pressa|quando puder|quando você puder|quando for possível)",
        *_CONDITIONAL_OFFERS,
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
        "(como|conforme) (já|) (informado|dito|explicado|mencionado|falado) (anteriormente|antes|acima)",
        "(como|conforme) (já|) (lhe|te) (informei|disse|falei|expliquei|mencionei)",
        "(é|isso é|isto é) (muito|bem|super|) (simples|óbvio|fácil|básico)",
        "(leia|lê|escute|escuta|ouça|ouve) (com atenção|direito|com calma)",
        "(leia|veja|confira|lê|vê) (o|a|meu|minha|nosso|nossa) (e-mail|email|mensagem|resposta) anterior",
        "(vou|vou te|vou lhe) (repetir|explicar de novo|explicar novamente|explicar outra vez)",
        "(qualquer um|até uma criança) (sabe|consegue|entende)",
        "(preste|presta) atenção",
        "(pela|é a) (segunda|terceira|quarta|última) vez",
        "(obviamente|evidentemente)",
    ),
    "impatience": (
        "(se acalme|acalme se|calma|fica calmo|fique calmo|fique calma)",
        "(pare de|para de) (gritar|reclamar|me interromper)",
        "não (tenho|temos) (o dia todo|tempo para isso)",
        "(seja rápido|seja rápida|vá direto ao ponto|vai direto ao ponto|anda logo)",
        "(quantas vezes|pela última vez|de novo isso)",
        "(se concentre|vamos focar|foque|foca) (em|no|na)",
        "(me escute|me escuta|escute aqui|escuta aqui)",
    ),
    "unauthorized_concession": (
        "(só|apenas|somente) (dessa|desta) vez",
        "(vou|posso|vamos) (abrir|fazer) uma exceção",
        "(não|normalmente não) (deveria|poderia|devia) ~ mas",
        "não (conta|conte|fala|fale) (pra|para) (ninguém|meu supervisor|meu chefe)",
        "(entre nós|por baixo dos panos|extraoficialmente)",
    ),
    "follow_up_check": (
        "(funcionou|deu certo|resolveu|ajudou|conseguiu) ?",
        "(o problema|seu problema|a questão|o seu problema) (foi|está|ficou) (resolvido|resolvida|solucionado|solucionada) ?",
        "(pode|poderia|consegue) (verificar|confirmar|testar|tentar) (se|novamente|de novo|agora)",
        "(me avise|me avisa|nos avise|me diga) (se|quando|caso)",
        "(já|agora) (chegou|funcionou|funciona|aparece|apareceu|deu certo|conseguiu|recebeu|recebeste|chegou aí) ~ ?",
        "para (confirmar|verificar|saber|ver) (se|que) (tudo|já|está|deu|funcionou|chegou)",
        "(já|e|) (conseguiu|consegue|conseguiste|consegues) (entrar|acessar|abrir|ver|receber|fazer|pagar|baixar|instalar|ativar|conectar|se conectar|logar|usar) ~ ?",
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
        "(posso|podemos) (ajudar|auxiliar) (em|com) (mais alguma|algo mais|alguma outra) (coisa|questão|dúvida)",
        "(mais alguma|alguma outra) (coisa|dúvida|questão) (em que|que) (posso|possa|podemos)",
        "(algo|alguma coisa) mais (em que|que) (posso|possa|podemos)",
    ),
    # -- what the competencies read beyond the politeness and service phrases ----------------
    # Reassurance: the agent takes the pressure off ("sem pressa", "está indo muito bem").
    "reassurance": (
        "(sem|não tem|não há|nenhuma) pressa",
        "(sem pressa|com calma|no seu tempo|no teu tempo|no tempo do senhor|no tempo da senhora)",
        "(não se preocupe|não te preocupes|não se preocupa|fique tranquilo|fique tranquila|fica tranquilo|fica tranquila|pode ficar tranquilo|pode ficar tranquila)",
        "não (precisa|tem que|tem de|é preciso) (se desculpar|pedir desculpas|pedir desculpa|se preocupar|ter pressa)",
        "(tranquilo|tranquila|calma que)",
        "(não tem|não há) (problema|problema nenhum)",
        "(está|estás|tá) (indo|fazendo) (muito bem|bem|certinho|perfeito|ótimo)",
        "(isso mesmo|é isso aí|exatamente isso|é esse mesmo|é essa mesma|esse mesmo|essa mesma)",
        "não (é|foi) (culpa|erro) (sua|tua|do senhor|da senhora|seu|teu)",
        "(acontece|isso acontece) (com todo mundo|com qualquer um|com todos|com qualquer pessoa)",
        "(vamos|a gente vai|eu vou|vou) (resolver|solucionar|arrumar|dar um jeito) (juntos|isso juntos|agora|já|hoje|nisso)",
        "(está|estás) em (boas|ótimas) mãos",
        "(estou|estamos) aqui para (ajudar|o que precisar|te ajudar|ajudá lo|ajudá la)",
        "(passo a passo|com calma|um passo de cada vez|uma coisa de cada vez)",
        "(boa|ótima|excelente) pergunta",
        "(é normal|é natural|é comum) (ter dúvidas|ter dúvida|se confundir|perguntar)",
    ),
    # Formulaic regret said to everyone ("desculpe o transtorno").
    "stock_empathy": (
        *_STOCK_APOLOGY,
        "(entendo|compreendo|entendemos|compreendemos) (a sua|sua|a tua|tua) (frustração|insatisfação|chateação|preocupação|indignação|irritação)",
        "(agradecemos|agradeço|valorizamos) (a sua|sua|a tua|tua|pela sua|pela) (paciência|compreensão|confiança|preferência)",
        "(obrigado|obrigada) pela (sua|tua|) (paciência|compreensão)",
        "(levamos|levo) (muito a sério|a sério) (a sua|sua|as suas|suas|o seu|seu|este|esta)",
        "(lamentamos|sentimos muito) (pela|a) (sua|tua|) (experiência|situação|insatisfação)",
        "(sua|tua) (opinião|satisfação) é (muito|) importante para (nós|a empresa)",
        "(estamos|estou) (trabalhando|fazendo o possível|fazendo todo o possível) para (resolver|solucionar|melhorar)",
    ),
    # Words that make light of the customer's trouble or answer it with procedure.
    "dismissive": (
        "(isso|isto) (acontece|é) (muito|com frequência|sempre|direto|toda hora|o tempo todo|normal|comum)",
        "(é|são) (normal|coisa normal|coisas que acontecem|o procedimento padrão)",
        "(é assim mesmo|é o que temos|é o que tem|fazer o quê|fazer o que)",
        "não é (para tanto|nada demais|nada de mais|nada grave|o fim do mundo)",
        "(não tem|não há) (nada|motivo) (para|pra) (se preocupar|preocupação)",
        "(informamos|comunicamos) que (não|conforme|segundo)",
        "(conforme|segundo|de acordo com) (o|os|a|as) (procedimento|procedimentos|normas|regras|termos|contrato) ~ (não|é)",
        "(fica|fica o) registrado (e|apenas|só|somente)",
    ),
    # Hurrying the customer along.
    "hurrying": (
        "(temos|tenho|preciso) (que|de) (encerrar|finalizar|terminar|ir encerrando|ir finalizando|ser breve|ser rápido|ser rápida)",
        "(tenho|temos|há|tem) (outros|outras|muitos|muitas|mais) (clientes|ligações|pessoas|atendimentos|chamados) (esperando|aguardando|na fila|em espera)",
        "(a fila está|tem muita fila|fila grande|fila enorme)",
        "(seja|sejamos) (breve|breves|rápido|rápida|objetivo|objetiva|direto|direta)",
        "(não|já não) (tenho|temos) (muito|mais) tempo",
        "(para|pra) não (demorar|estender|alongar|prolongar)",
        "(é|era|seria) (só|só isso|isso|tudo) ?",
        "(rápido|rapidinho|depressa) por favor",
    ),
    # Putting right what the agent said a moment ago, or contradicting it.
    "self_correction": (
        "(quis|queria) dizer",
        "(ou melhor|aliás corrigindo|corrigindo|corrijo|me corrijo|retificando|retifico)",
        "(me enganei|me equivoquei|me confundi|eu errei|errei)",
        "(erro|falha|engano) (meu|minha)",
        "(desconsidere|desconsidera|ignore|ignora) (o que|a|minha|meu|a minha|o meu) (eu|) (disse|falei|última|mensagem anterior|resposta anterior|informação anterior)",
        "(te|lhe) (passei|dei|informei) (a informação errada|informação errada|errado|a informação incorreta|o dado errado)",
        "(desculpe|desculpa|perdão) (me enganei|me confundi|errei|me equivoquei|foi engano)",
        "(na verdade|aliás) (é|são|era|eram|seria|seriam) (o|a|os|as) ~ (não|e não)",
    ),
    # Not knowing a basic fact and going to someone else for it.
    "checks_with_others": (
        "(vou|deixa eu|deixe me|preciso|tenho que|tenho de|vou ter que) (consultar|perguntar|confirmar|checar|verificar) (com|ao|a|à|para|pra|pro) ~ (colega|colegas|supervisor*|gestor*|coordenador*|responsável|chefe|equipe|equipa|setor|área|técnico|especialista)",
        "(vou|deixa eu) (perguntar|consultar) (pro|pra|para o|para a) (meu|minha|) (colega|supervisor*|gestor*|coordenador*|chefe|responsável)",
        "(sou novo|sou nova|não tenho certeza|não sei ao certo|estou em treinamento|estou aprendendo) ~ (vou|deixa eu|deixe me|preciso) (consultar|perguntar|confirmar|checar)",
        "não (tenho|consigo ver|vejo|tenho acesso a) (essa|esta|a) (informação|info|dado|dados) (aqui|no sistema|na minha tela|no meu sistema)",
        "(isso|isto) (não é|foge) (da minha|do meu|de minha) (área|setor|alçada|competência)",
    ),
    # Sending the customer to find out for themselves.
    "deflection": (
        *_NOT_OURS,
        "(consulte|consulta|pergunte|pergunta|ligue|liga|entre em contato com|contate|procure|procura|reclame|reclama) ~ (o|a|ao|à|com o|com a|seu|sua|teu|tua) (banco|loja|fabricante|companhia aérea|hotel|transportadora|correios|fornecedor|vendedor|seguradora|operadora|lojista|site)",
        "(terá|teria|tem|tens) (que|de) (consultar|perguntar|ligar|entrar em contato|falar|reclamar|ir|procurar) ~ (banco|loja|fabricante|companhia|hotel|transportadora|correios|fornecedor|vendedor|seguradora|operadora|lojista)",
        _YOU + " (terá|teria|tem|tens|vai ter) (que|de) (consultar|perguntar|ligar|entrar em contato|falar|reclamar|ir|procurar) ~ (banco|loja|fabricante|companhia|hotel|transportadora|correios|fornecedor|vendedor|seguradora|operadora|lojista)",
        "(deve|deveria|devia) (consultar|perguntar|ligar|entrar em contato|falar|reclamar|procurar) ~ (banco|loja|fabricante|companhia|hotel|transportadora|correios|fornecedor|vendedor|seguradora|operadora|lojista)",
        "(está|tem|consta|fica) (tudo|) (no|em nosso|no nosso|na nossa|na) (site|aplicativo|app|faq|perguntas frequentes|contrato|termos)",
        "(pode|podes|poderá) (consultar|ler|ver|verificar|conferir) (no|na|o|a|nosso|nossa|as) (site|faq|perguntas frequentes|termos|contrato|central de ajuda|aplicativo|app)",
        "não (consigo|conseguimos|posso|podemos) (ver|acessar|consultar|verificar) (isso|essa informação|esse dado|esses dados) (daqui|do meu|no meu|pelo meu|no nosso)",
        "(você|o senhor|a senhora|tu) (mesmo|mesma) (pode|podes) (consultar|ver|verificar|conferir|procurar)",
        "por (sua|tua) (conta|conta própria)",
    ),
    # Saying what the rule, the system or the stock does not allow: a blocked first solution.
    "policy_statement": (
        *_NOT_ALLOWED,
        "(nossa|a|nossas|as) (política|políticas|norma|normas|regra|regras|condições) (é|são|diz|dizem|prevê|preveem|não permite|não permitem|só permite|só permitem|exige|exigem)",
        "(segundo|conforme|de acordo com|pela|pelo|pelas|pelos) (a nossa|nossa|as nossas|nossas|a|as|o nosso|nosso|os|o) (política|políticas|normas|regras|condições|termos|procedimento|contrato|regulamento)",
        "(só|somente|apenas) (podemos|posso|conseguimos|aceitamos|oferecemos|fazemos|enviamos|instalamos|reembolsamos|atendemos|entregamos|trabalhamos)",
        "(só|somente|apenas) (de segunda a sexta|em dias úteis|em horário comercial|no horário comercial|nos dias úteis|com cartão|por transferência|por pix|na loja|online|pelo site|pelo aplicativo|presencialmente)",
        "(fora|passou|passado|vencido|expirado|expirou) (do|o) (prazo|período) (de|para) (devolução|troca|arrependimento|cancelamento|garantia|reclamação)",
        "(o|seu|teu|a|sua|tua) (prazo|período|garantia) ~ (venceu|expirou|acabou|passou|terminou|caducou)",
        "(esgotado|esgotada|esgotados|esgotadas|sem estoque|fora de estoque|fora de linha|não temos estoque|não há vagas|sem vagas|sem horários|não há horários|lotado|lotada)",
        "o sistema não (me|nos|lhe|te|) (permite|deixa|aceita|mostra)",
        "(é assim que|assim) funciona (o sistema|o processo|a empresa|o procedimento)",
        "(é|vale) (igual|o mesmo) para (todos|todo mundo|qualquer cliente)",
        "não (trocamos|devolvemos|reembolsamos|estornamos|prorrogamos|parcelamos|aceitamos|enviamos|entregamos) ",
    ),
    # A way round a blocked first solution: another route, another option, an exception asked.
    "alternative": (
        *_WHAT_I_CAN_DO,
        "(em vez disso|ao invés disso|como alternativa|alternativamente|como solução alternativa)",
        "(outra|outro) (forma|maneira|caminho|jeito|possibilidade)",
        "(mas|porém|no entanto) (eu|nós|) (posso|podemos|poderia|poderíamos|consigo|conseguimos)",
        "(deixa eu|deixe me|vou) (ver|verificar|checar|consultar) se (podemos|posso|dá|é possível|existe|tem como|conseguimos|consigo)",
        "(posso|podemos|poderia|poderíamos) (também|tentar|solicitar|pedir|parcelar|dividir|adiar|reagendar|remarcar|trocar|enviar|mandar|mudar|transferir|abrir uma exceção)",
        "(que tal|e se) (a gente|nós|eu|enviarmos|mudarmos|tentarmos|trocarmos)",
        "(vou|posso|deixa eu|deixe me|vamos) (pedir|solicitar|consultar|verificar) ~ (uma exceção|um desconto|uma compensação|um crédito|uma alternativa|uma autorização|um reembolso parcial)",
        "(encontrei|consegui|achei|arrumei|encontramos|conseguimos) (uma|outra|um|outro) (forma|maneira|solução|alternativa|opção|jeito|horário|vaga|data)",
        "(isso|essa opção|essa alternativa|essa solução|assim) (serve|serviria|funciona|funcionaria|fica bom|ficaria bom|atende) (para|pra) (você|o senhor|a senhora|ti)",
        "(se|caso) (isso|essa opção|essa solução) não (funcionar|der certo|resolver|servir|funcione|dê certo|resolva|sirva)",
        "(se|caso) por (algum motivo|alguma razão|acaso) não",
        "(como|a título de) (alternativa|exceção|cortesia|gesto de boa vontade)",
        "(solução|via) (alternativa|provisória|temporária|paliativa)",
        "(parcelar|parcelamento|parcelado|em parcelas|dividir em|adiar o pagamento|mudar a data de vencimento|alterar a data de vencimento|acordo de pagamento)",
        "(enquanto isso|por enquanto|por ora|no meio tempo) (você|o senhor|a senhora|pode|podes|podemos|eu)",
        "(ponto de retirada|retirada na loja|outra data|outro endereço|outro horário|locker)",
    ),
    # Pausing the conversation to look something up; with a length, the wait is announced.
    "hold": (
        "(deixa eu|deixe me|vou|um momento que eu|um instante que eu|só um minuto que eu|aguarde que eu) (ver|verificar|checar|consultar|olhar|dar uma olhada|conferir|buscar|procurar|localizar|analisar)",
        "(um|só um|apenas um) (momento|momentinho|minuto|minutinho|instante|instantinho|segundo|segundinho)",
        "(aguarde|aguarda|espere|espera|aguardem) (um|só um|uns|alguns) (momento|momentinho|minuto|minutos|minutinho|instante|segundo|segundos|pouquinho)",
        "(vou|vou te|vou lhe|vou deixar o senhor|vou deixar a senhora|vou colocar o senhor|vou colocar a senhora) (colocar|deixar|) (em espera|aguardando na linha)",
        "(me dá|me dê|me da|dá me|dê me) (um|uns|dois|alguns) (momento|minuto|minutos|minutinho|instante|segundo|segundos)",
        "(vai levar|vai demorar|deve levar|deve demorar|leva|demora|levará|demorará) ~ (minuto|minutos|minutinhos|segundo|segundos|instante|instantes|momento|momentos)",
        "(já volto|volto já|já retorno|retorno já|volto em seguida) (com você|contigo|com o senhor|com a senhora|)",
        "(não desligue|não desliga|permaneça na linha|continue na linha)",
    ),
    # Asking the customer for a piece of information about them or their case.
    "info_request": (
        "(seu|teu|o) (número|código|id|identificador) (do|de) (pedido|cliente|contrato|protocolo|apólice|reserva|processo|chamado|ticket|rastreio|rastreamento|referência|fatura|conta|cartão|telefone|celular|documento|série|assinante|localizador)",
        "(seu|sua|teu|tua) (e-mail|email|endereço de e-mail|endereço|cep|código postal|data de nascimento|nome completo|sobrenome|usuário|nome de usuário|cpf|rg|cnpj|nif|documento|número de telefone|número de celular|telefone de contato|iban|número da conta|matrícula)",
        "(os|as|dos|das) (últimos|últimas) (quatro|4|três|3) (dígitos|números|algarismos)",
        "(me|nos) (informa|informe|passa|passe|confirma|confirme|diz|diga|fala|fale|envia|envie|manda|mande) ~ (número|nome|cpf|cnpj|nif|e-mail|email|endereço|telefone|celular|código|protocolo|dados|data|cep)",
        "(número|nº) (do|de) (pedido|cliente|protocolo|reserva|rastreio|contrato|apólice|fatura|chamado|processo)",
        "(qual|qual é|qual o) (o seu|o teu|seu|teu|a sua|a tua|sua|tua) (cpf|e-mail|email|endereço|telefone|cep|nome completo|número de pedido|número do pedido|protocolo|data de nascimento)",
    ),
    # A promise with no owner, time or reference: nothing to hold anyone to.
    "vague_promise": (
        "(alguém|um colega|uma colega|a equipe|a equipa|o setor|a área|o departamento|um técnico|um especialista|eles|a equipe responsável|o setor responsável|a área responsável) ~ (vai|irá|deve|deverá|vão|irão|devem) (entrar em contato|ligar|retornar|contatar|resolver|analisar|verificar|avisar|te ligar|lhe ligar|te retornar|lhe retornar|falar com)",
        "(vão|irão|devem) (te|lhe|o|a) (ligar|retornar|contatar|avisar|procurar)",
        "(foi|já foi) (encaminhad*|repassad*|enviad*|escalad*|passad*|transferid*) (para|ao|à|pro|pra)",
        "(já|) (encaminhei|repassei|passei|encaminhamos|repassamos|passamos) (para|ao|à|pro|pra) (o|a|) (setor|área|equipe|equipa|departamento) (responsável|competente|correspondente)",
        "(vou|vamos) (fazer|tentar) (o possível|todo o possível|o meu melhor|o nosso melhor|o que eu puder|o que estiver ao meu alcance)",
        "(vou|vamos) tentar",
        "(vou|vamos) ver o que (posso|podemos|dá para|dá pra) fazer",
        "(deve|deveria|devem|deveriam) (estar|ficar|ser) (resolvido|resolvida|normalizado|normalizada|pronto|pronta) (logo|em breve|rapidinho|já já)",
        "(vai|será|irá) (ser|ficar|estar) (resolvido|resolvida|normalizado|normalizada|solucionado|solucionada) (logo|em breve|rapidinho|já já|o quanto antes)",
        "(vai|tudo vai) dar (tudo|) certo",
    ),
    # A reference named aloud, so a promise can be traced ("o seu protocolo é ...").
    "_reference": (
        "(seu|teu|o|a|sua|tua) (número de protocolo|protocolo|número do protocolo|número do chamado|chamado|número de referência|referência|número do pedido|código de rastreio|localizador) (é|fica|será)",
        "(número|código) (de|do) (protocolo|chamado|referência|rastreio|atendimento|ticket|processo)",
        "anote (o|seu|o seu) (protocolo|número)",
    ),
    # Words a customer should not need to know (a pack-level list; acronyms are found by case).
    "jargon": JARGON,
    "_suppress": (
        "graças a deus",
        "não obrigado",
        "não obrigada",
        "(desculpe|desculpa|lamento) mas",
        # a repair initiator ("Desculpe?", "Como?") asks for a repeat
        "(desculpe|desculpa|perdão|como disse|como) ?",
        "(tenho|tive|dá) (pena|dó)",
        # trying in the first person reports the agent's attempts, it suggests nothing
        "(já|) (tentei|tentamos)",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        # Swearing and insults are read by structure (aimed at the listener, or said in
        # anger: see the word classes); these are abusive whoever they aim at, or have the
        # listener built in.
        "(filho|filha|filhos|filhas) (da puta|de uma puta|duma puta)",
        "(fdp|vsf|tnc)",
        "(viado|viadinho|bicha|sapatão|traveco|macaco|crioulo|paneleiro|preto de merda)",
        "(vai se foder|vai tomar no cu|vai à merda|vai pra merda|vai pra puta que pariu|vai pro inferno|vão se foder|vão tomar no cu|se fode|se foda|vai te foder|vai-te foder|vai para o caralho|vai pro caralho)",
        "(cala a boca|cala boca|cale a boca|cale se|cala te|cala-te)",
        "(vocês são|você é|o senhor é|a senhora é|tu és|vcs são|vc é) ~ (incompetentes|inúteis|ladrões|palhaços|idiotas|lixo|uma piada|bandidos|golpistas|vagabundos|uns merdas|safados|mentirosos|burros)",
        "(seu|sua|seus|suas) (idiota|idiotas|imbecil|imbecis|burro|burra|otário|otária|babaca|incompetente|inútil|lixo|ladrão|ladra|palhaço|palhaça|anta|jumento|vagabundo|vagabunda|safado|safada|cretino|cretina|trouxa|merda|bosta)",
        "(vou|vamos) (te|lhe|) (matar|pegar|quebrar|arrebentar|encher de porrada)",
        "(tomara|espero) que (você|vocês|tu) (morra|morram|morras|se foda|se fodam|apodreça)",
    ),
    "customer_frustration": (
        "(frustrad*|irritad*|chatead*|revoltad*|indignad*|decepcionad*|furios*|absurdo|inaceitável|ridículo|vergonha|um absurdo|péssimo|péssima|horrível|terrível|lamentável|descaso|desrespeito|cansad* de|farto|farta|saco cheio)",
        "(de novo|outra vez|ainda|continua|continuo) (não|sem|nada|esperando|aguardando|parado)",
        "(quantas vezes|quanto tempo) (mais|vou ter|tenho que|preciso)",
        "(há|faz|já faz) ~ (dias|semanas|meses|horas) ~ (esperando|aguardando|ligando|tentando)",
        "(ninguém|nenhum) (me|nos) (responde|atende|ajuda|resolve|liga|retorna)",
        "(quero|exijo|preciso) ~ (meu dinheiro de volta|reembolso|estorno|falar com o gerente|falar com um supervisor|falar com o supervisor|uma solução|uma resposta)",
        "(vou|vou acabar) (cancelar|trocar) (tudo|essa porcaria|esse lixo|de operadora|de banco|de empresa)",
        "(vou no procon|vou ao procon|vou abrir reclamação|reclame aqui|vou processar|vou denunciar|vou à justiça|vou na justiça|livro de reclamações|vou ao provedor)",
        "(vou|vamos) (processar|denunciar) (vocês|você|a empresa)",
        "(perda|desperdício) de (tempo|dinheiro)",
        "(atendimento|serviço) (péssimo|horrível|ridículo|lamentável|uma vergonha|de merda|uma porcaria)",
        "não é a primeira vez",
        "(já|eu já) (falei|disse|expliquei|mandei|enviei|informei|liguei|reclamei) ~ (vezes|várias|mil|tudo|isso)",
        "(perdi|estou perdendo|to perdendo|tô perdendo) (a|toda a) (paciência|confiança)",
        "(estão|vocês estão|tão|vcs tão|vocês tão) (me enrolando|de brincadeira|brincando comigo|de sacanagem|de palhaçada)",
        "(me|nos) (enrolando|enrolaram|enrolam|fazendo de bobo|fazendo de idiota)",
        "(não confio|não dá pra confiar|não dá para confiar) (em vocês|nessa empresa|nesse|nesta|mais)",
        "(me deixa|me deixe|deixa eu|deixe eu) (terminar|falar|concluir)",
        "(você|vocês|o senhor|a senhora) não (está|estão) (me ouvindo|me escutando|ouvindo|escutando|lendo)",
        "(resposta|respostas|mensagem|mensagens) (automática|automáticas|padrão|pronta|prontas|de robô|copiada|copiadas)",
        "(cobraram|cobrado|cobrada|cobrança|cobranças) ~ (duas vezes|em dobro|a mais|duplicada|indevida|indevidas|duplicadas)",
        "(muito|) (obrigado|obrigada) por nada",
        "(um|que|isso é um|é um) (descaso|desrespeito|absurdo|palhaçada|sacanagem|piada)",
        "(palhaçada|sacanagem|descaso|falta de respeito|pouca vergonha)",
        "(ninguém|nenhum) (resolve|faz nada|sabe nada|se responsabiliza)",
        "(sem|nenhuma) (resposta|solução|retorno) (até agora|até hoje|ainda)",
    ),
    "clarification_request": (
        "(o que|que) (você|o senhor|a senhora|tu) (quer|quis|queres) dizer",
        "não (entendi|entendo|compreendi|compreendo)",
        "(pode|poderia|podes) (explicar|repetir|esclarecer|detalhar)",
        "(estou|fiquei) (confuso|confusa|perdido|perdida)",
        "(como|o quê|hã|oi|desculpe) ?",
        "(isso|isto) não faz sentido",
        "(o que|que) (significa|quer dizer) (isso|isto|esse|essa)",
    ),
    "customer_thanks": (
        "(obrigado|obrigada|obrigadão|muito obrigado|muito obrigada|obg|brigado|brigada|valeu|agradeço)",
        "(muito|super) (gentil|atencioso|atenciosa|prestativo|prestativa)",
        "(agora|já) (funcionou|funciona|deu certo|resolveu)",
        "(perfeito|ótimo|show|maravilha|excelente) (obrigado|obrigada|valeu|atendimento)",
        "(já|finalmente|enfim) (chegou|recebi|funcionou|resolveu|consegui)",
        "(foi|você foi|o senhor foi|a senhora foi) (muito|super|mega) (atencioso|atenciosa|prestativo|prestativa|gentil|educado|educada|rápido|rápida|eficiente|paciente)",
        "(deu certo|está resolvido|foi resolvido|ficou resolvido|problema resolvido)",
        "(ótimo|excelente|bom) (atendimento|trabalho|serviço)",
    ),
    "customer_leave_taking": (
        "(tchau|adeus|até logo|ate logo|até mais|ate mais|até breve|ate breve|falou)",
        "(se cuida|se cuide|cuide se)",
        "(tenho que ir|preciso ir|tenho que desligar)",
    ),
    # Feelings and hardships: what gives the agent the occasion to show empathy.
    "customer_emotion": (
        *EMOTION_WORDS,
        "(estou|tô|to|me sinto|me senti|fiquei|ando|estamos|estava) (muito|tão|bem|super|meio|um pouco|realmente|) (preocupad*|angustiad*|assustad*|nervos*|estressad*|triste|tristes|deprimid*|arrasad*|desesperad*|perdid*|sobrecarregad*|esgotad*|envergonhad*|mal|péssimo|péssima|no limite|sem dormir)",
        "(à beira de|quase) (chorar|lágrimas|um ataque)",
        "(faleceu|morreu|perdi minha|perdi meu|perdi o meu|perdi a minha|nos deixou)",
        "(minha|meu|nossa|nosso) (mãe|pai|marido|esposo|esposa|mulher|filho|filha|bebê|avó|avô|irmã|irmão|companheiro|companheira) (está|esteve|ficou|segue) (doente|internad*|hospitalizad*|grave|muito mal|no hospital|na uti)",
        "(estragou|estragaram|arruinou|arruinaram) (o|a|meu|minha|nosso|nossa) ~ (dia|viagem|férias|aniversário|casamento|semana|natal|noite|fim de semana)",
        "não (consigo|conseguimos) (dormir|parar de chorar|mais|pagar)",
        "(foi|é) (culpa minha|minha culpa)",
        "(me sinto|me senti) (burro|burra|idiota|culpado|culpada|péssimo|péssima|um lixo|inútil)",
        "(me|nos) (roubaram|assaltaram|enganaram|clonaram|hackearam|demitiram|despejaram)",
        "(estou|fiquei|tô) (desempregad*|sem emprego|sem trabalho|sem casa|na rua)",
        "(recém nascido|recém-nascido|recém nascida|acabei de ter um bebê|acabei de ter um filho|acabei de ter uma filha|estou grávida|licença maternidade|licença paternidade|de licença médica|de atestado)",
        "(internad*|hospitalizad*) (no|num|em um|na) (hospital|clínica|uti)",
    ),
    # Something unstated behind the request: a life event, a constraint, a date, a worry, a
    # hedged complaint, a request put indirectly.
    "customer_cue": (
        "(minha|meu|meus|minhas|nossa|nosso|nossos|nossas) (mãe|pai|pais|marido|esposo|esposa|mulher|companheiro|companheira|namorado|namorada|filho|filha|filhos|filhas|criança|crianças|bebê|neto|neta|netos|avó|avô|avós|sogra|sogro|irmã|irmão|família|senhorio|senhoria|chefe|patrão|patroa|cuidadora|cuidador|vizinho|vizinha|vizinhos)",
        "(vou me mudar|estou me mudando|vamos nos mudar|nos mudamos|me mudei|mudança de casa|mudança|vou morar|vamos morar|vou para o exterior|vou para fora|vou emigrar|emigr*)",
        "(novo|nova|primeiro|primeira) (emprego|trabalho|casa|apartamento|negócio|bebê)",
        "(perdi|acabei de perder|fiquei sem) (o|meu) (emprego|trabalho)",
        "(casamento|funeral|velório|enterro|aniversário|formatura|batizado|festa|férias|viagem|lua de mel|prova|provas|vestibular|concurso|entrevista|cirurgia|consulta médica|parto|gravidez|divórcio|separação|aposentadoria|mudança)",
        "(hospital|casa de repouso|lar de idosos|quimio*|tratamento médico|fisioterapia|me recuperando|se recuperando|em recuperação|deficiência|deficiente|cadeira de rodas|surdo|surda|cego|cega|não enxergo bem|não ouço bem|cuidando da|cuidando do|cuido da|cuido do)",
        "(moro sozinho|moro sozinha|mora sozinho|mora sozinha|estou sozinho|estou sozinha|mãe solo|pai solo|mãe solteira|pai solteiro|idoso|idosa|idosos|aposentad*|pensionista|minha pensão|minha aposentadoria|estudante)",
        "(tenho|tem|faço|fez) (" + "|".join(str(i) for i in range(70, 100)) + "|setenta|oitenta|noventa) (anos|e)",
        "(orçamento|apertad*|contas para pagar|pagar as contas|o aluguel|a renda|a prestação|no vermelho|cheque especial|salário atrasado|me cortaram|redução de salário|desempregad*|sem trabalho|dia do pagamento|quando receber|até receber|recebo dia|recebo no dia|recebo só)",
        "(antes de|antes da|antes do|até|para|pra|nesta|neste|na próxima|no próximo|este|esta) (segunda|terça|quarta|quinta|sexta|sábado|domingo|fim de semana|feriado|natal|páscoa)",
        "(vou estar|vamos estar|estarei|estaremos|estou|estamos|vou ficar) (fora|viajando|no exterior|internad*|no hospital|de férias|de mudança)",
        "(viajo|viajamos|embarco|embarcamos|vou viajar|vamos viajar|começo|começamos|me mudo) (na|no|nesta|neste|amanhã|depois de amanhã|semana que vem|dia|em)",
        "(preciso|precisamos) (dele|dela|disso|deles|delas) (para|pra|até|antes|a tempo|urgente)",
        "a tempo (para|pra|de)",
        "(tenho medo de|tenho receio de|me preocupa|estou preocupad* com|receio que|temo que) (que|perder|não|ficar)",
        "(preocupad*|assustad*|nervos*) (com|por|porque|pois)",
        "(tomara|oxalá|se deus quiser|com sorte|torcendo|estou torcendo|vamos ver)",
        "não sei se (vou conseguir|vai dar|vai chegar|consigo|vou chegar|vai dar tempo)",
        "(tá|está|tudo) (bom|bem|certo) (né|acho|pelo jeito|mas|só que)",
        "(acho|suponho) que (tá|está|fica) (bom|bem|certo|ok)",
        "não (é|era) (o ideal|ideal|o que eu esperava|o que eu queria|o que me disseram|o melhor)",
        "(estava pensando se|queria saber se|será que|seria possível|teria como|existe a possibilidade|há possibilidade|tem possibilidade)",
        "(seria|ficaria) (bom|ótimo|ideal|perfeito) se",
        "(quase|já) não (uso|usamos|preciso|precisamos)",
        "não (vou|vamos) mais (usar|precisar)",
        "(tenho|tem) (dificuldade|dificuldades) (para|pra|de|em) (ler|enxergar|ouvir|entender|andar|sair|me locomover)",
        "(manter|ficar com|não perder) (o|meu|minha|a|os|as|meus|minhas) (número|linha|e-mail|email|conta|fotos|mensagens|contatos)",
        "(reduzir|baixar|diminuir|economizar|cortar) (gastos|custos|a conta|na conta|dinheiro|despesas)",
        "(minha vida inteira|tudo o que tenho|todas as minhas coisas|todas as minhas economias)",
        "(para sempre|de vez|definitivamente|só ida|sem volta)",
    ),
    # The customer cannot do what the first solution needs, or refuses it: a blocked path.
    "customer_constraint": (
        "não (posso|podemos|consigo|conseguimos|vou poder|vamos poder|vou conseguir|tenho como) ~ (estar|ir|vir|buscar|retirar|imprimir|receber|usar|pagar|esperar|aguardar|viajar|dirigir|sair|deixar|atender|acessar|entrar|ver|ouvir|ler|assinar|ficar|faltar|subir|descer|me deslocar)",
        "não (tenho|temos) (um|uma|) (impressora|carro|computador|notebook|smartphone|celular|scanner|whatsapp|e-mail|email|conta bancária|cartão de crédito|pix)",
        "(não tenho|não há|sem|não temos|tô sem|estou sem) (sinal|cobertura|conexão|internet|wifi|dados)",
        "(estou|estamos|estarei|estaremos|tô|fico) (trabalhando|no trabalho|de plantão|fora|no exterior|viajando) (o dia todo|a semana toda|até|de manhã|à tarde|durante a semana|de segunda a sexta|quando|nesse horário|nesse dia)",
        "(trabalho|trabalhamos) (à noite|de noite|por turnos|em turnos|de plantão|durante a semana|o dia todo|de segunda a sexta|fora)",
        "(isso|esse horário|essa data|essa opção|esse dia) não (me|nos) (serve|atende|fica bom|dá|funciona)",
        "não (posso|podemos|consigo) (esperar|pagar|arcar com) (tanto|isso|três semanas|duas semanas|uma semana|até|esse valor|tudo)",
        "(longe|caro|cara|demorado|demorada|tarde) demais",
        "(muito|tão) (longe|caro|cara|tarde|demorado|demorada)",
        "não (quero|queremos) (cancelar|perder|pagar|esperar|começar de novo|trocar)",
        "(isso|isto) não é (uma opção|possível) para (mim|nós|a gente)",
        "(ninguém|nenhuma pessoa) (mais|) (pode|poderá|poderia|vai poder) (estar|receber|buscar|assinar|atender|retirar)",
        "(só|somente|apenas) (posso|podemos|consigo|aceita|aceitam|tenho|temos|oferecem|oferece)",
        "(tem|há|existe|não tem|não há) (alguma|outra|nenhuma) (forma|maneira|opção|alternativa|possibilidade|exceção|solução|jeito)",
        "(não tem|não há) (outro|nenhum) (jeito|meio|caminho)",
        "(podem|pode|poderia|poderiam) (abrir uma exceção|fazer uma exceção|fazer alguma coisa|dar um jeito|me ajudar de alguma forma)",
        "(é|são) (dinheiro demais|muito dinheiro|um valor muito alto|um valor alto)",
        "(de uma vez|tudo de uma vez|à vista|adiantado|de uma só vez)",
    ),
    # The customer says the agent's answer was wrong or the step already failed.
    "customer_correction": (
        "(isso|isto) (não é|não está) (assim|certo|correto|verdade|o que)",
        "(mas|não|na verdade) (o|a|no|na|seu|sua|vosso|vossa) (site|página|aplicativo|app|carta|fatura|contrato|e-mail|email|tela|recibo|anúncio) (diz|dizia|fala|falava|mostra|mostrava|informa|informava)",
        "(mas|não|na verdade) (no|na) (site|página|aplicativo|app|carta|fatura|contrato|e-mail|email|tela|recibo|anúncio) (diz|dizia|fala|falava|mostra|mostrava|aparece|aparecia|está escrito|estava escrito)",
        "(isso|isto|o que você disse|o que o senhor disse|a senhora disse) não (funcionou|deu certo|resolveu|adiantou)",
        "(também não|não) (funcionou|deu certo|resolveu|adiantou)",
        "(já|eu já) (tentei|fiz|testei|reiniciei|verifiquei) (isso|isto|tudo|)",
        "(continua|ainda) (sem|não) (funcionar|funciona|dá|vai)",
        "(você|o senhor|a senhora|seu colega|sua colega|outro atendente|outra atendente|o outro atendente|me) (me|) (disse|disseram|falou|falaram|tinha dito|tinham dito) (outra coisa|o contrário|diferente|algo diferente)",
        "(isso|isto) (contradiz|não é o que|é diferente do que)",
        "(tem|você tem|o senhor tem|a senhora tem) certeza ?",
        "não (é|foi) (isso|o) que eu (perguntei|disse|pedi|falei)",
        "(mas|e) eu não (pedi|solicitei|contratei|assinei)",
    ),
    # Confusion: the customer cannot find or follow something; an occasion for patience.
    "customer_confusion": (
        "não (encontro|acho|vejo|sei|consigo|entendo como|estou achando|tô achando) (onde|como|o|a|os|as|qual|esse|essa|isso|nada|nenhum|nenhuma)",
        "(onde|como) (fica|está|encontro|acho|vejo|aperto|clico|faço|eu faço|tenho que|devo|se faz|procuro|coloco|entro)",
        "(estou|fiquei|tô) (perdido|perdida|confuso|confusa|travado|travada|empacado|empacada|enrolado|enrolada)",
        "não (sou|sou muito) (bom|boa) (com|em) (isso|tecnologia|celular|computador|essas coisas)",
        "(sou meio lerdo|sou meio lerda|sou péssimo|sou péssima|não manjo|não entendo nada de|sou idoso|sou idosa)",
        "(qual|que) (botão|opção|tela|link|número|campo|tecla|menu|aba|ícone)",
        "não (acontece|aparece|abre|carrega) nada",
        "não (me|) (aparece|abre|carrega|mostra|deixa)",
        "(desculpe|desculpa|perdão) (o incômodo|incomodar|pelas perguntas|tantas perguntas|a demora|ser tão lento|ser tão lenta|não entender)",
        "(outra pergunta|uma última pergunta|outra dúvida|mais uma dúvida|mais uma pergunta|pergunta boba|dúvida boba)",
        "(o que|que) (eu faço|faço|tenho que fazer|devo fazer) (agora|então|depois|em seguida)",
    ),
    # The customer says a promise was not kept: nobody came back, nothing happened.
    "broken_promise": (
        "(ninguém|nenhum técnico|nenhum atendente) (me|nos) (ligou|retornou|respondeu|procurou|avisou|contatou|deu retorno)",
        "ninguém (veio|apareceu|compareceu|entrou em contato)",
        "(nunca|não) (me|nos) (ligaram|retornaram|responderam|avisaram|devolveram|ligou|retornou|respondeu|avisou|deram retorno|deu retorno|chegou|chegaram)",
        "(não|nunca) (recebi|recebemos|tive|tivemos) (resposta|retorno|notícias|nada|nenhuma ligação|nenhum e-mail|nenhum email|nenhuma resposta|o estorno|o reembolso|o dinheiro)",
        "(me|nos) (disseram|disse|falaram|falou|prometeram|prometeu|garantiram|garantiu) (que|) ~ (ligariam|ligaria|viria|viriam|chegaria|chegariam|estaria|estariam|devolveriam|devolveria|resolveriam|resolveria|enviariam|enviaria|retornariam|retornaria|estornariam|estornaria)",
        "(ficaram|ficou|ficaste) de (me ligar|ligar|vir|enviar|mandar|devolver|retornar|resolver|avisar|estornar)",
        "(continuo|continuamos|sigo|ainda estou|ainda estamos) (esperando|aguardando|sem resposta|sem retorno|sem notícias)",
        "(até agora|até hoje|e) (nada|nenhuma resposta|nenhum retorno|sem resposta|sem retorno)",
        "(ainda|continuo|continuamos) sem (o|a|meu|minha|os|as|nenhum|nenhuma|) (ligação|resposta|retorno|reembolso|estorno|técnico|pacote|encomenda|pedido|notícias|solução|dinheiro)",
        "(era|eram|deveria|deveriam|era para|era pra) (para|pra|) (ter|terem) (ligado|vindo|chegado|retornado|resolvido|estornado|devolvido)",
        "(o|a|meu|minha) (ligação|técnico|estorno|reembolso|retorno|pacote|encomenda|pedido|resposta) (nunca|não) (chegou|veio|apareceu|aconteceu|foi feito|foi feita)",
        "(o prazo|o prazo que me deram|a data prometida) (já|) (passou|venceu|acabou)",
    ),
    # A positive opener said in irony ("Ótimo, de novo sem luz"): read with what follows.
    "_sarcasm": (
        "(ótimo|maravilha|perfeito|que beleza|parabéns|show|beleza|que maravilha|muito bom|excelente) (de novo|outra vez|mais uma vez|como sempre|novamente)",
        "(era só o que faltava|só faltava essa|só me faltava essa|era tudo que eu precisava|era o que faltava)",
        "(muito|) (obrigado|obrigada) por nada",
        "(parabéns|parabéns pelo|parabéns pela) ~ (péssimo|descaso|desrespeito|incompetência|serviço|atendimento)",
        "(adoro|amo|adorei) (quando|como|que) ~ (nunca|sempre|ninguém|não|de novo|outra vez)",
        "(que|ô|oh) (beleza|maravilha) (hein|heim|viu)",
        "(muito|mega|super) (obrigado|obrigada) (hein|heim)",
    ),
    "_suppress": (
        "não obrigado",
        "não obrigada",
        "obrigado por nada",
        "não (estou|tô) (irritado|irritada|chateado|chateada|preocupado|preocupada)",
        "(sem|nenhum) problema",
    ),
}

NEGATORS: tuple[str, ...] = (
    "não", "nunca", "jamais", "nem", "sem", "nenhum", "nenhuma", "nada", "ninguém",
)

# Openers of a question without its question mark (chat). Folding makes "é" and "e", "está"
# and "esta" the same word, so an interrogative counts before a word that makes it a question
# ("como eu disse" is no question, "como faço" is).
QUESTION_OPENERS: tuple[str, ...] = (
    "(o que|que) (aconteceu|houve|foi|é|significa|quer dizer|acha|você|vocês|o senhor|a senhora|tu|faço|devo|preciso|tenho que|fazer|está acontecendo|ocorreu|falta|mais|seria)",
    "qual", "quais", "quando (chega|vai|vão|posso|poderei|consigo|recebo|vou receber|fica|estará|abre|fecha|começa|termina|vence|é|será|sai)",
    "onde (fica|está|estão|posso|consigo|encontro|acho|vejo|retiro|pego|pago|assino|clico|aperto)",
    "por que", "como (faço|eu faço|posso|consigo|funciona|está|estão|vai|fica|se faz|é que|assim|vejo|acesso|cancelo|pago|mudo|troco|ativo|sei)",
    "quem", "quantos", "quantas",
    "quanto (custa|custam|tempo|é|fica|vai|vou|pago|devo|sai|demora|leva|vale|falta|tenho)",
    "(pode|poderia|podes|poderias) (me|o senhor|a senhora|você|tu|informar|confirmar|verificar|enviar|mandar|passar|dizer|explicar|repetir|ajudar)",
    "(consegue|conseguiria|conseguiu|consegues) (ver|acessar|abrir|entrar|clicar|encontrar|achar|ouvir|ler|receber|me ouvir|visualizar)",
    "(você|o senhor|a senhora|tu|vc) (poderia|podes|consegue|conseguiria|teria|sabe|saberia|quer|gostaria|prefere|lembra)",
    "tem como", "teria como", "seria possível",
    "(já|chegou a) (tentou|testou|reiniciou|recebeu|conseguiu|verificou|olhou|viu|fez)",
    "(chegou|funcionou|deu certo|recebeu|conseguiu) (aí|a mensagem|o e-mail|o email|o código|o sms|o link|a fatura)",
    "(tudo|está tudo|tá tudo) (bem|certo|ok) ?",
    "mais alguma (coisa|dúvida)", "algo mais", "alguma (dúvida|pergunta|outra)",
    "(me|nos) (informa|informe|confirma|confirme|passa|passe|diz|diga|fala|fale|manda|mande)",
)

# A subject before the verb: "o senhor tem ...?", "ela vem ...?" do not ask by word order.
SUBJECT_PRONOUNS: frozenset[str] = frozenset(
    {"você", "vocês", "vc", "tu", "senhor", "senhora", "ele", "ela", "eles", "elas", "nós",
     "eu", "gente"}
)

# Imperative advice: a sentence that opens with a verb of doing in the imperative (você/o
# senhor or tu form) and is no question ("Tente reiniciar.", "Fale com o seu banco.").
ADVICE_VERBS: tuple[str, ...] = (
    "tente", "tenta", "experimente", "experimenta", "teste", "testa", "considere", "considera",
    "avalie", "fale com", "fala com", "converse com", "consulte (o|a|os|as|seu|sua|com|nosso|nossa)",
    "entre em contato", "procure", "procura", "ligue para", "liga para", "escreva para",
    "peça", "pede", "solicite", "solicita", "verifique", "verifica", "confira", "confere",
    "certifique se", "certifica te", "não deixe de", "não esqueça", "não esqueças",
    "não se esqueça", "guarde", "guarda", "evite", "evita", "utilize", "utiliza", "use", "usa",
    "vá até", "vai até", "visite", "acesse (o|a|nosso|nossa|www)", "baixe", "ative", "mude",
    "troque", "talvez", "quem sabe", "se possível",
)
ADVICE_SOFTENERS: tuple[str, ...] = (
    "então", "entao", "bom", "bem", "ok", "okay", "tá", "certo", "também", "primeiro",
    "depois", "agora", "e", "mas", "olha", "olhe", "veja", "só", "apenas", "por", "favor",
    "pfv", "pf", "pfvr", "já", "oi", "olá", "perfeito", "claro", "além", "disso", "finalmente",
    "ah", "beleza", "ótimo", "sim", "pois", "enfim", "aí", "daí", "aliás", "basta",
)

STOP_WORDS: frozenset[str] = frozenset(
    ["o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "pelo", "pela", "pelos", "pelas", "para", "pra", "com", "sem", "sobre", "entre", "até", "e", "ou", "mas", "porque", "que", "quem", "qual", "quando", "onde", "como", "se", "não", "sim", "já", "ainda", "também", "muito", "mais", "menos", "eu", "tu", "ele", "ela", "nós", "vós", "eles", "elas", "você", "vocês", "me", "te", "se", "nos", "lhe", "lhes", "meu", "minha", "meus", "minhas", "seu", "sua", "seus", "suas", "nosso", "nossa", "isso", "isto", "aquilo", "esse", "essa", "este", "esta", "é", "são", "foi", "era", "estava", "está", "estão", "estou", "sou", "tem", "têm", "tenho", "ter", "fazer", "pode", "posso", "vai", "vou", "obrigado", "obrigada", "olá", "oi", "então", "aqui", "lá", "senhor", "senhora", "agora", "hoje", "tudo", "nada", "algo"]
)
