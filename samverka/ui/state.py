"""The one shared state: the open collaboration, the current step and the facilitator's selection.

The facilitator window and the audience window are two views of this object; nothing is copied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from samverka.ui.bus import Bus

if TYPE_CHECKING:
    from samverka.dto import Row
    from samverka.models.db import Database


@dataclass(frozen=True)
class Selection:
    """What the facilitator points at: (ProblemRow, 3), (CauseRow, 12), (MeasureRow, 7) ..."""

    kind: type[Row]
    id: int

    def key(self) -> tuple[str, int]:
        """As the projector's read model names it: ("cause", 12)."""
        return (self.kind.KIND, self.id)


class AppState(QObject):
    step_changed = Signal(int)
    selection_changed = Signal(object)
    problem_changed = Signal(object)
    database_changed = Signal()

    def __init__(self, bus: Bus, db: Database | None = None) -> None:
        super().__init__()
        self.bus = bus
        self.db = db
        self.step = 1
        self.selection: Selection | None = None
        self.problem_id: int | None = None

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.selection = None
        self.problem_id = None
        self.database_changed.emit()

    def set_step(self, step: int) -> None:
        if step != self.step and 1 <= step <= 10:
            self.step = step
            self.selection = None
            self.step_changed.emit(step)

    def select(self, selection: Selection | None) -> None:
        if selection != self.selection:
            self.selection = selection
            self.selection_changed.emit(selection)

    def set_problem(self, problem_id: int | None) -> None:
        """The problem the analysis steps (4–7) are working on."""
        if problem_id != self.problem_id:
            self.problem_id = problem_id
            self.problem_changed.emit(problem_id)
