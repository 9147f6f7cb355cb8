"""Restore a backup: the file's backups, newest first, with date, size and why each was taken.

`RestoreDialog.ask(parent, path)` returns the chosen backup (or None). `restore_interactively()` is the whole
flow for the main window: ask, confirm, close the open file, restore (the current file is copied first), and
hand back whether the caller should reopen it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka.core.backups import BackupInfo, list_backups, restore_backup
from samverka.errors import KnownError, language


def format_size(size: int) -> str:
    megabytes = size >= 1024 * 1024
    text = f"{size / (1024 * 1024):.1f} MB" if megabytes else f"{max(1, round(size / 1024))} kB"
    return text if language() == "en" else text.replace(".", ",")


class RestoreDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.backups: list[BackupInfo] = list_backups(path)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setContentsMargins(0, 2, 0, 4)
        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.setMinimumSize(620, 380)
        self._fill()
        self.retranslate_ui()
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Återställ en säkerhetskopia"))
        self.intro.setText(self.tr(
            "Välj den kopia av {0} som ska ersätta filen. Den nuvarande filen sparas först som en egen "
            "säkerhetskopia, så återställningen kan ångras."
        ).format(self.path.name))
        self.table.setHorizontalHeaderLabels([self.tr("Tidpunkt"), self.tr("Storlek"), self.tr("Anledning")])
        self.table.setAccessibleName(self.tr("Säkerhetskopior"))
        self.empty.setText(self.tr("Det finns inga säkerhetskopior av den här filen ännu."))
        self.empty.setVisible(not self.backups)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Återställ"))

    def _fill(self) -> None:
        for row, info in enumerate(self.backups):
            cells = (info.created.strftime("%Y-%m-%d %H:%M:%S"), format_size(info.size), str(info.reason_text))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in (0, 1):  # breathing room beside the text
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @classmethod
    def ask(cls, parent: QWidget | None, path: str | Path) -> BackupInfo | None:
        dialog = cls(Path(path), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.selected()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def restore_interactively(
    parent: QWidget | None, path: str | Path, close_current: Callable[[], None]
) -> bool:
    """Ask, confirm, close the open file, restore. True when the restored file should now be opened."""
    chosen = RestoreDialog.ask(parent, path)
    if chosen is None:
        return False
    answer = QMessageBox.question(
        parent,
        _tr("Återställ en säkerhetskopia"),
        _tr("Ersätta {0} med kopian från {1}? Den nuvarande filen sparas först.").format(
            Path(path).name, chosen.created.strftime("%Y-%m-%d %H:%M")
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    close_current()
    try:
        restore_backup(chosen.path, path)
    except KnownError as exc:
        QMessageBox.warning(parent, _tr("Återställningen gjordes inte"), str(exc))
        return True  # reopen the untouched file
    return True
