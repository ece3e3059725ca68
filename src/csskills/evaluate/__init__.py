"""Evaluate: from a transcript's signals to an :class:`~csskills.Assessment`."""

from csskills.evaluate._evaluator import (
    BatchResult,
    DefaultEvaluator,
    Evaluator,
    evaluate,
    evaluate_many,
    iter_evaluate,
)
from csskills.evaluate._scoring import OVERALL_WEIGHTS, SCORERS, SCORING_VERSION

__all__ = [
    "OVERALL_WEIGHTS",
    "SCORERS",
    "SCORING_VERSION",
    "BatchResult",
    "DefaultEvaluator",
    "Evaluator",
    "evaluate",
    "evaluate_many",
    "iter_evaluate",
]
