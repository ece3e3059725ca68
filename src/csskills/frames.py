"""DataFrames of csskills objects: an alias kept for notebooks written against csskills 0.1.

The functions live in :mod:`csskills.report.frames` (assessments, profiles, gaps... to frames)
and :func:`csskills.io.transcripts_from_frame` (a frame of turns in); import them from there.
"""

from csskills.io import transcripts_from_frame
from csskills.report.frames import (
    ASSESSMENT_COLUMNS,
    BEHAVIOUR_COLUMNS,
    EVIDENCE_COLUMNS,
    GAP_COLUMNS,
    PROFILE_COLUMNS,
    TURN_COLUMNS,
    assessments_to_frame,
    behaviours_to_frame,
    evidence_to_frame,
    failures_to_frame,
    gaps_to_frame,
    profiles_to_frame,
    team_gaps_to_frame,
    transcripts_to_frame,
)

__all__ = [
    "ASSESSMENT_COLUMNS",
    "BEHAVIOUR_COLUMNS",
    "EVIDENCE_COLUMNS",
    "GAP_COLUMNS",
    "PROFILE_COLUMNS",
    "TURN_COLUMNS",
    "assessments_to_frame",
    "behaviours_to_frame",
    "evidence_to_frame",
    "failures_to_frame",
    "gaps_to_frame",
    "profiles_to_frame",
    "team_gaps_to_frame",
    "transcripts_from_frame",
    "transcripts_to_frame",
]
