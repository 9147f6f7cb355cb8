"""Undo steps: one per committed edit, a typing burst in one field is one, and the menu says what a step undoes
in Swedish and English. A refused edit comes back in the result, for the field that caused it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samverka.core import crud
from samverka.dto import CauseRow, CollaborationRow, MeasureRow, ProblemRow
from samverka.errors import ValidationError


def _cause(window: Any) -> CauseRow:
    db = window.ctx.db
    problem, _ = crud.create(db, ProblemRow, title="Otrygghet vid torget")
    cause, _ = crud.create(db, CauseRow, problem_id=problem, text="Mörkt")
    return crud.get(db, CauseRow, cause)


def test_two_separate_edits_of_one_field_are_two_steps(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    cause = _cause(window)
    undo = window.ctx.undo
    assert undo.update(CauseRow, cause.id, text="Mörka hörn", expected={"text": "Mörkt"})
    assert undo.update(CauseRow, cause.id, text="Mörka hörn vid torget", expected={"text": "Mörka hörn"})
    assert undo.stack.count() == 2
    undo.stack.undo()
    assert crud.get(window.ctx.db, CauseRow, cause.id).text == "Mörka hörn"
    undo.stack.undo()
    assert crud.get(window.ctx.db, CauseRow, cause.id).text == "Mörkt"


def test_a_typing_burst_in_one_field_is_one_step(window: Any, new_file: Path, qtbot: Any) -> None:
    assert window.open_path(str(new_file))
    window.go_to_step(1)
    form = window.page(1).collab_form
    editor = form.fields["kommun"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Lund")
    form.flush()  # a pause in the typing saves ...
    qtbot.keyClicks(editor, "s kommun")
    form.flush()  # ... and saves again, in the same step
    assert window.ctx.undo.stack.count() == 1
    editor.clearFocus()  # leaving the field ends the burst
    qtbot.waitUntil(lambda: not editor.hasFocus())
    editor.setFocus()
    qtbot.keyClicks(editor, "!")
    form.flush()
    assert window.ctx.undo.stack.count() == 2
    collaboration = window.ctx.db.collaboration_id()
    assert crud.get(window.ctx.db, CollaborationRow, collaboration).kommun == "TestkommunLunds kommun!"
    window.ctx.undo.stack.undo()
    assert crud.get(window.ctx.db, CollaborationRow, collaboration).kommun == "TestkommunLunds kommun"
    window.ctx.undo.stack.undo()
    assert crud.get(window.ctx.db, CollaborationRow, collaboration).kommun == "Testkommun"


def test_the_menu_says_what_undo_undoes(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    cause = _cause(window)
    undo = window.ctx.undo
    undo.update(CauseRow, cause.id, text="Mörka hörn", expected={"text": "Mörkt"})
    assert window.menus.undo.text() == "&Ångra – Ändra orsakens text"
    measure, _ = crud.create(window.ctx.db, MeasureRow, title="LED-belysning", problem_id=cause.problem_id)
    undo.delete(MeasureRow, measure)
    assert window.menus.undo.text() == "&Ångra – Ta bort åtgärden ”LED-belysning”"
    undo.stack.undo()
    assert window.menus.redo.text() == "&Gör om – Ta bort åtgärden ”LED-belysning”"
    assert window.menus.undo.text() == "&Ångra – Ändra orsakens text"
    window.set_language("en")
    assert window.menus.undo.text() == "&Undo – Change the cause's text"
    assert window.menus.redo.text() == "&Redo – Delete the measure “LED-belysning”"


def test_undo_says_what_it_undid(window: Any, new_file: Path) -> None:
    """The field an undo changes may be out of sight (scrolled away, another tab): the message bar names it."""
    assert window.open_path(str(new_file))
    cause = _cause(window)
    window.ctx.undo.update(CauseRow, cause.id, text="Mörka hörn", expected={"text": "Mörkt"})
    window.menus.undo.trigger()
    assert window.message_bar.text() == "Ångrat: Ändra orsakens text"
    assert crud.get(window.ctx.db, CauseRow, cause.id).text == "Mörkt"
    window.menus.redo.trigger()
    assert window.message_bar.text() == "Gjort om: Ändra orsakens text"
    crud.delete_row(window.ctx.db, CauseRow, cause.id)  # gone behind the undo stack's back
    window.menus.undo.trigger()
    assert window.message_bar.level == "error" and window.message_bar.text().startswith("Kunde inte ångra")


def test_a_refusal_comes_back_in_the_result(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    cause = _cause(window)
    errors: list[str] = []
    window.ctx.bus.error_raised.connect(errors.append)
    outcome = window.ctx.undo.update(CauseRow, cause.id, text="", expected={"text": "Mörkt"})
    assert not outcome and isinstance(outcome.error, ValidationError) and outcome.error.field == "text"
    assert errors == [str(outcome.error)]
    assert window.ctx.undo.stack.count() == 0
    assert not hasattr(window.ctx.undo, "last_error")


def test_a_save_is_never_loaded_back_into_its_own_field(window: Any, new_file: Path, qtbot: Any) -> None:
    """The field that saved is the change's initiator: the page shows the saved row everywhere else, and the
    field keeps its text and cursor (a reload would put the cursor back at the start)."""
    assert window.open_path(str(new_file))
    window.go_to_step(1)
    form = window.page(1).collab_form
    editor = form.fields["background"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Skolan och polisen")
    cursor = editor.textCursor()
    cursor.setPosition(6)
    editor.setTextCursor(cursor)
    form.flush()  # the typing pause: saved
    collaboration = crud.get(window.ctx.db, CollaborationRow, window.ctx.db.collaboration_id())
    assert collaboration.background == "Skolan och polisen"
    assert form.row is not None and form.row.background == "Skolan och polisen"  # the form holds the saved row
    assert editor.textCursor().position() == 6
