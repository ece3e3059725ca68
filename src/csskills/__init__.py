"""csskills: score customer-service agents' competencies from conversation transcripts.

The flow is one-directional: :mod:`csskills.io` reads transcripts, :mod:`csskills.featurize`
finds behaviour evidence with the language packs of :mod:`csskills.lang`,
:mod:`csskills.evaluate` turns it into competency scores, and later stages aggregate them.
"""

from importlib.metadata import PackageNotFoundError, version

from csskills._assessment import (
    Assessment,
    CompetencyScore,
    EvaluatorInfo,
    Evidence,
    Failure,
    Promise,
)
from csskills._limits import DEFAULT_LIMITS, Limits
from csskills._transcript import Transcript, Turn
from csskills.aggregate import (
    AgentProfile,
    GapReport,
    ProfileOptions,
    ProfileStats,
    RoleTarget,
    TeamProfiles,
    build_profiles,
    load_role,
    skill_gaps,
)
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
from csskills.exceptions import (
    ConfigurationError,
    CsskillsError,
    CsskillsWarning,
    DataWarning,
    DuplicateAssessmentError,
    EvaluationError,
    InputFormatError,
    LabelFormatError,
    MissingDependencyError,
    NotFittedError,
    OutputError,
    RuleSyntaxError,
    UnknownAgentError,
    UnknownBehaviourError,
    UnknownCompetencyError,
    UnknownItemError,
    UnsupportedLanguageError,
    UsageError,
)
from csskills.featurize import BusinessHours, TimingConfig, business_seconds
from csskills.io import (
    ColumnMapping,
    detect_format,
    iter_transcripts,
    load_transcripts,
    read,
    read_assessments,
    read_transcripts,
)
from csskills.lang import get_language, supported_languages

# Calibration, the trainable evaluator and the LLM judge load on first use: scikit-learn's
# import costs seconds that scoring alone never needs, and the judge is an optional extra.
_LAZY = {
    "LLMJudge": "csskills.judge",
    "LearnedEvaluator": "csskills.learn",
    "QALabels": "csskills.calibrate",
    "Scorecard": "csskills.calibrate",
    "TranscriptFeaturizer": "csskills.learn",
    "load_scorecard": "csskills.calibrate",
    "read_labels": "csskills.calibrate",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'csskills' has no attribute {name!r}")


try:
    __version__ = version("csskills")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "BEHAVIOURS",
    "COMPETENCIES",
    "COMPETENCY_IDS",
    "DEFAULT_LIMITS",
    "AgentProfile",
    "Assessment",
    "BatchResult",
    "Behaviour",
    "BusinessHours",
    "ColumnMapping",
    "Competency",
    "CompetencyScore",
    "ConfigurationError",
    "CsskillsError",
    "CsskillsWarning",
    "DataWarning",
    "DefaultEvaluator",
    "DuplicateAssessmentError",
    "EvaluationError",
    "Evaluator",
    "EvaluatorInfo",
    "Evidence",
    "Failure",
    "GapReport",
    "InputFormatError",
    "LLMJudge",
    "LabelFormatError",
    "LearnedEvaluator",
    "Limits",
    "MissingDependencyError",
    "NotFittedError",
    "OutputError",
    "ProfileOptions",
    "ProfileStats",
    "Promise",
    "QALabels",
    "RoleTarget",
    "RuleSyntaxError",
    "Scorecard",
    "TeamProfiles",
    "TimingConfig",
    "Transcript",
    "TranscriptFeaturizer",
    "Turn",
    "UnknownAgentError",
    "UnknownBehaviourError",
    "UnknownCompetencyError",
    "UnknownItemError",
    "UnsupportedLanguageError",
    "UsageError",
    "__version__",
    "build_profiles",
    "business_seconds",
    "detect_format",
    "evaluate",
    "evaluate_many",
    "get_behaviour",
    "get_competency",
    "get_language",
    "iter_evaluate",
    "iter_transcripts",
    "load_role",
    "load_scorecard",
    "load_transcripts",
    "read",
    "read_assessments",
    "read_labels",
    "read_transcripts",
    "skill_gaps",
    "supported_languages",
]
