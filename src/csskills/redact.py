"""Length-preserving redaction of personal data in conversation text.

Reports and evidence exports travel (HR, e-mail, tickets): they must not leak customers' e-mail
addresses, phone numbers, payment card numbers or bank accounts. :func:`redact` masks them;
:func:`find_pii` says where they are. Every mask has exactly the length of what it hides
(``[EMAIL]████``), so evidence offsets (``turn.text[start:end]``) still point at the right place.

What is found, and how precision is kept:

- **e-mail addresses**: ``local@domain.tld`` (Unicode letters allowed), and the fragments an
  evidence span cut at a dot leaves of one (``janesmith84@gmail``);
- **payment cards**: 13-19 digits, optionally grouped by spaces or dashes, that pass the Luhn
  check (a 16-digit order number that fails it is left alone);
- **IBANs**: country code, check digits and account, optionally grouped by spaces, with the
  length of that country and a valid ISO 7064 mod-97 checksum;
- **phone numbers**: national and international formats (``+44 20 7946 0958``, ``0044 ...``,
  ``(555) 123-4567``, ``555.123.4567``) with 7-15 digits (E.164), not dates or IP addresses;
- **extra patterns** from the operator (:class:`ExtraPattern`): literal text or a small wildcard
  syntax, or a raw regular expression when the operator (never the transcript) supplies it.

Every built-in pattern is anchored at the start of a run by a look-behind and its quantifiers
are bounded, so the work per text position is bounded: redaction is linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from csskills._assessment import Assessment, Evidence, Promise
from csskills.exceptions import ConfigurationError

if TYPE_CHECKING:
    from csskills._transcript import Transcript

__all__ = [
    "FILL",
    "ExtraPattern",
    "PiiSpan",
    "RedactionConfig",
    "describe_value",
    "find_pii",
    "iban_valid",
    "luhn_valid",
    "redact",
    "redact_assessment",
]

#: The character masks are padded with.
FILL = "█"

Kind = Literal["EMAIL", "PHONE", "CARD", "IBAN"]

# The top-level domain is optional: an evidence span cut at a dot ("... janesmith84@gmail")
# still holds the address, and an intranet address has none.
_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]{1,64}@[^\W_](?:[\w-]{0,62})(?:\.[\w-]{1,63}){0,8}",
)
# No card number starts with 0 (ISO/IEC 7812); "+" or a digit before it makes it something else.
_CARD = re.compile(r"(?<![\d+])[1-9](?:[ -]?\d){12,18}(?!\d)")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])")
_PHONE = re.compile(r"(?<![\w+(])\+?\(?\d[\d ().\-/]{5,24}\d(?!\d)")
_ISO_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")
_IPV4 = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_DIGIT_GROUPS = re.compile(r"\d+")

# ISO 13616 IBAN lengths by country (SWIFT registry).
_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    """Whether a string of digits passes the Luhn checksum of payment card numbers."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_valid(iban: str) -> bool:
    """Whether ``iban`` (spaces allowed) has its country's length and a valid mod-97 checksum."""
    compact = iban.replace(" ", "").upper()
    if not compact.isascii() or not compact.isalnum() or len(compact) < 15:
        return False
    country = compact[:2]
    expected = _IBAN_LENGTHS.get(country)
    if expected is None or len(compact) != expected or not compact[2:4].isdigit():
        return False
    rotated = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rotated)
    return int(number) % 97 == 1


