"""Undo commands: they hold ids and values, never widgets or ORM objects, and call the services.

Every edit goes through UndoManager.run(): the service runs first, so a refused value comes back in the Outcome
before anything is pushed; the command then sits on the stack with its first redo already done. Tables are named
by their row class (`undo.update(CauseRow, cause_id, text="…")`), and the menu says what a step undoes in the
words of `core/names.py` ("Ångra – Ändra orsakens text"). The services are imported inside the methods: they load
on the first edit, so the window paints before SQLAlchemy loads.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from samverka.core.changes import NO_CHANGES, Changes
from samverka.errors import KnownError, Text
from samverka.ui.bus import Bus

if TYPE_CHECKING:
    from samverka.core.crud import Snapshot
    from samverka.dto import Row
    from samverka.models.db import Database

_MERGE_ID = 4711
Label = Text | str  # a Text follows the language; a str is already translated


@dataclass(frozen=True)
class Outcome:
    """What an edit gave: saved or refused (with the reason, to show beside the field it names), a warning about
    personal data in what was saved, and the new row's id for an add. True when it was saved."""

    saved: bool
    error: KnownError | None = None
    warning: Text | None = None
    entity_id: int | None = None
    changes: Changes = NO_CHANGES

    def __bool__(self) -> bool:
        return self.saved


class ServiceCommand(QUndoCommand):
    """Base: apply() does the work and returns Changes; revert() undoes it."""

    def __init__(self, db: Database, bus: Bus, label: Label, initiator: object | None = None) -> None:
        super().__init__(str(label))
        self.db = db
        self.bus = bus
        self.label = label
        self.initiator = initiator
        self._skip_redo = True

    def set_label(self, label: Label) -> None:
        self.label = label
        self.setText(str(label))

    def retranslate(self) -> None:
        self.setText(str(self.label))

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

    def written(self) -> Mapping[str, Any]:
        """The values this command wrote (free text is checked for personal data), and into which table."""
        return {}

    def written_table(self) -> type[Row] | None:
        return None

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.apply, undoing=False)

    def undo(self) -> None:
        self._run(self.revert, undoing=True)

    def _run(self, action: Callable[[], Changes], *, undoing: bool) -> None:
        try:
            changes = action()
        except KnownError as exc:
            prefix = (
                QCoreApplication.translate("Undo", "Kunde inte ångra")
                if undoing
                else QCoreApplication.translate("Undo", "Kunde inte göra om")
            )
            self.bus.error_raised.emit(f"{prefix}: {exc}")
            self.setObsolete(True)
            return
        # Undo/redo come from the menu, so every view (the initiator included) must refresh.
        self.bus.emit_changed(changes, None)


class UpdateCommand(ServiceCommand):
    """Set fields of one row. The service gives back the old values, so the caller never reads first.

    Updates merge into one step only within one editing burst (the same `burst` token: one field's editor from
    focus to commit); two separate edits of the same field are two steps."""

    def __init__(
        self, db: Database, bus: Bus, row_type: type[Row], entity_id: int, new: Mapping[str, Any], *,
        expected: Mapping[str, Any] | None = None, burst: Hashable | None = None, label: Label | None = None,
        initiator: object | None = None,
    ) -> None:
        from samverka.core.names import change_text

        super().__init__(db, bus, label or change_text(row_type.KIND, new), initiator)
        self.row_type = row_type
        self.entity_id = entity_id
        self.new = dict(new)
        self.old: dict[str, Any] = dict(expected or {})
        self.expected = dict(expected) if expected is not None else None
        self.burst = burst
        self._applied = False

    def apply(self) -> Changes:
        from samverka.core import crud

        first = not self._applied
        done = crud.update(self.db, self.row_type, self.entity_id, self.new,
                           expected=self.expected if first else self.old)
        if first:
            self.old = dict(done.old)
            self._applied = True
        return done.changes

    def revert(self) -> Changes:
        from samverka.core import crud

        return crud.update(self.db, self.row_type, self.entity_id, self.old, expected=self.new).changes

    def written(self) -> Mapping[str, Any]:
        return self.new

    def written_table(self) -> type[Row] | None:
        return self.row_type

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateCommand) or self.burst is None or other.burst != self.burst:
            return False
        if (other.row_type, other.entity_id, set(other.new)) != (self.row_type, self.entity_id, set(self.new)):
            return False
        self.new = dict(other.new)
        if self.new == self.old:
            self.setObsolete(True)  # typed back to where it started: nothing left to undo
        return True


