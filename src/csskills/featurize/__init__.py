"""Featurise: from a transcript to behaviour evidence (the matching hot path)."""

from csskills.featurize._signals import Signals, extract_signals

__all__ = ["Signals", "extract_signals"]
