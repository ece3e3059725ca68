"""Language detection from the rule packs' own profiles (no heavy dependency).

Two cues, both taken from the packs themselves so that a new pack is detected without any
other change:

* **function words** (each pack's ``stop_words``), compared after folding, so text typed without
  diacritics is still recognised; a word that several packs list (Spanish and Portuguese "de")
  counts ``1/k`` for each of the ``k`` packs, so closely related languages are told apart by the
  words they do not share;
* **letters** typical of a spelling (each pack's ``letters``: "ñ", "ğ", "ő", "ā"), weighted the
  same way; they help most on short texts and vanish, harmlessly, when diacritics are dropped.

Too little evidence, a tie between two languages, or a script no pack reads gives an explicit
"undetermined" result with the reason: csskills never silently scores a text as English.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from csskills.lang._registry import get_language, supported_languages
from csskills.lang._text import fold

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# URLs, e-mail addresses and @handles say nothing about the language ("com" is Portuguese).
# Look-behinds start a URL or address only where a word/run starts: same matches, linear time.
_NOISE = re.compile(r"(?<!\w)\w+://\S+|www\.\S+|(?<!\S)\S+@\S+|@\w+|#\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# A letter cue is worth this many function words.
LETTER_WEIGHT = 0.5
# Below this much evidence (in function-word units) the language is undetermined.
MIN_EVIDENCE = 1.0
# Below this share of the text's words covered by the best profile, long texts are undetermined.
MIN_COVERAGE = 0.08
# The runner-up may reach at most this share of the winner's evidence.
MAX_RIVAL_SHARE = 0.8
# Confidence under which a conversation is detected turn by turn (see DefaultEvaluator).
CONFIDENT = 0.5


@dataclass(frozen=True)
class Detection:
    """The detected language code (``None`` when undetermined), a 0-1 confidence and why.

    ``scores`` holds the evidence per candidate (function-word units), for diagnostics.
    """

    code: str | None
    confidence: float
    reason: str
    scores: Mapping[str, float] | None = None


@dataclass(frozen=True)
class _Profiles:
    words: Mapping[str, tuple[str, ...]]  # folded function word -> packs listing it
    letters: Mapping[str, tuple[str, ...]]  # lower-case letter -> packs listing it
    codes: tuple[str, ...]


@lru_cache(maxsize=8)
def _profiles(codes: tuple[str, ...]) -> _Profiles:
    words: dict[str, list[str]] = {}
    letters: dict[str, list[str]] = {}
    for code in codes:
        pack = get_language(code)
        for word in pack.folded_stop_words:
            words.setdefault(word, []).append(code)
        for letter in set(pack.letters.lower()) | set(pack.letters):
            letters.setdefault(letter, []).append(code)
    return _Profiles(
        {w: tuple(c) for w, c in words.items()},
        {ch: tuple(c) for ch, c in letters.items()},
        codes,
    )


def _foreign_script(text: str) -> str | None:
    """The name of the main non-Latin script when most letters are in one, else ``None``."""
    if text.isascii():
        return None
    latin = len(_ASCII_LETTER.findall(text))
    other: dict[str, int] = {}
    for ch in _NON_ASCII.findall(text):
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ")[0] if name else "UNKNOWN"
        if script == "LATIN":
            latin += 1
        else:
            other[script] = other.get(script, 0) + 1
    if not other:
        return None
    script, count = max(other.items(), key=lambda kv: kv[1])
    return script.title() if count > latin else None


def detect_language(texts: Iterable[str], candidates: Iterable[str] | None = None) -> Detection:
    """Detect the language of ``texts`` among ``candidates`` (default: every supported pack).

    The confidence grows with the amount of evidence (saturating after a handful of function
    words) and with the margin over the runner-up; a short or ambiguous text gets a low one.
    """
    codes = tuple(candidates) if candidates is not None else supported_languages()
    text = _NOISE.sub(" ", " ".join(texts))
    script = _foreign_script(text)
    if script is not None:
        return Detection(
            None,
            0.0,
            f"the text is mostly in {script} script, which no supported pack reads; "
            f"supported: {', '.join(codes)}",
        )
    profiles = _profiles(codes)
    words = _WORD.findall(fold(text))
    n_words = len(words)
    scores = dict.fromkeys(codes, 0.0)
    for word in words:
        owners = profiles.words.get(word)
        if owners:
            share = 1.0 / len(owners)
            for code in owners:
                scores[code] += share
    for ch in _NON_ASCII.findall(text):
        owners = profiles.letters.get(ch)
        if owners:
            share = LETTER_WEIGHT / len(owners)
            for code in owners:
                scores[code] += share
    if n_words == 0:
        return Detection(None, 0.0, "no words to detect the language from", scores)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, best_score = ranked[0]
    runner, runner_score = ranked[1] if len(ranked) > 1 else ("", 0.0)
    if best_score < MIN_EVIDENCE:
        return Detection(
            None,
            0.0,
            f"too little text to detect the language ({n_words} words, no function word or "
            f"letter typical of one supported language)",
            scores,
        )
    coverage = min(1.0, best_score / n_words)
    if n_words >= 8 and coverage < MIN_COVERAGE:
        return Detection(
            None,
            0.0,
            f"the text matches no supported language's function words well enough (best: "
            f"{best}, {coverage:.0%} of {n_words} words); supported: {', '.join(codes)}",
            scores,
        )
    if runner_score > MAX_RIVAL_SHARE * best_score:
        return Detection(
            None,
            0.0,
            f"ambiguous between {best} ({best_score:.1f}) and {runner} ({runner_score:.1f})",
            scores,
        )
    margin = (best_score - runner_score) / best_score
    evidence = 1.0 - math.exp(-best_score / 2.0)
    confidence = evidence * (0.4 + 0.6 * margin) * min(1.0, 0.5 + coverage * 2.5)
    return Detection(
        best,
        confidence,
        f"function words and letters: {best} {best_score:.1f} vs {runner or '-'} "
        f"{runner_score:.1f} over {n_words} words",
        scores,
    )
