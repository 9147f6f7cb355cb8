"""Each of the five documents as a real PDF, checked with pdftotext, pdffonts, qpdf and pdftoppm."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pdf_checks import ARABIC_NAME, MARKUP, fonts_embedded, pages_with_content, qpdf_ok, text_of

from samverka.core.documents.sections import SECTIONS

AGREEMENT_HEADINGS = [f"{i} {heading}" for i, (_, heading) in enumerate(SECTIONS, start=1)] + [
    "14 Underskrifter", "Åtgärdsplan", "Innehåll", "Bilaga 1: Medborgarlöfte",
]
EXPECTED: dict[str, list[str]] = {
    "agreement": AGREEMENT_HEADINGS + [
        "Otrygghet kvällstid vid Lund C", "Vaktpass och belysning är planerade för dagtrafiken", "Effektmål",
        "Ort och datum", "Namnförtydligande", "Sida 1 av", ARABIC_NAME, MARKUP, "äldre och öar",
    ],
    "promise": ["Vi lovar", "Inriktning", "Situationen idag samt hur löftet togs fram", "Mål och uppföljning",
                "Så kan du bidra", "Underskrifter", "Polisen lovar att vara synlig", "bilaga till "
                "samverkansöverenskommelsen", MARKUP, ARABIC_NAME, "för alla åldrar"],
    "lagesbild": ["1 Sammanfattning", "2 Underlag och källor", "3 Trygghetsmätningen", "4 Iakttagelser",
                  "5 Problemkandidater", "Problemindex i Lund C/innerstaden", "Berusade personer utomhus", MARKUP,
                  ARABIC_NAME],
    "report": ["1 Deltagare", "2 Dagordning", "3 Anteckningar", "4 Resultat", "5 Beslut",
               "6 Överenskomna åtgärder", "Polishuset, Lund", "Orsaksanalys", ARABIC_NAME, MARKUP],
    "followup": ["1 Iakttagelser och rekommendationer", "2 Åtgärdernas status", "3 Indikatorer och mål",
                 "Åtgärdernas status", "Otrygg ute ensam sen kväll", "Östra Torn", MARKUP],
}


def _add_arabic_signatory(db: Any) -> None:
    from samverka.core import agreement_service, crud

    draft, _ = agreement_service.current_draft(db)
    crud.create(db, "signatory", {"agreement_id": draft, "name": ARABIC_NAME, "title": "Områdespolis",
                                  "organisation": "Polisen", "place": "Lund", "field_name": "Signatur3",
                                  "sort_order": 3})


def _build(db: Any, what: str) -> Any:
    from samverka.core.export_service import document
    from samverka.export.pdf import build_pdf

    return build_pdf(document(db, what))


@pytest.mark.parametrize("what", sorted(EXPECTED))
def test_document_pdf_passes_independent_checks(rich_db: Any, tmp_path: Path, what: str) -> None:
    if what == "agreement":
        _add_arabic_signatory(rich_db)
    result = _build(rich_db, what)
    pdf = tmp_path / f"{what}.pdf"
    pdf.write_bytes(result.data)

    text = text_of(pdf)
    missing = [expected for expected in EXPECTED[what] if expected not in text]
    assert not missing, f"{what}: not in the text: {missing}"
    assert "fet" in text and "<b>" in text  # the markup stays literal text

    fonts = fonts_embedded(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert qpdf_ok(pdf)
    pages = pages_with_content(pdf, tmp_path)
    assert len(pages) == result.page_count
    assert all(pages), f"{what}: empty pages {[i + 1 for i, ok in enumerate(pages) if not ok]}"
    assert f"Sida {result.page_count} av {result.page_count}" in text


def test_every_page_repeats_the_document_id(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core.documents import agreement_document
    from samverka.export.pdf.agreement import build_pdf

    doc = agreement_document(rich_db)
    result = build_pdf(doc)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(result.data)
    for page in range(1, result.page_count + 1):
        assert doc.document_id in text_of(pdf, page, page)
        assert f"Sida {page} av {result.page_count}" in text_of(pdf, page, page)


def test_signature_boxes_sit_on_the_signature_page(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core.documents import agreement_document
    from samverka.export.pdf.agreement import build_pdf

    _add_arabic_signatory(rich_db)
    doc = agreement_document(rich_db)
    result = build_pdf(doc)
    assert [b.field_name for b in result.signature_boxes] == [s.field_name for s in doc.signatories]
    assert len(result.signature_boxes) == 3
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(result.data)
    for box in result.signature_boxes:
        assert "." not in box.field_name
        x1, y1, x2, y2 = box.box
        assert 0 < x1 < x2 < 595.3 and 0 < y1 < y2 < 841.9 and y2 - y1 > 30
        page_text = text_of(pdf, box.page_index + 1, box.page_index + 1)
        assert "Underskrifter" in page_text and doc.title[:40] in page_text and doc.document_id in page_text
        assert box.signer_name in page_text
    assert len({b.page_index for b in result.signature_boxes}) == 1


def test_many_signatories_fill_several_signature_pages_each_with_title_and_id(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core import agreement_service, crud
    from samverka.core.documents import agreement_document
    from samverka.export.pdf.agreement import build_pdf

    draft, _ = agreement_service.current_draft(rich_db)
    for i in range(9):
        crud.create(rich_db, "signatory", {"agreement_id": draft, "name": f"Person {i}", "title": "Chef",
                                           "organisation": f"Part {i}", "field_name": f"Extra{i}",
                                           "sort_order": 10 + i})
    doc = agreement_document(rich_db)
    result = build_pdf(doc)
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(result.data)
    pages = sorted({b.page_index for b in result.signature_boxes})
    assert len(result.signature_boxes) == 11 and len(pages) == 2
    for page in pages:
        text = text_of(pdf, page + 1, page + 1)
        assert doc.document_id in text and "Underskrifter" in text


def test_same_data_gives_the_same_bytes(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core.json_io import export_json, import_json

    for what in EXPECTED:
        assert _build(rich_db, what).data == _build(rich_db, what).data, what
    copy = import_json(export_json(rich_db), tmp_path / "copy.samverka")
    try:
        for what in EXPECTED:
            assert _build(copy, what).data == _build(rich_db, what).data, what
    finally:
        copy.close()


def test_empty_collaboration_still_gives_readable_documents(db: Any, tmp_path: Path) -> None:
    from samverka.core import documents
    from samverka.export.pdf import build_pdf

    for doc in (documents.agreement_document(db), documents.lagesbild_document(db), documents.followup_document(db)):
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(build_pdf(doc).data)
        assert qpdf_ok(pdf)
        assert "Dokument-ID" in text_of(pdf)
