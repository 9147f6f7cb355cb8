"""The journey runs in the room: two virtual offscreen screens, a 1366×768 laptop and a 1920×1080 projector
(tests/two_screens.json). It skips in any other process; `test_journey_run.py` starts it in its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _fonts(qapp: Any) -> None:
    from samverka.ui.fonts import install_fonts

    install_fonts(qapp)


@pytest.fixture
def laptop_and_projector(qapp: Any) -> Any:
    from PySide6.QtGui import QGuiApplication

    screens = QGuiApplication.screens()
    if len(screens) < 2 or screens[0].size().toTuple() != (1366, 768):
        pytest.skip("needs QT_QPA_PLATFORM=offscreen:configfile=tests/two_screens.json (run by test_journey_run)")
    return screens


@pytest.fixture
def first_start(qtbot: Any, laptop_and_projector: Any) -> Iterator[Any]:
    """Samverka as a new user first starts it: no settings, no file, the window maximised on the laptop."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from samverka.ui.app import build_window

    window = build_window(QApplication.instance(), "sv")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    if window.presenter is not None:
        window.presenter.shutdown()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
