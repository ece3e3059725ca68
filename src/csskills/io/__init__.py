"""Input and output: transcripts in, assessments out (JSONL, streaming)."""

from csskills.io._jsonl import (
    iter_transcripts,
    load_transcripts,
    parse_transcript,
    read_assessments,
    read_transcripts,
    write_jsonl,
)

__all__ = [
    "iter_transcripts",
    "load_transcripts",
    "parse_transcript",
    "read_assessments",
    "read_transcripts",
    "write_jsonl",
]
