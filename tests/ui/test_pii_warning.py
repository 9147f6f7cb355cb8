"""Personal data typed into free text is flagged as it is saved, and a backup follows edits."""

from __future__ import annotations

from samverka.core import crud
from samverka.dto import PersonRow, ProblemRow
from samverka.models.db import Database
from samverka.ui.context import make_context


def test_personnummer_in_free_text_warns_on_save(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(sqlite_db)
    problem, _ = crud.create(sqlite_db, "problem", {"title": "Otrygghet"})
    warnings: list[str] = []
    ctx.bus.warning_raised.connect(warnings.append)
    first = ctx.undo.update(ProblemRow, problem, vem_vad_orsakar="Grupper vid torget", expected={"vem_vad_orsakar": ""})
    assert first and first.warning is None
    assert warnings == []
    second = ctx.undo.update(ProblemRow, problem, vem_vad_orsakar="Anmäld person 811218-9876 syns ofta",
                             expected={"vem_vad_orsakar": "Grupper vid torget"})
    assert second and second.warning is not None  # the result says so, for the field it was typed in
    assert len(warnings) == 1
    assert "personnummer" in warnings[0] and str(second.warning) == warnings[0]
    # The edit is saved all the same: the warning is advice, the facilitator decides.
    assert "811218-9876" in crud.get(sqlite_db, "problem", problem).vem_vad_orsakar


def test_contact_details_of_people_are_not_flagged(qtbot, sqlite_db: Database) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(sqlite_db)
    warnings: list[str] = []
    ctx.bus.warning_raised.connect(warnings.append)
    ctx.undo.create(PersonRow, {"name": "Sara Nilsson", "email": "sara.nilsson@lund.se", "phone": "046-35 50 00"})
    assert warnings == []
