"""Optional dependencies, imported where they are needed with an error that names the extra.

``import csskills`` never needs pandas, Dask or an HTTP client; the functions that do call
:func:`require`, which raises :class:`~csskills.exceptions.MissingDependencyError` (an
``ImportError``) telling the user what to install.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from csskills.exceptions import MissingDependencyError

__all__ = ["require"]


def require(module: str, *, extra: str, feature: str) -> ModuleType:
    """``module`` imported, or an error: ``feature`` needs ``pip install 'csskills[extra]'``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        missing = exc.name or module
        raise MissingDependencyError(
            f"{feature} needs {missing}: install the extra with pip install 'csskills[{extra}]'"
        ) from None
