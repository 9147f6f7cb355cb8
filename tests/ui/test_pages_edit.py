"""Every page: create, edit, undo, redo, reopen the file, and the data is still there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from uihelpers import edit_cell, redo, reopen, undo

from samverka.core import crud
from samverka.core.collaboration_service import BRA_CRITERIA, open_collaboration


def open_step(window: Any, path: Path, step: int) -> Any:
    assert window.open_path(str(path))
    window.go_to_step(step)
    return window.page(step)


def rows(window: Any, kind: str, **filters: Any) -> list[Any]:
    return crud.list_rows(window.ctx.db, kind, **filters)


def table_roundtrip(window: Any, table: Any, kind: str, field: str, value: Any, path: Path) -> int:
    """Add a row, edit one cell, undo/redo the edit, undo/redo the add; reopen and find it."""
    before = len(rows(window, kind))
    table.add_row()
    assert len(rows(window, kind)) == before + 1
    new = table.current_row()
    assert edit_cell(table, field, value)
    assert getattr(crud.get(window.ctx.db, kind, new.id), field) == value
    undo(window)
    assert getattr(crud.get(window.ctx.db, kind, new.id), field) != value
    redo(window)
    assert getattr(crud.get(window.ctx.db, kind, new.id), field) == value
    assert getattr(table.current_row(), field) == value  # the table shows the redone value
    undo(window)
    undo(window)
    assert len(rows(window, kind)) == before
    redo(window)
    redo(window)
    assert getattr(crud.get(window.ctx.db, kind, new.id), field) == value
    reopen(window, path)
    assert getattr(crud.get(window.ctx.db, kind, new.id), field) == value
    return int(new.id)


def test_step1_parties_people_meetings(window: Any, new_file: Path) -> None:
    page = open_step(window, new_file, 1)
    table_roundtrip(window, page.orgs, "organisation", "type", "polis", new_file)
    page = window.page(1)
    table_roundtrip(window, page.people, "person", "title", "Kommunpolis", new_file)
    page = window.page(1)
    page.people.select_id(rows(window, "person")[0].id)
    table_roundtrip(window, page.memberships, "membership", "group", "styrgrupp", new_file)
    page = window.page(1)
    meeting_id = table_roundtrip(window, page.meetings, "meeting", "place", "Stadshuset", new_file)
    page = window.page(1)
    page.meetings.select_id(meeting_id)
    person_id = rows(window, "person")[0].id
    page.set_attendance(meeting_id, person_id, True)
    assert rows(window, "attendance", meeting_id=meeting_id)
    undo(window)
    assert not rows(window, "attendance", meeting_id=meeting_id)
    redo(window)
    reopen(window, new_file)
    assert rows(window, "attendance", meeting_id=meeting_id)


def test_step1_collaboration_form_typing_is_one_undo_step(window: Any, new_file: Path, qtbot: Any) -> None:
    page = open_step(window, new_file, 1)
    editor = page.collab_form.fields["lokalpolisomrade"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, "LPO Test")
    page.collab_form.flush()
    qtbot.keyClicks(editor, "stad")
    page.collab_form.flush()
    assert crud.get(window.ctx.db, "collaboration", window.ctx.db.collaboration_id()).lokalpolisomrade == \
        "LPO Teststad"
    undo(window)
    assert crud.get(window.ctx.db, "collaboration", window.ctx.db.collaboration_id()).lokalpolisomrade == ""
    assert editor.text() == ""
    redo(window)
    assert editor.text() == "LPO Teststad"


def test_step1_bad_period_refused_next_to_field(window: Any, new_file: Path, qtbot: Any) -> None:
    page = open_step(window, new_file, 1)
    form = page.collab_form
    start, end = form.fields["period_start"], form.fields["period_end"]
    start.editor.setText("2027-01-01")
    start.commit()
    end.editor.setText("2026-01-01")
    end.commit()
    assert end.error.isVisible() and "före" in end.error.text()
    assert window.message_bar.isVisible()
    row = crud.get(window.ctx.db, "collaboration", window.ctx.db.collaboration_id())
    assert row.period_end is None  # nothing half-saved
    end.editor.setText("inte ett datum")
    end.commit()
    assert "ÅÅÅÅ-MM-DD" in end.error.text()


def test_step2_observations_sources_areas_summary(window: Any, new_file: Path) -> None:
    page = open_step(window, new_file, 2)
    table_roundtrip(window, page.areas, "area", "code", "LC", new_file)
    page = window.page(2)
    table_roundtrip(window, page.sources, "data_source", "kind", "trygghetsvandring", new_file)
    page = window.page(2)
    table_roundtrip(window, page.observations, "observation", "quantity", 12.5, new_file)
    page = window.page(2)
    source = next(c for c in page.observations.model.columns if c.field == "source_id")
    assert source.option_list()[0] == (None, "(ingen – lägg till under Datakällor)")  # says where sources come from
    page = window.page(2)
    field = page.summary_form.fields["lagesbild_summary"]
    field.editor.setPlainText("Otrygghet kvällstid vid stationen.")
    field.commit()
    undo(window)
    assert field.editor.toPlainText() == ""
    redo(window)
    reopen(window, new_file)
    row = crud.get(window.ctx.db, "collaboration", window.ctx.db.collaboration_id())
    assert row.lagesbild_summary == "Otrygghet kvällstid vid stationen."


def test_step3_scores_ranking_and_focus(window: Any, new_file: Path) -> None:
    page = open_step(window, new_file, 3)
    assert page.tabs.currentWidget() is page.candidates  # nothing to score yet: opens where problems are added
    page.tabs.setCurrentWidget(page.scoring_page)
    first = table_roundtrip(window, page.candidates, "problem_candidate", "title", "Cykelstölder", new_file)
    page = window.page(3)
    page.candidates.add_row()
    second = page.candidates.current_row().id
    model = page.matrix_model
    row_of = {c.id: i for i, c in enumerate(model.candidates)}
    assert model.setData(model.index(row_of[second], 0), 3)
    assert page.ranking.model.rows[0].id == second  # the ranking follows the scores at once
    assert not model.setData(model.index(row_of[first], 0), 7)  # off the scale: refused with a reason
    assert "0–3" in window.message_bar.text()
    assert model.setData(model.index(row_of[first], 0), 2)
    assert model.setData(model.index(row_of[first], 1), 2)
    assert page.ranking.model.rows[0].id == first
    undo(window)
    assert page.ranking.model.rows[0].id == second
    redo(window)
    # choose the first candidate for focus: a problem row appears, linked to it
    rank_row = next(r for r in range(page.ranking.model.rowCount()) if page.ranking.model.rows[r].id == first)
    focus_col = next(i for i, c in enumerate(page.ranking.model.columns) if c.field == "selected")
    page.ranking.model.setData(page.ranking.model.index(rank_row, focus_col), 2, 10)  # CheckStateRole
    problems = rows(window, "problem", candidate_id=first)
    assert len(problems) == 1 and problems[0].in_focus
    undo(window)
    assert not rows(window, "problem", candidate_id=first)
    redo(window)
    assert rows(window, "problem", candidate_id=first)[0].id == problems[0].id
    reopen(window, new_file)
    assert crud.get(window.ctx.db, "problem_candidate", first).selected
    weights = rows(window, "priority_criterion")
    assert len(weights) == len(BRA_CRITERIA)


def test_step3_weight_changes_ranking(window: Any, new_file: Path) -> None:
    page = open_step(window, new_file, 3)
    criterion = rows(window, "priority_criterion")[0]
    page.criteria.select_id(criterion.id)
    assert edit_cell(page.criteria, "weight", 2.5)
    undo(window)
    assert crud.get(window.ctx.db, "priority_criterion", criterion.id).weight == 1.0
    redo(window)
    reopen(window, new_file)
    assert crud.get(window.ctx.db, "priority_criterion", criterion.id).weight == 2.5


def add_problem(window: Any) -> int:
    page = window.page(4)
    page._add_problem()
    assert window.ctx.state.problem_id is not None
    return int(window.ctx.state.problem_id)


def test_step4_six_questions_groups_evidence(window: Any, new_file: Path) -> None:
    page = open_step(window, new_file, 4)
    problem_id = add_problem(window)
    field = page.form.fields["var"]
    field.editor.setPlainText("Vid stationen")
    field.commit()
    undo(window)
    assert crud.get(window.ctx.db, "problem", problem_id).var == ""
    redo(window)
    table_roundtrip(window, page.groups, "affected_group", "women_pct", 60.0, new_file)
    page = window.page(4)
    assert not edit_cell(page.groups, "men_pct", 70.0)  # 60 % + 70 % > 100 %: refused
    crud.create(window.ctx.db, "observation", {"description": "Rån vid busshållplatsen"})
    page.refresh()
    page.evidence_choice.ensure()  # the list fills itself when first used
    page.evidence_choice.setCurrentIndex(0)
    page._link_evidence()
    assert rows(window, "problem_evidence", problem_id=problem_id)
    undo(window)
    assert not rows(window, "problem_evidence", problem_id=problem_id)
    redo(window)
    reopen(window, new_file)
    assert crud.get(window.ctx.db, "problem", problem_id).var == "Vid stationen"
    assert rows(window, "problem_evidence", problem_id=problem_id)


def test_step6_goals_with_smart(window: Any, new_file: Path) -> None:
    open_step(window, new_file, 4)
    add_problem(window)
    window.go_to_step(6)
    page = window.page(6)
    table_roundtrip(window, page.indicators, "indicator", "unit", "%", new_file)
    page = window.page(6)
    goal_id = table_roundtrip(window, page.goals, "goal", "target_value", 25.0, new_file)
    page = window.page(6)
    page.goals.select_id(goal_id)
    assert page.smart.marks[1].text() == "✗"  # no indicator yet: not measurable
    assert edit_cell(page.goals, "indicator_id", rows(window, "indicator")[0].id)
    assert edit_cell(page.goals, "baseline_value", 31.0)
    assert page.smart.marks[1].text() == "✓"
    assert edit_cell(page.goals, "target_date", dt.date(2028, 1, 1))
    assert not edit_cell(page.goals, "baseline_date", dt.date(2030, 1, 1))  # after the target: refused
    assert crud.get(window.ctx.db, "goal", goal_id).baseline_date is None


def test_step8_measures_causes_techniques(window: Any, new_file: Path) -> None:
    open_step(window, new_file, 4)
    problem_id = add_problem(window)
    cause_id, _ = crud.create(window.ctx.db, "cause", {"problem_id": problem_id, "text": "Mörk passage"})
    window.go_to_step(8)
    page = window.page(8)
    page.refresh()
    assert "Mörk passage" in page.flags.text()
    measure_id = table_roundtrip(window, page.measures, "measure", "place", "Gångtunneln", new_file)
    page = window.page(8)
    page.measures.select_id(measure_id)
    assert page.measures.model.flagged(page.measures.current_row())  # no owner yet
    page.causes.set_link(measure_id, cause_id, True)
    page.techniques.set_link(measure_id, 7, True)
    assert "Mörk passage" not in page.flags.text()
    undo(window)
    assert not rows(window, "measure_technique", measure_id=measure_id)
    redo(window)
    org_id, _ = crud.create(window.ctx.db, "organisation", {"name": "Tekniska förvaltningen"})
    page.refresh()
    page.measures.select_id(measure_id)
    assert edit_cell(page.measures, "responsible_org_id", org_id)
    assert not page.measures.model.flagged(page.measures.current_row())
    reopen(window, new_file)
    assert rows(window, "measure_cause", measure_id=measure_id)
    assert rows(window, "measure_technique", measure_id=measure_id)[0].technique_id == 7


def test_step9_promises_from_measures(window: Any, new_file: Path) -> None:
    open_step(window, new_file, 4)
    problem_id = add_problem(window)
    measure_id, _ = crud.create(window.ctx.db, "measure", {"problem_id": problem_id, "title": "Tända belysningen"})
    window.go_to_step(9)
    page = window.page(9)
    promise_id = table_roundtrip(window, page.promises, "citizen_promise", "target_group", "Pendlare", new_file)
    page = window.page(9)
    page.promises.select_id(promise_id)
    page.measure_choice.setCurrentIndex(page.measure_choice.findData(measure_id))
    page._add_from_measure()
    items = rows(window, "promise_item", promise_id=promise_id)
    assert items and items[0].wording == "Vi lovar att tända belysningen."
    undo(window)
    assert not rows(window, "promise_item", promise_id=promise_id)
    redo(window)
    field = page.form.fields["follow_up_text"]
    field.editor.setPlainText("Vi berättar på kommunens webb varje halvår.")
    field.commit()
    reopen(window, new_file)
    assert crud.get(window.ctx.db, "citizen_promise", promise_id).follow_up_text.startswith("Vi berättar")
    assert rows(window, "promise_item", promise_id=promise_id)


def test_step10_status_updates_and_reports(window: Any, new_file: Path) -> None:
    db = open_collaboration(new_file)
    measure_id, _ = crud.create(db, "measure", {"title": "Ordningsvakter"})
    db.close()
    page = open_step(window, new_file, 10)
    page.overview.select_id(measure_id)
    entry = page.status_entry
    entry.status.setCurrentIndex(entry.status.findData("pågår"))
    entry.percent.setValue(40)
    entry.comment.setText("Vakter på plats fredagar")
    assert entry.save()
    page.overview.select_id(measure_id)
    assert page.overview.current_row().percent == 40
    assert not edit_cell(page.updates, "percent_done", 140)  # outside 0–100
    undo(window)
    assert not rows(window, "status_update", measure_id=measure_id)
    redo(window)
    reopen(window, new_file)
    assert rows(window, "status_update", measure_id=measure_id)[0].note == "Vakter på plats fredagar"
    page = window.page(10)
    report_id = table_roundtrip(window, page.reports, "follow_up_report", "period", "2026", new_file)
    page = window.page(10)
    page.reports.select_id(report_id)
    field = page.report_form.fields["findings"]
    field.editor.setPlainText("Färre anmälda ofredanden.")
    field.commit()
    reopen(window, new_file)
    assert crud.get(window.ctx.db, "follow_up_report", report_id).findings == "Färre anmälda ofredanden."


def test_step2_weekdays_are_written_as_names(window: Any, new_file: Path, qtbot: Any) -> None:
    """A facilitator types "fre, lör": it is kept as the days 5 and 6 and shown as names; what cannot be read is
    refused with how to write it, the cell opens again with what was typed, and the refusal goes once a value is
    saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
    from uihelpers import column_of

    page = open_step(window, new_file, 2)
    table = page.observations
    page.tabs.setCurrentWidget(table)
    qtbot.waitUntil(table.view.isVisible)
    table.add_row()
    index = table.model.index(table.view.currentIndex().row(), column_of(table, "weekdays"))

    errors: list[str] = []
    window.ctx.bus.error_raised.connect(errors.append)

    def open_cell() -> QLineEdit:
        if table.view.state() == QAbstractItemView.State.EditingState:  # a new row opens its first cell for typing
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        table.view.setCurrentIndex(index)
        assert table.view.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.placeholderText() == "t.ex. fre, lör"
        return editor

    editor = open_cell()
    editor.setText("fre och xyz")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits queued
    qtbot.waitUntil(lambda: bool(errors))
    assert "fre, lör" in errors[-1] and "fre, lör" in window.message_bar.text()
    assert table.current_row().weekdays == ""
    # what was typed is not thrown away: the cell opens again with it, to be put right
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().text() == "fre och xyz")
    again = QApplication.focusWidget()
    again.setText("fre, lör")
    qtbot.keyClick(again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.current_row().weekdays == "56")
    assert table.model.data(index) == "fre, lör"
    assert window.message_bar.text() == ""
    # a value a rule refuses (an hour of 25) comes back to be put right too
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    index = table.model.index(index.row(), column_of(table, "hour_to"))
    table.view.setCurrentIndex(index)
    assert table.view.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
    hour = QApplication.focusWidget()
    assert isinstance(hour, QLineEdit)
    hour.setText("25")
    qtbot.keyClick(hour, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "25" in window.message_bar.text())
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit)
                    and QApplication.focusWidget().text() == "25")
    assert table.current_row().hour_to is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # Tab from a refused cell moves on (the reason stays on the message bar); Enter on an unchanged cell closes it
    index = table.model.index(index.row(), column_of(table, "weekdays"))
    table.view.setCurrentIndex(index)
    assert table.view.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)
    QApplication.focusWidget().setText("xyz")
    refusals = len(errors)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(200)
    assert len(errors) == refusals + 1  # once, not again and again
    assert table.model.columns[table.view.currentIndex().column()].field == "hour_from"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # hour_from was not changed
    qtbot.wait(200)
    assert table.view.state() != QAbstractItemView.State.EditingState and len(errors) == refusals + 1
    reopen(window, new_file)
    assert rows(window, "observation")[0].weekdays == "56"
