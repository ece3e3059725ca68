"""Portuguese pack, new interface: word classes, structure, deadlines, sentiment, new behaviours.

Every sentence here was written for these tests, the way agents and customers talk in Brazil
and Portugal (você, o senhor, tu); each row is also checked without accents and in capitals.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.lang.conftest import behaviours_in, check_row, converse_in, strip_diacritics

from csskills import Transcript
from csskills.featurize import extract_signals
from csskills.featurize._turn import read_turn
from csskills.lang import WordClass, get_language

PT = get_language("pt")

# (role, text, expected behaviour or None, behaviour that must be absent or None)
ROWS = [
    # reassurance
    ("agent", "Não se preocupe, fique à vontade, sem pressa.", "reassurance", None),
    ("agent", "Fica tranquila, vamos resolver isso juntos.", "reassurance", None),
    ("agent", "Isso mesmo, a senhora está indo muito bem.", "reassurance", None),
    ("agent", "Não precisa se desculpar, acontece com todo mundo.", "reassurance", None),
    # stock empathy
    ("agent", "Pedimos desculpas por eventuais transtornos.", "stock_empathy", None),
    ("agent", "Compreendo a sua insatisfação.", "stock_empathy", None),
    ("agent", "Agradecemos a sua compreensão.", "stock_empathy", None),
    ("agent", "Sinto muito pela sua perda, deve estar sendo muito difícil.", "empathy_statement", "stock_empathy"),
    # dismissive
    ("agent", "Isso acontece direto, é assim mesmo.", "dismissive", None),
    ("agent", "Não é nada demais, não tem motivo para se preocupar.", "dismissive", None),
    # hurrying
    ("agent", "Tenho outros clientes na fila, seja breve por favor.", "hurrying", None),
    ("agent", "Preciso encerrar o atendimento, era só isso?", "hurrying", None),
    # self-correction
    ("agent", "Desculpe, me enganei: a taxa é de 20 reais, não de 15.", "self_correction", None),
    ("agent", "Quis dizer terça, não quinta.", "self_correction", None),
    ("agent", "Te passei a informação errada, ou melhor, são cinco dias.", "self_correction", None),
    # checks with others
    ("agent", "Vou ter que consultar com a minha supervisora.", "checks_with_others", None),
    ("agent", "Sou novo aqui, deixa eu perguntar para o meu colega.", "checks_with_others", None),
    ("agent", "Não tenho essa informação no sistema.", "checks_with_others", None),
    # deflection
    ("agent", "O senhor terá que entrar em contato com o seu banco.", "deflection", None),
    ("agent", "Está tudo no nosso site, nas perguntas frequentes.", "deflection", None),
    ("agent", "Isso não é com a gente, procure a transportadora.", "deflection", None),
    # policy statement
    ("agent", "Conforme as nossas regras, a troca é em até 7 dias.", "policy_statement", None),
    ("agent", "Só instalamos de segunda a sexta.", "policy_statement", None),
    ("agent", "O prazo de devolução já venceu.", "policy_statement", None),
    ("agent", "Esse modelo está esgotado.", "policy_statement", None),
    ("agent", "Não é possível alterar o titular por telefone.", "policy_statement", None),
    ("agent", "O sistema não me permite mudar o endereço.", "policy_statement", None),
    # alternative
    ("agent", "O que nós podemos fazer é enviar para uma agência dos Correios.", "alternative", None),
    ("agent", "Mas posso pedir uma exceção ao meu gestor.", "alternative", None),
    ("agent", "Como alternativa, podemos parcelar o valor em três vezes.", "alternative", None),
    ("agent", "Caso isso não funcione, mando um técnico na segunda.", "alternative", None),
    # hold
    ("agent", "Um momento, por favor, deixa eu verificar.", "hold", None),
    ("agent", "Me dá dois minutos enquanto confiro o seu cadastro.", "hold", None),
    ("agent", "Aguarde só um minutinho, já volto com a senhora.", "hold", None),
    # info request
    ("agent", "Poderia me informar o número do pedido?", "info_request", None),
    ("agent", "Preciso dos últimos quatro dígitos do cartão.", "info_request", None),
    ("agent", "Qual o seu CPF, por favor?", "info_request", None),
    # vague promise
    ("agent", "Alguém da equipe técnica vai entrar em contato.", "vague_promise", None),
    ("agent", "Já encaminhei para o setor responsável.", "vague_promise", None),
    ("agent", "Vamos fazer o possível, deve ficar resolvido em breve.", "vague_promise", None),
    # jargon
    ("agent", "Abrimos um chargeback junto ao emissor do cartão.", "jargon", None),
    ("agent", "A ONT perdeu o sincronismo com a OLT, por isso a latência.", "jargon", None),
    ("agent", "Enviei seu código por SMS; pague pelo PIX.", None, "jargon"),
    # customer emotion
    ("customer", "Estou muito angustiada, não durmo desde ontem.", "customer_emotion", None),
    ("customer", "Meu marido faleceu em março e não sei como fazer a troca.", "customer_emotion", None),
    ("customer", "Fui assaltada e levaram todos os cartões.", "customer_emotion", None),
    ("customer", "Não estou preocupado, só queria saber.", None, "customer_emotion"),
    # customer cue
    ("customer", "Meu filho faz uma cirurgia na quinta e preciso do celular funcionando.", "customer_cue", None),
    ("customer", "Vamos nos mudar mês que vem para outra cidade.", "customer_cue", None),
    ("customer", "Tá bom, né, fazer o quê.", "customer_cue", None),
    ("customer", "Queria saber se teria como adiantar a entrega.", "customer_cue", None),
    ("customer", "Tenho 84 anos e tenho dificuldade para ler a tela.", "customer_cue", None),
    # customer constraint
    ("customer", "Não tenho impressora em casa.", "customer_constraint", None),
    ("customer", "Trabalho por turnos, não consigo estar em casa de manhã.", "customer_constraint", None),
    ("customer", "Esse horário não me serve.", "customer_constraint", None),
    ("customer", "Não tem outro jeito de fazer isso?", "customer_constraint", None),
    # customer correction
    ("customer", "Mas no site diz que o frete é grátis.", "customer_correction", None),
    ("customer", "Já tentei isso e também não funcionou.", "customer_correction", None),
    ("customer", "A sua colega me disse o contrário.", "customer_correction", None),
    ("customer", "Isso funcionou, obrigado.", None, "customer_correction"),
    # customer confusion
    ("customer", "Não encontro onde troca a senha.", "customer_confusion", None),
    ("customer", "Qual botão eu tenho que apertar?", "customer_confusion", None),
    ("customer", "Desculpe, não sou muito boa com celular.", "customer_confusion", None),
    # broken promise
    ("customer", "Ninguém me ligou, e me disseram que ligariam na terça.", "broken_promise", None),
    ("customer", "Continuo esperando o estorno que me prometeram.", "broken_promise", None),
    ("customer", "Ficaram de vir às dez e ninguém apareceu.", "broken_promise", None),
    # abuse: aimed at the listener, not swearing in praise or about oneself
    ("customer", "Você é um incompetente e um mentiroso.", "customer_abuse", None),
    ("customer", "Vocês são uns ladrões.", "customer_abuse", None),
    ("customer", "Seu palhaço.", "customer_abuse", None),
    ("customer", "Caramba, que rápido, muito obrigada.", None, "customer_abuse"),
    ("customer", "Sou um desastre com o celular, desculpa.", None, "customer_abuse"),
    # sarcasm
    ("customer", "Ótimo, de novo sem luz.", "customer_frustration", None),
    ("customer", "Era só o que faltava, agora nem consigo entrar.", "customer_frustration", None),
    ("customer", "Obrigado por nada.", "customer_frustration", "customer_thanks"),
    # fixes to the older behaviours
    ("agent", "Amanhã de manhã eu te ligo.", "commitment", None),
    ("agent", "Fica agendado para quinta-feira.", "commitment", None),
    ("agent", "Pode ter certeza, chega hoje.", "over_promise", None),
    ("agent", "Meus sentimentos.", "empathy_statement", None),
    ("agent", "Foi um prazer atender a senhora.", "positive_framing", None),
    ("agent", "Posso ajudar em mais alguma coisa?", "closing", "follow_up_check"),
    ("agent", "O problema está resolvido.", None, "follow_up_check"),
    ("customer", "Me cobraram duas vezes a mesma fatura.", "customer_frustration", None),
    ("customer", "Minha mãe faleceu e quero cancelar a linha dela.", "customer_emotion", "customer_frustration"),
]


@pytest.mark.parametrize(("role", "text", "expected", "absent"), ROWS)
def test_portuguese_new_behaviours(role: str, text: str, expected: str | None, absent: str | None) -> None:
    check_row("pt", role, text, expected, absent)


# -- word classes ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("voce", WordClass.SECOND_PERSON),
        ("senhora", WordClass.SECOND_PERSON),
        ("tens", WordClass.SECOND_PERSON),
        ("nosso", WordClass.FIRST_PERSON),
        ("muito", WordClass.INTENSIFIER),
        ("porem", WordClass.CONTRAST),
        ("ainda", WordClass.PERSISTENCE),
        ("chegou", WordClass.SERVICE_VERB),
        ("estornaram", WordClass.SERVICE_VERB),
        ("incompetentes", WordClass.INSULT),
        ("otario", WordClass.INSULT),
        ("porra", WordClass.PROFANITY),
        ("preocupadissima", WordClass.EMOTION),
        ("faleceu", WordClass.EMOTION),
        ("sim", WordClass.YES_NO),
        ("clique", WordClass.INSTRUCTION),
        ("seleciona", WordClass.INSTRUCTION),
        ("aham", WordClass.BACKCHANNEL),
        ("nunca", WordClass.NEGATOR),
    ],
)
def test_word_classes(word: str, bit: int) -> None:
    assert PT.lexeme(word).flags & bit


@pytest.mark.parametrize(
    ("word", "bit"),
    [
        ("credito", WordClass.SERVICE_VERB),  # "cartão de crédito" is no "creditar"
        ("segue", WordClass.INSTRUCTION),  # "segue em anexo" in an e-mail
        ("estas", WordClass.SECOND_PERSON),  # "estás" folds to the demonstrative "estas"
        ("me", WordClass.FIRST_PERSON),  # see words.py
        ("inferno", WordClass.PROFANITY),  # "está um inferno" is frustration, no swearing
    ],
)
def test_word_class_look_alikes(word: str, bit: int) -> None:
    assert not PT.lexeme(word).flags & bit


def test_sentiment_stems_that_would_reach_other_words_are_left_out() -> None:
    assert PT.lexeme("atras").valence == 0.0  # "lá atrás", no delay
    assert PT.lexeme("uteis").valence == 0.0  # "dias úteis", business days
    assert PT.lexeme("mas").valence == 0.0  # "más" folds to "mas" (but)
    assert PT.lexeme("obrigatorio").valence == 0.0  # no thanks in an obligation


def test_stemmer_brings_inflected_forms_together() -> None:
    def stem(word: str) -> str:
        return PT.stem(PT.fold(word))

    assert stem("pedidos") == stem("pedido")
    assert stem("conexões") == stem("conexão")
    assert stem("chegaram") == stem("chegar")


def test_a_shouted_sentence_with_one_letter_words_has_no_acronym() -> None:
    assert "jargon" not in behaviours_in("pt", "agent", "ENVIEI O CÓDIGO POR SMS E O BOLETO")


def test_an_acronym_everyone_knows_is_no_jargon_but_an_internal_one_is() -> None:
    assert "jargon" not in behaviours_in("pt", "agent", "Preciso do CPF e do CEP.")
    assert "jargon" in behaviours_in("pt", "agent", "Anote o NRE da sua remessa.")
    assert "jargon" not in behaviours_in("pt", "agent", "Anote o NRE (o número da remessa).")


# -- questions ---------------------------------------------------------------------------------

def _first_sentence(text: str) -> tuple[str, str]:
    s = read_turn(PT, text).sentences[0]
    return s.kind, s.form


@pytest.mark.parametrize(
    ("text", "kind", "form"),
    [
        ("Qual é o seu CPF?", "question", "interrogative"),
        ("qual e o seu cpf", "question", "interrogative"),
        ("Pode me informar o CPF", "question", "interrogative"),
        ("Consegue ver o botão verde", "question", "interrogative"),
        ("O roteador fica no andar de cima?", "question", "declarative"),
        ("O pacote chegou ontem, né?", "question", "tag"),
        ("Reinicie o modem, tá bom?", "question", "tag"),
        ("Certo?", "question", "bare_tag"),
        # statements that open with a folded interrogative
        ("Como eu disse, a cobrança é mensal.", "statement", ""),
        ("Quanto à sua solicitação, o prazo é de cinco dias.", "statement", ""),
        ("Quando o técnico chegar, assine a ordem.", "statement", ""),
        ("O que eu posso fazer é abrir um chamado.", "statement", ""),
        ("Clique em Configurações e depois em Conta.", "imperative", ""),
        ("Tente reiniciar o aparelho.", "imperative", ""),
    ],
)
def test_question_forms(text: str, kind: str, form: str) -> None:
    assert _first_sentence(text) == (kind, form)


# -- structure: reflections, declarative questions, follow-up checks ---------------------------

def _exchange(*turns: tuple[str, str]) -> list[dict[str, list[object]]]:
    return [dict(found) for found in converse_in("pt", *turns).per_turn]


def test_a_reflection_restates_the_customer_situation() -> None:
    found = _exchange(
        ("customer", "Estou há uma semana sem internet e trabalho de casa."),
        ("agent", "O senhor está há uma semana sem internet e ainda trabalha de casa."),
    )[1]
    assert "paraphrase" in found


def test_a_declarative_question_with_the_customer_words_is_a_paraphrase() -> None:
    found = _exchange(
        ("customer", "O roteador desliga sozinho toda noite."),
        ("agent", "Então o roteador desliga sozinho à noite?"),
    )[1]
    assert "paraphrase" in found


@pytest.mark.parametrize(
    "check", ["Já chegou a mensagem?", "E agora, funcionou?", "Conseguiu entrar no aplicativo?"]
)
def test_follow_up_check_after_the_agent_acted(check: str) -> None:
    found = _exchange(
        ("customer", "Não recebo o código para entrar."),
        ("agent", "Acabei de enviar um código novo por SMS."),
        ("customer", "Ok, um momento."),
        ("agent", check),
    )[3]
    assert "follow_up_check" in found


# -- complaints stated as facts, insults, sarcasm ----------------------------------------------

def _customer_rules(text: str) -> set[str]:
    t = Transcript.model_validate(
        {"id": "t", "language": "pt",
         "turns": [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]}
    )
    return {e.rule for es in extract_signals(t, PT).per_turn[0].values() for e in es}


@pytest.mark.parametrize(
    "text",
    [
        "O estorno ainda não apareceu na minha conta.",
        "Fiz o pedido dia 3 e o pacote continua sem chegar.",
        "Desde segunda estamos sem internet.",
        "o tecnico nao veio",
    ],
)
def test_a_complaint_without_feeling_words_is_an_unmet_expectation(text: str) -> None:
    assert "pt.customer_frustration:unmet_expectation" in _customer_rules(text)
    assert "pt.customer_frustration:unmet_expectation" in _customer_rules(strip_diacritics(text))


def test_a_working_service_is_no_complaint() -> None:
    assert "pt.customer_frustration:unmet_expectation" not in _customer_rules(
        "Já chegou o pacote, tudo perfeito."
    )


def test_insult_aimed_at_the_listener_versus_swearing_in_praise() -> None:
    assert "pt.customer_abuse:aimed_insult" in _customer_rules("Você é um inútil, sério.")
    assert "pt.customer_abuse:angry_profanity" in _customer_rules("Porra, continua sem funcionar.")
    assert not any("customer_abuse" in r for r in _customer_rules("Porra, que rápido, adorei."))


def test_shouting_a_complaint_in_capitals_is_frustration() -> None:
    assert "customer_frustration" in behaviours_in("pt", "customer", "AINDA NÃO CHEGOU NADA")
    assert "customer_frustration" not in behaviours_in("pt", "customer", "JÁ CHEGOU, OBRIGADA")


# -- negation ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("role", "text", "absent"),
    [
        ("agent", "Não lamento nada, são as regras.", "apology"),
        ("customer", "Não estou nada chateada, tranquilo.", "customer_emotion"),
        ("customer", "Não deu certo.", "customer_thanks"),
    ],
)
def test_negation_cancels_the_behaviour(role: str, text: str, absent: str) -> None:
    assert absent not in behaviours_in("pt", role, text)


# -- deadlines read from commitments -----------------------------------------------------------

WED = datetime(2026, 6, 10, 13, 30, tzinfo=timezone.utc)


def _end(day: int, month: int = 6) -> datetime:
    return datetime(2026, month, day, 23, 59, 59, 999999, tzinfo=timezone.utc)


def _due(text: str) -> tuple[datetime | None, bool]:
    t = Transcript.model_validate(
        {
            "id": "t",
            "language": "pt",
            "turns": [
                {"role": "customer", "text": "Quando vou ter notícias?", "timestamp": WED.isoformat()},
                {"role": "agent", "text": text, "timestamp": WED.isoformat()},
            ],
        }
    )
    commitments = extract_signals(t, PT).commitments
    assert commitments, text
    return commitments[0].due, commitments[0].vague


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Vou te ligar amanhã antes do meio-dia.", _end(11)),
        ("Amanhã de manhã eu te ligo.", _end(11)),
        ("Te ligo na sexta sem falta.", _end(12)),
        ("Retornarei hoje à tarde.", _end(10)),
        ("Vou enviar depois de amanhã.", _end(12)),
        ("Te envio o link em uma hora.", WED + timedelta(hours=1)),
        ("Vou enviar o relatório dentro de 48 horas.", WED + timedelta(hours=48)),
        ("Te confirmo às 17:30.", datetime(2026, 6, 10, 17, 30, tzinfo=timezone.utc)),
        ("Vou te ligar às 5 da tarde.", datetime(2026, 6, 10, 17, 0, tzinfo=timezone.utc)),
        ("Vamos estornar o valor em duas semanas.", _end(24)),
        ("Te ligo semana que vem.", _end(17)),
        ("Vou retornar até o fim da semana.", _end(12)),
        ("Te ligo na segunda-feira.", _end(15)),
        ("Vamos devolver o dinheiro em 3 a 5 dias.", _end(15)),
    ],
)
def test_due_time_of_a_commitment(text: str, due: datetime) -> None:
    assert _due(text) == (due, False)
    assert _due(strip_diacritics(text)) == (due, False)


@pytest.mark.parametrize(
    "text", ["Vamos retornar em breve.", "Vou te ligar o quanto antes.", "Te aviso assim que possível."]
)
def test_a_vague_time_promises_nothing_checkable(text: str) -> None:
    assert _due(text) == (None, True)


def test_a_second_is_no_monday() -> None:
    # "segunda via" (a duplicate bill) must not be read as "segunda-feira"
    assert _due("Vou enviar a segunda via do boleto.")[0] is None


def test_business_days_said_after_the_unit() -> None:
    assert _due("Vamos devolver o dinheiro em 5 dias úteis.") == (_end(17), False)


# -- sentiment ---------------------------------------------------------------------------------

def _valence(text: str) -> float:
    t = Transcript.model_validate(
        {"id": "t", "language": "pt",
         "turns": [{"role": "customer", "text": text}, {"role": "agent", "text": "..."}]}
    )
    return extract_signals(t, PT).turns[0].valence


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Muito obrigada, a senhora foi super atenciosa.", 1),
        ("Ótimo, agora funciona tudo perfeitamente.", 1),
        ("Fiquei muito satisfeito com o atendimento.", 1),
        ("Atendimento péssimo, estou indignado.", -1),
        ("Que vergonha, uma semana esperando e ninguém me ajuda.", -1),
        ("O aplicativo é lento e não serve para nada.", -1),
        ("Não estou satisfeito com a resposta.", -1),
        ("nao gostei nada", -1),
        ("ESTOU FARTA DESSA EMPRESA", -1),
    ],
)
def test_sentiment_sign(text: str, sign: int) -> None:
    value = _valence(text)
    assert value * sign > 0, (text, value)
    assert _valence(strip_diacritics(text)) * sign > 0


def test_the_lexicon_has_the_size_the_pack_promises() -> None:
    assert 500 <= len(PT.sentiment_lexicon) <= 900
    assert all(-1.0 <= v <= 1.0 for v in PT.sentiment_lexicon.values())
