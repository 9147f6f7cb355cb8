#!/usr/bin/env bash
# Installs Samverka and its test tools (if needed) and runs the test suite offscreen.
#   bash scripts/test.sh [PYTEST ARGS]          the default suite: everything but the slow tests (< 3 min on 2 cores)
#   bash scripts/test.sh --slow [PYTEST ARGS]   only the slow tests (kill test, no-network, PDF robustness); CI runs both
# The default suite runs in one worker process per core; add `-n 0` to run it in this process (for -x or --pdb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
marker="not slow"
# One worker process per core (pytest-xdist); worksteal: a worker that runs out of tests takes some of the
# other's, so one long test near the end does not leave a core idle.
workers=(-n auto --dist worksteal)
if [ "${1:-}" = "--slow" ]; then
  marker="slow"
  # The slow tests load the machine themselves (two kill loops, strace, memory bombs) and check that their stream
  # really ran: they run one at a time, as they were written to.
  workers=(-n 0)
  shift
fi
set +e
.venv/bin/python -m pytest -m "$marker" "${workers[@]}" "$@"
status=$?
set -e
if [ "$status" = 5 ]; then
  if [ "$marker" = "slow" ]; then
    echo "no slow tests were selected"  # nothing slow to run is not a failure
    exit 0
  fi
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$status"
