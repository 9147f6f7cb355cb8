"""A newcomer creates a collaboration and enters data with the keyboard alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from samverka.core import crud
from samverka.dto import OrganisationRow


def test_keyboard_only_new_collaboration(window: Any, qtbot: Any, tmp_path: Path) -> None:
    target = tmp_path / "tangentbord.samverka"
    seen: dict[str, Any] = {}

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen["error"] = "no dialog"
            return
        try:
            type_into(dialog)
        except BaseException as exc:  # never leave a modal dialog open: it would hang the test run
            seen["error"] = repr(exc)
            dialog.reject()

    def type_into(dialog: Any) -> None:
        seen["dialog"] = dialog
        dialog.activateWindow()
        dialog.name.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
        for text in ("Tangentbordskommun och LPO Test 2026-2029", "Tangentbordskommun", "LPO Test",
                     "2026-01-01", "2029-12-31"):
            qtbot.keyClicks(QApplication.focusWidget(), text)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        path_field = QApplication.focusWidget()
        assert path_field is dialog.path
        path_field.selectAll()
        qtbot.keyClicks(path_field, str(target))
        qtbot.keyClick(path_field, Qt.Key.Key_Return)

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTimer.singleShot(200, fill_dialog)
    watchdog = QTimer()  # a last resort so a failure cannot leave the modal dialog (and the run) hanging
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().reject())
    watchdog.start(20000)
    try:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    finally:
        watchdog.stop()
    assert "error" not in seen, seen.get("error")
    assert seen.get("dialog") is not None
    db = window.ctx.state.db
    assert db is not None and Path(db.location).resolve() == target.resolve()
    collaboration = crud.get(db, "collaboration", db.collaboration_id())
    assert collaboration.lokalpolisomrade == "LPO Test" and str(collaboration.period_end) == "2029-12-31"
    assert window.ctx.state.step == 1
    # The kommun and the police area typed in the dialog are the collaboration's two parties at once.
    parties = {(o.name, o.type) for o in crud.list_rows(db, OrganisationRow)}
    assert parties == {("Tangentbordskommuns kommun", "kommun"), ("Polisen, lokalpolisområde Test", "polis")}

    window.activateWindow()  # offscreen, focus does not return by itself when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Ctrl+2 goes to the situation picture; Insert adds an observation and opens its first cell for typing.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.state.step == 2
    page = window.page(2)
    # The step opens on the parties' own pictures; Ctrl+Tab moves to the next tab, the observations.
    page.contributions.view.setFocus()
    qtbot.keyClick(page.contributions.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentWidget() is page.observations
    page.observations.view.setFocus()
    qtbot.keyClick(page.observations.view, Qt.Key.Key_Insert)
    assert len(crud.list_rows(db, "observation")) == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    view = page.observations.view
    description = next(i for i, c in enumerate(page.observations.model.columns) if c.field == "description")
    view.setCurrentIndex(page.observations.model.index(0, description))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Cykelstolder vid stationen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: crud.list_rows(db, "observation")[0].description == "Cykelstolder vid stationen")

    # Ctrl+Z undoes it, Ctrl+Shift+Z brings it back.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert crud.list_rows(db, "observation")[0].description == ""
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert crud.list_rows(db, "observation")[0].description == "Cykelstolder vid stationen"

    # "?" opens the shortcut overlay; Esc closes it.
    window.setFocus()
    qtbot.keyClick(window, "?")
    assert window.overlay.isVisible()
    assert any("Ctrl+1" in keys for keys, _ in window.overlay.entries)
    qtbot.keyClick(window.overlay, Qt.Key.Key_Escape)
    assert not window.overlay.isVisible()


def test_every_menu_action_has_a_shortcut_or_mnemonic(window: Any) -> None:
    for menu in (window.menus.file_menu, window.menus.edit_menu, window.menus.view_menu, window.menus.help_menu):
        assert "&" in menu.title()
        for action in menu.actions():
            if action.isSeparator():
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
