"""Fixtures of the judge tests: the fake endpoint, and a judge pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.judge.fake_llm import FakeLLM


@pytest.fixture
def fake_llm() -> Iterator[FakeLLM]:
    """A fake OpenAI-compatible endpoint on 127.0.0.1 (a free port), closed afterwards."""
    server = FakeLLM()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(autouse=True)
def _no_judge_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test reads the developer's judge settings or writes to the real user cache."""
    for name in ("CSSKILLS_JUDGE_URL", "CSSKILLS_JUDGE_MODEL", "CSSKILLS_JUDGE_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
