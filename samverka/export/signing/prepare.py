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
            "PDF-filen har redan formulärfält; Samverka förbereder bara sina egna överenskommelser för underskrift.",
            "The PDF already has form fields; Samverka only prepares its own agreements for signing.",
        )
    root["/PieceInfo"] = _marker(record)
    writer.update_root()
    _add_signature_fields(writer, record.signatories)
    _tag_for_accessibility(writer, record.signatories)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _add_signature_fields(writer: Any, boxes: tuple[SignatureBox, ...]) -> None:
    """One empty signature field per signatory; signing it locks every field except the others' signature fields."""
    from pyhanko.sign.fields import (  # noqa: PLC0415
        FieldMDPAction,
        FieldMDPSpec,
        SigFieldSpec,
        append_signature_field,
    )

    names = [box.field_name for box in boxes]
    for box in boxes:
        others = [name for name in names if name != box.field_name]
        lock = FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=others) if others else FieldMDPSpec(FieldMDPAction.ALL)
        append_signature_field(writer, SigFieldSpec(
            sig_field_name=box.field_name, on_page=box.page_index, box=_int_box(box.box),
            readable_field_name=_readable_name(box), field_mdp_spec=lock,
        ))


def _readable_name(box: SignatureBox) -> str:
    """The field's /TU: what a screen reader (and a viewer's tooltip) says about the field."""
    return box.label


# --- accessibility (PDF/UA) ---------------------------------------------------------------------------------------
def _tag_for_accessibility(writer: Any, boxes: tuple[SignatureBox, ...]) -> None:
    """Give each signature widget its place in the structure tree (PDF/UA-1 7.18: a widget is nested in a Form
    element), in the same update as the fields, so the certifying signature covers it.

    The renderer leaves an empty Figure in each signature block whose alternative text is the field's label
    (`SignatureBox.label`, also the field's /TU); that Figure becomes the field's Form element with an OBJR to the
    widget, so a screen reader meets the field between the party's name and "Underskrift". A document without such
    a Figure gets the Form element at the end of its top-level element. Each widget gets /StructParent and a
    ParentTree entry; its page gets /Tabs /S (tab order follows the structure). Untagged PDFs are left as they are.
    """
    from pyhanko.pdf_utils import generic as typed_generic  # noqa: PLC0415

    generic: Any = typed_generic
    root = writer.root
    if "/StructTreeRoot" not in root:
        return
    tree = root["/StructTreeRoot"]
    widgets = _widgets_by_name(root)
    places = _signature_figures(tree)
    raw_parent_tree = tree.raw_get("/ParentTree") if "/ParentTree" in tree else None
    parent_tree = raw_parent_tree.get_object() if raw_parent_tree is not None else None
    if not isinstance(parent_tree, dict) or "/Nums" not in parent_tree:
        return  # a ParentTree with intermediate nodes is not what our renderer writes; leave it untagged
    nums = parent_tree["/Nums"]
    keys = [int(nums[i]) for i in range(0, len(nums), 2)]
    next_key = max([int(tree.get("/ParentTreeNextKey", 0)), *(k + 1 for k in keys)])
    pages: dict[int, Any] = {}
    for box in boxes:
        widget_ref = widgets.get(box.field_name)
        if widget_ref is None:
            continue
        widget = widget_ref.get_object()
        page_ref = widget.raw_get("/P")
        objr = generic.DictionaryObject({
            generic.pdf_name("/Type"): generic.pdf_name("/OBJR"), generic.pdf_name("/Obj"): widget_ref,
            generic.pdf_name("/Pg"): page_ref,
        })
        element_ref = _take_place(places, box.label)
        if element_ref is not None:
            element = element_ref.get_object()
            element["/S"] = generic.pdf_name("/Form")
            element["/K"] = objr
            element["/Pg"] = page_ref
            writer.update_container(element)
        else:
            element_ref = _append_form(writer, tree, objr, page_ref)
        widget["/StructParent"] = generic.NumberObject(next_key)
        writer.update_container(widget)
        nums.append(generic.NumberObject(next_key))
        nums.append(element_ref)
        next_key += 1
        pages[page_ref.idnum] = page_ref
    if hasattr(raw_parent_tree, "idnum"):
        writer.update_container(parent_tree)
    tree["/ParentTreeNextKey"] = generic.NumberObject(next_key)
    writer.update_container(tree)
    for page_ref in pages.values():
        page = page_ref.get_object()
        page["/Tabs"] = generic.pdf_name("/S")
        writer.update_container(page)


def _widgets_by_name(root: Any) -> dict[str, Any]:
    found = {}
    for ref in root["/AcroForm"].raw_get("/Fields"):
        field = ref.get_object()
        if field.get("/FT") == "/Sig" and "/Kids" not in field:
            found[str(field["/T"])] = ref
    return found


def _signature_figures(tree: Any) -> list[tuple[str, Any]]:
    """The empty Figures the renderer left for signature fields, in document order: (alternative text, ref)."""
    found: list[tuple[str, Any]] = []
    pending = list(reversed(_kids(tree)))
    seen: set[int] = set()
    while pending:
        ref = pending.pop()
        if not hasattr(ref, "idnum") or ref.idnum in seen or len(seen) > 200_000:
            continue
        seen.add(ref.idnum)
        element = ref.get_object()
        if not isinstance(element, dict):
            continue
        if element.get("/S") == "/Figure" and "/Alt" in element and not _kids(element):
            found.append((str(element["/Alt"]), ref))
            continue
        pending.extend(reversed(_kids(element)))
    return found


def _kids(element: Any) -> list[Any]:
    kids = element.raw_get("/K") if "/K" in element else None
    if kids is None:
        return []
    value = kids.get_object() if hasattr(kids, "get_object") and not isinstance(kids, list) else kids
    if isinstance(value, list):
        return [kid for kid in value if hasattr(kid, "idnum")]
    return [kids] if hasattr(kids, "idnum") else []


def _take_place(places: list[tuple[str, Any]], label: str) -> Any | None:
    for index, (alt, ref) in enumerate(places):
        if alt == label:
            del places[index]
            return ref
    return None


def _append_form(writer: Any, tree: Any, objr: Any, page_ref: Any) -> Any:
    """A Form element at the end of the document's top-level element (when no place was left for the field)."""
    from pyhanko.pdf_utils import generic as typed_generic  # noqa: PLC0415

    generic: Any = typed_generic
    top_kids = _kids(tree)
    parent_ref = top_kids[0] if top_kids else writer.root.raw_get("/StructTreeRoot")
    parent = parent_ref.get_object()
    element_ref = writer.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/StructElem"), generic.pdf_name("/S"): generic.pdf_name("/Form"),
        generic.pdf_name("/P"): parent_ref, generic.pdf_name("/Pg"): page_ref, generic.pdf_name("/K"): objr,
    }))
    kids = parent.raw_get("/K") if "/K" in parent else None
    if isinstance(kids, list):
        kids.append(element_ref)
    else:
        parent["/K"] = generic.ArrayObject([kids, element_ref] if kids is not None else [element_ref])
    writer.update_container(parent)
    return element_ref


# --- checks and the marker ----------------------------------------------------------------------------------------
def _int_box(box: tuple[float, float, float, float]) -> tuple[int, int, int, int]:
    x1, y1, x2, y2 = box
    return round(min(x1, x2)), round(min(y1, y2)), round(max(x1, x2)), round(max(y1, y2))


def _check_boxes(boxes: tuple[SignatureBox, ...], page_count: int) -> None:
    if not boxes:
        raise KnownError("Överenskommelsen har inga undertecknare.", "The agreement has no signatories.")
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
