"""Text built to hurt backtracking matchers: near-misses of every English phrase rule, long runs.

Imported by the hostile-input tests and by nothing in the library.
"""

from __future__ import annotations

import re

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
