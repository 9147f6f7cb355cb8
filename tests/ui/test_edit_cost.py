"""What one edit costs: typing a cause's text, with the cause page and the audience window open, is one write
session and at most one read session (the step list's completion marks); the page and the projector show the
new text from the row the write handed back. Sessions and SQL statements are counted, never timed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import event

from samverka.core import crud
from samverka.dto import CauseRow

SETTLE_MS = 600  # longer than the step list's refresh delay (250 ms), so its read is counted too


class SessionCounter:
    """Counts sessions that began a transaction (read or write) and SQL statements on one Database."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.reads = self.writes = self.statements = 0
        event.listen(db._factory, "after_begin", self._began)
        event.listen(db.engine, "before_cursor_execute", self._statement)

    def _began(self, _session: Any, _transaction: Any, connection: Any) -> None:
        if connection.get_execution_options().get("samverka_immediate"):
            self.writes += 1
        else:
            self.reads += 1

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def reset(self) -> None:
        self.reads = self.writes = self.statements = 0

    def close(self) -> None:
        event.remove(self.db._factory, "after_begin", self._began)
        event.remove(self.db.engine, "before_cursor_execute", self._statement)


@pytest.fixture
def cause_page(window: Any, demo_path: Path, qtbot: Any) -> Any:
    assert window.open_path(str(demo_path))
    window.go_to_step(5)
    window.presenter.start(from_first=False)  # the audience window: a preview window on this one screen
    audience = window.presenter.audience
    qtbot.waitUntil(lambda: audience.isVisible() and audience.body.currentWidget() is not audience.canvas)
    page = window.page(5)
    qtbot.waitUntil(lambda: page.graph is not None and bool(page.canvas.cause_scene.notes))
    yield page
    window.presenter.shutdown()


def _open_editor(page: Any) -> tuple[int, QLineEdit]:
    """Select a cause and open its text for editing (F2), as the facilitator does before typing."""
    canvas = page.canvas
    note = next(iter(canvas.cause_scene.notes.values()))
    canvas.select(note.cause_id)
    canvas.editor.start(note)
    line = canvas.findChild(QLineEdit, "causeInlineEditor")
    line.selectAll()
    return int(note.cause_id), line


def test_typing_a_cause_costs_one_write_and_at_most_one_read(window: Any, cause_page: Any, qtbot: Any) -> None:
    counter = SessionCounter(window.ctx.db)
    try:
        cause_id, line = _open_editor(cause_page)
        qtbot.wait(SETTLE_MS)  # nothing pending from opening the step or choosing the cause
        counter.reset()
        qtbot.keyClicks(line, "Ingen vuxen finns kvar efter 22")
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.wait(SETTLE_MS)
        writes, reads, statements = counter.writes, counter.reads, counter.statements
    finally:
        counter.close()
    assert crud.get(window.ctx.db, CauseRow, cause_id).text == "Ingen vuxen finns kvar efter 22"
    # Both windows show the new text, from the row the write handed back.
    assert cause_page.graph.node(cause_id).cause.text == "Ingen vuxen finns kvar efter 22"
    projected = window.presenter.audience.body.currentWidget()
    assert projected.cause_scene.graph.node(cause_id).cause.text == "Ingen vuxen finns kvar efter 22"
    assert writes == 1, f"{writes} write sessions"
    assert reads <= 1, f"{reads} read sessions"
    print(f"\none cause edit: {writes} write, {reads} read session(s), {statements} SQL statements")


def test_the_counter_sees_reads(window: Any, cause_page: Any) -> None:
    """The count can fail: reading the graph again is a read session of its own."""
    counter = SessionCounter(window.ctx.db)
    try:
        cause_page.refresh()
        assert counter.reads >= 1 and counter.writes == 0
    finally:
        counter.close()
