"""Documents as the PDF/UA + PDF/A renderer will make them: a structure tree, XMP metadata, an output intent, object
and xref streams. Prepare keeps the rendered bytes and tags the signature widgets in its own update (a Form element
per widget); signing and verify accept them."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer
from signing_helpers import pdfsig_flags
from signing_pdfs import agreement_pdf, record_for

from samverka.export.signing.prepare import prepare_for_signing
from samverka.export.signing.revisions import scan
from samverka.export.signing.sign import sign_pdf
from samverka.export.signing.signers import P12Source
from samverka.export.signing.verify import verify_pdf

XMP = b"""<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>
<dc:title><rdf:Alt><rdf:li xml:lang="sv">Samverkans\xc3\xb6verenskommelse</rdf:li></rdf:Alt></dc:title>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def _name(text: str) -> Any:
    return generic.NameObject(text)


def _tagged(pdf: bytes) -> bytes:
    """The fixture agreement with what a tagged PDF/A-2 renderer adds to the catalog."""
    writer: Any = copy_into_new_writer(PdfFileReader(io.BytesIO(pdf)))
    root = writer.root
    document = generic.DictionaryObject({_name("/Type"): _name("/StructElem"), _name("/S"): _name("/Document"),
                                         _name("/K"): generic.ArrayObject()})
    document_ref = writer.add_object(document)
    tree = writer.add_object(generic.DictionaryObject({
        _name("/Type"): _name("/StructTreeRoot"), _name("/K"): document_ref,
        _name("/ParentTree"): writer.add_object(generic.DictionaryObject({_name("/Nums"): generic.ArrayObject()})),
        _name("/ParentTreeNextKey"): generic.NumberObject(0),
    }))
    document["/P"] = tree
    root["/StructTreeRoot"] = tree
    root["/MarkInfo"] = generic.DictionaryObject({_name("/Marked"): generic.BooleanObject(True)})
    root["/Lang"] = generic.TextStringObject("sv-SE")
    root["/Metadata"] = writer.add_object(generic.StreamObject(
        {_name("/Type"): _name("/Metadata"), _name("/Subtype"): _name("/XML")}, stream_data=XMP))
    root["/OutputIntents"] = generic.ArrayObject([generic.DictionaryObject({
        _name("/Type"): _name("/OutputIntent"), _name("/S"): _name("/GTS_PDFA1"),
        _name("/OutputConditionIdentifier"): generic.TextStringObject("sRGB IEC61966-2.1"),
    })])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _form_elements(pdf: bytes) -> dict[str, Any]:
    """Each signature field's structure element: field name → the element whose OBJR points at its widget."""
    reader = PdfFileReader(io.BytesIO(pdf))
    root = reader.root
    tree = root["/StructTreeRoot"]
    nums = tree["/ParentTree"]["/Nums"]
    by_key = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    found = {}
    for ref in root["/AcroForm"].raw_get("/Fields"):
        widget = ref.get_object()
        element = by_key[int(widget["/StructParent"])]
        assert element["/K"]["/Obj"].get_object() is widget or element["/K"].raw_get("/Obj").idnum == ref.idnum
        found[str(widget["/T"])] = element
    return found


@pytest.mark.parametrize("streams", [False, True], ids=["xref-table", "object-streams"])
def test_tagged_pdfa_agreement_signs_and_verifies(corpus, tmp_path: Path, streams: bool) -> None:  # type: ignore[no-untyped-def]
    pdf, boxes = agreement_pdf()
    rendered = _tagged(pdf)
    if streams:
        if not shutil.which("qpdf"):
            pytest.skip("qpdf is needed to write object and xref streams")
        (tmp_path / "in.pdf").write_bytes(rendered)
        subprocess.run(["qpdf", "--object-streams=generate", str(tmp_path / "in.pdf"), str(tmp_path / "os.pdf")],
                       check=True)
        rendered = (tmp_path / "os.pdf").read_bytes()
        assert b"/ObjStm" in rendered
    prepared = prepare_for_signing(rendered, record_for(boxes))
    assert prepared.startswith(rendered), "prepare is an incremental update: the rendered bytes stay as they were"
    forms = _form_elements(prepared)
    assert set(forms) == {"sig_kommun", "sig_polis"} and all(f["/S"] == "/Form" for f in forms.values())
    first = sign_pdf(prepared, "sig_kommun", P12Source(*corpus.anna)).pdf
    both = sign_pdf(first, "sig_polis", P12Source(*corpus.polis)).pdf
    report = verify_pdf(both, [corpus.ca_pem])
    assert report.ok, [(check.field_name, [str(p.text) for p in check.problems]) for check in report.signatures]
    reader = PdfFileReader(io.BytesIO(both))
    metadata = reader.root.raw_get("/Metadata").idnum
    layout = scan(both)
    assert layout.defined_in(metadata) is layout.revisions[0], "the renderer's XMP is never rewritten"
    assert "/StructTreeRoot" in reader.root and reader.root["/MarkInfo"]["/Marked"]
    assert set(_form_elements(both)) == {"sig_kommun", "sig_polis"}, "the signatures keep the fields' tags"
    path = tmp_path / "signerad.pdf"
    path.write_bytes(both)
    assert not pdfsig_flags(path)
