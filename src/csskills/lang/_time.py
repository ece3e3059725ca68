"""When is a promise due? Time expressions, read with each language's own words.

A pack lists how its language says when (:class:`TimeWords`); :func:`find_deadline` reads the
tokens of a commitment's sentence, from the commitment onwards, and returns the first time
expression found, as a due time:

* a clock time ("by 17:30", "by 11 am", "a las 17:30", "17h30", "um 12 Uhr", "à 17 heures"):
  that time today, or tomorrow when it has passed;
* a number and a unit ("within 2 hours", "in 3-5 working days", "két napon belül"): the upper end
  of a range, business days skipping weekends, days ending at midnight;
* a relative day ("today", "tonight", "tomorrow", "holnap", "yarın"): the end of that day;
* a weekday ("by Friday", "el viernes", "pénteken"): the end of its next occurrence (today counts);
* "next week" (seven days) and "end of the week" (Friday);
* a vague time ("soon", "shortly", "en breve"): no due time, and the promise is marked vague.

Days end at midnight in the conversation's own time zone. Nothing recognised gives ``None``: the
caller decides the default window and says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from csskills.lang._syntax import Match

__all__ = ["Deadline", "TimeWords", "add_business_days", "end_of_day", "find_deadline"]


class TimeWords(NamedTuple):
    """How a language says when. Keys may be stems (``week*``) or phrases (``day after tomorrow``).

    * ``numbers``: number words -> value ("two": 2, "a couple of": 2);
    * ``units``: unit words -> ``"minute"``, ``"hour"``, ``"day"``, ``"business_day"`` (one word
      for a working day: "Werktag*", "munkanap*"), ``"week"`` or ``"month"``;
    * ``business``: words that make days business days, before or after the unit ("business
      days", "días hábiles", "jours ouvrés");
    * ``weekdays``: weekday words -> 0 (Monday) to 6;
    * ``relative``: words or phrases -> days from today ("today": 0, "tomorrow": 1);
    * ``next_week`` / ``end_of_week``: phrases for seven days from now / this Friday;
    * ``vague``: times that promise nothing checkable ("soon", "as soon as possible");
    * ``am`` / ``pm``: the words after a clock hour ("am", "pm", "de la tarde");
    * ``ranges``: what joins the two ends of a range ("3-5 days", "3 to 5 days");
    * ``articles``: words that mean "one" before a unit ("within the hour", "in a day");
    * ``at``: words before an hour that make "N hours" a clock time ("à 17 heures", "a las
      17h", "um 12 Uhr"), where the same unit after a number is otherwise a span;
    * ``oclock``: words after an hour that always make it a clock time ("Uhr", "o'clock").

    "17h30" (an hour, "h" and the minutes) is a clock time in every language.
    """

    numbers: Mapping[str, int] = {}
    units: Mapping[str, str] = {}
    business: tuple[str, ...] = ()
    weekdays: Mapping[str, int] = {}
    relative: Mapping[str, int] = {}
    next_week: tuple[str, ...] = ()
    end_of_week: tuple[str, ...] = ()
    vague: tuple[str, ...] = ()
    am: tuple[str, ...] = ("am", "a.m")
    pm: tuple[str, ...] = ("pm", "p.m")
    ranges: tuple[str, ...] = ("-", "–")
    articles: tuple[str, ...] = ()
    at: tuple[str, ...] = ()
    oclock: tuple[str, ...] = ()

    def rules(self) -> list[tuple[str, str]]:
        """``(meaning, phrase)`` pairs for the phrase matcher (the meaning becomes the rule id)."""
        out: list[tuple[str, str]] = []
        out += [(f"num:{v}", w) for w, v in self.numbers.items()]
        out += [(f"unit:{u}", w) for w, u in self.units.items()]
        out += [("business", w) for w in self.business]
        out += [(f"weekday:{d}", w) for w, d in self.weekdays.items()]
        out += [(f"relative:{d}", w) for w, d in self.relative.items()]
        out += [("relative:7", w) for w in self.next_week]
        out += [("end_of_week", w) for w in self.end_of_week]
        out += [("vague", w) for w in self.vague]
        out += [("am", w) for w in self.am]
        out += [("pm", w) for w in self.pm]
        out += [("range", w) for w in self.ranges if w not in ("-", "–")]
        out += [("one", w) for w in self.articles]
        out += [("at", w) for w in self.at]
        out += [("oclock", w) for w in self.oclock]
        return out


@dataclass(frozen=True)
class Deadline:
    """A due time (``None`` for a vague time) and where in the tokens it was said."""

    due: datetime | None
    start: int
    end: int
    vague: bool = False
    meaning: str = field(default="")


def end_of_day(moment: datetime, days: int = 0) -> datetime:
    """Midnight at the end of the day ``days`` after ``moment`` (same time zone)."""
    day = (moment + timedelta(days=days)).date()
    return datetime.combine(day, time(23, 59, 59, 999999), tzinfo=moment.tzinfo)


def add_business_days(moment: datetime, days: int) -> datetime:
    """The end of the ``days``-th weekday after ``moment``."""
    current = moment
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return end_of_day(current)


def _meaning(match: Match) -> str:
    return match.rules[0].id


def _has(match: Match | None, meaning: str) -> bool:
    """Does the phrase carry this meaning (one word can be both: French "à" joins a range,
    "3 à 5 jours", and says at, "à 17 heures")?"""
    return match is not None and any(rule.id == meaning for rule in match.rules)


def _clock(token: str) -> tuple[int, int] | None:
    hour, sep, minute = token.partition(":")
    if not sep or not hour.isdigit() or not minute.isdigit() or len(minute) != 2:
        return None
    h, m = int(hour), int(minute)
    return (h, m) if h < 24 and m < 60 else None


def _at(made_at: datetime, hour: int, minute: int) -> datetime:
    due = made_at.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return due + timedelta(days=1) if due <= made_at else due


def _span(kind: str, amount: int, business: bool, made_at: datetime) -> datetime:
    if kind == "minute":
        return made_at + timedelta(minutes=amount)
    if kind == "hour":
        return made_at + timedelta(hours=amount)
    if kind == "week":
        return end_of_day(made_at, 7 * amount)
    if kind == "month":
        return end_of_day(made_at, 30 * amount)
    if business or kind == "business_day":
        return add_business_days(made_at, amount)
    return end_of_day(made_at, amount)


def find_deadline(
    tokens: Sequence[str],
    matches: Sequence[Match],
    made_at: datetime,
    start: int = 0,
) -> Deadline | None:
    """The first time expression at or after token ``start`` (see the module docstring).

    ``matches`` are the pack's time-word matches over ``tokens`` (its ``time_matcher``).
    """
    by_start = {m.start: m for m in matches if m.start >= start}
    at_ends = {m.end for m in matches if m.start >= start and _has(m, "at")}
    i = start
    n = len(tokens)
    while i < n:
        token = tokens[i]
        match = by_start.get(i)
        meaning = _meaning(match) if match is not None else ""
        clock = _clock(token)
        if clock is not None:
            return Deadline(_at(made_at, *clock), i, i + 1, meaning="clock")
        number = int(token) if token.isdigit() and len(token) <= 4 else None
        if number is None and meaning.startswith("num:"):
            number = int(meaning[4:])
        if number is not None:
            found = _number_phrase(tokens, by_start, i, number, made_at, i in at_ends)
            if found is not None:
                return found
        if number is None and meaning == "one":
            found = _number_phrase(tokens, by_start, i, 1, made_at)
            if found is not None:
                return found
        if match is not None:
            if meaning.startswith("relative:"):
                due = end_of_day(made_at, int(meaning[9:]))
                return Deadline(due, i, match.end, meaning=meaning)
            if meaning.startswith("weekday:"):
                ahead = (int(meaning[8:]) - made_at.weekday()) % 7
                return Deadline(end_of_day(made_at, ahead), i, match.end, meaning=meaning)
            if meaning == "end_of_week":
                due = end_of_day(made_at, (4 - made_at.weekday()) % 7)
                return Deadline(due, i, match.end, meaning=meaning)
            if meaning == "vague":
                return Deadline(None, i, match.end, vague=True, meaning=meaning)
            i = match.end
            continue
        i += 1
    return None


def _number_phrase(
    tokens: Sequence[str],
    by_start: Mapping[int, Match],
    i: int,
    number: int,
    made_at: datetime,
    at: bool = False,
) -> Deadline | None:
    """``N unit``, ``N-M unit``, ``N to M business days``, ``N days business``, ``N pm``,
    ``N Uhr``, ``17h30`` and (after an ``at`` word) ``à 17 heures``, from token ``i``."""
    j = by_start[i].end if i in by_start else i + 1
    if j < len(tokens) and 0 <= number <= 23 and len(tokens[j]) == 3 and tokens[j][0] == "h" \
            and tokens[j][1:].isdigit() and int(tokens[j][1:]) < 60:  # "17h30"
        return Deadline(_at(made_at, number, int(tokens[j][1:])), i, j + 1, meaning="clock")
    amount = number
    business = False
    for _ in range(4):  # a range ("3-5", "3 to 5"), "business", then the unit
        if j >= len(tokens):
            return None
        match = by_start.get(j)
        meaning = _meaning(match) if match is not None else ""
        token = tokens[j]
        if meaning.startswith("unit:"):
            assert match is not None
            kind = meaning[5:]
            if at and kind == "hour" and amount == number and 0 <= number <= 23:
                return Deadline(_at(made_at, number, 0), i, match.end, meaning="clock")
            end = match.end
            after = by_start.get(end)
            if _has(after, "business"):  # "5 días hábiles"
                assert after is not None
                business, end = True, after.end
            return Deadline(_span(kind, amount, business, made_at), i, end, meaning=meaning)
        if meaning == "oclock" and 0 <= number <= 23:
            assert match is not None
            return Deadline(_at(made_at, number, 0), i, match.end, meaning="clock")
        if meaning in ("am", "pm") and 1 <= number <= 12:
            assert match is not None
            hour = number % 12 + (12 if meaning == "pm" else 0)
            return Deadline(_at(made_at, hour, 0), i, match.end, meaning="clock")
        if meaning == "business":
            business = True
        elif token.isdigit() and len(token) <= 4:
            amount = max(amount, int(token))
        elif meaning.startswith("num:"):
            amount = max(amount, int(meaning[4:]))
        elif not _has(match, "range") and token not in ("-", "–"):
            return None
        j = match.end if match is not None else j + 1
    return None
