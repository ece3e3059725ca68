"""Length-preserving text folding: case, accents and typographic quotes.

Matching runs on a folded copy of each turn whose characters line up one-to-one with the
original, so an evidence span found in the folded text is the same span in the original text.
``str.lower`` and ``str.casefold`` can change the length ("İ" becomes two code points, "ß"
becomes "ss" under casefold), so every mapping here is built character by character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from itertools import accumulate, chain


def _single_lower(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def _strip_mark(ch: str) -> str:
    """The base letter of an accented Latin letter ("é" -> "e"), else the character itself."""
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if len(decomposed) > 1 and base.isascii() and base.isalpha():
        return base
    return ch


_EXTRA_FOLDS = {
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "“": '"',
    "”": '"',
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ı": "i",  # Turkish dotless i, for accent-insensitive matching
    "ß": "s",  # keeps one character; rule words are folded the same way
    "\u00a0": " ",
    "\u202f": " ",
}


@lru_cache(maxsize=8)
def fold_table(
    *, strip_accents: bool = True, extra: tuple[tuple[str, str], ...] = ()
) -> Mapping[int, str]:
    """A ``str.translate`` table mapping every non-ASCII code point that folds to one character."""
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2100):
        ch = chr(cp)
        out = _single_lower(ch)
        if strip_accents:
            out = _strip_mark(out)
        if out != ch:
            table[cp] = out
    for src, dst in _EXTRA_FOLDS.items():
        if strip_accents or src in "’‘ʼ`“”\u00a0\u202f":
            table[ord(src)] = dst
    for src, dst in extra:
        table[ord(src)] = dst
    return table


_DEFAULT_TABLE = fold_table()


def fold(text: str, table: Mapping[int, str] = _DEFAULT_TABLE) -> str:
    """Lower-case and strip accents without changing the length of ``text``.

    ASCII text takes the fast path (``str.lower``); other text goes through ``table``.
    """
    if text.isascii():
        return text.lower()
    folded = text.translate(table)
    low = folded.lower()
    if len(low) == len(folded):
        return low
    return "".join(_single_lower(ch) for ch in folded)  # pragma: no cover - rare scripts


# Turkish casing: dotless capital I lower-cases to dotless ı, dotted capital İ to i. Both then
# fold to "i" with the other Turkish letters (ş ç ğ ö ü â î û), so that chat typed without
# Turkish letters ("kizgin", "tesekkurler") matches rules written with them.
_TURKISH_EXTRA = (("I", "ı"), ("İ", "i"), ("ı", "i"), ("î", "i"), ("â", "a"), ("û", "u"))
_TURKISH_TABLE = fold_table(extra=_TURKISH_EXTRA)
_TURKISH_LOWER = str.maketrans({"I": "ı", "İ": "i"})


def fold_turkish(text: str) -> str:
    """Turkish-cased, then accent-folded ``text`` (same length as ``text``).

    The result is what :func:`fold` gives too for most text, but it does not depend on the
    locale-free ``str.lower`` (which maps ``İ`` to two code points and ``I`` to ``i``): the
    Turkish casing is applied first, explicitly, then the dotless ``ı`` folds to ``i``.
    """
    if text.isascii():
        return text.lower()
    cased = text.translate(_TURKISH_LOWER)
    return fold(cased, _TURKISH_TABLE)


def nfc(text: str) -> str:
    """Unicode NFC, the form the rule packs are written in."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


# A number keeps its decimal point, thousands separator, clock colon or date slash ("12.50",
# "1,000", "17:30", "31/03"); a word keeps inner apostrophes ("don't", "l'ordre"); a newline is a
# token (it ends a sentence in e-mails and lists); any other non-space character is a token alone.
_TOKEN = r"\n|\d+(?:[.,:/]\d+)*|\w+(?:'\w+)*|[^\w\s]"
_TOKENS = re.compile(_TOKEN)
# The same, with the blank before each token captured: one findall gives tokens and offsets.
_SPACED = re.compile(rf"([^\S\n]*)({_TOKEN})")


def tokenize(folded: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens of a folded text with their start and end offsets (same offsets as the original)."""
    pairs = _SPACED.findall(folded)
    if not pairs:
        return [], [], []
    blanks, tokens = zip(*pairs, strict=True)
    # offsets: running sum of blank, token, blank, token... lengths (all in C)
    lengths = zip(map(len, blanks), map(len, tokens), strict=True)
    offsets = list(accumulate(chain.from_iterable(lengths)))
    return list(tokens), offsets[0::2], offsets[1::2]


def rule_tokens(word: str) -> list[str]:
    """How a word of a phrase rule splits into tokens (the same way as text)."""
    return _TOKENS.findall(word)
