"""Length-preserving redaction of customer PII in text shown in reports.

Reports travel (HR, e-mail): the evidence in them must not leak customers' e-mail addresses,
phone numbers or card numbers. Every mask has exactly the length of what it hides, so evidence
offsets (``turn.text[start:end]``) stay valid after redaction. A fuller ``csskills.redact`` will
replace this module; it keeps the signature ``redact(text: str) -> str``. When
:mod:`csskills.redact` is installed, :func:`redact` uses it (Luhn-checked cards, IBANs, more
phone formats), so the report and the other exports mask exactly the same things; the patterns
here are the fallback.

The patterns are anchored at the start of a run (look-behind), so a long run of letters or
digits without a match fails at once at every other position: matching stays linear on
untrusted transcripts.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache

__all__ = ["redact"]

_FILL = "█"

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
)
# 13-19 digits, optionally grouped by single spaces or dashes: a payment card number.
_CARD = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?!\d)")
# Something that starts like a phone number: optional +, digits and the usual separators.
_PHONE = re.compile(r"(?<![\w+])\+?\(?\d[\d ().-]{5,22}\d(?!\d)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _mask(label: str, length: int) -> str:
    tag = f"[{label}]"
    if length >= len(tag):
        return tag + _FILL * (length - len(tag))
    return _FILL * length


def _card(match: re.Match[str]) -> str:
    return _mask("CARD", len(match.group()))


def _phone(match: re.Match[str]) -> str:
    found = match.group()
    digits = sum(ch.isdigit() for ch in found)
    if not 7 <= digits <= 15 or _ISO_DATE.fullmatch(found.strip()):
        return found
    return _mask("PHONE", len(found))


def _email(match: re.Match[str]) -> str:
    return _mask("EMAIL", len(match.group()))


def builtin_redact(text: str) -> str:
    """``text`` with e-mails, phone numbers and card-like digit runs masked, same length.

    >>> builtin_redact("mail jo@example.com or call +44 20 7946 0958")
    'mail [EMAIL]███████ or call [PHONE]█████████'
    """
    text = _EMAIL.sub(_email, text)
    text = _CARD.sub(_card, text)
    return _PHONE.sub(_phone, text)


@lru_cache(maxsize=1)
def _full() -> Callable[[str], str]:
    try:
        module = importlib.import_module("csskills.redact")
    except ImportError:
        return builtin_redact
    found: Callable[[str], str] | None = getattr(module, "redact", None)
    return found if callable(found) else builtin_redact


def redact(text: str) -> str:
    """``text`` with customer e-mails, phone and card numbers masked; the length is kept.

    >>> redact("mail jo@example.com or call +44 20 7946 0958")
    'mail [EMAIL]███████ or call [PHONE]█████████'
    """
    masked = _full()(text)
    if len(masked) != len(text):  # offsets must stay valid whatever does the masking
        return builtin_redact(text)
    return masked
