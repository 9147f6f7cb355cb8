"""PDF documents: each plain document becomes a tagged PDF/A-2a + PDF/UA-1 file (Typst). No Qt, no database.

`build_pdf(document)` is the one entry; the layouts are the templates in `typst/` (one per document kind, on the
shared page furniture of `lib.typ`), the data is `payload.payload(document)`.
"""

from __future__ import annotations

from samverka.export.documents import AnyDocument
from samverka.export.pdf.engine import PAGE_HEIGHT, compile_document, creation_time
from samverka.export.pdf.payload import payload
from samverka.export.pdf_types import PdfResult, SignatureBox


def build_pdf(document: AnyDocument) -> PdfResult:
    """The PDF of any of the seven documents, with the signature fields' places for the signing step."""
    data = payload(document)
    created = creation_time(str(getattr(document, "prepared_at", "") or document.date))
    compiled = compile_document(data, created)
    return PdfResult(data=compiled.data, page_count=compiled.page_count,
                     signature_boxes=_boxes(document, compiled.marks))


def _boxes(document: AnyDocument, marks: tuple[dict[str, object], ...]) -> tuple[SignatureBox, ...]:
    signatories = getattr(document, "signatories", ())
    by_field = {str(m["field"]): m for m in marks if m.get("kind") == "sigbox"}
    boxes = []
    for who in signatories:
        mark = by_field.get(who.field_name)
        if mark is None:
            continue
        x, y = float(str(mark["x"])), float(str(mark["y"]))
        w, h = float(str(mark["w"])), float(str(mark["h"]))
        boxes.append(SignatureBox(
            field_name=who.field_name,
            page_index=int(str(mark["page"])) - 1,
            box=(round(x, 2), round(PAGE_HEIGHT - y - h, 2), round(x + w, 2), round(PAGE_HEIGHT - y, 2)),
            signer_name=who.name,
            signer_title=who.title,
            organisation=who.organisation,
        ))
    return tuple(boxes)