class ExtraPattern(BaseModel):
    """One operator-supplied pattern to mask, with the label its mask shows.

    ``kind="literal"``: the text itself (case-insensitive). ``kind="wildcard"`` (default):
    literal text where ``*`` is a run of letters and digits (the longest one) and ``?`` is one
    letter or digit, e.g. ``ACC-*`` or ``order #??????``; a pattern that begins or ends with a
    letter, digit or wildcard matches whole words only. Both run in linear time. ``kind="regex"``
    is a Python regular expression, for the operator's own configuration only: it is compiled as
    given, so its running time is the operator's responsibility (see ``SECURITY.md``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    pattern: str = Field(min_length=1, max_length=500)
    label: str = Field(default="REDACTED", pattern=r"^[A-Z0-9_]{1,20}$")
    kind: Literal["literal", "wildcard", "regex"] = "wildcard"

    @field_validator("pattern")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ConfigurationError("a redaction pattern cannot be blank")
        return value

    def compile(self) -> re.Pattern[str]:
        """The compiled matcher (a located ``re.error`` becomes a ValueError naming the pattern)."""
        if self.kind == "regex":
            try:
                return re.compile(self.pattern)
            except re.error as exc:
                raise ConfigurationError(f"redaction regex {self.pattern!r}: {exc}") from None
        parts: list[str] = []
        for ch in self.pattern:
            if self.kind == "wildcard" and ch == "*":
                parts.append(r"[^\W_]*+")
            elif self.kind == "wildcard" and ch == "?":
                parts.append(r"[^\W_]")
            else:
                parts.append(re.escape(ch))
        body = "".join(parts)
        first, last = self.pattern[0], self.pattern[-1]
        wild = "*?" if self.kind == "wildcard" else ""
        head = r"(?<!\w)" if first.isalnum() or first in wild else ""
        tail = r"(?!\w)" if last.isalnum() or last in wild else ""
        return re.compile(head + body + tail, re.IGNORECASE)


class RedactionConfig(BaseModel):
    """What :func:`redact` masks: each built-in kind can be switched off; extras are added."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    emails: bool = True
    phones: bool = True
    cards: bool = True
    ibans: bool = True
    extra: tuple[ExtraPattern, ...] = ()

    @classmethod
    def with_patterns(cls, patterns: Iterable[str], *, label: str = "REDACTED") -> RedactionConfig:
        """The default config plus wildcard patterns (what ``--redact-pattern`` builds).

        A blank or over-long pattern is a :class:`~csskills.ConfigurationError` naming it.
        """
        extra = []
        for p in patterns:
            try:
                extra.append(ExtraPattern(pattern=p, label=label))
            except ValidationError as exc:
                error = exc.errors(include_url=False)[0]
                message = str(error["msg"]).removeprefix("Value error, ")
                raise ConfigurationError(
                    f"redaction pattern {p[:40]!r}: {message}"
                ) from None
        return cls(extra=tuple(extra))


@dataclass(frozen=True, order=True)
class PiiSpan:
    """Where personal data was found: ``text[start:end]``, and of which kind."""

    start: int
    end: int
    kind: str


_DEFAULT = RedactionConfig()
_COMPILED: dict[RedactionConfig, tuple[re.Pattern[str], ...]] = {}


def _extras(config: RedactionConfig) -> tuple[re.Pattern[str], ...]:
    compiled = _COMPILED.get(config)
    if compiled is None:
        compiled = tuple(extra.compile() for extra in config.extra)
        if len(_COMPILED) < 64:
            _COMPILED[config] = compiled
    return compiled


def _cards(text: str) -> Iterable[PiiSpan]:
    for m in _CARD.finditer(text):
        digits = m.group().replace(" ", "").replace("-", "")
        if luhn_valid(digits):
            yield PiiSpan(m.start(), m.end(), "CARD")


def _ibans(text: str) -> Iterable[PiiSpan]:
    for m in _IBAN.finditer(text):
        found = m.group()
        # A following upper-case word may have been taken in ("... 3000 OK"): try each shorter
        # end at a space, longest first (at most a handful of tries).
        ends = [len(found)] + [i for i in range(len(found) - 1, 14, -1) if found[i] == " "]
        for end in ends:
            if iban_valid(found[:end]):
                yield PiiSpan(m.start(), m.start() + end, "IBAN")
                break


