"""The chat-completions client: one ``POST {base_url}/chat/completions`` at a time, retried.

Retries, with exponential backoff and jitter: timeouts, connection errors, 408, 429 (waiting at
least what ``Retry-After`` asks) and every 5xx. Not retried, because no retry can fix them:
401/403 (the key) and 404 (the URL or the model), raised at once as
:class:`~csskills.exceptions.ConfigurationError`. Any other answer that is not a completion is
an :class:`~csskills.exceptions.EvaluationError` for that one request.

Structured output is negotiated: ``auto`` sends a ``json_schema`` response format, and when the
endpoint rejects it (HTTP 400/422 whose message names the response format) steps down to
``json_object`` and then to no ``response_format`` at all, remembering the step for the
following requests of the same judge.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from csskills._optional import require
from csskills.exceptions import ConfigurationError, EvaluationError, InputFormatError
from csskills.judge._rubric import response_format

if TYPE_CHECKING:
    import httpx

__all__ = ["FORMAT_MODES", "ChatClient", "Completion", "load_httpx"]

#: ``response_format`` settings: negotiate (``auto``), or always send one kind (or none).
FORMAT_MODES = ("auto", "json_schema", "json_object", "none")
_STEP_DOWN = {"json_schema": "json_object", "json_object": "none"}
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "response format", "schema")
_MAX_RETRY_AFTER = 600.0


def load_httpx() -> Any:
    """The ``httpx`` module, or :class:`~csskills.MissingDependencyError` naming the extra."""
    return require("httpx", extra="judge", feature="the LLM judge (csskills.judge)")


@dataclass(frozen=True)
class Completion:
    """The message content of one completion and the tokens it cost."""

    content: str | None
    finish_reason: str | None
    input_tokens: int
    output_tokens: int
    usage_reported: bool


@dataclass
class Counters:
    """What was sent over the network by one judge (not part of any assessment)."""

    requests: int = 0
    retries: int = 0
    cache_hits: int = 0
    cache_errors: int = 0
    input_tokens: int = 0
    output_tokens: int = 0


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return min(max(0.0, seconds), _MAX_RETRY_AFTER)


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _error_text(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return _short(response.text)
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict):
            msg = err.get("message") or err.get("detail") or err
            return _short(str(msg))
        return _short(str(err))
    return _short(str(data))


class ChatClient:
    """A thread-safe client of one OpenAI-compatible endpoint (one connection pool)."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None,
        timeout: float,
        max_retries: int,
        backoff: float,
        max_backoff: float,
        pool_size: int,
        format_mode: str,
        counters: Counters,
        lock: threading.Lock,
    ) -> None:
        hx = load_httpx()
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.configured = format_mode
        self.mode = "json_schema" if format_mode == "auto" else format_mode
        self.counters = counters
        self._lock = lock
        self._random = random.Random()
        headers = {"Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        self._client: httpx.Client = hx.Client(
            timeout=hx.Timeout(timeout),
            limits=hx.Limits(max_connections=pool_size, max_keepalive_connections=pool_size),
            headers=headers,
        )
        self._hx = hx

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def _wait(self, attempt: int, retry_after: float | None) -> float:
        """Exponential backoff with equal jitter; never shorter than ``Retry-After``."""
        delay = min(self.max_backoff, self.backoff * 2.0**attempt)
        delay = delay / 2 + self._random.uniform(0, delay / 2)
        if retry_after is not None:
            delay = retry_after + self._random.uniform(0, min(1.0, self.backoff))
        return delay

    def _step_down(self, sent: str, response: httpx.Response) -> bool:
        """Whether a 400/422 rejected the response format (and the mode was lowered)."""
        if self.configured != "auto" or sent == "none" or response.status_code not in (400, 422):
            return False
        if not any(w in _error_text(response).lower() for w in _FORMAT_WORDS):
            return False
        with self._lock:
            if self.mode == sent:
                self.mode = _STEP_DOWN[sent]
        return True

    def complete(self, body: dict[str, Any]) -> Completion:
        """POST ``body`` (without ``response_format``: it is added here) and return the
        completion, retrying what can be retried."""
        hx = self._hx
        attempt = 0
        while True:
            mode = self.mode
            payload = dict(body)
            fmt = response_format(mode)
            if fmt is not None:
                payload["response_format"] = fmt
            retry_after: float | None = None
            with self._lock:
                self.counters.requests += 1
            try:
                response = self._client.post(self.url, json=payload)
            except hx.TimeoutException:
                problem = f"no answer within {self.timeout:g} s"
            except hx.TransportError as exc:
                problem = f"connection error: {_short(str(exc)) or type(exc).__name__}"
            else:
                status = response.status_code
                if status == 200:
                    try:
                        return self._completion(response.json())
                    except ValueError:
                        problem = "the response is not JSON"
                elif self._step_down(mode, response):
                    continue  # the same request in a format the endpoint accepts; no retry used
                elif status in (401, 403):
                    raise ConfigurationError(
                        f"the judge endpoint {self.url} refused the request (HTTP {status}: "
                        f"{_error_text(response)}); set CSSKILLS_JUDGE_KEY to a valid key"
                    )
                elif status == 404:
                    raise ConfigurationError(
                        f"the judge endpoint {self.url} answered HTTP 404 "
                        f"({_error_text(response)}): check the base URL (it usually ends in "
                        "/v1) and the model name"
                    )
                elif status == 408 or status == 429 or status >= 500:
                    problem = f"HTTP {status}: {_error_text(response)}"
                    retry_after = _retry_after(response.headers.get("retry-after"))
                else:
                    raise EvaluationError(f"HTTP {status}: {_error_text(response)}")
            if attempt >= self.max_retries:
                tries = "1 attempt" if attempt == 0 else f"{attempt + 1} attempts"
                raise EvaluationError(f"{problem} ({tries})")
            with self._lock:
                self.counters.retries += 1
            time.sleep(self._wait(attempt, retry_after))
            attempt += 1

    def _completion(self, data: Any) -> Completion:
        if not isinstance(data, dict):
            raise InputFormatError("the response is not a JSON object")
        usage = data.get("usage")
        reported = isinstance(usage, dict)
        tokens_in = tokens_out = 0
        if isinstance(usage, dict):
            tokens_in = _count(usage.get("prompt_tokens", usage.get("input_tokens")))
            tokens_out = _count(usage.get("completion_tokens", usage.get("output_tokens")))
        with self._lock:
            self.counters.input_tokens += tokens_in
            self.counters.output_tokens += tokens_out
        content: str | None = None
        finish: str | None = None
        choices = data.get("choices")
        if isinstance(choices, list) and choices and isinstance(choices[0], dict):
            choice = choices[0]
            finish = choice.get("finish_reason") if isinstance(
                choice.get("finish_reason"), str
            ) else None
            message = choice.get("message")
            if isinstance(message, dict):
                raw = message.get("content")
                if isinstance(raw, str):
                    content = raw
                elif isinstance(raw, list):  # content parts: keep the text ones
                    content = "".join(
                        p["text"] for p in raw
                        if isinstance(p, dict) and isinstance(p.get("text"), str)
                    )  # fmt: skip
        return Completion(content, finish, tokens_in, tokens_out, reported)


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
