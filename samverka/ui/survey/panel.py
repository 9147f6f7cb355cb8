"""The Lägesbild survey panel: pick a chart, see it, import a trygghetsmätning."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.core.changes import Changes
from samverka.core.survey import ImportOutcome, PreparedImport, commit_import, queries, undo_import
from samverka.dto import (
    AreaRow,
    DataSourceRow,
    GoalRow,
    IndicatorRow,
    ObservationRow,
    SurveyImportRow,
    SurveyResultRow,
)
from samverka.ui.charts.base import ChartWidget
from samverka.ui.context import UiContext
from samverka.ui.survey.chart_state import CHART_KINDS, ChartSpec, chart_state
from samverka.ui.survey.charts import chart_data, complete, make_chart
from samverka.ui.tasks import Task, run_task

WATCHED = (SurveyResultRow, SurveyImportRow, AreaRow, GoalRow, IndicatorRow, ObservationRow, DataSourceRow)


# An import of at least this many values is written on a worker thread with progress and Cancel.
BACKGROUND_FROM_RECORDS = 20_000


class SurveyPanel(QWidget):
    """Embedded by the step-2 page; every choice here is also what the audience window shows."""

    imported = Signal(object)  # the ImportOutcome of an import that was saved

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.import_task: Task[ImportOutcome] | None = None
        self.state = chart_state(ctx)
        self.charts: dict[str, ChartWidget] = {}
        self._filling = False
        self._stale = True
        self._build()
        ctx.bus.changed.connect(self._on_changed)
        ctx.state.database_changed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def _build(self) -> None:
        self.kind_label, self.kind = QLabel(self), QComboBox(self)
        self.item_label, self.item = QLabel(self), QComboBox(self)
        self.area_label, self.area = QLabel(self), QComboBox(self)
        self.year_label, self.year = QLabel(self), QComboBox(self)
        self.breakdown_label, self.breakdown = QLabel(self), QComboBox(self)
        self.source_label, self.source = QLabel(self), QComboBox(self)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.open_import)
        self.item.setMinimumContentsLength(18)
        # Three rows of two pickers: in one row they needed ~940 px, more than a laptop page beside the
        # presenter panel has.
        row = QGridLayout()
        for index, (label, combo) in enumerate(self._pickers()):
            label.setBuddy(combo)
            row.addWidget(label, index // 2, 2 * (index % 2))
            row.addWidget(combo, index // 2, 2 * (index % 2) + 1)
            combo.currentIndexChanged.connect(self._on_picked)
        row.setColumnStretch(4, 1)
        row.addWidget(self.import_button, 3, 3)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    def _pickers(self) -> list[tuple[QLabel, QComboBox]]:
        return [(self.kind_label, self.kind), (self.item_label, self.item), (self.area_label, self.area),
                (self.year_label, self.year), (self.breakdown_label, self.breakdown),
                (self.source_label, self.source)]

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("&Diagram:"))
        self.item_label.setText(self.tr("&Fråga:"))
        self.area_label.setText(self.tr("&Område:"))
        self.year_label.setText(self.tr("&År:"))
        self.breakdown_label.setText(self.tr("&Uppdelning:"))
        self.source_label.setText(self.tr("&Källa:"))
        self.import_button.setText(self.tr("Importera trygghetsmätning…"))
        self.empty.setText(self.tr("Inga resultat från trygghetsmätningen ännu.\nImportera en CSV- eller Excel-fil "
                                   "med knappen ”Importera trygghetsmätning…”."))
        names = {
            "trend": self.tr("Utveckling per område"), "profile": self.tr("Område jämfört med kommunen"),
            "ranking": self.tr("Områden rangordnade"), "breakdown": self.tr("Kvinnor/män och åldrar"),
            "heatmap": self.tr("Veckodag × timme (iakttagelser)"),
        }
        with self._no_signals():
            self.kind.clear()
            for kind in CHART_KINDS:
                self.kind.addItem(names[kind], kind)
            self.kind.setCurrentIndex(max(0, self.kind.findData(self.state.spec.kind)))
        self._fill_sources()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- data -------------------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if self.ctx.state.db is not None and changes.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        """Reload the pickers (keeping the choices that still exist) and redraw."""
        db = self.ctx.state.db
        read_only = db is None or db.read_only
        self.import_button.setEnabled(not read_only)
        if db is None:
            self.stack.setCurrentWidget(self.empty)
            return
        cat = self.state.catalog(db)
        spec = complete(cat, self.state.spec)
        with self._no_signals():
            _fill(self.item, [(f"{i.label} ({i.code})", i.code) for i in cat.items], spec.item_code)
            _fill(self.area, [(name, code) for code, name in cat.areas], spec.area_code)
            _fill(self.year, [(str(y), y) for y in reversed(cat.years)], spec.year)
            _fill(self.breakdown, [(queries.breakdown_label(b), b) for b in cat.breakdowns.get(spec.item_code, ())]
                  or [(queries.breakdown_label("alla"), "alla")], spec.breakdown)
        self.state.set_spec(spec)
        self._show_pickers(spec.kind)
        self.redraw()

    def _fill_sources(self) -> None:
        with self._no_signals():
            current = self.source.currentData()
            self.source.clear()
            self.source.addItem(self.tr("Alla källor"), "")
            for code, (sv, _en) in vocab.SOURCE_KINDS.items():
                self.source.addItem(sv, code)
            self.source.setCurrentIndex(max(0, self.source.findData(current)))

    def _on_picked(self) -> None:
        if self._filling:
            return
        spec = ChartSpec(
            kind=str(self.kind.currentData() or "trend"), item_code=str(self.item.currentData() or ""),
            area_code=str(self.area.currentData() or ""), year=self.year.currentData(),
            breakdown=str(self.breakdown.currentData() or "alla"), source_kind=str(self.source.currentData() or ""),
        )
        item_changed = spec.item_code != self.state.spec.item_code
        self.state.set_spec(spec)
        if item_changed:
            self.refresh()  # the breakdowns depend on the item
            return
        self._show_pickers(spec.kind)
        self.redraw()

    def _show_pickers(self, kind: str) -> None:
        used = {
            "trend": {"item", "breakdown"}, "profile": {"area", "year", "breakdown"},
            "ranking": {"item", "year", "breakdown"}, "breakdown": {"item", "area"}, "heatmap": {"source"},
        }[kind]
        for name in ("item", "area", "year", "breakdown", "source"):
            visible = name in used
            getattr(self, name).setVisible(visible)
            getattr(self, f"{name}_label").setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.redraw()

    def redraw(self) -> None:
        """Draw the chosen chart; while the panel is hidden only remember to (pyqtgraph loads on first draw)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        db = self.ctx.state.db
        spec = self.state.spec
        data = chart_data(db, spec, self.state.catalog(db)) if db is not None else None
        if data is None:
            self.stack.setCurrentWidget(self.empty)
            return
        chart = self.chart(spec.kind)
        chart.set_data(data)
        self.stack.setCurrentWidget(chart)

    def chart(self, kind: str) -> ChartWidget:
        """The chart widget for a kind, built on first use (pyqtgraph loads then)."""
        key = "bars" if kind in ("profile", "ranking", "breakdown") else kind
        if key not in self.charts:
            self.charts[key] = make_chart(kind, projection=False)
            self.stack.addWidget(self.charts[key])
        return self.charts[key]

    def current_chart(self) -> ChartWidget | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ChartWidget) else None

    # --- import -----------------------------------------------------------------------------------------

    def open_import(self) -> None:
        from samverka.ui.survey.import_dialog import SurveyImportDialog  # opened rarely

        result = SurveyImportDialog.ask(self, self.ctx)
        if result is not None:
            self.run_import(*result)

    def run_import(self, prepared: PreparedImport, skip_invalid: bool) -> None:
        """Commit through the undo stack: undo deletes the new rows and puts back the values they replaced.

        A large import is written on a worker thread with progress and Cancel (ui/tasks), in one transaction:
        cancelled, it leaves nothing. `imported` is emitted with the outcome once it is saved."""
        db = self.ctx.db
        done: list[ImportOutcome] = []
        text = self.tr("Importera trygghetsmätning (%1)").replace("%1", prepared.file_name)

        def redo() -> Changes:
            outcome = commit_import(db, prepared, skip_invalid=skip_invalid)
            done[:] = [outcome]
            return outcome.changes()

        def undo() -> Changes:
            return undo_import(db, done[-1])

        def saved(outcome: ImportOutcome) -> None:
            done[:] = [outcome]
            self.ctx.undo.record(text, outcome.changes(), redo, undo)
            message = self.tr("Importerat: %1 nya värden, %2 ersatta, %3 oförändrade.")
            for key, value in (("%1", outcome.inserted), ("%2", len(outcome.replaced_old)),
                               ("%3", outcome.unchanged)):
                message = message.replace(key, str(value))
            self.ctx.bus.info_raised.emit(message)
            self.imported.emit(outcome)

        self.import_task = run_task(
            self, self.tr("Importerar %1 …").replace("%1", prepared.file_name),
            lambda progress: commit_import(db, prepared, skip_invalid=skip_invalid, progress=progress),
            saved, lambda exc: self.ctx.bus.error_raised.emit(str(exc)),
            in_background=len(prepared.records) >= BACKGROUND_FROM_RECORDS,
        )

    def _no_signals(self) -> _Quiet:
        return _Quiet(self)


class _Quiet:
    """Refill the pickers without each change redrawing the chart."""

    def __init__(self, panel: SurveyPanel) -> None:
        self.panel = panel

    def __enter__(self) -> None:
        self.panel._filling = True

    def __exit__(self, *_exc: object) -> None:
        self.panel._filling = False


def _fill(combo: QComboBox, entries: list[tuple[str, object]], current: object) -> None:
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
