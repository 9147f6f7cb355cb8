"""Export: choose a document or a data export, look at the pages (drawn by PDFium), and save it as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from samverka.core import crud
from samverka.dto import CitizenPromiseRow, MeetingRow
from samverka.errors import KnownError
from samverka.ui.context import UiContext
from samverka.ui.models.columns import N
from samverka.ui.widgets.pdf_pages import render_pages

# (key, Swedish label in the "ExportDialog" context, file suffix)
CHOICES: tuple[tuple[str, str, str], ...] = (
    ("agreement", N("ExportDialog", "Samverkansöverenskommelse (PDF)"), "pdf"),
    ("promise", N("ExportDialog", "Medborgarlöfte (PDF)"), "pdf"),
    ("lagesbild", N("ExportDialog", "Lägesbild (PDF)"), "pdf"),
    ("report", N("ExportDialog", "Workshoprapport (PDF)"), "pdf"),
    ("followup", N("ExportDialog", "Uppföljningsrapport (PDF)"), "pdf"),
    ("actions:xlsx", N("ExportDialog", "Åtgärdsplan, mål och indikatorer (Excel)"), "xlsx"),
    ("actions:csv", N("ExportDialog", "Åtgärdsplan, mål och indikatorer (CSV)"), "csv"),
    ("json", N("ExportDialog", "Hela samverkan (JSON)"), "json"),
)
FILE_NAMES = {
    "agreement": "samverkansoverenskommelse", "promise": "medborgarlofte", "lagesbild": "lagesbild",
    "report": "workshoprapport", "followup": "uppfoljning", "actions": "atgardsplan", "json": "samverkan",
}
MAX_PREVIEW_PAGES = 40
PREVIEW_WIDTH = 460


class ExportDialog(QDialog):
    """`ask(parent, ctx, what)` shows it; `data` holds the bytes of the current choice."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, what: str = "agreement") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.saved_to: Path | None = None
        self.kind = QComboBox(self)
        for key, label, _ in CHOICES:
            self.kind.addItem(self.tr(label), key)
        self.promise = QComboBox(self)
        self.meeting = QComboBox(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setContentsMargins(0, 2, 0, 0)
        self.pages = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.page_area = QScrollArea(self)
        self.page_area.setWidgetResizable(True)
        self.page_area.setWidget(self.pages)
        self.page_area.setMinimumWidth(PREVIEW_WIDTH + 40)
        self.page_area.setStyleSheet("QScrollArea { background: #d9dee4; }")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara som…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._fill_choices()
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.promise.currentIndexChanged.connect(self.update_preview)
        self.meeting.currentIndexChanged.connect(self.update_preview)
        index = max(0, self.kind.findData(what))
        self.kind.setCurrentIndex(index)
        self._choice_changed()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, what: str = "agreement") -> bool:
        if ctx.state.db is None:
            return False
        dialog = cls(ctx, parent, what)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Exportera"))
        form = QFormLayout()
        form.addRow(self.tr("Vad"), self.kind)
        form.addRow(self.tr("Medborgarlöfte"), self.promise)
        form.addRow(self.tr("Möte"), self.meeting)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.page_area, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 720)

    def _fill_choices(self) -> None:
        db = self.ctx.db
        for promise in crud.list_rows(db, CitizenPromiseRow):
            self.promise.addItem(promise.title or f"#{promise.id}", promise.id)
        meetings = sorted(crud.list_rows(db, MeetingRow), key=lambda m: (m.date is None, m.date, m.id), reverse=True)
        for meeting in meetings:
            date = meeting.date.isoformat() if meeting.date else ""
            self.meeting.addItem(f"{date} {meeting.title}".strip() or f"#{meeting.id}", meeting.id)

    def current_key(self) -> str:
        return str(self.kind.currentData())

    def _choice_changed(self) -> None:
        key = self.current_key()
        self.promise.setEnabled(key == "promise")
        self.meeting.setEnabled(key == "report")
        self.update_preview()

    def _bytes(self) -> bytes:
        from samverka.core.export_service import export_bytes  # reportlab loads on the first export

        what, _, fmt = self.current_key().partition(":")
        return export_bytes(
            self.ctx.db, what, fmt or "pdf", promise_id=self.promise.currentData(),
            meeting_id=self.meeting.currentData(),
        )

    def update_preview(self) -> None:
        self._clear_pages()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = self._bytes()
        except KnownError as exc:
            self.data = None
            self.status.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        if not self.current_key().startswith(("actions", "json")):
            self._show_pdf(self.data)
            return
        self.status.setText(self.tr("Ingen förhandsvisning för dataexporter. Filen blir {0} kB.").format(
            max(1, len(self.data) // 1024)))

    def _show_pdf(self, pdf: bytes) -> None:
        images, count = render_pages(pdf, PREVIEW_WIDTH, MAX_PREVIEW_PAGES)
        for number, image in enumerate(images, start=1):
            page = QLabel(self.pages)
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QFrame.Shape.Box)
            page.setStyleSheet("background: white; border: 1px solid #9fb3c8;")
            page.setAccessibleName(self.tr("Sida {0}").format(number))
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.addStretch(1)
        text = self.tr("{0} sidor. Kontrollera dokumentet innan du sparar det.").format(count)
        if len(images) == MAX_PREVIEW_PAGES:
            text += " " + self.tr("Förhandsvisningen visar de första {0} sidorna.").format(MAX_PREVIEW_PAGES)
        self.status.setText(text)

    def _clear_pages(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def suggested_name(self) -> str:
        what, _, fmt = self.current_key().partition(":")
        suffix = fmt or next(s for k, _, s in CHOICES if k == self.current_key())
        return f"{FILE_NAMES[what]}.{suffix}"

    def save(self) -> None:
        if self.data is None:
            return
        folder = self.ctx.db.path.parent if self.ctx.db.path is not None else Path.home()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Spara som"), str(folder / self.suggested_name()))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        from samverka.export.files import write_atomic

        if self.data is None:
            return False
        try:
            self.saved_to = write_atomic(path, self.data)
        except KnownError as exc:
            self.status.setText(str(exc))
            return False
        self.ctx.bus.info_raised.emit(self.tr("Sparade {0}").format(self.saved_to))
        self.accept()
        return True


def open_export(parent: QWidget | None, ctx: UiContext, what: str) -> bool:
    return ExportDialog.ask(parent, ctx, what)
