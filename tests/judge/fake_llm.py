"""A local fake of an OpenAI-compatible chat-completions endpoint, scripted per request.

Standard library only (``http.server.ThreadingHTTPServer`` on 127.0.0.1, a free port), so it
needs no model and no network. Each request is answered, in this order, by the next reply
queued for its competency (:meth:`FakeLLM.queue`), else by the next reply queued for any
request, else by :attr:`FakeLLM.handler` (by default :func:`good_answer`: a mid-range score
quoting the first words of the first agent and customer turns verbatim).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_TURN = re.compile(r"^\[(\d+)\] (\w+)(?: \(at [^)]*\))?: (.*)$")
_COMPETENCY = re.compile(r"^Competency: .* \((\w+)\)$", re.MULTILINE)


@dataclass
class Reply:
    """What the server sends back: a status, a body (dict as JSON, str as is), headers, and
    how long to wait first (past the client's timeout to simulate a hung endpoint)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class Asked:
    """One request as the judge sent it."""

    body: dict[str, Any]
    competency: str
    turns: list[tuple[str, str]]
    headers: dict[str, str]

    @property
    def user(self) -> str:
        return str(self.body["messages"][1]["content"])

    @property
    def format(self) -> str:
        fmt = self.body.get("response_format")
        return "none" if fmt is None else str(fmt["type"])


def completion(
    content: str | None,
    *,
    prompt_tokens: int = 100,
    completion_tokens: int = 20,
    finish_reason: str = "stop",
    usage: bool = True,
) -> Reply:
    """A 200 chat completion carrying ``content``."""
    body: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish_reason,
            }
        ],
    }
    if usage:
        body["usage"] = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
    return Reply(body=body)


def answer(value: float | None, evidence: list[dict[str, Any]], reason: str = "ok") -> Reply:
    """A completion whose content is the answer object."""
    return completion(json.dumps({"value": value, "reason": reason, "evidence": evidence}))


def parse_turns(user: str) -> list[tuple[str, str]]:
    """``(role, text)`` of each numbered turn of the conversation in a judge prompt."""
    turns: list[tuple[str, str]] = []
    for line in user.splitlines():
        m = _TURN.match(line)
        if m:
            assert int(m.group(1)) == len(turns), "turns are numbered from 0, in order"
            turns.append((m.group(2), m.group(3)))
        elif line.startswith("    ") and turns:
            role, text = turns[-1]
            turns[-1] = (role, text + "\n" + line[4:])
        elif turns and not line.strip():
            break
    return turns


def first_words(text: str, n: int = 4) -> str:
    """The first ``n`` words of ``text``, exactly as they are written there."""
    m = re.match(rf"\s*((?:\S+\s+){{0,{n - 1}}}\S+)", text)
    return m.group(1) if m else text


def good_answer(asked: Asked) -> Reply:
    """A verifiable answer: 70, quoting the first agent turn and the first customer turn."""
    evidence = []
    for role, polarity in (("agent", "positive"), ("customer", "context")):
        for i, (r, text) in enumerate(asked.turns):
            if r == role and text.strip():
                evidence.append({"turn": i, "quote": first_words(text), "polarity": polarity})
                break
    return answer(70, evidence, reason=f"scored {asked.competency}")


class FakeLLM:
    """The server; ``requests`` lists every request received (retries included)."""

    def __init__(self) -> None:
        self.handler: Callable[[Asked], Reply] = good_answer
        self.requests: list[Asked] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._queues: dict[str | None, deque[Reply | Callable[[Asked], Reply]]] = defaultdict(
            deque
        )
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                reply = fake._reply(self.path, raw, dict(self.headers))
                try:
                    if reply.delay:
                        time.sleep(reply.delay)
                    body = reply.body
                    data = (
                        body.encode() if isinstance(body, str)
                        else json.dumps(body if body is not None else {}).encode()
                    )  # fmt: skip
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (timeout test)
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def _reply(self, path: str, raw: bytes, headers: dict[str, str]) -> Reply:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        if not path.endswith("/chat/completions"):
            return Reply(status=404, body={"error": {"message": f"no route {path}"}})
        body = json.loads(raw)
        user = body["messages"][1]["content"]
        m = _COMPETENCY.search(user)
        asked = Asked(body, m.group(1) if m else "?", parse_turns(user), headers)
        with self._lock:
            self.requests.append(asked)
            queue = self._queues.get(asked.competency) or self._queues.get(None)
            scripted = queue.popleft() if queue else None
        if scripted is None:
            return self.handler(asked)
        return scripted(asked) if callable(scripted) else scripted

    def queue(
        self, *replies: Reply | Callable[[Asked], Reply], competency: str | None = None
    ) -> None:
        """Answer the next requests (for ``competency``, or any) with ``replies``, in order."""
        with self._lock:
            self._queues[competency].extend(replies)

    def count(self, competency: str | None = None) -> int:
        """Requests received (for ``competency``)."""
        with self._lock:
            return sum(1 for r in self.requests if competency in (None, r.competency))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
