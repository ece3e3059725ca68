"""Calibration against a QA team: human labels in, agreement statistics and scorecards out."""

from csskills.calibrate._agreement import (
    ICC_FORMS,
    Statistic,
    agreement_table,
    bootstrap,
    cohen_kappa,
    icc,
    icc_all,
    krippendorff_alpha,
    pearson,
    percent_agreement,
    spearman,
)

__all__ = [
    "ICC_FORMS",
    "Statistic",
    "agreement_table",
    "bootstrap",
    "cohen_kappa",
    "icc",
    "icc_all",
    "krippendorff_alpha",
    "pearson",
    "percent_agreement",
    "spearman",
]
