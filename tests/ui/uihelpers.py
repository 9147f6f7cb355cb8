"""Helpers for the UI tests (imported as uihelpers; the test folder is on sys.path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def reopen(window: Any, path: Path) -> None:
    """Close the file and open it again, as a restart would."""
    window.set_database(None)
    assert window.open_path(str(path))


def column_of(table: Any, field: str) -> int:
    return next(i for i, c in enumerate(table.model.columns) if c.field == field)


def edit_cell(table: Any, field: str, value: Any) -> bool:
    row = table.view.currentIndex().row()
    index = table.model.index(row, column_of(table, field))
    return bool(table.model.setData(index, value))


def undo(window: Any) -> None:
    window.ctx.undo.stack.undo()


def redo(window: Any) -> None:
    window.ctx.undo.stack.redo()
