"""The cause views on the projector: large type, high contrast, read-only, following the facilitator.

`make_projection_view(ctx, view_kind)` gives a widget the audience window embeds. It shows the current problem
(`ctx.state.problem_id`), spotlights the selected cause (`ctx.state.selection`) and redraws on `bus.changed`.
Text is >= 28 px on a 1080-line screen: the view never shrinks the drawing below that. A drawing larger than the
screen is shown in pages (never cropped without a word): the page that holds the spotlit cause, stepping as the
facilitator moves through the causes, with "Del 2 av 4" and arrows that say where the rest is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from samverka.core import cause_service as cs
from samverka.core.changes import Changes
from samverka.dto import CauseEvidenceRow, CauseRow, FishboneBoneRow, MeasureCauseRow, ProblemRow
from samverka.errors import KnownError
from samverka.ui.causes.scene import VIEW_KINDS, CauseScene
from samverka.ui.causes.theme import PROJECTION, smallest_px
from samverka.ui.context import UiContext
from samverka.ui.state import Selection

WATCHED = (CauseRow, CauseEvidenceRow, MeasureCauseRow, FishboneBoneRow, ProblemRow)
REFERENCE_LINES = 1080
MIN_TEXT_PX = 28
OVERLAP = 0.12  # neighbouring pages share this much, so a note cut at one page's edge is whole on the next


@dataclass(frozen=True)
class Pages:
    """How the drawing is split: `columns` × `rows` pages of `size` (scene units), the one shown at `current`."""

    columns: int
    rows: int
    size: QPointF
    current: tuple[int, int] = (0, 0)

    @property
    def count(self) -> int:
        return self.columns * self.rows

    @property
    def number(self) -> int:
        column, row = self.current
        return row * self.columns + column + 1


def _steps(length: float, window: float) -> int:
    if length <= window + 1:
        return 1
    return 1 + math.ceil((length - window) / (window * (1 - OVERLAP)))


def _origin(start: float, length: float, window: float, index: int, count: int) -> float:
    if count <= 1:
        return start + (length - window) / 2
    return start + (length - window) * index / (count - 1)


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
        self.pages = Pages(1, 1, QPointF(0, 0))
        self._stale = True
        ctx.bus.changed.connect(self._changed)
        ctx.state.problem_changed.connect(self.reload)
        ctx.state.selection_changed.connect(self._selection_changed)
        ctx.state.database_changed.connect(self.reload)
        self.reload()

    def min_scale(self) -> float:
        """The smallest scale that keeps every text (notes, labels, badges, the legend) >= 28 px when this window
        fills a 1080-line screen (measured against the whole window, not the part left under the header)."""
        lines = max(self.window().height(), 1)
        return MIN_TEXT_PX / smallest_px(PROJECTION) * lines / REFERENCE_LINES

    def reload(self, *_args: object) -> None:
        if not self.isVisible():
            self._stale = True  # read and drawn when the room next sees it, not for every change on the laptop
            return
        self._stale = False
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
        if not self.isVisible():
            self._stale = True
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
        if self._stale:
            return  # the spotlight is applied when it is drawn
        self._apply_spotlight()
        self.place()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _apply_spotlight(self) -> None:
        selection = self.ctx.state.selection
        spot = selection.id if isinstance(selection, Selection) and selection.kind is CauseRow else None
        self.cause_scene.set_spotlight(spot if spot in self.cause_scene.notes else None)

    def place(self) -> None:
        rect = self.cause_scene.sceneRect()
        port = self.viewport().rect()
        if rect.isEmpty() or port.width() < 2:
            return
        self.resetTransform()
        fit = min(port.width() / rect.width(), port.height() / rect.height())
        scale = max(min(fit, 1.0), self.min_scale())
        self.scale(scale, scale)
        window = QPointF(port.width() / scale, port.height() / scale)
        columns, rows = _steps(rect.width(), window.x()), _steps(rect.height(), window.y())
        current = self._page_of_spotlight(rect, window, columns, rows)
        self.pages = Pages(columns, rows, window, current)
        x = _origin(rect.left(), rect.width(), window.x(), current[0], columns)
        y = _origin(rect.top(), rect.height(), window.y(), current[1], rows)
        self.centerOn(QRectF(QPointF(x, y), QPointF(x + window.x(), y + window.y())).center())
        self.viewport().update()

    def _page_of_spotlight(self, rect: QRectF, window: QPointF, columns: int, rows: int) -> tuple[int, int]:
        """The page that shows the spotlit note whole (the first such page), else the one nearest its centre."""
        spot = self.cause_scene.spotlight_id
        if spot is None or spot not in self.cause_scene.notes:
            return (0, 0)
        note = self.cause_scene.notes[spot].scene_rect()
        best: tuple[float, tuple[int, int]] | None = None
        for row in range(rows):
            for column in range(columns):
                x = _origin(rect.left(), rect.width(), window.x(), column, columns)
                y = _origin(rect.top(), rect.height(), window.y(), row, rows)
                page = QRectF(x, y, window.x(), window.y())
                if page.contains(note):
                    return (column, row)
                distance = (page.center() - note.center()).manhattanLength()
                if best is None or distance < best[0]:
                    best = (distance, (column, row))
        return best[1] if best else (0, 0)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """"Del 2 av 4" and arrows towards the pages not shown, in the room's type size (viewport pixels)."""
        pages = self.pages
        if pages.count <= 1:
            return
        painter.save()
        painter.resetTransform()
        port = self.viewport().rect()
        px = max(MIN_TEXT_PX, round(MIN_TEXT_PX * self.window().height() / REFERENCE_LINES))
        font = QFont()
        font.setPixelSize(px)
        font.setBold(True)
        column, row = pages.current
        arrows = "".join(mark for mark, on in (("◀", column > 0), ("▲", row > 0), ("▼", row < pages.rows - 1),
                                               ("▶", column < pages.columns - 1)) if on)
        text = QCoreApplication.translate("Causes", "Del %1 av %2").replace("%1", str(pages.number)).replace(
            "%2", str(pages.count)) + f"  {arrows}"
        metrics = QFontMetricsF(font)
        pad = px * 0.5
        box = QRectF(0, 0, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad)
        box.moveBottomRight(QPointF(port.width() - pad, port.height() - pad))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(PROJECTION.ink), 3))
        painter.setBrush(QColor(PROJECTION.problem_fill))
        painter.drawRoundedRect(box, pad, pad)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # the projector never takes input
        event.ignore()


def make_projection_view(ctx: UiContext, view_kind: str) -> QWidget:
    return CauseProjectionView(ctx, view_kind)
