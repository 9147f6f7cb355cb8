"""Runs the two-screen tests in their own Qt process: the platform (here two virtual offscreen screens from
tests/two_screens.json) is chosen once per process, so it cannot be switched inside this one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CONFIG = HERE.parent / "two_screens.json"
TWO_SCREEN_FILES = ("test_two_screens.py", "test_screenshots.py", "test_audience.py", "test_screenshots_implement.py")


@pytest.mark.slow  # a whole pytest run in a second process (≈ 10–15 s): CI runs it, scripts/test.sh --slow too
def test_two_screen_suite_passes(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    if len(QGuiApplication.screens()) >= 2:
        pytest.skip("this process already has two screens; the two-screen tests ran directly")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}")
    env.pop("PYTEST_ADDOPTS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         *(str(HERE / name) for name in TWO_SCREEN_FILES)],
        cwd=HERE.parents[1], env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1]
