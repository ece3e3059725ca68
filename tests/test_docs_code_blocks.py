"""Every ```python block in the docs and the README runs, page by page, in order.

Each page runs in a fresh temporary directory holding a copy of ``examples/`` and of
``tests/fixtures/`` (the sample vendor exports; so relative
paths like ``examples/data/support_chat.jsonl`` work and files the blocks write land there);
blocks on one page share one namespace, as a reader following the page would. A block is skipped
only when it is marked ``title="..."`` in its fence or preceded by ``<!-- skip -->``, for blocks
that need files a reader has and the repository does not.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(
    p for p in [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")]
    if "internal" not in p.relative_to(ROOT).parts
)
_FENCE = re.compile(
    r"(?P<skip><!--\s*skip\s*-->\s*\n)?^(?P<indent>[ \t]*)```python(?P<info>[^\n]*)\n"
    r"(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.MULTILINE | re.DOTALL,
)


def python_blocks(text: str) -> list[tuple[int, str, bool]]:
    """``(line, code, skipped)`` for each python block of a Markdown page."""
    found = []
    for m in _FENCE.finditer(text):
        indent = m.group("indent")
        lines = [ln[len(indent):] if ln.startswith(indent) else ln
                 for ln in m.group("body").splitlines()]
        skipped = bool(m.group("skip")) or "title=" in m.group("info")
        found.append((text.count("\n", 0, m.start("body")) + 1, "\n".join(lines), skipped))
    return found


def test_block_extraction_handles_skips_and_indentation() -> None:
    page = (
        "intro\n```python\nx = 1\n```\n<!-- skip -->\n```python\nopen('yours.csv')\n```\n"
        '```python title="mine.py"\nimport mine\n```\n- item\n\n    ```python\n    y = 2\n    ```\n'
        "```bash\nls\n```\n"
    )
    blocks = python_blocks(page)
    assert [(code, skipped) for _, code, skipped in blocks] == [
        ("x = 1", False), ("open('yours.csv')", True), ("import mine", True), ("y = 2", False)
    ]
    assert blocks[0][0] == 3


def _runnable(page: Path) -> list[tuple[int, str]]:
    blocks = python_blocks(page.read_text(encoding="utf-8"))
    return [(line, code) for line, code, skipped in blocks if not skipped]


WITH_CODE = [p for p in PAGES if _runnable(p)]


def test_the_getting_started_pages_have_code_to_run() -> None:
    names = {str(p.relative_to(ROOT)) for p in WITH_CODE}
    assert {"README.md", "docs/quickstart.md", "docs/guides/score-your-first-export.md"} <= names


@pytest.mark.parametrize("page", WITH_CODE, ids=[str(p.relative_to(ROOT)) for p in WITH_CODE])
def test_python_blocks_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runnable = _runnable(page)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    # The format pages read the sample vendor exports the format tests use.
    shutil.copytree(ROOT / "tests" / "fixtures", tmp_path / "tests" / "fixtures")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTHONHASHSEED", os.environ.get("PYTHONHASHSEED", "0"))
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for line, code in runnable:
        where = f"{page.relative_to(ROOT)}:{line}"
        try:
            exec(compile(code, where, "exec"), namespace)
        except Exception as exc:  # the page and line of the failing block, then the cause
            raise AssertionError(f"{where}: {type(exc).__name__}: {exc}") from exc
