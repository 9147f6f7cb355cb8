"""Tables behave like a spreadsheet, driven with real key events: Tab and Shift+Tab commit the cell and open the
next (or previous) one, wrapping to the next row; Enter commits; Esc cancels; what is typed after Tab goes into
the next cell and never over the one just edited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from samverka.core import crud
from samverka.dto import PersonRow


def _people(window: Any, new_file: Path, qtbot: Any) -> Any:
    assert window.open_path(str(new_file))
    window.go_to_step(1)
    page = window.page(1)
    page.tabs.setCurrentWidget(page.people)
    qtbot.waitExposed(window)
    window.activateWindow()
    return page.people


def _column(table: Any, field: str) -> int:
    return next(i for i, c in enumerate(table.model.columns) if c.field == field)


def _editor(table: Any) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.view.isAncestorOf(editor), "no cell editor is open"
    return editor


def _type(qtbot: Any, table: Any, text: str) -> None:
    editor = _editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _person(window: Any, person_id: int) -> PersonRow:
    return crud.get(window.ctx.db, PersonRow, person_id)


def test_tab_commits_and_opens_the_next_cell(window: Any, new_file: Path, qtbot: Any) -> None:
    table = _people(window, new_file, qtbot)
    table.add_row()  # opens the first cell (the name) for typing
    person = table.current_row().id
    _type(qtbot, table, "Anna Lindqvist")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)
    assert _person(window, person).name == "Anna Lindqvist"
    assert table.view.currentIndex().column() == _column(table, "title")
    # What is typed now goes into the title, not over the name (QTest types ASCII only).
    qtbot.keyClicks(_editor(table), "Kommunstyrelsens ordforande")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)
    saved = _person(window, person)
    assert (saved.name, saved.title) == ("Anna Lindqvist", "Kommunstyrelsens ordforande")
    assert table.view.currentIndex().column() == _column(table, "organisation_id")
    # Shift+Tab goes back to the title, committing nothing new.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.view.currentIndex().column() == _column(table, "title")
    assert _editor(table).text() == "Kommunstyrelsens ordforande"
    # Esc cancels what was typed; the stored title stays.
    _type(qtbot, table, "Fel titel")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Escape)
    assert _person(window, person).title == "Kommunstyrelsens ordforande"
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    # Enter commits and closes the editor.
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    _type(qtbot, table, "KSO")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _person(window, person).title == "KSO")  # Qt commits on Enter from the event loop
    assert table.view.currentIndex().column() == _column(table, "title")


def test_tab_wraps_to_the_next_row_and_back(window: Any, new_file: Path, qtbot: Any) -> None:
    table = _people(window, new_file, qtbot)
    table.add_row()
    first = table.current_row().id
    qtbot.keyClick(_editor(table), Qt.Key.Key_Escape)
    table.add_row()
    second = table.current_row().id
    qtbot.keyClick(_editor(table), Qt.Key.Key_Escape)
    last = _column(table, "phone")  # the last cell with text; the tick box after it is a cell too
    row = table.model.row_of(first)
    table.view.setCurrentIndex(table.model.index(row, last))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    _type(qtbot, table, "046-35 50 00")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)  # to the tick box "Undertecknar"
    assert table.view.currentIndex().column() == _column(table, "is_signatory")
    qtbot.keyClick(table.view, Qt.Key.Key_Tab)  # past the end of the row: the next row's first cell
    assert table.view.currentIndex() == table.model.index(table.model.row_of(second), 0)
    qtbot.keyClicks(table.view, "J")  # typing on a cell opens it and replaces its text, as in a spreadsheet
    qtbot.keyClicks(_editor(table), "ohan")
    qtbot.keyClick(_editor(table), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.view.currentIndex() == table.model.index(row, _column(table, "is_signatory"))
    assert _person(window, first).phone == "046-35 50 00"
    assert _person(window, second).name == "Johan"


def test_scores_are_typed_cell_after_cell(window: Any, new_file: Path, qtbot: Any) -> None:
    """The step 3 matrix: a digit, Tab, the next digit; the weighted total column is skipped."""
    from samverka.dto import PriorityCriterionRow, PriorityScoreRow, ProblemCandidateRow

    assert window.open_path(str(new_file))
    db = window.ctx.db
    for title in ("Cykelstölder", "Klotter"):
        crud.create(db, ProblemCandidateRow, title=title)
    window.go_to_step(3)
    qtbot.waitExposed(window)
    window.activateWindow()
    page = window.page(3)
    matrix, model = page.matrix, page.matrix_model
    criteria = len(model.criteria)
    assert criteria >= 2 and model.rowCount() == 2
    matrix.setFocus()
    matrix.setCurrentIndex(model.index(0, criteria - 1))  # the last criterion of the first candidate: it opens
    qtbot.keyClicks(_score_editor(matrix), "2")
    qtbot.keyClick(_score_editor(matrix), Qt.Key.Key_Tab)
    assert matrix.currentIndex() == model.index(1, 0)  # past the total column, to the next candidate
    qtbot.keyClicks(_score_editor(matrix), "3")
    qtbot.keyClick(_score_editor(matrix), Qt.Key.Key_Tab)
    assert matrix.currentIndex() == model.index(1, 1)
    scores = {(s.candidate_id, s.criterion_id): s.score for s in crud.list_rows(db, PriorityScoreRow)}
    first, second = (c.id for c in model.candidates)
    last, first_criterion = model.criteria[-1].id, model.criteria[0].id
    assert scores == {(first, last): 2, (second, first_criterion): 3}
    assert {c.id for c in crud.list_rows(db, PriorityCriterionRow)} >= {last, first_criterion}


def _score_editor(matrix: Any) -> QLineEdit:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and matrix.isAncestorOf(editor), "no score editor is open"
    return editor


def test_a_repaint_does_not_take_back_what_is_being_typed(window: Any, new_file: Path, qtbot: Any) -> None:
    """A language switch or another window's edit repaints the table; the cell being typed in keeps its text."""
    table = _people(window, new_file, qtbot)
    table.add_row()
    person = table.current_row().id
    _type(qtbot, table, "Sara Nilsson")
    table.model.repaint_all()  # what a language change or a change elsewhere does to the shown rows
    assert _editor(table).text() == "Sara Nilsson"
    qtbot.keyClick(_editor(table), Qt.Key.Key_Tab)
    assert _person(window, person).name == "Sara Nilsson"
