"""The facilitator window on a real collaboration file, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def new_file(tmp_path: Path) -> Path:
    from samverka.core.collaboration_service import new_collaboration

    path = tmp_path / "test.samverka"
    new_collaboration(path, name="Testkommun och LPO Test 2026–2029", kommun="Testkommun").close()
    return path


@pytest.fixture
def window(qtbot: Any) -> Iterator[Any]:
    from PySide6.QtWidgets import QApplication

    from samverka.ui.app import build_window

    app = QApplication.instance()
    win = build_window(app, "sv")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()
    win.languages.apply("sv")
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents()  # the language change reaches this window now, not the next test's
    # Delete the window and everything it made (presenter, audience window, menus), so windows do not pile up
    # from test to test: the next test's set-up would slow down with every window left behind.
    if win.presenter is not None:
        win.presenter.shutdown()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
