"""Steps 5 (every view), 8, 9 and 10 (every tab) as the facilitator's 1366×768 laptop and the room's 1920×1080
projector show them, from the real main window on two screens.

Run with SAMVERKA_SCREENSHOTS=1 (inside the two-screen run) to write them to docs/screenshots/room-*.png.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PAGES = (("5", "triangle"), ("5", "fishbone"), ("5", "event_chain"), ("5", "tree"), ("5", "whys"), ("8", ""),
         ("9", ""), ("10", "indicators"), ("10", "measures"), ("10", "promises"), ("10", "plan"))


def test_laptop_and_projector_pictures(qtbot, two_screens, demo_path, tmp_path):  # type: ignore[no-untyped-def]
    from samverka.ui.app import build_window

    folder = DOCS if os.environ.get("SAMVERKA_SCREENSHOTS") == "1" else tmp_path
    window = build_window(QApplication.instance(), "sv")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # a first start is maximised
    window.resize(1366, 768)
    window.show()
    assert window.open_path(str(demo_path))
    controller = window.presenter
    controller.start(from_first=False)
    seen = set()
    for step, view in PAGES:
        window.go_to_step(int(step))
        page = window.current_page()
        if view and int(step) == 5:
            page.show_view(view)  # the room follows the facilitator's view
            assert controller.presentation.cause_view == view
        elif view:
            page.show_tab(view)
        for _ in range(3):
            QApplication.processEvents()
        name = f"room-step-{int(step):02d}" + (f"-{view.replace('_', '-')}" if view else "")
        laptop, projector = window.grab().toImage(), controller.audience.grab().toImage()
        assert (laptop.width(), laptop.height()) == (1366, 768), name
        assert (projector.width(), projector.height()) == (1920, 1080), name
        assert laptop.save(str(folder / f"{name}-laptop.png")) and projector.save(str(folder / f"{name}-projector.png"))
        seen.add(projector.cacheKey())
    assert len(seen) == len(PAGES)
    controller.shutdown()
    window.close()


def test_the_presenter_panel_shows_the_view_the_page_chose(qtbot, demo_path):  # type: ignore[no-untyped-def]
    from samverka.ui.app import build_window

    window = build_window(QApplication.instance(), "sv")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # a first start is maximised
    window.resize(1366, 768)
    window.show()
    assert window.open_path(str(demo_path))
    window.go_to_step(5)
    window.current_page().show_view("event_chain")
    panel = window.presenter.panel
    assert window.presenter.presentation.cause_view == "event_chain"
    assert panel.cause_view_box.currentData() == "event_chain"
    assert panel.cause_view_box.currentText() == "Händelsekedja"
    window.presenter.shutdown()
    window.close()
