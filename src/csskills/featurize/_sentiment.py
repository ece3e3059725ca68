"""The customer's sentiment trajectory from the language pack's own valence lexicon.

Only packs with a ``sentiment_lexicon`` give a sentiment: for any other language the result is
``None`` (no guess, no English fallback). A word's valence is flipped and halved when one of the
pack's ``negators`` stands within ``negation_window`` words before it ("not happy" is mildly
negative, "not bad" mildly positive). A turn's valence is the sum of its word valences divided by
(number of valence words + 1), so it stays in (-1, 1) and one word counts less than several.
Only the opening and closing customer turns are scanned (at most three each), so the cost does not
grow with the length of the conversation.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Any

from csskills._assessment import Evidence
from csskills.featurize._signals import Signals
from csskills.lang import CompiledRules, Language, Rule, compile_rules

_make_evidence = Evidence
WINDOW = 3  # customer turns averaged at each end of the conversation


@dataclass(frozen=True, slots=True)
class _Lexicon:
    compiled: CompiledRules  # every lexicon entry as a phrase rule: one trie-shaped regex
    values: dict[str, float]  # rule pattern -> valence
    negation: re.Pattern[str] | None


_CACHE: dict[type[Language], _Lexicon | None] = {}


def _lexicon(pack: Language) -> _Lexicon | None:
    """The pack's lexicon compiled like its phrase rules (built once per pack class)."""
    key = type(pack)
    if key not in _CACHE:
        table = getattr(pack, "sentiment_lexicon", None) or {}
        if not table:
            _CACHE[key] = None
        else:
            # "rip-off" is written "rip off" in the rule syntax (a dash separates words).
            rules = [
                Rule(
                    id=f"{pack.code}.sentiment:{word}",
                    pattern=word.replace("-", " "),
                    behaviours=("sentiment",),
                )
                for word in table
            ]
            values = {word.replace("-", " "): float(value) for word, value in table.items()}
            _CACHE[key] = _Lexicon(compile_rules(rules, pack.fold), values, pack.negation_regex)
    return _CACHE[key]


def turn_sentiment(
    pack: Language, text: str, turn: int = 0, *, spans: bool = True
) -> tuple[float, list[Evidence]] | None:
    """Valence of one text in (-1, 1) and the spans that carry it; ``None`` without a lexicon.

    ``spans=False`` skips building the evidence (the valence is the same).
    """
    lex = _lexicon(pack)
    if lex is None:
        return None
    folded = pack.fold(text)
    total = 0.0
    hits: list[Evidence] = []
    count = 0
    negation = lex.negation
    targets = lex.compiled.targets
    for m in lex.compiled.regex.finditer(folded):
        value = lex.values[targets[m.lastindex or 0][0].pattern]
        start, end = m.span()
        # The pack's own negation test: a negator within its window, in the same sentence.
        negated = negation is not None and negation.search(folded, max(0, start - 40), start)
        if negated:
            value = -0.5 * value
        total += value
        count += 1
        if not spans:
            continue
        hits.append(
            _make_evidence(
                turn=turn,
                start=start,
                end=end,
                text=text[start:end],
                rule=f"{pack.code}.sentiment:{'negated ' if negated else ''}{folded[start:end]}",
                behaviour=None,
                polarity="positive" if value > 0 else "negative",
            )
        )
    return total / (count + 1), hits


def conversation_sentiment(signals: Signals) -> tuple[dict[str, Any] | None, list[Evidence]]:
    """Start, end and shift of the customer's sentiment, and the closing turns' spans.

    ``start``/``end`` average the first/last ``min(3, ceil(n / 3))`` customer turns; ``shift`` is
    ``end - start`` (``None`` with a single customer turn); ``de_escalated`` says whether a
    customer who started negative ended less negative (``None`` when they did not start negative).
    """
    pack = signals.language
    if pack is None or _lexicon(pack) is None:
        return None, []
    texts = signals.transcript.turns
    customer = signals.customer_turns()
    if not customer:
        return None, []
    n = len(customer)
    k = min(WINDOW, -(-n // 3))
    head = customer[:k]
    tail = customer[-k:]
    valences: dict[int, float] = {}
    closing: list[Evidence] = []
    for c in dict.fromkeys(head + tail):
        result = turn_sentiment(pack, texts[c].text, c, spans=c in tail)
        assert result is not None
        valences[c], hits = result
        if c in tail:
            closing += hits
    start = statistics.fmean(valences[c] for c in head)
    end = statistics.fmean(valences[c] for c in tail)
    shift = end - start if n > 1 else None
    return {
        "start": start,
        "end": end,
        "shift": shift,
        "de_escalated": (end > start) if shift is not None and start < 0 else None,
        "customer_turns": n,
        "window": k,
    }, closing


__all__ = ["conversation_sentiment", "turn_sentiment"]
