"""``LLMJudge``: a generative model as one more evaluator, with every claim checked.

One request per competency and sample (:mod:`csskills.judge._rubric`), a strict parser
(:mod:`csskills.judge._answer`), every quote located in the turn it names
(:mod:`csskills.judge._verify`), N/A rather than an unsupported number, the median of ``k``
samples with its spread and flip rate, tokens and cost per conversation, and a content-addressed
cache (:mod:`csskills.judge._cache`) so that a re-run costs nothing and gives the same
assessments.
"""

from __future__ import annotations

import os
import statistics
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import numpy as np

from csskills._assessment import Assessment, CompetencyScore, Evidence, Failure
from csskills._transcript import Transcript
from csskills.competencies import COMPETENCY_IDS, get_competency
from csskills.evaluate import DefaultEvaluator, Evaluator, overall_from_scores
from csskills.exceptions import (
    ConfigurationError,
    EvaluationError,
    InputFormatError,
    UsageError,
)
from csskills.judge._answer import Answer, parse_answer
from csskills.judge._cache import CachedAnswer, DiskCache, cache_key, default_cache_dir
from csskills.judge._client import FORMAT_MODES, ChatClient, Counters, load_httpx
from csskills.judge._rubric import (
    ASKED,
    RUBRIC_VERSION,
    Conversation,
    build_messages,
    construct_fingerprint,
    render_conversation,
)
from csskills.judge._verify import locate_quote
from csskills.redact import RedactionConfig

__all__ = ["ENV_KEY", "ENV_MODEL", "ENV_URL", "JUDGE_NAME", "JudgeUsage", "LLMJudge"]

#: The evaluator name recorded in judge assessments.
JUDGE_NAME = "csskills.judge"
#: Environment variables: the endpoint's base URL, the model, and the API key (only ever read
#: from the environment, never from a command-line flag or a file).
ENV_URL = "CSSKILLS_JUDGE_URL"
ENV_MODEL = "CSSKILLS_JUDGE_MODEL"
ENV_KEY = "CSSKILLS_JUDGE_KEY"

_HISTORY_ONLY = "history-level competency: never asked of the judge; see the agent's profile trend"
_NOT_ASKED = "not asked of the judge (left out of its competencies setting)"
_REASON_LIMIT = 600

Side = Literal["na", "low", "high"]


@dataclass(frozen=True)
class JudgeUsage:
    """What one :class:`LLMJudge` sent over the network so far (cache hits cost nothing).

    ``requests`` counts HTTP requests including retries; ``cost`` is estimated from the
    per-1k-token prices the judge was given (0 when unknown).
    """

    requests: int
    retries: int
    cache_hits: int
    cache_errors: int
    input_tokens: int
    output_tokens: int
    cost: float


@dataclass
class _Sample:
    """One answer to one competency, checked against the transcript."""

    value: float | None = None
    reason: str = ""
    evidence: tuple[Evidence, ...] = ()
    failed: str | None = None
    unanswered: bool = False  # the endpoint gave no completion (not a malformed one)
    given: int = 0
    exact: int = 0
    normalised: int = 0
    not_found: int = 0
    bad_turn: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    usage_missing: int = 0
    model_value: float | None = None

    @property
    def side(self) -> Side:
        if self.value is None:
            return "na"
        return "high" if self.value >= 50 else "low"


@dataclass
class _Outcome:
    score: CompetencyScore
    stats: dict[str, Any] = field(default_factory=dict)


