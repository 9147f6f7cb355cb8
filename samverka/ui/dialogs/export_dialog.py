"""Export: every document and data export `core.export_service.FORMATS` offers, in the format the user picks, with a
look at the result first (PDF pages drawn by PDFium, text formats as text), saved where people keep their files."""

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
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samverka.core import crud
from samverka.dto import CitizenPromiseRow, MeetingRow
from samverka.errors import KnownError
from samverka.ui.context import UiContext
from samverka.ui.models.columns import N
from samverka.ui.widgets.pdf_pages import render_pages

# What each export is, in the "ExportDialog" translation context; the kinds come from core.export_service.FORMATS.
KIND_LABELS: dict[str, str] = {
    "agreement": N("ExportDialog", "Samverkansöverenskommelse"),
    "actionplan": N("ExportDialog", "Åtgärdsplan (bilaga till överenskommelsen)"),
    "promise": N("ExportDialog", "Medborgarlöfte"),
    "promise-followup": N("ExportDialog", "Så har det gått – uppföljning av ett medborgarlöfte"),
    "lagesbild": N("ExportDialog", "Lägesbild"),
    "report": N("ExportDialog", "Workshoprapport (ett möte)"),
    "followup": N("ExportDialog", "Uppföljningsrapport till kommunstyrelsen"),
    "actions": N("ExportDialog", "Åtgärder, mål och indikatorer (tabell)"),
    "json": N("ExportDialog", "Hela samverkan (data)"),
    "calendar": N("ExportDialog", "Årshjul (kalender)"),
}
FORMAT_LABELS: dict[str, str] = {
    "pdf": N("ExportDialog", "PDF"),
    "docx": N("ExportDialog", "Word-utkast för remiss (DOCX)"),
    "xlsx": N("ExportDialog", "Excel (XLSX)"),
    "csv": N("ExportDialog", "CSV (semikolon, UTF-8)"),
    "json": N("ExportDialog", "JSON"),
    "ics": N("ExportDialog", "Kalenderfil för Outlook m.fl. (iCalendar, .ics)"),
}
FILE_NAMES = {
    "agreement": "samverkansoverenskommelse", "actionplan": "atgardsplan", "promise": "medborgarlofte",
    "promise-followup": "medborgarlofte-sa-har-det-gatt", "lagesbild": "lagesbild", "report": "workshoprapport",
    "followup": "uppfoljning", "actions": "atgarder-mal-indikatorer", "json": "samverkan", "calendar": "arshjul",
}
TEXT_FORMATS = frozenset({"csv", "json", "ics"})
PROMISE_KINDS = frozenset({"promise", "promise-followup"})
MAX_PREVIEW_PAGES = 40
MAX_PREVIEW_CHARS = 20_000
PREVIEW_WIDTH = 460


def formats() -> dict[str, tuple[str, ...]]:
    from samverka.core.export_service import FORMATS  # the export layer loads on the first export

    return FORMATS