class CreateCommand(ServiceCommand):
    """Add one row; undo deletes it, redo puts it back with the same id."""

    def __init__(
        self, db: Database, bus: Bus, row_type: type[Row], values: Mapping[str, Any], *,
        label: Label | None = None, initiator: object | None = None,
        factory: Callable[[], tuple[int, Changes]] | None = None,
    ) -> None:
        from samverka.core.names import add_text

        super().__init__(db, bus, label or add_text(row_type.KIND), initiator)
        self.row_type = row_type
        self.values = dict(values)
        self.factory = factory
        self.entity_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply(self) -> Changes:
        from samverka.core import crud

        if self._snapshot is not None:
            return crud.restore(self.db, self._snapshot)
        if self.factory is not None:
            self.entity_id, changes = self.factory()
        else:
            self.entity_id, changes = crud.create(self.db, self.row_type, self.values)
        return changes

    def revert(self) -> Changes:
        from samverka.core import crud

        assert self.entity_id is not None
        self._snapshot, changes = crud.delete_row(self.db, self.row_type, self.entity_id)
        return changes

    def written(self) -> Mapping[str, Any]:
        return self.values

    def written_table(self) -> type[Row] | None:
        return self.row_type


class DeleteCommand(ServiceCommand):
    """Delete a row and everything that hangs on it; undo puts all of it back with the same ids."""

    def __init__(
        self, db: Database, bus: Bus, row_type: type[Row], entity_id: int, *, label: Label | None = None,
        initiator: object | None = None,
    ) -> None:
        from samverka.core.names import remove_text

        super().__init__(db, bus, label or remove_text(row_type.KIND), initiator)
        self.row_type = row_type
        self.entity_id = entity_id
        self._named = label is not None
        self._snapshot: Snapshot | None = None

    def apply(self) -> Changes:
        from samverka.core import crud
        from samverka.core.names import label_of, remove_text

        self._snapshot, changes = crud.delete_row(self.db, self.row_type, self.entity_id)
        if not self._named:  # now the row's name is known: "Ta bort åtgärden ”LED-belysning”"
            self._named = True
            kind = self.row_type.KIND
            rows = dict(self._snapshot.tables).get(kind, ())
            row = next((r for r in rows if r["id"] == self.entity_id), {})
            self.set_label(remove_text(kind, label_of(kind, dict(row))))
        return changes

    def revert(self) -> Changes:
        from samverka.core import crud

        assert self._snapshot is not None
        return crud.restore(self.db, self._snapshot)


class FunctionCommand(ServiceCommand):
    """Any service pair: do() and undo() each return Changes (for operations crud does not cover)."""

    def __init__(
        self, db: Database, bus: Bus, label: Label, do: Callable[[], Changes], undo: Callable[[], Changes],
        initiator: object | None = None,
    ) -> None:
        super().__init__(db, bus, label, initiator)
        self._do = do
        self._undo = undo

    def apply(self) -> Changes:
        return self._do()

    def revert(self) -> Changes:
        return self._undo()


