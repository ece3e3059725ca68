"""csskills: score customer-service agents' competencies from conversation transcripts.

The flow is one-directional: :mod:`csskills.io` reads transcripts, :mod:`csskills.featurize`
finds behaviour evidence with the language packs of :mod:`csskills.lang`,
:mod:`csskills.evaluate` turns it into competency scores, and later stages aggregate them.
"""

from importlib.metadata import PackageNotFoundError, version

from csskills._assessment import Assessment, CompetencyScore, EvaluatorInfo, Evidence, Failure
from csskills._transcript import Transcript, Turn
from csskills.behaviours import BEHAVIOURS, Behaviour, get_behaviour
from csskills.competencies import COMPETENCIES, COMPETENCY_IDS, Competency, get_competency
from csskills.evaluate import (
    BatchResult,
    DefaultEvaluator,
    Evaluator,
    evaluate,
    evaluate_many,
    iter_evaluate,
)
from csskills.exceptions import CsskillsError, InputFormatError, UnsupportedLanguageError
from csskills.featurize._timing import BusinessHours, TimingConfig, business_seconds
from csskills.io import iter_transcripts, load_transcripts, read_assessments, read_transcripts
from csskills.lang import get_language, supported_languages

try:
    __version__ = version("csskills")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "BEHAVIOURS",
    "COMPETENCIES",
    "COMPETENCY_IDS",
    "Assessment",
    "BatchResult",
    "Behaviour",
    "BusinessHours",
    "Competency",
    "CompetencyScore",
    "CsskillsError",
    "DefaultEvaluator",
    "Evaluator",
    "EvaluatorInfo",
    "Evidence",
    "Failure",
    "InputFormatError",
    "TimingConfig",
    "Transcript",
    "Turn",
    "UnsupportedLanguageError",
    "__version__",
    "business_seconds",
    "evaluate",
    "evaluate_many",
    "get_behaviour",
    "get_competency",
    "get_language",
    "iter_evaluate",
    "iter_transcripts",
    "load_transcripts",
    "read_assessments",
    "read_transcripts",
    "supported_languages",
]
