"""The "Customer Support on Twitter" CSV (Kaggle ``twcs.csv``), threads rebuilt from reply links.

Columns: ``tweet_id, author_id, inbound, created_at, text, response_tweet_id,
in_response_to_tweet_id``. ``inbound`` says who wrote a tweet: ``True`` is a customer, ``False``
a company support account (the agent; its ``author_id``, e.g. ``AppleSupport``, is the agent id,
since the data set names no individual agents). Nothing about roles is guessed.

Threads: every tweet that answers no tweet of the file starts a conversation; every tweet that
answers one joins its thread (``in_response_to_tweet_id``, and ``response_tweet_id`` lists in
the other direction). A thread whose first tweet answers a tweet missing from the file is marked
``metadata["partial"] = True``. Turns are in ``created_at`` order; the conversation id is
``twcs-<first tweet id>``. A thread with no company reply has nothing to score: it is an error
(a Failure with ``errors="collect"``) unless the caller asks to leave such threads out with
``unanswered="drop"``. A row with a bad value is a located error (``file:line``).
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from csskills._assessment import Failure
from csskills._limits import csv_fields_unbounded
from csskills._transcript import Transcript, Turn
from csskills.exceptions import ConfigurationError, InputFormatError
from csskills.io.formats._common import (
    ErrorMode,
    PathLike,
    Where,
    _decode,
    build,
    failure,
    read_bytes,
    source_name,
)
from csskills.redact import describe_value

NAME = "twcs"
COLUMNS = (
    "tweet_id",
    "author_id",
    "inbound",
    "created_at",
    "text",
    "response_tweet_id",
    "in_response_to_tweet_id",
)
_TIME = "%a %b %d %H:%M:%S %z %Y"


def sniff_columns(columns: Sequence[str]) -> bool:
    """The twcs header: every one of its seven columns is present."""
    return set(COLUMNS) <= {c.strip() for c in columns}


@dataclass(frozen=True)
class _Tweet:
    id: str
    author: str
    inbound: bool
    created: datetime
    text: str
    parent: str | None
    replies: tuple[str, ...]
    line: int


def _tweet_id(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    return value[:-2] if value.endswith(".0") else value


def _parse_row(row: dict[str, str], where: Where) -> _Tweet:
    tid = _tweet_id(row.get("tweet_id") or "")
    if tid is None:
        raise where.error("tweet_id: required value is empty")
    inbound = (row.get("inbound") or "").strip().lower()
    if inbound not in {"true", "false"}:
        raise where.error(
            f"inbound: {describe_value(row.get('inbound'))} is neither True (customer) nor False "
            "(company): "
            "the author's role is unknown"
        )
    raw_time = (row.get("created_at") or "").strip()
    try:
        created = datetime.strptime(raw_time, _TIME)
    except ValueError:
        try:
            created = datetime.fromisoformat(raw_time)
        except ValueError:
            raise where.error(f"created_at: not a date-time: {describe_value(raw_time)}") from None
    author = (row.get("author_id") or "").strip()
    if not author:
        raise where.error("author_id: required value is empty")
    replies = tuple(
        r for r in (_tweet_id(x) for x in (row.get("response_tweet_id") or "").split(",")) if r
    )
    return _Tweet(
        tid,
        author,
        inbound == "true",
        created,
        row.get("text") or "",
        _tweet_id(row.get("in_response_to_tweet_id") or ""),
        replies,
        where.line or 0,
    )


def read_twcs(
    path: PathLike,
    *,
    errors: ErrorMode = "raise",
    unanswered: Literal["fail", "drop"] = "fail",
) -> Iterator[Transcript | Failure]:
    """Read the Twitter customer-support CSV as one transcript per reply thread.

    The whole file is read first (threads can be spread over it), then each thread is yielded
    in the order of its first tweet in the file.
    """
    if errors not in ("raise", "collect"):
        raise ConfigurationError(f"errors must be 'raise' or 'collect', not {errors!r}")
    if unanswered not in ("fail", "drop"):
        raise ConfigurationError(f"unanswered must be 'fail' or 'drop', not {unanswered!r}")
    source = source_name(path)
    with csv_fields_unbounded():  # a tweet thread's text can exceed csv's 131,072 characters
        yield from _read(source, _decode(read_bytes(path), source), errors, unanswered)


def _read(
    source: str, text: str, errors: ErrorMode, unanswered: str
) -> Iterator[Transcript | Failure]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise InputFormatError(
            f"not a twcs CSV: missing column(s) {', '.join(missing)}", source=source, line=1
        )
    tweets: dict[str, _Tweet] = {}
    order: list[str] = []
    bad: list[InputFormatError] = []
    line = reader.line_num + 1
    for row in reader:
        where = Where(source, line)
        line = reader.line_num + 1
        try:
            tweet = _parse_row(row, where)
        except InputFormatError as exc:
            if errors == "raise":
                raise
            bad.append(exc)
            continue
        if tweet.id in tweets:
            duplicate = where.error(
                f"tweet_id {tweet.id} already appears on line {tweets[tweet.id].line}"
            )
            if errors == "raise":
                raise duplicate
            bad.append(duplicate)
            continue
        tweets[tweet.id] = tweet
        order.append(tweet.id)
    for problem in bad:
        yield failure(problem)
    yield from _threads(tweets, order, source, errors, unanswered)


def _threads(
    tweets: dict[str, _Tweet],
    order: list[str],
    source: str,
    errors: ErrorMode,
    unanswered: str,
) -> Iterator[Transcript | Failure]:
    children: dict[str, set[str]] = defaultdict(set)
    for tweet in tweets.values():
        if tweet.parent is not None and tweet.parent in tweets:
            children[tweet.parent].add(tweet.id)
        for reply in tweet.replies:
            if reply in tweets and tweets[reply].parent in (None, tweet.id):
                children[tweet.id].add(reply)
    for tid in order:
        root = tweets[tid]
        if root.parent is not None and root.parent in tweets:
            continue  # not a thread start
        members: list[_Tweet] = []
        stack = [tid]
        seen: set[str] = set()
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            members.append(tweets[current])
            stack.extend(children.get(current, ()))
        members.sort(key=lambda t: (t.created, int(t.id) if t.id.isdigit() else 0, t.id))
        where = Where(source, root.line)
        if not any(not t.inbound for t in members):
            if unanswered == "drop":
                continue
            unanswered_error = where.error(
                f"thread twcs-{tid} ({len(members)} tweet(s)) has no reply from a company "
                "account (inbound=False): there is no agent turn to score"
            )
            if errors == "raise":
                raise unanswered_error
            yield failure(unanswered_error, transcript_id=f"twcs-{tid}")
            continue
        customers = {t.author for t in members if t.inbound}
        try:
            yield build(
                where,
                id=f"twcs-{tid}",
                turns=tuple(
                    Turn(
                        role="customer" if t.inbound else "agent",
                        text=t.text,
                        speaker_id=t.author,
                        timestamp=t.created,
                        metadata={"tweet_id": t.id},
                    )
                    for t in members
                ),
                customer_id=next(iter(customers)) if len(customers) == 1 else None,
                channel="social",
                metadata={"source_format": NAME, "partial": root.parent is not None},
            )
        except InputFormatError as exc:
            if errors == "raise":
                raise
            yield failure(exc, transcript_id=f"twcs-{tid}")
