"""The cause tree, drawn top-down: the problem, then direct causes, then the indirect and root causes below them.

Each subtree gets the width of its leaves (or one note), and each parent is centred over its children.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF

from samverka.core.cause_graph import CauseGraph

if TYPE_CHECKING:
    from samverka.ui.causes.items import BoxItem, NoteItem
    from samverka.ui.causes.scene import CauseScene


def _subtree_widths(graph: CauseGraph, note_width: float, gap: float) -> dict[int, float]:
    width: dict[int, float] = {}
    for cause_id in reversed(list(graph.preorder())):  # children are measured before their parents
        kids = graph.node(cause_id).children
        kids_width = sum(width[k] for k in kids) + gap * (len(kids) - 1) if kids else 0.0
        width[cause_id] = max(note_width, kids_width)
    return width


def layout_tree(scene: CauseScene, graph: CauseGraph) -> None:
    theme = scene.theme
    note_w, gap = theme.note_width, theme.gap
    notes = {i: scene.make_note(graph.node(i)) for i in graph.preorder()}
    level_h: dict[int, float] = {}
    for cause_id, note in notes.items():
        depth = graph.node(cause_id).depth
        level_h[depth] = max(level_h.get(depth, 0.0), note.height)
    head = scene.add_box(graph.problem_title or QCoreApplication.translate("Causes", "Problemet"), note_w * 1.4)
    scene.problem_box = head
    level_y: dict[int, float] = {}
    y = head.height + gap * 5
    for depth in sorted(level_h):
        level_y[depth] = y
        y += level_h[depth] + gap * 5
    width = _subtree_widths(graph, note_w, gap)
    centre: dict[int, float] = {}
    stack: list[tuple[int, float]] = []
    left = 0.0
    for root in graph.roots:
        stack.append((root, left))
        left += width[root] + gap
    while stack:
        cause_id, start = stack.pop()
        centre[cause_id] = start + width[cause_id] / 2
        kids = graph.node(cause_id).children
        kids_width = sum(width[k] for k in kids) + gap * (len(kids) - 1)
        x = start + (width[cause_id] - kids_width) / 2
        for kid in kids:
            stack.append((kid, x))
            x += width[kid] + gap
    for cause_id, note in notes.items():
        note.setPos(centre[cause_id] - note_w / 2, level_y[graph.node(cause_id).depth])
    total = max(left - gap, note_w * 1.4)
    head.setPos(total / 2 - head.width / 2, 0)
    scene.add_zone(head.scene_rect().adjusted(-gap, -gap, gap, gap), "", {"parent": "top"}, frame=False)
    _connect(scene, graph, notes, head)
    _level_labels(scene, level_y, level_h)


def _connect(scene: CauseScene, graph: CauseGraph, notes: dict[int, NoteItem], head: BoxItem) -> None:
    gap = scene.theme.gap
    head_rect = head.scene_rect()
    for cause_id, note in notes.items():
        parent_id = graph.node(cause_id).cause.parent_id
        parent_rect = notes[parent_id].scene_rect() if parent_id in notes else head_rect
        child_rect = note.scene_rect()
        mid = child_rect.top() - gap * 2.5
        top = QPointF(parent_rect.center().x(), parent_rect.bottom())
        scene.add_polyline([top, QPointF(top.x(), mid), QPointF(child_rect.center().x(), mid),
                            QPointF(child_rect.center().x(), child_rect.top())], muted=True)


def _level_labels(scene: CauseScene, level_y: dict[int, float], level_h: dict[int, float]) -> None:
    theme = scene.theme
    tr = QCoreApplication.translate
    for depth, y in level_y.items():
        text = tr("Causes", "Direkta orsaker") if depth == 0 else tr("Causes", "Indirekta orsaker, nivå %1").replace(
            "%1", str(depth + 1))
        item = scene.add_text(text, QPointF(0, 0), px=theme.small_px)
        item.setPos(-item.boundingRect().width() - theme.gap * 3, y + level_h[depth] / 2 - theme.small_px)
