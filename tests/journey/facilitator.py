"""A facilitator's hands for the journey test: everything goes through key and mouse events on widgets, as a
person at the laptop would do it (menus by their Alt keys, tabs and buttons by clicks, table cells by a click
and typing). Nothing here calls a service or writes to the database.

Imported as `facilitator` (the test folder is on sys.path).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

LAPTOP = (1366, 768)


def shown(text: str) -> str:
    """Text as a person reads it: without the invisible direction marks that isolate names."""
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069\u200e\u200f")


def key_for(char: str) -> Qt.Key:
    """The key a Swedish keyboard sends for a character (å, ä, ö have keys of their own; a dash has none)."""
    code = ord(char.upper())
    if char == " ":
        return Qt.Key.Key_Space
    return Qt.Key(code) if code < 256 else Qt.Key.Key_unknown


def keys(widget: QWidget, text: str) -> None:
    """Type text as key presses carrying their characters (QTest's keyClicks stops the process at 'ä')."""
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key_for(char), char, Qt.KeyboardModifier.NoModifier)


class Facilitator:
    def __init__(self, qtbot: Any, window: Any) -> None:
        self.qtbot = qtbot
        self.window = window
        self.shots = Path(os.environ["SAMVERKA_JOURNEY_SHOTS"]) if os.environ.get("SAMVERKA_JOURNEY_SHOTS") else None

    # the window ---------------------------------------------------------------------------------
    def focus_window(self) -> None:
        """Offscreen, the keyboard does not come back to the window by itself after a dialog."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is self.window.windowHandle())

    def menu(self, menu_key: str, action_text: str) -> None:
        """Alt+letter opens a menu of the menu bar; a click on the item with this text (without '&')."""
        self.focus_window()
        self.qtbot.keyClick(self.window, getattr(Qt.Key, f"Key_{menu_key.upper()}"), Qt.KeyboardModifier.AltModifier)
        self.qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu)
        action = next(a for a in popup.actions() if a.text().replace("&", "").startswith(action_text))
        self.qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(action).center())

    def with_dialog(self, act: Callable[[Any], None], trigger: Callable[[], None], timeout_ms: int = 60000) -> None:
        """Run `trigger` (which opens a modal dialog and waits in it); `act(dialog)` works the dialog from inside.
        A failure inside rejects the dialog so the run never hangs, and is raised here."""
        errors: list[BaseException] = []
        outer = QApplication.activeModalWidget()  # a dialog already open (the new one opens on top of it)

        def inside() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is outer or not dialog.isVisible():
                QTimer.singleShot(50, inside)
                return
            try:
                act(dialog)
            except BaseException as exc:  # noqa: BLE001 - raised again outside the dialog's event loop
                errors.append(exc)
                dialog.reject()

        QTimer.singleShot(0, inside)
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().reject())
        watchdog.start(timeout_ms)
        try:
            trigger()
        finally:
            watchdog.stop()
        if errors:
            raise errors[0]

    def step(self, number: int) -> None:
        """Click the step in the step list."""
        steps = self.window.navigator.list
        item = steps.item(number - 1)
        self.qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=steps.visualItemRect(item).center())
        assert self.window.ctx.state.step == number

    def page(self) -> Any:
        return self.window.current_page()

    # widgets ------------------------------------------------------------------------------------
    def click(self, widget: QWidget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget
        self.ensure_active(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())

    def check(self, button: QAbstractButton) -> None:
        """Click a radio button or check box on its indicator (its widget may be wider than its text)."""
        self.click(button)  # focus and window, as for any click
        if not button.isChecked():
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        assert button.isChecked(), button.text()

    def tab(self, tabs: QTabWidget | QTabBar, text: str) -> None:
        bar = tabs.tabBar() if isinstance(tabs, QTabWidget) else tabs
        index = next(i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == text)
        self.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert bar.currentIndex() == index

    def type(self, field: QWidget, text: str, *, leave: bool = True) -> None:
        """Click into a text field, replace what is there, and leave it with Tab (which saves it)."""
        self.click(field)
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        self.qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if isinstance(field, QPlainTextEdit):
            for number, line in enumerate(text.split("\n")):
                if number:
                    self.qtbot.keyClick(field, Qt.Key.Key_Return)
                keys(field, line)
        else:
            keys(field, text)
        if leave:
            self.qtbot.keyClick(field, Qt.Key.Key_Tab)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open a combo box with a click, walk to the item whose text starts with `text` with the arrow keys,
        Enter."""
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible)
        model = combo.model()
        row = next(r for r in range(model.rowCount()) if shown(str(model.index(r, 0).data())).startswith(text))
        while view.currentIndex().row() != row:
            self.qtbot.keyClick(view, Qt.Key.Key_Down if row > view.currentIndex().row() else Qt.Key.Key_Up)
        self.qtbot.keyClick(view, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not view.isVisible())
        assert shown(combo.currentText()).startswith(text), combo.currentText()

    # tables -------------------------------------------------------------------------------------
    def ensure_active(self, widget: QWidget) -> None:
        window = widget.window()
        if QGuiApplication.focusWindow() is not window.windowHandle():
            window.activateWindow()  # a dialog just opened, or the window after one closed (offscreen)
            self.qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())

    def cell(self, view: QAbstractItemView, row: int, column: int) -> QModelIndex:
        self.ensure_active(view)
        index = view.model().index(row, column)
        view.scrollTo(index)
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        assert view.currentIndex() == index
        return index

    def type_cell(self, view: QAbstractItemView, row: int, column: int, text: str) -> None:
        """Click a cell, F2, replace the text, Enter."""
        self.cell(view, row, column)
        self.qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), (editor, view.model().headerData(column, Qt.Orientation.Horizontal),
                                               view.hasFocus(), view.state())
        self.qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(editor, text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))

    def choose_cell(self, view: QAbstractItemView, row: int, column: int, text: str) -> None:
        """Click a cell, F2 opens its choice, pick the item whose text starts with `text`, Enter."""
        self.cell(view, row, column)
        self.qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QComboBox), editor
        found = next(i for i in range(editor.count()) if editor.itemText(i).startswith(text))
        while editor.currentIndex() != found:
            self.qtbot.keyClick(editor, Qt.Key.Key_Down if found > editor.currentIndex() else Qt.Key.Key_Up)
        assert editor.currentText().startswith(text)
        self.qtbot.keyClick(editor, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QComboBox))

    def tick_cell(self, view: QAbstractItemView, row: int, column: int) -> None:
        """Click a check box cell and press Space."""
        self.cell(view, row, column)
        self.qtbot.keyClick(view, Qt.Key.Key_Space)

    def add_row(self, table: Any, first: str) -> int:
        """The table's Lägg till button: a row is made and its first cell opens; type (or choose) `first`,
        Enter. Gives the new row's number."""
        before = table.model.rowCount()
        self.click(table.add_button)
        self.qtbot.waitUntil(lambda: table.model.rowCount() == before + 1)
        editor = QApplication.focusWidget()
        if isinstance(editor, QComboBox):
            found = next(i for i in range(editor.count()) if editor.itemText(i).startswith(first))
            while editor.currentIndex() != found:
                self.qtbot.keyClick(editor, Qt.Key.Key_Down if found > editor.currentIndex() else Qt.Key.Key_Up)
            self.qtbot.keyClick(editor, Qt.Key.Key_Return)
            self.qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QComboBox))
        else:
            assert isinstance(editor, QLineEdit), editor
            self.qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            keys(editor, first)
            self.qtbot.keyClick(editor, Qt.Key.Key_Return)
            self.qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))
        return int(table.view.currentIndex().row())

    @staticmethod
    def column(table: Any, field: str) -> int:
        return next(i for i, c in enumerate(table.model.columns) if c.field == field)

    def button(self, parent: QWidget, text: str) -> QAbstractButton:
        return next(b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "").startswith(text)
                    and b.isVisible())

    def assert_step_complete(self) -> None:
        """The step list marks the step done and "Det här saknas" says nothing is missing (after its short
        delay)."""
        navigator = self.window.navigator
        number = self.window.ctx.state.step
        try:
            self.qtbot.waitUntil(lambda: "Inget saknas" in navigator.missing.text(), timeout=3000)
        except Exception:  # noqa: BLE001 - said with what is still missing
            raise AssertionError(f"step {number} is not complete: {navigator.missing.text()}") from None
        assert navigator.list.item(number - 1).text().startswith("✓"), navigator.list.item(number - 1).text()

    # the room -----------------------------------------------------------------------------------
    def check_room(self, number: int, name: str) -> None:
        """The projector's header shows this step (painted, not just set) and the window fits the laptop."""
        audience = self.window.presenter.audience
        header = audience.header
        self.qtbot.waitUntil(lambda: header.painted is not None and header.painted.step_text == str(number))
        self.qtbot.waitUntil(lambda: not self.window._progress_timer.isActive())  # the step list's marks
        assert header.painted == audience.header_content()
        assert audience.screen() is not self.window.screen() and audience.isFullScreen()
        size = self.window.frameGeometry().size()
        assert size.width() <= LAPTOP[0] and size.height() <= LAPTOP[1], size
        hint = self.window.minimumSizeHint()
        assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], hint
        if self.shots is not None:
            self.shoot(f"step-{number:02d}-{name}")

    def shoot(self, name: str) -> None:
        """Both screens as the window system shows them (for docs/journey)."""
        assert self.shots is not None
        self.shots.mkdir(parents=True, exist_ok=True)
        from samverka.ui.presenter.thumbnail import REFRESH_DELAY_MS

        self.qtbot.wait(REFRESH_DELAY_MS * 2)  # the panel's picture of the room follows a moment after the room
        QApplication.processEvents()
        laptop, projector = QGuiApplication.screens()[:2]
        g = laptop.geometry()
        laptop.grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(str(self.shots / f"{name}-laptop.png"))
        g = projector.geometry()
        picture = projector.grabWindow(0, g.x(), g.y(), g.width(), g.height())
        picture.scaledToWidth(1280, Qt.TransformationMode.SmoothTransformation).save(
            str(self.shots / f"{name}-projector.png"))


def centre(widget: QWidget) -> QPoint:
    return widget.rect().center()
