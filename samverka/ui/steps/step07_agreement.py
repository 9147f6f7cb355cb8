"""Step 7 Överenskommelse: the agreement's sections (generated from the earlier steps, editable), what is still
missing, the signatories, the versions, the lock for signing, and export with a preview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.core import agreement_service as service
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.documents import agreement_document
from samverka.core.signing_service import signing_status
from samverka.dto import AgreementRow, SignatoryRow
from samverka.export.documents import AgreementDocument
from samverka.models.db import Database
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, section_label, splitter
from samverka.ui.widgets.row_table import RowTable

COMMIT_MS = 700


class AgreementPage(StepPage):
    """Everything the agreement shows (samverka.workflow.shown) may make a new draft version: any change reloads."""

    STEP = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.document: AgreementDocument | None = None
        self.latest: AgreementRow | None = None
        self.section_key: str | None = None
        self._section_body = ""
        self._loading = False
        self.guide = guidance_label(self)
        self.version_label = QLabel(self)
        self.version_label.setContentsMargins(0, 2, 0, 0)
        self.version_label.setWordWrap(True)
        bold = QFont(self.version_label.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.version_label.setFont(bold)
        self.signing_label = QLabel(self)  # "signerad av 1 av 2" and who is left
        self.signing_label.setWordWrap(True)
        self.signing_label.setContentsMargins(0, 2, 0, 0)
        self.missing_title = section_label(self)
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.setContentsMargins(0, 2, 0, 0)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.lock_button = QPushButton(self)
        self.lock_button.clicked.connect(self.lock)
        self.sign_button = QPushButton(self)
        self.sign_button.clicked.connect(self.sign)
        self.new_version_button = QPushButton(self)
        self.new_version_button.clicked.connect(self.new_version)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.versions_title = section_label(self)
        self.versions = QTableWidget(0, 5, self)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions.setMaximumHeight(150)
        self.signatories = RowTable[SignatoryRow](ctx, SignatoryRow, [
            Column("name", N("Columns", "Namn"), width=140),
            Column("title", N("Columns", "Titel"), width=160),
            Column("organisation", N("Columns", "Organisation"), width=160),
            Column("place", N("Columns", "Ort")),
        ], title=N("Sections", "Undertecknare"), new_values=self._new_signatory)
        self.signatories.setMinimumHeight(150)
        self.sections_title = section_label(self)
        self.sections = QListWidget(self)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.section_heading = section_label(self)
        self.section_edit = QPlainTextEdit(self)
        self.section_edit.textChanged.connect(self._text_changed)
        self.section_edit.installEventFilter(self)
        self.section_state = guidance_label(self)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_section)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_MS)
        self._timer.timeout.connect(self.commit_section)
        self._build()
        self.retranslate_ui()

    # layout and texts ---------------------------------------------------------------------------
    def _build(self) -> None:
        buttons = QWidget(self)
        grid = QGridLayout(buttons)  # two rows, so the column stays narrow enough for a 1366 px laptop
        grid.setContentsMargins(0, 0, 0, 0)
        for index, button in enumerate((self.lock_button, self.sign_button, self.new_version_button,
                                        self.export_button)):
            grid.addWidget(button, index // 2, index % 2)
        status = column_box(self, self.guide, self.version_label, self.signing_label, buttons, self.missing_title,
                            self.missing, self.versions_title, self.versions, self.signatories, stretch_last=True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(status)
        reset_row = QWidget(self)
        reset_layout = QHBoxLayout(reset_row)
        reset_layout.setContentsMargins(0, 0, 0, 0)
        reset_layout.addWidget(self.section_state, 1)
        reset_layout.addWidget(self.reset_button)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.section_heading)
        editor_layout.addWidget(self.section_edit, 1)
        editor_layout.addWidget(reset_row)
        sections = column_box(self, self.sections_title, self.sections, stretch_last=True)
        right = splitter(self, sections, editor, sizes=[250, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter(self, scroll, right, sizes=[560, 520]))

    def retranslate_ui(self) -> None:
        self.guide.setText(self.tr(
            "Överenskommelsen byggs av det ni har gjort i stegen före. Ändra texten i ett avsnitt om det behövs; "
            "när allt som Brå kräver finns med kan versionen låsas för underskrift. En senare ändring blir en ny "
            "version – den låsta finns kvar oförändrad."))
        self.missing_title.setText(self.tr("Det här saknas innan överenskommelsen kan låsas"))
        self.lock_button.setText(self.tr("Lås för underskrift"))
        self.sign_button.setText(self.tr("Skriv under…"))
        self.new_version_button.setText(self.tr("Ny version"))
        self.export_button.setText(self.tr("Förhandsgranska och exportera…"))
        self.versions_title.setText(self.tr("Versioner"))
        self.versions.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Status"), self.tr("Dokument-ID"), self.tr("Låst"), self.tr("Underskrifter"),
        ])
        self.sections_title.setText(self.tr("Avsnitt"))
        self.reset_button.setText(self.tr("Återställ genererad text"))
        self.section_edit.setAccessibleName(self.tr("Avsnittets text"))
        self.sections.setAccessibleName(self.tr("Överenskommelsens avsnitt"))
        self.signatories.retranslate_ui()
        if self.ctx.state.db is not None:
            self.refresh()

    # reading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._timer.isActive():
            self.commit_section()  # save what is being typed first; that reloads the page
            return
        self._reload(keep_text=False)

    def _reload(self, *, keep_text: bool) -> None:
        """Read the versions and the document again; with keep_text the section being edited keeps its text
        (it is the text just saved)."""
        db = self.ctx.state.db
        if db is None:
            return
        if not db.read_only:
            changes = service.sync_versions(db)
            if not service.versions(db):
                changes = changes | service.current_draft(db)[1]
            self.ctx.bus.emit_changed(changes, self)
        versions = service.versions(db)
        self.latest = versions[-1] if versions else None
        self.document = agreement_document(db)
        self._show_versions(versions)
        self._show_state(db)
        self._show_sections(keep_text=keep_text)
        rows = crud.list_rows(db, SignatoryRow, order_by=("sort_order", "id"), agreement_id=self.latest.id) \
            if self.latest is not None else []
        self.signatories.set_rows(rows)
        editable = self._is_draft() and not db.read_only
        self.signatories.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signatories.add_button.setEnabled(editable)
        self.signatories.remove_button.setEnabled(editable and self.signatories.current_row() is not None)

    def _is_draft(self) -> bool:
        return self.latest is not None and self.latest.status == "utkast"

    def _show_versions(self, versions: list[AgreementRow]) -> None:
        status = _signing_status_texts(self.ctx, versions)
        self.versions.setRowCount(len(versions))
        for row, version in enumerate(reversed(versions)):
            cells = [str(version.version), vocab.label(vocab.AGREEMENT_STATUS, version.status),
                     version.document_id or "–",
                     version.locked_at.strftime("%Y-%m-%d %H:%M") if version.locked_at else "–",
                     status.get(version.id, "–")]
            for col, text in enumerate(cells):
                self.versions.setItem(row, col, QTableWidgetItem(text))

    def _show_state(self, db: Database) -> None:
        doc = self.document
        assert doc is not None
        self.version_label.setText(self.tr("Version {0} · {1} · {2}").format(doc.version, doc.status,
                                                                             doc.document_id))
        self.signing_label.setText(_signing_summary(self.ctx, self.latest))
        self.signing_label.setVisible(bool(self.signing_label.text()))
        missing = service.missing_for_lock(db)
        self.missing.setText("\n".join(f"• {m}" for m in missing) or self.tr("Inget – allt som krävs finns med."))
        reason = ""
        if db.read_only:
            reason = self.tr("Samverkan är öppen skrivskyddat.")
        elif not self._is_draft():
            reason = self.tr("Den senaste versionen är redan låst. Gör en ändring eller en ny version först.")
        elif missing:
            reason = self.tr("Kan inte låsas ännu: {0} sak(er) saknas (se listan).").format(len(missing))
        self.lock_button.setEnabled(not reason)
        self.lock_button.setToolTip(reason or self.tr("Fryser innehållet, räknar ut dess kontrollsumma och "
                                                      "skapar PDF-filen som ska skrivas under."))
        locked = self.latest is not None and self.latest.status == "låst"
        self.sign_button.setEnabled(locked and not db.read_only)
        self.new_version_button.setEnabled(not self._is_draft() and self.latest is not None and not db.read_only)

    def _show_sections(self, *, keep_text: bool = False) -> None:
        doc = self.document
        assert doc is not None
        current = self.sections.currentRow()
        self._loading = True
        try:
            self.sections.clear()
            for number, section in enumerate(doc.sections, start=1):
                mark = " ✎" if section.edited else ""
                item = QListWidgetItem(f"{number} {section.heading}{mark}")
                item.setData(Qt.ItemDataRole.UserRole, section.key)
                self.sections.addItem(item)
        finally:
            self._loading = False
        self.sections.setCurrentRow(current if 0 <= current < self.sections.count() else 0)
        self._section_chosen(self.sections.currentRow(), force=True, keep_text=keep_text)

    def _section_chosen(self, row: int, force: bool = False, *, keep_text: bool = False) -> None:
        if self._loading or self.document is None or row < 0:
            return
        section = self.document.sections[row]
        if not force and section.key == self.section_key:
            return
        if self._timer.isActive() and section.key != self.section_key:
            self.commit_section()
            return
        own_save = keep_text and section.key == self.section_key  # the text shown is the text just saved
        self.section_key = section.key
        self._section_body = section.body
        self._loading = True
        try:
            self.section_heading.setText(f"{row + 1} {section.heading}")
            if not own_save:
                self.section_edit.setPlainText(section.body)
        finally:
            self._loading = False
        self.section_state.setText(
            self.tr("Egen text (ersätter den genererade).") if section.edited
            else self.tr("Genererad från de tidigare stegen; uppdateras när de ändras."))
        self.reset_button.setEnabled(section.edited and not self.ctx.read_only)
        self.section_edit.setReadOnly(self.ctx.read_only)

    # edits --------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._loading and not self.ctx.read_only:
            self._timer.start()

    def commit_section(self) -> None:
        self._timer.stop()
        key, new, old = self.section_key, self.section_edit.toPlainText(), self._section_body
        if key is None or new == old:
            return
        db = self.ctx.db
        self._section_body = new
        saved = self.ctx.undo.call(
            self.tr("Ändra avsnittet"), lambda: service.set_section(db, key, new),
            lambda: service.set_section(db, key, old), initiator=self,
        )
        if saved:
            self._reload(keep_text=True)

    def reset_section(self) -> None:
        if self.section_key is None:
            return
        self.section_edit.setPlainText(service.generated_section_text(self.ctx.db, self.section_key))
        self.commit_section()

    def _new_signatory(self) -> dict[str, Any] | None:
        if self.latest is None or not self._is_draft():
            return None
        count = self.signatories.model.rowCount()
        return {"agreement_id": self.latest.id, "name": self.tr("Ny undertecknare"), "field_name":
                f"Signatur{count + 1}", "sort_order": count}

    def lock(self) -> None:
        self.flush()
        if self.latest is None or not self._is_draft():
            return
        db, agreement_id = self.ctx.db, self.latest.id
        self.ctx.undo.call(self.tr("Lås för underskrift"), lambda: service.lock(db),
                           lambda: service.unlock(db, agreement_id), initiator=self)
        self.refresh()

    def new_version(self) -> None:
        db = self.ctx.db
        made: list[int] = []

        def do() -> Changes:
            agreement_id, changes = service.current_draft(db)
            made.append(agreement_id)
            return changes

        def undo() -> Changes:
            return crud.delete_row(db, AgreementRow, made.pop())[1]

        self.ctx.undo.call(self.tr("Ny version av överenskommelsen"), do, undo, initiator=self)
        self.refresh()

    def sign(self) -> None:
        from samverka.ui.signing.sign_dialog import SignDialog

        if self.latest is not None:
            SignDialog.ask(self, self.ctx, self.latest.id)
            self.refresh()

    def export(self) -> None:
        self.flush()
        from samverka.ui.dialogs.export_dialog import ExportDialog

        ExportDialog.ask(self, self.ctx, "agreement")

    def flush(self) -> None:
        """Save a section edit still waiting for its timer (before locking, exporting or leaving)."""
        if self._timer.isActive():
            self.commit_section()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.section_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)


def _signing_status_texts(ctx: UiContext, versions: list[AgreementRow]) -> dict[int, str]:
    texts = {}
    for version in versions:
        if version.status != "utkast":
            texts[version.id] = str(signing_status(ctx.db, version.id).text)
    return texts


def _signing_summary(ctx: UiContext, latest: AgreementRow | None) -> str:
    if latest is None or latest.status == "utkast":
        return ""
    status = signing_status(ctx.db, latest.id)
    text = str(status.text)
    return f"{text[:1].upper()}{text[1:]}. {status.remaining_text}"

