"""The public surface: exactly the names in ``__all__``, sorted, all importable."""

from __future__ import annotations

import types

import csskills


def _isort_key(name: str) -> tuple[int, str]:
    """Constants first, then classes, then functions (ruff's RUF022 order)."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_complete() -> None:
    # Sub-modules become attributes once imported; they are reachable, not re-exported names.
    public = {
        n
        for n, v in vars(csskills).items()
        if not n.startswith("_") and not isinstance(v, types.ModuleType)
    } - {"annotations", "version", "PackageNotFoundError"}
    exported = set(csskills.__all__) - {"__version__"}
    assert csskills.__all__ == sorted(csskills.__all__, key=_isort_key), "keep __all__ sorted"
    assert len(set(csskills.__all__)) == len(csskills.__all__), "duplicate names in __all__"
    assert public <= exported, f"public but not in __all__: {sorted(public - exported)}"
    for name in csskills.__all__:
        assert hasattr(csskills, name), name


def test_version_is_a_string() -> None:
    assert isinstance(csskills.__version__, str) and csskills.__version__
