"""Input and output: transcripts in, assessments out (JSONL, streaming, written atomically).

:func:`read` also takes the formats users already have (contact-centre, help-desk and open
formats, or any CSV with a column mapping): see :mod:`csskills.io.formats`.
"""

from csskills.io._atomic import (
    ResumeState,
    atomic_write,
    commit,
    discard,
    open_partial,
    partial_path,
    prepare_resume,
    read_settings,
    settings_path,
    write_settings,
)
from csskills.io._jsonl import (
    iter_transcripts,
    load_transcripts,
    parse_transcript,
    read_assessments,
    read_transcripts,
    write_jsonl,
)
from csskills.io.formats import (
    FORMATS,
    ColumnMapping,
    FormatGuess,
    detect_format,
    read,
    transcripts_from_frame,
)

__all__ = [
    "FORMATS",
    "ColumnMapping",
    "FormatGuess",
    "ResumeState",
    "atomic_write",
    "commit",
    "detect_format",
    "discard",
    "iter_transcripts",
    "load_transcripts",
    "open_partial",
    "parse_transcript",
    "partial_path",
    "prepare_resume",
    "read",
    "read_assessments",
    "read_settings",
    "read_transcripts",
    "settings_path",
    "transcripts_from_frame",
    "write_jsonl",
    "write_settings",
]
