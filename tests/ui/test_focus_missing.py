"""Every "what is missing" (and every piece of advice) that names step 5, 8, 9 or 10 leads to a widget on that
step's page: `focus_missing` says yes and the keyboard is on the page – on a blank collaboration, on one half-way,
and on the demo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from samverka.core import crud
from samverka.core.collaboration_service import open_collaboration
from samverka.workflow.progress import evaluate

MINE = (5, 8, 9, 10)


def _half_way(path: Path) -> None:
    """A problem in focus without causes, a measure without owner, a promise with an empty line, and a lagging one."""
    db = open_collaboration(path)
    problem, _ = crud.create(db, "problem", {"title": "Cykelstölder", "in_focus": True})
    crud.create(db, "problem", {"title": "Klotter", "in_focus": True})
    crud.create(db, "cause", {"problem_id": problem, "text": "Olåsta cyklar", "triangle_side": "offer",
                              "controller_role": "manager"})
    crud.create(db, "measure", {"problem_id": problem, "title": "Cykelmärkning"})
    promise, _ = crud.create(db, "citizen_promise", {"title": "Tryggare cyklar", "period_start": dt.date(2026, 1, 1),
                                                     "period_end": dt.date(2026, 12, 31)})
    line, _ = crud.create(db, "promise_item", {"promise_id": promise, "wording": "Vi lovar att märka cyklar.",
                                               "activity_count": 10, "activity_unit": "dagar"})
    crud.create(db, "citizen_promise", {"title": "Utan löften"})
    crud.create(db, "promise_item_status", {"promise_item_id": line, "status": "delvis",
                                            "date": dt.date(2026, 7, 1), "done_count": 1})
    db.close()


def _check_all(window: Any) -> int:
    checked = 0
    for status in evaluate(window.ctx.db):
        for item in (*status.missing, *status.advice):
            if item.step not in MINE:
                continue
            window.go_to_step(item.step)
            page = window.current_page()
            assert page.focus_missing(item), repr(item)
            QApplication.processEvents()
            focus = QApplication.focusWidget()
            assert focus is not None and page.isAncestorOf(focus), repr(item)
            checked += 1
    return checked


def test_blank_collaboration(window: Any, new_file: Path) -> None:
    assert window.open_path(str(new_file))
    assert _check_all(window) >= 2  # "nothing followed up", "no promise", how the follow-up is done …


def test_half_way(window: Any, new_file: Path) -> None:
    _half_way(new_file)
    assert window.open_path(str(new_file))
    assert _check_all(window) >= 8


def test_the_demo(window: Any, demo_path: Path) -> None:
    assert window.open_path(str(demo_path))
    assert _check_all(window) >= 1  # the lagging night walk
