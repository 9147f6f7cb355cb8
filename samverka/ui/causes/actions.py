"""Every change the cause canvases and the side panel make, as undoable commands on `ctx.undo`.

Commands hold ids and values only. Moves, re-parents and chain edits are undone by restoring the layout snapshot
taken just before them; deletes by crud's snapshot (children, evidence and measure links included). The rules a
change must follow (a cause is never empty, its fishbone bone exists) are checked by the services, for every
caller; a refusal comes back here and is shown on the message bar.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from samverka.core import cause_service as cs
from samverka.core.changes import Changes
from samverka.dto import (
    CauseEvidenceRow,
    CauseRow,
    FishboneBoneRow,
    MeasureCauseRow,
    MeasureRow,
    ObservationRow,
    Row,
    SurveyResultRow,
)
from samverka.models.db import Database
from samverka.ui.context import UiContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("Causes", text)


class CauseActions:
    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    # --- causes -------------------------------------------------------------------------------------------------
    def add(self, problem_id: int, text: str, parent_id: int | None = None, **placement: Any) -> int | None:
        db = self.db
        label = _tr("Ny underorsak") if parent_id is not None else _tr("Ny orsak")
        return self.ctx.undo.create_with(
            CauseRow, label, lambda: cs.add_cause(db, problem_id, text, parent_id, **placement)).entity_id

    def add_why(self, graph: cs.CauseGraph, text: str) -> int | None:
        db = self.db
        return self.ctx.undo.create_with(CauseRow, _tr("Nytt varför"), lambda: cs.add_why(db, graph, text)).entity_id

    def edit(self, cause: CauseRow, **new: Any) -> bool:
        """Set fields of a cause (text, confidence, votes, kind, placement), compared against the values shown."""
        expected = {name: getattr(cause, name) for name in new}
        return self.ctx.undo.update(CauseRow, cause.id, new, expected=expected).saved

    def delete(self, cause_id: int) -> bool:
        return self.ctx.undo.delete(CauseRow, cause_id).saved

    def _layout_call(self, problem_id: int, text: str, do: Callable[[], Changes]) -> bool:
        before = cs.layout_snapshot(self.db, problem_id)
        db = self.db
        return self.ctx.undo.call(text, do, lambda: cs.restore_layout(db, before)).saved

    def move(self, problem_id: int, cause_id: int, index: int) -> bool:
        db = self.db
        return self._layout_call(problem_id, _tr("Flytta orsak"), lambda: cs.move_cause(db, cause_id, index))

    def reparent(self, problem_id: int, cause_id: int, parent_id: int | None, index: int | None = None) -> bool:
        db = self.db
        return self._layout_call(problem_id, _tr("Flytta under annan orsak"),
                                 lambda: cs.reparent_cause(db, cause_id, parent_id, index))

    def set_chain(self, problem_id: int, ordered: list[int]) -> bool:
        db = self.db
        return self._layout_call(problem_id, _tr("Ändra kedjan"), lambda: cs.set_chain(db, problem_id, ordered))

    # --- bones ----------------------------------------------------------------------------------------------
    def add_bone(self, problem_id: int, name: str) -> int | None:
        db = self.db
        return self.ctx.undo.create_with(FishboneBoneRow, _tr("Nytt ben"),
                                         lambda: cs.add_bone(db, problem_id, name)).entity_id

    def rename_bone(self, bone_id: int, old: str, new: str) -> bool:
        db = self.db
        return self.ctx.undo.call(_tr("Byt namn på ben"), lambda: cs.rename_bone(db, bone_id, new),
                                  lambda: cs.rename_bone(db, bone_id, old)).saved

    def delete_bone(self, bone_id: int) -> bool:
        db = self.db
        held: dict[str, Any] = {}

        def do() -> Changes:
            held["removal"], changes = cs.delete_bone(db, bone_id)
            return changes

        return self.ctx.undo.call(_tr("Ta bort ben"), do, lambda: cs.restore_bone(db, held["removal"])).saved

    # --- evidence and measures ------------------------------------------------------------------------------
    def link_evidence(self, cause_id: int, kind: type[ObservationRow] | type[SurveyResultRow],
                      target_id: int) -> int | None:
        db = self.db
        key = "observation_id" if kind is ObservationRow else "survey_result_id"
        return self.ctx.undo.create_with(CauseEvidenceRow, _tr("Koppla belägg"),
                                         lambda: cs.link_evidence(db, cause_id, **{key: target_id})).entity_id

    def unlink(self, table: type[Row], link_id: int) -> bool:
        return self.ctx.undo.delete(table, link_id, label=_tr("Ta bort koppling")).saved

    def new_measure(self, cause_id: int, title: str) -> int | None:
        db = self.db
        return self.ctx.undo.create_with(MeasureRow, _tr("Ny åtgärd för orsak"),
                                         lambda: cs.new_measure_for_cause(db, cause_id, title)).entity_id

    def link_measure(self, cause_id: int, measure_id: int) -> int | None:
        db = self.db
        return self.ctx.undo.create_with(MeasureCauseRow, _tr("Koppla åtgärd"),
                                         lambda: cs.link_measure(db, cause_id, measure_id)).entity_id


def placement_for_zone(target: Mapping[str, Any]) -> dict[str, Any]:
    """The field values a zone sets on the cause dropped on it (chain and top-level zones are handled apart)."""
    return {k: v for k, v in target.items() if k in {"triangle_side", "controller_role", "fishbone_bone"}}
