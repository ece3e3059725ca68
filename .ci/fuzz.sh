#!/usr/bin/env bash
# Coverage-guided fuzzing of the JSONL and CSV readers with atheris, for a bounded time.
# atheris needs a wheel for this Python or a clang with libFuzzer to build: when it cannot be
# installed, say why and skip (exit 0) rather than fail CI. A crash found by a harness fails CI
# and leaves the input that triggered it in .ci-fuzz/ (crash-*).
set -uo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_HARNESS="${CSSKILLS_FUZZ_SECONDS:-30}"

echo "== fuzz (atheris, ${SECONDS_PER_HARNESS} s per harness)"
if ! python -c "import atheris" 2>/dev/null; then
  if ! log=$(python -m pip install -q atheris 2>&1); then
    echo "fuzz skipped: 'pip install atheris' failed:"
    echo "$log" | tail -5
    exit 0
  fi
fi
if ! python -c "import atheris" 2>/tmp/atheris-import.err; then
  echo "fuzz skipped: atheris installed but does not import: $(tail -1 /tmp/atheris-import.err)"
  exit 0
fi

work=$(mktemp -d)
status=0
for harness in fuzz/fuzz_jsonl.py fuzz/fuzz_csv.py; do
  echo "-- $harness"
  if ! PYTHONPATH=src python "$harness" -max_total_time="$SECONDS_PER_HARNESS" \
      -artifact_prefix="$work/" -print_final_stats=1 2>"$work/last.log"; then
    mkdir -p .ci-fuzz && cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* .ci-fuzz/ 2>/dev/null
    echo "FAILED: $harness found a crash; the input is saved under .ci-fuzz/"
    tail -40 "$work/last.log"
    status=1
  else
    grep -E "stat::number_of_executed_units|Done" "$work/last.log" | tail -2
  fi
done
rm -rf "$work"
exit $status
