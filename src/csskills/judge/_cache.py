"""A content-addressed on-disk cache of the judge's answers: a re-run costs nothing.

The key is the SHA-256 of everything that decides the answer: the endpoint's base URL, the
model, the rubric version and the competency's construct fingerprint, the sampling settings,
the sample index and the digest of the conversation as sent. The API key is never part of it
and never written. Files are written to a temporary name in the same folder and renamed, so a
reader sees a complete entry or none; an unreadable entry is a miss (and is overwritten).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CACHE_FORMAT", "CachedAnswer", "DiskCache", "cache_key", "default_cache_dir"]

#: Bumped when the layout of a cache entry changes.
CACHE_FORMAT = 1


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/csskills/judge`` (``~/.cache/csskills/judge``) on Linux and the
    platform's cache folder elsewhere (``~/Library/Caches``, ``%LOCALAPPDATA%``)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "csskills" / "judge"


def cache_key(parts: dict[str, Any]) -> str:
    """The hex SHA-256 of ``parts`` as canonical JSON (sorted keys, no spaces)."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedAnswer:
    """An answer as it came from the endpoint, with the tokens it cost."""

    content: str
    input_tokens: int
    output_tokens: int
    usage_reported: bool


class DiskCache:
    """Entries ``<dir>/<key[:2]>/<key>.json``; the folder is created on first write."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory).expanduser()

    def __repr__(self) -> str:
        return f"DiskCache({str(self.directory)!r})"

    def path(self, key: str) -> Path:
        """Where the entry of ``key`` lives."""
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> CachedAnswer | None:
        """The entry of ``key``, or ``None`` when absent or unreadable."""
        try:
            data = json.loads(self.path(key).read_text(encoding="utf-8"))
            content = data["content"]
            usage = data["usage"]
            entry = CachedAnswer(
                content=content,
                input_tokens=int(usage["input"]),
                output_tokens=int(usage["output"]),
                usage_reported=bool(usage["reported"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if data.get("format") != CACHE_FORMAT or not isinstance(content, str):
            return None
        return entry

    def put(self, key: str, parts: dict[str, Any], answer: CachedAnswer) -> None:
        """Store ``answer`` under ``key`` atomically (``parts``: the key's inputs, for people
        reading the cache)."""
        target = self.path(key)
        target.parent.mkdir(parents=True, exist_ok=True)
        record = {
            "format": CACHE_FORMAT,
            "key": parts,
            "content": answer.content,
            "usage": {
                "input": answer.input_tokens,
                "output": answer.output_tokens,
                "reported": answer.usage_reported,
            },
        }
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(record, handle, ensure_ascii=False, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