def _phones(text: str) -> Iterable[PiiSpan]:
    for m in _PHONE.finditer(text):
        found = m.group()
        groups = _DIGIT_GROUPS.findall(found)
        digits = sum(len(g) for g in groups)
        if not 7 <= digits <= 15 or len(groups) > 7 or max(len(g) for g in groups) < 2:
            continue
        if _ISO_DATE.fullmatch(found) or _IPV4.fullmatch(found):
            continue
        start = m.start()
        if found.startswith("(") and ")" not in found:
            start += 1  # "(call 555 123 4567": the bracket is not part of the number
        yield PiiSpan(start, m.end(), "PHONE")


def _emails(text: str) -> Iterable[PiiSpan]:
    for m in _EMAIL.finditer(text):
        yield PiiSpan(m.start(), m.end(), "EMAIL")


def find_pii(text: str, config: RedactionConfig | None = None) -> list[PiiSpan]:
    """The personal data in ``text``, sorted, not overlapping (earlier and longer spans win).

    Finders run in order of precision (e-mail, IBAN, card, extras, phone), so the digits of a
    checksum-valid IBAN are not taken for a card, nor a card number for a phone number.
    """
    cfg = _DEFAULT if config is None else config
    found: list[PiiSpan] = []
    if cfg.emails and "@" in text:
        found.extend(_emails(text))
    has_digit = any(ch.isdigit() for ch in text) if not text.isascii() else _has_ascii_digit(text)
    if cfg.ibans and has_digit:
        found.extend(_ibans(text))
    if cfg.cards and has_digit:
        found.extend(_cards(text))
    for pattern, extra in zip(_extras(cfg), cfg.extra, strict=True):
        found.extend(
            PiiSpan(m.start(), m.end(), extra.label)
            for m in pattern.finditer(text)
            if m.end() > m.start()
        )
    if cfg.phones and has_digit:
        found.extend(_phones(text))
    return _non_overlapping(found)


def _has_ascii_digit(text: str) -> bool:
    return any(d in text for d in "0123456789")


def _non_overlapping(spans: Sequence[PiiSpan]) -> list[PiiSpan]:
    # Earlier finders are more precise: keep a span unless it overlaps one already kept. The
    # kept spans stay sorted and disjoint, so only the two neighbours need checking (bisect).
    kept: list[PiiSpan] = []
    starts: list[int] = []
    for span in spans:
        i = bisect.bisect_left(starts, span.start)
        if i < len(kept) and kept[i].start < span.end:
            continue
        if i > 0 and kept[i - 1].end > span.start:
            continue
        kept.insert(i, span)
        starts.insert(i, span.start)
    return kept


def _mask(label: str, length: int) -> str:
    tag = f"[{label}]"
    if length >= len(tag):
        return tag + FILL * (length - len(tag))
    return FILL * length


def redact(text: str, config: RedactionConfig | None = None) -> str:
    """``text`` with personal data masked; the result has exactly the length of ``text``.

    >>> redact("mail jo@example.com or call +44 20 7946 0958")
    'mail [EMAIL]███████ or call [PHONE]█████████'
    """
    spans = find_pii(text, config)
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for span in spans:
        out.append(text[pos : span.start])
        out.append(_mask(span.kind, span.end - span.start))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def _masked_overlap(text: str, start: int, spans: Sequence[PiiSpan]) -> str:
    """``text`` (found at ``start`` of its turn) with the part of each span that overlaps it
    masked: the overlapping slice of the span's whole mask, so the length is unchanged."""
    chars = list(text)
    end = start + len(text)
    for span in spans:
        lo, hi = max(span.start, start), min(span.end, end)
        if lo >= hi:
            continue
        mask = _mask(span.kind, span.end - span.start)
        chars[lo - start : hi - start] = mask[lo - span.start : hi - span.start]
    return "".join(chars)


