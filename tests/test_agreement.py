"""Agreement statistics against textbook examples and reference packages."""

from __future__ import annotations

import math

import numpy as np
import pytest

from csskills.calibrate import (
    bootstrap,
    cohen_kappa,
    icc,
    icc_all,
    krippendorff_alpha,
    pearson,
    percent_agreement,
    spearman,
)

nan = math.nan

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: 4 observers
# (rows) x 12 units (columns), missing values blank.
KRIPPENDORFF_2011 = np.array(
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
        [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
    ]
).T

# Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges, and the values of Table 4.
SHROUT_FLEISS = np.array(
    [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]],
    dtype=float,
)
SHROUT_FLEISS_TABLE_4 = {
    "ICC(1,1)": 0.17,
    "ICC(2,1)": 0.29,
    "ICC(3,1)": 0.71,
    "ICC(1,k)": 0.44,
    "ICC(2,k)": 0.62,
    "ICC(3,k)": 0.91,
}


@pytest.mark.parametrize(
    ("level", "expected"), [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849)]
)
def test_alpha_matches_krippendorff_2011_worked_example(level: str, expected: float) -> None:
    assert krippendorff_alpha(KRIPPENDORFF_2011, level=level) == pytest.approx(expected, abs=5e-4)


@pytest.mark.parametrize(("form", "expected"), sorted(SHROUT_FLEISS_TABLE_4.items()))
def test_icc_matches_shrout_fleiss_table_4(form: str, expected: float) -> None:
    assert icc(SHROUT_FLEISS, form=form) == pytest.approx(expected, abs=0.005)


