"""With two virtual screens (tests/two_screens.json): the projector gets the audience window full screen, chosen
as "not the primary screen"; B and W return to the same picture; the keyboard stays on the laptop; the timer
changes colour on the projector; screens that come and go are handled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage

from samverka.ui.presenter import theme
from samverka.ui.presenter.countdown import Countdown


def _image(controller) -> QImage:  # type: ignore[no-untyped-def]
    return controller.audience.grab().toImage()


def test_audience_lands_full_screen_on_the_projector(qtbot, two_screens, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    primary = QGuiApplication.primaryScreen()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    projector = controller.audience.screen()
    assert controller.mode == "projector"
    assert projector is not primary
    assert controller.audience.isFullScreen()
    assert controller.audience.geometry() == projector.geometry()
    assert _image(controller).size() == projector.size()
    assert window.screen() is primary
    assert "projektorn" in controller.panel.mode_label.text()


def test_presenting_again_after_esc_shows_the_projector_again(qtbot, two_screens, demo_presenter):  # type: ignore[no-untyped-def]
    """Esc then F5 (or Shift+F5) brings the audience window back, as often as the facilitator likes."""
    ctx, window, controller = demo_presenter
    for key, modifier in ((Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier),
                          (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window, key, modifier)
        assert controller.audience.isVisible() and controller.audience.isFullScreen()
        assert controller.mode == "projector" and "projektorn" in controller.panel.mode_label.text()
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not controller.audience.isVisible() and controller.mode == "off"


def test_black_and_white_return_to_the_same_picture(qtbot, two_screens, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    controller.start(from_first=True)
    ctx.state.set_step(4)
    before = _image(controller)
    qtbot.keyClick(window, Qt.Key.Key_B)
    black = _image(controller)
    assert black.pixelColor(10, 10) == QColor(theme.BLACK)
    assert black.pixelColor(black.width() // 2, black.height() // 2) == QColor(theme.BLACK)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert _image(controller) == before
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert _image(controller).pixelColor(500, 500) == QColor(theme.WHITE)
    qtbot.keyClick(window, Qt.Key.Key_W)
    assert _image(controller) == before
    assert ctx.state.step == 4


@pytest.mark.qt_log_ignore("requestActivate\\(\\) called for .*WindowDoesNotAcceptFocus")
def test_the_keyboard_stays_on_the_laptop(qtbot, qtlog, two_screens, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    controller.start(from_first=True)
    qtbot.waitExposed(controller.audience)  # the projector is up: had it taken the keyboard, it would have by now
    assert QGuiApplication.focusWindow() is window.windowHandle()
    qtbot.mouseClick(controller.audience.canvas, Qt.MouseButton.LeftButton)
    controller.audience.activateWindow()  # even asked directly, the projector does not take the keyboard
    # Qt answers the request by refusing it (and says so); only then is the focus worth looking at.
    qtbot.waitUntil(lambda: any("requestActivate" in record.message for record in qtlog.records))
    assert QGuiApplication.focusWindow() is not controller.audience.windowHandle()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # a clicker still works
    assert ctx.state.step == 2


def test_timer_counts_and_changes_colour_on_the_projector(qtbot, two_screens, demo_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    now = [100.0]
    controller.countdown.clock = lambda: now[0]
    beeps: list[int] = []
    controller._beep = lambda: beeps.append(1)
    controller.start(from_first=True)
    controller.set_timer(65)
    controller.toggle_timer()
    header = controller.audience.header

    def badge_colour() -> QColor:
        image = header.grab().toImage()
        size = theme.sizes(controller.audience.height())
        x = header.width() - size.margin - 6
        return image.pixelColor(x, size.margin // 2 + 30)

    controller.on_tick()
    assert (header.timer_text, header.timer_phase) == ("1:05", "normal")
    assert badge_colour() == QColor(theme.BACKGROUND)
    now[0] += 10
    controller.on_tick()
    assert (header.timer_text, header.timer_phase) == ("0:55", "last_minute")
    now[0] += 50
    controller.on_tick()
    assert header.timer_phase == "last_seconds"
    assert badge_colour() == QColor(theme.TIMER_COLOURS["last_seconds"][1])
    assert beeps == []
    now[0] += 47
    controller.on_tick()
    controller.on_tick()
    assert (header.timer_text, header.timer_phase) == ("+0:42", "overtime")
    assert badge_colour() == QColor(theme.TIMER_COLOURS["overtime"][1])
    assert beeps == [1]  # one cue at zero, and the step did not change
    assert ctx.state.step == 1
    controller.set_muted(True)
    controller.set_timer(1)
    controller.toggle_timer()
    now[0] += 5
    controller.on_tick()
    assert beeps == [1]
    assert isinstance(controller.countdown, Countdown)


def test_swap_screens_and_screens_that_come_and_go(qtbot, two_screens, demo_presenter, monkeypatch):  # type: ignore[no-untyped-def]
    ctx, window, controller = demo_presenter
    primary = QGuiApplication.primaryScreen()
    projector = next(screen for screen in QGuiApplication.screens() if screen is not primary)
    controller.start(from_first=True)
    assert controller.audience.screen() is projector
    controller.swap_screens()
    assert controller.audience.screen() is primary and controller.audience.isFullScreen()
    assert window.screen() is projector
    controller.swap_screens()
    assert controller.audience.screen() is projector
    # The projector is pulled out: Qt reports screenRemoved; the room's picture moves to a preview window.
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary]))
    controller._on_screens_changed(projector)
    qtbot.waitUntil(lambda: controller.mode == "preview")
    assert controller.audience.isVisible() and not controller.audience.isFullScreen()
    # It is plugged in again: back to full screen on it.
    monkeypatch.setattr(QGuiApplication, "screens", staticmethod(lambda: [primary, projector]))
    controller._on_screens_changed(projector)
    qtbot.waitUntil(lambda: controller.mode == "projector")
    assert controller.audience.screen() is projector and controller.audience.isFullScreen()
