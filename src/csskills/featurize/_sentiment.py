"""The customer's sentiment trajectory from the language pack's own valence lexicon.

Only packs with a ``sentiment_lexicon`` give a sentiment: for any other language the result is
``None`` (no guess, no English fallback). A word's valence is flipped and halved when one of the
pack's negators stands within three words before it, in the same clause ("not happy" is mildly
negative, "not bad" mildly positive), and strengthened by half after an intensifier. A turn's
valence is the sum of its word valences divided by (number of valence words + 1), so it stays
near (-1, 1) and one word counts less than several.
"""

from __future__ import annotations

import statistics
from typing import Any

from csskills._assessment import Evidence
from csskills.featurize._signals import Signals
from csskills.featurize._turn import read_turn, sentiment_spans
from csskills.lang import Language

WINDOW = 3  # customer turns averaged at each end of the conversation


def turn_sentiment(pack: Language, text: str, turn: int = 0) -> tuple[float, list[Evidence]] | None:
    """Valence of one text and the spans that carry it; ``None`` without a lexicon."""
    if not pack.has_sentiment:
        return None
    t = read_turn(pack, text)
    total = sum(s.valence for s in t.sentences)
    hits = sentiment_spans(pack, turn, t)
    return total / (len(hits) + 1), hits


def conversation_sentiment(signals: Signals) -> tuple[dict[str, Any] | None, list[Evidence]]:
    """Start, end and shift of the customer's sentiment, and the closing turns' spans.

    ``start``/``end`` average the first/last ``min(3, ceil(n / 3))`` customer turns; ``shift`` is
    ``end - start`` (``None`` with a single customer turn); ``de_escalated`` says whether a
    customer who started negative ended less negative (``None`` when they did not start negative).
    """
    pack = signals.language
    if pack is None or not pack.has_sentiment:
        return None, []
    customer = signals.customer_turns()
    if not customer:
        return None, []
    n = len(customer)
    k = min(WINDOW, -(-n // 3))
    head = customer[:k]
    tail = customer[-k:]

    def valence(c: int) -> float:
        t = signals.turns[c]
        return t.valence / (t.valence_words + 1)

    start = statistics.fmean(valence(c) for c in head)
    end = statistics.fmean(valence(c) for c in tail)
    shift = end - start if n > 1 else None
    closing = [e for c in tail for e in signals.turns[c].sentiment]
    return {
        "start": start,
        "end": end,
        "shift": shift,
        "de_escalated": (end > start) if shift is not None and start < 0 else None,
        "customer_turns": n,
        "window": k,
    }, closing


__all__ = ["conversation_sentiment", "turn_sentiment"]
