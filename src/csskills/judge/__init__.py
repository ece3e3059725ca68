"""An optional LLM judge whose every claim is checked (extra ``csskills[judge]``).

:class:`LLMJudge` is one more evaluator: it asks a generative model behind any
OpenAI-compatible chat-completions endpoint to score each competency from its construct, then
keeps only what it can verify: every quote is located in the turn it names and becomes an
evidence span with offsets; a number without a verified quote is N/A. Samples give a median
with its spread and flip rate; tokens and cost are recorded per conversation; answers are
cached on disk, so a re-run costs nothing and gives the same assessments. See
``docs/guides/llm-judge.md``.

Importing this package never needs httpx; building an :class:`LLMJudge` does.
"""

from csskills.judge._answer import Answer, Claim, parse_answer
from csskills.judge._cache import default_cache_dir
from csskills.judge._client import FORMAT_MODES
from csskills.judge._judge import ENV_KEY, ENV_MODEL, ENV_URL, JUDGE_NAME, JudgeUsage, LLMJudge
from csskills.judge._rubric import (
    ASKED,
    RESPONSE_SCHEMA,
    RUBRIC_VERSION,
    Conversation,
    build_messages,
    render_conversation,
)
from csskills.judge._verify import locate_quote, normalise

__all__ = [
    "ASKED",
    "ENV_KEY",
    "ENV_MODEL",
    "ENV_URL",
    "FORMAT_MODES",
    "JUDGE_NAME",
    "RESPONSE_SCHEMA",
    "RUBRIC_VERSION",
    "Answer",
    "Claim",
    "Conversation",
    "JudgeUsage",
    "LLMJudge",
    "build_messages",
    "default_cache_dir",
    "locate_quote",
    "normalise",
    "parse_answer",
    "render_conversation",
]
