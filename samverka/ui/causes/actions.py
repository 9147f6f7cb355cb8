"""Every change the cause canvases and the side panel make, as undoable commands on `ctx.undo`.

Commands hold ids and values only. Moves, re-parents and chain edits are undone by restoring the layout snapshot
taken just before them; deletes by crud's snapshot (children, evidence and measure links included).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.errors import KnownError
from samverka.models.db import Database
from samverka.ui.bus import Bus
from samverka.ui.context import UiContext
from samverka.ui.undo import ServiceCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("Causes", text)


class CreateViaServiceCommand(ServiceCommand):
    """A create that a service does in one transaction (e.g. a measure and its link); undo deletes, redo restores."""

    def __init__(self, db: Database, bus: Bus, text: str, kind: str,
                 factory: Callable[[], tuple[int, Changes]]) -> None:
        super().__init__(db, bus, text)
        self.kind = kind
        self.factory = factory
        self.entity_id: int | None = None
        self._snapshot: crud.Snapshot | None = None

    def apply(self) -> Changes:
        if self._snapshot is not None:
            return crud.restore(self.db, self._snapshot)
        self.entity_id, changes = self.factory()
        return changes

    def revert(self) -> Changes:
        assert self.entity_id is not None
        self._snapshot, changes = crud.delete_row(self.db, self.kind, self.entity_id)
        return changes


class CauseActions:
    def __init__(self, ctx: UiContext) -> None:
        self.ctx = ctx

    @property
    def db(self) -> Database:
        return self.ctx.db

    def _report(self, exc: KnownError) -> None:
        self.ctx.bus.error_raised.emit(str(exc))

    # --- causes -------------------------------------------------------------------------------------------------
    def add(self, problem_id: int, text: str, parent_id: int | None = None, **placement: Any) -> int | None:
        try:
            values = cs.new_cause_values(self.db, problem_id, text, parent_id, **placement)
        except KnownError as exc:
            self._report(exc)
            return None
        label = _tr("Ny underorsak") if parent_id is not None else _tr("Ny orsak")
        return self.ctx.undo.create("cause", values, text=label)

    def add_why(self, graph: cs.CauseGraph, text: str) -> int | None:
        try:
            values = cs.why_values(self.db, graph, text)
        except KnownError as exc:
            self._report(exc)
            return None
        return self.ctx.undo.create("cause", values, text=_tr("Nytt varför"))

    def edit(self, cause_id: int, **new: Any) -> bool:
        """Set fields of a cause (text, confidence, votes, kind, placement) with compare-and-set."""
        if "text" in new and not str(new["text"]).strip():
            self._report(KnownError("En orsak kan inte vara tom. Skriv en text eller ta bort orsaken med Delete.",
                                    "A cause cannot be empty. Type a text or remove the cause with Delete."))
            return False
        try:
            current = crud.get(self.db, "cause", cause_id)
            if "fishbone_bone" in new:
                _check_bone_exists(self.db, current.problem_id, str(new["fishbone_bone"]))
        except KnownError as exc:
            self._report(exc)
            return False
        old = {name: getattr(current, name) for name in new}
        return self.ctx.undo.update("cause", cause_id, old, new, text=_tr("Ändra orsak"))

    def delete(self, cause_id: int) -> bool:
        return self.ctx.undo.delete("cause", cause_id, text=_tr("Ta bort orsak"))

    def _layout_call(self, problem_id: int, text: str, do: Callable[[], Changes]) -> bool:
        before = cs.layout_snapshot(self.db, problem_id)
        db = self.db
        return self.ctx.undo.call(text, do, lambda: cs.restore_layout(db, before))

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
        command = CreateViaServiceCommand(db, self.ctx.bus, _tr("Nytt ben"), "fishbone_bone",
                                          lambda: cs.add_bone(db, problem_id, name))
        return command.entity_id if self.ctx.undo.run(command) else None

    def rename_bone(self, bone_id: int, old: str, new: str) -> bool:
        db = self.db
        return self.ctx.undo.call(_tr("Byt namn på ben"), lambda: cs.rename_bone(db, bone_id, new),
                                  lambda: cs.rename_bone(db, bone_id, old))

    def delete_bone(self, bone_id: int) -> bool:
        db = self.db
        held: dict[str, Any] = {}

        def do() -> Changes:
            held["removal"], changes = cs.delete_bone(db, bone_id)
            return changes

        return self.ctx.undo.call(_tr("Ta bort ben"), do, lambda: cs.restore_bone(db, held["removal"]))

    # --- evidence and measures ------------------------------------------------------------------------------
    def link_evidence(self, cause_id: int, kind: str, target_id: int) -> int | None:
        db = self.db
        key = "observation_id" if kind == "observation" else "survey_result_id"
        command = CreateViaServiceCommand(db, self.ctx.bus, _tr("Koppla belägg"), "cause_evidence",
                                          lambda: cs.link_evidence(db, cause_id, **{key: target_id}))
        return command.entity_id if self.ctx.undo.run(command) else None

    def unlink(self, kind: str, link_id: int) -> bool:
        return self.ctx.undo.delete(kind, link_id, text=_tr("Ta bort koppling"))

    def new_measure(self, cause_id: int, title: str) -> int | None:
        db = self.db
        command = CreateViaServiceCommand(db, self.ctx.bus, _tr("Ny åtgärd för orsak"), "measure",
                                          lambda: cs.new_measure_for_cause(db, cause_id, title))
        return command.entity_id if self.ctx.undo.run(command) else None

    def link_measure(self, cause_id: int, measure_id: int) -> int | None:
        db = self.db
        command = CreateViaServiceCommand(db, self.ctx.bus, _tr("Koppla åtgärd"), "measure_cause",
                                          lambda: cs.link_measure(db, cause_id, measure_id))
        return command.entity_id if self.ctx.undo.run(command) else None


def _check_bone_exists(db: Database, problem_id: int, bone: str) -> None:
    names = {b.name for b in cs.cause_graph(db, problem_id).bones}
    if bone and bone not in names:
        raise KnownError(f"Benet {bone!r} finns inte i fiskbenet. Lägg till benet först.",
                         f"The bone {bone!r} is not in the fishbone. Add the bone first.")


def placement_for_zone(target: Mapping[str, Any]) -> dict[str, Any]:
    """The field values a zone sets on the cause dropped on it (chain and top-level zones are handled apart)."""
    return {k: v for k, v in target.items() if k in {"triangle_side", "controller_role", "fishbone_bone"}}
