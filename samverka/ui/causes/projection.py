"""The cause views on the projector: large type, high contrast, read-only, following the facilitator.

`make_projection_view(ctx, view_kind)` gives a widget the audience window embeds. It shows the current problem
(`ctx.state.problem_id`), spotlights the selected cause (`ctx.state.selection`) and redraws on `bus.changed`.
Text is >= 28 px on a 1080-line screen: the view never shrinks the drawing below that; when the graph is larger
than the screen it centres on the spotlit cause instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from samverka.core import cause_service as cs
from samverka.core.changes import Changes
from samverka.dto import CauseEvidenceRow, CauseRow, FishboneBoneRow, MeasureCauseRow, ProblemRow
from samverka.errors import KnownError
from samverka.ui.causes.scene import VIEW_KINDS, CauseScene
from samverka.ui.causes.theme import PROJECTION
from samverka.ui.context import UiContext
from samverka.ui.state import Selection

WATCHED = (CauseRow, CauseEvidenceRow, MeasureCauseRow, FishboneBoneRow, ProblemRow)
REFERENCE_LINES = 1080
MIN_TEXT_PX = 28


class CauseProjectionView(QGraphicsView):
    def __init__(self, ctx: UiContext, view_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if view_kind not in VIEW_KINDS:
            raise ValueError(f"unknown view {view_kind!r}")
        self.ctx = ctx
        self.view_kind = view_kind
        self.cause_scene = CauseScene(view_kind, PROJECTION)
        self.setScene(self.cause_scene)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        ctx.bus.changed.connect(self._changed)
        ctx.state.problem_changed.connect(self.reload)
        ctx.state.selection_changed.connect(self._selection_changed)
        ctx.state.database_changed.connect(self.reload)
        self.reload()

    def min_scale(self) -> float:
        """The smallest scale that keeps note text >= 28 px when this window fills a 1080-line screen."""
        lines = max(self.viewport().height(), 1)
        return MIN_TEXT_PX / PROJECTION.text_px * lines / REFERENCE_LINES

    def reload(self, *_args: object) -> None:
        graph = None
        problem = self.ctx.state.problem_id
        if self.ctx.state.db is not None and problem is not None:
            try:
                graph = cs.cause_graph(self.ctx.db, problem)
            except KnownError:
                graph = None  # the problem was removed; the facilitator's page picks another
        self.cause_scene.populate(graph)
        self._apply_spotlight()
        self.place()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches(*WATCHED):
            return
        graph = self.cause_scene.graph
        if graph is not None and changes.touches_only(CauseRow) and changes.all_rows_known(CauseRow):
            patched = cs.with_causes(graph, changes.rows_of(CauseRow))  # updated causes: no need to read
            if patched is not None:
                self.cause_scene.populate(patched)
                self._apply_spotlight()
                self.place()
                return
        self.reload()

    def _selection_changed(self, _selection: object) -> None:
        self._apply_spotlight()
        self.place()

    def _apply_spotlight(self) -> None:
        selection = self.ctx.state.selection
        spot = selection.id if isinstance(selection, Selection) and selection.kind is CauseRow else None
        self.cause_scene.set_spotlight(spot if spot in self.cause_scene.notes else None)

    def place(self) -> None:
        rect = self.cause_scene.sceneRect()
        if rect.isEmpty() or self.viewport().width() < 2:
            return
        self.resetTransform()
        fit = min(self.viewport().width() / rect.width(), self.viewport().height() / rect.height())
        scale = max(min(fit, 1.0), self.min_scale())
        self.scale(scale, scale)
        spot = self.cause_scene.spotlight_id
        if spot is not None:
            self.centerOn(self.cause_scene.notes[spot])
        elif scale > fit:
            self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / scale / 2)
        else:
            self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # the projector never takes input
        event.ignore()


def make_projection_view(ctx: UiContext, view_kind: str) -> QWidget:
    return CauseProjectionView(ctx, view_kind)
