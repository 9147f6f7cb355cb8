"""The room always sees the facilitator's step: whatever moves the step (arrow keys, the step list, Ctrl+N, a click on
a missing item, B/W, the timer), the projector's header and body show that step in the next frame.

"What the room sees" is read from the projector screen itself (the offscreen screen's composed picture), and
compared with the header drawn afresh from the state: a header that keeps a copy of an old step shows up as a
difference, which is how issue 12 saw it (the header changed only when the timer or B/W repainted it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from samverka.core.projection import build_slide
from samverka.workflow.steps import step as step_info


def _header_on_screen(audience: Any) -> QImage:
    """What the projector screen shows where the header is: the window system's picture, not a fresh render.
    (The offscreen screens grab in desktop coordinates.)"""
    header = audience.header
    corner = header.mapToGlobal(QPoint(0, 0))
    return audience.screen().grabWindow(0, corner.x(), corner.y(), header.width(), header.height()).toImage()


def assert_room_shows(qtbot: Any, window: Any, step: int) -> None:
    audience = window.presenter.audience
    header = audience.header
    expected = audience.header_content()
    assert window.ctx.state.step == step
    assert expected.step_text == str(step) and expected.title == str(step_info(step).title)
    # Already painted, or scheduled for the next frame: never left standing.
    assert header.painted == expected or header.pending == expected, (header.painted, header.pending)
    qtbot.waitUntil(lambda: header.painted == expected)
    QApplication.processEvents()
    on_screen = _header_on_screen(audience)
    assert on_screen == header.grab().toImage().convertToFormat(on_screen.format())
    view = audience.view()
    assert view.step == step
    body = audience.body.currentWidget()
    if body is audience.canvas:
        assert audience.canvas.slide == build_slide(window.ctx.db, view)
    else:  # a step drawn by another part (survey charts, cause canvases) for this very step
        assert body in [w for (s, _kind), w in audience._external_views.items() if s == step]


def _activate(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    window.centralWidget().setFocus()  # not a table or the step list: those use the arrow keys themselves


def test_keys_the_step_list_and_shortcuts_move_the_room(qtbot: Any, demo_room: Any) -> None:
    window = demo_room
    _activate(qtbot, window)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_F5)
    assert window.presenter.mode == "projector"
    assert_room_shows(qtbot, window, 1)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Right)
    assert_room_shows(qtbot, window, 2)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_PageDown)
    assert_room_shows(qtbot, window, 3)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Left)
    assert_room_shows(qtbot, window, 2)
    # A click in the step list
    item = window.navigator.list.item(5)
    qtbot.mouseClick(window.navigator.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigator.list.visualItemRect(item).center())
    assert_room_shows(qtbot, window, 6)
    # Ctrl+N from the menu's shortcuts
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert_room_shows(qtbot, window, 4)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert_room_shows(qtbot, window, 9)
    # Digits and Enter jump, as in PowerPoint
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_5)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Return)
    assert_room_shows(qtbot, window, 5)


def test_blank_screen_and_timer_keep_the_room_on_the_step(qtbot: Any, demo_room: Any) -> None:
    window = demo_room
    _activate(qtbot, window)
    window.presenter.start(from_first=False)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert_room_shows(qtbot, window, 7)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_B)
    assert window.presenter.audience.stack.currentWidget() is window.presenter.audience.blank
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Right)  # moving on lifts the black screen
    assert window.presenter.audience.stack.currentWidget() is window.presenter.audience.content
    assert_room_shows(qtbot, window, 8)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_W)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_W)
    assert_room_shows(qtbot, window, 8)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_T)
    assert window.presenter.countdown.running
    assert window.presenter.audience.header_content().timer_text
    assert_room_shows(qtbot, window, 8)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_Left)
    assert_room_shows(qtbot, window, 7)


def test_a_click_on_a_missing_item_moves_the_room(qtbot: Any, room: Any, tmp_path: Any) -> None:
    from samverka.core.collaboration_service import new_collaboration

    path = tmp_path / "ny.samverka"
    new_collaboration(path, name="Växjö kommun och LPO Växjö 2026–2029", kommun="Växjö").close()
    window = room
    assert window.open_path(str(path))
    _activate(qtbot, window)
    window.presenter.start(from_first=False)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert_room_shows(qtbot, window, 4)
    panel = window.navigator.missing
    qtbot.waitUntil(lambda: bool(panel.lines))
    line = panel.lines[0]
    assert "steg 3" in line.text()  # no problem in focus yet: that is chosen in step 3
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert_room_shows(qtbot, window, 3)


def test_a_click_on_a_row_moves_the_spotlight(qtbot: Any, demo_room: Any) -> None:
    window = demo_room
    _activate(qtbot, window)
    window.presenter.start(from_first=False)
    qtbot.keyClick(window.centralWidget(), Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert_room_shows(qtbot, window, 8)
    table = window.current_page().measures
    index = table.model.index(2, 0)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=table.view.visualRect(index).center())
    chosen = table.model.row_at(2)
    canvas = window.presenter.audience.canvas
    assert canvas.slide.spotlight == ("measure", chosen.id)
    assert_room_shows(qtbot, window, 8)