class ExportDialog(QDialog):
    """`ask(parent, ctx, what, fmt)` shows it; `data` holds the bytes of the current choice."""


    def __init__(self, ctx: UiContext, parent: QWidget | None = None, what: str = "agreement",
                 fmt: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: bytes | None = None
        self.saved_to: Path | None = None
        what, _, given = what.partition(":")  # "actions:csv" is accepted too
        fmt = fmt or given
        self.kind = QComboBox(self)
        for key in formats():
            self.kind.addItem(self.tr(KIND_LABELS.get(key, key)), key)
        self.format = QComboBox(self)
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
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.nothing = QLabel(self)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing.setWordWrap(True)
        self.preview = QStackedWidget(self)
        for widget in (self.page_area, self.text, self.nothing):
            self.preview.addWidget(widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Spara som…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._build()
        self._fill_choices()
        self.kind.setCurrentIndex(max(0, self.kind.findData(what)))
        self._fill_formats(fmt)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format.currentIndexChanged.connect(self.update_preview)
        self.promise.currentIndexChanged.connect(self.update_preview)
        self.meeting.currentIndexChanged.connect(self.update_preview)
        self._kind_changed(keep_format=True)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext, what: str = "agreement", fmt: str = "") -> bool:
        if ctx.state.db is None:
            return False
        dialog = cls(ctx, parent, what, fmt)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Exportera"))
        form = QFormLayout()
        form.addRow(self.tr("&Vad"), self.kind)
        form.addRow(self.tr("&Format"), self.format)
        self.promise_label = QLabel(self.tr("&Medborgarlöfte"), self)
        self.promise_label.setBuddy(self.promise)
        form.addRow(self.promise_label, self.promise)
        self.meeting_label = QLabel(self.tr("Mö&te"), self)
        self.meeting_label.setBuddy(self.meeting)
        form.addRow(self.meeting_label, self.meeting)
        for combo, name in ((self.kind, self.tr("Vad som exporteras")), (self.format, self.tr("Format")),
                            (self.promise, self.tr("Medborgarlöfte")), (self.meeting, self.tr("Möte"))):
            combo.setAccessibleName(name)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.status)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addWidget(self.preview, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)  # inside a 1366×768 laptop screen

    def _fill_choices(self) -> None:
        db = self.ctx.db
        for promise in crud.list_rows(db, CitizenPromiseRow):
            version = f" (v{promise.version})" if getattr(promise, "version", 1) > 1 else ""
            self.promise.addItem((promise.title or f"#{promise.id}") + version, promise.id)
        meetings = sorted(crud.list_rows(db, MeetingRow), key=lambda m: (m.date is None, m.date, m.id), reverse=True)
        for meeting in meetings:
            date = meeting.date.isoformat() if meeting.date else ""
            self.meeting.addItem(f"{date} {meeting.title}".strip() or f"#{meeting.id}", meeting.id)

    def _fill_formats(self, preferred: str = "") -> None:
        current = preferred or str(self.format.currentData() or "")
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in formats().get(self.current_what(), ()):
            self.format.addItem(self.tr(FORMAT_LABELS.get(fmt, fmt)), fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(current)))
        self.format.setEnabled(self.format.count() > 1)
        self.format.blockSignals(False)

    def current_what(self) -> str:
        return str(self.kind.currentData())

    def current_format(self) -> str:
        return str(self.format.currentData() or "")

    def current_key(self) -> str:
        """"agreement:pdf", "actions:csv" …"""
        return f"{self.current_what()}:{self.current_format()}"

    def _kind_changed(self, *_args: object, keep_format: bool = False) -> None:
        if not keep_format:
            self._fill_formats()
        what = self.current_what()
        for label, combo, used in ((self.promise_label, self.promise, what in PROMISE_KINDS),
                                   (self.meeting_label, self.meeting, what == "report")):
            label.setVisible(used)
            combo.setVisible(used)
        self.update_preview()

    def _bytes(self) -> bytes:
        from samverka.core.export_service import export_bytes  # the export layer loads on the first export

        what = self.current_what()
        if what == "agreement" and not self.ctx.read_only:
            from samverka.core.signatory_sync import sync_draft_signatories

            self.ctx.bus.emit_changed(sync_draft_signatories(self.ctx.db), self)  # who signs: step 1's people
        return export_bytes(self.ctx.db, what, self.current_format(), promise_id=self.promise.currentData(),
                            meeting_id=self.meeting.currentData())

    def update_preview(self) -> None:
        self._clear_pages()
        if self.current_what() in PROMISE_KINDS and self.promise.count() == 0:
            self.data = None
            self._say(self.tr("Det finns inget medborgarlöfte att exportera än. Skriv ett i steg 9."))
            return
        if self.current_what() == "report" and self.meeting.count() == 0:
            self.data = None
            self._say(self.tr("Det finns inget möte att göra en rapport från än. Lägg till ett i steg 1, Möten."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = self._bytes()
        except KnownError as exc:
            self.data = None
            self._say(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        fmt = self.current_format()
        if fmt == "pdf":
            self._show_pdf(self.data)
        elif fmt in TEXT_FORMATS:
            self._show_text(self.data)
        else:
            size = max(1, len(self.data) // 1024)
            self.nothing.setText(self.tr("Ingen förhandsvisning för {0}. Öppna filen i Word, LibreOffice eller "
                                         "Excel när den är sparad.").format(fmt.upper()))
            self.preview.setCurrentWidget(self.nothing)
            note = self.tr("Utkastet är till för remiss och kommentarer; den slutliga versionen är PDF.") \
                if fmt == "docx" else ""
            self.status.setText(f"{self.tr('Filen blir {0} kB.').format(size)} {note}".strip())

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.nothing.setText(message)
        self.preview.setCurrentWidget(self.nothing)

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
        self.preview.setCurrentWidget(self.page_area)
        pages = self.tr("1 sida.") if count == 1 else self.tr("{0} sidor.").format(count)
        text = f"{pages} {self.tr('Kontrollera dokumentet innan du sparar det.')}"
        if len(images) == MAX_PREVIEW_PAGES:
            text += " " + self.tr("Förhandsvisningen visar de första {0} sidorna.").format(MAX_PREVIEW_PAGES)
        self.status.setText(text)

    def _show_text(self, data: bytes) -> None:
        text = data.decode("utf-8-sig", errors="replace")
        shown = text[:MAX_PREVIEW_CHARS]
        self.text.setPlainText(shown + ("\n…" if len(text) > len(shown) else ""))
        self.preview.setCurrentWidget(self.text)
        if self.current_format() == "ics":
            events = text.count("BEGIN:VEVENT")
            self.status.setText(self.tr("{0} händelser. Öppna filen i Outlook eller en annan kalender för att lägga "
                                        "in årshjulet.").format(events))
        else:
            self.status.setText(self.tr("Förhandsvisning av texten. Filen blir {0} kB.").format(
                max(1, len(data) // 1024)))

    def _clear_pages(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def suggested_name(self) -> str:
        what, fmt = self.current_what(), self.current_format()
        suffix = "-utkast" if fmt == "docx" else ""
        return f"{FILE_NAMES.get(what, what)}{suffix}.{fmt}"

    def default_folder(self) -> Path:
        """The folder the last export went to, else beside the collaboration file, else Documents/Samverka (never
        the hidden data folder a demo copy lives in)."""
        from samverka.ui.folders import default_folder
        from samverka.ui.settings import Settings

        return default_folder(Settings(), "export", near=self.ctx.db.path)

    def save(self) -> None:
        if self.data is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Spara som"),
                                              str(self.default_folder() / self.suggested_name()))
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
        from samverka.ui.folders import remember_folder
        from samverka.ui.settings import Settings

        settings = Settings()
        remember_folder(settings, "export", self.saved_to)  # the next session starts here too
        settings.sync()
        self.ctx.bus.info_raised.emit(self.tr("Sparade {0}").format(self.saved_to))
        self.accept()
        return True


def open_export(parent: QWidget | None, ctx: UiContext, what: str, fmt: str = "") -> bool:
    return ExportDialog.ask(parent, ctx, what, fmt)
