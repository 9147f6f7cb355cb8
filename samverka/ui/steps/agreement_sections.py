"""The agreement's sections on step 7: choose one, read it, change it.

Sections made of one collaboration text (`core.documents.sections.FIELD_SECTIONS`: the overall goal, the lägesbild
summary, the organisation, how the work is documented and how it is followed up) edit that text itself, so each
text has one home: what is written here is what the lock gate reads and what steps 1 and 2 show. Every other
section is generated from the earlier steps; writing in it replaces the generated text in this agreement only
("Återställ genererad text" brings it back).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverka.core import agreement_service as service
from samverka.core.documents.sections import FIELD_SECTIONS
from samverka.dto import CollaborationRow
from samverka.export.documents import AgreementDocument, Section
from samverka.ui.context import UiContext
from samverka.ui.models.columns import N
from samverka.ui.steps.common import guidance_label, section_label, splitter

COMMIT_MS = 700
# What to write in the sections the facilitator writes themselves (shown above the text).
ADVICE: dict[str, str] = {
    "dokumentation": N("AgreementSections",
                       "Hur arbetet dokumenteras: var lägesbild, orsaksanalyser, åtgärdsplan, mötesanteckningar och "
                       "beslut sparas, vem som ansvarar för det och hur parterna kommer åt dem."),
    "uppfoljning": N("AgreementSections",
                     "Hur uppföljningen görs: vad som följs upp (åtgärder, löften, indikatorer), hur ofta, vem som "
                     "samlar in och analyserar, och vem som får resultatet (styrgrupp, kommunstyrelse, invånare)."),
    "overgripande_mal": N("AgreementSections", "Samma text som Övergripande mål i steg 1."),
    "lagesbild": N("AgreementSections", "Samma text som lägesbildens sammanfattning i steg 2."),
    "organisation": N("AgreementSections", "Samma text som Organisering och arbetssätt i steg 1."),
}


class SectionEditor(QWidget):
    """`show(document, collaboration)` after every reload; `saved` is emitted after a save (the page reloads)."""

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document: AgreementDocument | None = None
        self.collaboration: CollaborationRow | None = None
        self.section_key: str | None = None
        self._section_body = ""
        self._loading = False
        self._burst = 0  # the saves of one typing burst in a field-backed section are one undo step
        self.title = section_label(self)
        self.sections = QListWidget(self)
        self.sections.setWordWrap(True)  # long headings wrap instead of scrolling sideways
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.heading = section_label(self)
        self.advice = guidance_label(self)
        self.edit = QPlainTextEdit(self)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)
        self.state = guidance_label(self)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_section)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COMMIT_MS)
        self._timer.timeout.connect(self.commit)
        reset_row = QWidget(self)
        reset_layout = QHBoxLayout(reset_row)
        reset_layout.setContentsMargins(0, 0, 0, 0)
        reset_layout.addWidget(self.state, 1)
        reset_layout.addWidget(self.reset_button)
        editor = QWidget(self)
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addWidget(self.advice)
        editor_layout.addWidget(self.edit, 1)
        editor_layout.addWidget(reset_row)
        listing = QWidget(self)
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.title)
        list_layout.addWidget(self.sections, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The list gets enough of a laptop's width that a heading wraps at most once (at 125 px
        # "Informationsdelning och sekretess" was cut to "Informationsdel…").
        layout.addWidget(splitter(self, listing, editor, sizes=[240, 400]))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Avsnitt"))
        self.reset_button.setText(self.tr("Återställ genererad text"))
        self.edit.setAccessibleName(self.tr("Avsnittets text"))
        self.sections.setAccessibleName(self.tr("Överenskommelsens avsnitt"))

    # showing ------------------------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def show_document(self, document: AgreementDocument, collaboration: CollaborationRow, *,
                      keep_text: bool = False) -> None:
        self.document, self.collaboration = document, collaboration
        current = self.sections.currentRow()
        self._loading = True
        try:
            self.sections.clear()
            for number, section in enumerate(document.sections, start=1):
                mark = " ✎" if section.edited else ""
                empty = " ⚠" if section.key in FIELD_SECTIONS and not section.body.strip() else ""
                item = QListWidgetItem(f"{number} {section.heading}{mark}{empty}")
                if empty:
                    item.setToolTip(self.tr("Avsnittet är tomt: välj det och skriv dess text. Det som krävs "
                                            "för att låsa står under ”Det här saknas”."))
                elif mark:
                    item.setToolTip(self.tr("Texten är ändrad här och skiljer sig från den genererade."))
                item.setData(Qt.ItemDataRole.UserRole, section.key)
                self.sections.addItem(item)
        finally:
            self._loading = False
        self.sections.setCurrentRow(current if 0 <= current < self.sections.count() else 0)
        self._section_chosen(self.sections.currentRow(), force=True, keep_text=keep_text)

    def select_section(self, key: str) -> bool:
        """Choose a section by key and put the keyboard in its text (click-to-fix)."""
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.sections.setCurrentRow(row)
                self.edit.setFocus()
                QTimer.singleShot(0, self.edit.setFocus)
                return True
        return False

    def current(self) -> Section | None:
        if self.document is None or self.section_key is None:
            return None
        return next((s for s in self.document.sections if s.key == self.section_key), None)

    def _field_backed(self, section: Section) -> bool:
        """A section that is one collaboration text (and not overridden by an older edit in this agreement)."""
        return section.key in FIELD_SECTIONS and not section.edited

    def _section_chosen(self, row: int, force: bool = False, *, keep_text: bool = False) -> None:
        if self._loading or self.document is None or row < 0:
            return
        section = self.document.sections[row]
        if not force and section.key == self.section_key:
            return
        if self._timer.isActive() and section.key != self.section_key:
            self.commit()
            return
        own_save = keep_text and section.key == self.section_key  # the text shown is the text just saved
        if section.key != self.section_key:
            self._burst += 1
        self.section_key = section.key
        self._section_body = section.body
        self._loading = True
        try:
            self.heading.setText(f"{row + 1} {section.heading}")
            if not own_save:
                self.edit.setPlainText(section.body)
        finally:
            self._loading = False
        advice = ADVICE.get(section.key, "")
        self.advice.setText(QCoreApplication.translate("AgreementSections", advice) if advice else "")
        self.advice.setVisible(bool(advice))
        self._show_state(section)
        self.edit.setReadOnly(self.ctx.read_only)

    def _show_state(self, section: Section) -> None:
        if self._field_backed(section):
            text = self.tr("Texten skrivs här och används i överenskommelsen; den följer med till nästa version.")
        elif section.edited:
            text = self.tr("Egen text (ersätter den genererade).")
        else:
            text = self.tr("Genererad från de tidigare stegen; uppdateras när de ändras.")
        self.state.setText(text)
        self.reset_button.setVisible(not self._field_backed(section))
        self.reset_button.setEnabled(section.edited and not self.ctx.read_only)

    # edits --------------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if not self._loading and not self.ctx.read_only:
            self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        section = self.current()
        key, new, old = self.section_key, self.edit.toPlainText(), self._section_body
        if key is None or section is None or new == old:
            return
        self._section_body = new
        if self._field_backed(section) and self.collaboration is not None:
            saved = self._save_field(FIELD_SECTIONS[key], new)
        else:
            saved = self._save_section(key, new, old)
        if saved:
            self.saved.emit()

    def _save_field(self, field: str, new: str) -> bool:
        collaboration = self.collaboration
        assert collaboration is not None
        old = getattr(collaboration, field)
        outcome = self.ctx.undo.update(CollaborationRow, collaboration.id, {field: new}, expected={field: old},
                                       burst=(id(self), self._burst), initiator=self)
        return outcome.saved

    def _save_section(self, key: str, new: str, old: str) -> bool:
        db = self.ctx.db
        outcome = self.ctx.undo.call(self.tr("Ändra avsnittet"), lambda: service.set_section(db, key, new),
                                     lambda: service.set_section(db, key, old), initiator=self)
        return outcome.saved

    def reset_section(self) -> None:
        if self.section_key is None:
            return
        self.edit.setPlainText(service.generated_section_text(self.ctx.db, self.section_key))
        self.commit()

    def flush(self) -> None:
        """Save an edit still waiting for its timer (before locking, exporting or leaving)."""
        if self._timer.isActive():
            self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
            self._burst += 1  # leaving the text ends the undo step
        return super().eventFilter(watched, event)
