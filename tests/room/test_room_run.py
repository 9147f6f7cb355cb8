"""Runs the room tests in their own Qt process: the platform (two virtual offscreen screens, a 1366×768 laptop
and a 1920×1080 projector) is chosen once per process, so it cannot be switched inside this one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CONFIG = HERE.parent / "two_screens.json"
ROOM_FILES = ("test_room_follows.py", "test_frame_fit.py", "test_placement.py")


@pytest.mark.slow  # a whole pytest run in a second process (≈ 10–15 s): CI runs it, scripts/test.sh --slow too
def test_room_suite_passes(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    if len(QGuiApplication.screens()) >= 2:
        pytest.skip("this process already has two screens; the room tests ran directly")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={CONFIG}")
    env.pop("PYTEST_ADDOPTS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(str(HERE / name) for name in ROOM_FILES)],
        cwd=HERE.parents[1], env=env, capture_output=True, text=True, timeout=900, check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout.splitlines()[-1]
