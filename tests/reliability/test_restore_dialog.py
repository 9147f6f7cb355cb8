"""The restore dialog lists a file's backups with date, size and reason, and the flow restores one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from samverka.core import crud
from samverka.core.backups import list_backups, take_backup
from samverka.core.collaboration_service import new_collaboration, open_collaboration


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "återställ.samverka"
    db = new_collaboration(target, name="Återställningstest")
    crud.create(db, "organisation", {"name": "Först"})
    db.close()
    take_backup(target, reason="manuell")
    db = open_collaboration(target)
    crud.create(db, "organisation", {"name": "Sedan"})
    db.close()
    take_backup(target, reason="auto")
    return target


def test_dialog_lists_backups_newest_first(qtbot: Any, path: Path, tmp_path: Path) -> None:
    from samverka.ui.dialogs.restore_dialog import RestoreDialog

    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == len(list_backups(path)) == 2  # opening after the manual copy needed no new one
    reasons = [table.item(row, 2).text() for row in range(table.rowCount())]
    assert reasons == ["Automatisk under arbetet", "Manuell"]
    assert table.item(0, 1).text().endswith("kB")
    assert table.item(0, 0).text()[:4].isdigit()
    assert dialog.selected() == list_backups(path)[0]
    dialog.grab().save(str(tmp_path / "restore_dialog.png"))


def test_dialog_without_backups_says_so(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from samverka.ui.dialogs.restore_dialog import RestoreDialog

    lonely = tmp_path / "ensam.samverka"
    new_collaboration(lonely, name="Ensam").close()
    dialog = RestoreDialog(lonely)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.empty.isHidden()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_restore_flow_closes_restores_and_keeps_the_current_file(
    qtbot: Any, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from samverka.ui.dialogs import restore_dialog

    oldest = list_backups(path)[-1]
    monkeypatch.setattr(restore_dialog.RestoreDialog, "ask", classmethod(lambda cls, parent, p: oldest))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    db = open_collaboration(path)
    closed: list[bool] = []

    def close_current() -> None:
        db.close()
        closed.append(True)

    assert restore_dialog.restore_interactively(None, path, close_current)
    assert closed == [True]
    reopened = open_collaboration(path)
    assert [row.name for row in crud.list_rows(reopened, "organisation")] == ["Först"]
    reopened.close()
    assert any(info.reason == "fore-aterstallning" for info in list_backups(path))
