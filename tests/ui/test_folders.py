"""Files where people keep files: new collaborations, imports and exports start in the documents folder (or the
folder last used), never in the application's data folder with its demo copies, backups and side files."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from samverka.paths import user_data_dir
from samverka.ui.folders import default_folder, documents_folder, is_hidden_place, remember_folder


class Memory:
    def __init__(self) -> None:
        self.folders: dict[str, str] = {}

    def set_folder(self, kind: str, folder: str) -> None:
        self.folders[kind] = folder


def test_documents_folder_is_a_samverka_folder_in_documents() -> None:
    folder = documents_folder()
    assert folder.name == "Samverka" and folder.is_dir()
    assert folder.parent == Path(os.environ["SAMVERKA_DOCUMENTS_DIR"])
    assert not is_hidden_place(folder)


def test_default_folder_skips_the_data_folder(tmp_path: Path) -> None:
    memory = Memory()
    assert default_folder(memory, "export") == documents_folder()
    demo = user_data_dir() / "demo" / "lund-demo.samverka"
    demo.parent.mkdir(parents=True, exist_ok=True)
    assert default_folder(memory, "export", near=demo) == documents_folder()  # not beside a demo copy
    own = tmp_path / "kommunen"
    own.mkdir()
    assert default_folder(memory, "export", near=own / "lund.samverka") == own
    remember_folder(memory, "export", user_data_dir() / "x.pdf")
    assert "export" not in memory.folders  # the data folder is never remembered
    remember_folder(memory, "export", own / "avtal.pdf")
    assert default_folder(memory, "export") == own
    assert default_folder(memory, "collaboration") == documents_folder()  # one memory per kind


def test_new_collaboration_after_the_demo_is_saved_in_documents(window: Any, monkeypatch: Any) -> None:
    from samverka.ui.dialogs.new_collaboration import NewCollaborationDialog

    window.open_demo()
    assert is_hidden_place(Path(window.ctx.db.location).parent)  # the demo copy stays out of sight
    offered: list[Path] = []

    def ask(cls: Any, parent: Any, folder: Path) -> None:
        dialog = NewCollaborationDialog(folder, parent)
        dialog.name.setText("Växjö 2026")
        offered.append(Path(dialog.path.text()))
        dialog.deleteLater()

    monkeypatch.setattr(NewCollaborationDialog, "ask", classmethod(ask))
    window.new_collaboration()
    assert offered == [documents_folder() / "växjö-2026.samverka"]


def test_side_files_go_when_the_collaboration_closes(window: Any) -> None:
    """The WAL, shared-memory and lock files beside a collaboration exist only while it is open."""
    from samverka.core.collaboration_service import new_collaboration

    path = documents_folder() / "växjö.samverka"
    new_collaboration(path, name="Växjö 2026").close()
    assert window.open_path(str(path))
    window.go_to_step(1)
    window.set_database(None)
    assert sorted(p.name for p in documents_folder().iterdir()) == ["växjö.samverka"]


def test_exports_of_a_demo_copy_go_to_documents(window: Any, monkeypatch: Any) -> None:
    """A demo copy lives in the hidden data folder; its exports are offered in Documents/Samverka, and the
    folder a file was saved in is offered next time (also after a restart)."""
    from PySide6.QtWidgets import QFileDialog

    from samverka.ui.dialogs.export_dialog import ExportDialog
    from samverka.ui.settings import Settings

    window.open_demo()
    dialog = ExportDialog(window.ctx, None, "agreement")
    assert dialog.default_folder() == documents_folder()
    target = documents_folder() / "egna"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(target / "overenskommelse.pdf"), "")))
    dialog.save()
    assert (target / "overenskommelse.pdf").exists()
    assert Settings().folders.get("export") == str(target)
    dialog.deleteLater()
