"""The agreement's versions: the current draft, section edits, signatories, the lock and what blocks it.

A draft follows the data: unedited sections are generated from the earlier steps. Locking freezes the document
(its JSON and SHA-256), builds the PDF and keeps it in the file. When anything the locked version shows changes
later, the next version is a new draft; the locked one stays intact with its PDF.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverka.core import versioning
from samverka.core.changes import NO_CHANGES, Changes
from samverka.core.documents.agreement import (
    AGREEMENT_TABLES,
    HASH_BLANKS,
    is_frozen,
    live_document,
    locked_version,
)
from samverka.core.documents.common import Data, content_hash, read, read_tables
from samverka.core.documents.sections import SECTION_KEYS, SECTION_TABLES, generated_text
from samverka.core.lock_rules import missing_for_lock
from samverka.core.signatory_sync import sync_in
from samverka.core.validation import check_text
from samverka.dto import AgreementRow
from samverka.errors import KnownError, NotFoundError
from samverka.export.documents import AgreementDocument, to_json
from samverka.models import Agreement, AgreementSection, AuditEntry, Signatory, Signature
from samverka.models.base import utcnow
from samverka.models.db import Database

log = logging.getLogger(__name__)

__all__ = [
    "agreement_pdf", "current_draft", "latest", "lock", "missing_for_lock", "section_text", "set_section",
    "sync_versions", "unlock", "versions",
]


def versions(db: Database) -> list[AgreementRow]:
    """Every version, oldest first."""
    return sorted(read(db, ("agreement",)).of("agreement"), key=lambda a: a.version)


def latest(db: Database) -> AgreementRow | None:
    found = versions(db)
    return found[-1] if found else None


def current_draft(db: Database) -> tuple[int, Changes]:
    """The draft being edited, created on demand (the first version, or the next after a locked one)."""
    cid = db.collaboration_id()

    def carry(previous: Agreement | None, draft: Agreement) -> None:
        if previous is not None:  # the section edits and the signing places carry over
            _copy_edits(session, previous.id, draft.id)

    with db.write() as session:
        draft, created = versioning.open_draft(session, Agreement, cid, carry=carry)
        synced = sync_in(session, cid)  # the signatories are the people ticked in step 1
        if not created:
            return draft.id, synced
        return draft.id, synced | Changes.of("agreement", draft.id) | Changes.kinds_only("agreement_section",
                                                                                          "signatory")


def _copy_edits(session: Session, source_id: int, target_id: int) -> None:
    for section in session.scalars(select(AgreementSection).where(AgreementSection.agreement_id == source_id)):
        session.add(AgreementSection(agreement_id=target_id, key=section.key, body=section.body))
    for s in session.scalars(select(Signatory).where(Signatory.agreement_id == source_id)):
        session.add(Signatory(agreement_id=target_id, person_id=s.person_id, name=s.name, title=s.title,
                              organisation=s.organisation, place=s.place, field_name=s.field_name,
                              sort_order=s.sort_order))


def sync_versions(db: Database) -> Changes:
    """After an edit to anything a locked version shows, open the next draft (the locked one is kept)."""
    if db.read_only:
        return NO_CHANGES
    data = read(db, AGREEMENT_TABLES)
    found = sorted(data.of("agreement"), key=lambda a: a.version)
    if not found or not is_frozen(found[-1]):
        return NO_CHANGES
    if content_hash(live_document(data, found[-1]), **HASH_BLANKS) == found[-1].content_hash:
        return NO_CHANGES
    return current_draft(db)[1]


def section_text(db: Database, key: str, agreement_id: int | None = None) -> tuple[str, bool]:
    """(text, edited) of a section of the given (or latest) version."""
    _check_key(key)
    data = read(db, (*SECTION_TABLES, "agreement", "agreement_section"))
    target = agreement_id or _latest_id(data)
    for section in data.of("agreement_section"):
        if section.agreement_id == target and section.key == key:
            return section.body, True
    return generated_text(key, data), False


def generated_section_text(db: Database, key: str) -> str:
    """A section's text as the earlier steps make it (what "Återställ genererad text" puts back)."""
    _check_key(key)
    return generated_text(key, read(db, ("collaboration", "problem", "citizen_promise")))


def _latest_id(data: Data) -> int | None:
    found = sorted(data.of("agreement"), key=lambda a: a.version)
    return found[-1].id if found else None


