"""The event chain (händelsekedja): what happens before, during and after the problem event, left to right.

Each phase is a column; its causes stand in their order from the top, numbered, joined by small arrows. Causes not
in the chain wait in a tray above. A drop on a phase puts the cause last in it; a drop on a note puts it before or
after that note (see `canvas._drop_target`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from samverka.core.cause_graph import CauseGraph
from samverka.ui.causes.items import label_height
from samverka.ui.causes.scene import CauseScene

PHASE_ORDER = ("före", "under", "efter")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Causes", text)


def phase_titles() -> dict[str, str]:
    return {"före": _tr("Före händelsen"), "under": _tr("Under händelsen"), "efter": _tr("Efter händelsen")}


def layout_event_chain(scene: CauseScene, graph: CauseGraph) -> None:
    from samverka.ui.causes.layouts import zone_row  # layouts imports this module

    theme = scene.theme
    chain = graph.event_chain()
    column = theme.note_width + 2 * theme.gap
    arrow = theme.gap * 4
    total = 3 * column + 2 * arrow
    tray = zone_row(scene, graph, list(chain.unplaced), 0, 0, total, _tr("Inte i händelsekedjan"),
                    {"event_phase": ""})
    head = scene.add_box(graph.problem_title or _tr("Problemet"), column * 1.2)
    head.setPos(column + arrow + column / 2 - head.width / 2, tray.bottom() + theme.gap * 3)
    scene.problem_box = head
    top = head.scene_rect().bottom() + theme.gap * 3
    titles = phase_titles()
    bottoms: list[float] = []
    heights: list[float] = []
    for n, key in enumerate(PHASE_ORDER):
        x = n * (column + arrow)
        y = top + label_height(theme)
        for position, cause_id in enumerate(chain.phase(key).cause_ids, start=1):
            if position > 1:  # the order is the point: an arrow leads to the next link
                scene.add_polyline([QPointF(x + column / 2, y - theme.gap * 1.6), QPointF(x + column / 2, y - 2)],
                                   width=theme.line_width * 0.75, arrow=True, muted=True)
            number = scene.add_text(f"{position}.", QPointF(0, 0), px=theme.small_px)
            note = scene.make_note(graph.node(cause_id), theme.note_width - number.boundingRect().width())
            number.setPos(x + theme.gap * 0.5, y + theme.small_px * 0.3)
            note.setPos(x + column - theme.gap - note.width, y)
            y += note.height + theme.gap * 2.2
        bottoms.append(y)
        heights.append(y - top)
    height = max(max(heights, default=0.0), label_height(theme) + theme.gap * 8)
    for n, key in enumerate(PHASE_ORDER):
        x = n * (column + arrow)
        scene.add_zone(QRectF(x, top, column, height), titles[key], {"event_phase": key})
        if n:
            middle = top + label_height(theme) / 2
            scene.add_polyline([QPointF(x - arrow + theme.gap, middle), QPointF(x - theme.gap, middle)],
                               width=theme.line_width * 2, arrow=True)
    # The event itself sits above "under": a line ties the problem to its phase.
    centre = column + arrow + column / 2
    scene.add_polyline([QPointF(centre, head.scene_rect().bottom()), QPointF(centre, top)], muted=True)
