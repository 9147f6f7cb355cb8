"""Every missing item of steps 1, 2, 3, 6 and 7 (and of the agreement's lock gate) points at a widget on the page of
its step: `focus_missing` shows it and puts the keyboard there (the navigator's click-to-fix calls it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from samverka.core import agreement_service, crud
from samverka.dto import (
    DataSourceRow,
    GoalRow,
    LagesbildContributionRow,
    OrganisationRow,
    PersonRow,
    ProblemCandidateRow,
)
from samverka.workflow.missing import Missing
from samverka.workflow.progress import evaluate

MINE = {1, 2, 3, 6, 7}


def all_missing(db: Any) -> list[Missing]:
    found = [m for status in evaluate(db) if status.step.number in MINE for m in status.missing]
    found += agreement_service.missing_for_lock(db)
    return [m for m in found if m.step in MINE]


def check_every_item(window: Any) -> int:
    items = all_missing(window.ctx.db)
    for item in items:
        window.go_to_step(item.step)
        page = window.page(item.step)
        assert page.focus_missing(item), repr(item)
        QApplication.processEvents()
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), repr(item)
    return len({(m.entity, m.field) for m in items})


def test_a_blank_collaboration(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    window.activateWindow()
    assert check_every_item(window) >= 8


def test_a_collaboration_half_way(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    window.activateWindow()
    db = window.ctx.db
    kommun, _ = crud.create(db, OrganisationRow, name="Testkommun", type="kommun")
    crud.create(db, PersonRow, name="Anna Ek", organisation_id=kommun)
    crud.create(db, LagesbildContributionRow, organisation_id=kommun, text="Otryggt vid stationen")
    crud.create(db, DataSourceRow, name="Medborgardialog 2025", kind="medborgardialog")
    candidate, _ = crud.create(db, ProblemCandidateRow, title="Otrygghet vid stationen")
    from samverka.core import focus_service

    focus_service.choose(db, focus_service.FocusChoice(candidate, True))
    problem = crud.list_rows(db, "problem")[0]
    crud.create(db, GoalRow, problem_id=problem.id, type="effekt", text="Minska otryggheten")
    kinds = check_every_item(window)
    fields = {(m.entity, m.field) for m in all_missing(db)}
    assert {("lagesbild_contribution", "sources"), ("problem_candidate", "rationale"),
            ("problem_candidate", "dialogue_basis"), ("goal", "baseline_value")} <= fields
    assert kinds >= 12
