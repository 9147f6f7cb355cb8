"""The window around the pages: navigator marks and what is missing, undo across pages, read-only, recent files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from uihelpers import edit_cell

from samverka.core import crud


def test_navigator_marks_and_missing(window: Any, new_file: Path, qtbot: Any) -> None:
    assert window.open_path(str(new_file))
    marks = [window.navigator.list.item(i).text()[0] for i in range(10)]
    assert set(marks) <= {"✓", "○"}
    assert "○" in marks  # a new collaboration is not complete
    window.go_to_step(2)
    assert window.navigator.list.currentRow() == 1
    assert window.navigator.missing.text()  # what step 2 still lacks, in words
    tip = window.navigator.list.item(1).toolTip()
    assert "Ctrl+2" in tip
    # the marks follow the data: a change starts a short timer that re-evaluates the rules
    window.page(1).orgs.add_row()
    assert window._progress_timer.isActive()
    qtbot.waitUntil(lambda: not window._progress_timer.isActive())
    assert window.navigator.progress


def test_undo_survives_page_changes(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    window.go_to_step(1)
    page = window.page(1)
    page.orgs.add_row()
    org = page.orgs.current_row()
    assert edit_cell(page.orgs, "name", "Polisen")
    window.go_to_step(7)
    window.go_to_step(3)
    window.ctx.undo.stack.undo()
    assert crud.get(window.ctx.db, "organisation", org.id).name != "Polisen"
    window.go_to_step(1)
    assert window.page(1).orgs.model.rows[0].name != "Polisen"
    window.ctx.undo.stack.redo()
    assert window.page(1).orgs.model.rows[0].name == "Polisen"


def test_read_only_file_cannot_be_edited(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file), read_only=True)
    window.go_to_step(1)
    page = window.page(1)
    assert not page.orgs.add_button.isEnabled()
    assert not page.collab_form.fields["name"].editor.isEnabled()
    page.orgs.add_row()
    assert crud.list_rows(window.ctx.db, "organisation") == []


def test_step_shortcuts_and_title(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    for number, action in enumerate(window.menus.step_actions, start=1):
        assert action.shortcut().toString() == f"Ctrl+{number % 10}"
    window.menus.step_actions[9].trigger()
    assert window.ctx.state.step == 10
    assert window.step_title.text().startswith("Steg 10")
    assert window.windowTitle().startswith("Testkommun och LPO Test")


def test_recent_files_menu(window: Any, new_file: Path, tmp_path: Path) -> None:
    from samverka.core.collaboration_service import new_collaboration

    other = tmp_path / "andra.samverka"
    new_collaboration(other, name="Andra").close()
    assert window.open_path(str(new_file))
    assert window.open_path(str(other))
    texts = [a.text() for a in window.menus.recent_menu.actions()]
    assert str(other) in texts[0] and str(new_file) in texts[1]
    window.menus.recent_menu.actions()[1].trigger()
    assert window.ctx.db.location.endswith("test.samverka")


def test_new_collaboration_dialog_validates_inline(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from samverka.ui.dialogs.new_collaboration import NewCollaborationDialog

    dialog = NewCollaborationDialog(tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.error.text()
    dialog.name.setText("Lund 2026")
    assert ok.isEnabled()
    assert dialog.path.text().endswith("lund-2026.samverka")
    dialog.start.setText("2027-01-01")
    dialog.end.setText("2026-01-01")
    assert not ok.isEnabled() and "före" in dialog.error.text()
    dialog.end.setText("2026-13-01")
    assert not ok.isEnabled() and dialog.error.text() == (
        "”2026-13-01” i Period till är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.")
    dialog.end.setText("")
    (tmp_path / "lund-2026.samverka").write_text("x")
    dialog.name.setText("Lund 2026 ")
    dialog.name.setText("Lund 2026")
    assert not ok.isEnabled() and "finns redan" in dialog.error.text()


def test_open_cell_editor_is_saved_on_step_change(window: Any, new_file: Path, qtbot: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    assert window.open_path(str(new_file))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to_step(1)
    page = window.page(1)
    page.tabs.setCurrentIndex(1)
    page.orgs.add_row()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    view = page.orgs.view
    view.setCurrentIndex(page.orgs.model.index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Polisen")
    window.go_to_step(2)  # no Enter: leaving the page must still save what was typed
    qtbot.waitUntil(lambda: crud.list_rows(window.ctx.db, "organisation")[0].name == "Polisen")


def test_export_and_restore_menu_open_their_dialogs(window: Any, new_file: Path, monkeypatch: Any) -> None:
    from samverka.ui.dialogs import export_dialog, restore_dialog

    calls: list[str] = []
    monkeypatch.setattr(export_dialog.ExportDialog, "ask", classmethod(lambda cls, parent, ctx: calls.append("export")))

    def fake_restore(parent: Any, path: str, close_current: Any) -> bool:
        calls.append(f"restore {Path(path).name}")
        close_current()
        assert window.ctx.state.db is None  # the file is closed while it is replaced
        return True

    monkeypatch.setattr(restore_dialog, "restore_interactively", fake_restore)
    assert window.open_path(str(new_file))
    window.menus.export.trigger()
    window.menus.restore.trigger()
    assert calls == ["export", "restore test.samverka"]
    assert window.ctx.state.db is not None  # opened again after the restore


def test_a_note_about_one_step_does_not_hide_the_next_steps_heading(window: Any, new_file: Path) -> None:
    """Seen in the journey: "Importerat: 132 nya värden" from step 2 lay over step 3's and 4's headings."""
    assert window.open_path(str(new_file))
    window.go_to_step(2)
    window.ctx.bus.info_raised.emit("Importerat: 132 nya värden, 0 ersatta, 0 oförändrade.")
    assert window.message_bar.isVisibleTo(window)
    window.ctx.bus.error_raised.emit("Filen kunde inte läsas.")
    window.go_to_step(3)
    assert window.message_bar.text() and window.message_bar.level == "error"  # an error stays until closed
    window.ctx.bus.info_raised.emit("Sparat.")
    window.go_to_step(4)
    assert not window.message_bar.isVisibleTo(window)


def test_the_cause_canvas_says_why_nothing_can_be_written_without_a_problem(window: Any, new_file: Path) -> None:
    """Seen in the room: step 5 of a new collaboration was an empty white canvas with a greyed-out line."""
    assert window.open_path(str(new_file))
    window.go_to_step(5)
    entry = window.page(5).canvas.entry
    assert not entry.isEnabled() and "steg 3" in entry.placeholderText()


def test_a_page_out_of_sight_reloads_when_shown_not_after_every_edit(window: Any, new_file: Path) -> None:
    from samverka.dto import OrganisationRow

    assert window.open_path(str(new_file))
    window.show()
    window.go_to_step(1)
    page = window.page(1)
    loads: list[int] = []
    original = page.refresh
    page.refresh = lambda: (loads.append(1), original())  # type: ignore[method-assign]
    window.go_to_step(3)
    for name in ("Skolan", "Fritid", "Räddningstjänsten"):
        window.ctx.undo.create(OrganisationRow, name=name, type="annan")
    assert loads == []  # three edits made elsewhere: nothing read for a page nobody sees
    window.go_to_step(1)
    assert loads == [1]  # one reload when it shows, with all three
    assert {"Skolan", "Fritid", "Räddningstjänsten"} <= {row.name for row in page.orgs.model.rows}
