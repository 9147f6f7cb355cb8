"""Importera trygghetsmätning: choose a file and sheet, map a wide layout, read the report, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.survey import (
    ColumnMapping,
    NeedsMappingError,
    PreparedImport,
    format_report,
    guess_mapping,
    list_sheets,
    prepare_import,
    save_mapping,
)
from samverka.core.survey.aliases import add_aliases, remove_aliases
from samverka.core.survey.report import number
from samverka.dto import AreaRow
from samverka.errors import KnownError
from samverka.paths import resource
from samverka.ui.context import UiContext
from samverka.ui.folders import default_folder, remember_folder
from samverka.ui.settings import Settings
from samverka.ui.survey.mapping_dialog import ColumnMappingDialog
from samverka.ui.tasks import Task, run_task
from samverka.vocab import VALUE_TYPES, label

SAMPLE_SURVEY = resource("samples", "trygghetsmatning-exempel.csv")
# A file at least this large is read on a worker thread with a progress dialog (ui/tasks); smaller ones take
# well under half a second and are read at once. An Excel file is read more slowly per byte than a CSV.
BACKGROUND_FROM_BYTES = 1_000_000
BACKGROUND_FROM_XLSX_BYTES = 100_000
PREVIEW_COLUMNS = ("year", "area_code", "area_name", "item_label", "value_type", "breakdown", "value", "n_respondents")


def _is_large(path: Path) -> bool:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            zipped = handle.read(4) == b"PK\x03\x04"  # what the reader goes by too, whatever the name
    except OSError:
        return False  # prepare_import says what is wrong with it
    return size >= (BACKGROUND_FROM_XLSX_BYTES if zipped else BACKGROUND_FROM_BYTES)


class SurveyImportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.prepared: PreparedImport | None = None
        self.mapping: ColumnMapping | None = None
        self.last_header: tuple[list[str], list[list[object]], str] | None = None
        self.task: Task[PreparedImport] | None = None  # reading a large file in the background
        self.setWindowTitle(self.tr("Importera trygghetsmätning"))
        self._build()
        self._show_new_areas([])
        self._update_buttons()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: UiContext) -> tuple[PreparedImport, bool] | None:
        """The checked import and whether rejected rows are skipped; None if the user cancelled."""
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.prepared is None:
            return None
        return dialog.prepared, dialog.skip.isChecked()

    def _build(self) -> None:
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Välj fil…"), self)
        choose.clicked.connect(self.choose_file)
        self.sample_button = QPushButton(self.tr("Prova med exempelfilen"), self)
        self.sample_button.setToolTip(self.tr("En påhittad mätning med Lunds områden, för att se hur importen och "
                                              "diagrammen fungerar"))
        self.sample_button.clicked.connect(self.use_sample)
        self.sheet_label = QLabel(self.tr("Ark:"), self)
        self.sheet = QComboBox(self)
        self.sheet.activated.connect(lambda _i: self.reload(sheet=self.sheet.currentText()))
        self.map_button = QPushButton(self.tr("Kolumnmappning…"), self)
        self.map_button.clicked.connect(self.edit_mapping)
        top = QHBoxLayout()
        for widget in (self.file_label, choose, self.sample_button, self.sheet_label, self.sheet, self.map_button):
            top.addWidget(widget)
        top.setStretch(0, 1)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setFont(QFont("monospace"))
        self.preview = QTableWidget(0, len(PREVIEW_COLUMNS), self)
        self.preview.setHorizontalHeaderLabels([
            self.tr("År"), self.tr("Kod"), self.tr("Område"), self.tr("Fråga"), self.tr("Typ"),
            self.tr("Uppdelning"), self.tr("Värde"), self.tr("Svarande"),
        ])
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.areas_label = QLabel(self.tr(
            "Nya områden: om ett område bara har bytt namn eller kod, koppla det till det befintliga området så "
            "hamnar värdena i samma serie."), self)
        self.areas_label.setWordWrap(True)
        self.areas = QTableWidget(0, 3, self)
        self.areas.setHorizontalHeaderLabels([self.tr("Namn i filen"), self.tr("Kod"), self.tr("Koppla till")])
        self.areas.horizontalHeader().setStretchLastSection(True)
        self.areas.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.skip = QCheckBox(self.tr("Hoppa över de avvisade raderna och importera resten"), self)
        self.skip.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Importera"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Rapport (inget har sparats ännu):"), self))
        layout.addWidget(self.report, 2)
        layout.addWidget(QLabel(self.tr("Förhandsvisning av godkända värden:"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.areas_label)
        layout.addWidget(self.areas)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self.resize(900, 680)
        self.file_label.setText(self.tr("Ingen fil vald."))
        self.report.setPlainText(self.tr(
            "Välj filen med trygghetsmätningen (CSV eller Excel, ett värde per rad eller en tabell per område).\n"
            "Har du ingen fil till hands: prova med exempelfilen, en påhittad mätning med Lunds områden."))

    def choose_file(self) -> bool:
        settings = Settings()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Välj trygghetsmätning"), str(default_folder(settings, "survey")),
            self.tr("Kalkylark (*.csv *.txt *.tsv *.xlsx);;Alla filer (*)")
        )
        if not name:
            return False
        remember_folder(settings, "survey", name)
        settings.sync()
        self.load(Path(name))
        return True

    def use_sample(self) -> None:
        """The sample file that ships with Samverka (made-up values for the demo's areas)."""
        self.load(SAMPLE_SURVEY)

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read a file and show its report; a wide layout without a saved mapping opens the mapping dialog."""
        self.path = path
        self.mapping = None
        self.prepared = None
        self.file_label.setText(str(path))
        try:
            sheets = list_sheets(path)
        except KnownError:
            sheets = []
        self.sheet.clear()
        self.sheet.addItems(sheets)
        self.sheet.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)
        self.reload(sheet=sheet, ask_mapping=True)

    def reload(self, *, sheet: str | None = None, ask_mapping: bool = False) -> None:
        """Read the file again (another sheet, a new mapping). Without a sheet the first one with data is read.

        A large file is read on a worker thread, with progress and Cancel (ui/tasks); a small one here."""
        if self.path is None:
            return
        if sheet is None and self.prepared is not None and self.prepared.sheet:
            sheet = self.prepared.sheet
        db, path, mapping = self.ctx.db, self.path, self.mapping
        self.prepared = None
        self.import_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Läser %1 …").replace("%1", path.name),
            lambda progress: prepare_import(db, path, sheet=sheet, mapping=mapping, progress=progress),
            self._prepared, lambda exc: self._not_prepared(exc, ask_mapping), in_background=_is_large(path),
        )

    def _prepared(self, prepared: PreparedImport) -> None:
        self.prepared = prepared
        self.last_header = (prepared.header, [], prepared.signature)
        self.sheet.setCurrentText(prepared.sheet)
        self._show(prepared)
        self._update_buttons()

    def _not_prepared(self, exc: BaseException, ask_mapping: bool) -> None:
        self.prepared = None
        if isinstance(exc, NeedsMappingError):
            self.last_header = (exc.header, exc.sample, exc.signature)
            self.sheet.setCurrentText(exc.table.sheet)
        self._show_error(str(exc))
        self._update_buttons()
        if isinstance(exc, NeedsMappingError) and ask_mapping:
            self.edit_mapping()

    def edit_mapping(self) -> None:
        if self.last_header is None:
            return
        header, sample, signature = self.last_header
        initial = self.mapping or (self.prepared.mapping if self.prepared else None) or guess_mapping(
            list(header), sample
        )
        mapping = ColumnMappingDialog.ask(self, header, sample, initial)
        if mapping is None:
            return
        self.mapping = mapping
        try:
            save_mapping(self.ctx.db, signature, mapping)
        except KnownError as exc:
            self.ctx.bus.error_raised.emit(str(exc))
        self.reload(sheet=self.sheet.currentText() or None)

    def _show(self, prepared: PreparedImport) -> None:
        self.report.setPlainText(format_report(prepared.report, max_lines=200))
        rows = prepared.report.preview
        self.preview.setRowCount(len(rows))
        for r, record in enumerate(rows):
            for c, name in enumerate(PREVIEW_COLUMNS):
                value = getattr(record, "area_name" if name == "area_name" else name)
                if value is None:
                    text = ""
                elif name == "value_type":
                    text = label(VALUE_TYPES, str(value))
                else:
                    text = number(value) if isinstance(value, float) else str(value)
                if name == "value" and record.uncertain:
                    text += " " + self.tr("(osäkert, n<30)")
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        self.map_button.setEnabled(prepared.report.layout != "long")
        self._show_new_areas(prepared.report.new_areas)

    def _show_new_areas(self, new_areas: list[tuple[str, str]]) -> None:
        existing = crud.list_rows(self.ctx.db, AreaRow, order_by=("name",)) if new_areas else []
        self.areas.setRowCount(len(new_areas))
        for row, (code, name) in enumerate(new_areas):
            self.areas.setItem(row, 0, QTableWidgetItem(name))
            self.areas.setItem(row, 1, QTableWidgetItem(code))
            combo = QComboBox(self.areas)
            combo.addItem(self.tr("Skapa nytt område"), None)
            for area in existing:
                combo.addItem(self.tr("Samma som: %1").replace("%1", area.name), area.id)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, names=[name, code]: self.link_area(names, c.currentData())
            )
            self.areas.setCellWidget(row, 2, combo)
        row_height = self.areas.verticalHeader().defaultSectionSize()
        self.areas.setMaximumHeight(self.areas.horizontalHeader().height() + 6 + row_height * min(4, len(new_areas)))
        shown = bool(new_areas) and bool(existing)
        self.areas.setVisible(shown)
        self.areas_label.setVisible(shown)

    def link_area(self, names: list[str], area_id: int | None) -> None:
        """The file's name (and code) become aliases of an existing area, as one undoable step."""
        if area_id is None:
            return
        db = self.ctx.db
        added: list[str] = []

        def do() -> Changes:
            found, changes = add_aliases(db, names, area_id)
            added[:] = found
            return changes

        text = self.tr("Koppla %1 till ett befintligt område").replace("%1", names[0] or names[1])
        if self.ctx.undo.call(text, do, lambda: remove_aliases(db, added)):
            self.reload()

    def _show_error(self, message: str) -> None:
        self.report.setPlainText(message)
        self.preview.setRowCount(0)
        self._show_new_areas([])
        self.map_button.setEnabled(self.last_header is not None)

    def _update_buttons(self) -> None:
        prepared = self.prepared
        ok = prepared is not None and prepared.can_commit and (not prepared.report.rejections or self.skip.isChecked())
        self.import_button.setEnabled(ok and not self.ctx.read_only)
        self.skip.setVisible(prepared is not None and bool(prepared.report.rejections))
