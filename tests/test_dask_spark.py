"""The Spark snippet of docs/guides/scale-out.md runs and equals one process (PySpark + Java).

Skipped when PySpark or Java is missing (CI: PySpark is a ~500 MB install).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "guides" / "scale-out.md"


def _spark_block() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    found = re.search(r'```python title="spark_profiles.py"\n(.*?)^```', text, re.S | re.M)
    assert found, "the Spark snippet is missing from the guide"
    return found.group(1)


def test_spark_snippet_profiles_equal_single_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    # Spark's Python workers import csskills from the same place as this process.
    path = [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in path if p))
    namespace: dict[str, object] = {"__name__": "__spark__"}
    exec(compile(_spark_block(), str(GUIDE), "exec"), namespace)  # the asserts are in it
    assert len(namespace["profiles"]) > 0  # type: ignore[arg-type]
