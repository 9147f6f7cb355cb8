"""The collaboration stores each signed PDF and counts: "signerad av 1 av 2", then "undertecknad"."""

from __future__ import annotations

from pathlib import Path

import pytest
from signing_pdfs import prepared_agreement

from samverka.core import crud
from samverka.core import signing_service as svc
from samverka.errors import ConflictError, KnownError
from samverka.export.signing.sign import SignResult, sign_pdf
from samverka.export.signing.signers import SelfSignedSource
from samverka.models.db import Database


@pytest.fixture
def locked(db: Database) -> tuple[int, int, int]:
    agreement_id, _ = crud.create(db, "agreement", {
        "title": "Samverkansöverenskommelse", "document_id": "SAMV-TEST-1", "status": "låst",
        "content_json": "{}", "content_hash": "abc", "pdf": prepared_agreement(),
    })
    first, _ = crud.create(db, "signatory", {"agreement_id": agreement_id, "name": "Anna Åkesson",
                                             "field_name": "sig_kommun", "sort_order": 0})
    second, _ = crud.create(db, "signatory", {"agreement_id": agreement_id, "name": "محمد علي",
                                              "field_name": "sig_polis", "sort_order": 1})
    return agreement_id, first, second


def _sign(db: Database, agreement_id: int, field: str, name: str, tmp_path: Path) -> SignResult:
    base = svc.current_pdf(db, agreement_id)
    assert base is not None
    return sign_pdf(base, field, SelfSignedSource(name, directory=tmp_path))


def test_status_counts_and_completes(db: Database, locked: tuple[int, int, int], tmp_path: Path) -> None:
    agreement_id, first, second = locked
    status = svc.signing_status(db, agreement_id)
    assert str(status.text) == "signerad av 0 av 2" and not status.complete
    result = _sign(db, agreement_id, "sig_kommun", "Anna Åkesson", tmp_path)
    changes = svc.record_digital_signature(
        db, agreement_id, first, signed_pdf=result.pdf, method=result.method, signer_name=result.signer_name,
        fingerprint=result.fingerprint, self_signed=result.self_signed,
    )
    assert changes.touches("signature") and not changes.touches("agreement")
    status = svc.signing_status(db, agreement_id)
    assert str(status.text) == "signerad av 1 av 2"
    assert str(status.remaining_text) == "Kvar att skriva under: محمد علي"
    assert svc.current_pdf(db, agreement_id) == result.pdf
    stored = crud.list_rows(db, "signature", agreement_id=agreement_id)[0]
    assert stored.method == "självsignerad" and stored.self_signed and stored.signed_pdf == result.pdf
    assert stored.certificate_fingerprint == result.fingerprint

    changes = svc.record_paper_signature(db, agreement_id, second)
    assert changes.touches("agreement")
    status = svc.signing_status(db, agreement_id)
    assert status.complete and str(status.text) == "signerad av 2 av 2"
    assert crud.get(db, "agreement", agreement_id).status == "undertecknad"
    assert svc.current_pdf(db, agreement_id) == result.pdf, "paper signing leaves the latest PDF as it was"


def test_refusals(db: Database, locked: tuple[int, int, int], tmp_path: Path) -> None:
    agreement_id, first, second = locked
    stale = svc.current_pdf(db, agreement_id)
    assert stale is not None
    result = _sign(db, agreement_id, "sig_kommun", "Anna Åkesson", tmp_path)
    svc.record_digital_signature(db, agreement_id, first, signed_pdf=result.pdf, method="pades",
                                 signer_name="Anna", fingerprint=result.fingerprint, self_signed=False)
    with pytest.raises(KnownError, match="redan skrivit under"):
        svc.record_paper_signature(db, agreement_id, first)
    # A PDF signed from the old version would drop the first signature.
    other = sign_pdf(stale, "sig_polis", SelfSignedSource("محمد علي", directory=tmp_path))
    with pytest.raises(ConflictError):
        svc.record_digital_signature(db, agreement_id, second, signed_pdf=other.pdf, method="pades",
                                     signer_name="X", fingerprint=other.fingerprint, self_signed=False)
    assert str(svc.signing_status(db, agreement_id).text) == "signerad av 1 av 2"


def test_a_draft_cannot_be_signed(db: Database) -> None:
    agreement_id, _ = crud.create(db, "agreement", {"title": "Utkast", "document_id": "D-1"})
    person, _ = crud.create(db, "signatory", {"agreement_id": agreement_id, "name": "Anna"})
    with pytest.raises(KnownError, match="utkast"):
        svc.record_paper_signature(db, agreement_id, person)


def test_the_app_checks_the_pdf_against_the_collaboration(
    db: Database, locked: tuple[int, int, int], tmp_path: Path
) -> None:
    agreement_id, first, _second = locked
    result = _sign(db, agreement_id, "sig_kommun", "Anna Åkesson", tmp_path)
    svc.record_digital_signature(db, agreement_id, first, signed_pdf=result.pdf, method=result.method,
                                 signer_name=result.signer_name, fingerprint=result.fingerprint, self_signed=True)
    report = svc.verify_agreement(db, agreement_id)
    assert report is not None and report.ok and not report.trust_given
    # A signatory renamed in the file after the lock no longer matches what the PDF records.
    person = crud.list_rows(db, "signatory", agreement_id=agreement_id)[1]
    crud.update(db, "signatory", person.id, {"name": "Någon Annan"})
    report = svc.verify_agreement(db, agreement_id)
    assert report is not None and not report.ok
    assert [p.code for p in report.document_problems] == ["record_mismatch"]
    # The stored locked PDF is the anchor: a signed PDF that does not start with it is flagged.
    crud.update(db, "signatory", person.id, {"name": "محمد علي"})
    crud.update(db, "agreement", agreement_id, {"pdf": b"%PDF-1.7 another locked version"})
    report = svc.verify_agreement(db, agreement_id)
    assert report is not None and [p.code for p in report.document_problems] == ["not_locked"]
