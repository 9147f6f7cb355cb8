"""prepare_for_signing: one empty field per signatory and Samverka's marker; nothing appended (the signing record
is the agreement's own last page, rendered at lock time: tests/export)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from signing_pdfs import agreement_pdf, record_for

from samverka.errors import KnownError
from samverka.export.pdf_types import SignatureBox
from samverka.export.signing.prepare import prepare_for_signing, read_marker
from samverka.export.signing.sign import signature_fields


def test_fields_and_marker_and_no_page_appended(tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf, boxes = agreement_pdf()
    record = record_for(boxes)
    prepared = prepare_for_signing(pdf, record)
    fields = signature_fields(prepared)
    assert [(f.name, f.signed, f.width, f.height) for f in fields] == [
        ("sig_kommun", False, 220, 90), ("sig_polis", False, 220, 90)
    ]
    marker = read_marker(PdfFileReader(io.BytesIO(prepared)))
    assert marker == {"document_id": record.document_id, "content_sha256": record.content_sha256,
                      "fields": ["sig_kommun", "sig_polis"], "signers": ["Anna Åkesson", "محمد علي"]}
    path = tmp_path / "avtal.pdf"
    path.write_bytes(prepared)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.M)


@pytest.mark.parametrize("bad", [
    SignatureBox("sig.kommun", 1, (72, 560, 292, 650), "A", "", ""),
    SignatureBox("sig_kommun", 7, (72, 560, 292, 650), "A", "", ""),
    SignatureBox("sig_kommun", 1, (72, 560, 72, 650), "A", "", ""),
])
def test_bad_boxes_are_refused(bad: SignatureBox) -> None:
    pdf, _ = agreement_pdf()
    with pytest.raises(ValueError):
        prepare_for_signing(pdf, record_for((bad,)))


def test_refuses_twice_and_non_pdf() -> None:
    pdf, boxes = agreement_pdf()
    prepared = prepare_for_signing(pdf, record_for(boxes))
    with pytest.raises(KnownError, match="redan förberedd"):
        prepare_for_signing(prepared, record_for(boxes))
    with pytest.raises(KnownError, match="ingen läsbar PDF"):
        prepare_for_signing(b"hello", record_for(boxes))
    with pytest.raises(KnownError, match="inga undertecknare"):
        prepare_for_signing(pdf, record_for(()))
