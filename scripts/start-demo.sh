#!/usr/bin/env bash
# Installs Samverka (if needed) and opens the app on a fresh copy of the Lund demo collaboration.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/samverka --demo "$@"
