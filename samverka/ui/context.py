"""What every page and window is handed: the shared state, the bus and the undo manager."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from samverka.ui.bus import Bus
from samverka.ui.state import AppState
from samverka.ui.undo import UndoManager

if TYPE_CHECKING:
    from samverka.models.db import Database


@dataclass
class UiContext:
    state: AppState
    bus: Bus
    undo: UndoManager

    @property
    def db(self) -> Database:
        if self.state.db is None:
            raise RuntimeError("no collaboration is open")
        return self.state.db

    @property
    def read_only(self) -> bool:
        return self.state.db is not None and self.state.db.read_only


def make_context(db: Database | None = None) -> UiContext:
    bus = Bus()
    state = AppState(bus, db)
    undo = UndoManager(bus, lambda: state.db)
    return UiContext(state=state, bus=bus, undo=undo)