class _TurnContext:
    """The personal data of each turn of one transcript, found once per turn on demand."""

    def __init__(self, transcript: Transcript | None, config: RedactionConfig | None) -> None:
        self.transcript = transcript
        self.config = config
        self._found: dict[int, list[PiiSpan]] = {}

    def redact(self, ev: Evidence) -> str:
        masked = redact(ev.text, self.config)
        t = self.transcript
        if t is None or not 0 <= ev.turn < len(t.turns):
            return masked
        text = t.turns[ev.turn].text
        if text[ev.start : ev.end] != ev.text:
            return masked  # not this transcript's span: the text alone is all there is
        spans = self._found.get(ev.turn)
        if spans is None:
            spans = self._found[ev.turn] = find_pii(text, self.config)
        return _masked_overlap(masked, ev.start, spans) if spans else masked


def redact_assessment(
    assessment: Assessment,
    config: RedactionConfig | None = None,
    *,
    transcript: Transcript | None = None,
) -> Assessment:
    """``assessment`` with the text of every piece of evidence redacted (offsets unchanged).

    This is what ``csskills score`` writes unless ``--no-redact`` is given: the spans still
    point at the right place in the transcript, but the exported file carries no contact
    details. With the assessed ``transcript``, personal data is found in each whole turn, so a
    span that cuts an address or a number in two (``"... at jane."`` + ``"smith@example.com"``)
    has its part of it masked too; without it, each span's text is searched on its own.
    Evidence of competency scores, behaviours and promises is covered. Returns the same object
    when nothing needed masking.
    """
    context = _TurnContext(transcript, config)

    def one(ev: Evidence) -> Evidence:
        masked = context.redact(ev)
        return ev if masked == ev.text else ev.model_copy(update={"text": masked})

    def fix(items: tuple[Evidence, ...]) -> tuple[Evidence, ...] | None:
        out = tuple(one(ev) for ev in items)
        return out if any(a is not b for a, b in zip(out, items, strict=True)) else None

    def fix_promise(p: Promise) -> Promise:
        update: dict[str, Evidence] = {}
        for name in ("evidence", "when", "reference"):
            ev = getattr(p, name)
            if ev is not None and (new := one(ev)) is not ev:
                update[name] = new
        return p.model_copy(update=update) if update else p

    scores = dict(assessment.scores)
    behaviours = dict(assessment.behaviours)
    touched = False
    for cid, score in assessment.scores.items():
        new = fix(score.evidence)
        if new is not None:
            scores[cid] = score.model_copy(update={"evidence": new})
            touched = True
    for bid, evidence in assessment.behaviours.items():
        new = fix(evidence)
        if new is not None:
            behaviours[bid] = new
            touched = True
    promises = tuple(fix_promise(p) for p in assessment.promises)
    if any(a is not b for a, b in zip(promises, assessment.promises, strict=True)):
        touched = True
    if not touched:
        return assessment
    return assessment.model_copy(
        update={"scores": scores, "behaviours": behaviours, "promises": promises}
    )


def describe_value(value: object, *, max_chars: int = 12) -> str:
    """An input value as an error message may show it: its kind, its size and at most a short
    redacted excerpt, never the whole value (a mistyped field may hold a customer's e-mail).

    >>> describe_value("jane.smith@example.com")
    "'[EMAIL]█████…' (text of 22 characters)"
    >>> describe_value("Staff")
    "'Staff'"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return f"an object with {len(value)} key(s)"
    if isinstance(value, (list, tuple)):
        return f"an array of {len(value)} item(s)"
    if isinstance(value, (int, float)):
        text, kind = repr(value), "a number"
    else:
        text, kind = str(value), "text"
    # Lone surrogates and control characters are shown escaped by repr(); masks keep length.
    shown = redact(text.encode("utf-8", "replace").decode("utf-8"))
    if len(text) <= max_chars and shown == text:
        return repr(value) if isinstance(value, str) else text
    cut = shown[:max_chars] + ("…" if len(shown) > max_chars else "")
    return f"{cut!r} ({kind} of {len(text)} characters)"
