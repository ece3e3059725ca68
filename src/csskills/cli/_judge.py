"""``--evaluator`` and the ``--judge-*`` options of ``csskills score``, and the evaluator built.

The judge's API key is read only from ``CSSKILLS_JUDGE_KEY``: a key on the command line would
end up in shell histories and process lists, so there is no flag for it.
"""

from __future__ import annotations

import argparse

from csskills.evaluate import DefaultEvaluator, Evaluator
from csskills.redact import RedactionConfig

__all__ = ["EVALUATOR_CHOICES", "add_judge_arguments", "make_evaluator"]

EVALUATOR_CHOICES = ("default", "judge")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number >= 1")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number >= 0")
    return value


def _non_negative(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a number >= 0")
    return value


def _positive(text: str) -> float:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a number > 0")
    return value


def add_judge_arguments(parser: argparse.ArgumentParser) -> None:
    """``--evaluator`` and the LLM judge's options (``--judge-*``)."""
    parser.add_argument(
        "--evaluator", choices=EVALUATOR_CHOICES, default="default",
        help="default: the rule-based evaluator; judge: an LLM behind an OpenAI-compatible "
        "endpoint, every quote checked (needs pip install 'csskills[judge]')",
    )  # fmt: skip
    group = parser.add_argument_group(
        "LLM judge (--evaluator judge; the API key is read from CSSKILLS_JUDGE_KEY only)"
    )
    group.add_argument(
        "--judge-url", metavar="URL",
        help="base URL of the chat-completions endpoint, e.g. http://localhost:11434/v1 "
        "(default: $CSSKILLS_JUDGE_URL)",
    )  # fmt: skip
    group.add_argument(
        "--judge-model", metavar="NAME",
        help="model name (default: $CSSKILLS_JUDGE_MODEL)",
    )  # fmt: skip
    group.add_argument(
        "--judge-samples", type=_positive_int, default=1, metavar="K",
        help="answers per competency; the median is kept, spread and flip rate recorded (1)",
    )  # fmt: skip
    group.add_argument(
        "--judge-temperature", type=_non_negative, metavar="T",
        help="sampling temperature (default 0 for one sample, 0.7 for several)",
    )  # fmt: skip
    group.add_argument(
        "--judge-concurrency", type=_positive_int, default=4, metavar="N",
        help="requests in flight at once (4)",
    )  # fmt: skip
    group.add_argument(
        "--judge-timeout", type=_positive, default=60.0, metavar="SECONDS",
        help="seconds per request (60)",
    )  # fmt: skip
    group.add_argument(
        "--judge-retries", type=_non_negative_int, default=4, metavar="N",
        help="retries after a timeout, connection error, 429 or 5xx, with backoff (4)",
    )  # fmt: skip
    group.add_argument(
        "--judge-format", choices=("auto", "json_schema", "json_object", "none"),
        default="auto",
        help="structured output: auto tries json_schema, then json_object, then none",
    )  # fmt: skip
    group.add_argument(
        "--judge-max-tokens", type=_positive_int, metavar="N",
        help="max_tokens per answer (default: the endpoint's)",
    )  # fmt: skip
    group.add_argument(
        "--judge-gate", action="store_true",
        help="keep a score where the rule-based evaluator sees no opportunity only when the "
        "judge quotes the customer turn that gives it",
    )  # fmt: skip
    group.add_argument(
        "--judge-competency", action="append", metavar="ID",
        help="ask only about this competency (repeatable; default: all nine)",
    )  # fmt: skip
    group.add_argument(
        "--judge-cache", metavar="DIR",
        help="answer cache folder (default: ~/.cache/csskills/judge or the platform's)",
    )  # fmt: skip
    group.add_argument(
        "--no-judge-cache", dest="judge_use_cache", action="store_false",
        help="ask the endpoint every time (nothing read from or written to the cache)",
    )  # fmt: skip
    group.add_argument(
        "--judge-price-input", type=_non_negative, default=0.0, metavar="PRICE",
        help="price per 1,000 input tokens, for the cost estimate (0)",
    )  # fmt: skip
    group.add_argument(
        "--judge-price-output", type=_non_negative, default=0.0, metavar="PRICE",
        help="price per 1,000 output tokens, for the cost estimate (0)",
    )  # fmt: skip
    group.add_argument(
        "--judge-send-pii", action="store_true",
        help="send e-mails, phone, card and IBAN numbers to the endpoint unmasked "
        "(masked by default, like evidence in the output)",
    )  # fmt: skip


def make_evaluator(args: argparse.Namespace) -> Evaluator:
    """The evaluator the options ask for: the rule-based one, or the LLM judge."""
    language = getattr(args, "language", None)
    default_language = getattr(args, "default_language", None)
    if getattr(args, "evaluator", "default") != "judge":
        return DefaultEvaluator(language=language, default_language=default_language)
    from csskills.judge import LLMJudge  # only when asked for

    redaction: bool | RedactionConfig = True
    if args.judge_send_pii:
        redaction = False
    elif getattr(args, "redact_pattern", None):
        redaction = RedactionConfig.with_patterns(args.redact_pattern)
    gate: bool | Evaluator = False
    if args.judge_gate:
        gate = DefaultEvaluator(language=language, default_language=default_language)
    return LLMJudge(
        model=args.judge_model,
        base_url=args.judge_url,
        samples=args.judge_samples,
        temperature=args.judge_temperature,
        max_tokens=args.judge_max_tokens,
        response_format=args.judge_format,
        timeout=args.judge_timeout,
        max_retries=args.judge_retries,
        concurrency=args.judge_concurrency,
        gate=gate,
        competencies=args.judge_competency,
        redact=redaction,
        cache=args.judge_use_cache,
        cache_dir=args.judge_cache,
        price_per_1k_input=args.judge_price_input,
        price_per_1k_output=args.judge_price_output,
    )
