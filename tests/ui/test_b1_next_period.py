"""Arkiv → Starta nästa period…: the dialog's defaults, the new file made and opened, and the way back to the
previous period from step 1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from samverka.core import crud
from samverka.core.collaboration_service import open_collaboration
from samverka.dto import CollaborationRow, ProblemRow


def test_the_dialog_suggests_the_next_period(demo_db: Any, qtbot: Any, tmp_path: Path) -> None:
    from samverka.ui.dialogs.next_period_dialog import NextPeriodDialog, next_name

    dialog = NextPeriodDialog(demo_db, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Lunds kommun × LPO Lund – demo 2030–2033"
    assert (dialog.start.text(), dialog.end.text()) == ("2030-01-01", "2033-12-31")
    assert dialog.path.text() == str(tmp_path / "lunds-kommun-lpo-lund-demo-2030-2033.samverka")
    focus = {p.id for p in crud.list_rows(demo_db, ProblemRow) if p.in_focus}
    assert set(dialog.chosen_problems()) == focus and dialog.problems.count() >= len(focus)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.end.setText("2029-01-01")
    assert "slut ligger före" in dialog.error.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert next_name("Samverkan Höör", dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == "Samverkan Höör 2027–2027"
    assert next_name("Samverkan", None, None) == "Samverkan – nästa period"


def test_an_existing_file_is_refused_in_the_dialog(demo_db: Any, qtbot: Any, tmp_path: Path) -> None:
    from samverka.ui.dialogs.next_period_dialog import NextPeriodDialog

    taken = tmp_path / "finns.samverka"
    taken.write_bytes(b"annat")
    dialog = NextPeriodDialog(demo_db, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(taken))
    dialog.path.textEdited.emit(str(taken))
    assert "finns redan" in dialog.error.text()
    dialog.make_file()
    assert dialog.result_period is None and taken.read_bytes() == b"annat"


def test_the_menu_makes_the_next_period_and_opens_it(window: Any, demo_path: Path, tmp_path: Path, qtbot: Any,
                                                     monkeypatch: Any) -> None:
    documents = tmp_path / "Dokument"
    documents.mkdir()
    monkeypatch.setenv("SAMVERKA_DOCUMENTS_DIR", str(documents))
    assert window.open_path(str(demo_path))
    old_problems = {p.title for p in crud.list_rows(window.ctx.db, ProblemRow) if p.in_focus}
    assert window.menus.next_period.isEnabled()
    seen: list[Any] = []

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is None:
            QTimer.singleShot(50, accept_dialog)
            return
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, accept_dialog)
    window.menus.next_period.trigger()
    db = window.ctx.db
    new = Path(db.location)
    assert new.parent == documents and new.name == "lunds-kommun-lpo-lund-demo-2030-2033.samverka"
    collaboration = crud.get(db, CollaborationRow, db.collaboration_id())
    assert (collaboration.period_start, collaboration.period_end) == (dt.date(2030, 1, 1), dt.date(2033, 12, 31))
    assert {p.title for p in crud.list_rows(db, ProblemRow)} == old_problems
    assert "Nästa period är skapad" in window.message_bar.text()
    # Step 1 says where it came from, and opens the previous period read-only.
    window.go_to_step(1)
    page = window.page(1)
    assert page.previous_row.isVisibleTo(page)
    assert "Fortsätter förra perioden: Lunds kommun × LPO Lund – demo 2026–2029" in page.previous.text()
    assert page.open_previous.isEnabled()
    qtbot.mouseClick(page.open_previous, Qt.MouseButton.LeftButton)
    assert Path(window.ctx.db.location) == demo_path and window.ctx.db.read_only
    old = open_collaboration(demo_path, read_only=True)
    try:
        assert crud.get(old, CollaborationRow, old.collaboration_id()).period_start == dt.date(2026, 1, 1)
    finally:
        old.close()
