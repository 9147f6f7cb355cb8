"""Runs the journey in its own Qt process with two virtual screens (the platform is chosen once per process).
SAMVERKA_JOURNEY_SHOTS=docs/journey makes it save both screens at every step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CONFIG = HERE.parent / "two_screens.json"


@pytest.mark.slow
def test_journey_passes(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    if len(QGuiApplication.screens()) >= 2:
        pytest.skip("this process already has two screens; the journey ran directly")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}")
    env.pop("PYTEST_ADDOPTS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(HERE / "test_journey.py")],
        cwd=HERE.parents[1], env=env, capture_output=True, text=True, timeout=1200, check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1]
