"""Where the facilitator's window appears: maximised on the first start, else where it was, always inside the
available area of a screen that exists now (the laptop is 1366×768, the projector 1920×1080 to its right)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect

from samverka.ui import geometry
from samverka.ui.geometry import Placement, clamp, fit_frame

LAPTOP = QRect(0, 0, 1366, 768)
PROJECTOR = QRect(1366, 0, 1920, 1080)


def test_clamp_shrinks_keeps_or_centres() -> None:
    none = QMargins()
    assert clamp(QRect(100, 50, 800, 500), LAPTOP, none) == QRect(100, 50, 800, 500)  # fits: stays
    big = clamp(QRect(0, 0, 1920, 1080), LAPTOP, none)
    assert big == LAPTOP  # a big-screen size comes back as large as the laptop allows
    off = clamp(QRect(1200, 600, 800, 500), LAPTOP, none)
    assert LAPTOP.contains(off) and off.size().toTuple() == (800, 500)
    assert abs(off.center().x() - LAPTOP.center().x()) <= 1  # moved: centred, not pushed into a corner
    framed = clamp(QRect(0, 0, 1366, 768), LAPTOP)
    assert LAPTOP.contains(framed.marginsAdded(geometry.FRAME_ALLOWANCE))  # room left for a title bar


def test_fit_frame_moves_a_frame_inside() -> None:
    assert fit_frame(QRect(10, 10, 500, 400), LAPTOP) is None
    assert fit_frame(QRect(-20, 700, 500, 400), LAPTOP) == QPoint(0, 368)


def test_placement_text_round_trip() -> None:
    placement = Placement(QRect(12, 34, 1000, 700), maximized=True)
    assert Placement.from_text(placement.to_text()) == placement
    assert Placement.from_text("garbage") is None
    assert Placement.from_text("1,2,0,5,0") is None


@pytest.fixture
def saved(two_screens: Any) -> Iterator[Any]:
    """Write a placement as a previous run would have left it, then build the window as a start does."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from samverka.ui.app import build_window
    from samverka.ui.settings import Settings

    made: list[Any] = []

    def start(placement: Placement | None) -> Any:
        settings = Settings()
        if placement is not None:
            settings.placement = placement
        settings.sync()
        window = build_window(QApplication.instance(), "sv")
        window.show()
        made.append(window)
        return window

    yield start
    for window in made:
        window.close()
        window.presenter.shutdown()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_first_start_is_maximised_on_the_laptop(qtbot: Any, saved: Any) -> None:
    window = saved(None)
    qtbot.waitExposed(window)
    assert window.isMaximized()
    assert LAPTOP.contains(window.frameGeometry())


def test_a_big_screen_size_comes_back_inside_the_laptop(qtbot: Any, saved: Any) -> None:
    window = saved(Placement(QRect(0, 0, 1920, 1080)))
    qtbot.waitExposed(window)
    assert not window.isMaximized()
    assert LAPTOP.contains(window.geometry().marginsAdded(geometry.FRAME_ALLOWANCE))  # room for a title bar
    assert window.width() <= 1366 and window.height() <= 768 - geometry.FRAME_ALLOWANCE.top()


def test_an_off_screen_place_comes_back_centred_on_the_laptop(qtbot: Any, saved: Any) -> None:
    window = saved(Placement(QRect(5000, 3000, 1000, 600)))  # a screen that is gone
    qtbot.waitExposed(window)
    assert LAPTOP.contains(window.geometry())
    assert abs(window.geometry().center().x() - LAPTOP.center().x()) <= 2


def test_a_window_left_on_the_projector_stays_on_that_screen_inside_it(qtbot: Any, saved: Any) -> None:
    window = saved(Placement(QRect(3000, 900, 900, 600)))  # runs off the projector's bottom right
    qtbot.waitExposed(window)
    assert PROJECTOR.contains(window.geometry())
    assert window.size().toTuple() == (900, 600)


def test_maximised_comes_back_maximised_and_a_close_remembers(qtbot: Any, saved: Any) -> None:
    from samverka.ui.settings import Settings

    window = saved(Placement(QRect(100, 100, 1000, 600), maximized=True))
    qtbot.waitExposed(window)
    assert window.isMaximized()
    window.showNormal()
    window.setGeometry(QRect(40, 60, 1100, 650))
    window.close()
    remembered = Settings().placement
    assert remembered is not None and not remembered.maximized
    assert remembered.rect == QRect(40, 60, 1100, 650)
