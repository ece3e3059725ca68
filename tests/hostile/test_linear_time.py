"""Scoring time grows linearly with the text, even for text built to hurt backtracking matchers.

The text (``adversarial.py``) holds near-misses of every phrase rule of the English pack, long
runs of one character, of separators, of question and exclamation marks, of digits and of
capitals. A quadratic regex anywhere on the hot path makes the 1 MB case 16x slower than the
250 KB case; linear code makes it about 4x. The absolute bound leaves room for a loaded
2-core CI machine (a 1 MB turn takes about 3 s on a laptop).
"""

from __future__ import annotations

import gc
import time

import pytest

from csskills import Transcript, Turn, evaluate
from csskills.redact import redact
from tests.hostile.adversarial import hostile_text


def _seconds(text: str, role: str, language: str | None) -> float:
    other = "customer" if role == "agent" else "agent"
    transcript = Transcript(
        id="adversarial",
        turns=[Turn(role=other, text="This is useless!"), Turn(role=role, text=text)],  # type: ignore[arg-type]
        language=language,
    )
    started = time.process_time()  # CPU time: other jobs on a shared machine do not count
    evaluate(transcript)
    return time.process_time() - started


@pytest.mark.parametrize(
    ("role", "language"), [("agent", "en"), ("customer", "en"), ("agent", None)]
)
def test_a_1mb_adversarial_turn_scores_in_linear_time(role: str, language: str | None) -> None:
    _seconds(hostile_text(10_000), role, language)  # compile the packs outside the timing
    gc.collect()
    gc.disable()  # a full collection landing in one size only is a step, not a trend
    try:
        small = min(_seconds(hostile_text(250_000), role, language) for _ in range(2))
        large = _seconds(hostile_text(1_000_000), role, language)
        if large >= 8 * max(small, 0.05):  # one stalled run on a loaded machine: once more
            large = min(large, _seconds(hostile_text(1_000_000), role, language))
    finally:
        gc.enable()
    assert large < 60, f"1 MB took {large:.1f} s"
    assert large < 8 * max(small, 0.05), f"250 KB {small:.2f} s, 1 MB {large:.2f} s: not linear"


def test_redaction_is_linear_on_adversarial_text() -> None:
    pieces = ["1 " * 50_000, "a." * 50_000 + "@", "+" + "1-" * 50_000, "DE89 " * 20_000,
              "4111 " * 20_000, "x@" * 50_000]  # fmt: skip
    for piece in pieces:
        small, large = piece[: len(piece) // 4], piece
        t0 = time.perf_counter()
        assert len(redact(small)) == len(small)
        t1 = time.perf_counter()
        assert len(redact(large)) == len(large)
        t2 = time.perf_counter()
        assert t2 - t1 < 8 * max(t1 - t0, 0.02), f"{piece[:10]!r}: not linear"