def _random_ratings(
    seed: int, units: int = 60, raters: int = 4, missing: float = 0.2
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    truth = rng.integers(1, 6, units)
    r = np.clip(truth[:, None] + rng.integers(-1, 2, (units, raters)), 1, 5).astype(float)
    r[rng.random(r.shape) < missing] = nan
    return r


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval"])
def test_alpha_matches_krippendorff_package(seed: int, level: str) -> None:
    krippendorff = pytest.importorskip("krippendorff")
    r = _random_ratings(seed)
    expected = krippendorff.alpha(reliability_data=r.T, level_of_measurement=level)
    assert krippendorff_alpha(r, level=level) == pytest.approx(expected, abs=1e-9)


def test_interval_alpha_on_continuous_values_matches_package() -> None:
    krippendorff = pytest.importorskip("krippendorff")
    rng = np.random.default_rng(5)
    r = rng.normal(50, 10, (40, 3)) + rng.normal(0, 20, (40, 1))
    r[rng.random(r.shape) < 0.1] = nan
    expected = krippendorff.alpha(reliability_data=r.T, level_of_measurement="interval")
    assert krippendorff_alpha(r, level="interval") == pytest.approx(expected, abs=1e-9)


@pytest.mark.filterwarnings("ignore")
@pytest.mark.parametrize("seed", [0, 1])
def test_icc_matches_pingouin(seed: int) -> None:
    pingouin = pytest.importorskip("pingouin")
    pd = pytest.importorskip("pandas")
    r = _random_ratings(seed, units=30, missing=0.0)
    long = pd.DataFrame(
        [(u, k, r[u, k]) for u in range(r.shape[0]) for k in range(r.shape[1])],
        columns=["unit", "rater", "score"],
    )
    table = pingouin.intraclass_corr(long, targets="unit", raters="rater", ratings="score")
    # pingouin < 0.6 used "ICC1".."ICC3k"; later versions use McGraw & Wong's names.
    names = {
        "ICC1": "ICC(1,1)", "ICC2": "ICC(2,1)", "ICC3": "ICC(3,1)",
        "ICC1k": "ICC(1,k)", "ICC2k": "ICC(2,k)", "ICC3k": "ICC(3,k)",
        "ICC(1,1)": "ICC(1,1)", "ICC(A,1)": "ICC(2,1)", "ICC(C,1)": "ICC(3,1)",
        "ICC(1,k)": "ICC(1,k)", "ICC(A,k)": "ICC(2,k)", "ICC(C,k)": "ICC(3,k)",
    }  # fmt: skip
    ours = icc_all(r)
    for ref_name, value in zip(table["Type"], table["ICC"], strict=True):
        assert ours[names[ref_name]] == pytest.approx(value, abs=1e-9)


def test_icc_leaves_out_incomplete_units() -> None:
    r = np.vstack([SHROUT_FLEISS, [[1, nan, 3, 4]]])
    assert icc(r, form="ICC(2,1)") == pytest.approx(icc(SHROUT_FLEISS, form="ICC(2,1)"))


def test_icc_rejects_unknown_form() -> None:
    with pytest.raises(ValueError, match=r"ICC\(2,1\)"):
        icc(SHROUT_FLEISS, form="ICC(4,1)")


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_cohen_kappa_matches_scikit_learn(weights: str | None) -> None:
    from sklearn.metrics import cohen_kappa_score

    r = _random_ratings(7, raters=2, missing=0.0)
    expected = cohen_kappa_score(r[:, 0], r[:, 1], weights=weights)
    assert cohen_kappa(r, weights=weights) == pytest.approx(expected, abs=1e-12)


def test_cohen_kappa_with_three_raters_is_the_mean_over_pairs() -> None:
    from sklearn.metrics import cohen_kappa_score

    r = _random_ratings(8, raters=3, missing=0.0)
    pairs = [cohen_kappa_score(r[:, i], r[:, j]) for i, j in ((0, 1), (0, 2), (1, 2))]
    assert cohen_kappa(r) == pytest.approx(np.mean(pairs))


def test_cohen_kappa_uses_only_units_both_raters_rated() -> None:
    r = np.array([[1, 1], [2, 2], [1, nan], [nan, 2], [2, 1]], dtype=float)
    # 4 x 4 table from the three complete rows: po = 2/3, pe = 4/9 -> (2/3 - 4/9) / (5/9)
    assert cohen_kappa(r) == pytest.approx(0.4)


def test_percent_agreement_counts_agreeing_pairs_per_unit() -> None:
    r = np.array([[1, 1, 1], [1, 1, 2], [1, nan, nan], [3, 4, nan]], dtype=float)
    # unit 1: 3/3 pairs, unit 2: 1/3, unit 3 skipped (one rating), unit 4: 0/1
    assert percent_agreement(r) == pytest.approx((1 + 1 / 3 + 0) / 3)


def test_correlations_match_scipy() -> None:
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(3)
    x = rng.integers(0, 5, 80).astype(float)
    y = x + rng.normal(0, 2, 80)
    x[3] = nan
    ok = ~np.isnan(x)
    assert spearman(x, y) == pytest.approx(stats.spearmanr(x[ok], y[ok]).statistic)
    assert pearson(x, y) == pytest.approx(stats.pearsonr(x[ok], y[ok]).statistic)


def test_perfect_agreement_gives_one_everywhere() -> None:
    r = np.repeat(np.arange(1, 6, dtype=float)[:, None], 3, axis=1)
    assert percent_agreement(r) == 1.0
    assert cohen_kappa(r, weights="quadratic") == pytest.approx(1.0)
    for level in ("nominal", "ordinal", "interval"):
        assert krippendorff_alpha(r, level=level) == pytest.approx(1.0)


def test_bootstrap_is_seeded_and_brackets_the_estimate() -> None:
    r = _random_ratings(11, units=80)
    a = bootstrap("alpha", krippendorff_alpha, r, n_boot=200, seed=4)
    b = bootstrap("alpha", krippendorff_alpha, r, n_boot=200, seed=4)
    c = bootstrap("alpha", krippendorff_alpha, r, n_boot=200, seed=5)
    assert a == b
    assert a.low != c.low
    assert a.low is not None and a.high is not None and a.value is not None
    assert a.low <= a.value <= a.high
    assert a.n == 80 and a.n_boot == 200


def test_bootstrap_of_undefined_statistic_has_no_interval() -> None:
    stat = bootstrap("alpha", krippendorff_alpha, np.ones((5, 2)), n_boot=50)
    assert stat.value is None and stat.low is None
