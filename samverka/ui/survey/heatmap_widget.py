"""The weekday × hour heat map of observations, on its own (for the observations tab or a report)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core.changes import Changes
from samverka.core.survey import queries
from samverka.dto import AreaRow, DataSourceRow, ObservationRow
from samverka.ui.charts.heatmap import HeatmapChart
from samverka.ui.context import UiContext


class ObservationHeatmap(QWidget):
    WATCHED = (ObservationRow, DataSourceRow, AreaRow)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, projection: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source_label = QLabel(self.tr("Källa:"), self)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Alla källor"), "")
        for code, (sv, _en) in vocab.SOURCE_KINDS.items():
            self.source.addItem(sv, code)
        self.source.currentIndexChanged.connect(self.refresh)
        self.chart = HeatmapChart(projection=projection)
        row = QHBoxLayout()
        row.addWidget(self.source_label)
        row.addWidget(self.source)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)
        ctx.bus.changed.connect(self._on_changed)
        ctx.state.database_changed.connect(self.refresh)
        self.refresh()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*self.WATCHED):
            self.refresh()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            self.chart.set_data(None)
            return
        kind = str(self.source.currentData() or "") or None
        self.chart.set_data(queries.observation_heatmap(db, source_kind=kind))
