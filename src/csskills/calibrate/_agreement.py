"""Agreement statistics between raters, each with a seeded bootstrap interval (numpy only).

Every function takes a ratings matrix ``R`` of shape ``(units, raters)`` with ``NaN`` where a
rater did not rate a unit, so any number of raters and missing ratings are handled the same
way. The bootstrap resamples *units* (conversations), the thing QA teams sample, with a seeded
generator, so a report is reproducible bit for bit.

Definitions follow the literature so the numbers can be checked against other tools:

- percent agreement: the share of agreeing pairs of ratings within a unit, averaged over the
  units rated at least twice;
- Cohen's kappa (unweighted, linear or quadratic weights, categories ordered by value as in
  scikit-learn); with more than two raters the mean over rater pairs (Light's kappa);
- Krippendorff's alpha (nominal, ordinal, interval) from the coincidence matrix
  (Krippendorff 2011, "Computing Krippendorff's alpha-reliability");
- ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k) of Shrout & Fleiss (1979); in
  McGraw & Wong's (1996) names ICC(1), ICC(A,1), ICC(C,1), ICC(k), ICC(A,k), ICC(C,k). The ANOVA
  needs complete rows, so units with a missing rating are left out (the count says how many);
- Pearson and Spearman (average ranks for ties) between two vectors.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray
from pydantic import BaseModel, ConfigDict

from csskills.exceptions import ConfigurationError

__all__ = [
    "ICC_FORMS",
    "Statistic",
    "bootstrap",
    "cohen_kappa",
    "icc",
    "icc_all",
    "krippendorff_alpha",
    "pearson",
    "percent_agreement",
    "spearman",
]

Level = Literal["nominal", "ordinal", "interval"]
Weights = Literal["linear", "quadratic"] | None
ICC_FORMS = ("ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)")
Matrix = NDArray[np.float64]


class Statistic(BaseModel):
    """One agreement statistic with its bootstrap interval (``None`` where undefined)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    value: float | None
    low: float | None = None
    high: float | None = None
    n: int = 0
    confidence: float = 0.95
    n_boot: int = 0


def _matrix(ratings: ArrayLike) -> Matrix:
    r = np.asarray(ratings, dtype=float)
    if r.ndim != 2:
        raise ConfigurationError(
            f"ratings must be a 2-D (units, raters) matrix, got shape {r.shape}"
        )
    return r


def _finite(x: float) -> float | None:
    return float(x) if math.isfinite(x) else None


# --------------------------------------------------------------------------- point estimates


def percent_agreement(ratings: ArrayLike) -> float:
    """Share of agreeing rating pairs per unit, averaged over units rated at least twice."""
    r = _matrix(ratings)
    shares = []
    for row in r:
        v = row[~np.isnan(row)]
        m = v.size
        if m < 2:
            continue
        _, counts = np.unique(v, return_counts=True)
        shares.append(float((counts * (counts - 1)).sum()) / (m * (m - 1)))
    return float(np.mean(shares)) if shares else math.nan


def _kappa_pair(a: Matrix, b: Matrix, weights: Weights) -> float:
    both = ~(np.isnan(a) | np.isnan(b))
    a, b = a[both], b[both]
    if a.size == 0:
        return math.nan
    labels, codes = np.unique(np.concatenate([a, b]), return_inverse=True)
    k = labels.size
    if k < 2:
        return math.nan
    ia, ib = codes[: a.size], codes[a.size :]
    observed = np.zeros((k, k))
    np.add.at(observed, (ia, ib), 1.0)
    expected = np.outer(observed.sum(1), observed.sum(0)) / observed.sum()
    idx = np.arange(k)
    if weights is None:
        w = (idx[:, None] != idx[None, :]).astype(float)
    elif weights == "linear":
        w = np.abs(idx[:, None] - idx[None, :]).astype(float)
    else:
        w = ((idx[:, None] - idx[None, :]) ** 2).astype(float)
    denom = float((w * expected).sum())
    return 1.0 - float((w * observed).sum()) / denom if denom else math.nan


def cohen_kappa(ratings: ArrayLike, *, weights: Weights = None) -> float:
    """Cohen's kappa of two raters; with more raters the mean over pairs (Light's kappa).

    Categories are the distinct values seen, in order, so ``weights="quadratic"`` gives the
    quadratic-weighted kappa used for ordinal QA scales (same convention as scikit-learn).
    """
    r = _matrix(ratings)
    values = [
        _kappa_pair(r[:, i], r[:, j], weights)
        for i in range(r.shape[1])
        for j in range(i + 1, r.shape[1])
    ]
    values = [v for v in values if math.isfinite(v)]
    return float(np.mean(values)) if values else math.nan


