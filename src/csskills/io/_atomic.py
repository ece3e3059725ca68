"""Output that is never half-written, and runs that resume where they stopped.

A JSONL file cut off mid-run looks complete to the next tool that reads it. So every output is
written to ``OUT.partial`` and renamed to ``OUT`` (atomic on one file system) only once it is
complete and flushed to disk. An interrupted run leaves ``OUT.partial`` behind, never a short
``OUT``; :func:`prepare_resume` turns it back into the start of the next run: it keeps every
complete record, cuts off a torn last line, and says which transcripts are already done.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO

__all__ = [
    "ResumeState",
    "atomic_write",
    "commit",
    "partial_path",
    "prepare_resume",
]


def partial_path(path: str | os.PathLike[str]) -> str:
    """Where ``path`` is written before it is complete: ``path + ".partial"``."""
    return os.fspath(path) + ".partial"


def _fsync_dir(path: str) -> None:
    # The rename itself must reach the disk too; not every platform can open a directory.
    try:
        fd = os.open(os.path.dirname(os.path.abspath(path)) or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(handle: IO[str], path: str | os.PathLike[str]) -> None:
    """Flush ``handle`` (open on ``partial_path(path)``) to disk, close it, rename to ``path``."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    target = os.fspath(path)
    os.replace(partial_path(target), target)
    _fsync_dir(target)


@contextmanager
def atomic_write(path: str | os.PathLike[str], *, append: bool = False) -> Iterator[IO[str]]:
    """A text handle whose content appears at ``path`` all at once, or not at all.

    On an exception the temporary file is removed and ``path`` is left as it was.
    ``append=True`` continues an existing ``path.partial`` (see :func:`prepare_resume`).
    """
    temp = partial_path(path)
    handle = open(temp, "a" if append else "w", encoding="utf-8")  # noqa: SIM115
    try:
        yield handle
    except BaseException:
        handle.close()
        os.remove(temp)
        raise
    commit(handle, path)


@dataclass
class ResumeState:
    """What an earlier run of the same output already wrote.

    ``done`` counts the complete records per transcript id (a repeated id in the input is
    matched occurrence by occurrence); ``kept`` is their number and ``dropped_bytes`` the size
    of the torn last line that was cut off, if any.
    """

    done: Counter[str] = field(default_factory=Counter)
    kept: int = 0
    dropped_bytes: int = 0
    source: str = ""

    def take(self, transcript_id: str) -> bool:
        """True (and counts it off) when this occurrence of ``transcript_id`` is already done."""
        if self.done[transcript_id] > 0:
            self.done[transcript_id] -= 1
            return True
        return False


def prepare_resume(path: str | os.PathLike[str]) -> ResumeState:
    """Make ``path.partial`` hold exactly the complete records written so far; say which.

    The newest state wins: ``path.partial`` when an earlier run was interrupted, else a
    complete ``path`` (copied, so the complete file stays in place until the new one replaces
    it), else nothing. A record is complete when its line ends with a newline and parses as a
    JSON object with a ``transcript_id``; the first line that is not is the torn end of an
    interrupted write and is cut off with everything after it. Running this again after an
    interruption of the resumed run is safe: it only ever shortens the partial file to a
    prefix of complete records.
    """
    target = os.fspath(path)
    temp = partial_path(target)
    state = ResumeState()
    if os.path.exists(temp):
        state.source = temp
    elif os.path.exists(target):
        shutil.copyfile(target, temp)
        state.source = target
    else:
        open(temp, "w", encoding="utf-8").close()
        return state
    good = 0
    with open(temp, "rb+") as handle:
        for raw in handle:
            record = _complete_record(raw)
            if record is None:
                break
            state.done[record] += 1
            state.kept += 1
            good += len(raw)
        size = os.fstat(handle.fileno()).st_size
        if good < size:
            handle.truncate(good)
            state.dropped_bytes = size - good
    return state


def _complete_record(raw: bytes) -> str | None:
    if not raw.endswith(b"\n"):
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("transcript_id"), str):
        return None
    tid: str = data["transcript_id"]
    return tid
