"""The registry of language packs: built in (``csskills/lang/<code>/``) and third-party plugins.

Packs load lazily by code. Third-party packs register through the ``csskills.languages`` entry
point group (name = language code, value = ``module:LanguageClass``). An unknown code raises
:class:`~csskills.exceptions.UnsupportedLanguageError` listing the supported codes: csskills never
falls back silently to English.
"""


from __future__ import annotations

import importlib
import os
import pkgutil
from functools import cache, lru_cache
from importlib.metadata import entry_points

from csskills.exceptions import UnsupportedLanguageError
from csskills.lang._base import Language

__all__ = ["get_language", "primary_subtag", "supported_languages"]

_ENTRY_POINT_GROUP = "csskills.languages"
_PACKAGE = "csskills.lang"
_PACKAGE_PATH = [os.path.dirname(__file__)]


def _builtin_codes() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.iter_modules(_PACKAGE_PATH)
        if info.ispkg and not info.name.startswith("_")
    )


def _plugin_entry_points() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group=_ENTRY_POINT_GROUP)}


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """The language codes with a rule pack (built in and installed plugins), sorted."""
    return tuple(sorted(set(_builtin_codes()) | set(_plugin_entry_points())))


def primary_subtag(code: str) -> str:
    """``"es-MX"`` -> ``"es"``; language packs are keyed by the primary subtag."""
    return code.replace("_", "-").split("-")[0].lower()


@cache
def get_language(code: str) -> Language:
    """The (shared, lazily compiled) pack for a BCP-47 code such as ``"en"`` or ``"es-MX"``."""
    key = primary_subtag(code)
    if key in _builtin_codes():
        module = importlib.import_module(f"{_PACKAGE}.{key}")
        cls = module.LANGUAGE
    elif key in _plugin_entry_points():
        (ep,) = [ep for ep in entry_points(group=_ENTRY_POINT_GROUP) if ep.name == key]
        cls = ep.load()
    else:
        raise UnsupportedLanguageError(
            f"no rule pack for language {code!r}; supported: {', '.join(supported_languages())}"
        )
    language: Language = cls()
    return language
