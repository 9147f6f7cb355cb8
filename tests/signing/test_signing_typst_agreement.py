"""The real agreement (Typst: tagged PDF/UA-1 + PDF/A-2) through prepare and two signatures: each signature field
is tagged where its signature block is, the renderer's metadata stays as written (/Info agrees with the XMP), the
signatures hold (samverka verify, pdfsig, qpdf), and every forgery of the attack corpus still fails on it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from attacks import ATTACKS, Attack, Corpus
from cryptography.hazmat.primitives.asymmetric import ec
from pyhanko.pdf_utils.reader import PdfFileReader
from signing_certs import Ca, issue, make_ca, p12
from signing_helpers import cli, pdfsig, pdfsig_flags

from samverka.export.documents import Signatory
from samverka.export.pdf_types import SigningRecord
from samverka.export.signing.prepare import prepare_for_signing
from samverka.export.signing.revisions import scan
from samverka.export.signing.sign import sign_pdf
from samverka.export.signing.signers import P12Source

SIGNERS = (
    Signatory("sig_kommun", "Anna Åkesson", "Kommunstyrelsens ordförande", "Lunds kommun", "Lund"),
    Signatory("sig_polis", "محمد علي", "Lokalpolisområdeschef", "Polisen, lokalpolisområde Lund", "Lund"),
)


def _p12(folder: Path, ca: Ca, name: str, *, ec_key: bool = False) -> tuple[Path, str]:
    key, cert = issue(ca, name, key=ec.generate_private_key(ec.SECP256R1()) if ec_key else None)
    path = folder / f"{cert.serial_number:x}.p12"
    path.write_bytes(p12(key, cert, ca, b"hemligt"))
    return path, "hemligt"


def _prepared_agreement(demo_template: Path, folder: Path, signers: tuple[Signatory, ...]) -> tuple[bytes, bytes]:
    """A copy of the demo's agreement with these signatories, locked on 1 January 2026: (the rendered PDF, the
    same prepared for signing)."""
    from samverka.core.collaboration_service import open_collaboration
    from samverka.core.documents.agreement import agreement_document, locked_version
    from samverka.export.pdf import build_pdf

    copy = folder / "demo.samverka"
    shutil.copyfile(demo_template, copy)
    db = open_collaboration(copy)
    try:
        draft = dataclasses.replace(agreement_document(db), signatories=signers)
    finally:
        db.close()
    document = locked_version(draft, "2026-01-01", "2026-01-01 09:00 UTC")
    result = build_pdf(document)
    record = SigningRecord(document.document_id, document.title, document.content_sha256,
                           dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC), result.signature_boxes)
    return result.data, prepare_for_signing(result.data, record)


@dataclasses.dataclass
class Rendered:
    rendered: bytes
    corpus: Corpus


@pytest.fixture(scope="session")
def typst(ca: Ca, demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """The demo agreement locked with two test signatories, prepared, and signed by both (RSA, then EC)."""
    folder = tmp_path_factory.mktemp("typst")
    rendered, prepared = _prepared_agreement(demo_template, folder, SIGNERS)
    anna, polis = _p12(folder, ca, "Anna Åkesson"), _p12(folder, ca, "محمد علي", ec_key=True)
    signed1 = sign_pdf(prepared, "sig_kommun", P12Source(*anna)).pdf
    signed2 = sign_pdf(signed1, "sig_polis", P12Source(*polis)).pdf
    corpus = Corpus(prepared=prepared, signed1=signed1, signed2=signed2, anna=anna, polis=polis,
                    eve=_p12(folder, ca, "Eve Svensson"), rogue_anna=_p12(folder, make_ca(), "Anna Åkesson"),
                    ca_pem=ca.pem)
    return Rendered(rendered, corpus)


def _struct_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "s.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True).stdout.decode("utf-8", "replace")


def _signature_blocks(tree: str) -> list[list[str]]:
    """Around each Form element in reading order: the text before it, "Form", and the text after it."""
    items = [form or text for form, text in re.findall(r'^\s*(?:(Form):|"([^"]*)")', tree, re.M)]
    return [[items[i - 1], "Form", items[i + 1]] for i, item in enumerate(items) if item == "Form"]


def _tags(pdf: bytes) -> dict[str, Any]:
    reader = PdfFileReader(io.BytesIO(pdf))
    root = reader.root
    nums = root["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    by_key = {int(nums[i]): nums.raw_get(i + 1) for i in range(0, len(nums), 2)}
    found = {}
    for ref in root["/AcroForm"].raw_get("/Fields"):
        widget = ref.get_object()
        element = by_key[int(widget["/StructParent"])].get_object()
        assert element["/S"] == "/Form" and element["/K"].raw_get("/Obj").idnum == ref.idnum
        page = widget["/P"]
        found[str(widget["/T"])] = (str(page["/Tabs"]), str(widget["/TU"]))
    return found


def test_prepare_tags_each_field_inside_its_signature_block(typst: Rendered, tmp_path: Path) -> None:
    prepared = typst.corpus.prepared
    assert prepared.startswith(typst.rendered), "prepare is an incremental update of the rendered bytes"
    assert _tags(prepared) == {
        "sig_kommun": ("/S", "Underskrift: Anna Åkesson (Kommunstyrelsens ordförande, Lunds kommun)"),
        "sig_polis": ("/S", "Underskrift: محمد علي (Lokalpolisområdeschef, Polisen, lokalpolisområde Lund)"),
    }
    tree = _struct_text(prepared, tmp_path)
    blocks = _signature_blocks(tree)
    assert len(blocks) == 2, tree[-3000:]
    for block, org in zip(blocks, ("Lunds kommun", "Polisen, lokalpolisområde Lund"), strict=True):
        # The screen reader meets the party, then the field, then the field's label "Underskrift".
        assert block[:3] == [org, "Form", "Underskrift"], block
    assert "Figure" not in tree[tree.index('"Underskrifter"'):tree.index('"Underskriftsbilaga"')], (
        "the placeholder figures become the fields' Form elements")
    path = tmp_path / "prepared.pdf"
    path.write_bytes(prepared)
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_signed_agreement_keeps_tags_metadata_and_valid_signatures(typst: Rendered, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    signed = typst.corpus.signed2
    path = tmp_path / "undertecknad.pdf"
    path.write_bytes(signed)
    trust = tmp_path / "ca.pem"
    trust.write_bytes(typst.corpus.ca_pem)
    assert cli("verify", str(path), "--trust", str(trust)) == 0, capsys.readouterr().out
    assert not pdfsig_flags(path) and pdfsig(path).count("Signature is Valid.") == 2
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0 and "No syntax or stream encoding errors" in check.stdout
    assert set(_tags(signed)) == {"sig_kommun", "sig_polis"}
    assert [block[:3] for block in _signature_blocks(_struct_text(signed, tmp_path))] == [
        ["Lunds kommun", "Form", "Underskrift"], ["Polisen, lokalpolisområde Lund", "Form", "Underskrift"]]
    # PDF/A: the renderer's XMP and /Info are never rewritten, so they still agree after two signatures.
    reader = PdfFileReader(io.BytesIO(signed))
    layout = scan(signed)
    assert layout.defined_in(reader.root.raw_get("/Metadata").idnum) is layout.revisions[0]
    info_ref = reader.trailer.raw_get("/Info")
    assert layout.defined_in(info_ref.idnum) is layout.revisions[0]
    xmp = reader.root["/Metadata"].data.decode("utf-8")
    info = reader.trailer["/Info"]
    assert str(info["/Title"]) in xmp and re.search(r"pdfaid:part[^0-9]*2", xmp) and re.search(
        r"pdfuaid:part[^0-9]*1", xmp)
    created = re.search(r"<xmp:CreateDate>([^<]+)</xmp:CreateDate>", xmp)
    assert created and str(info["/CreationDate"]).startswith("D:" + re.sub(r"\D", "", created.group(1))[:14])
    assert reader.root["/MarkInfo"]["/Marked"] and str(reader.root["/Lang"]).startswith("sv")


def _built(attack: Attack, corpus: Corpus) -> bytes | None:
    try:
        return attack.build(corpus)
    except (KeyError, IndexError, ValueError, AssertionError):
        return None  # a forgery written against the plain fixture's layout; the tagged document has another


@pytest.mark.slow
@pytest.mark.parametrize("attack", ATTACKS, ids=[attack.ident for attack in ATTACKS])
def test_forgeries_of_the_tagged_agreement_fail(attack: Attack, typst: Rendered, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    forged = _built(attack, typst.corpus)
    if forged is None:
        pytest.skip("this forgery is built for the plain fixture's page layout")
    path = tmp_path / "förfalskad.pdf"
    path.write_bytes(forged)
    trust = tmp_path / "ca.pem"
    trust.write_bytes(typst.corpus.ca_pem)
    extra = ("--trust", str(trust)) if attack.trust else ()
    assert cli("verify", str(path), "--json", *extra) == 1
    result = json.loads(capsys.readouterr().out)
    codes = {reason["code"] for reason in result["reasons"]}
    codes |= {reason["code"] for sig in result["signatures"] for reason in sig["reasons"]}
    assert not result["ok"] and codes & attack.reasons, f"{attack.ident}: {sorted(codes)}"


def test_a_name_the_typesetter_changes_still_gets_its_field_inside_its_block(demo_template: Path,
                                                                            tmp_path: Path) -> None:
    """A straight apostrophe is printed as a typographic one; the placeholder's alternative text must still be the
    field's own label, so prepare finds the place instead of appending the field at the end of the tree."""
    signers = (dataclasses.replace(SIGNERS[0], name="Anna O'Brien"), SIGNERS[1])
    _rendered, prepared = _prepared_agreement(demo_template, tmp_path, signers)
    blocks = _signature_blocks(_struct_text(prepared, tmp_path))
    assert [block[:3] for block in blocks] == [["Lunds kommun", "Form", "Underskrift"],
                                               ["Polisen, lokalpolisområde Lund", "Form", "Underskrift"]]
