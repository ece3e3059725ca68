"""Language packs, one sub-package per language code (``csskills/lang/<code>/``).

Packs load lazily by code. Third-party packs register through the ``csskills.languages`` entry
point group (name = language code, value = ``module:LanguageClass``). An unknown code raises
:class:`~csskills.exceptions.UnsupportedLanguageError` listing the supported codes: csskills never
falls back silently to English.
"""

from csskills.exceptions import RuleSyntaxError
from csskills.lang._base import Language, Lexeme, WordClass, is_code
from csskills.lang._detect import CONFIDENT, Detection, detect_language
from csskills.lang._registry import get_language, primary_subtag, supported_languages
from csskills.lang._syntax import Match, PhraseMatcher, Rule, compile_rules, expand
from csskills.lang._text import fold, fold_turkish, nfc, tokenize
from csskills.lang._time import Deadline, TimeWords, find_deadline

__all__ = [
    "CONFIDENT",
    "Deadline",
    "Detection",
    "Language",
    "Lexeme",
    "Match",
    "PhraseMatcher",
    "Rule",
    "RuleSyntaxError",
    "TimeWords",
    "WordClass",
    "compile_rules",
    "detect_language",
    "expand",
    "find_deadline",
    "fold",
    "fold_turkish",
    "get_language",
    "is_code",
    "nfc",
    "primary_subtag",
    "supported_languages",
    "tokenize",
]
