#!/usr/bin/env bash
# Installs what Samverka and its tests need on a fresh Debian machine, then the project into .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 fonts-dejavu-core xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 poppler-utils qpdf imagemagick softhsm2 opensc
  fonts-noto-core postgresql strace)
NEEDED_COMMANDS=(pdftotext pdffonts pdfsig pdftoppm qpdf softhsm2-util pkcs11-tool Xvfb strace)

missing=0
for cmd in "${NEEDED_COMMANDS[@]}"; do command -v "$cmd" >/dev/null 2>&1 || missing=1; done
if [ "${SAMVERKA_FORCE_APT:-0}" = 1 ] || [ "$missing" = 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing system packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
  else
    echo "Some tools are missing (${NEEDED_COMMANDS[*]}); install: sudo apt-get install ${APT_PACKAGES[*]}" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "== creating .venv"
  python3 -m venv .venv
fi
# Installing again is skipped while pyproject.toml is unchanged since the last install (it costs ~15 s per run).
stamp=.venv/.samverka-installed
wanted=$(sha256sum pyproject.toml | cut -d" " -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && .venv/bin/python -c "import samverka" 2>/dev/null; then
  echo "== samverka is installed in .venv (pyproject.toml unchanged)"
else
  echo "== installing samverka into .venv"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  # PySide6-Pdf belonged to the 6.12 series Samverka no longer uses; an old .venv may still have it.
  .venv/bin/python -m pip uninstall -q -y PySide6-Pdf >/dev/null 2>&1 || true
  .venv/bin/python -m pip install -q -e ".[dev]"
  echo "$wanted" > "$stamp"
fi
