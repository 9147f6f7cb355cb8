"""The workflow rules say what is missing, in Swedish and English, and gate the lock."""

from __future__ import annotations

import datetime as dt

from samverka.core import crud
from samverka.errors import set_language
from samverka.models.db import Database
from samverka.workflow.gates import lock_blockers
from samverka.workflow.progress import evaluate
from samverka.workflow.steps import STEPS


def _missing(db: Database, step: int) -> list[str]:
    return [m.sv for m in evaluate(db)[step - 1].missing]


def test_ten_steps_in_order() -> None:
    assert [s.title.sv for s in STEPS] == [
        "Samverkan", "Lägesbild", "Prioritering", "Problembeskrivning", "Orsaksanalys", "Mål", "Överenskommelse",
        "Åtgärdsplan", "Medborgarlöften", "Uppföljning",
    ]
    assert all(s.question.sv and s.question.en for s in STEPS)
    # Brå's phases never go backwards: the agreement ends the joint preparation before implementation.
    assert [s.bra_phase for s in STEPS] == sorted(s.bra_phase for s in STEPS)


def test_new_collaboration_is_incomplete_with_reasons(db: Database) -> None:
    statuses = evaluate(db)
    assert not any(s.complete for s in statuses)
    assert "Inget problem är valt för fokus ännu (välj i steg 3, Prioritering)." in _missing(db, 5)


def test_problem_without_causes_is_named(db: Database) -> None:
    crud.create(db, "problem", {"title": "Otrygghet kvällstid vid Lund C"})
    assert "Problemet 'Otrygghet kvällstid vid Lund C' saknar orsaksanalys." in _missing(db, 5)
    problem = crud.list_rows(db, "problem")[0].id
    crud.create(db, "cause", {"problem_id": problem, "text": "Mörkt"})
    assert _missing(db, 5) == []


def test_english_messages(db: Database) -> None:
    crud.create(db, "problem", {"title": "Evening insecurity"})
    set_language("en")
    try:
        texts = [str(m) for m in evaluate(db)[4].missing]
    finally:
        set_language("sv")
    assert texts == ["The problem 'Evening insecurity' has no cause analysis."]


def test_lock_needs_bra_minimum(db: Database) -> None:
    blockers = [b.sv for b in lock_blockers(db)]
    assert "Överenskommelsen saknar problem i fokus." in blockers
    problem, _ = crud.create(db, "problem", {"title": "P"})
    crud.create(db, "cause", {"problem_id": problem, "text": "c"})
    crud.create(db, "goal", {"problem_id": problem, "type": "effekt", "text": "minska", "target_value": 25.0,
                             "target_date": dt.date(2028, 1, 1)})
    crud.update(db, "collaboration", db.collaboration_id(), {
        "documentation_text": "Dokumenteras i Samverka.", "followup_text": "Årligen.",
        "period_start": dt.date(2026, 1, 1), "period_end": dt.date(2029, 12, 31),
    })
    assert lock_blockers(db) == []


def test_demo_lock_blockers_empty(demo_db: Database) -> None:
    assert lock_blockers(demo_db) == []
