"""Where each view puts the causes: the crime triangle, the fishbone, the event chain (chain_layout.py), the tree
(tree_layout.py) and the five whys."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from samverka import vocab
from samverka.core.cause_graph import CauseGraph
from samverka.ui.causes.chain_layout import layout_event_chain
from samverka.ui.causes.items import label_height
from samverka.ui.causes.scene import CauseScene, LayoutFunction
from samverka.ui.causes.tree_layout import layout_tree


def _tr(text: str) -> str:
    return QCoreApplication.translate("Causes", text)


def stack_notes(scene: CauseScene, graph: CauseGraph, ids: Iterable[int], x: float, y: float, width: float,
                *, indent_by: dict[int, int] | None = None) -> float:
    """Place notes in a column from (x, y); returns the bottom. `indent_by` shifts children right."""
    gap = scene.theme.gap
    for cause_id in ids:
        level = (indent_by or {}).get(cause_id, 0)
        shift = min(level, 4) * gap * 2
        note = scene.make_note(graph.node(cause_id), width - shift)
        note.setPos(x + shift, y)
        y += note.height + gap
    return y


def flow_notes(scene: CauseScene, graph: CauseGraph, ids: Iterable[int], x: float, y: float,
               width: float) -> float:
    """Place notes in rows that wrap at `width`; returns the bottom."""
    theme = scene.theme
    columns = max(1, int((width + theme.gap) // (theme.note_width + theme.gap)))
    row_bottom = y
    for n, cause_id in enumerate(ids):
        if n and n % columns == 0:
            y = row_bottom + theme.gap
        note = scene.make_note(graph.node(cause_id))
        note.setPos(x + (n % columns) * (theme.note_width + theme.gap), y)
        row_bottom = max(row_bottom, y + note.height)
    return row_bottom


def zone_column(scene: CauseScene, graph: CauseGraph, ids: list[int], x: float, y: float, label: str,
                target: dict[str, str], min_height: float) -> QRectF:
    theme = scene.theme
    width = theme.column_note_width + 2 * theme.gap
    bottom = stack_notes(scene, graph, ids, x + theme.gap, y + label_height(theme), theme.column_note_width)
    rect = QRectF(x, y, width, max(min_height, bottom - y + theme.gap))
    scene.add_zone(rect, label, target)
    return rect


def zone_row(scene: CauseScene, graph: CauseGraph, ids: list[int], x: float, y: float, width: float,
             label: str, target: dict[str, str]) -> QRectF:
    theme = scene.theme
    bottom = flow_notes(scene, graph, ids, x + theme.gap, y + label_height(theme), width - 2 * theme.gap)
    rect = QRectF(x, y, width, max(label_height(theme) + theme.gap * 4, bottom - y + theme.gap))
    scene.add_zone(rect, label, target)
    return rect


# --- the problem-analysis triangle ------------------------------------------------------------------------------
def _triangle_group(graph: CauseGraph, cause_id: int) -> str:
    cause = graph.node(cause_id).cause
    return cause.controller_role or cause.triangle_side or ""


_UNPLACED_IN_BAND = 2  # more unplaced causes than this get their own full-width row (on top) on the projector


def layout_triangle(scene: CauseScene, graph: CauseGraph) -> None:
    theme = scene.theme
    compact = theme.compact_triangle
    groups: dict[str, list[int]] = {}
    for cause_id in graph.preorder():
        groups.setdefault(_triangle_group(graph, cause_id), []).append(cause_id)
    column = theme.column_note_width + 2 * theme.gap
    side = column * theme.triangle_side
    total = column * 4 + side + theme.gap * 5  # the right edge of the last column
    between = theme.gap * (2 if compact else 3)  # between the bands of zones
    tray_label, tray_target = _tr("Ej placerade i triangeln"), {"triangle_side": "", "controller_role": ""}
    top = 0.0
    unplaced = groups.get("", [])
    if not compact or len(unplaced) > _UNPLACED_IN_BAND:  # the laptop always has it, as a place to drop causes on
        tray = zone_row(scene, graph, unplaced, 0, 0, total, tray_label, tray_target)
        top = tray.bottom() + between
    tri_h = side * 0.87
    xs = [0, column + theme.gap, 2 * column + theme.gap * 4 + side, 3 * column + theme.gap * 5 + side]
    inner_label = {code: vocab.label(vocab.TRIANGLE_SIDES, code) for code in vocab.CONTROLLER_FOR_SIDE}
    outer_label = {code: vocab.label(vocab.CONTROLLER_ROLES, code) for code in vocab.CONTROLLER_FOR_SIDE.values()}
    specs = [("handler", "gärningsperson", True), ("gärningsperson", "gärningsperson", False),
             ("offer", "offer", False), ("guardian", "offer", True)]
    rects: dict[str, QRectF] = {}
    for x, (key, side_code, outer) in zip(xs, specs, strict=True):
        label = outer_label[key] if outer else inner_label[key]
        target = {"triangle_side": side_code, "controller_role": key if outer else ""}
        rects[key] = zone_column(scene, graph, groups.get(key, []), x, top, label, target,
                                 tri_h + theme.gap * (3 if compact else 4))
    centre_x = xs[1] + column + theme.gap * 1.5 + side / 2
    apex = QPointF(centre_x, top + theme.gap * 2)
    _draw_triangles(scene, apex, side, rects)
    bottom = max(r.bottom() for r in rects.values()) + between
    band = [("plats", inner_label["plats"], {"triangle_side": "plats", "controller_role": ""}),
            ("manager", outer_label["manager"], {"triangle_side": "plats", "controller_role": "manager"})]
    if compact:
        # One band under the triangle, so a workshop's first causes fit one slide: the place, its manager and a
        # few causes not yet placed side by side (many unplaced causes, a brainstorm, have the full-width row on
        # top, where the room looks first).
        if 0 < len(unplaced) <= _UNPLACED_IN_BAND:
            band.append(("", tray_label, tray_target))
        width = (total - theme.gap * (len(band) - 1)) / len(band)
        boxes = [zone_row(scene, graph, groups.get(key, []), n * (width + theme.gap), bottom, width, label, target)
                 for n, (key, label, target) in enumerate(band)]
        for zone in scene.zones[-len(band):]:
            zone.stretch_to(max(box.height() for box in boxes))
        place = boxes[0]
    else:
        place = zone_row(scene, graph, groups.get("plats", []), 0, bottom, total, *band[0][1:])
        zone_row(scene, graph, groups.get("manager", []), 0, place.bottom() + theme.gap * 2, total, *band[1][1:])
    base_mid = QPointF(centre_x, apex.y() + tri_h)
    scene.add_polyline([base_mid, QPointF(centre_x, place.top())], muted=True)


def _draw_triangles(scene: CauseScene, apex: QPointF, side: float, rects: dict[str, QRectF]) -> None:
    theme = scene.theme
    height = side * 0.87
    left, right = apex + QPointF(-side / 2, height), apex + QPointF(side / 2, height)
    scene.add_polyline([apex, right, left, apex], width=theme.line_width * 1.5)
    shrink = 0.6
    centroid = QPointF(apex.x(), apex.y() + height * 2 / 3)

    def inner(p: QPointF) -> QPointF:
        return centroid + (p - centroid) * shrink

    i_apex, i_left, i_right = inner(apex), inner(left), inner(right)
    scene.add_polyline([i_apex, i_right, i_left, i_apex], width=theme.line_width)
    # Side names run along the sides, inside each triangle, so no line crosses them.
    side_name = {code: vocab.label(vocab.TRIANGLE_SIDES, code) for code in vocab.CONTROLLER_FOR_SIDE}
    role_name = {code: vocab.label(vocab.CONTROLLER_ROLES, code) for code in vocab.CONTROLLER_FOR_SIDE.values()}
    # "Handledare" in Swedish (never "Handler"): the names come from the vocabulary in the current language.
    px = theme.triangle_label_px
    for a, b, text in ((i_left, i_apex, side_name["gärningsperson"]), (i_apex, i_right, side_name["offer"]),
                       (i_right, i_left, side_name["plats"]), (left, apex, role_name["handler"]),
                       (apex, right, role_name["guardian"]), (right, left, role_name["manager"])):
        _side_label(scene, text, a, b, centroid, px)
    # Dotted leaders tie each column to its side of the triangle.
    pairs = [("gärningsperson", (i_apex + i_left) / 2, "right"), ("offer", (i_apex + i_right) / 2, "left"),
             ("handler", (apex + left) / 2, "right"), ("guardian", (apex + right) / 2, "left")]
    for key, point, edge in pairs:
        rect = rects[key]
        x = rect.right() if edge == "right" else rect.left()
        scene.add_polyline([QPointF(x, rect.top() + label_height(theme) / 2), point], width=1, muted=True)


def _side_label(scene: CauseScene, text: str, a: QPointF, b: QPointF, inside: QPointF, px: int) -> None:
    mid = (a + b) / 2
    angle = math.degrees(math.atan2(b.y() - a.y(), b.x() - a.x()))
    if angle > 90 or angle < -90:
        angle -= 180 if angle > 0 else -180
    toward = inside - mid
    length = math.hypot(toward.x(), toward.y()) or 1.0
    centre = mid + toward * (px * 0.8 / length)
    item = scene.add_text(text, centre, px=px, center=True)
    item.setTransformOriginPoint(item.boundingRect().center())
    item.setRotation(angle)


# --- the fishbone --------------------------------------------------------------------------------------------
def layout_fishbone(scene: CauseScene, graph: CauseGraph) -> None:
    theme = scene.theme
    on_bone: dict[str, list[int]] = {}
    for cause_id in graph.preorder():
        on_bone.setdefault(graph.effective_bone(cause_id), []).append(cause_id)
    known = {bone.name for bone in graph.bones}
    stray = [i for name, ids in on_bone.items() if name and name not in known for i in ids]
    column = theme.note_width + 2 * theme.gap
    pitch = column + theme.gap * 6
    bones = list(graph.bones)
    heights: list[float] = []
    # First pass: measure each bone's column by building it at the origin, then move it.
    placed: list[tuple[QRectF, list[int], str, dict[str, str]]] = []
    for bone in bones:
        ids = on_bone.get(bone.name, [])
        indent = {i: sum(1 for a in graph.ancestors(i) if graph.effective_bone(a) == bone.name) for i in ids}
        bottom = stack_notes(scene, graph, ids, theme.gap, label_height(theme), theme.note_width, indent_by=indent)
        heights.append(max(bottom + theme.gap, label_height(theme) + theme.gap * 6))
        placed.append((QRectF(0, 0, column, heights[-1]), ids, str(bone.label), {"fishbone_bone": bone.name}))
    top_h = max(heights[0::2], default=0)
    spine_y = top_h + theme.gap * 6
    for n, (rect, ids, label, target) in enumerate(placed):
        x = (n // 2) * pitch + theme.gap * 4
        y = spine_y - theme.gap * 6 - rect.height() if n % 2 == 0 else spine_y + theme.gap * 6
        for cause_id in ids:
            scene.notes[cause_id].moveBy(x, y)
        zone = scene.add_zone(QRectF(x, y, rect.width(), rect.height()), label, target)
        edge_y = zone.zone_rect.bottom() if n % 2 == 0 else zone.zone_rect.top()
        scene.add_polyline([QPointF(x + column / 2, edge_y), QPointF(x + column + theme.gap * 5, spine_y)])
    spine_end = max(1, (len(placed) + 1) // 2) * pitch + theme.gap * 4
    head = scene.add_box(graph.problem_title or _tr("Problemet"), theme.note_width * 1.2)
    head.setPos(spine_end + theme.gap * 2, spine_y - head.height / 2)
    scene.problem_box = head
    scene.add_polyline([QPointF(0, spine_y), QPointF(spine_end + theme.gap * 2, spine_y)],
                       width=theme.line_width * 2, arrow=True)
    bottom = max((z.zone_rect.bottom() for z in scene.zones), default=spine_y) + theme.gap * 3
    loose = [i for i in graph.preorder() if not graph.effective_bone(i)] + stray
    zone_row(scene, graph, loose, 0, bottom, spine_end + theme.note_width * 1.2, _tr("Inget ben"),
             {"fishbone_bone": ""})


# --- the five whys -------------------------------------------------------------------------------------------
def layout_whys(scene: CauseScene, graph: CauseGraph) -> None:
    theme = scene.theme
    width = theme.note_width * 1.7
    head = scene.add_box(graph.problem_title or _tr("Problemet"), width)
    scene.problem_box = head
    chain = graph.chain()
    y = head.height
    slot_h = theme.text_px * 3.2
    for position, cause_id in enumerate((*chain, None)):
        slot = QRectF(0, y, width, slot_h)
        scene.add_zone(slot, "", {"chain_insert": position}, frame=False)
        if cause_id is None:
            break
        scene.add_polyline([QPointF(width / 2, y + 4), QPointF(width / 2, y + slot_h - 4)], arrow=True)
        scene.add_text(_tr("Varför?"), QPointF(width / 2 + theme.gap, y + slot_h / 2 - theme.small_px * 0.7),
                       px=theme.small_px)
        note = scene.make_note(graph.node(cause_id), width)
        note.setPos(0, y + slot_h)
        y += slot_h + note.height
    if chain:
        last = scene.notes[chain[-1]]
        root = graph.node(chain[-1]).cause.kind == "grundorsak"
        mark = QPointF(-theme.small_px * 7, last.y() + last.height / 2 - theme.small_px)
        scene.add_text(_tr("Grundorsak") if root else _tr("Grundorsak?"), mark, px=theme.small_px)
    others = [i for i in graph.preorder() if i not in set(chain)]
    x = width + theme.gap * 6
    outside = set(others)
    depth = {i: sum(1 for a in graph.ancestors(i) if a in outside) for i in others}
    bottom = stack_notes(scene, graph, others, x + theme.gap, label_height(theme), theme.note_width,
                         indent_by=depth)
    rect = QRectF(x, 0, theme.note_width + 2 * theme.gap, max(y + slot_h, bottom + theme.gap))
    scene.add_zone(rect, _tr("Utanför kedjan"), {"chain_remove": "1"})


LAYOUTS: dict[str, LayoutFunction] = {
    "triangle": layout_triangle,
    "fishbone": layout_fishbone,
    "event_chain": layout_event_chain,
    "tree": layout_tree,
    "whys": layout_whys,
}
