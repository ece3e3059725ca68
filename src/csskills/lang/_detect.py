"""Language detection from the rule packs' own function-word profiles (no heavy dependency).

Each pack's stop words are its function-word profile: the language whose profile covers the
largest share of the text's words wins. Too little text, or no profile covering enough of it,
gives an explicit "undetermined" result with the reason, never a silent English default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from csskills.lang import get_language, supported_languages

_WORD = re.compile(r"\w+(?:'\w+)?")
MIN_WORDS = 3
MIN_COVERAGE = 0.12


@dataclass(frozen=True)
class Detection:
    """The detected language code (``None`` when undetermined), a 0-1 confidence and why."""

    code: str | None
    confidence: float
    reason: str


def detect_language(texts: Iterable[str], candidates: Iterable[str] | None = None) -> Detection:
    """Detect the language of ``texts`` among ``candidates`` (default: every supported pack)."""
    codes = tuple(candidates) if candidates is not None else supported_languages()
    text = " ".join(texts)
    coverage: dict[str, float] = {}
    n_words = 0
    for code in codes:
        pack = get_language(code)
        words = _WORD.findall(pack.fold(text))
        n_words = max(n_words, len(words))
        if not words:
            continue
        stops = pack.folded_stop_words
        coverage[code] = sum(1 for w in words if w in stops) / len(words)
    if n_words < MIN_WORDS:
        return Detection(None, 0.0, f"too little text to detect the language ({n_words} words)")
    if not coverage:
        return Detection(None, 0.0, "no words in a script the supported packs read")
    ranked = sorted(coverage.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_cov = ranked[0]
    if best_cov < MIN_COVERAGE:
        return Detection(
            None,
            0.0,
            f"the text matches no supported language's function words well enough "
            f"(best: {best}, {best_cov:.0%} of words); supported: {', '.join(codes)}",
        )
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (best_cov - runner_up) / best_cov
    confidence = min(1.0, best_cov / 0.35) * (0.5 + 0.5 * margin)
    return Detection(best, confidence, f"function words: {best_cov:.0%} of words")
