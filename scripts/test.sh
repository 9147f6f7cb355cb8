#!/usr/bin/env bash
# Installs Samverka and its test tools (if needed) and runs the test suite offscreen.
#   bash scripts/test.sh [PYTEST ARGS]          the default suite: everything but the slow tests (a few minutes)
#   bash scripts/test.sh --slow [PYTEST ARGS]   only the slow tests (kill test, no-network, PDF robustness); CI runs both
# The tests run in one worker process per core (pytest-xdist); add `-n 0` to run them in this process (-x, --pdb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
marker="not slow"
if [ "${1:-}" = "--slow" ]; then
  marker="slow"
  shift
fi
set +e
# worksteal: a worker that runs out of tests takes some of the other's, so one long test near the end does not
# leave a core idle.
.venv/bin/python -m pytest -m "$marker" -n auto --dist worksteal "$@"
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
