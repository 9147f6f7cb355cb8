"""The canvas's right-click menu: on a note (edit, child, top level, delete), on a custom bone (rename, delete),
and anywhere (fit, save image)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QInputDialog, QMenu

from samverka.ui.causes.items import NoteItem, ZoneItem

if TYPE_CHECKING:
    from samverka.ui.causes.canvas import CauseCanvas


def _tr(text: str) -> str:
    return QCoreApplication.translate("CauseMenu", text)


def ask_text(canvas: CauseCanvas, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(canvas, title, label, text=text)
    return value if ok and value.strip() else None


def build_menu(canvas: CauseCanvas, point: QPointF, ask: Callable[..., str | None] = ask_text) -> QMenu:
    """The menu for a scene point; `ask` asks for a text (tests pass their own)."""
    menu = QMenu(canvas)
    note = canvas.cause_scene.note_at(point)
    graph = canvas.graph
    read_only = canvas.ops.ctx.read_only
    if isinstance(note, NoteItem) and graph is not None and not read_only:
        cause_id = note.cause_id
        canvas.select(cause_id)
        menu.addAction(_tr("Redigera texten (F2)"), canvas.edit_selected)
        menu.addAction(_tr("Ny underorsak (Tab i skrivraden)"), canvas.entry.setFocus)
        if graph.node(cause_id).cause.parent_id is not None:
            menu.addAction(_tr("Flytta till översta nivån"),
                           lambda: canvas.ops.reparent(graph.problem_id, cause_id, None))
        menu.addAction(_tr("Ta bort med underorsaker (Delete)"), canvas.delete_selected)
        menu.addSeparator()
    zone = canvas.cause_scene.zone_at(point)
    bone = _custom_bone(canvas, zone)
    if bone is not None and not read_only:
        bone_id, name = bone
        menu.addAction(_tr("Byt namn på benet…"), lambda: _rename_bone(canvas, bone_id, name, ask))
        menu.addAction(_tr("Ta bort benet"), lambda: canvas.ops.delete_bone(bone_id))
        menu.addSeparator()
    menu.addAction(_tr("Anpassa till fönstret (F)"), canvas.fit)
    menu.addAction(_tr("Spara bild…"), canvas.image_requested.emit)
    return menu


def _custom_bone(canvas: CauseCanvas, zone: ZoneItem | None) -> tuple[int, str] | None:
    graph = canvas.graph
    if zone is None or graph is None or "fishbone_bone" not in zone.target:
        return None
    name = zone.target["fishbone_bone"]
    for bone in graph.bones:
        if bone.name == name and bone.custom_id is not None:
            return bone.custom_id, bone.name
    return None


def _rename_bone(canvas: CauseCanvas, bone_id: int, old: str, ask: Callable[..., str | None]) -> None:
    new = ask(canvas, _tr("Byt namn på benet"), _tr("Nytt namn:"), old)
    if new is not None and new.strip() != old:
        canvas.ops.rename_bone(bone_id, old, new)
