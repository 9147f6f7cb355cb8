"""Presenter keys: single keys while presenting, never while typing; clickers' PgDn/PgUp work."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableWidget


def test_typing_b_in_a_text_field_does_not_black_the_screen(qtbot, new_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    controller.start(from_first=True)
    field = window.findChild(QLineEdit)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "bwt")
    qtbot.keyClick(field, Qt.Key.Key_Space)
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClick(field, Qt.Key.Key_PageDown)  # a text field ignores PgDn, but it must not move the room
    assert field.text() == "bwt "
    assert controller.presentation.blank == ""
    assert not controller.countdown.running
    assert ctx.state.step == 1
    notes = controller.panel.notes.notes_edit
    assert isinstance(notes, QPlainTextEdit)
    qtbot.keyClicks(notes, "h?")
    assert notes.toPlainText() == "h?" and not controller.overlay.isVisible()


def test_b_and_w_toggle_and_return(qtbot, new_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    table = QTableWidget(window)  # a click in a table must not stop the keys (clickers keep working)
    table.show()
    table.setFocus()
    controller.start(from_first=True)
    ctx.state.set_step(4)
    for key, mode in ((Qt.Key.Key_B, "black"), (Qt.Key.Key_W, "white")):
        qtbot.keyClick(table, key)
        assert controller.presentation.blank == mode
        assert controller.audience.stack.currentWidget() is controller.audience.blank
        qtbot.keyClick(table, key)
        assert controller.presentation.blank == ""
        assert controller.audience.stack.currentWidget() is controller.audience.content
    assert ctx.state.step == 4
    qtbot.keyClick(table, Qt.Key.Key_Right)  # the table moves its own cursor with the arrows ...
    assert ctx.state.step == 4
    qtbot.keyClick(table, Qt.Key.Key_PageDown)  # ... but a clicker's PgDn still moves the room on
    assert ctx.state.step == 5
    qtbot.keyClick(table, Qt.Key.Key_PageUp)
    qtbot.keyClick(table, Qt.Key.Key_B)
    qtbot.keyClick(table, Qt.Key.Key_W)  # W on black goes to white, W again back to the content
    assert controller.presentation.blank == "white"
    qtbot.keyClick(table, Qt.Key.Key_W)
    assert controller.presentation.blank == ""


def test_navigation_keys_and_jump(qtbot, new_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    ctx.state.set_step(3)
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert ctx.state.step == 3  # not presenting: the keys belong to the app
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert controller.presenting and ctx.state.step == 3
    for key, expected in ((Qt.Key.Key_PageDown, 4), (Qt.Key.Key_Right, 5), (Qt.Key.Key_Space, 6),
                          (Qt.Key.Key_PageUp, 5), (Qt.Key.Key_Left, 4)):
        qtbot.keyClick(window, key)
        assert ctx.state.step == expected
    qtbot.keyClicks(window, "10")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert ctx.state.step == 10
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert ctx.state.step == 10  # no step 11
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert ctx.state.step == 1
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not controller.presenting and not controller.audience.isVisible()


def test_timer_keys_and_overlay(qtbot, new_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    controller.start(from_first=False)
    start = controller.countdown.duration
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert controller.countdown.running
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert controller.countdown.duration == start + 60
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    qtbot.keyClick(window, Qt.Key.Key_Minus)
    assert controller.countdown.duration == start - 60
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert not controller.countdown.running
    qtbot.keyClick(window, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    assert controller.overlay.isVisible()
    qtbot.keyClick(controller.overlay, Qt.Key.Key_Escape)
    assert not controller.overlay.isVisible()


def test_control_keys_are_left_alone(qtbot, new_presenter):  # type: ignore[no-untyped-def]
    ctx, window, controller = new_presenter
    controller.start(from_first=True)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert controller.presentation.blank == ""


def test_editing_a_note_on_a_canvas_counts_as_typing(qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem, QGraphicsView, QSpinBox, QTextBrowser

    from samverka.ui.presenter.keys import is_typing

    scene = QGraphicsScene()
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    item = QGraphicsTextItem("Mörka hörn")
    scene.addItem(item)
    assert not is_typing(view)
    item.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
    item.setFlag(QGraphicsTextItem.GraphicsItemFlag.ItemIsFocusable)
    view.show()
    scene.setFocusItem(item)
    assert is_typing(view)
    assert is_typing(QSpinBox()) and not is_typing(QTextBrowser()) and not is_typing(QTableWidget())
