"""Coverage-guided fuzzing (atheris) of the JSONL transcript reader and the evaluator.

Run: ``python fuzz/fuzz_jsonl.py -max_total_time=30`` (``.ci/fuzz.sh`` does, in CI). The
contract: any bytes give transcripts, Failure records or a located InputFormatError, and every
transcript read is scored and serialised without an exception.
"""

from __future__ import annotations

import io
import sys

import atheris

with atheris.instrument_imports():
    from csskills import Transcript, evaluate
    from csskills.exceptions import InputFormatError
    from csskills.io import iter_transcripts


def test_one_input(data: bytes) -> None:
    try:
        items = list(iter_transcripts(io.BytesIO(data), errors="collect"))
    except InputFormatError:
        return
    for item in items:
        if isinstance(item, Transcript):
            evaluate(item).model_dump_json()


def main() -> None:
    seeds = b'{"id": "s", "turns": [{"role": "agent", "text": "Sorry for the wait!"}]}\n'
    if len(sys.argv) == 1:
        test_one_input(seeds)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
