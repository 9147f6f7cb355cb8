"""The generic services on a real store: every write committed, validated, undoable by snapshot."""

from __future__ import annotations

import datetime as dt

import pytest

from samverka.core import crud
from samverka.dto import CauseRow, FishboneBoneRow, ProblemRow
from samverka.errors import ConflictError, NotFoundError, ValidationError
from samverka.models.db import Database

pytestmark = pytest.mark.postgres

TEXTS = [
    "Lund å ä ö Å Ä Ö",
    "محمد علي — ١٢٣",
    "Emoji 🚲🌙 and Łódź",
    "x" * 50_000,
    "<b>not markup</b> & 'quotes' \"double\"",
    "line1\nline2\ttab",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_any_unicode_text_round_trips_exactly(db: Database, text: str) -> None:
    org_id, _ = crud.create(db, "organisation", {"name": text, "responsibilities": text})
    row = crud.get(db, "organisation", org_id)
    assert row.name == text
    assert row.responsibilities == text


def test_create_update_list(db: Database) -> None:
    problem_id, changes = crud.create(db, "problem", {"title": "Otrygghet kvällstid"})
    assert changes.ids("problem") == {problem_id}
    crud.update(db, "problem", problem_id, {"nar": "torsdag–lördag 21–02"})
    rows = crud.list_rows(db, "problem")
    assert [r.nar for r in rows] == ["torsdag–lördag 21–02"]
    assert rows[0].collaboration_id == db.collaboration_id()


def test_refused_values_write_nothing(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        crud.create(db, "measure", {"title": "Ljus", "start": dt.date(2026, 5, 1), "end": dt.date(2026, 1, 1)})
    assert info.value.field == "end"
    assert "före startdatumet" in info.value.sv
    assert crud.list_rows(db, "measure") == []
    with pytest.raises(ValidationError):
        crud.create(db, "organisation", {"name": "   "})
    with pytest.raises(ValidationError):
        crud.create(db, "organisation", {"name": "A", "type": "okänd typ"})
    with pytest.raises(ValidationError):
        crud.create(db, "organisation", {"name": "bad\x00nul"})
    assert crud.list_rows(db, "organisation") == []


def test_score_outside_scale_is_refused(db: Database) -> None:
    candidate, _ = crud.create(db, "problem_candidate", {"title": "Cykelstölder"})
    criterion = crud.list_rows(db, "priority_criterion")[0].id
    with pytest.raises(ValidationError) as info:
        crud.create(db, "priority_score", {"candidate_id": candidate, "criterion_id": criterion, "score": 7})
    assert "0–3" in info.value.sv


def test_compare_and_set_reports_conflict(db: Database) -> None:
    problem_id, _ = crud.create(db, "problem", {"title": "A"})
    crud.update(db, "problem", problem_id, {"title": "B"}, expected={"title": "A"})
    with pytest.raises(ConflictError):
        crud.update(db, "problem", problem_id, {"title": "C"}, expected={"title": "A"})
    assert crud.get(db, "problem", problem_id).title == "B"


def test_delete_with_children_and_restore_same_ids(db: Database) -> None:
    org, _ = crud.create(db, "organisation", {"name": "Polisen", "type": "polis"})
    problem, _ = crud.create(db, "problem", {"title": "P"})
    root, _ = crud.create(db, "cause", {"problem_id": problem, "text": "rot"})
    child, _ = crud.create(db, "cause", {"problem_id": problem, "text": "barn", "parent_id": root})
    grandchild, _ = crud.create(db, "cause", {"problem_id": problem, "text": "barnbarn", "parent_id": child})
    measure, _ = crud.create(db, "measure", {"title": "M", "problem_id": problem, "responsible_org_id": org})
    crud.create(db, "measure_cause", {"measure_id": measure, "cause_id": grandchild})

    snapshot, changes = crud.delete_row(db, "cause", root)
    assert changes.ids("cause") == {root, child, grandchild}
    assert crud.list_rows(db, "cause", problem_id=problem) == []
    assert crud.list_rows(db, "measure_cause", measure_id=measure) == []

    crud.restore(db, snapshot)
    causes = {c.id: c for c in crud.list_rows(db, "cause", problem_id=problem)}
    assert set(causes) == {root, child, grandchild}
    assert causes[grandchild].parent_id == child
    assert len(crud.list_rows(db, "measure_cause", measure_id=measure)) == 1

    snapshot, _ = crud.delete_row(db, "organisation", org)
    assert crud.get(db, "measure", measure).responsible_org_id is None
    crud.restore(db, snapshot)
    assert crud.get(db, "measure", measure).responsible_org_id == org


def test_missing_row(db: Database) -> None:
    with pytest.raises(NotFoundError):
        crud.update(db, "problem", 9999, {"title": "x"})
    with pytest.raises(NotFoundError):
        crud.delete_row(db, "problem", 9999)


def test_create_many_is_all_or_nothing(db: Database) -> None:
    with pytest.raises(ValidationError):
        crud.create_many(db, "organisation", [{"name": "A"}, {"name": ""}])
    assert crud.list_rows(db, "organisation") == []
    ids, _ = crud.create_many(db, "organisation", [{"name": "A"}, {"name": "B"}])
    assert len(ids) == 2


def test_every_write_leaves_an_audit_entry(db: Database) -> None:
    from sqlalchemy import func, select

    from samverka.models import AuditEntry

    problem, _ = crud.create(db, "problem", {"title": "A"})
    crud.update(db, "problem", problem, {"title": "B"})
    crud.delete_row(db, "problem", problem)
    with db.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "problem")).all()
        assert session.scalar(select(func.count()).select_from(AuditEntry)) >= 3
    assert actions == ["create", "update", "delete"]


