"""Mapping the columns of a wide sheet (areas × items either way round) to survey values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.core.survey import AREAS_AS_ROWS, ITEMS_AS_ROWS, ColumnMapping
from samverka.core.survey.numbers import cell_text

NONE = ""


class ColumnMappingDialog(QDialog):
    def __init__(
        self, header: list[str], sample: list[list[object]], initial: ColumnMapping, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kolumnmappning"))
        self.header = [h for h in header if h]
        self.initial = initial
        self._build(sample)
        self._load(initial)

    @classmethod
    def ask(
        cls, parent: QWidget | None, header: list[str], sample: list[list[object]], initial: ColumnMapping
    ) -> ColumnMapping | None:
        dialog = cls(header, sample, initial, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _build(self, sample: list[list[object]]) -> None:
        intro = QLabel(self.tr(
            "Filen är en bred tabell. Ange vad raderna och kolumnerna är; mappningen sparas och används "
            "automatiskt nästa gång en fil med samma rubriker importeras."), self)
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Områden som rader, frågor som kolumner"), AREAS_AS_ROWS)
        self.orientation.addItem(self.tr("Frågor som rader, områden som kolumner"), ITEMS_AS_ROWS)
        self.label_column = self._column_combo(optional=False)
        self.code_column = self._column_combo()
        self.n_column = self._column_combo()
        self.year_column = self._column_combo(none_text=self.tr("(samma år för alla)"))
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.survey = QLineEdit(self)
        self.value_type = QComboBox(self)
        for code, (sv, _en) in vocab.VALUE_TYPES.items():
            self.value_type.addItem(sv, code)
        self.breakdown = QLineEdit(self)
        self.group = QLineEdit(self)
        self.columns = QTableWidget(0, 2, self)
        self.columns.setHorizontalHeaderLabels([self.tr("Kolumn (ta med)"), self.tr("Kod (tom = av namnet)")])
        self.columns.horizontalHeader().setStretchLastSection(True)
        form = QFormLayout()
        for text, widget in (
            (self.tr("Namn på mappningen:"), self.name), (self.tr("Tabellens form:"), self.orientation),
            (self.tr("Kolumn som namnger raden:"), self.label_column), (self.tr("Kolumn med radens kod:"),
                                                                        self.code_column),
            (self.tr("Kolumn med antal svarande:"), self.n_column), (self.tr("Kolumn med år:"), self.year_column),
            (self.tr("År:"), self.year), (self.tr("Undersökning:"), self.survey),
            (self.tr("Värdetyp:"), self.value_type), (self.tr("Uppdelning:"), self.breakdown),
            (self.tr("Frågegrupp:"), self.group),
        ):
            form.addRow(text, widget)
        self.preview = self._preview(sample)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Kolumner med värden:"), self))
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("Första raderna i filen:"), self))
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(820, 860)

    def _column_combo(self, *, optional: bool = True, none_text: str = "") -> QComboBox:
        combo = QComboBox(self)
        if optional:
            combo.addItem(none_text or self.tr("(ingen)"), NONE)
        for name in self.header:
            combo.addItem(name, name)
        return combo

    def _preview(self, sample: list[list[object]]) -> QTableWidget:
        rows = sample[:6]
        table = QTableWidget(len(rows), len(self.header), self)
        table.setHorizontalHeaderLabels(self.header)
        for r, row in enumerate(rows):
            for c in range(len(self.header)):
                table.setItem(r, c, QTableWidgetItem(cell_text(row[c]) if c < len(row) else ""))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _load(self, mapping: ColumnMapping) -> None:
        self.name.setText(mapping.name)
        self.orientation.setCurrentIndex(max(0, self.orientation.findData(mapping.orientation)))
        for combo, value in ((self.label_column, mapping.label_column), (self.code_column, mapping.code_column),
                             (self.n_column, mapping.n_column), (self.year_column, mapping.year_column)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if mapping.year is not None:
            self.year.setValue(mapping.year)
        else:
            self.year.setValue(2023)
        self.survey.setText(mapping.survey)
        self.value_type.setCurrentIndex(max(0, self.value_type.findData(mapping.value_type)))
        self.breakdown.setText(mapping.breakdown)
        self.group.setText(mapping.group)
        self.columns.setRowCount(len(self.header))
        for row, name in enumerate(self.header):
            check = QTableWidgetItem(name)
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if name in mapping.value_columns else Qt.CheckState.Unchecked)
            self.columns.setItem(row, 0, check)
            self.columns.setItem(row, 1, QTableWidgetItem(mapping.value_columns.get(name, "")))
        self.columns.resizeColumnToContents(0)

    def mapping(self) -> ColumnMapping:
        """The mapping as the dialog shows it now."""
        special = {self.label_column.currentData(), self.code_column.currentData(), self.n_column.currentData(),
                   self.year_column.currentData()}
        values: dict[str, str] = {}
        for row in range(self.columns.rowCount()):
            check, code = self.columns.item(row, 0), self.columns.item(row, 1)
            if check is None:
                continue
            if check.checkState() == Qt.CheckState.Checked and check.text() not in special:
                values[check.text()] = code.text().strip() if code is not None else ""
        year_column = str(self.year_column.currentData() or "")
        return ColumnMapping(
            name=self.name.text().strip(), orientation=str(self.orientation.currentData()),
            label_column=str(self.label_column.currentData() or ""), code_column=str(self.code_column.currentData()),
            n_column=str(self.n_column.currentData()), year_column=year_column, value_columns=values,
            survey=self.survey.text().strip() or "trygghetsmätning",
            year=None if year_column else self.year.value(), value_type=str(self.value_type.currentData()),
            breakdown=self.breakdown.text().strip() or "alla", group=self.group.text().strip(),
        )
