"""Text built to hurt backtracking matchers: near-misses of every English phrase rule, long runs.

Also the conversation shapes that once made scoring (or reading a CSV) grow faster than the
input. Imported by the hostile-input tests and by ``benchmarks/worst_case.py``, by nothing in
the library.
"""

from __future__ import annotations

import re
from pathlib import Path

from csskills import Transcript, Turn
from csskills.lang import get_language

_SYNTAX = re.compile(r"[()\[\]|~*]")


def _phrase_words(pattern: str) -> list[str]:
    """The literal words of a phrase rule, first alternative of each group."""
    out: list[str] = []
    for token in re.split(r"\s+", pattern):
        first = token.split("|")[0]
        word = _SYNTAX.sub("", first)
        if word:
            out.append(word)
    return out


def near_misses(code: str = "en") -> list[str]:
    """For every rule: its words with the last one cut short, and with a stray word in a gap."""
    pack = get_language(code)
    misses: list[str] = []
    for table in (pack.agent_rules, pack.customer_rules):
        for patterns in table.values():
            for pattern in patterns:
                words = _phrase_words(pattern)
                if not words:
                    continue
                cut = [*words[:-1], words[-1][:-1] or "x"]
                misses.append(" ".join(cut))
                misses.append(" ".join([*words[:-1], "zz zz zz zz", words[-1]]))
                misses.append(", - ; ".join(words) + "q")
    return misses


def hostile_text(size: int, code: str = "en") -> str:
    """About ``size`` characters: runs of one character and separators between near-misses."""
    block = " ".join(near_misses(code))
    pieces = [
        block,
        "a" * 20_000,
        " " + ", -" * 5_000 + " ",
        "so " * 5_000,
        "sorry" * 2_000,
        "?" * 5_000 + "!" * 5_000,
        "1" * 10_000,
        "A" * 10_000,
    ]
    unit = " ".join(pieces)
    text = (unit * (size // len(unit) + 1))[:size]
    return text


# -- shapes that once grew faster than their input (issue 12) -----------------------------------
# Each builder takes a size ``n``; the benchmark (``benchmarks/worst_case.py``) times n and 4n
# (the CSV, 2n), the linear-time tests (``test_linear_shapes.py``) a small n and 4n.


def repeated_agent_turn(phrase: str, n: int) -> Transcript:
    """One customer greeting, then one agent turn of ``phrase`` repeated ``n`` times."""
    return Transcript(
        id=f"repeated-{n}",
        language="en",
        turns=[Turn(role="customer", text="Hi"), Turn(role="agent", text=phrase * n)],
    )


def customer_turns_then_agent(n: int) -> Transcript:
    """``n`` customer turns in a row, then one agent turn (the agent answers once, at the end)."""
    customer = Turn(role="customer", text="My order has not arrived and nobody answers.")
    return Transcript(
        id=f"customers-{n}",
        language="en",
        turns=[*([customer] * n), Turn(role="agent", text="Sorry, let me check that for you.")],
    )


def timed_commitments(n: int) -> Transcript:
    """``n`` turns alternating agent / customer, every turn with a ``start`` time (10 s apart),
    every agent turn a promise with a time ("I'll call you back tomorrow at 10:00.")."""
    agent = "I'll call you back tomorrow at 10:00."
    customer = "OK, thanks."
    return Transcript(
        id=f"commitments-{n}",
        language="en",
        turns=[
            Turn(role="agent" if i % 2 == 0 else "customer",
                 text=agent if i % 2 == 0 else customer, start=10.0 * i)
            for i in range(n)
        ],
    )  # fmt: skip


def distinct_sentences(n: int, role: str = "agent") -> Transcript:
    """One turn of ``n`` different sentences (questions, for the customer) of five content
    words or more, sharing two of them: every sentence is a candidate for "repeating oneself"
    (agent) or "asking again" (customer), none is one, so each is compared with all the
    candidates it is compared with."""
    if role == "customer":  # two numbers shared by none
        sentences = [f"Is it {1000 + i} or {20000 + i} for order {300000 + i}?" for i in range(n)]
    else:
        sentences = [
            f"Your order {1000 + i} left depot {20000 + i} via hub {300000 + i}." for i in range(n)
        ]
    other = "agent" if role == "customer" else "customer"
    return Transcript(
        id=f"distinct-{role}-{n}",
        language="en",
        turns=[Turn(role=other, text="Hello"), Turn(role=role, text=" ".join(sentences))],  # type: ignore[arg-type]
    )


STRAY_QUOTE_MAPPING = "id=id,role=role,text=text"


def stray_quote_csv(path: Path, rows: int) -> Path:
    """A CSV of ``rows`` turns (four per conversation) with a stray quote on every row: the
    text cell opens with a quoted word followed by more text (``"Thanks" for waiting``), which
    strict CSV refuses, so every row is an error in its place and reading resumes after it.
    Read it with ``csskills.read(path, format="generic", mapping=STRAY_QUOTE_MAPPING,
    errors="collect")``."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id,role,text\n")
        for i in range(rows):
            role = "customer" if i % 2 == 0 else "agent"
            handle.write(f'c{i // 4},{role},"Thanks" for waiting, row {i}\n')
    return path
