"""The trainable evaluator: a scikit-learn featurizer and ridge models fitted on QA labels."""

from csskills.learn._featurizer import FIELDS, TranscriptFeaturizer, signal_names
from csskills.learn._learned import FORMAT, LearnedEvaluator, RidgeScorer

__all__ = [
    "FIELDS",
    "FORMAT",
    "LearnedEvaluator",
    "RidgeScorer",
    "TranscriptFeaturizer",
    "signal_names",
]
