"""Process-parallel scoring that keeps input order and memory flat.

Transcripts are sent to worker processes in chunks; at most ``2 * n_jobs`` chunks are in flight,
so memory does not grow with the input, and results come back in input order, identical to a
single-process run. The evaluator is pickled once per worker (evaluators and language packs
pickle to their settings only; each worker compiles its rule packs once, on first use).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from csskills._assessment import Assessment, Failure
from csskills._transcript import Transcript

if TYPE_CHECKING:
    from csskills.evaluate._evaluator import Evaluator

_WORKER_EVALUATOR: Evaluator | None = None
#: How often a worker checks that the process that started it is still alive (seconds).
WATCHDOG_INTERVAL = 0.5


def _init_worker(evaluator: Evaluator, parent: int) -> None:
    global _WORKER_EVALUATOR
    _WORKER_EVALUATOR = evaluator
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """End this worker as soon as ``parent`` is gone, however it ended (``kill -9`` too).

    A killed parent cannot shut its pool down, and its workers would go on holding memory and
    CPU. A daemon thread checks every :data:`WATCHDOG_INTERVAL` seconds whether the worker was
    re-parented (its parent process changed) and then exits the process. (Linux's
    ``PR_SET_PDEATHSIG`` is not used: it fires when the *thread* that started the worker ends,
    which in a notebook or a thread pool is not the end of the parent.)
    """
    if os.getppid() != parent:  # the parent died before the watchdog started
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_INTERVAL)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="csskills-parent-watchdog", daemon=True).start()


def _score_chunk(chunk: list[Transcript | Failure]) -> list[Assessment | Failure]:
    assert _WORKER_EVALUATOR is not None, "worker not initialised"
    return list(_WORKER_EVALUATOR.iter_evaluate(chunk, n_jobs=1))


def resolve_n_jobs(n_jobs: int | None) -> int:
    """``None`` or 1: one process; ``-1``: every CPU; ``-k``: all CPUs but k-1 (joblib's rule)."""
    if n_jobs is None or n_jobs == 0:
        return 1
    cpus = os.cpu_count() or 1
    if n_jobs < 0:
        return max(1, cpus + 1 + n_jobs)
    return n_jobs


def parallel_iter(
    evaluator: Evaluator,
    transcripts: Iterable[Transcript | Failure],
    *,
    n_jobs: int,
    chunksize: int = 256,
) -> Iterator[Assessment | Failure]:
    """Score ``transcripts`` on ``n_jobs`` processes, yielding results in input order."""
    # fork where the platform has it: it works from notebooks and stdin scripts, and the
    # workers inherit already-imported modules; elsewhere the platform default (spawn).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    items = iter(transcripts)
    with ProcessPoolExecutor(
        max_workers=n_jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(evaluator, os.getpid()),
    ) as pool:
        pending: deque[Future[list[Assessment | Failure]]] = deque()
        while True:
            while len(pending) < 2 * n_jobs:
                chunk = list(islice(items, chunksize))
                if not chunk:
                    break
                pending.append(pool.submit(_score_chunk, chunk))
            if not pending:
                return
            yield from pending.popleft().result()