def _short(text: str, limit: int = _REASON_LIMIT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


class LLMJudge(Evaluator):
    """Scores the competencies with a generative model behind any OpenAI-compatible
    chat-completions endpoint (hosted, or local: Ollama, vLLM, llama.cpp server), and keeps
    only what it can check.

    Every quote the model gives is located in the turn it names and becomes an
    :class:`~csskills.Evidence` span (rule ``judge:<competency>``); quotes that are not there
    are dropped and counted; a number left without a verified quote is N/A (``unsupported:``),
    a number given without any quote too (``No evidence, no score``). A malformed answer is
    asked again ``malformed_retries`` times, then recorded as N/A (``judge failed: ...``), never
    as a guessed score.

    Args:
        model: the model name (default: ``$CSSKILLS_JUDGE_MODEL``).
        base_url: the endpoint, e.g. ``http://localhost:11434/v1`` (default:
            ``$CSSKILLS_JUDGE_URL``). The API key is read from ``$CSSKILLS_JUDGE_KEY``.
        samples: answers per competency; the value is their median, with the spread and the
            flip rate in ``metrics["judge"]``. More than one needs ``temperature`` > 0.
        temperature: sampling temperature (default 0 for one sample, 0.7 for several).
        seed: sent as ``seed`` (``seed + sample index``) for endpoints that honour it; ``None``
            sends none.
        max_tokens: sent as ``max_tokens`` when given.
        response_format: ``"auto"`` (``json_schema``, stepping down to ``json_object`` and
            then to none when the endpoint rejects it), or one of those three always.
        malformed_retries: how often a malformed answer is asked again (with the reason).
        timeout: seconds per request; max_retries: retries after a timeout, connection error,
            408, 429 or 5xx, waiting ``backoff * 2**n`` seconds (with jitter, at most
            ``max_backoff``; at least ``Retry-After``).
        concurrency: requests in flight at once (one conversation's competencies, and several
            conversations in :meth:`evaluate_many`).
        gate: ``True`` (or a rule-based evaluator) keeps a number for a competency the
            :class:`~csskills.DefaultEvaluator` finds no opportunity for only when the judge
            quoted (verified) a customer turn; otherwise N/A with the default's reason.
        competencies: the competency ids to ask (default: all but ``continuous_improvement``,
            which is never asked: it is N/A for one conversation).
        redact: mask e-mails, phone, card and IBAN numbers before sending (default ``True``;
            a :class:`~csskills.redact.RedactionConfig` adds patterns). Masks keep the length,
            so offsets stay exact.
        cache: keep answers on disk under ``cache_dir`` (default
            :func:`~csskills.judge.default_cache_dir`, e.g. ``~/.cache/csskills/judge``).
        price_per_1k_input, price_per_1k_output: prices per 1,000 tokens for the cost
            estimate in ``metrics["judge"]["cost"]`` (0 when unknown).
    """

    name = JUDGE_NAME

    def __init__(
        self,
        model: str | None = None,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        samples: int = 1,
        temperature: float | None = None,
        seed: int | None = 0,
        max_tokens: int | None = None,
        response_format: str = "auto",
        malformed_retries: int = 1,
        timeout: float = 60.0,
        max_retries: int = 4,
        backoff: float = 1.0,
        max_backoff: float = 30.0,
        concurrency: int = 4,
        gate: bool | Evaluator = False,
        competencies: Sequence[str] | None = None,
        redact: bool | RedactionConfig = True,
        cache: bool = True,
        cache_dir: str | os.PathLike[str] | None = None,
        price_per_1k_input: float = 0.0,
        price_per_1k_output: float = 0.0,
    ) -> None:
        load_httpx()  # fail at once, naming the extra, when httpx is missing
        model = model if model is not None else os.environ.get(ENV_MODEL)
        base_url = base_url if base_url is not None else os.environ.get(ENV_URL)
        if not model:
            raise ConfigurationError(
                f"the LLM judge needs a model name: pass model=... or set {ENV_MODEL}"
            )
        if not base_url:
            raise ConfigurationError(
                "the LLM judge needs the endpoint's base URL (e.g. http://localhost:11434/v1): "
                f"pass base_url=... or set {ENV_URL}"
            )
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigurationError(
                f"judge base URL {base_url!r}: expected http(s)://host[:port]/path"
            )
        if samples < 1:
            raise ConfigurationError(f"samples must be at least 1, not {samples}")
        if temperature is None:
            temperature = 0.0 if samples == 1 else 0.7
        if temperature < 0:
            raise ConfigurationError(f"temperature must be >= 0, not {temperature}")
        if samples > 1 and temperature == 0:
            raise ConfigurationError(
                f"samples={samples} at temperature 0 would ask the same question {samples} "
                "times: set temperature > 0 (e.g. 0.7)"
            )
        if response_format not in FORMAT_MODES:
            raise ConfigurationError(
                f"response_format {response_format!r}: expected one of {', '.join(FORMAT_MODES)}"
            )
        for name, number in (
            ("malformed_retries", malformed_retries), ("max_retries", max_retries),
        ):  # fmt: skip
            if number < 0:
                raise ConfigurationError(f"{name} must be >= 0, not {number}")
        if concurrency < 1:
            raise ConfigurationError(f"concurrency must be at least 1, not {concurrency}")
        if timeout <= 0:
            raise ConfigurationError(f"timeout must be > 0 seconds, not {timeout}")
        if max_tokens is not None and max_tokens < 1:
            raise ConfigurationError(f"max_tokens must be at least 1, not {max_tokens}")
        if price_per_1k_input < 0 or price_per_1k_output < 0:
            raise ConfigurationError("token prices must be >= 0")
        if competencies is None:
            asked = ASKED
        else:
            unknown = [c for c in competencies if c not in COMPETENCY_IDS]
            if unknown:
                raise ConfigurationError(
                    f"unknown competency id(s) {', '.join(map(repr, unknown))}; valid ids: "
                    + ", ".join(COMPETENCY_IDS)
                )
            asked = tuple(c for c in ASKED if c in set(competencies))
            if not asked:
                raise ConfigurationError(
                    "nothing to ask the judge: continuous_improvement is never asked (it is N/A "
                    "for one conversation); name at least one of " + ", ".join(ASKED)
                )
        self.model = model
        self.base_url = base_url.rstrip("/")
        self._api_key_given = api_key
        self.samples = samples
        self.temperature = float(temperature)
        self.seed = seed
        self.max_tokens = max_tokens
        self.response_format = response_format
        self.malformed_retries = malformed_retries
        self.timeout = float(timeout)
        self.max_retries = max_retries
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.concurrency = concurrency
        self.gate: Evaluator | None = (
            DefaultEvaluator() if gate is True else gate if isinstance(gate, Evaluator) else None
        )
        self.competencies: tuple[str, ...] = asked
        self.redact = redact
        self.cache_dir: Path | None = (
            Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
        ) if cache else None  # fmt: skip
        self.price_per_1k_input = float(price_per_1k_input)
        self.price_per_1k_output = float(price_per_1k_output)
        self.version = self._version()
        self._constructs = {c: construct_fingerprint(get_competency(c)) for c in ASKED}
        self._cache = DiskCache(self.cache_dir) if self.cache_dir is not None else None
        self._lock = threading.Lock()
        self._gate_lock = threading.Lock()
        self._counters = Counters()
        self._client: ChatClient | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._fatal: ConfigurationError | None = None
        self._inflight: dict[str, Future[_Sample]] = {}

    # -- identity, pickling ---------------------------------------------------------------

    def _version(self) -> str:
        """Changes whenever the scores can: rubric, constructs, model, sampling, gate."""
        constructs = "".join(construct_fingerprint(get_competency(c)) for c in ASKED)
        digest = cache_key({"constructs": constructs})[:8]
        parts = [f"rubric{RUBRIC_VERSION}.{digest}", f"model={self.model}"]
        if self.samples > 1 or self.temperature:
            parts.append(f"k{self.samples}t{self.temperature:g}")
        if self.gate is not None:
            parts.append("gated")
        if self.competencies != ASKED:
            parts.append("only=" + ",".join(self.competencies))
        return "+".join(parts)

    def _settings(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "base_url": self.base_url,
            "samples": self.samples,
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
            "response_format": self.response_format,
            "malformed_retries": self.malformed_retries,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "backoff": self.backoff,
            "max_backoff": self.max_backoff,
            "concurrency": self.concurrency,
            "gate": self.gate if self.gate is not None else False,
            "competencies": self.competencies,
            "redact": self.redact,
            "cache": self.cache_dir is not None,
            "cache_dir": self.cache_dir,
            "price_per_1k_input": self.price_per_1k_input,
            "price_per_1k_output": self.price_per_1k_output,
        }

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{k}={v!r}" for k, v in self._settings().items() if k not in ("gate",)
        )
        return f"LLMJudge({shown}, gate={self.gate is not None})"

    def __getstate__(self) -> dict[str, Any]:
        # The key travels only when it was passed explicitly; otherwise the receiving process
        # reads it from its own environment (it is never written into a pickle by default).
        state = self._settings()
        if self._api_key_given is not None:
            state["api_key"] = self._api_key_given
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def __enter__(self) -> LLMJudge:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool and the request threads (reopened when used again)."""
        with self._lock:
            client, pool = self._client, self._pool
            self._client = self._pool = None
        if pool is not None:
            pool.shutdown(wait=True)
        if client is not None:
            client.close()

    @property
    def usage(self) -> JudgeUsage:
        """Requests, retries, cache hits, tokens and cost spent by this judge so far."""
        with self._lock:
            c = self._counters
            return JudgeUsage(
                requests=c.requests,
                retries=c.retries,
                cache_hits=c.cache_hits,
                cache_errors=c.cache_errors,
                input_tokens=c.input_tokens,
                output_tokens=c.output_tokens,
                cost=self._cost(c.input_tokens, c.output_tokens),
            )

    def _cost(self, tokens_in: int, tokens_out: int) -> float:
        return tokens_in / 1000 * self.price_per_1k_input + (
            tokens_out / 1000 * self.price_per_1k_output
        )

    # -- requests -----------------------------------------------------------------------------

    def _chat(self) -> ChatClient:
        with self._lock:
            if self._client is None:
                key = self._api_key_given
                if key is None:
                    key = os.environ.get(ENV_KEY) or None
                self._client = ChatClient(
                    self.base_url,
                    api_key=key,
                    timeout=self.timeout,
                    max_retries=self.max_retries,
                    backoff=self.backoff,
                    max_backoff=self.max_backoff,
                    pool_size=self.concurrency,
                    format_mode=self.response_format,
                    counters=self._counters,
                    lock=self._lock,
                )
            return self._client

    def _requests(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(
                    max_workers=self.concurrency, thread_name_prefix="csskills-judge"
                )
            return self._pool

    def _key_parts(self, conversation: Conversation, cid: str, sample: int) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "model": self.model,
            "rubric": RUBRIC_VERSION,
            "competency": cid,
            "construct": self._constructs[cid],
            "sampling": {
                "temperature": self.temperature,
                "seed": None if self.seed is None else self.seed + sample,
                "max_tokens": self.max_tokens,
            },
            "sample": sample,
            "conversation": conversation.digest,
        }

    def _body(self, messages: list[dict[str, str]], sample: int) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": self.temperature,
        }
        if self.seed is not None:
            body["seed"] = self.seed + sample
        if self.max_tokens is not None:
            body["max_tokens"] = self.max_tokens
        return body

    def _ask(self, conversation: Conversation, cid: str, sample: int) -> _Sample:
        """One answer about ``cid``: from the cache, or asked (and re-asked when malformed).

        The same question asked twice at once (the same conversation twice in a batch) is sent
        once and both get its answer, so a batch never holds two different answers to one
        cache key.
        """
        if self._fatal is not None:
            raise self._fatal
        parts = self._key_parts(conversation, cid, sample)
        key = cache_key(parts)
        with self._lock:
            running = self._inflight.get(key)
            if running is None:
                mine: Future[_Sample] = Future()
                self._inflight[key] = mine
        if running is not None:
            return running.result()
        try:
            result = self._ask_once(conversation, cid, sample, key, parts)
        except BaseException as exc:
            mine.set_exception(exc)
            raise
        else:
            mine.set_result(result)
            return result
        finally:
            with self._lock:
                del self._inflight[key]

    def _ask_once(
        self, conversation: Conversation, cid: str, sample: int, key: str, parts: dict[str, Any]
    ) -> _Sample:
        if self._cache is not None:
            hit = self._cache.get(key)
            if hit is not None:
                try:
                    answer = parse_answer(hit.content)
                except InputFormatError:
                    pass  # written by an older parser: ask again
                else:
                    with self._lock:
                        self._counters.cache_hits += 1
                    return self._check(answer, conversation, cid, hit)
        messages = build_messages(cid, conversation)
        spent_in = spent_out = missing = 0
        problem = ""
        for attempt in range(self.malformed_retries + 1):
            try:
                done = self._chat().complete(self._body(messages, sample))
            except ConfigurationError as exc:
                self._fatal = exc
                raise
            except EvaluationError as exc:
                return _Sample(
                    failed=f"judge failed: {exc}", unanswered=True, input_tokens=spent_in,
                    output_tokens=spent_out, usage_missing=missing,
                )  # fmt: skip
            spent_in += done.input_tokens
            spent_out += done.output_tokens
            missing += not done.usage_reported
            content = done.content
            if content is None:
                problem = "the response has no message content"
            elif done.finish_reason == "length":
                problem = "the answer was cut off at max_tokens"
            else:
                try:
                    answer = parse_answer(content)
                except InputFormatError as exc:
                    problem = f"malformed answer: {exc}"
                else:
                    entry = CachedAnswer(content, spent_in, spent_out, missing == 0)
                    self._store(key, parts, entry)
                    return self._check(answer, conversation, cid, entry)
            if attempt < self.malformed_retries:
                messages = [
                    *messages,
                    {"role": "assistant", "content": content or ""},
                    {
                        "role": "user",
                        "content": f"That answer could not be used ({problem}). Reply again "
                        "with only the JSON object described above.",
                    },
                ]
        tries = self.malformed_retries + 1
        return _Sample(
            failed=f"judge failed: {problem} ({tries} answer{'s' if tries > 1 else ''})",
            input_tokens=spent_in, output_tokens=spent_out, usage_missing=missing,
        )  # fmt: skip

    def _store(self, key: str, parts: dict[str, Any], entry: CachedAnswer) -> None:
        if self._cache is None:
            return
        try:
            self._cache.put(key, parts, entry)
        except OSError:
            with self._lock:
                self._counters.cache_errors += 1

    # -- checking one answer ------------------------------------------------------------------

    def _check(
        self, answer: Answer, conversation: Conversation, cid: str, entry: CachedAnswer
    ) -> _Sample:
        """The answer with every quote located: spans for the found ones, counts for the rest,
        and N/A for a number that nothing verifiable supports."""
        out = _Sample(
            input_tokens=entry.input_tokens,
            output_tokens=entry.output_tokens,
            usage_missing=0 if entry.usage_reported else 1,
            model_value=answer.value,
            given=len(answer.claims),
        )
        spans: dict[tuple[int, int, int, str], Evidence] = {}
        for claim in answer.claims:
            if not 0 <= claim.turn < len(conversation.turns):
                out.bad_turn += 1
                continue
            found = locate_quote(conversation.turns[claim.turn], claim.quote)
            if found is None:
                out.not_found += 1
                continue
            start, end, how = found
            if how == "exact":
                out.exact += 1
            else:
                out.normalised += 1
            spans.setdefault(
                (claim.turn, start, end, claim.polarity),
                Evidence(
                    turn=claim.turn, start=start, end=end,
                    text=conversation.original[claim.turn][start:end],
                    rule=f"judge:{cid}", polarity=claim.polarity,
                ),
            )  # fmt: skip
        evidence = tuple(spans[k] for k in sorted(spans))
        reason = _short(answer.reason)
        if answer.value is None:
            out.reason = f"judge: {reason}" if reason else "judge: no opportunity"
            out.evidence = evidence
        elif not answer.claims:
            out.reason = (
                f"No evidence, no score: the judge gave {answer.value:g} without quoting "
                "the conversation"
            )
        elif not evidence:
            out.reason = (
                f"unsupported: none of the {len(answer.claims)} quote(s) the judge gave for "
                f"{answer.value:g} is in the turn it named"
            )
        else:
            out.value = answer.value
            out.reason = reason
            out.evidence = evidence
        return out

    # -- one competency from k samples ----------------------------------------------------

    def _combine(
        self, cid: str, samples: list[_Sample], conversation: Conversation,
        gate: CompetencyScore | None,
    ) -> _Outcome:  # fmt: skip
        valid = [s for s in samples if s.failed is None]
        failed = [s for s in samples if s.failed is not None]
        numeric = [s for s in valid if s.value is not None]
        stats: dict[str, Any] = {
            "said": [s.model_value for s in samples],
            "values": [s.value for s in samples],
            "failed": len(failed),
            "gated": False,
        }
        if not valid:
            reason = failed[0].failed or "judge failed"
            stats.update(median=None, min=None, max=None, iqr=None, flip_rate=None)
            return _Outcome(CompetencyScore(value=None, reason=reason), stats)
        values = [s.value for s in numeric if s.value is not None]
        if values:
            q1, q3 = np.percentile(values, [25, 75])
            stats.update(
                median=float(statistics.median(values)), min=min(values), max=max(values),
                iqr=float(q3 - q1),
            )  # fmt: skip
        else:
            stats.update(median=None, min=None, max=None, iqr=None)
        if 2 * len(numeric) > len(valid):  # a majority of the answers carry a verified number
            value = float(statistics.median(values))
            evidence = tuple(sorted(
                {(e.turn, e.start, e.end, e.polarity): e for s in numeric for e in s.evidence}
                .values(),
                key=lambda e: (e.turn, e.start, e.end, e.polarity),
            ))  # fmt: skip
            reasons = [s.reason for s in numeric if s.reason]
            middle = min(numeric, key=lambda s: abs((s.value or 0.0) - value))  # first of ties
            score = CompetencyScore(
                value=value, reason=middle.reason or (reasons[0] if reasons else None),
                opportunities=1, evidence=evidence,
            )  # fmt: skip
            side: Side = "high" if value >= 50 else "low"
        else:
            nas = [s for s in valid if s.value is None]
            common = Counter(s.reason for s in nas).most_common(1)[0][0]
            first = next(s for s in nas if s.reason == common)
            score = CompetencyScore(value=None, reason=common, evidence=first.evidence)
            side = "na"
        stats["flip_rate"] = sum(s.side != side for s in valid) / len(valid)
        if gate is not None and gate.value is None and score.value is not None:
            customer = any(conversation.roles[e.turn] == "customer" for e in score.evidence)
            if not customer:
                score = CompetencyScore(value=None, reason=gate.reason or "no opportunity")
                stats["gated"] = True
        return _Outcome(score, stats)

    # -- the evaluator protocol -------------------------------------------------------------

    def evaluate(self, transcript: Transcript) -> Assessment:
        """Assess one transcript: one request per asked competency and sample (cached)."""
        if not isinstance(transcript, Transcript):
            raise UsageError(f"expected a csskills.Transcript, got {type(transcript).__name__}")
        if self._fatal is not None:
            raise self._fatal
        conversation = render_conversation(transcript, self.redact)
        warnings: list[str] = []
        gate_scores: dict[str, CompetencyScore] | None = None
        if self.gate is not None:
            # One at a time: the rules are CPU-bound (threads gain nothing), and the rule-based
            # evaluator compiles its packs on first use, once rather than once per thread.
            with self._gate_lock:
                ruled = self.gate.evaluate(transcript)
            if ruled.language is None:
                warnings.append(
                    "gate skipped: the rule-based evaluator could not read the language, so "
                    "it cannot tell which competencies had an opportunity"
                )
            else:
                gate_scores = dict(ruled.scores)
        jobs = [(cid, k) for cid in self.competencies for k in range(self.samples)]
        answers = self._run(conversation, jobs)
        scores: dict[str, CompetencyScore] = {}
        per: dict[str, Any] = {}
        quotes = Counter[str]()
        tokens_in = tokens_out = missing = failures = unanswered = 0
        for cid in COMPETENCY_IDS:
            if cid == "continuous_improvement":
                scores[cid] = CompetencyScore(value=None, reason=_HISTORY_ONLY)
                continue
            if cid not in self.competencies:
                scores[cid] = CompetencyScore(value=None, reason=_NOT_ASKED)
                continue
            samples = [answers[(cid, k)] for k in range(self.samples)]
            unanswered += all(s.unanswered for s in samples)
            for s in samples:
                quotes.update(
                    given=s.given, verified=s.exact + s.normalised, exact=s.exact,
                    normalised=s.normalised, not_found=s.not_found, bad_turn=s.bad_turn,
                )  # fmt: skip
                tokens_in += s.input_tokens
                tokens_out += s.output_tokens
                missing += s.usage_missing
            gate = gate_scores.get(cid) if gate_scores is not None else None
            outcome = self._combine(cid, samples, conversation, gate)
            scores[cid] = outcome.score
            per[cid] = outcome.stats
            failures += outcome.score.reason is not None and outcome.score.reason.startswith(
                "judge failed"
            )
        if self.competencies and unanswered == len(self.competencies):
            # The endpoint never answered: a failure of the conversation (a re-run asks again),
            # not an assessment full of N/A.
            first = scores[self.competencies[0]].reason
            raise EvaluationError(f"the judge endpoint answered no request: {first}")
        if failures:
            warnings.append(f"the judge failed on {failures} competenc(y/ies); see their reasons")
        dropped = quotes["not_found"] + quotes["bad_turn"]
        if dropped:
            warnings.append(
                f"{dropped} of {quotes['given']} quote(s) from the judge could not be found in "
                "the transcript and were dropped"
            )
        judge_metrics: dict[str, Any] = {
            "model": self.model,
            "rubric": RUBRIC_VERSION,
            "samples": self.samples,
            "temperature": self.temperature,
            "requests": len(jobs),
            "quotes": {k: quotes[k] for k in
                       ("given", "verified", "exact", "normalised", "not_found", "bad_turn")},
            "tokens": {"input": tokens_in, "output": tokens_out, "unreported": missing},
            "cost": self._cost(tokens_in, tokens_out),
            "competencies": per,
        }  # fmt: skip
        roles = Counter(conversation.roles)
        return Assessment(
            transcript_id=transcript.id,
            agent_id=transcript.agent_id,
            customer_id=transcript.customer_id,
            channel=transcript.channel,
            language=transcript.language,
            started_at=transcript.started_at,
            evaluator=self.info,
            overall=overall_from_scores(scores),
            scores=scores,
            metrics={
                "turns": len(transcript.turns),
                "agent_turns": roles["agent"],
                "customer_turns": roles["customer"],
                "judge": judge_metrics,
            },
            warnings=tuple(warnings),
            metadata=dict(transcript.metadata),
        )

    def _run(
        self, conversation: Conversation, jobs: list[tuple[str, int]]
    ) -> dict[tuple[str, int], _Sample]:
        if self.concurrency == 1 or len(jobs) <= 1:
            return {job: self._ask(conversation, *job) for job in jobs}
        pool = self._requests()
        futures = {job: pool.submit(self._ask, conversation, *job) for job in jobs}
        try:
            return {job: f.result() for job, f in futures.items()}
        finally:
            for f in futures.values():
                f.cancel()

    def _one(self, transcript: Transcript) -> Assessment | Failure:
        try:
            return self.evaluate(transcript)
        except Exception as exc:
            return Failure(
                transcript_id=getattr(transcript, "id", None),
                evaluator=self.name,
                error_type=type(exc).__name__,
                message=str(exc),
            )

    def iter_evaluate(
        self,
        transcripts: Iterable[Transcript | Failure],
        *,
        n_jobs: int | None = None,
        chunksize: int = 256,
    ) -> Iterator[Assessment | Failure]:
        """Assess lazily, in input order, with up to ``concurrency`` requests in flight.

        The work is waiting on the endpoint, so conversations run on threads of this process;
        ``n_jobs`` and ``chunksize`` are accepted for the evaluator protocol and not used
        (``concurrency`` is the one limit on the endpoint's load).
        """
        del n_jobs, chunksize
        window = 2 * self.concurrency
        pending: list[Future[Assessment | Failure] | Failure] = []
        with ThreadPoolExecutor(
            max_workers=self.concurrency, thread_name_prefix="csskills-judge-conversation"
        ) as conversations:
            try:
                for item in transcripts:
                    if isinstance(item, Failure):
                        pending.append(item)
                    else:
                        pending.append(conversations.submit(self._one, item))
                    while len(pending) >= window:
                        yield _resolve(pending.pop(0))
                while pending:
                    yield _resolve(pending.pop(0))
            finally:
                for p in pending:
                    if isinstance(p, Future):
                        p.cancel()


def _resolve(item: Future[Assessment | Failure] | Failure) -> Assessment | Failure:
    return item if isinstance(item, Failure) else item.result()
