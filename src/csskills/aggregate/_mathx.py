"""Exact sums and the few distribution functions profiles need (no scipy at run time).

Scores are floats; to make merged statistics independent of the order in which partitions are
merged, every value is turned into an integer count of ``2**-1074`` units (the smallest float
step) before it is summed. That conversion is exact for every finite float, so sums, sums of
squares and cross products are exact Python integers; floats appear only when a statistic is
finally reported, through one correctly rounded division.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from fractions import Fraction
from statistics import NormalDist

from csskills.exceptions import ConfigurationError

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
    """Naive datetimes are taken to be UTC (documented), aware ones are converted."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def to_microseconds(moment: datetime) -> int:
    """Microseconds since 1970-01-01 UTC, exactly."""
    return (as_utc(moment) - _EPOCH) // _MICROSECOND


def from_microseconds(value: int) -> datetime:
    """The UTC datetime of a microsecond count."""
    return _EPOCH + timedelta(microseconds=value)


def normal_quantile(probability: float) -> float:
    """The standard normal quantile."""
    return NormalDist().inv_cdf(probability)


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the regularised incomplete beta (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta ``I_x(a, b)``."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """Student's t distribution function."""
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(probability: float, df: float) -> float:
    """Student's t quantile, by bisection on :func:`t_cdf` (accurate to ~1e-10)."""
    if not 0.0 < probability < 1.0:
        raise ConfigurationError(f"probability must be in (0, 1), got {probability}")
    if df <= 0:
        raise ConfigurationError(f"degrees of freedom must be positive, got {df}")
    if probability == 0.5:
        return 0.0
    if probability < 0.5:
        return -t_quantile(1.0 - probability, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < probability:
        lo, hi = hi, hi * 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < probability:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, hi):
            break
    return 0.5 * (lo + hi)
