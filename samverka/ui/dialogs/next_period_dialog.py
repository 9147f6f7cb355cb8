"""Arkiv → Starta nästa period…: a new collaboration file for the next period, made from this one.

The dialog suggests the next period (as long as this one), a name with its years, a file in the user's documents
folder and the problems in focus to carry on; `core.next_period.start_next_period` makes the file (this one is
only read) and the window opens it. The new file remembers where it came from (step 1 shows it).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverka.dto import CollaborationRow, ProblemRow
from samverka.errors import KnownError
from samverka.ui.dialogs.new_collaboration import period_and_file_problem, suggested_file_name
from samverka.ui.widgets.delegates import parse_date

if TYPE_CHECKING:
    from samverka.core.next_period import NextPeriod
    from samverka.models.db import Database

YEARS = re.compile(r"(?<!\d)(\d{4})\s*([–-])\s*(\d{4})(?!\d)")


def next_name(name: str, start: dt.date | None, end: dt.date | None) -> str:
    """"Lund 2026–2029" → "Lund 2030–2033"; without years in the name, "… – nästa period"."""
    if start is not None and end is not None and YEARS.search(name):
        return YEARS.sub(f"{start.year}\\g<2>{end.year}", name, count=1)
    if start is not None and end is not None:
        return f"{name} {start.year}–{end.year}"
    return f"{name} – nästa period"


class NextPeriodDialog(QDialog):
    def __init__(self, db: Database, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from samverka.core import crud
        from samverka.core.next_period import default_period

        self.db = db
        self.folder = folder
        self.result_period: NextPeriod | None = None
        self._path_touched = False
        old = crud.get(db, CollaborationRow, db.collaboration_id())
        start, end = default_period(old.period_start, old.period_end)
        self.name = QLineEdit(next_name(old.name, start, end), self)
        self.start = QLineEdit(start.isoformat() if start else "", self)
        self.end = QLineEdit(end.isoformat() if end else "", self)
        self.path = QLineEdit(self)
        self.browse = QPushButton(self)
        self.problems = QListWidget(self)
        for problem in crud.list_rows(db, ProblemRow, order_by=("sort_order", "id")):
            item = QListWidgetItem(problem.title or f"#{problem.id}")
            item.setData(Qt.ItemDataRole.UserRole, problem.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if problem.in_focus else Qt.CheckState.Unchecked)
            self.problems.addItem(item)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setProperty("role", "guidance")
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.make_file)
        self.buttons.rejected.connect(self.reject)
        self.browse.clicked.connect(self._browse)
        self.name.textChanged.connect(self._suggest_path)
        self.path.textEdited.connect(self._path_edited)
        for edit in (self.name, self.start, self.end):
            edit.textChanged.connect(self._validate)
        self._build()
        self.retranslate_ui()
        self._suggest_path()
        self._validate()

    def _build(self) -> None:
        self.labels = [QLabel(self) for _ in range(5)]
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.start, self.end), strict=False):
            label.setBuddy(field)
            form.addRow(label, field)
        self.labels[3].setBuddy(self.path)
        form.addRow(self.labels[3], path_row)
        self.labels[4].setBuddy(self.problems)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.labels[4])
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        self.resize(660, 560)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Starta nästa period"))
        self.intro.setText(self.tr(
            "En ny samverkansfil för nästa period. Med följer parter, personer och roller, områden, datakällor, de "
            "problem du väljer nedan med sina orsaker, åtgärder som inte är klara (med sin historik), indikatorer "
            "med sina mätserier och årshjulet. Den här filen ändras inte, och den nya filen pekar tillbaka hit så "
            "att uppföljningen kan jämföra perioderna."))
        for label, text in zip(self.labels, (self.tr("&Namn *"), self.tr("Period &från"), self.tr("Period &till"),
                                             self.tr("&Spara som"), self.tr("&Problem som följer med")),
                               strict=True):
            label.setText(text)
        for edit, name in ((self.name, self.tr("Namn")), (self.start, self.tr("Period från")),
                           (self.end, self.tr("Period till")), (self.path, self.tr("Spara som"))):
            edit.setAccessibleName(name)
        for edit in (self.start, self.end):
            edit.setPlaceholderText(self.tr("ÅÅÅÅ-MM-DD"))
        self.problems.setAccessibleName(self.tr("Problem som följer med"))
        self.browse.setText(self.tr("&Välj…"))
        self.browse.setAccessibleName(self.tr("Välj var filen sparas"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa och öppna"))

    # input ----------------------------------------------------------------------------------------
    def _path_edited(self, _text: str) -> None:
        self._path_touched = True
        self._validate()

    def _suggest_path(self) -> None:
        if not self._path_touched:
            self.path.setText(str(self.folder / suggested_file_name(self.name.text())))
            self._validate()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Spara nästa period som"), self.path.text(),
                                                self.tr("Samverka-filer (*.samverka)"))
        if chosen:
            if not chosen.endswith(".samverka"):
                chosen += ".samverka"
            self._path_touched = True
            self.path.setText(chosen)
            self._validate()

    def chosen_problems(self) -> list[int]:
        found = []
        for row in range(self.problems.count()):
            item = self.problems.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def problem(self) -> str:
        """The first thing that stops the new period from being made, or ""."""
        if not self.name.text().strip():
            return self.tr("Ge den nya perioden ett namn.")
        return period_and_file_problem(self.start.text(), self.end.text(), self.path.text())

    def _validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    # making it ------------------------------------------------------------------------------------
    def make_file(self) -> None:
        """Make the file; a refusal stays in the dialog with its reason, nothing half-made is left."""
        from samverka.core.next_period import start_next_period

        if self.problem():
            self._validate()
            return
        try:
            self.result_period = start_next_period(
                self.db, self.path.text().strip(), name=self.name.text().strip(),
                period_start=parse_date(self.start.text()), period_end=parse_date(self.end.text()),
                problem_ids=self.chosen_problems(),
            )
        except KnownError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, folder: Path) -> NextPeriod | None:
        dialog = cls(db, folder, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_period


def start_next_period(window: QWidget) -> bool:
    """Arkiv → Starta nästa period…: make the file, then open it in the window (the old one closes)."""
    from samverka.ui.folders import default_folder
    from samverka.ui.settings import Settings

    ctx = getattr(window, "ctx", None)
    if ctx is None or ctx.state.db is None:
        return False
    flush = getattr(window, "flush_edits", None)
    if callable(flush):
        flush()
    made = NextPeriodDialog.ask(window, ctx.db, default_folder(Settings(), "collaboration", near=ctx.db.path))
    if made is None:
        return False
    opened = bool(window.open_path(str(made.path)))  # type: ignore[attr-defined]
    if opened:
        counts = made.counts
        ctx.bus.info_raised.emit(QCoreApplication.translate(
            "NextPeriodDialog",
            "Nästa period är skapad och öppen: {0} problem, {1} åtgärder och {2} indikatorer följde med.").format(
            counts.get("problem", 0), counts.get("measure", 0), counts.get("indicator", 0)))
    return opened
