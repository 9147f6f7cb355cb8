"""Step 7 Överenskommelse: the agreement's sections (generated from the earlier steps; the texts the lock gate reads
are written here), what is still missing (each item a link to where it is fixed), the signatories (chosen once,
in step 1), the annexes it refers to, the versions, the lock for signing, signing and checking the signatures,
and export (PDF, or a DOCX draft for remiss)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
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
from samverka.dto import AgreementRow, CollaborationRow, SignatoryRow
from samverka.export.documents import AgreementDocument
from samverka.models.db import Database
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.agreement_sections import SectionEditor
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, scrolled, section_label, splitter
from samverka.ui.steps.missing_focus import focus_cell, focus_widget
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing

MISSING_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_MAX_HEIGHT = 190


def status_text(agreement: AgreementRow | None, signed_by_all: bool) -> str:
    """The version's state as the facilitator reads it: a version everyone has signed says so."""
    if agreement is None:
        return QCoreApplication.translate("AgreementPage", "Utkast")
    if agreement.status == "undertecknad" or (agreement.status == "låst" and signed_by_all):
        return QCoreApplication.translate("AgreementPage", "Undertecknad av alla")
    return vocab.label(vocab.AGREEMENT_STATUS, agreement.status)


class AgreementPage(StepPage):
    """Everything the agreement shows (samverka.workflow.shown) may make a new draft version: any change reloads."""

    STEP = 7

    @staticmethod
    def lists_missing(missing: Missing) -> bool:
        """The page's own list shows what the lock needs (the navigator does not repeat it); that the agreement
        is not locked or not yet signed is the navigator's to say."""
        return missing.entity not in ("agreement", "signatory")

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.document: AgreementDocument | None = None
        self.latest: AgreementRow | None = None
        self._missing_count = 0
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
        self.missing = QListWidget(self)  # each item a link to where it is fixed
        self.missing.setWordWrap(True)
        self.missing.itemActivated.connect(self._missing_activated)
        self.missing.itemClicked.connect(self._missing_activated)
        self.lock_button = QPushButton(self)
        self.lock_button.clicked.connect(self.lock)
        self.sign_button = QPushButton(self)
        self.sign_button.clicked.connect(self.sign)
        self.new_version_button = QPushButton(self)
        self.new_version_button.clicked.connect(self.new_version)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.docx_button = QPushButton(self)
        self.docx_button.clicked.connect(self.export_docx)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.trust_button = QPushButton(self)
        self.trust_button.clicked.connect(self.trust_list)
        self.versions_title = section_label(self)
        self.versions = QTableWidget(0, 5, self)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions.setMaximumHeight(130)
        self.signatories_hint = guidance_label(self)
        self.choose_signatories = QPushButton(self)
        self.choose_signatories.clicked.connect(self._go_to_people)
        self.signatories = RowTable[SignatoryRow](ctx, SignatoryRow, [
            Column("name", N("Columns", "Namn"), editable=False, width=125),
            Column("title", N("Columns", "Titel"), editable=False, width=130),
            Column("organisation", N("Columns", "Organisation"), editable=False, width=110),
            Column("place", N("Columns", "Ort"), tooltip=N("Columns", "Var överenskommelsen skrivs under")),
        ], title=N("Sections", "Undertecknare"))
        self.annex_title = section_label(self)
        self.annexes = QLabel(self)
        self.annexes.setWordWrap(True)
        self.annexes.setContentsMargins(0, 2, 0, 0)
        self.annexes.setTextFormat(Qt.TextFormat.PlainText)
        self.sections = SectionEditor(ctx, self)
        self.sections.saved.connect(lambda: self._reload(keep_text=True))
        self._build()
        self.retranslate_ui()

    # layout and texts ---------------------------------------------------------------------------
    def _build(self) -> None:
        buttons = QWidget(self)
        grid = QGridLayout(buttons)  # two columns, so the status column stays narrow enough for a 1366 px laptop
        grid.setContentsMargins(0, 0, 0, 0)
        for index, button in enumerate((self.lock_button, self.sign_button, self.new_version_button,
                                        self.export_button, self.docx_button, self.verify_button,
                                        self.trust_button)):
            grid.addWidget(button, index // 2, index % 2)
        status = column_box(self, self.guide, self.version_label, self.signing_label, buttons, self.missing_title,
                            self.missing, self.signatories_hint, self.choose_signatories, self.signatories,
                            self.annex_title, self.annexes, self.versions_title, self.versions)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(splitter(self, scrolled(self, status), self.sections, sizes=[440, 640]))

    def retranslate_ui(self) -> None:
        self.guide.setText(self.tr(
            "Överenskommelsen byggs av det ni har gjort i stegen före. Skriv hur arbetet dokumenteras och följs "
            "upp i avsnitten till höger, och ändra gärna andra avsnitt. När allt som Brå kräver finns med kan "
            "versionen låsas för underskrift; en senare ändring blir en ny version."))
        self.missing_title.setText(self.tr("Det här saknas innan överenskommelsen kan låsas"))
        self.missing.setAccessibleName(self.tr("Det här saknas; Enter eller klick går dit"))
        self.lock_button.setText(self.tr("Lås för underskrift"))
        self.sign_button.setText(self.tr("Skriv under…"))
        self.new_version_button.setText(self.tr("Ny version"))
        self.export_button.setText(self.tr("Exportera PDF…"))
        self.export_button.setToolTip(self.tr("Förhandsgranska överenskommelsen och spara den som PDF."))
        self.docx_button.setText(self.tr("Remissutkast (DOCX)…"))
        self.docx_button.setToolTip(self.tr("Ett Word-utkast att skicka på remiss; den slutliga versionen är PDF."))
        self.verify_button.setText(self.tr("Kontrollera underskrifter…"))
        self.trust_button.setText(self.tr("Betrodda certifikat…"))
        self.signatories_hint.setText(self.tr(
            "Undertecknarna väljs i steg 1: bocka i Undertecknar på personen. Namn, titel och organisation hämtas "
            "därifrån; orten går att ändra här."))
        self.choose_signatories.setText(self.tr("Välj undertecknare i steg 1"))
        self.annex_title.setText(self.tr("Bilagor som överenskommelsen hänvisar till"))
        self.versions_title.setText(self.tr("Versioner"))
        self.versions.setHorizontalHeaderLabels([
            self.tr("Version"), self.tr("Status"), self.tr("Dokument-ID"), self.tr("Låst"), self.tr("Underskrifter"),
        ])
        self.signatories.retranslate_ui()
        self.sections.retranslate_ui()
        if self.ctx.state.db is not None:
            self.refresh()

    # reading ------------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is self.sections:
            return  # the section editor's own save: it asked for a reload that keeps its text
        super()._on_changed(changes, initiator)

    def refresh(self) -> None:
        if self.sections.pending:
            self.sections.commit()  # save what is being typed first; that reloads the page
            return
        self._reload(keep_text=False)

    def _reload(self, *, keep_text: bool) -> None:
        """Read the versions and the document again; with keep_text the section being edited keeps its text
        (it is the text just saved)."""
        db = self.ctx.state.db
        if db is None:
            return
        if not db.read_only:
            from samverka.core.signatory_sync import sync_draft_signatories

            changes = service.sync_versions(db)
            if not service.versions(db):
                changes = changes | service.current_draft(db)[1]
            changes = changes | sync_draft_signatories(db)  # who signs: the people ticked in step 1
            self.ctx.bus.emit_changed(changes, self)
        versions = service.versions(db)
        self.latest = versions[-1] if versions else None
        self.document = agreement_document(db)
        self._show_versions(versions)
        self._show_state(db)
        self.sections.show_document(self.document, crud.get(db, CollaborationRow, db.collaboration_id()),
                                    keep_text=keep_text)
        rows = crud.list_rows(db, SignatoryRow, order_by=("sort_order", "id"), agreement_id=self.latest.id) \
            if self.latest is not None else []
        self.signatories.set_rows(rows)
        view = self.signatories.view  # as tall as its rows (two at least), the annexes right below
        shown = max(2, len(rows))
        view.setFixedHeight(view.horizontalHeader().height() + shown * view.verticalHeader().defaultSectionSize()
                            + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth())
        editable = self._is_draft() and not db.read_only
        self.signatories.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self._show_annexes()

    def _is_draft(self) -> bool:
        return self.latest is not None and self.latest.status == "utkast"

    def _show_versions(self, versions: list[AgreementRow]) -> None:
        self.versions.setRowCount(len(versions))
        for row, version in enumerate(reversed(versions)):
            signing = "–"
            complete = False
            if version.status != "utkast":
                status = signing_status(self.ctx.db, version.id)
                signing, complete = str(status.text), status.complete
            cells = [str(version.version), status_text(version, complete), version.document_id or "–",
                     version.locked_at.strftime("%Y-%m-%d %H:%M") if version.locked_at else "–", signing]
            for col, text in enumerate(cells):
                self.versions.setItem(row, col, QTableWidgetItem(text))

    def _show_state(self, db: Database) -> None:
        doc = self.document
        assert doc is not None
        complete = False
        summary = ""
        if self.latest is not None and self.latest.status != "utkast":
            status = signing_status(db, self.latest.id)
            complete = status.complete
            text = str(status.text)
            summary = f"{text[:1].upper()}{text[1:]}. {status.remaining_text}"
        state = status_text(self.latest, complete) if self.latest is not None and doc.version == self.latest.version \
            else status_text(None, False)
        self.version_label.setText(self.tr("Version {0} · {1} · {2}").format(doc.version, state, doc.document_id))
        self.signing_label.setText(summary)
        self.signing_label.setVisible(bool(summary))
        self._show_missing(service.missing_for_lock(db))
        self._enable_buttons(db)

    def _show_missing(self, missing: list[Missing]) -> None:
        self.missing.clear()
        for item in missing:
            entry = QListWidgetItem(f"• {item}")
            entry.setData(MISSING_ROLE, item)
            entry.setToolTip(self.tr("Klicka för att gå dit och rätta."))
            self.missing.addItem(entry)
        if not missing:
            done = QListWidgetItem(self.tr("Inget – allt som krävs finns med."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.missing.addItem(done)
        self._missing_count = len(missing)
        # As tall as its items (up to a limit, then it scrolls), so the signatories stay in view.
        self.missing.doItemsLayout()
        rows = sum(self.missing.sizeHintForRow(i) for i in range(self.missing.count()))
        self.missing.setFixedHeight(min(MISSING_MAX_HEIGHT, rows + 2 * self.missing.frameWidth() + 6))

    def _enable_buttons(self, db: Database) -> None:
        reason = ""
        if db.read_only:
            reason = self.tr("Samverkan är öppen skrivskyddat.")
        elif not self._is_draft():
            reason = self.tr("Den senaste versionen är redan låst. Gör en ändring eller en ny version först.")
        elif self._missing_count:
            reason = self.tr("Kan inte låsas ännu: {0} sak(er) saknas (se listan).").format(self._missing_count)
        self.lock_button.setEnabled(not reason)
        self.lock_button.setToolTip(reason or self.tr("Fryser innehållet, räknar ut dess kontrollsumma och "
                                                      "skapar PDF-filen som ska skrivas under."))
        frozen = self.latest is not None and self.latest.status != "utkast"
        self.sign_button.setEnabled(self.latest is not None and self.latest.status == "låst" and not db.read_only)
        self.verify_button.setEnabled(frozen)
        self.verify_button.setToolTip("" if frozen else self.tr("Det finns ingen låst version att kontrollera än."))
        self.new_version_button.setEnabled(frozen and not db.read_only)
        self.choose_signatories.setEnabled(not db.read_only)

    def _show_annexes(self) -> None:
        doc = self.document
        annexes = doc.annexes if doc is not None else ()
        if not annexes:
            self.annexes.setText(self.tr(
                "Inga ännu. Åtgärdsplanen (steg 8) och medborgarlöftena (steg 9) blir bilagor; de förnyas utan att "
                "överenskommelsen skrivs under på nytt."))
            return
        lines = [self.tr("Bilaga {0}: {1}").format(a.number, a.title) + (f"\n    {a.reference}" if a.reference else "")
                 for a in annexes]
        self.annexes.setText("\n".join(lines))

    # click-to-fix ---------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """Show what a missing item names on this page (the navigator calls this)."""
        if missing.entity == "collaboration" and missing.field:
            from samverka.core.documents.sections import FIELD_SECTIONS

            key = next((k for k, f in FIELD_SECTIONS.items() if f == missing.field), None)
            return key is not None and self.sections.select_section(key)
        if missing.entity in ("signatory", "person"):
            return focus_cell(self.signatories, missing.entity_id, "place")
        if missing.entity == "agreement" and missing.field == "signature":
            focus_widget(self.sign_button)
            return True
        if missing.entity == "agreement":
            focus_widget(self.lock_button if self.lock_button.isEnabled() else self.missing)
            return True
        return False

    def _missing_activated(self, item: QListWidgetItem) -> None:
        found = item.data(MISSING_ROLE)
        if isinstance(found, Missing):
            self.go_to_missing(found)

    def go_to_missing(self, missing: Missing) -> bool:
        """Go to the step a missing item names and let its page show the field."""
        if missing.step == self.STEP:
            return self.focus_missing(missing)
        window = self.window()
        go = getattr(window, "go_to_step", None)
        page_of = getattr(window, "page", None)
        if not callable(go) or not callable(page_of):
            return False
        go(missing.step)
        focus = getattr(page_of(missing.step), "focus_missing", None)
        return bool(focus(missing)) if callable(focus) else False

    def _go_to_people(self) -> None:
        person = Missing("", "", step_key="samverkan", entity="person", field="is_signatory")
        self.go_to_missing(person)

    # edits --------------------------------------------------------------------------------------
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

    def verify(self) -> None:
        from samverka.ui.signing.verify_dialog import VerifyDialog

        frozen = [v for v in service.versions(self.ctx.db) if v.status != "utkast"]
        if frozen:
            VerifyDialog.ask(self, self.ctx, frozen[-1].id)

    def trust_list(self) -> None:
        from samverka.ui.signing.trust_dialog import TrustListDialog

        TrustListDialog.ask(self, self.ctx)

    def export(self) -> None:
        self.flush()
        from samverka.ui.dialogs.export_dialog import ExportDialog

        ExportDialog.ask(self, self.ctx, "agreement")

    def export_docx(self) -> None:
        self.flush()
        from samverka.ui.dialogs.export_dialog import ExportDialog

        ExportDialog.ask(self, self.ctx, "agreement", "docx")

    def flush(self) -> None:
        """Save a section edit still waiting for its timer (before locking, exporting or leaving)."""
        self.sections.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

