"""The room: the real main window on a 1366×768 laptop screen with the presenter panel open and the audience
window full screen on a 1920×1080 projector (two virtual offscreen screens from tests/two_screens.json).

These tests skip unless Qt was started with that config; `test_room_run.py` starts such a run in a subprocess.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

LAPTOP = (1366, 768)


@pytest.fixture(autouse=True)
def _fonts(qapp: Any) -> None:
    from samverka.ui.fonts import install_fonts

    install_fonts(qapp)


@pytest.fixture
def two_screens(qapp: Any) -> Any:
    from PySide6.QtGui import QGuiApplication

    screens = QGuiApplication.screens()
    if len(screens) < 2 or screens[0].size().toTuple() != LAPTOP:
        pytest.skip("needs QT_QPA_PLATFORM=offscreen:configfile=tests/two_screens.json (run by test_room_run)")
    return screens


@pytest.fixture
def room(qtbot: Any, two_screens: Any) -> Iterator[Any]:
    """The main window as a first start makes it (maximised on the laptop), presenter panel open, nothing open."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from samverka.ui.app import build_window

    window = build_window(QApplication.instance(), "sv")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.presenter.dock.show()
    yield window
    window.close()
    window.presenter.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def demo_room(room: Any, demo_path: Path) -> Any:
    assert room.open_path(str(demo_path))
    return room
