"""Reports for people: one self-contained HTML file with charts, evidence and conversations.

``render_html(assessments, transcripts=...)`` returns the page; ``write_html(path, ...)`` writes
it. The page needs no network and runs no script; transcript text is escaped and customer PII is
masked unless ``redact=False``.
"""

from csskills.redact import redact
from csskills.report._html import render_html, write_html

__all__ = ["redact", "render_html", "write_html"]
