"""Undo commands: they hold ids and values, never widgets or ORM objects, and call the services.

Every edit goes through UndoManager.run(): the service runs first, so a refused value raises
before anything is pushed; the command then sits on the stack with its first redo already done.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from samverka.core.changes import Changes
from samverka.errors import KnownError, Text
from samverka.ui.bus import Bus

if TYPE_CHECKING:
    from samverka.core import crud
    from samverka.models.db import Database

_MERGE_ID = 4711


def _crud():  # type: ignore[no-untyped-def]
    """The services, imported on the first edit so the window can paint before SQLAlchemy loads."""
    from samverka.core import crud  # noqa: PLC0415

    return crud


class ServiceCommand(QUndoCommand):
    """Base: apply() does the work and returns Changes; revert() undoes it."""

    def __init__(self, db: Database, bus: Bus, text: str, initiator: object | None = None) -> None:
        super().__init__(text)
        self.db = db
        self.bus = bus
        self.initiator = initiator
        self._skip_redo = True

    def apply(self) -> Changes:
        raise NotImplementedError

    def revert(self) -> Changes:
        raise NotImplementedError

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
    """Set fields of one row; typing bursts in the same fields of the same row merge into one step."""

    def __init__(
        self,
        db: Database,
        bus: Bus,
        kind: str,
        entity_id: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        text: str = "",
        initiator: object | None = None,
    ) -> None:
        super().__init__(db, bus, text or QCoreApplication.translate("Undo", "Ändra"), initiator)
        self.kind = kind
        self.entity_id = entity_id
        self.old = dict(old)
        self.new = dict(new)

    def apply(self) -> Changes:
        return _crud().update(self.db, self.kind, self.entity_id, self.new, expected=self.old)

    def revert(self) -> Changes:
        return _crud().update(self.db, self.kind, self.entity_id, self.old, expected=self.new)

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, UpdateCommand):
            return False
        if (other.kind, other.entity_id, set(other.new)) != (self.kind, self.entity_id, set(self.new)):
            return False
        if not all(isinstance(v, str) for v in self.new.values()):
            return False
        self.new = dict(other.new)
        return True


class CreateCommand(ServiceCommand):
    def __init__(
        self, db: Database, bus: Bus, kind: str, values: Mapping[str, Any], text: str = "",
        initiator: object | None = None,
    ) -> None:
        super().__init__(db, bus, text or QCoreApplication.translate("Undo", "Lägg till"), initiator)
        self.kind = kind
        self.values = dict(values)
        self.entity_id: int | None = None
        self._snapshot: crud.Snapshot | None = None

    def apply(self) -> Changes:
        if self._snapshot is not None:
            return _crud().restore(self.db, self._snapshot)
        self.entity_id, changes = _crud().create(self.db, self.kind, self.values)
        return changes

    def revert(self) -> Changes:
        assert self.entity_id is not None
        self._snapshot, changes = _crud().delete_row(self.db, self.kind, self.entity_id)
        return changes


class DeleteCommand(ServiceCommand):
    """Delete a row and everything that hangs on it; undo puts all of it back with the same ids."""

    def __init__(
        self, db: Database, bus: Bus, kind: str, entity_id: int, text: str = "", initiator: object | None = None
    ) -> None:
        super().__init__(db, bus, text or QCoreApplication.translate("Undo", "Ta bort"), initiator)
        self.kind = kind
        self.entity_id = entity_id
        self._snapshot: crud.Snapshot | None = None

    def apply(self) -> Changes:
        self._snapshot, changes = _crud().delete_row(self.db, self.kind, self.entity_id)
        return changes

    def revert(self) -> Changes:
        assert self._snapshot is not None
        return _crud().restore(self.db, self._snapshot)


class FunctionCommand(ServiceCommand):
    """Any service pair: do() and undo() each return Changes (for operations crud does not cover)."""

    def __init__(
        self, db: Database, bus: Bus, text: str, do: Callable[[], Changes], undo: Callable[[], Changes],
        initiator: object | None = None,
    ) -> None:
        super().__init__(db, bus, text, initiator)
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
        self.last_error: KnownError | None = None
        self.last_warning: Text | None = None  # personal data noticed in the last saved edit

    @property
    def db(self) -> Database:
        db = self._db_getter()
        if db is None:
            raise RuntimeError("no collaboration is open")
        return db

    def run(self, command: ServiceCommand) -> bool:
        """Apply now (raises nothing: errors go to the bus), then push. Returns True if it was saved."""
        self.last_error = None
        self.last_warning = None
        try:
            changes = command.apply()
        except KnownError as exc:
            # Kept so a form can show the message next to the field it names (exc.field).
            self.last_error = exc
            self.bus.error_raised.emit(str(exc))
            return False
        self.stack.push(command)
        self.bus.emit_changed(changes, command.initiator)
        self._warn_about_personal_data(command)
        return True

    def _warn_about_personal_data(self, command: ServiceCommand) -> None:
        """Free text that looks like a personnummer, e-mail or phone number gets a warning as it is saved."""
        from samverka.core.pii import pii_warning  # noqa: PLC0415

        if isinstance(command, UpdateCommand):
            values, kind = command.new, command.kind
        elif isinstance(command, CreateCommand):
            values, kind = command.values, command.kind
        else:
            return
        if kind == "person":  # a person's own e-mail and phone are contact details, not free text
            values = {k: v for k, v in values.items() if k not in ("email", "phone")}
        for value in values.values():
            warning = pii_warning(value) if isinstance(value, str) else None
            if warning is not None:
                self.last_warning = warning  # a form shows it under the field it was typed in
                self.bus.warning_raised.emit(str(warning))
                return
        if isinstance(command, UpdateCommand):
            self._offer_log_scrub(command)

    def _offer_log_scrub(self, command: UpdateCommand) -> None:
        """A personnummer removed from a text is still in the change log: say so, and where to scrub it."""
        from samverka.core.pii_scan import removed_identity_note  # noqa: PLC0415

        for name, new in command.new.items():
            old = command.old.get(name)
            note = removed_identity_note(old, new) if isinstance(old, str) and isinstance(new, str) else None
            if note is not None:
                self.last_warning = note
                self.bus.warning_raised.emit(str(note))
                return

    def update(
        self, kind: str, entity_id: int, old: Mapping[str, Any], new: Mapping[str, Any], *, text: str = "",
        initiator: object | None = None,
    ) -> bool:
        if dict(old) == dict(new):
            return True
        return self.run(UpdateCommand(self.db, self.bus, kind, entity_id, old, new, text, initiator))

    def create(
        self, kind: str, values: Mapping[str, Any], *, text: str = "", initiator: object | None = None
    ) -> int | None:
        command = CreateCommand(self.db, self.bus, kind, values, text, initiator)
        return command.entity_id if self.run(command) else None

    def delete(self, kind: str, entity_id: int, *, text: str = "", initiator: object | None = None) -> bool:
        return self.run(DeleteCommand(self.db, self.bus, kind, entity_id, text, initiator))

    def call(
        self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes], *, initiator: object | None = None
    ) -> bool:
        return self.run(FunctionCommand(self.db, self.bus, text, do, undo, initiator))

    def clear(self) -> None:
        self.stack.clear()