def set_section(db: Database, key: str, body: str) -> Changes:
    """Edit a section of the draft; text equal to the generated text removes the edit (it follows the data again)."""
    _check_key(key)
    check_text(key, body)
    agreement_id, changes = current_draft(db)
    data = read(db, SECTION_TABLES)
    follows = body.strip() == generated_text(key, data).strip()
    with db.write() as session:
        existing = session.scalars(
            select(AgreementSection).where(AgreementSection.agreement_id == agreement_id, AgreementSection.key == key)
        ).first()
        if follows:
            if existing is not None:
                session.delete(existing)
        elif existing is None:
            session.add(AgreementSection(agreement_id=agreement_id, key=key, body=body))
        else:
            existing.body = body
        session.add(AuditEntry(action="update", entity="agreement_section", entity_id=agreement_id, detail=key))
    return changes | Changes.of("agreement", agreement_id) | Changes.kinds_only("agreement_section")


def _check_key(key: str) -> None:
    if key not in SECTION_KEYS:
        raise ValueError(f"unknown agreement section {key!r}")


def lock(db: Database, *, at: dt.datetime | None = None) -> Changes:
    """Freeze the current draft: content JSON + SHA-256, document ID, the PDF prepared for signing, status låst.

    `at` dates the version (default now); the demo dates its agreement at the start of its period.
    """
    agreement_id, changes = current_draft(db)
    missing = missing_for_lock(db)
    if missing:
        raise KnownError(
            "Överenskommelsen kan inte låsas ännu. Det här saknas:\n" + "\n".join(f"– {m.sv}" for m in missing),
            "The agreement cannot be locked yet. This is missing:\n" + "\n".join(f"– {m.en}" for m in missing),
        )
    now = at or utcnow()
    cid = db.collaboration_id()
    with db.read() as session:
        data = read_tables(session, cid, AGREEMENT_TABLES)
    row = data.by_id("agreement")[agreement_id]
    prepared = now.strftime("%Y-%m-%d %H:%M UTC")  # utcnow() is naive UTC
    document = locked_version(live_document(data, row), now.date().isoformat(), prepared)
    pdf = _pdf_for_signing(document, now)
    with db.write() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None or agreement.status != "utkast":
            raise NotFoundError(
                "Utkastet ändrades medan det låstes. Försök igen.",
                "The draft changed while it was being locked. Try again.",
            )
        versioning.freeze(agreement, status="låst", content_json=to_json(document),
                          content_hash=document.content_sha256, document_id=document.document_id)
        agreement.title = document.title
        agreement.locked_at = now
        agreement.pdf = pdf
        session.add(AuditEntry(action="lock", entity="agreement", entity_id=agreement_id,
                               detail=f'{{"sha256": "{document.content_sha256}"}}'))
    return changes | Changes.of("agreement", agreement_id)


def _pdf_for_signing(document: AgreementDocument, now: dt.datetime) -> bytes:
    """The agreement PDF (its last page the signing record) with its signature fields, when the signing module
    can add them."""
    from samverka.export.pdf import build_pdf
    from samverka.export.pdf_types import SigningRecord

    result = build_pdf(document)
    try:
        from samverka.export.signing.prepare import prepare_for_signing
    except ImportError:
        return result.data
    record = SigningRecord(document.document_id, document.title, document.content_sha256, now,
                           result.signature_boxes)
    try:
        prepared: Any = prepare_for_signing(result.data, record)
    except Exception:  # noqa: BLE001 - the plain PDF is still a valid locked version; signing can be redone
        log.exception("preparing the agreement for signing failed; storing the plain PDF")
        return result.data
    return bytes(prepared.data if hasattr(prepared, "data") else prepared)


def unlock(db: Database, agreement_id: int) -> Changes:
    """Undo a lock that nobody has signed yet: the version is a draft again and its PDF is dropped."""
    with db.write() as session:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            raise NotFoundError("Versionen finns inte längre.", "The version no longer exists.")
        signed = session.scalars(select(Signature.id).where(Signature.agreement_id == agreement_id)).first()
        if signed is not None or agreement.status != "låst":
            raise KnownError(
                "Versionen är redan undertecknad och kan inte låsas upp. Gör en ny version i stället.",
                "The version is already signed and cannot be unlocked. Make a new version instead.",
            )
        if versioning.has_newer(session, Agreement, agreement):
            raise KnownError(
                "Det finns redan en nyare version; den låsta versionen kan inte låsas upp.",
                "A newer version exists already; the locked version cannot be unlocked.",
            )
        versioning.thaw(agreement)
        agreement.locked_at = None
        agreement.pdf = None
        session.add(AuditEntry(action="unlock", entity="agreement", entity_id=agreement_id, detail=""))
    return Changes.of("agreement", agreement_id) | Changes.kinds_only("agreement_section", "signatory")


def agreement_pdf(db: Database, agreement_id: int) -> bytes | None:
    """The stored PDF of a locked version (exactly the bytes that are signed)."""
    with db.read() as session:
        agreement = session.get(Agreement, agreement_id)
        return agreement.pdf if agreement is not None else None