def test_typed_calls_name_the_table_by_its_row_class(db: Database) -> None:
    problem, _ = crud.create(db, ProblemRow, title="Otrygghet")
    cause, changes = crud.create(db, CauseRow, problem_id=problem, text="Mörkt")
    assert changes.ids(CauseRow) == {cause} and changes.ids("cause") == {cause}  # the old form still answers
    rows = crud.list_rows(db, CauseRow, problem_id=problem)
    assert [type(r) for r in rows] == [CauseRow] and rows[0].text == "Mörkt"
    done = crud.update(db, CauseRow, cause, text="Mörka hörn", expected={"text": "Mörkt"})
    # The write gives back what undo needs and what the views show: no read before or after.
    assert done.old == {"text": "Mörkt"} and done.new == {"text": "Mörka hörn"}
    assert done.row == crud.get(db, CauseRow, cause) and done.row.text == "Mörka hörn"
    assert done.changes.rows_of(CauseRow) == (done.row,) and done.changes.all_rows_known(CauseRow)
    # The transitional string form gives Changes, as before.
    assert crud.update(db, "cause", cause, {"text": "Mörka hörn vid torget"}).touches(CauseRow)
    snapshot, deleted = crud.delete_row(db, CauseRow, cause)
    assert deleted.ids(CauseRow) == {cause} and not deleted.all_rows_known(CauseRow)
    crud.restore(db, snapshot)
    assert crud.get(db, CauseRow, cause).text == "Mörka hörn vid torget"


def test_cause_rules_hold_for_every_caller(db: Database) -> None:
    """An empty cause and a bone the fishbone does not have are refused by the service, whoever calls it."""
    problem, _ = crud.create(db, ProblemRow, title="Skadegörelse")
    cause, _ = crud.create(db, CauseRow, problem_id=problem, text="A")
    for call in (lambda: crud.update(db, "cause", cause, {"text": "  "}),
                 lambda: crud.update(db, CauseRow, cause, text=""),
                 lambda: crud.create(db, CauseRow, problem_id=problem, text="")):
        with pytest.raises(ValidationError) as info:
            call()
        assert info.value.field == "text"
    for call in (lambda: crud.update(db, "cause", cause, {"fishbone_bone": "Finns inte"}),
                 lambda: crud.update(db, CauseRow, cause, fishbone_bone="Finns inte"),
                 lambda: crud.create(db, CauseRow, problem_id=problem, text="B", fishbone_bone="Finns inte")):
        with pytest.raises(ValidationError, match="finns inte i fiskbenet"):
            call()
    crud.update(db, CauseRow, cause, fishbone_bone="brottsutsatt")  # one of Brå's three
    crud.create(db, FishboneBoneRow, problem_id=problem, name="Signalvärde")
    crud.update(db, CauseRow, cause, fishbone_bone="Signalvärde")  # a bone added to this problem
    other, _ = crud.create(db, ProblemRow, title="Annat problem")
    elsewhere, _ = crud.create(db, CauseRow, problem_id=other, text="C")
    with pytest.raises(ValidationError):  # a bone of another problem is not this fishbone's
        crud.update(db, CauseRow, elsewhere, fishbone_bone="Signalvärde")
    assert [c.text for c in crud.list_rows(db, CauseRow, problem_id=problem)] == ["A"]
