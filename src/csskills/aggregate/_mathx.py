"""Exact sums and the few distribution functions profiles need.

Scores are floats; to make merged statistics independent of the order in which partitions are
merged, every value is turned into an integer count of ``2**-1074`` units (the smallest float
step) before it is summed. That conversion is exact for every finite float, so sums, sums of
squares and cross products are exact Python integers; floats appear only when a statistic is
finally reported, through one correctly rounded division. Student's t comes from
``scipy.stats`` (imported on first use: ``import csskills`` stays fast).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from fractions import Fraction
from statistics import NormalDist

from csskills.exceptions import ConfigurationError, InputFormatError

SCALE_BITS = 1074
"""Values are held as integers in units of ``2**-SCALE_BITS``; squares in ``2**-2*SCALE_BITS``."""

_ONE = 1 << SCALE_BITS
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_MICROSECOND = timedelta(microseconds=1)
MICROSECONDS_PER_MONTH = 2_629_746_000_000
"""An average Gregorian month (365.2425 / 12 days) in microseconds: the unit of trend slopes."""
MICROSECONDS_PER_DAY = 86_400_000_000


def to_units(value: float) -> int:
    """``value`` as an exact integer number of ``2**-1074`` units."""
    numerator, denominator = float(value).as_integer_ratio()
    return numerator << (SCALE_BITS - denominator.bit_length() + 1)


def from_units(total: int, count: int = 1, *, squared: bool = False) -> float:
    """``total / count`` back on the score scale, rounded once (``squared`` for square sums)."""
    scale = _ONE * _ONE if squared else _ONE
    return total / (scale * count)


def exact(total: int, *, squared: bool = False) -> Fraction:
    """An exact rational from a unit sum, for the few steps that combine several sums."""
    return Fraction(total, _ONE * _ONE if squared else _ONE)


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken to be UTC (documented); aware ones keep their instant.

    No conversion happens here, so a moment near the ends of the calendar (``9999-12-31T23:59
    -23:59`` is in year 10000 in UTC) cannot overflow; input readers refuse such moments.
    """
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def to_microseconds(moment: datetime) -> int:
    """Microseconds since 1970-01-01 UTC, exactly (aware arithmetic: never overflows)."""
    return (as_utc(moment) - _EPOCH) // _MICROSECOND


def from_microseconds(value: int) -> datetime:
    """The UTC datetime of a microsecond count (an InputFormatError, a ValueError, beyond the
    calendar's end: such a moment can only come from input)."""
    try:
        return _EPOCH + timedelta(microseconds=value)
    except OverflowError:
        raise InputFormatError(
            f"{value} microseconds from 1970 is outside the dates Python can represent"
        ) from None


def normal_quantile(probability: float) -> float:
    """The standard normal quantile."""
    return NormalDist().inv_cdf(probability)


def t_cdf(t: float, df: float) -> float:
    """Student's t distribution function (``scipy.stats.t.cdf``)."""
    from scipy.stats import t as student_t

    return float(student_t.cdf(t, df))


def t_quantile(probability: float, df: float) -> float:
    """Student's t quantile (``scipy.stats.t.ppf``)."""
    if not 0.0 < probability < 1.0:
        raise ConfigurationError(f"probability must be in (0, 1), got {probability}")
    if df <= 0:
        raise ConfigurationError(f"degrees of freedom must be positive, got {df}")
    from scipy.stats import t as student_t

    return float(student_t.ppf(probability, df))
