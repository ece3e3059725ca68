"""Every quote checked: find the judge's words in the turn it named, with exact offsets.

First an exact search; then a tolerant one on both sides normalised the same way (Unicode NFKC,
case folding, typographic quotes and dashes folded, runs of whitespace as one space, and
finally surrounding punctuation of the quote dropped), with the match mapped back to offsets in
the original text. A quote found neither way is unverifiable and is dropped by the judge.
"""

from __future__ import annotations

import string
import unicodedata
from typing import Literal

__all__ = ["locate_quote", "normalise"]

_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2026": "...",
    }
)  # fmt: skip
_EDGE = string.punctuation + "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2026 "

Match = Literal["exact", "normalised"]


def _mapped(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` normalised, and for each of its characters the original span it came from.

    A base character and the combining marks after it are normalised together, so the map
    never splits a character the reader sees as one.
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    space = True  # drops leading whitespace
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j]).casefold().translate(_FOLD)
        for ch in piece:
            if ch.isspace():
                if space:
                    continue
                ch, space = " ", True
            else:
                space = False
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    if out and out[-1] == " ":
        out.pop()
        starts.pop()
        ends.pop()
    return "".join(out), starts, ends


def normalise(text: str) -> str:
    """``text`` as the tolerant search compares it (NFKC, case, quotes, whitespace)."""
    return _mapped(text)[0]


def locate_quote(text: str, quote: str) -> tuple[int, int, Match] | None:
    """``(start, end, how)`` of the first occurrence of ``quote`` in ``text``, or ``None``.

    ``text[start:end]`` is the original span (it may differ from ``quote`` in case, width,
    quote marks or whitespace when ``how`` is ``"normalised"``).
    """
    if not quote.strip():
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote), "exact"
    norm, starts, ends = _mapped(text)
    wanted = normalise(quote)
    at = norm.find(wanted) if wanted else -1
    if at < 0:
        wanted = wanted.strip(_EDGE)
        at = norm.find(wanted) if wanted else -1
    if at < 0:
        return None
    start, end = starts[at], ends[at + len(wanted) - 1]
    return start, end, "normalised"
