"""Every conversation shape of issue 12 costs about 4x the time for 4x the input.

One test per shape (``adversarial.py`` builds them; ``benchmarks/worst_case.py`` times them at
the sizes of the issue): a small size n and 4n, CPU time, after a warm-up run (packs compiled
outside the timing), best of 3 for n and of 2 for 4n. A quadratic shape gave 10-17x here
before its fix. Linear code gives 4-6.4x at these sizes, not 4x: the function calls grow
exactly 4x (cProfile), but the cost of each grows with the working set (one suggestion costs
74, 87, 113 and 125 us at 1,000, 4,000, 16,000 and 32,000 repetitions, collector paused), so
the bound is 8x, between the two. A large run over the bound (but under twice it) is timed
once more before failing: one stalled run on a loaded 2-core machine is not a trend.

The cyclic garbage collector is paused while timing: a conversation of 8,000 turns keeps about
half a million objects alive until its assessment is built, and the first full collections
that this crosses (Python starts one when the objects that survived grew by a quarter) add
40-60% to 4n and nothing to n, a step, not a trend (without the collector, 500 / 2,000 /
8,000 / 16,000 customer turns cost 0.14 ms a turn at every size).

Each shape was quadratic once (a check of every sentence or match against every other span of
the turn); the fixes index spans by bisection (``featurize._turn.Intervals``,
``TurnText.sentence_index``) and compare a sentence with the last ``LOOKBACK`` sentences only.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from csskills import Failure, Transcript, evaluate, read
from tests.hostile.adversarial import (
    STRAY_QUOTE_MAPPING,
    customer_turns_then_agent,
    distinct_sentences,
    repeated_agent_turn,
    stray_quote_csv,
    timed_commitments,
)

GROWTH = 8.0  # allowed time ratio for 4x the input (see the module docstring)
FLOOR = 0.02  # seconds: below this a ratio is noise


def _cpu(fn: Callable[[], object]) -> float:
    started = time.process_time()
    fn()
    return time.process_time() - started


def _growth(small: Callable[[], object], large: Callable[[], object]) -> tuple[float, float]:
    """CPU seconds of ``small`` and of ``large`` (best of 3 and of 2, after a warm-up; a third
    run of ``large`` when near the bound), collector paused: the same chance of a lucky run on
    both sides, so that one busy moment of a shared machine does not make a ratio."""
    small()
    gc.collect()
    gc.disable()
    try:
        t_small = max(min(_cpu(small) for _ in range(3)), FLOOR)
        t_large = min(_cpu(large) for _ in range(2))
        if GROWTH * t_small < t_large < 2 * GROWTH * t_small:  # near the bound: once more
            t_large = min(t_large, _cpu(large))
    finally:
        gc.enable()
    return t_small, t_large


def _assert_linear(make: Callable[[int], Transcript], n: int) -> None:
    small, large = make(n), make(4 * n)
    t_small, t_large = _growth(lambda: evaluate(small), lambda: evaluate(large))
    assert t_large <= GROWTH * t_small, (
        f"n={n:,}: {t_small:.3f} s, 4n: {t_large:.3f} s ({t_large / t_small:.1f}x): not linear"
    )




def test_thanks_and_a_question_repeated_in_one_agent_turn() -> None:
    _assert_linear(lambda n: repeated_agent_turn("Thanks! What is your name? ", n), 500)


def test_a_follow_up_check_repeated_in_one_agent_turn() -> None:
    _assert_linear(lambda n: repeated_agent_turn("Did that fix it? ", n), 500)


def test_many_customer_turns_then_one_agent_turn() -> None:
    _assert_linear(customer_turns_then_agent, 500)


def test_commitments_in_turns_with_start_times() -> None:
    # 1,000 and 4,000 turns: at 500 the quadratic part is still small beside the linear one
    _assert_linear(timed_commitments, 1_000)


def test_promises_repeated_in_one_agent_turn() -> None:
    _assert_linear(lambda n: repeated_agent_turn("I'll call you back tomorrow at 10:00. ", n), 500)


def test_suggestions_repeated_in_one_agent_turn() -> None:
    phrase = "You can try restarting it, or I can send a new one. "
    _assert_linear(lambda n: repeated_agent_turn(phrase, n), 1_000)  # 400 is 0.03 s: noise


@pytest.mark.parametrize("role", ["agent", "customer"])
def test_distinct_long_sentences_in_one_turn(role: str) -> None:
    # each sentence is compared with the last LOOKBACK ones, not with every earlier one
    _assert_linear(lambda n: distinct_sentences(n, role), 1_000)


def test_csv_with_a_stray_quote_on_every_row(tmp_path: Path) -> None:
    # 10,000 and 40,000 rows: the copy per bad row (fixed) gave 9.7x here, 6.3x at 5,000
    small = stray_quote_csv(tmp_path / "small.csv", 10_000)
    large = stray_quote_csv(tmp_path / "large.csv", 40_000)

    def read_all(path: Path) -> None:
        items = list(read(path, format="generic", mapping=STRAY_QUOTE_MAPPING, errors="collect"))
        assert items and all(isinstance(x, Failure) for x in items), "every row is a bad row"

    t_small, t_large = _growth(lambda: read_all(small), lambda: read_all(large))
    assert t_large <= GROWTH * t_small, (
        f"10,000 rows: {t_small:.3f} s, 40,000: {t_large:.3f} s ({t_large / t_small:.1f}x)"
    )
