"""Signatures in the collaboration: each signed PDF is stored, the status is "signerad av 1 av 2", and the agreement
becomes "undertecknad" when everyone has signed (digitally or on paper).

The PDF work itself (pyHanko) lives in samverka.export.signing; this module only stores and counts.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverka.core.changes import Changes
from samverka.core.crud import to_row
from samverka.core.documents.signatories import field_name as default_field_name
from samverka.core.validation import validate
from samverka.dto import SignatoryRow, SignatureRow
from samverka.errors import ConflictError, KnownError, NotFoundError, Text
from samverka.models import Agreement, AuditEntry, Signatory, Signature
from samverka.models.db import Database

if TYPE_CHECKING:
    from samverka.export.signing.verify import VerifyReport

DIGITAL_METHODS = frozenset({"pades", "självsignerad"})


@dataclass(frozen=True)
class SigningStatus:
    agreement_id: int
    agreement_status: str
    signatories: tuple[SignatoryRow, ...]
    signatures: tuple[SignatureRow, ...]

    @property
    def total(self) -> int:
        return len(self.signatories)

    @property
    def signed_ids(self) -> frozenset[int]:
        return frozenset(sig.signatory_id for sig in self.signatures if sig.signatory_id is not None)

    @property
    def signed(self) -> int:
        return sum(1 for person in self.signatories if person.id in self.signed_ids)

    @property
    def remaining(self) -> tuple[SignatoryRow, ...]:
        return tuple(person for person in self.signatories if person.id not in self.signed_ids)

    def field_name(self, signatory_id: int) -> str:
        """The PDF field this signatory signs: the stored name, else the positional default the PDF was built with."""
        for order, person in enumerate(self.signatories):
            if person.id == signatory_id:
                return person.field_name or default_field_name(order)
        raise _gone()

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.signed == self.total

    @property
    def text(self) -> Text:
        """"signerad av 1 av 2" – the short status the agreement step shows."""
        return Text(f"signerad av {self.signed} av {self.total}", f"signed by {self.signed} of {self.total}")

    @property
    def remaining_text(self) -> Text:
        if not self.remaining:
            return Text("Alla har skrivit under.", "Everyone has signed.")
        names = ", ".join(person.name for person in self.remaining)
        return Text(f"Kvar att skriva under: {names}", f"Still to sign: {names}")


def signing_status(db: Database, agreement_id: int) -> SigningStatus:
    with db.read() as session:
        agreement = _agreement(session, agreement_id)
        return SigningStatus(
            agreement_id, agreement.status, tuple(_signatories(session, agreement_id)),
            tuple(_signatures(session, agreement_id)),
        )


def current_pdf(db: Database, agreement_id: int) -> bytes | None:
    """The PDF the next signatory signs: the latest signed PDF, else the locked, prepared agreement PDF."""
    with db.read() as session:
        return _current_pdf(session, _agreement(session, agreement_id))


def signatory(db: Database, signatory_id: int) -> SignatoryRow:
    with db.read() as session:
        person = session.get(Signatory, signatory_id)
        if person is None:
            raise _gone()
        row: SignatoryRow = to_row(person)
        return row


def record_digital_signature(
    db: Database, agreement_id: int, signatory_id: int, *, signed_pdf: bytes, method: str, signer_name: str,
    fingerprint: str, self_signed: bool, other_signer_accepted: bool = False,
) -> Changes:
    """Store a signed PDF. It must extend the current PDF (an incremental update), so no signature is lost.

    `other_signer_accepted`: the certificate belongs to someone else than the named signatory and the facilitator
    confirmed it; the app's verification then accepts that signer for this field (and says so).
    """
    if method not in DIGITAL_METHODS:
        raise ValueError(f"not a digital signing method: {method!r}")
    with db.write() as session:
        agreement = _signable(session, agreement_id, signatory_id)
        base = _current_pdf(session, agreement)
        if base is None or not signed_pdf.startswith(base) or len(signed_pdf) == len(base):
            raise ConflictError(
                "Den underskrivna filen bygger inte på den senaste versionen av överenskommelsen (någon kan ha "
                "skrivit under under tiden). Skriv under igen.",
                "The signed file does not build on the latest version of the agreement (someone may have signed "
                "meanwhile). Sign again.",
            )
        return _add(session, agreement, signatory_id, {
            "method": method, "signer_name": signer_name, "certificate_fingerprint": fingerprint,
            "self_signed": self_signed, "signed_pdf": signed_pdf, "other_signer_accepted": other_signer_accepted,
        })


def record_paper_signature(db: Database, agreement_id: int, signatory_id: int, signer_name: str = "") -> Changes:
    """A signatory signed the printed agreement ("våt" underskrift)."""
    with db.write() as session:
        agreement = _signable(session, agreement_id, signatory_id)
        person = session.get(Signatory, signatory_id)
        name = signer_name.strip() or (person.name if person else "")
        return _add(session, agreement, signatory_id, {
            "method": "våt", "signer_name": name, "certificate_fingerprint": "", "self_signed": False,
            "signed_pdf": None,
        })


def accepted_signers(db: Database, agreement_id: int) -> dict[str, str]:
    """Field name → certificate fingerprint of the signers the facilitator accepted in place of the named one."""
    return _accepted(signing_status(db, agreement_id))


def _accepted(status: SigningStatus) -> dict[str, str]:
    return {
        status.field_name(sig.signatory_id): sig.certificate_fingerprint
        for sig in status.signatures
        if sig.other_signer_accepted and sig.signatory_id is not None
        and any(person.id == sig.signatory_id for person in status.signatories)
    }


def verify_agreement(db: Database, agreement_id: int) -> VerifyReport | None:
    """Check the agreement's current PDF with the collaboration's trust list and accepted signers.

    Beyond `samverka verify`, the app knows the PDF that was locked: the signed file must build on exactly those
    bytes. Returns None when the agreement has no PDF yet.
    """
    from samverka.core.trust_service import trust_anchors  # noqa: PLC0415
    from samverka.export.signing.integrity import Problem  # noqa: PLC0415 - pyHanko loads only when verifying
    from samverka.export.signing.verify import verify_pdf  # noqa: PLC0415

    with db.read() as session:
        agreement = _agreement(session, agreement_id)
        locked, pdf = agreement.pdf, _current_pdf(session, agreement)
    if pdf is None:
        return None
    status = signing_status(db, agreement_id)
    report = verify_pdf(pdf, trust_anchors(db), accepted_signers=_accepted(status))
    extra = []
    if locked is not None and not pdf.startswith(locked):
        extra.append(Problem("not_locked", Text(
            "PDF-filen bygger inte på den version som låstes i samverkan",
            "the PDF does not build on the version locked in the collaboration")))
    marker = report.integrity.marker
    expected = (tuple(status.field_name(person.id) for person in status.signatories),
                tuple(person.name for person in status.signatories))
    if marker is not None and (marker.fields, marker.signers or expected[1]) != expected:
        extra.append(Problem("record_mismatch", Text(
            "underskriftsfälten och undertecknarna i PDF-filen stämmer inte med överenskommelsens undertecknare i "
            "samverkan",
            "the signature fields and signatories in the PDF do not match the agreement's signatories in the "
            "collaboration")))
    if extra:
        report = dataclasses.replace(report, document_problems=(*report.document_problems, *extra))
    return report


def _add(session: Session, agreement: Agreement, signatory_id: int, values: dict[str, object]) -> Changes:
    validate("signature", {"agreement_id": agreement.id, "signatory_id": signatory_id, **values})
    signature = Signature(agreement_id=agreement.id, signatory_id=signatory_id, **values)
    session.add(signature)
    session.flush()
    changes = Changes.of("signature", signature.id)
    signed = {sig.signatory_id for sig in _signatures(session, agreement.id)}
    people = {person.id for person in _signatories(session, agreement.id)}
    if people and people <= signed:
        agreement.status = "undertecknad"
        changes = changes | Changes.of("agreement", agreement.id)
    detail = {key: value for key, value in values.items() if key != "signed_pdf"}
    session.add(AuditEntry(
        action="sign", entity="signature", entity_id=signature.id,
        detail=json.dumps({"agreement_id": agreement.id, "signatory_id": signatory_id, **detail}, default=str),
    ))
    return changes


def _agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError("Överenskommelsen finns inte längre.", "The agreement no longer exists.")
    return agreement


def _signable(session: Session, agreement_id: int, signatory_id: int) -> Agreement:
    agreement = _agreement(session, agreement_id)
    if agreement.status == "utkast":
        raise KnownError(
            "Överenskommelsen är ett utkast. Lås versionen för underskrift först.",
            "The agreement is a draft. Lock the version for signing first.",
        )
    if agreement.status == "upphävd":
        raise KnownError("Överenskommelsen är upphävd och kan inte skrivas under.", "The agreement is revoked.")
    person = session.get(Signatory, signatory_id)
    if person is None or person.agreement_id != agreement_id:
        raise _gone()
    if any(sig.signatory_id == signatory_id for sig in _signatures(session, agreement_id)):
        raise KnownError(
            f"{person.name} har redan skrivit under överenskommelsen.",
            f"{person.name} has already signed the agreement.",
        )
    return agreement


def _current_pdf(session: Session, agreement: Agreement) -> bytes | None:
    latest = session.scalar(
        select(Signature.signed_pdf)
        .where(Signature.agreement_id == agreement.id, Signature.signed_pdf.is_not(None))
        .order_by(Signature.id.desc()).limit(1)
    )
    return latest if latest is not None else agreement.pdf


def _signatories(session: Session, agreement_id: int) -> list[SignatoryRow]:
    query = select(Signatory).where(Signatory.agreement_id == agreement_id).order_by(Signatory.sort_order, Signatory.id)
    return [to_row(person) for person in session.scalars(query)]


def _signatures(session: Session, agreement_id: int) -> list[SignatureRow]:
    query = select(Signature).where(Signature.agreement_id == agreement_id).order_by(Signature.id)
    return [to_row(sig) for sig in session.scalars(query)]


def _gone() -> NotFoundError:
    return NotFoundError(
        "Undertecknaren finns inte (längre) på överenskommelsen.",
        "The signatory is not (or no longer) on the agreement.",
    )
