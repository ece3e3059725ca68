"""Output that is never half-written, and runs that resume where they stopped.

A JSONL file cut off mid-run looks complete to the next tool that reads it. So every output is
written to ``OUT.partial`` and renamed to ``OUT`` (atomic on one file system) only once it is
complete and flushed to disk. An interrupted run leaves ``OUT.partial`` behind, never a short
``OUT``; :func:`prepare_resume` turns it back into the start of the next run: it keeps every
complete record, cuts off a torn last line, and says which transcripts are already done.
"""

from __future__ import annotations

import errno
import io
import json
import os
import shutil
import stat
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import IO, Any, cast

from csskills.exceptions import OutputError

__all__ = [
    "ResumeState",
    "atomic_write",
    "commit",
    "discard",
    "open_partial",
    "partial_path",
    "prepare_resume",
    "read_settings",
    "settings_path",
    "write_settings",
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


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def _refuse_link(temp: str) -> None:
    raise OutputError(
        f"{temp} is a symbolic link: csskills never writes through one (it could overwrite "
        "another file); remove it and run again"
    )


def _is_link(path: str) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False


def open_partial(path: str | os.PathLike[str], *, append: bool = False) -> IO[str]:
    """``path.partial`` opened for writing text, never through a symbolic link.

    A new run replaces whatever is at ``path.partial`` (a symbolic link there is removed, its
    target is left alone) and creates the file afresh (``O_EXCL``); ``append=True`` continues
    the file :func:`prepare_resume` left, and refuses a symbolic link.
    """
    temp = partial_path(path)
    try:
        if append:
            if _is_link(temp):
                _refuse_link(temp)
            fd = os.open(temp, os.O_WRONLY | os.O_APPEND | _NOFOLLOW | _CLOEXEC)
        else:
            with suppress(FileNotFoundError):
                os.unlink(temp)  # a stale partial, or a planted link: never its target
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC
            fd = os.open(temp, flags, 0o666)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            _refuse_link(temp)
        raise
    return os.fdopen(fd, "a" if append else "w", encoding="utf-8")


def settings_path(path: str | os.PathLike[str]) -> str:
    """Where the settings of an unfinished run of ``path`` are kept: ``path.partial.settings``."""
    return partial_path(path) + ".settings"


def write_settings(path: str | os.PathLike[str], settings: Mapping[str, Any]) -> None:
    """Record the settings ``path.partial`` is being written with (checked by ``--resume``)."""
    target = settings_path(path)
    if _is_link(target):
        _refuse_link(target)
    with open(target, "w", encoding="utf-8") as handle:
        json.dump(dict(settings), handle, sort_keys=True)


def read_settings(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """The settings an unfinished run of ``path`` recorded, or ``None`` when there are none."""
    target = settings_path(path)
    if _is_link(target):
        _refuse_link(target)
    try:
        with open(target, encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return None
    except (ValueError, RecursionError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _remove_settings(path: str) -> None:
    with suppress(FileNotFoundError):
        os.remove(settings_path(path))


def commit(handle: IO[str], path: str | os.PathLike[str]) -> None:
    """Flush ``handle`` (open on ``partial_path(path)``) to disk, close it, rename to ``path``."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    target = os.fspath(path)
    os.replace(partial_path(target), target)
    _fsync_dir(target)
    _remove_settings(target)


def discard(handle: IO[str], path: str | os.PathLike[str]) -> None:
    """Close ``handle`` and remove ``path.partial`` (and its settings): nothing is written."""
    handle.close()
    target = os.fspath(path)
    with suppress(FileNotFoundError):
        os.remove(partial_path(target))
    _remove_settings(target)


@contextmanager
def atomic_write(path: str | os.PathLike[str], *, append: bool = False) -> Iterator[IO[str]]:
    """A text handle whose content appears at ``path`` all at once, or not at all.

    On an exception the temporary file is removed and ``path`` is left as it was.
    ``append=True`` continues an existing ``path.partial`` (see :func:`prepare_resume`).
    The temporary file is never opened through a symbolic link (see :func:`open_partial`).
    """
    handle = open_partial(path, append=append)
    try:
        yield handle
    except BaseException:
        discard(handle, path)
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
    if _is_link(temp):
        _refuse_link(temp)
    if os.path.exists(temp):
        state.source = temp
    elif os.path.exists(target):
        with open(target, "rb") as source, open_partial(target) as copy:
            shutil.copyfileobj(source, cast("io.TextIOWrapper", copy).buffer)
        state.source = target
    else:
        open_partial(target).close()
        return state
    good = 0
    fd = os.open(temp, os.O_RDWR | _NOFOLLOW | _CLOEXEC)
    with os.fdopen(fd, "rb+") as handle:
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
