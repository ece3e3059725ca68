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
from csskills.evaluate._scoring import overall as overall_from_scores

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
    "overall_from_scores",
]
