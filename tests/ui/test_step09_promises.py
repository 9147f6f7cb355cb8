"""Step 9 as the facilitator uses it: a promise built from a measure in whole Swedish, its lines made complete
(who, how many, report back), the citizen dialogue, renewal as a new version, and "what is missing" hand-over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from uihelpers import edit_cell, redo, reopen, undo

from samverka.core import crud
from samverka.core import promise_service as ps
from samverka.core.collaboration_service import open_collaboration
from samverka.workflow.progress import evaluate


def _prepare(path: Path) -> tuple[int, int]:
    db = open_collaboration(path)
    org, _ = crud.create(db, "organisation", {"name": "Kultur- och fritidsförvaltningen", "type": "förvaltning"})
    problem, _ = crud.create(db, "problem", {"title": "Unga samlas vid stationen", "in_focus": True})
    measure, _ = crud.create(db, "measure", {"problem_id": problem, "title": "Fritidsgården öppen fredagar till kl. 23",
                                             "responsible_org_id": org, "place": "Fritidsgården Centrum",
                                             "frequency": "Fredagar kl. 19–23", "is_citizen_promise": True})
    db.close()
    return org, measure


def _missing_of_step_9(window: Any) -> list[Any]:
    return next(list(s.missing) for s in evaluate(window.ctx.db) if s.step.number == 9)


def test_a_promise_from_a_measure_made_complete(window: Any, new_file: Path, qtbot: Any) -> None:
    org, measure = _prepare(new_file)
    assert window.open_path(str(new_file))
    window.go_to_step(9)
    page = window.page(9)
    qtbot.mouseClick(page.promises.add_button, Qt.MouseButton.LeftButton)
    promise = page.promises.current_row()
    assert promise is not None
    page.measure_choice.setCurrentIndex(page.measure_choice.findData(measure))
    qtbot.mouseClick(page.from_measure, Qt.MouseButton.LeftButton)
    item = page.items.current_row()
    assert item.wording == "Kommunen lovar att fritidsgården ska vara öppen fredagar till kl. 23."
    assert (item.responsible_org_id, item.place, item.when_text) == (org, "Fritidsgården Centrum",
                                                                     "Fredagar kl. 19–23")
    gaps = {m.field for m in _missing_of_step_9(window)}
    assert {"activity_count", "report_back_date", "dialogue_basis", "period_start"} <= gaps

    # The facilitator edits the wording and fills the line like a spreadsheet.
    assert edit_cell(page.items, "wording", "Kommunen lovar att fritidsgården är öppen fredagar till kl. 23.")
    assert edit_cell(page.items, "activity_count", 40)
    assert edit_cell(page.items, "activity_unit", "fredagar")
    assert edit_cell(page.items, "report_back_date", dt.date(2026, 12, 15))
    assert not edit_cell(page.items, "activity_count", -3)  # refused: a count is never negative
    page.promises.select_id(promise.id)
    assert edit_cell(page.promises, "period_start", dt.date(2026, 4, 1))
    assert edit_cell(page.promises, "period_end", dt.date(2027, 3, 31))
    dialogue = page.form.fields["dialogue_basis"].editor
    dialogue.setFocus()
    dialogue.insertPlainText("Dialog med unga på fritidsgården i februari 2026.")
    page.form.fields["dialogue_basis"].commit()
    assert _missing_of_step_9(window) == []

    # "Föreslå formulering" writes the generated sentence again, for all parties when they all keep it.
    assert edit_cell(page.items, "all_parties", True)
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert page.items.current_row().wording == (
        "Tillsammans lovar vi att fritidsgården ska vara öppen fredagar till kl. 23.")
    undo(window)
    assert page.items.current_row().wording.startswith("Kommunen lovar att fritidsgården är öppen")
    redo(window)
    reopen(window, new_file)
    saved = crud.list_rows(window.ctx.db, "promise_item", promise_id=promise.id)[0]
    assert (saved.activity_count, saved.activity_unit, saved.all_parties) == (40, "fredagar", True)


def test_renewal_is_a_new_version(window: Any, new_file: Path, qtbot: Any) -> None:
    org, measure = _prepare(new_file)
    db = open_collaboration(new_file)
    promise, _ = crud.create(db, "citizen_promise", {"title": "Tryggare fredagar", "period_start": dt.date(2026, 4, 1),
                                                     "period_end": dt.date(2027, 3, 31), "dialogue_basis": "Dialog"})
    crud.create(db, "promise_item", {"promise_id": promise, "wording": "Vi lovar att det blir ordningsvakter.",
                                     "responsible_org_id": org, "activity_count": 26, "activity_unit": "kvällar",
                                     "report_back_date": dt.date(2026, 10, 1)})
    db.close()
    assert window.open_path(str(new_file))
    window.go_to_step(9)
    page = window.page(9)
    page.promises.select_id(promise)
    asked: list[Any] = []

    def answer(_parent: Any, row: Any) -> tuple[dt.date, dt.date, dt.date]:
        asked.append(row)
        return dt.date(2027, 4, 1), dt.date(2028, 3, 31), dt.date(2027, 10, 1)

    page.ask_renewal = answer
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].id == promise
    chain = ps.versions(window.ctx.db, promise)
    assert [p.version for p in chain] == [1, 2]
    new = chain[-1]
    assert page.promises.current_row().id == new.id  # the table shows the version in force
    lines = crud.list_rows(window.ctx.db, "promise_item", promise_id=new.id)
    assert [(i.activity_count, i.report_back_date) for i in lines] == [(26, dt.date(2027, 10, 1))]
    assert [p.id for p in page.promises.model.rows] == [new.id]  # older versions are hidden until asked for
    page.old_versions.setChecked(True)
    assert {p.id for p in page.promises.model.rows} == {promise, new.id}
    undo(window)
    assert [p.version for p in ps.versions(window.ctx.db, promise)] == [1]


def test_renew_dialog_defaults_to_the_next_twelve_months(qtbot: Any, new_file: Path) -> None:
    from samverka.ui.steps.step09_promises import RenewDialog

    db = open_collaboration(new_file)
    promise_id, _ = crud.create(db, "citizen_promise", {"title": "Löfte", "period_start": dt.date(2026, 4, 1),
                                                        "period_end": dt.date(2027, 3, 31)})
    promise = crud.get(db, "citizen_promise", promise_id)
    db.close()
    dialog = RenewDialog(promise)
    qtbot.addWidget(dialog)
    assert (dialog.start.text(), dialog.end.text()) == ("2027-04-01", "2028-03-31")
    dialog.end.setText("2027-01-01")
    dialog.accept()
    assert dialog.answer is None and dialog.error.text()


def test_focus_missing_selects_the_line_and_cell(window: Any, new_file: Path) -> None:
    _prepare(new_file)
    db = open_collaboration(new_file)
    promise, _ = crud.create(db, "citizen_promise", {"title": "Tryggare fredagar"})
    line, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Vi lovar att lyssna."})
    db.close()
    assert window.open_path(str(new_file))
    window.go_to_step(9)
    page = window.page(9)
    gaps = _missing_of_step_9(window)
    count = next(m for m in gaps if m.field == "activity_count")
    assert page.focus_missing(count)
    index = page.items.view.currentIndex()
    assert page.items.model.row_at(index.row()).id == line
    assert page.items.model.columns[index.column()].field == "activity_count" and page.items.view.hasFocus()
    dialogue = next(m for m in gaps if m.field == "dialogue_basis")
    assert page.focus_missing(dialogue) and page.form.fields["dialogue_basis"].editor.hasFocus()
