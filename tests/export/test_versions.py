"""Locking the agreement, and a new draft version after a later edit (the locked one stays intact)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdf_checks import qpdf_ok, text_of

from samverka.core import agreement_service as service
from samverka.core import crud
from samverka.core.documents import agreement_document
from samverka.errors import KnownError


def test_the_demo_is_locked_with_hash_and_pdf(demo_db: Any, tmp_path: Path) -> None:
    (v1,) = service.versions(demo_db)
    assert v1.status == "låst" and len(v1.content_hash) == 64 and v1.document_id.endswith(v1.content_hash[:8].upper())
    doc = agreement_document(demo_db)
    assert doc.document_id == v1.document_id and doc.content_sha256 == v1.content_hash
    assert service.sync_versions(demo_db).kinds == frozenset()  # nothing changed since the lock
    pdf = tmp_path / "v1.pdf"
    pdf.write_bytes(v1.pdf or b"")
    assert qpdf_ok(pdf) and v1.document_id in text_of(pdf)


def test_an_edit_after_locking_makes_a_new_draft_and_keeps_the_old(demo_db: Any) -> None:
    (v1,) = service.versions(demo_db)
    cause = crud.list_rows(demo_db, "cause")[0]
    crud.update(demo_db, "cause", cause.id, {"text": "Ny belysning saknas vid Bantorget"})
    assert agreement_document(demo_db).status == "Utkast"
    changes = service.sync_versions(demo_db)
    assert changes.touches("agreement")
    old, new = service.versions(demo_db)
    assert (old.id, old.pdf, old.content_hash, old.status) == (v1.id, v1.pdf, v1.content_hash, "låst")
    assert (new.version, new.status) == (2, "utkast")
    assert agreement_document(demo_db, old.id).document_id == v1.document_id  # the frozen content
    assert "Ny belysning" not in agreement_document(demo_db, old.id).problems[0].causes[0].text
    assert agreement_document(demo_db).problems[0].causes[0].text == "Ny belysning saknas vid Bantorget"
    assert service.sync_versions(demo_db).kinds == frozenset()  # one draft is enough

    service.lock(demo_db)
    v2 = service.versions(demo_db)[-1]
    assert v2.status == "låst" and v2.content_hash != v1.content_hash and v2.document_id.startswith(
        "SAMV-LUNDS-2026-V2-")


def test_sections_edit_and_return_to_generated_text(demo_db: Any) -> None:
    generated, edited = service.section_text(demo_db, "bakgrund")
    assert not edited and "2023:196" in generated
    service.set_section(demo_db, "bakgrund", "Vår egen bakgrund <b>&</b>")
    assert service.section_text(demo_db, "bakgrund") == ("Vår egen bakgrund <b>&</b>", True)
    assert service.versions(demo_db)[-1].status == "utkast"  # the edit opened version 2
    section = next(s for s in agreement_document(demo_db).sections if s.key == "bakgrund")
    assert section.edited and section.body == "Vår egen bakgrund <b>&</b>"
    service.set_section(demo_db, "bakgrund", generated)
    assert service.section_text(demo_db, "bakgrund") == (generated, False)


def test_missing_content_blocks_the_lock(db: Any) -> None:
    missing = service.missing_for_lock(db)
    texts = " ".join(m.sv for m in missing)
    assert "problem i fokus" in texts and "period" in texts and "dokumenteras" in texts and "undertecknare" in texts
    with pytest.raises(KnownError) as caught:
        service.lock(db)
    assert "saknas" in caught.value.sv
    assert all(v.status == "utkast" for v in service.versions(db))


def test_a_measure_status_never_changes_the_signed_agreement(demo_db: Any) -> None:
    (v1,) = service.versions(demo_db)
    measure = crud.list_rows(demo_db, "measure")[0]
    crud.update(demo_db, "measure", measure.id, {"status": "genomförd", "title": "Ny titel"})
    assert service.sync_versions(demo_db).kinds == frozenset()  # the action plan is an annex, renewed alone
    assert agreement_document(demo_db).document_id == v1.document_id


def test_unlock_undoes_an_unsigned_lock(demo_db: Any) -> None:
    cause = crud.list_rows(demo_db, "cause")[0]
    crud.update(demo_db, "cause", cause.id, {"text": "Ändrad"})
    service.lock(demo_db)
    v2 = service.versions(demo_db)[-1]
    service.unlock(demo_db, v2.id)
    again = service.versions(demo_db)[-1]
    assert (again.id, again.status, again.pdf) == (v2.id, "utkast", None)
