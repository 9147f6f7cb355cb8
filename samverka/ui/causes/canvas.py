"""The interactive canvas of one view: fast entry, keyboard navigation, in-place editing, drag and drop, zoom.

Keys (on the canvas): arrows move between notes, Alt+arrows move a note among its siblings / out / in, F2 or
double-click edits, Delete removes (with children), Enter or Tab goes to the entry line, F or Ctrl+0 fits,
Ctrl++ / Ctrl+- / Ctrl+wheel zoom, Ctrl+Z / Ctrl+Y undo and redo.
Keys (in the entry line): Enter adds a cause beside the selected one (in the five whys: the next "why"), Tab adds
a child of the selected cause, Up/Down move the selection, Escape returns to the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from samverka.core.cause_graph import CauseGraph
from samverka.ui.causes.actions import CauseActions
from samverka.ui.causes.canvas_edit import InlineEditor
from samverka.ui.causes.canvas_menu import build_menu
from samverka.ui.causes.drop import DropTarget, apply_drop
from samverka.ui.causes.items import NoteItem, ZoneItem
from samverka.ui.causes.scene import CauseScene
from samverka.ui.causes.theme import SCREEN, Theme

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
OWN_KEYS = frozenset({*ARROWS, Qt.Key.Key_F, Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Plus, Qt.Key.Key_Minus,
                      Qt.Key.Key_Equal, Qt.Key.Key_0, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                      Qt.Key.Key_Escape})


class CauseCanvas(QGraphicsView):
    selection_changed = Signal(object)  # cause id or None
    image_requested = Signal()  # "Spara bild…" from the context menu; the page asks where

    def __init__(self, actions: CauseActions, view_kind: str, theme: Theme = SCREEN,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = actions
        self.view_kind = view_kind
        self.cause_scene = CauseScene(view_kind, theme)
        self.setScene(self.cause_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.default_zone: dict[str, str] = {}
        self._press: tuple[QPoint, NoteItem] | None = None
        self._dragging = False
        self._hint: NoteItem | ZoneItem | None = None
        self._fitted = False
        self._auto_fit = True  # fit again on resize until the facilitator zooms by hand
        self.editor = InlineEditor(self)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("causeEntry")
        self.entry.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.entry.setPlaceholderText(self.tr(
            "Skriv en orsak och tryck Enter · Tab = underorsak till den markerade · ↑↓ byter markering"))

    # --- data ---------------------------------------------------------------------------------------------------
    @property
    def graph(self) -> CauseGraph | None:
        return self.cause_scene.graph

    @property
    def selected_id(self) -> int | None:
        return self.cause_scene.selected_id

    def set_graph(self, graph: CauseGraph | None) -> None:
        self.editor.cancel()
        selected = self.selected_id
        self.cause_scene.populate(graph)
        self.cause_scene.set_selected(selected if graph is not None and selected in graph else None)
        if not self._fitted and graph is not None and self.isVisible():
            self.fit()

    def select(self, cause_id: int | None, *, notify: bool = True, ensure_visible: bool = True) -> None:
        if cause_id is not None and cause_id not in self.cause_scene.notes:
            cause_id = None
        changed = cause_id != self.selected_id
        self.cause_scene.set_selected(cause_id)
        if cause_id is not None and ensure_visible:
            self.ensureVisible(self.cause_scene.notes[cause_id].scene_rect(), 40, 40)
        if changed and notify:
            self.selection_changed.emit(cause_id)

    # --- zoom -------------------------------------------------------------------------------------------------
    def zoom_by(self, factor: float) -> None:
        self._auto_fit = False  # the facilitator chose a zoom; resizing keeps it
        current = self.transform().m11()
        factor = max(MIN_ZOOM / current, min(MAX_ZOOM / current, factor))
        self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.cause_scene.sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:  # never blow small graphs up beyond their natural size
            self.resetTransform()
        self._fitted = True
        self._auto_fit = True

    def zoom(self) -> float:
        return self.transform().m11()

    def reset_view(self) -> None:
        """Forget the selection and fit again when the graph is next shown (another problem was chosen)."""
        self.select(None, notify=False)
        self._fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.entry.sizeHint().height()
        self.setViewportMargins(0, 0, 0, height + 4)
        self.entry.setGeometry(2, self.height() - height - 2, self.width() - 4, height)
        if self._auto_fit and self.graph is not None:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    # --- keyboard -----------------------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # The canvas's own keys win over window shortcuts (e.g. a presenter's single-letter keys) while it has focus.
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in OWN_KEYS or event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                    QKeySequence.StandardKey.Redo):
                event.accept()
                return True
        return super().event(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # Qt API; Tab is ours
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_canvas_key(event):
            super().keyPressEvent(event)

    def _handle_canvas_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if self._handle_common_key(event):
            return True
        if key in ARROWS and mods & Qt.KeyboardModifier.AltModifier:
            self._structural_move(key)
        elif key in ARROWS:
            self._navigate(*ARROWS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            self.entry.setFocus()
        elif key == Qt.Key.Key_Escape:
            self.select(None)
        elif (key == Qt.Key.Key_F and not ctrl) or (key == Qt.Key.Key_0 and ctrl):
            self.fit()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        else:
            return False
        return True

    def _handle_common_key(self, event: QKeyEvent) -> bool:
        """Keys that work both on the canvas and in an empty entry line."""
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.ops.ctx.undo.stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.ops.ctx.undo.stack.redo()
        elif key == Qt.Key.Key_F2:
            self.edit_selected()
        elif key == Qt.Key.Key_Delete:
            self.delete_selected()
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._entry_key(event)
        return super().eventFilter(watched, event)

    def _entry_key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), self.entry.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_from_entry(child=False)
        elif key == Qt.Key.Key_Tab:
            self.add_from_entry(child=True)
        elif key == Qt.Key.Key_Backtab:
            self.setFocus()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) or (key in ARROWS and not text):
            self._navigate(*ARROWS[Qt.Key(key)])
        elif key == Qt.Key.Key_Escape:
            if text:
                self.entry.clear()
            else:
                self.setFocus()
        else:
            return not text and self._handle_common_key(event)
        return True

    def add_from_entry(self, *, child: bool) -> int | None:
        text = self.entry.text().strip()
        graph = self.graph
        if not text or graph is None:
            return None
        selected = self.selected_id
        if child and selected is not None:
            new_id = self.ops.add(graph.problem_id, text, selected)
        elif self.view_kind == "whys":
            new_id = self.ops.add_why(graph, text)
        elif selected is not None:
            cause = graph.node(selected).cause
            placement = {"triangle_side": cause.triangle_side, "controller_role": cause.controller_role,
                         "fishbone_bone": cause.fishbone_bone}
            new_id = self.ops.add(graph.problem_id, text, cause.parent_id, **placement)
        else:
            new_id = self.ops.add(graph.problem_id, text, None, **self.default_zone)
        if new_id is not None:
            self.entry.clear()
            self.select(new_id)
        return new_id

    def _navigate(self, dx: int, dy: int) -> None:
        target = self.cause_scene.neighbour(self.selected_id, dx, dy)
        if target is not None:
            self.select(target)

    def _structural_move(self, key: int) -> None:
        graph, selected = self.graph, self.selected_id
        if graph is None or selected is None:
            return
        siblings = list(graph.siblings(selected))
        index = siblings.index(selected)
        parent = graph.node(selected).cause.parent_id
        if key == Qt.Key.Key_Up and index > 0:
            self.ops.move(graph.problem_id, selected, index - 1)
        elif key == Qt.Key.Key_Down and index < len(siblings) - 1:
            self.ops.move(graph.problem_id, selected, index + 1)
        elif key == Qt.Key.Key_Left and parent is not None:
            grand = graph.node(parent).cause.parent_id
            self.ops.reparent(graph.problem_id, selected, grand, list(graph.siblings(parent)).index(parent) + 1)
        elif key == Qt.Key.Key_Right and index > 0:
            self.ops.reparent(graph.problem_id, selected, siblings[index - 1])

    def edit_selected(self) -> None:
        if self.selected_id is not None:
            self.editor.start(self.cause_scene.notes[self.selected_id])

    def delete_selected(self) -> None:
        graph, selected = self.graph, self.selected_id
        if graph is None or selected is None:
            return
        # Select a neighbour first so the room keeps a place to continue from.
        siblings = [i for i in graph.siblings(selected) if i != selected]
        following = siblings[0] if siblings else graph.node(selected).cause.parent_id
        if self.ops.delete(selected):
            self.select(following)

    # --- mouse ---------------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self.mapToScene(event.position().toPoint())
        note = self.cause_scene.note_at(point)
        if event.button() == Qt.MouseButton.LeftButton and note is not None:
            self.select(note.cause_id)
            self._press = (event.position().toPoint(), note)
            self._dragging = False
            self.setFocus()
            event.accept()
            return
        zone = self.cause_scene.zone_at(point)
        if event.button() == Qt.MouseButton.LeftButton and zone is not None:
            self.default_zone = {k: v for k, v in zone.target.items()
                                 if k in {"triangle_side", "controller_role", "fishbone_bone"}}
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        start, note = self._press
        position = event.position().toPoint()
        if not self._dragging and (position - start).manhattanLength() < 8:
            return
        self._dragging = True
        delta = self.mapToScene(position) - self.mapToScene(start)
        note.setZValue(10)
        note.setPos(note.pos() + delta)
        self._press = (position, note)
        self._set_hint(self._target_item(self.mapToScene(position), note.cause_id))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        _, note = self._press
        self._press = None
        self._set_hint(None)
        if not self._dragging:
            return
        self._dragging = False
        point = self.mapToScene(event.position().toPoint())
        target = self._drop_target(point, note.cause_id)
        graph = self.graph
        if graph is None or target is None or not apply_drop(self.ops, graph, note.cause_id, target):
            self.set_graph(self.graph)  # snap back

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        build_menu(self, self.mapToScene(event.pos())).exec(event.globalPos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        note = self.cause_scene.note_at(self.mapToScene(event.position().toPoint()))
        if note is not None:
            self.select(note.cause_id)
            self.edit_selected()
            return
        super().mouseDoubleClickEvent(event)

    def _target_item(self, point: QPointF, dragged: int) -> NoteItem | ZoneItem | None:
        return self.cause_scene.note_at(point, exclude=dragged) or self.cause_scene.zone_at(point)

    def _drop_target(self, point: QPointF, dragged: int) -> DropTarget | None:
        item = self._target_item(point, dragged)
        if isinstance(item, NoteItem):
            edge = 0
            if self.view_kind == "tree":
                rect = item.scene_rect()
                share = (point.x() - rect.left()) / max(rect.width(), 1)
                edge = -1 if share < 0.2 else 1 if share > 0.8 else 0
            return DropTarget(cause_id=item.cause_id, edge=edge)
        if isinstance(item, ZoneItem):
            return DropTarget(zone=item.target)
        return None

    def _set_hint(self, item: NoteItem | ZoneItem | None) -> None:
        if item is self._hint:
            return
        if isinstance(self._hint, NoteItem):
            self._hint.set_state(drop_hint=False)
        elif isinstance(self._hint, ZoneItem):
            self._hint.set_drop_hint(False)
        self._hint = item
        if isinstance(item, NoteItem):
            item.set_state(drop_hint=True)
        elif isinstance(item, ZoneItem):
            item.set_drop_hint(True)
