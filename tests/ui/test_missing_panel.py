""""Det här saknas": capped and foldable, each item once, never pushing steps out of the list, and a click takes
the facilitator to where the item is fixed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverka.core import crud
from samverka.dto import CauseRow, ProblemRow
from samverka.ui.widgets.missing_panel import VISIBLE_ROWS, Entry, fold
from samverka.workflow.missing import missing


def _nine_causes(path: Path) -> int:
    """A problem in focus with nine causes, none of them addressed by a measure."""
    from samverka.core.collaboration_service import open_collaboration

    db = open_collaboration(str(path))
    try:
        problem_id, _ = crud.create(db, ProblemRow, title="Otrygghet vid stationen", in_focus=True)
        for i in range(9):
            crud.create(db, CauseRow, problem_id=problem_id, text=f"Orsak nummer {i + 1} med en lite längre text")
    finally:
        db.close()
    return problem_id


def _texts(panel: Any) -> list[str]:
    return [line.text() for line in panel.lines] + [group.summary.text() for group in panel.groups]


def test_fold_groups_repeats_of_one_kind_only() -> None:
    causes = [Entry(missing("atgardsplan", f"Orsaken 'o{i}' åtgärdas inte", f"c{i}", entity="cause", entity_id=i),
                    True) for i in range(4)]
    single = Entry(missing("atgardsplan", "Planen är inte beslutad", "x", entity="action_plan", field="status"), False)
    step_wide = [Entry(missing("atgardsplan", f"Allmänt {i}", "g"), False) for i in range(3)]
    groups = fold([single, *causes, *step_wide])
    assert [len(g) for g in groups] == [1, 4, 1, 1, 1]  # remarks without a table are never folded


def test_each_cause_is_listed_once_and_all_steps_stay_in_view(window: Any, new_file: Path, qtbot: Any) -> None:
    _nine_causes(new_file)
    assert window.open_path(str(new_file))
    window.go_to_step(8)
    panel = window.navigator.missing
    texts = _texts(panel)
    for i in range(1, 10):
        # once as a line of its own (inside the folded group); the group's own line names only the first
        assert sum(f"Orsak nummer {i} " in text for text in texts) == (2 if i == 1 else 1), i
    [group] = panel.groups
    assert len(group.lines) == 9 and not group.is_expanded()
    assert "och 8 till" in group.summary.text()
    # The step list shows all ten steps, whatever the missing list holds.
    steps = window.navigator.list
    for row in range(10):
        assert steps.viewport().rect().contains(steps.visualItemRect(steps.item(row))), row
    line = panel.fontMetrics().lineSpacing()
    cap = VISIBLE_ROWS * (line + 4) + 2 * panel.list_area.frameWidth()
    # Opening the group grows the list up to its cap, then it scrolls; the steps above never move.
    where = steps.geometry()
    qtbot.mouseClick(group.summary, Qt.MouseButton.LeftButton)
    assert group.is_expanded()
    qtbot.waitUntil(lambda: panel.list_area.height() == cap)
    assert panel.list_area.verticalScrollBar().maximum() > 0
    assert steps.geometry() == where
    # Every line wraps instead of being cut: its whole text fits its width.
    for item in panel.lines[:3]:
        qtbot.waitUntil(lambda i=item: i.heightForWidth(i.width()) <= i.height() + 1)
        assert item.height() > 2 * item.fontMetrics().lineSpacing()  # a long text takes several lines


def test_folding_is_remembered(window: Any, new_file: Path, qtbot: Any) -> None:
    from samverka.ui.settings import Settings

    assert window.open_path(str(new_file))
    panel = window.navigator.missing
    assert panel.is_open() and panel.list_area.isVisible()
    qtbot.mouseClick(panel.header, Qt.MouseButton.LeftButton)
    assert not panel.is_open() and not panel.list_area.isVisible()
    assert Settings().missing_open is False
    assert "(" in panel.header.text()  # the count still shows on the folded header


def test_a_click_goes_where_the_item_is_fixed(window: Any, new_file: Path, qtbot: Any) -> None:
    problem_id = _nine_causes(new_file)
    assert window.open_path(str(new_file))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.go_to_step(4)
    panel = window.navigator.missing
    line = next(item for item in panel.lines if "”Var”" in item.text())
    panel.list_area.ensureWidgetVisible(line)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    page = window.pages[4]
    assert window.ctx.state.step == 4 and window.ctx.state.problem_id == problem_id
    assert QApplication.focusWidget() is page.form.fields["var"].editor  # step 4's own focus_missing
    # Step 8's advice names the causes no measure acts on; step 5 lists them on its own page, not here again.
    window.go_to_step(8)
    advice = next(m for m in window.navigator.current_progress().advice if m.entity == "cause")
    window.go_to_step(5)
    assert not any(m.entity == "cause" for m in window.navigator.current_progress().advice)
    window.show_missing(advice)
    assert window.ctx.state.step == 8


def test_a_page_without_focus_missing_gets_the_row_selected(window: Any, new_file: Path, qtbot: Any) -> None:
    from samverka.dto import OrganisationRow
    from samverka.ui.state import Selection

    assert window.open_path(str(new_file))
    db = window.ctx.db
    first, _ = crud.create(db, OrganisationRow, name="Växjö kommun", type="kommun")
    second, _ = crud.create(db, OrganisationRow, name="Polisen", type="polis")
    window.go_to_step(1)
    page = window.pages[1]
    page.refresh()
    if hasattr(page, "focus_missing"):
        return  # the page has its own way; its owner tests it
    window.show_missing(missing("samverkan", "Organisationen saknar något", "x", entity="organisation",
                                entity_id=second))
    assert window.ctx.state.selection == Selection(OrganisationRow, second)
    assert first != second


def test_a_page_with_its_own_missing_list_is_not_repeated(window: Any, new_file: Path) -> None:
    """Step 7 lists what the lock needs with its own links; the navigator points there and lists only the rest
    (the lock itself), and its count is what the two lists hold."""
    assert window.open_path(str(new_file))
    window.go_to_step(7)
    panel = window.navigator.missing
    page = window.pages[7]
    progress = window.navigator.current_progress()
    assert "Sidan visar" in panel.text()
    assert [line.missing.field for line in panel.lines] == ["status"]  # "not locked": not on the page's list
    assert all(str(line.missing) not in page.missing.item(i).text()
               for line in panel.lines for i in range(page.missing.count()))
    assert f"({len(progress.missing)})" in panel.header.text()
    window.go_to_step(6)
    assert panel.lines and "Sidan visar" not in panel.text()


def test_a_page_with_nothing_missing_is_not_contradicted(window: Any, new_file: Path) -> None:
    """Once the lock has all it needs, the page says "Inget"; the navigator then names what is left (the lock or
    the signatures) as an item of its own, never as something the page shows."""
    from samverka.ui.widgets.navigator import StepProgress
    from samverka.workflow.missing import missing

    assert window.open_path(str(new_file))
    window.go_to_step(7)
    waiting = missing("overenskommelse", "Överenskommelsen väntar på underskrift av Erik Lund", "x",
                      entity="agreement", entity_id=1, field="signature")
    progress = dict(window.navigator.progress)
    progress[7] = StepProgress(False, (waiting,))
    window.navigator.set_progress(progress)
    panel = window.navigator.missing
    assert "Sidan visar" not in panel.text()
    assert [line.missing for line in panel.lines] == [waiting]
    assert panel.header.text().endswith("(1)")


def test_a_signatory_without_organisation_leads_to_the_organisation_cell(window: Any, new_file: Path) -> None:
    from samverka.dto import PersonRow

    assert window.open_path(str(new_file))
    chief, changes = crud.create(window.ctx.db, PersonRow, name="Eva Berg", is_signatory=True)
    window.ctx.bus.emit_changed(changes)
    window.refresh_progress()
    window.go_to_step(1)
    [item] = [m for m in window.navigator.current_progress().missing if "från polisen" in m.sv]
    assert "Eva Berg" in item.sv
    window.show_missing(item)
    table = window.pages[1].people
    assert table.current_row().id == chief
    assert table.model.columns[table.view.currentIndex().column()].field == "organisation_id"
