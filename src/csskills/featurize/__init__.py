"""Featurise: the only stage that reads words. A transcript becomes signals with evidence.

:func:`extract_signals` scans every turn once with the language pack's compiled rules;
:func:`compute_dynamics` measures timings (talk, silence, interruptions, response times) and the
customer's sentiment. Everything later (scores, profiles) works on these, never on text.
"""

from csskills.featurize._sentiment import conversation_sentiment, turn_sentiment
from csskills.featurize._signals import Signals, extract_signals
from csskills.featurize._timing import (
    ANNOUNCES_WAIT,
    DEFAULT_TIMING,
    BusinessHours,
    Dynamics,
    Interruption,
    TimingConfig,
    Wait,
    business_seconds,
    compute_dynamics,
)

__all__ = [
    "ANNOUNCES_WAIT",
    "DEFAULT_TIMING",
    "BusinessHours",
    "Dynamics",
    "Interruption",
    "Signals",
    "TimingConfig",
    "Wait",
    "business_seconds",
    "compute_dynamics",
    "conversation_sentiment",
    "extract_signals",
    "turn_sentiment",
]
