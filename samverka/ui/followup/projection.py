"""Step 10 for the room: the chosen indicator against baseline and target (large type, 7:1 contrast), and under it
every promise line with its verdict ("▼ Ligger efter · 9 av 26 kvällar – borde vara minst 13"). When the
facilitator points at a promise line or a measure, the list of those fills the screen with that one spotlit.
Read-only; it follows the facilitator's selection and edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverka.core.changes import Changes
from samverka.core.projection import View
from samverka.core.projection.implement import chart_series, followup_slide_from, shows_measures
from samverka.ui.charts.indicator import IndicatorChart
from samverka.ui.context import UiContext
from samverka.ui.presenter.canvas import SlideCanvas
from samverka.workflow.shown import shows
from samverka.workflow.steps import step_number


class FollowUpProjectionView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart = IndicatorChart(projection=True, parent=self)
        self.cards = SlideCanvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.cards, 1)
        self.watched = shows(step_number("uppfoljning"))
        ctx.bus.changed.connect(self._changed)
        ctx.state.selection_changed.connect(self.refresh)
        ctx.state.database_changed.connect(self.refresh)
        self.refresh()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*self.watched):
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self, *_args: object) -> None:
        if not self.isVisible():
            self._stale = True  # built when the room next sees step 10
            return
        self._stale = False
        db = self.ctx.state.db
        if db is None:
            self.chart.set_data(None)
            return
        from samverka.core.followup_service import followup_overview

        state = self.ctx.state
        view = View(state.step, state.selection.key() if state.selection else None, state.problem_id)
        overview = followup_overview(db)
        # A promise line or a measure pointed at: the list gets the whole screen; otherwise the chart leads.
        pointed = view.selection is not None and (shows_measures(view) or view.selection[0] == "promise_item")
        series = None if pointed else chart_series(db, view, overview)
        self.chart.set_data(series)
        self.chart.setVisible(series is not None)
        self.cards.set_slide(followup_slide_from(overview, view))


def make_projection_view(ctx: UiContext) -> QWidget:
    return FollowUpProjectionView(ctx)
