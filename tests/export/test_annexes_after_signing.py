"""Annexes decided after the agreement is signed (Brå's order: agreement in step 7, action plan in step 8,
promises in step 9) do not turn the signed agreement into a new unsigned version: found by the journey test, where
'Exportera PDF…' at the end gave an unsigned version 2."""

from __future__ import annotations

from typing import Any

from samverka.core import agreement_service as service
from samverka.core import crud
from samverka.core.documents.agreement import AGREEMENT_TABLES, agreement_document
from samverka.core.documents.common import read
from samverka.core.documents.sections import generated_text


def test_a_new_promise_after_signing_keeps_the_signed_version(demo_db: Any) -> None:
    (v1,) = service.versions(demo_db)
    before = generated_text("bilagor", read(demo_db, AGREEMENT_TABLES))
    crud.create(demo_db, "citizen_promise", title="Trygga skolvägar")
    after = generated_text("bilagor", read(demo_db, AGREEMENT_TABLES))
    assert before != after  # the annex section names the new annex ...
    assert service.sync_versions(demo_db).kinds == frozenset()  # ... but no new version is made
    assert agreement_document(demo_db).document_id == v1.document_id
    assert [v.id for v in service.versions(demo_db)] == [v1.id]


def test_the_parties_own_text_in_an_annex_section_still_makes_a_new_version(demo_db: Any) -> None:
    (v1,) = service.versions(demo_db)
    service.set_section(demo_db, "bilagor", "Bilaga 1 är åtgärdsplanen, som kommunstyrelsen beslutar varje år.")
    assert agreement_document(demo_db).document_id != v1.document_id
