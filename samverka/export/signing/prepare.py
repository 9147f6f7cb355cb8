"""Prepare a locked agreement PDF for signing: empty signature fields, the signing record, Samverka's marker.

Preparation is an incremental update on the rendered document: the renderer's bytes (structure tree, XMP metadata,
PDF/A identification) stay exactly as written, so the SHA-256 of the unsigned document is stable and the certifying
signature covers both the document and everything added here.

What is added, and why each part matters for verification:
* the marker (catalog /PieceInfo /Samverka /Private): document ID, content hash, the signature field names and the
  signatory each field belongs to. The certifying signature covers it, so `verify` (even without the collaboration
  file) knows which fields are Samverka's and whom each field expects;
* one empty signature field per signatory, each locked with FieldMDP so that after it is signed only the other
  signatories' fields may still change;
The signing record is the agreement's own last page (rendered with the document at lock time): nothing is
appended here.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from samverka.errors import KnownError
from samverka.export.pdf_types import SignatureBox, SigningRecord
from samverka.export.signing._writer import incremental_writer
from samverka.export.signing.integrity import PIECE_NAME

_FIELD_NAME = re.compile(r"^[A-Za-z0-9_\-]{1,60}$")

__all__ = ["PIECE_NAME", "prepare_for_signing", "read_marker"]


def prepare_for_signing(pdf: bytes, record: SigningRecord) -> bytes:
    """The agreement with one empty signature field per signatory (its signing record is already its last page)."""
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415 - pyHanko loads lazily

    _check_boxes(record.signatories, 10**6)
    try:
        writer = incremental_writer(pdf)
        root = writer.root
        page_count = int(root["/Pages"]["/Count"])
    except (PdfError, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise KnownError(
            f"Filen är ingen läsbar PDF ({exc}).", f"The file is not a readable PDF ({exc})."
        ) from None
    if writer.prev.encrypted:
        raise KnownError("PDF-filen är krypterad.", "The PDF is encrypted.")
    _check_boxes(record.signatories, page_count)
    if PIECE_NAME in root.get("/PieceInfo", {}):
        raise KnownError(
            "PDF-filen är redan förberedd för underskrift.", "The PDF has already been prepared for signing."
        )
    if root.get("/AcroForm") is not None and root["/AcroForm"].get("/Fields"):
        raise KnownError(
            "PDF-filen har redan formulärfält; Samverka förbereder bara sina egna avtal för underskrift.",
            "The PDF already has form fields; Samverka only prepares its own agreements for signing.",
        )
    root["/PieceInfo"] = _marker(record)
    writer.update_root()
    fields = _add_signature_fields(writer, record.signatories)
    _tag_for_accessibility(writer, fields)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_signature_fields(writer: Any, boxes: tuple[SignatureBox, ...]) -> list[Any]:
    """One empty signature field per signatory; signing it locks every field except the others' signature fields."""
    from pyhanko.sign.fields import (  # noqa: PLC0415
        FieldMDPAction,
        FieldMDPSpec,
        SigFieldSpec,
        append_signature_field,
    )

    names = [box.field_name for box in boxes]
    refs = []
    for box in boxes:
        others = [name for name in names if name != box.field_name]
        lock = FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=others) if others else FieldMDPSpec(FieldMDPAction.ALL)
        refs.append(append_signature_field(writer, SigFieldSpec(
            sig_field_name=box.field_name, on_page=box.page_index, box=_int_box(box.box),
            readable_field_name=_readable_name(box), field_mdp_spec=lock,
        )))
    return refs


def _readable_name(box: SignatureBox) -> str:
    """The field's /TU: what a screen reader (and a viewer's tooltip) says about the field."""
    return box.label


# --- accessibility (PDF/UA) ---------------------------------------------------------------------------------------
def _tag_for_accessibility(writer: Any, fields: list[Any]) -> None:
    """Hook for tagged PDF: give each signature widget its place in the structure tree.

    Kept separate so that the PDF/UA work on the renderer can fill it in without touching the rest of prepare:
    a /Form structure element per widget (with an /OBJR to it), /StructParent on the widget and a ParentTree
    entry. Verification accepts these additions: they are made here, before the first signature covers them.
    Today the fields only get /TU (set in `_add_signature_fields`).
    """
    _ = writer, fields


# --- checks and the marker ----------------------------------------------------------------------------------------
def _int_box(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    x1, y1, x2, y2 = box
    return round(min(x1, x2)), round(min(y1, y2)), round(max(x1, x2)), round(max(y1, y2))


def _check_boxes(boxes: tuple[SignatureBox, ...], page_count: int) -> None:
    if not boxes:
        raise KnownError("Avtalet har inga undertecknare.", "The agreement has no signatories.")
    names = [box.field_name for box in boxes]
    for box in boxes:
        if not _FIELD_NAME.match(box.field_name):
            raise ValueError(f"signature field name {box.field_name!r}: use letters, digits, _ or - (no dots)")
        if not 0 <= box.page_index < page_count:
            raise ValueError(f"signature field {box.field_name!r} is on page {box.page_index}, not in the PDF")
        x1, y1, x2, y2 = _int_box(box.box)
        if x2 - x1 < 20 or y2 - y1 < 20:
            raise ValueError(f"signature field {box.field_name!r} is too small to be visible: {box.box}")
    if len(set(names)) != len(names):
        raise ValueError(f"signature field names repeat: {names}")


def _marker(record: SigningRecord) -> Any:
    from pyhanko.pdf_utils import generic as typed_generic  # noqa: PLC0415

    generic: Any = typed_generic

    private = generic.DictionaryObject({
        generic.pdf_name("/DocumentId"): generic.TextStringObject(record.document_id),
        generic.pdf_name("/ContentSHA256"): generic.TextStringObject(record.content_sha256),
        generic.pdf_name("/Fields"): generic.ArrayObject(
            generic.TextStringObject(box.field_name) for box in record.signatories
        ),
        generic.pdf_name("/Signers"): generic.ArrayObject(
            generic.TextStringObject(box.signer_name) for box in record.signatories
        ),
    })
    piece = generic.DictionaryObject({
        generic.pdf_name("/LastModified"): generic.pdf_date(record.prepared_at.astimezone(dt.UTC)),
        generic.pdf_name("/Private"): private,
    })
    return generic.DictionaryObject({generic.pdf_name(PIECE_NAME): piece})


def read_marker(reader: Any) -> dict[str, Any] | None:
    """Samverka's private data in a PDF (document ID, content hash, field names), or None if it is not Samverka's."""
    try:
        piece = reader.root["/PieceInfo"][PIECE_NAME]["/Private"]
        return {
            "document_id": str(piece["/DocumentId"]),
            "content_sha256": str(piece["/ContentSHA256"]),
            "fields": [str(name) for name in piece["/Fields"]],
            "signers": [str(name) for name in piece.get("/Signers", [])],
        }
    except (KeyError, TypeError, AttributeError):
        return None