def _alpha_from_counts(
    counts: Matrix, values: Matrix, level: Level, weight: Matrix | None = None
) -> float:
    """Alpha from per-unit value counts ``(units, V)``; ``weight`` = bootstrap multiplicity."""
    m = counts.sum(1)
    keep = m >= 2
    counts, m = counts[keep], m[keep]
    w = np.ones_like(m) if weight is None else weight[keep]
    if counts.size == 0:
        return math.nan
    scale = w / (m - 1)
    coincidence = (counts * scale[:, None]).T @ counts - np.diag((counts * scale[:, None]).sum(0))
    n_c = coincidence.sum(1)
    n = n_c.sum()
    if n <= 1:
        return math.nan
    if level == "nominal":
        delta = (values[:, None] != values[None, :]).astype(float)
    elif level == "interval":
        delta = (values[:, None] - values[None, :]) ** 2
    else:
        cum = np.cumsum(n_c)
        # delta(c, k) = (sum_{g=c..k} n_g - (n_c + n_k) / 2) ** 2 for c <= k
        lo = np.minimum.outer(np.arange(values.size), np.arange(values.size))
        hi = np.maximum.outer(np.arange(values.size), np.arange(values.size))
        between = cum[hi] - np.where(lo > 0, cum[np.maximum(lo - 1, 0)], 0.0)
        delta = (between - (n_c[lo] + n_c[hi]) / 2) ** 2
    d_o = float((coincidence * delta).sum()) / n
    d_e = float((np.outer(n_c, n_c) * delta).sum()) / (n * (n - 1))
    return 1.0 - d_o / d_e if d_e > 0 else math.nan


def _counts(r: Matrix) -> tuple[Matrix, Matrix]:
    values = np.unique(r[~np.isnan(r)])
    counts = np.zeros((r.shape[0], values.size))
    rows, cols = np.nonzero(~np.isnan(r))
    np.add.at(counts, (rows, np.searchsorted(values, r[rows, cols])), 1.0)
    return counts, values


def _alpha_interval(r: Matrix, weight: Matrix | None = None) -> float:
    """Interval alpha in O(ratings): squared differences from per-unit sums, no value matrix."""
    present = ~np.isnan(r)
    m = present.sum(1).astype(float)
    keep = m >= 2
    x = np.where(present, r, 0.0)[keep]
    m = m[keep]
    w = np.ones_like(m) if weight is None else weight[keep]
    s1, s2 = x.sum(1), (x * x).sum(1)
    n = float((w * m).sum())
    if n <= 1:
        return math.nan
    d_o = float((w * (2 * m * s2 - 2 * s1 * s1) / (m - 1)).sum()) / n
    t1, t2 = float((w * s1).sum()), float((w * s2).sum())
    d_e = (2 * n * t2 - 2 * t1 * t1) / (n * (n - 1))
    return 1.0 - d_o / d_e if d_e > 0 else math.nan


def krippendorff_alpha(ratings: ArrayLike, *, level: Level = "interval") -> float:
    """Krippendorff's alpha for any number of raters with missing ratings."""
    r = _matrix(ratings)
    if level == "interval":
        return _alpha_interval(r)
    if level not in ("nominal", "ordinal"):
        raise ConfigurationError(f"level must be nominal, ordinal or interval, got {level!r}")
    counts, values = _counts(r)
    return _alpha_from_counts(counts, values, level)


def _anova(y: Matrix) -> tuple[float, float, float, float]:
    n, k = y.shape
    grand = y.mean()
    ss_rows = k * float(((y.mean(1) - grand) ** 2).sum())
    ss_cols = n * float(((y.mean(0) - grand) ** 2).sum())
    ss_total = float(((y - grand) ** 2).sum())
    ss_err = ss_total - ss_rows - ss_cols
    msr = ss_rows / (n - 1)
    msc = ss_cols / (k - 1)
    mse = ss_err / ((n - 1) * (k - 1))
    msw = (ss_cols + ss_err) / (n * (k - 1))
    return msr, msc, mse, msw


def icc_all(ratings: ArrayLike) -> dict[str, float]:
    """All six Shrout & Fleiss ICC forms on the units rated by every rater."""
    r = _matrix(ratings)
    y = r[~np.isnan(r).any(1)]
    n, k = y.shape
    if n < 2 or k < 2:
        return dict.fromkeys(ICC_FORMS, math.nan)
    msr, msc, mse, msw = _anova(y)

    def ratio(num: float, den: float) -> float:
        return num / den if den else math.nan

    return {
        "ICC(1,1)": ratio(msr - msw, msr + (k - 1) * msw),
        "ICC(2,1)": ratio(msr - mse, msr + (k - 1) * mse + k * (msc - mse) / n),
        "ICC(3,1)": ratio(msr - mse, msr + (k - 1) * mse),
        "ICC(1,k)": ratio(msr - msw, msr),
        "ICC(2,k)": ratio(msr - mse, msr + (msc - mse) / n),
        "ICC(3,k)": ratio(msr - mse, msr),
    }


