"""Featurise: the only stage that reads words. A transcript becomes signals with evidence.

:func:`extract_signals` scans every turn once with the language pack's compiled rules;
:func:`compute_dynamics` measures timings (talk, silence, interruptions, response times) and the
customer's sentiment. Everything later (scores, profiles) works on these, never on text.
"""

from csskills.featurize._sentiment import conversation_sentiment, turn_sentiment
from csskills.featurize._signals import Commitment, Signals, TurnSignals, extract_signals
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
from csskills.featurize._turn import Intervals, make_evidence

__all__ = [
    "ANNOUNCES_WAIT",
    "DEFAULT_TIMING",
    "BusinessHours",
    "Commitment",
    "Dynamics",
    "Interruption",
    "Intervals",
    "Signals",
    "TimingConfig",
    "TurnSignals",
    "Wait",
    "business_seconds",
    "compute_dynamics",
    "conversation_sentiment",
    "extract_signals",
    "make_evidence",
    "turn_sentiment",
]
