"""Steps 1, 2, 3 and 6 from a blank collaboration, driven as a facilitator does: keys and mouse on real widgets,
a real file underneath (issue 12 items 5 and 10, issue 15 steps 1–3 and 6, the årshjul)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from uihelpers import column_of, edit_cell, redo, undo

from samverka.core import crud
from samverka.dto import (
    CalendarEventRow,
    CollaborationRow,
    GoalRow,
    IndicatorRow,
    LagesbildContributionRow,
    MembershipRow,
    PersonRow,
    PriorityCriterionRow,
    ProblemCandidateRow,
    SignatoryRow,
)
from samverka.workflow.missing import Missing
from samverka.workflow.progress import evaluate


def open_step(window: Any, path: Path, step: int) -> Any:
    assert window.open_path(str(path))
    window.activateWindow()
    window.go_to_step(step)
    return window.page(step)


def missing_of(window: Any, step: int) -> list[Missing]:
    return next(s for s in evaluate(window.ctx.db) if s.step.number == step).missing


def type_text(widget: Any, text: str) -> None:
    """Type as a keyboard does, Swedish letters included (QTest's keyClicks takes ASCII only): one key press and
    release per character, with the character as the event's text."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for char in text:
        key = ord(char.upper()) if char.isalpha() else (Qt.Key.Key_Space if char == " " else ord(char))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def space_on(qtbot: Any, table: Any, row: int, field: str) -> None:
    """Tick or untick a check cell the way a keyboard user does: the cell current, then Space."""
    index = table.model.index(row, column_of(table, field))
    table.view.setCurrentIndex(index)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Space)


def add_parties(window: Any, page: Any) -> tuple[int, int]:
    page.tabs.setCurrentWidget(page.orgs)
    ids = []
    for name, kind in (("Testkommun", "kommun"), ("LPO Test", "polis")):
        page.orgs.add_row()
        assert edit_cell(page.orgs, "name", name) and edit_cell(page.orgs, "type", kind)
        ids.append(page.orgs.current_row().id)
    return ids[0], ids[1]


def add_person(page: Any, name: str, title: str, org: int) -> int:
    page.people.add_row()
    assert edit_cell(page.people, "name", name) and edit_cell(page.people, "title", title)
    assert edit_cell(page.people, "organisation_id", org)
    return int(page.people.current_row().id)


# step 1 ---------------------------------------------------------------------------------------------
def test_undertecknar_in_step1_makes_the_signatory_of_the_draft(window: Any, new_file: Path, qtbot: Any) -> None:
    page = open_step(window, new_file, 1)
    kommun, polis = add_parties(window, page)
    page.tabs.setCurrentIndex(2)
    kso = add_person(page, "Anna Ek", "Kommunstyrelsens ordförande", kommun)
    lpo = add_person(page, "Per Berg", "Lokalpolisområdeschef", polis)
    window.go_to_step(7)  # the draft exists before anyone is ticked
    assert window.page(7).signatories.model.rowCount() == 0
    window.go_to_step(1)
    for person in (kso, lpo):
        space_on(qtbot, page.people, page.people.model.row_of(person), "is_signatory")
    assert all(crud.get(window.ctx.db, PersonRow, p).is_signatory for p in (kso, lpo))
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    agreement = window.page(7)
    rows = agreement.signatories.model.rows
    assert [(r.name, r.title, r.organisation) for r in rows] == [
        ("Anna Ek", "Kommunstyrelsens ordförande", "Testkommun"), ("Per Berg", "Lokalpolisområdeschef", "LPO Test")]
    assert not any("undertecknare" in str(m).lower() for m in missing_of(window, 1))
    # A title changed in step 1 follows; unticking removes the person from the draft.
    window.go_to_step(1)
    page.people.select_id(kso)
    assert edit_cell(page.people, "title", "KSO")
    space_on(qtbot, page.people, page.people.model.row_of(lpo), "is_signatory")
    window.go_to_step(7)
    assert [(r.name, r.title) for r in agreement.signatories.model.rows] == [("Anna Ek", "KSO")]
    undo(window)  # the untick is undone: Per Berg signs again
    agreement.refresh()
    assert [r.name for r in crud.list_rows(window.ctx.db, SignatoryRow)] == ["Anna Ek", "Per Berg"]