class UndoManager:
    """Runs commands against the open collaboration and keeps them on one QUndoStack."""

    def __init__(self, bus: Bus, db_getter: Callable[[], Database | None]) -> None:
        self.bus = bus
        self.stack = QUndoStack()
        self.stack.setUndoLimit(500)
        self._db_getter = db_getter

    @property
    def db(self) -> Database:
        db = self._db_getter()
        if db is None:
            raise RuntimeError("no collaboration is open")
        return db

    def run(self, command: ServiceCommand) -> Outcome:
        """Apply now, then push. A refusal comes back in the Outcome (and is shown on the message bar)."""
        try:
            changes = command.apply()
        except KnownError as exc:
            self.bus.error_raised.emit(str(exc))
            return Outcome(False, error=exc)
        self.stack.push(command)
        self.bus.emit_changed(changes, command.initiator)
        warning = self._personal_data_warning(command)
        if warning is not None:
            self.bus.warning_raised.emit(str(warning))
        entity_id = command.entity_id if isinstance(command, CreateCommand) else None
        return Outcome(True, warning=warning, entity_id=entity_id, changes=changes)

    @staticmethod
    def _personal_data_warning(command: ServiceCommand) -> Text | None:
        """Free text that looks like a personnummer, e-mail or phone number gets a warning as it is saved."""
        values = command.written()
        if not values:
            return None
        from samverka.core.pii import pii_warning
        from samverka.dto import PersonRow

        if command.written_table() is PersonRow:  # a person's own e-mail and phone are contact details
            values = {k: v for k, v in values.items() if k not in ("email", "phone")}
        for value in values.values():
            warning = pii_warning(value) if isinstance(value, str) else None
            if warning is not None:
                return warning
        if isinstance(command, UpdateCommand):
            return UndoManager._removed_identity_note(command)
        return None

    @staticmethod
    def _removed_identity_note(command: UpdateCommand) -> Text | None:
        """A personnummer removed from a text is still in the change log: say so, and where to scrub it."""
        from samverka.core.pii_scan import removed_identity_note

        for name, new in command.new.items():
            old = command.old.get(name)
            note = removed_identity_note(old, new) if isinstance(old, str) and isinstance(new, str) else None
            if note is not None:
                return note
        return None

    def update(
        self, row_type: type[Row], entity_id: int, values: Mapping[str, Any] | None = None, /, *,
        expected: Mapping[str, Any] | None = None, burst: Hashable | None = None, label: Label | None = None,
        initiator: object | None = None, **fields: Any,
    ) -> Outcome:
        """Set fields of a row. `expected` (the values the caller shows) makes it compare-and-set; the old values
        for undo come back from the service."""
        new = {**(values or {}), **fields}
        if not new or (expected is not None and all(k in expected and expected[k] == v for k, v in new.items())):
            return Outcome(True)
        return self.run(UpdateCommand(self.db, self.bus, row_type, entity_id, new, expected=expected, burst=burst,
                                      label=label, initiator=initiator))

    def create(
        self, row_type: type[Row], values: Mapping[str, Any] | None = None, /, *, label: Label | None = None,
        initiator: object | None = None, **fields: Any,
    ) -> Outcome:
        command = CreateCommand(self.db, self.bus, row_type, {**(values or {}), **fields}, label=label,
                                initiator=initiator)
        return self.run(command)

    def create_with(
        self, row_type: type[Row], label: Label, factory: Callable[[], tuple[int, Changes]], *,
        initiator: object | None = None,
    ) -> Outcome:
        """A create that a service does in one transaction (e.g. a measure and its link to a cause)."""
        command = CreateCommand(self.db, self.bus, row_type, {}, label=label, initiator=initiator, factory=factory)
        return self.run(command)

    def delete(
        self, row_type: type[Row], entity_id: int, /, *, label: Label | None = None, initiator: object | None = None
    ) -> Outcome:
        return self.run(DeleteCommand(self.db, self.bus, row_type, entity_id, label=label, initiator=initiator))

    def call(
        self, label: Label, do: Callable[[], Changes], undo: Callable[[], Changes], *, initiator: object | None = None
    ) -> Outcome:
        return self.run(FunctionCommand(self.db, self.bus, label, do, undo, initiator))

    def record(
        self, label: Label, changes: Changes, redo: Callable[[], Changes], undo: Callable[[], Changes], *,
        initiator: object | None = None,
    ) -> Outcome:
        """An action already done (on a worker thread, ui/tasks) with the Changes it made: put it on the stack so it
        can be undone (and redone with `redo`), and tell the views."""
        command = FunctionCommand(self.db, self.bus, label, redo, undo, initiator)
        self.stack.push(command)  # the first redo() is skipped: the work is done
        self.bus.emit_changed(changes, initiator)
        return Outcome(True, changes=changes)

    def retranslate(self) -> None:
        """Undo texts follow the language: the menu reads them from the commands."""
        for index in range(self.stack.count()):
            command = self.stack.command(index)
            if isinstance(command, ServiceCommand):
                command.retranslate()

    def clear(self) -> None:
        self.stack.clear()
