"""When is a promise due? Simple English time phrases in the sentence of a commitment.

Only the sentence that contains the commitment evidence is read, from the evidence onwards, so a
"within 2 minutes" in a setup instruction two sentences later is not taken for the promise's
deadline. The first phrase found wins. Days end at midnight in the conversation's own time zone.
Anything unrecognised gets the default window (7 days unless configured), and says so.

Recognised: "within the hour", "in/within N minutes|hours|days|weeks" (N in digits or one..ten,
ranges such as "3 to 5" or "1-2" take the upper end, "business/working days" skip weekends),
"today", "tonight", "this morning|afternoon|evening", "tomorrow", "by/on/this/next <weekday>",
"next week", "end of the week", and "by 11 am" (today, or tomorrow when that hour has passed).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

__all__ = ["Deadline", "parse_deadline"]

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "24": 24,
    "48": 48,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUM = r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SENTENCE_END = re.compile(r"[.!?\n](?=\s|$)")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("hour", re.compile(r"\bwithin (?:the|an|one) hour\b")),
    (
        "span",
        re.compile(
            rf"\b(?:in|within|inside)\s+(?:the next\s+)?{_NUM}(?:\s*(?:-|to|or)\s*{_NUM})?\s+"
            r"(?:(business|working)\s+)?(minute|hour|day|week)s?\b"
        ),
    ),
    ("today", re.compile(r"\b(today|tonight|this (?:morning|afternoon|evening))\b")),
    ("tomorrow", re.compile(r"\btomorrow\b")),
    (
        "weekday",
        re.compile(r"\b(?:by|on|this|next|until|before)\s+(" + "|".join(_WEEKDAYS) + r")\b"),
    ),
    ("next_week", re.compile(r"\b(next week|end of (?:the|this) week)\b")),
    ("clock", re.compile(r"\bby\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b")),
)


class Deadline:
    """A due time and the phrase it came from (``phrase`` is None for the default window)."""

    __slots__ = ("due", "phrase")

    def __init__(self, due: datetime, phrase: str | None) -> None:
        self.due = due
        self.phrase = phrase

    def __repr__(self) -> str:
        return f"Deadline(due={self.due.isoformat()}, phrase={self.phrase!r})"


def _number(token: str) -> int:
    return int(token) if token.isdigit() else _NUMBERS[token]


def _end_of_day(moment: datetime, days: int = 0) -> datetime:
    day = (moment + timedelta(days=days)).date()
    return datetime.combine(day, time(23, 59, 59, 999999), tzinfo=moment.tzinfo)


def _add_business_days(moment: datetime, days: int) -> datetime:
    current = moment
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return _end_of_day(current)


def sentence_from(text: str, start: int) -> str:
    """The text from ``start`` to the end of its sentence (at most 240 characters)."""
    window = text[start : start + 240]
    end = _SENTENCE_END.search(window)
    return window[: end.start() + 1] if end else window


def parse_deadline(text: str, made_at: datetime, *, default_days: int = 7) -> Deadline:
    """The due time of a promise made at ``made_at`` whose sentence is ``text``."""
    lowered = text.casefold()
    best: tuple[int, str, re.Match[str]] | None = None
    for kind, pattern in _PATTERNS:
        found = pattern.search(lowered)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), kind, found)
    if best is None:
        return Deadline(_end_of_day(made_at, default_days), None)
    _, kind, match = best
    phrase = text[match.start() : match.end()]
    if kind == "hour":
        return Deadline(made_at + timedelta(hours=1), phrase)
    if kind == "span":
        amount = _number(match.group(2) or match.group(1))
        business, unit = match.group(3), match.group(4)
        if unit == "minute":
            return Deadline(made_at + timedelta(minutes=amount), phrase)
        if unit == "hour":
            return Deadline(made_at + timedelta(hours=amount), phrase)
        if unit == "week":
            return Deadline(_end_of_day(made_at, 7 * amount), phrase)
        if business:
            return Deadline(_add_business_days(made_at, amount), phrase)
        return Deadline(_end_of_day(made_at, amount), phrase)
    if kind == "today":
        return Deadline(_end_of_day(made_at), phrase)
    if kind == "tomorrow":
        return Deadline(_end_of_day(made_at, 1), phrase)
    if kind == "weekday":
        target = _WEEKDAYS.index(match.group(1))
        ahead = (target - made_at.weekday()) % 7
        if match.group(0).startswith("next") and ahead == 0:
            ahead = 7
        return Deadline(_end_of_day(made_at, ahead), phrase)
    if kind == "next_week":
        days = 7 if match.group(1) == "next week" else (4 - made_at.weekday()) % 7
        return Deadline(_end_of_day(made_at, days), phrase)
    hour = int(match.group(1)) % 12 + (12 if match.group(3) == "pm" else 0)
    minute = int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return Deadline(_end_of_day(made_at, default_days), None)
    due = made_at.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if due <= made_at:
        due += timedelta(days=1)
    return Deadline(due, phrase)
