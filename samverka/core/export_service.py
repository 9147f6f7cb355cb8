"""One entry for every export: which document or table, in which format, as bytes (the caller writes them)."""

from __future__ import annotations

from samverka.core.documents.sheets import action_plan_sheets
from samverka.core.export_formats import DOCX_DOCUMENTS, FORMATS, PDF_DOCUMENTS
from samverka.export.documents import AnyDocument
from samverka.models.db import Database

__all__ = ["DOCX_DOCUMENTS", "FORMATS", "PDF_DOCUMENTS", "document", "export_bytes", "pdf_bytes"]


def document(db: Database, what: str, *, promise_id: int | None = None, meeting_id: int | None = None,
             agreement_id: int | None = None) -> AnyDocument:
    """The plain document behind a PDF."""
    from samverka.core import documents  # noqa: PLC0415

    if what == "agreement":
        return documents.agreement_document(db, agreement_id)
    if what == "actionplan":
        return documents.action_plan_document(db)
    if what == "promise":
        return documents.promise_document(db, promise_id)
    if what == "promise-followup":
        return documents.promise_followup_document(db, promise_id)
    if what == "lagesbild":
        return documents.lagesbild_document(db)
    if what == "report":
        return documents.workshop_report_document(db, meeting_id)
    if what == "followup":
        return documents.followup_document(db)
    raise ValueError(f"unknown document {what!r}")


def pdf_bytes(db: Database, what: str, *, promise_id: int | None = None, meeting_id: int | None = None,
              agreement_id: int | None = None) -> bytes:
    """A locked agreement comes out exactly as stored (the bytes that are signed); the rest is built now."""
    if what == "agreement":
        stored = _stored_agreement_pdf(db, agreement_id)
        if stored is not None:
            return stored
    from samverka.export.pdf import build_pdf  # noqa: PLC0415

    doc = document(db, what, promise_id=promise_id, meeting_id=meeting_id, agreement_id=agreement_id)
    return build_pdf(doc).data


def _stored_agreement_pdf(db: Database, agreement_id: int | None) -> bytes | None:
    from samverka.core import agreement_service  # noqa: PLC0415
    from samverka.core.documents.agreement import agreement_document  # noqa: PLC0415

    current = agreement_document(db, agreement_id)
    for version in agreement_service.versions(db):
        if version.document_id == current.document_id and version.status != "utkast":
            signed = _latest_signed(db, version.id)
            return signed or version.pdf
    return None


def _latest_signed(db: Database, agreement_id: int) -> bytes | None:
    from samverka.core.crud import list_rows  # noqa: PLC0415

    signed = [s for s in list_rows(db, "signature", agreement_id=agreement_id) if s.signed_pdf]
    return signed[-1].signed_pdf if signed else None


def export_bytes(db: Database, what: str, fmt: str, *, promise_id: int | None = None,
                 meeting_id: int | None = None, agreement_id: int | None = None) -> bytes:
    if fmt == "docx" and what in DOCX_DOCUMENTS:
        from samverka.export.docx import build_docx  # noqa: PLC0415

        return build_docx(document(db, what, agreement_id=agreement_id))  # type: ignore[arg-type]
    if what in PDF_DOCUMENTS:
        return pdf_bytes(db, what, promise_id=promise_id, meeting_id=meeting_id, agreement_id=agreement_id)
    if what == "calendar":  # the årshjul as iCalendar
        from samverka.core.calendar_service import calendar_ics  # noqa: PLC0415

        return calendar_ics(db)
    if what == "actions":
        from samverka.export.tabular import to_csv, to_xlsx  # noqa: PLC0415

        sheets = action_plan_sheets(db)
        return to_csv(sheets) if fmt == "csv" else to_xlsx(sheets)
    if what == "json":
        from samverka.core.json_io import export_json  # noqa: PLC0415

        return export_json(db)
    raise ValueError(f"unknown export {what!r}")
