"""The Lund demo agreement, as locked by the documents service, signed by two signatories in sequence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from signing_certs import Ca, issue, p12
from signing_helpers import DEMO_KEY, Pkcs12Signer, Token, cli, pdfsig

from samverka.core import crud
from samverka.core import signing_service as svc
from samverka.export.signing.appearance import Appearance
from samverka.export.signing.sign import sign_pdf, signature_fields
from samverka.export.signing.signers import P12Source, Pkcs11Source
from samverka.models.db import Database


def _locked_demo_agreement(db: Database) -> int:
    locked = [row for row in crud.list_rows(db, "agreement") if row.status == "låst" and row.pdf]
    assert locked, "the demo locks version 1 of its agreement for signing"
    return int(locked[0].id)


def test_demo_agreement_signed_by_p12_then_token(
    demo_db: Database, ca: Ca, p12_signer: Pkcs12Signer, token: Token, signature_png: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    agreement_id = _locked_demo_agreement(demo_db)
    status = svc.signing_status(demo_db, agreement_id)
    assert status.total >= 2
    base = svc.current_pdf(demo_db, agreement_id)
    assert base is not None
    assert [f.name for f in signature_fields(base)] == [status.field_name(p.id) for p in status.signatories]
    # Each signatory's own certificate: an RSA PKCS#12 file for the first, the token's EC key for the second.
    first = status.signatories[0]
    key, cert = issue(ca, first.name)
    (tmp_path / "first.p12").write_bytes(p12(key, cert, ca, b"demo"))
    assert status.signatories[1].name == "Johan Bergström"
    sources = [
        P12Source(tmp_path / "first.p12", "demo"),
        Pkcs11Source(token.library, token.label, DEMO_KEY, token.pin_file.read_text().strip()),
    ]
    for person, source in zip(status.signatories[:2], sources, strict=True):
        pdf = svc.current_pdf(demo_db, agreement_id)
        assert pdf is not None
        look = Appearance(person.name, person.title, person.organisation, signature_png.read_bytes())
        result = sign_pdf(pdf, status.field_name(person.id), source, look)
        svc.record_digital_signature(
            demo_db, agreement_id, person.id, signed_pdf=result.pdf, method=result.method,
            signer_name=result.signer_name, fingerprint=result.fingerprint, self_signed=result.self_signed,
        )
    after = svc.signing_status(demo_db, agreement_id)
    assert str(after.text) == f"signerad av 2 av {status.total}"

    signed = tmp_path / "lund-signerad.pdf"
    latest = svc.current_pdf(demo_db, agreement_id)
    assert latest is not None
    signed.write_bytes(latest)
    blocks = pdfsig(signed).split("Signature #")[1:]
    signed_blocks = [block for block in blocks if "Signature Validation" in block]
    assert len(signed_blocks) == 2
    assert all("Signature is Valid." in block for block in signed_blocks)
    assert "Total document signed" in signed_blocks[-1]
    assert cli("verify", str(signed), "--trust", str(p12_signer.ca_file), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["unchanged_since_last_signature"]
    assert len(report["unsigned_fields"]) == status.total - 2
