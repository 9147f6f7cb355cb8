"""Exporting a document straight from the step it belongs to (the action plan on step 8, "Så har det gått" and the
follow-up report on step 10): choose where, write it privately and whole, and say where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from samverka.errors import KnownError
from samverka.ui.context import UiContext

FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exporting", text)


def ask_save_path(parent: QWidget, folder: Path, name: str, fmt: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, _tr("Spara som"), str(folder / name), FILTERS.get(fmt, ""))
    return Path(chosen) if chosen else None


def export_document(parent: QWidget, ctx: UiContext, what: str, fmt: str, name: str, *,
                    promise_id: int | None = None, ask: object = None) -> Path | None:
    """Build `what` as `fmt` (export_service), ask for a file (where the last export went, else beside the
    collaboration), write it (0600, all or nothing). `ask(parent, folder, name, fmt)` replaces the file dialog
    (tests). None when cancelled or refused."""
    from samverka.core.export_service import export_bytes  # the document engine loads on the first export
    from samverka.export.files import write_atomic
    from samverka.ui.folders import default_folder, remember_folder
    from samverka.ui.settings import Settings

    db = ctx.db
    settings = Settings()
    folder = default_folder(settings, "export", near=db.path)  # never the hidden folder a demo copy lives in
    chooser = ask if callable(ask) else ask_save_path
    target = chooser(parent, folder, name, fmt)
    if target is None:
        return None
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(f"{target.name}.{fmt}")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = export_bytes(db, what, fmt, promise_id=promise_id)
        saved = write_atomic(target, data)
    except KnownError as exc:
        ctx.bus.error_raised.emit(str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    remember_folder(settings, "export", saved)
    settings.sync()
    ctx.bus.info_raised.emit(_tr("Sparade {0}").format(saved))
    return saved
