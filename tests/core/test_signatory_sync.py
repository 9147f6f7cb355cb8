"""The agreement draft's signatories follow the people ticked "Undertecknar" in step 1 (issue 12 item 5)."""

from __future__ import annotations

from typing import Any

from samverka.core import agreement_service, crud
from samverka.core.signatory_sync import sync_draft_signatories
from samverka.dto import OrganisationRow, PersonRow, SignatoryRow


def _parties(db: Any) -> tuple[int, int]:
    kommun, _ = crud.create(db, OrganisationRow, name="Testkommun", type="kommun")
    polis, _ = crud.create(db, OrganisationRow, name="LPO Test", type="polis")
    return kommun, polis


def _signatories(db: Any) -> list[SignatoryRow]:
    draft = agreement_service.latest(db)
    assert draft is not None
    return crud.list_rows(db, SignatoryRow, order_by=("sort_order", "id"), agreement_id=draft.id)


def test_ticking_a_person_adds_them_to_the_existing_draft_with_their_details(db: Any) -> None:
    kommun, polis = _parties(db)
    agreement_service.current_draft(db)  # the draft exists before anyone is ticked
    assert _signatories(db) == []
    kso, _ = crud.create(db, PersonRow, name="Anna Ek", title="Kommunstyrelsens ordförande",
                         organisation_id=kommun)
    lpo, _ = crud.create(db, PersonRow, name="Per Berg", title="Lokalpolisområdeschef", organisation_id=polis)
    crud.update(db, PersonRow, kso, is_signatory=True)
    crud.update(db, PersonRow, lpo, is_signatory=True)
    changes = sync_draft_signatories(db)
    assert changes.touches(SignatoryRow)
    rows = _signatories(db)
    assert [(r.person_id, r.name, r.title, r.organisation) for r in rows] == [
        (kso, "Anna Ek", "Kommunstyrelsens ordförande", "Testkommun"),
        (lpo, "Per Berg", "Lokalpolisområdeschef", "LPO Test"),
    ]
    assert [r.field_name for r in rows] == ["Signatur1", "Signatur2"]
    assert rows[0].place == "Testkommun"  # the kommun's name, editable per agreement
    assert not sync_draft_signatories(db)  # nothing left to change: no write


def test_a_renamed_person_is_renamed_and_an_unticked_one_removed(db: Any) -> None:
    kommun, polis = _parties(db)
    kso, _ = crud.create(db, PersonRow, name="Anna Ek", title="KSO", organisation_id=kommun, is_signatory=True)
    lpo, _ = crud.create(db, PersonRow, name="Per Berg", title="LPO-chef", organisation_id=polis,
                         is_signatory=True)
    agreement_service.current_draft(db)
    first = _signatories(db)
    crud.update(db, SignatoryRow, first[0].id, place="Stadshuset")  # the agreement's own detail
    crud.update(db, PersonRow, kso, title="Kommunstyrelsens ordförande")
    crud.update(db, PersonRow, lpo, is_signatory=False)
    sync_draft_signatories(db)
    rows = _signatories(db)
    assert [(r.person_id, r.title, r.place) for r in rows] == [(kso, "Kommunstyrelsens ordförande", "Stadshuset")]
    crud.delete_row(db, PersonRow, kso)
    sync_draft_signatories(db)
    assert _signatories(db) == []


def test_a_locked_version_keeps_its_signatories(db: Any) -> None:
    kommun, _polis = _parties(db)
    kso, _ = crud.create(db, PersonRow, name="Anna Ek", title="KSO", organisation_id=kommun, is_signatory=True)
    agreement_id, _ = agreement_service.current_draft(db)
    crud.update(db, "agreement", agreement_id, {"status": "låst"})  # as if locked (the gate is tested elsewhere)
    crud.update(db, PersonRow, kso, name="Anna Ek-Berg", is_signatory=False)
    assert not sync_draft_signatories(db)
    rows = crud.list_rows(db, SignatoryRow, agreement_id=agreement_id)
    assert [r.name for r in rows] == ["Anna Ek"]


def test_the_first_draft_takes_the_ticked_people(db: Any) -> None:
    kommun, _polis = _parties(db)
    crud.create(db, PersonRow, name="Anna Ek", title="KSO", organisation_id=kommun, is_signatory=True)
    crud.create(db, PersonRow, name="Olle Ny", title="Sekreterare", organisation_id=kommun)
    agreement_service.current_draft(db)
    assert [r.name for r in _signatories(db)] == ["Anna Ek"]