def icc(ratings: ArrayLike, *, form: str = "ICC(2,1)") -> float:
    """One ICC form by its Shrout & Fleiss name (see :data:`ICC_FORMS`)."""
    if form not in ICC_FORMS:
        raise ConfigurationError(
            f"unknown ICC form {form!r}; expected one of {', '.join(ICC_FORMS)}"
        )
    return icc_all(ratings)[form]


def _pairs(x: ArrayLike, y: ArrayLike) -> tuple[Matrix, Matrix]:
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if a.shape != b.shape or a.ndim != 1:
        raise ConfigurationError(
            f"x and y must be 1-D of the same length, got {a.shape} and {b.shape}"
        )
    ok = ~(np.isnan(a) | np.isnan(b))
    return a[ok], b[ok]


def pearson(x: ArrayLike, y: ArrayLike) -> float:
    """Pearson's r over the pairs where both values are present."""
    a, b = _pairs(x, y)
    if a.size < 2 or a.std() == 0 or b.std() == 0:
        return math.nan
    return float(np.corrcoef(a, b)[0, 1])


def _rank(v: Matrix) -> Matrix:
    order = np.argsort(v, kind="mergesort")
    ranks = np.empty(v.size)
    ranks[order] = np.arange(1, v.size + 1)
    _, inverse, counts = np.unique(v, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=ranks)
    return (sums / counts)[inverse]


def spearman(x: ArrayLike, y: ArrayLike) -> float:
    """Spearman's rho (Pearson on average ranks) over the pairs where both are present."""
    a, b = _pairs(x, y)
    if a.size < 2:
        return math.nan
    return pearson(_rank(a), _rank(b))


# --------------------------------------------------------------------------- bootstrap


def bootstrap(
    name: str,
    func: Callable[[Matrix], float],
    data: ArrayLike,
    *,
    n_boot: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
    n: int | None = None,
) -> Statistic:
    """``func(data)`` with a percentile interval from ``n_boot`` resamples of the rows.

    ``data`` is any 2-D array whose rows are units (for a correlation: two columns). The
    generator is ``numpy.random.default_rng(seed)``, so the interval is reproducible.
    ``seed`` and ``n_boot`` must be whole numbers >= 0 (a ConfigurationError says so).
    """
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ConfigurationError(f"seed must be a whole number >= 0, got {seed!r}")
    if isinstance(n_boot, bool) or not isinstance(n_boot, (int, np.integer)) or n_boot < 0:
        raise ConfigurationError(f"n_boot must be a whole number >= 0, got {n_boot!r}")
    d = np.asarray(data, dtype=float)
    value = _finite(func(d))
    units = d.shape[0] if n is None else n
    if value is None or n_boot <= 0 or d.shape[0] < 2:
        return Statistic(name=name, value=value, n=units, confidence=confidence)
    rng = np.random.default_rng(seed)
    draws = np.empty(n_boot)
    for b in range(n_boot):
        draws[b] = func(d[rng.integers(0, d.shape[0], d.shape[0])])
    draws = draws[np.isfinite(draws)]
    if draws.size == 0:
        return Statistic(name=name, value=value, n=units, confidence=confidence)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(draws, [tail, 100 - tail])
    return Statistic(
        name=name,
        value=value,
        low=float(low),
        high=float(high),
        n=units,
        confidence=confidence,
        n_boot=n_boot,
    )


def agreement_table(
    ratings: ArrayLike,
    *,
    n_boot: int = 1000,
    confidence: float = 0.95,
    seed: int = 0,
    icc_forms: Sequence[str] = ICC_FORMS,
) -> list[Statistic]:
    """Every rater-vs-rater statistic of one item, each with its bootstrap interval."""
    r = _matrix(ratings)
    rated = r[(~np.isnan(r)).sum(1) >= 2]
    kw = {"n_boot": n_boot, "confidence": confidence, "seed": seed}
    stats = [
        bootstrap("percent_agreement", percent_agreement, rated, **kw),  # type: ignore[arg-type]
        bootstrap("cohen_kappa", cohen_kappa, rated, **kw),  # type: ignore[arg-type]
        bootstrap(
            "quadratic_weighted_kappa",
            lambda m: cohen_kappa(m, weights="quadratic"),
            rated,
            **kw,  # type: ignore[arg-type]
        ),
    ]
    for level in ("nominal", "ordinal", "interval"):
        stats.append(
            bootstrap(
                f"krippendorff_alpha_{level}",
                lambda m, lv=level: krippendorff_alpha(m, level=lv),  # type: ignore[misc]
                rated,
                **kw,  # type: ignore[arg-type]
            )
        )
    complete = r[~np.isnan(r).any(1)]
    for form in icc_forms:
        stats.append(
            bootstrap(form, lambda m, f=form: icc(m, form=f), complete, **kw)  # type: ignore[misc, arg-type]
        )
    return stats
