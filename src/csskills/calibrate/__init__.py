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
from csskills.calibrate._labels import ItemMatrix, QALabel, QALabels, read_labels
from csskills.calibrate._report import (
    CalibrationReport,
    Disagreement,
    ItemReport,
    RaterBias,
    calibrate,
    evaluator_value,
)
from csskills.calibrate._scorecard import (
    CriticalItem,
    CriticalResult,
    ItemResult,
    Scorecard,
    ScorecardItem,
    ScorecardResult,
    load_scorecard,
)
from csskills.exceptions import LabelFormatError

__all__ = [
    "ICC_FORMS",
    "CalibrationReport",
    "CriticalItem",
    "CriticalResult",
    "Disagreement",
    "ItemMatrix",
    "ItemReport",
    "ItemResult",
    "LabelFormatError",
    "QALabel",
    "QALabels",
    "RaterBias",
    "Scorecard",
    "ScorecardItem",
    "ScorecardResult",
    "Statistic",
    "agreement_table",
    "bootstrap",
    "calibrate",
    "cohen_kappa",
    "evaluator_value",
    "icc",
    "icc_all",
    "krippendorff_alpha",
    "load_scorecard",
    "pearson",
    "percent_agreement",
    "read_labels",
    "spearman",
]
