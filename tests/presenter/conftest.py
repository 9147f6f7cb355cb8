"""Fixtures for presenter tests: a main window with the presenter installed, on the demo or a new collaboration.

Tests that need two screens use the `two_screens` fixture: it skips unless Qt was started with the two-screen
offscreen config (tests/two_screens.json); `test_two_screen_run.py` starts such a run in a subprocess.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

TWO_SCREENS_CONFIG = Path(__file__).resolve().parent.parent / "two_screens.json"


@pytest.fixture(autouse=True)
def _fonts(qapp):  # type: ignore[no-untyped-def]
    from samverka.ui.fonts import install_fonts

    install_fonts(qapp)


@pytest.fixture
def two_screens(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    if len(QGuiApplication.screens()) < 2:
        pytest.skip("needs QT_QPA_PLATFORM=offscreen:configfile=tests/two_screens.json (run by test_two_screen_run)")
    return QGuiApplication.screens()


def _make(qtbot, database):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

    from samverka.ui.context import make_context
    from samverka.ui.presenter import install_presenter

    ctx = make_context(database)
    window = QMainWindow()
    central = QWidget()
    QVBoxLayout(central).addWidget(QLineEdit())  # a text field on the page, for the typing tests
    window.setCentralWidget(central)
    window.resize(1200, 700)
    qtbot.addWidget(window)
    window.show()
    window.setFocus()  # the keyboard starts on the window itself, not in the text field
    controller = install_presenter(window, ctx)
    return ctx, window, controller


@pytest.fixture
def demo_presenter(qtbot, demo_db) -> Iterator[tuple]:  # type: ignore[no-untyped-def,type-arg]
    ctx, window, controller = _make(qtbot, demo_db)
    yield ctx, window, controller
    controller.shutdown()


@pytest.fixture
def new_presenter(qtbot, sqlite_db) -> Iterator[tuple]:  # type: ignore[no-untyped-def,type-arg]
    ctx, window, controller = _make(qtbot, sqlite_db)
    yield ctx, window, controller
    controller.shutdown()
