"""Coverage-guided fuzzing (atheris) of the CSV readers: generic (column mapping) and TWCS.

Run: ``python fuzz/fuzz_csv.py -max_total_time=30``. Any bytes give transcripts, Failure
records or a located InputFormatError; never another exception.
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    from csskills.exceptions import InputFormatError
    from csskills.io.formats import ColumnMapping, read

_DIR = tempfile.mkdtemp(prefix="csskills-fuzz-")
_PATH = os.path.join(_DIR, "input.csv")
_MAPPING = ColumnMapping()


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    fmt = "twcs" if fdp.ConsumeBool() else "generic"
    header = (
        b"tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n"
        if fmt == "twcs"
        else b"id,role,text\n"
    )
    with open(_PATH, "wb") as handle:
        handle.write(header + fdp.ConsumeBytes(fdp.remaining_bytes()))
    try:
        for _ in read(_PATH, fmt, errors="collect", mapping=_MAPPING if fmt == "generic" else None):
            pass
    except InputFormatError:
        return


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
