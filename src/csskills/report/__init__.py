"""Presentation: everything csskills shows to people, in one place.

* :func:`render_html` / :func:`write_html`: the self-contained HTML report (charts, evidence,
  conversations; no script, no network; customer PII masked unless ``redact=False``);
* :mod:`csskills.report.text`: the command line's tables of profiles and gaps;
* :mod:`csskills.report.notebook`: the ``_repr_html_`` of assessments, transcripts and profiles;
* :mod:`csskills.report.frames`: pandas DataFrames (``pip install 'csskills[pandas]'``).

The notebook, text and frame renderers import no csskills model at run time (type hints only),
so the models can call them from ``_repr_html_`` and ``to_frame`` without an import cycle.
"""

from csskills.redact import redact
from csskills.report._page import render_html, write_html
from csskills.report.frames import (
    assessments_to_frame,
    behaviours_to_frame,
    evidence_to_frame,
    failures_to_frame,
    gaps_to_frame,
    profiles_to_frame,
    team_gaps_to_frame,
    transcripts_to_frame,
)
from csskills.report.text import render_gaps, render_profiles

__all__ = [
    "assessments_to_frame",
    "behaviours_to_frame",
    "evidence_to_frame",
    "failures_to_frame",
    "gaps_to_frame",
    "profiles_to_frame",
    "redact",
    "render_gaps",
    "render_html",
    "render_profiles",
    "team_gaps_to_frame",
    "transcripts_to_frame",
    "write_html",
]