def test_step1_roles_and_where_each_missing_item_is_fixed(window: Any, new_file: Path) -> None:
    page = open_step(window, new_file, 1)
    found = missing_of(window, 1)
    assert any(m.field == "role" for m in found) and any(m.field == "is_signatory" for m in found)
    for item in found:  # every item names a place on this page, and the keyboard lands there
        assert page.focus_missing(item), item
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), item
    period = next(m for m in found if m.field == "period_start")
    page.focus_missing(period)
    QApplication.processEvents()
    assert QApplication.focusWidget() is page.collab_form.fields["period_start"].editor
    kommun, _polis = add_parties(window, page)
    page.tabs.setCurrentIndex(2)
    person = add_person(page, "Sara Lind", "Brottsförebyggande samordnare", kommun)
    role = next(m for m in missing_of(window, 1) if m.field == "role")
    page.focus_missing(role)
    assert page.tabs.currentIndex() == 3
    page.memberships.add_row()
    assert edit_cell(page.memberships, "role", "samordningsfunktion")
    membership = crud.list_rows(window.ctx.db, MembershipRow)[0]
    assert (membership.person_id, membership.role) == (person, "samordningsfunktion")
    assert not any("samordningsfunktion" in m.sv for m in missing_of(window, 1))


def test_the_year_wheel_standard_year_drag_and_the_room(window: Any, new_file: Path, qtbot: Any) -> None:
    page = open_step(window, new_file, 1)
    tab = page.wheel
    page.tabs.setCurrentWidget(page.wheel_tab)  # the tab that holds it (built when first opened)
    click(qtbot, tab.standard_button)
    events = crud.list_rows(window.ctx.db, CalendarEventRow)
    assert len(events) == 8 and tab.events.model.rowCount() == 8
    # The room sees the wheel while an event is selected.
    selection = window.ctx.state.selection
    assert selection is not None and selection.kind is CalendarEventRow
    from samverka.core.projection import View, build_slide

    assert build_slide(window.ctx.db, View(1, selection.key())).kind == "wheel"
    # Drag the survey's marker from mid-August to the top of the wheel (1 January).
    survey = next(e for e in events if e.title.startswith("Trygghetsmätningen skickas"))
    wheel = tab.wheel
    wheel.repaint()
    start = wheel._centres[survey.id].toPoint()
    top = QPoint(round(wheel.wheel_rect().center().x()), round(wheel.wheel_rect().top()) + 40)
    qtbot.mousePress(wheel, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(wheel, pos=QPoint(start.x() + 5, start.y() - 5))
    qtbot.mouseMove(wheel, pos=top)
    qtbot.mouseRelease(wheel, Qt.MouseButton.LeftButton, pos=top)
    moved = crud.get(window.ctx.db, CalendarEventRow, survey.id)
    assert (moved.month, moved.day) == (1, 1)
    undo(window)
    assert (crud.get(window.ctx.db, CalendarEventRow, survey.id).month, survey.day) == (8, 15)
    # A dated range moves its month and day with its start date; the table edit is one undo step.
    tab.events.select_id(survey.id)
    assert edit_cell(tab.events, "start_date", dt.date(2026, 9, 1))
    assert (crud.get(window.ctx.db, CalendarEventRow, survey.id).month, 1) == (9, 1)
    undo(window)
    assert crud.get(window.ctx.db, CalendarEventRow, survey.id).month == 8
    # Leaving the tab gives the room the parties again; undoing the standard year removes it whole.
    page.tabs.setCurrentIndex(1)
    assert window.ctx.state.selection is None
    undo(window)
    assert crud.list_rows(window.ctx.db, CalendarEventRow) == []
    redo(window)
    assert len(crud.list_rows(window.ctx.db, CalendarEventRow)) == 8


# step 2 ---------------------------------------------------------------------------------------------
def test_step2_each_party_writes_its_own_picture_and_the_laws_parts(window: Any, new_file: Path,
                                                                    qtbot: Any) -> None:
    page = open_step(window, new_file, 1)
    _kommun, polis = add_parties(window, page)
    page = window.page(2)
    window.go_to_step(2)
    assert page.tabs.currentWidget() is page.contributions_page
    assert "Saknar eget bidrag: Testkommun, LPO Test" in page.contributions_hint.text()
    party = next(m for m in missing_of(window, 2) if m.entity == "organisation" and m.entity_id == polis)
    assert page.focus_missing(party)
    QApplication.processEvents()
    assert QApplication.focusWidget() is page.contributions.add_button
    qtbot.keyClick(page.contributions.add_button, Qt.Key.Key_Space)  # Add, for the party the item named
    row = page.contributions.current_row()
    assert row is not None and row.organisation_id == polis
    text = page.contribution_form.fields["text"].editor
    text.setFocus()
    qtbot.keyClicks(text, "38 misshandelsbrott utomhus kring stationen")
    sources = page.contribution_form.fields["sources"].editor
    sources.setFocus()  # leaving the text saves it
    type_text(sources, "Anmälda brott 2025")
    page.contribution_form.flush()
    saved = crud.get(window.ctx.db, LagesbildContributionRow, row.id)
    assert (saved.text, saved.sources) == ("38 misshandelsbrott utomhus kring stationen", "Anmälda brott 2025")
    assert "Saknar eget bidrag: Testkommun." in page.contributions_hint.text()
    # The law's four parts and the summary, each where the missing item points.
    parts = [m for m in missing_of(window, 2) if m.entity == "collaboration"]
    assert {m.field for m in parts} == {"lagesbild_extent", "lagesbild_consequences", "lagesbild_other",
                                        "lagesbild_analysis", "lagesbild_summary"}
    for item in parts:
        assert page.focus_missing(item)
        QApplication.processEvents()
        editor = QApplication.focusWidget()
        assert editor is page.parts_form.fields[item.field].editor
        type_text(editor, f"Text för {item.field}")
        page.parts_form.flush()
    collaboration = crud.get(window.ctx.db, CollaborationRow, window.ctx.db.collaboration_id())
    assert collaboration.lagesbild_analysis == "Text för lagesbild_analysis"
    assert [m.entity for m in missing_of(window, 2)] == ["organisation"]  # only the kommun's own picture is left


# step 3 ---------------------------------------------------------------------------------------------
def test_step3_filters_pass_or_fail_and_the_rationale(window: Any, new_file: Path, qtbot: Any) -> None:
    page = open_step(window, new_file, 3)
    page.tabs.setCurrentWidget(page.candidates)
    for title in ("Otrygghet vid stationen", "Cykelstölder"):
        page.candidates.add_row()
        assert edit_cell(page.candidates, "title", title)
    page.tabs.setCurrentWidget(page.scoring_page)
    model = page.matrix_model
    criteria = model.criteria
    scored = next(i for i, c in enumerate(criteria) if not c.is_filter)
    resources = next(i for i, c in enumerate(criteria) if c.is_filter)
    station = next(i for i, c in enumerate(model.candidates) if c.title.startswith("Otrygghet"))
    bikes = 1 - station

    def type_into(row: int, column: int, text: str) -> None:
        page.matrix.setCurrentIndex(model.index(row, column))
        page.matrix.setFocus()
        qtbot.keyClicks(page.matrix, text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        QApplication.processEvents()

    type_into(station, scored, "3")
    type_into(station, resources, "n")  # no resources: a filter, failed
    type_into(bikes, scored, "1")
    type_into(bikes, resources, "j")
    assert model.data(model.index(station, resources)) == "Nej"
    total = model.index(station, len(criteria))
    assert model.data(total) == "3,0"  # the filter is never added
    ranked = page.ranking.model.rows
    assert [r.title for r in ranked] == ["Cykelstölder", "Otrygghet vid stationen"]
    resources_name = criteria[resources].name
    assert ranked[1].filters == f"Klarar inte: {resources_name}"
    # The projector ranks the same way.
    from samverka.core.projection import View, build_slide

    slide = build_slide(window.ctx.db, View(3))
    assert [e.key[1] for e in slide.entries if e.key] == [r.id for r in ranked]
    # Choose the station anyway: the rules ask for a rationale and name the failed filter.
    focus_col = column_of(page.ranking, "selected")
    page.ranking.view.setCurrentIndex(page.ranking.model.index(1, focus_col))
    page.ranking.view.setFocus()
    qtbot.keyClick(page.ranking.view, Qt.Key.Key_Space)
    found = missing_of(window, 3)
    assert any(m.field == "rationale" for m in found)
    assert any(resources_name in m.sv and "klarar inte" in m.sv for m in found)
    rationale = next(m for m in found if m.field == "rationale")
    assert page.focus_missing(rationale)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert editor is page.choice_form.fields["rationale"].editor
    type_text(editor, "Störst otrygghet enligt lägesbilden")
    page.choice_form.flush()
    candidate = crud.get(window.ctx.db, ProblemCandidateRow, ranked[1].id)
    assert candidate.rationale == "Störst otrygghet enligt lägesbilden"
    filter_item = next(m for m in missing_of(window, 3) if m.entity == "priority_score")
    assert page.focus_missing(filter_item)
    assert page.matrix.currentIndex().column() == resources
    assert crud.get(window.ctx.db, PriorityCriterionRow, criteria[resources].id).is_filter


# step 6 ---------------------------------------------------------------------------------------------
def test_step6_vague_verbs_indicator_from_the_goal_and_strategic_subgoals(window: Any, new_file: Path,
                                                                         qtbot: Any, monkeypatch: Any) -> None:
    db_page = open_step(window, new_file, 3)
    db_page.candidates.add_row()
    assert edit_cell(db_page.candidates, "title", "Otrygghet vid stationen")
    from samverka.ui.steps.focus import set_focus

    assert set_focus(window.ctx, db_page.candidates.current_row().id, True)
    window.go_to_step(6)
    page = window.page(6)
    click(qtbot, page.goals.add_button)
    QApplication.processEvents()
    goal = page.goals.current_row()
    text = page.goal_form.fields["text"].editor
    text.setFocus()
    type_text(text, "Vi ska verka för ökad trygghet")
    assert page.vague.isVisible()
    assert "”verka för”" in page.vague.text() and "hur mycket" in page.vague.text()  # the suggestion
    text.selectAll()
    type_text(text, "Andelen otrygga ska minska från 31 % till 25 % till 2028")
    assert page.vague.text() == ""
    page.goal_form.flush()
    # The indicator list says where indicators are made, and offers to make one for this goal.
    options = page.goals.model.columns[column_of(page.goals, "indicator_id")].option_list()
    assert options[0][1].startswith("(ingen – gör en under Indikatorer") and options[-1][1].endswith("Ny indikator…")
    monkeypatch.setattr(type(page), "ask_indicator_name", lambda self, g: "Andel otrygga, Lund C")
    page.goals.select_id(goal.id)
    assert edit_cell(page.goals, "indicator_id", options[-1][0])  # "Ny indikator…" chosen in the cell
    linked = crud.get(window.ctx.db, GoalRow, goal.id).indicator_id
    assert linked is not None and crud.get(window.ctx.db, IndicatorRow, linked).name == "Andel otrygga, Lund C"
    assert page.goal_form.fields["indicator_id"].editor.currentText() == "Andel otrygga, Lund C"
    undo(window)
    assert crud.get(window.ctx.db, GoalRow, goal.id).indicator_id is None
    assert crud.list_rows(window.ctx.db, IndicatorRow) == []
    click(qtbot, page.new_indicator_button)  # the button beside the goal does the same
    assert crud.get(window.ctx.db, GoalRow, goal.id).indicator_id is not None
    # A missing baseline points at the goal's cell.
    baseline = next(m for m in missing_of(window, 6) if m.field == "baseline_value")
    assert page.focus_missing(baseline)
    assert page.goals.view.currentIndex().column() == column_of(page.goals, "baseline_value")
    # Strategic sub-goals belong to the whole collaboration.
    page.tabs.setCurrentWidget(page.strategic_tab)
    click(qtbot, page.strategic.add_button)
    QApplication.processEvents()
    editor = page.strategic_form.fields["text"].editor
    editor.setFocus()
    type_text(editor, "Stärka samverkan")
    assert "”Stärka”" in page.strategic_vague.text()
    page.strategic_form.flush()
    strategic = [g for g in crud.list_rows(window.ctx.db, GoalRow) if g.problem_id is None]
    assert [(g.type, g.text) for g in strategic] == [("strategiskt", "Stärka samverkan")]
    from samverka.core.documents import agreement_document

    assert agreement_document(window.ctx.db).sub_goals == ("Stärka samverkan",)
