"""One cause graph drawn as a scene: the notes, the zones and the lines of one of the five views.

The scene is rebuilt from a `CauseGraph` after every change (fast enough for hundreds of causes) and shared by the
interactive canvas, the projector view and the image export.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF
from PySide6.QtGui import QBrush, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from samverka.core.cause_graph import CauseGraph, CauseNode
from samverka.ui.causes.items import BoxItem, NoteItem, ZoneItem
from samverka.ui.causes.theme import Theme

# The four Brå tools first, then the five whys (a complement). Core names the five whys "five_whys".
VIEW_KINDS = ("triangle", "fishbone", "event_chain", "tree", "whys")
CORE_VIEW = {"triangle": "triangle", "fishbone": "fishbone", "event_chain": "event_chain", "tree": "tree",
             "whys": "five_whys"}


class CauseScene(QGraphicsScene):
    def __init__(self, view_kind: str, theme: Theme) -> None:
        super().__init__()
        if view_kind not in VIEW_KINDS:
            raise ValueError(f"unknown view {view_kind!r}")
        self.view_kind = view_kind
        self.theme = theme
        self.graph: CauseGraph | None = None
        self.notes: dict[int, NoteItem] = {}
        self.zones: list[ZoneItem] = []
        self.problem_box: BoxItem | None = None
        self.selected_id: int | None = None
        self.spotlight_id: int | None = None
        self.setBackgroundBrush(QBrush(theme.background))
        # A few hundred items at most, rebuilt after every edit: no spatial index to build and keep.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)

    # --- building -------------------------------------------------------------------------------------------
    def populate(self, graph: CauseGraph | None) -> None:
        from samverka.ui.causes.layouts import LAYOUTS  # layouts import this module

        self.clear()
        self.notes = {}
        self.zones = []
        self.problem_box = None
        self.graph = graph
        if graph is not None:
            LAYOUTS[self.view_kind](self, graph)
            self._legend()
        rect = self.itemsBoundingRect()
        margin = self.theme.gap * (2 if self.theme.compact_triangle else 3)
        self.setSceneRect(rect.adjusted(-margin, -margin, margin, margin))
        self._restate()

    def _legend(self) -> None:
        """One line above the drawing that explains the marks, so a printed image reads on its own."""
        text = QCoreApplication.translate(
            "Causes", "Orange lapp = grundorsak · streckad kant = ingen åtgärd än · ▲ röster · ●●○ säkerhet")
        top = self.itemsBoundingRect()
        item = self.add_text(text, QPointF(0, 0), px=self.theme.small_px, bold=False)
        item.setPos(top.left(), top.top() - item.boundingRect().height() - self.theme.gap)

    def make_note(self, node: CauseNode, width: float | None = None) -> NoteItem:
        note = NoteItem(node, self.theme, width)
        self.notes[node.id] = note
        self.addItem(note)
        return note

    def add_box(self, text: str, width: float, *, px: int | None = None) -> BoxItem:
        box = BoxItem(text, self.theme, width, self.theme.problem_fill, bold=True, px=px or self.theme.label_px)
        self.addItem(box)
        return box

    def add_zone(self, rect: QRectF, label: str, target: Mapping[str, Any], *, frame: bool = True) -> ZoneItem:
        zone = ZoneItem(rect, label, target, self.theme, visible_frame=frame)
        self.zones.append(zone)
        self.addItem(zone)
        return zone

    def add_text(self, text: str, pos: QPointF, *, px: int | None = None, bold: bool = True,
                 center: bool = False) -> QGraphicsSimpleTextItem:
        item = QGraphicsSimpleTextItem(text)
        item.setFont(self.theme.font(px or self.theme.label_px, bold=bold))
        item.setBrush(QBrush(self.theme.ink))
        rect = item.boundingRect()
        item.setPos(pos - QPointF(rect.width() / 2, rect.height() / 2) if center else pos)
        item.setZValue(1)
        self.addItem(item)
        return item

    def add_polyline(self, points: list[QPointF], *, width: float | None = None, muted: bool = False,
                     arrow: bool = False) -> None:
        pen = QPen(self.theme.muted if muted else self.theme.ink, width or self.theme.line_width)
        for a, b in zip(points, points[1:], strict=False):
            self.addLine(QLineF(a, b), pen).setZValue(1)
        if arrow and len(points) >= 2:
            self._arrow_head(points[-2], points[-1], pen)

    def _arrow_head(self, a: QPointF, b: QPointF, pen: QPen) -> None:
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        size = self.theme.text_px * 0.8
        left = b - QPointF(math.cos(angle - 0.45) * size, math.sin(angle - 0.45) * size)
        right = b - QPointF(math.cos(angle + 0.45) * size, math.sin(angle + 0.45) * size)
        self.addPolygon(QPolygonF([b, left, right]), pen, QBrush(pen.color())).setZValue(1)

    # --- state ----------------------------------------------------------------------------------------------
    def _restate(self) -> None:
        for cause_id, note in self.notes.items():
            note.set_state(selected=cause_id == self.selected_id, spotlit=cause_id == self.spotlight_id)

    def set_selected(self, cause_id: int | None) -> None:
        self.selected_id = cause_id
        self._restate()

    def set_spotlight(self, cause_id: int | None) -> None:
        self.spotlight_id = cause_id
        self._restate()

    def note_at(self, point: QPointF, exclude: int | None = None) -> NoteItem | None:
        for note in self.notes.values():
            if note.cause_id != exclude and note.scene_rect().contains(point):
                return note
        return None

    def zone_at(self, point: QPointF) -> ZoneItem | None:
        found = [z for z in self.zones if z.contains_scene_point(point)]
        # The smallest zone wins (a chain slot inside a larger area).
        return min(found, key=lambda z: z.zone_rect.width() * z.zone_rect.height(), default=None)

    def neighbour(self, cause_id: int | None, dx: int, dy: int) -> int | None:
        """The nearest note in the arrow's direction (within 60 degrees), for keyboard navigation."""
        if not self.notes:
            return None
        if cause_id not in self.notes:
            return self.first_note()
        origin = self.notes[cause_id].scene_rect().center()
        best: tuple[float, int] | None = None
        for other_id, note in self.notes.items():
            if other_id == cause_id:
                continue
            delta = note.scene_rect().center() - origin
            along = delta.x() * dx + delta.y() * dy
            across = abs(delta.x() * dy) + abs(delta.y() * dx)
            if along <= 0 or across > along * 1.8:
                continue
            score = along + across * 2
            if best is None or score < best[0]:
                best = (score, other_id)
        return best[1] if best else None

    def first_note(self) -> int | None:
        if not self.notes:
            return None
        return min(self.notes, key=lambda i: (self.notes[i].y(), self.notes[i].x()))


LayoutFunction = Callable[[CauseScene, CauseGraph], None]
