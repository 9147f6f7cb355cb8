"""The New collaboration dialog: name, kommun, lokalpolisområde, period and where to save, checked inline."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverka.ui.widgets.delegates import parse_date


@dataclass(frozen=True)
class NewCollaboration:
    path: Path
    name: str
    kommun: str
    lokalpolisomrade: str
    period_start: dt.date | None
    period_end: dt.date | None


def suggested_file_name(name: str) -> str:
    slug = re.sub(r"[^\w\-]+", "-", name.strip().lower(), flags=re.UNICODE).strip("-")
    return f"{slug or 'samverkan'}.samverka"


def _tr(text: str) -> str:
    """A module-level helper, so scripts/update_translations.py finds the texts it translates."""
    return QCoreApplication.translate("NewCollaborationDialog", text)


def period_and_file_problem(start_text: str, end_text: str, path_text: str) -> str:
    """What stops a new collaboration file (a new one or the next period) from being made with these dates and
    this path, or ""."""
    dates: list[dt.date | None] = []
    for label, text in ((_tr("Period från"), start_text), (_tr("Period till"), end_text)):
        try:
            dates.append(parse_date(text))
        except ValueError:
            return _tr("”{0}” i {1} är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.").format(
                text.strip(), label)
    start, end = dates
    if start and end and end < start:
        return _tr("Periodens slut ligger före dess start.")
    if not path_text.strip():
        return _tr("Välj var filen ska sparas.")
    path = Path(path_text.strip())
    if path.exists():
        return _tr("Det finns redan en fil med det namnet. Välj ett annat namn.")
    if not path.parent.is_dir():
        return _tr("Mappen finns inte. Välj en annan plats.")
    return ""


class NewCollaborationDialog(QDialog):
    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._path_touched = False
        self.name = QLineEdit(self)
        self.kommun = QLineEdit(self)
        self.lpo = QLineEdit(self)
        self.start = QLineEdit(self)
        self.end = QLineEdit(self)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setContentsMargins(0, 2, 0, 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        for edit in (self.name, self.kommun, self.lpo, self.start, self.end):
            edit.textChanged.connect(self._validate)
        self.path.textEdited.connect(self._path_edited)
        self.name.textChanged.connect(self._suggest_path)
        self._build()
        self.retranslate_ui()
        self._suggest_path()
        self._validate()

    def _build(self) -> None:
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(6)]
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        for label, field in zip(self.labels, (self.name, self.kommun, self.lpo, self.start, self.end), strict=False):
            label.setContentsMargins(0, 2, 0, 0)
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.labels[5].setBuddy(self.path)
        self.form.addRow(self.labels[5], path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ny samverkan"))
        texts = (
            self.tr("&Namn *"), self.tr("&Kommun"), self.tr("&Lokalpolisområde"),
            self.tr("Period &från"), self.tr("Period &till"), self.tr("&Spara som"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("t.ex. Lunds kommun och LPO Lund 2026–2029"))
        self.kommun.setPlaceholderText(self.tr("t.ex. Lund"))
        self.lpo.setPlaceholderText(self.tr("t.ex. LPO Lund"))
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        accessible = (self.tr("Namn"), self.tr("Kommun"), self.tr("Lokalpolisområde"), self.tr("Period från"),
                      self.tr("Period till"), self.tr("Spara som"))
        for edit, text in zip((self.name, self.kommun, self.lpo, self.start, self.end, self.path), accessible,
                              strict=True):
            edit.setAccessibleName(text)
        self.browse.setText(self.tr("&Välj…"))
        self.browse.setAccessibleName(self.tr("Välj var filen sparas"))

    def _path_edited(self, _text: str) -> None:
        self._path_touched = True
        self._validate()

    def _suggest_path(self) -> None:
        if not self._path_touched:
            self.path.setText(str(self.folder / suggested_file_name(self.name.text())))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Spara samverkan som"), self.path.text(), self.tr("Samverka-filer (*.samverka)")
        )
        if chosen:
            if not chosen.endswith(".samverka"):
                chosen += ".samverka"
            self._path_touched = True
            self.path.setText(chosen)
            self._validate()

    def problem(self) -> str:
        """The first thing that stops the dialog from being accepted, or ""."""
        if not self.name.text().strip():
            return self.tr("Ge samverkan ett namn.")
        return period_and_file_problem(self.start.text(), self.end.text(), self.path.text())

    def _validate(self) -> None:
        problem = self.problem()
        # An empty name is the starting state, not a mistake: no red text until something is typed.
        shown = problem if (self.name.text() or problem != self.tr("Ge samverkan ett namn.")) else ""
        self.error.setText(shown)
        self.error.setVisible(bool(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def result_value(self) -> NewCollaboration:
        return NewCollaboration(
            path=Path(self.path.text().strip()),
            name=self.name.text().strip(),
            kommun=self.kommun.text().strip(),
            lokalpolisomrade=self.lpo.text().strip(),
            period_start=parse_date(self.start.text()),
            period_end=parse_date(self.end.text()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, folder: Path) -> NewCollaboration | None:
        dialog = cls(folder, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_value()
