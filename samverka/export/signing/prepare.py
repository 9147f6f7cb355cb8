"""Prepare a locked agreement PDF for signing: empty signature fields and Samverka's marker."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from samverka.errors import KnownError
from samverka.export.pdf_types import SignatureBox, SigningRecord

# Private data in the catalog's page-piece dictionary (ISO 32000 14.5): how signing recognises Samverka's PDFs.
PIECE_NAME = "/Samverka"
_FIELD_NAME = re.compile(r"^[A-Za-z0-9_\-]{1,60}$")


def prepare_for_signing(pdf: bytes, record: SigningRecord) -> bytes:
    """The agreement with one empty signature field per signatory (its signing record is already its last page)."""
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415 - pyHanko loads lazily
    from pyhanko.pdf_utils.writer import copy_into_new_writer  # noqa: PLC0415
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field  # noqa: PLC0415

    reader = _read(pdf, PdfFileReader)
    page_count = int(reader.root["/Pages"]["/Count"])
    _check_boxes(record.signatories, page_count)
    if PIECE_NAME in reader.root.get("/PieceInfo", {}):
        raise KnownError(
            "PDF-filen är redan förberedd för underskrift.", "The PDF has already been prepared for signing."
        )
    writer: Any = copy_into_new_writer(reader)
    # The signing record is the agreement's own last page now (rendered at lock time): nothing is appended.
    writer.root["/PieceInfo"] = _marker(record)
    writer.update_root()
    for box in record.signatories:
        append_signature_field(
            writer, SigFieldSpec(sig_field_name=box.field_name, on_page=box.page_index, box=_int_box(box.box))
        )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _read(pdf: bytes, reader_type: Any) -> Any:
    from pyhanko.pdf_utils.misc import PdfError  # noqa: PLC0415

    try:
        reader = reader_type(io.BytesIO(pdf), strict=False)
        _ = reader.root["/Pages"]["/Count"]
    except (PdfError, KeyError, ValueError, TypeError) as exc:
        raise KnownError(
            f"Filen är ingen läsbar PDF ({exc}).", f"The file is not a readable PDF ({exc})."
        ) from None
    if reader.encrypted:
        raise KnownError("PDF-filen är krypterad.", "The PDF is encrypted.")
    return reader


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
    })
    piece = generic.DictionaryObject({
        generic.pdf_name("/LastModified"): generic.pdf_date(record.prepared_at.astimezone(dt.UTC)),
        generic.pdf_name("/Private"): private,
    })
    return generic.DictionaryObject({generic.pdf_name(PIECE_NAME): piece})


def _append_pdf_pages(writer: Any, pdf: bytes, size: tuple[float, float]) -> None:
    """Append each page of `pdf` to `writer`, each wrapped as a form XObject on a new page."""
    from pyhanko.pdf_utils import generic as typed_generic  # noqa: PLC0415
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: PLC0415

    generic: Any = typed_generic
    source = PdfFileReader(io.BytesIO(pdf))
    for index in range(int(source.root["/Pages"]["/Count"])):
        xobject = writer.import_page_as_xobject(source, page_ix=index)
        content = writer.add_object(generic.StreamObject(stream_data=b"q /Rec Do Q"))
        page = generic.DictionaryObject({
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.FloatObject(0), generic.FloatObject(0), generic.FloatObject(size[0]),
                 generic.FloatObject(size[1])]
            ),
            generic.pdf_name("/Resources"): generic.DictionaryObject({
                generic.pdf_name("/XObject"): generic.DictionaryObject({generic.pdf_name("/Rec"): xobject}),
            }),
            generic.pdf_name("/Contents"): content,
        })
        writer.insert_page(page)


def read_marker(reader: Any) -> dict[str, Any] | None:
    """Samverka's private data in a PDF (document ID, content hash, field names), or None if it is not Samverka's."""
    try:
        piece = reader.root["/PieceInfo"][PIECE_NAME]["/Private"]
        return {
            "document_id": str(piece["/DocumentId"]),
            "content_sha256": str(piece["/ContentSHA256"]),
            "fields": [str(name) for name in piece["/Fields"]],
        }
    except (KeyError, TypeError, AttributeError):
        return None
