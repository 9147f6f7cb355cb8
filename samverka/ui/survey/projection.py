"""The current survey chart in projection style, for the audience window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from samverka.core.changes import Changes
from samverka.ui.charts.base import ChartWidget
from samverka.ui.charts.theme import PROJECTION
from samverka.ui.context import UiContext
from samverka.ui.survey.chart_state import ChartSpec, chart_state
from samverka.ui.survey.charts import chart_data, make_chart
from samverka.ui.survey.panel import WATCHED


class SurveyProjectionView(QWidget):
    """Follows the facilitator's chart choice; it takes no input."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = chart_state(ctx)
        self.charts: dict[str, ChartWidget] = {}
        self._stale = True
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(
            f"background-color: {PROJECTION.background}; color: {PROJECTION.foreground}; "
            f"font-size: {PROJECTION.title_px}px;"
        )
        self.empty.setText(self.tr("Inga resultat från trygghetsmätningen ännu."))
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.state.spec_changed.connect(self._on_spec)
        ctx.bus.changed.connect(self._on_changed)
        ctx.state.database_changed.connect(self.refresh)
        self.refresh()

    def _on_spec(self, _spec: ChartSpec) -> None:
        self.refresh()

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
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
        key = "bars" if spec.kind in ("profile", "ranking", "breakdown") else spec.kind
        if key not in self.charts:
            self.charts[key] = make_chart(spec.kind, projection=True)
            self.stack.addWidget(self.charts[key])
        chart = self.charts[key]
        chart.set_data(data)
        self.stack.setCurrentWidget(chart)

    def current_chart(self) -> ChartWidget | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ChartWidget) else None


def make_projection_view(ctx: UiContext) -> QWidget:
    return SurveyProjectionView(ctx)
