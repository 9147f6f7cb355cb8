"""Each of the seven documents as a real PDF, checked with independent tools: tagged PDF/A-2a + PDF/UA-1 claims,
every page's content marked, /Lang, fonts embedded (pdffonts), qpdf --check, every page rendered and not blank
(pdftoppm), no word split without a hyphen (pdftotext against the document's own words), "Sida X av Y", the
structure tree's reading order (pdfinfo -struct-text), and the same data giving the same bytes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import (
    ARABIC_NAME,
    MARKUP,
    fonts_embedded,
    pages_with_content,
    pdf_catalog,
    qpdf_ok,
    split_words,
    struct_text,
    text_of,
    unmarked_text,
)

from samverka.core.documents.sections import SECTIONS

KINDS = ("agreement", "actionplan", "promise", "promise-followup", "lagesbild", "report", "followup")
SHOWN_MARKUP = MARKUP.replace("'", "\u2019")  # straight quotes print as typographic ones
EXPECTED: dict[str, list[str]] = {
    "agreement": [f"{i} {heading}" for i, (_, heading) in enumerate(SECTIONS, start=1)] + [
        f"{len(SECTIONS) + 1} Underskrifter", "Innehåll", "Tillsammans mot brott", "säga upp", "Bilaga",
        "Åtgärdsplan", "Medborgarlöfte: Tryggare kvällar kring Lund C", "Otrygghet kvällstid vid Lund C",
        "Vaktpass och belysning är planerade för dagtrafiken", "Effektmål", "Ort och datum", "Namnförtydligande",
        "Sida 1 av", ARABIC_NAME,
    ],
    "actionplan": ["Beslutande organ", "Kommunstyrelsen", "Diarienummer", "Om åtgärdsplanen", "Åtgärder",
                   "Riktas mot orsak", "LED-belysning", SHOWN_MARKUP, "äldre och öar", "Bilaga till"],
    "promise": ["Vi lovar", "lovar", "Därför det här löftet", "Situationen idag och hur löftet togs fram",
                "Så följer vi upp", "Så kan du bidra", "Underskrifter", "Polisen lovar att vara synlig",
                "lämnar vi en återrapport", "bilaga till samverkansöverenskommelsen", SHOWN_MARKUP, ARABIC_NAME,
                "för alla åldrar"],
    "promise-followup": ["Så har det gått", "Av de fem löftena", "Vi lovade", "Resultat", "Så går vi vidare",
                         "Ligger efter", "Enligt plan", "9 av 26 kvällar", "1 av 2 redovisningar",
                         "Tillsammans: Lunds kommun"],
    "lagesbild": ["Sammanfattning", "Brottslighetens omfattning", "Konsekvenser och skador", "Trygghetsmätningen",
                  "Iakttagelser", "Analys", "Underlag och källor", "per kategori", "Problemindex i Lund C/innerstaden",
                  "Berusade personer utomhus", SHOWN_MARKUP, ARABIC_NAME],
    "report": ["Deltagare", "Dagordning", "Anteckningar", "Resultat", "Beslut", "Överenskomna åtgärder",
               "Polishuset, Lund", "Orsaksanalys", ARABIC_NAME, SHOWN_MARKUP],
    "followup": ["Iakttagelser och rekommendationer", "Åtgärdernas status", "Indikatorer och mål",
                 "Av de elva åtgärderna", "Medborgarlöften", "Ligger efter", "Skulle ha startat",
                 "Otrygg ute ensam sen kväll", "Östra Torn", SHOWN_MARKUP],
}
# Words a screen reader must never hear from the page furniture inside the content (it is an artifact).
FURNITURE = re.compile(r"Sida \d+ av \d+")


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


def _vocabulary(db: Any, what: str) -> set[str]:
    from samverka.core.export_service import document
    from samverka.export.pdf.payload import payload

    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            words.update(w.lower() for w in re.findall(r"\w+", value.replace("\u00ad", "")))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(payload(document(db, what)))
    return words


@pytest.mark.parametrize("what", KINDS)
def test_document_pdf_passes_independent_checks(rich_db: Any, tmp_path: Path, what: str) -> None:
    if what == "agreement":
        _add_arabic_signatory(rich_db)
    result = _build(rich_db, what)
    pdf = tmp_path / f"{what}.pdf"
    pdf.write_bytes(result.data)

    text = text_of(pdf)
    squeezed = text.replace(" ", "").replace("\u00ad", "")  # a cell may wrap or hyphenate a long text
    missing = [expected for expected in EXPECTED[what] if expected.replace(" ", "") not in squeezed]
    assert not missing, f"{what}: not in the text: {missing}"

    catalog = pdf_catalog(pdf)
    assert catalog["struct_tree"] and catalog["marked"] and catalog["lang"] == "sv"
    xmp = str(catalog["xmp"])
    assert re.search(r"pdfaid:part[^0-9]*2", xmp) and re.search(r"pdfaid:conformance[^A-Z]*A", xmp)
    assert re.search(r"pdfuaid:part[^0-9]*1", xmp) and catalog["output_intents"]
    pages = catalog["pages"]
    assert isinstance(pages, list) and len(pages) == result.page_count
    assert [unmarked_text(content) for content in pages] == [0] * len(pages)

    fonts = fonts_embedded(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert qpdf_ok(pdf)
    drawn = pages_with_content(pdf, tmp_path)
    assert len(drawn) == result.page_count and all(drawn), f"{what}: blank pages {drawn}"
    for page in range(1, result.page_count + 1):
        assert f"Sida {page} av {result.page_count}" in text_of(pdf, page, page)

    raw = __import__("subprocess").run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                       text=True, check=True).stdout
    assert split_words(raw, _vocabulary(rich_db, what)) == []

    tree = struct_text(pdf)
    assert not FURNITURE.search(tree), "page numbers must be artifacts, not content"


def test_agreement_reading_order_follows_the_sections(demo_db: Any, tmp_path: Path) -> None:
    result = _build(demo_db, "agreement")
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(result.data)
    tree = struct_text(pdf)
    numbered = re.findall(r'H1 [^\n]*\n\s*"(\d+)"\n\s*"([^"\n]*)"', tree)
    assert [text for _, text in numbered] == [heading for _, heading in SECTIONS] + ["Underskrifter"]
    assert [int(n) for n, _ in numbered] == list(range(1, len(SECTIONS) + 2))
    assert tree.index('"Underskriftsbilaga"') > tree.index('"Underskrifter"')
    for table_head in ("TH", "Table", "L", "LI"):
        assert re.search(rf"^\s*{table_head}\b", tree, re.M), table_head


def test_signature_boxes_sit_in_their_own_column_on_the_signature_page(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core import agreement_service, crud
    from samverka.core.documents import agreement_document
    from samverka.export.pdf import build_pdf

    draft, _ = agreement_service.current_draft(rich_db)
    rows = crud.list_rows(rich_db, "signatory", agreement_id=draft)
    crud.update(rich_db, "signatory", rows[0].id, {
        "name": "Anna-Karin Wilhelmina Östergren-Lindqvist af Sillén von Hallwyl-Bergström",
        "title": "Kommunstyrelsens förste vice ordförande och ordförande i krisledningsnämnden",
        "place": "Lunds kommuns stadshus, Stortorget, Lund"})
    doc = agreement_document(rich_db)
    result = build_pdf(doc)
    assert [b.field_name for b in result.signature_boxes] == [s.field_name for s in doc.signatories]
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(result.data)
    left, right = result.signature_boxes[:2]
    assert left.box[2] < right.box[0], "the two columns must not overlap"
    page = left.page_index + 1
    words = _word_boxes(pdf, page)
    for word, (x1, x2) in words.items():
        if word in ("Östergren-Lindqvist", "krisledningsnämnden", "Stortorget,"):
            assert x1 >= left.box[0] - 1 and x2 <= left.box[2] + 1, (word, x1, x2, left.box)
    for box in result.signature_boxes:
        x1, y1, x2, y2 = box.box
        assert 0 < x1 < x2 < 595.3 and 0 < y1 < y2 < 841.9 and y2 - y1 > 30
        page_text = text_of(pdf, box.page_index + 1, box.page_index + 1)
        assert "Underskrifter" in page_text and doc.document_id in page_text


def _word_boxes(pdf: Path, page: int) -> dict[str, tuple[float, float]]:
    import subprocess

    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return {m.group(3): (float(m.group(1)), float(m.group(2)))
            for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
                                 html)}


def test_many_signatories_fill_several_signature_pages_each_with_title_and_id(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core import agreement_service, crud
    from samverka.core.documents import agreement_document
    from samverka.export.pdf import build_pdf

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
    # The draft's own signatories are the three people ticked "Undertecknar" (rich_db adds one to the demo's two).
    assert len(result.signature_boxes) == 3 + 9 and len(pages) == 2
    for page in pages:
        text = text_of(pdf, page + 1, page + 1)
        assert doc.document_id in text and "Underskrifter" in text


def test_same_data_gives_the_same_bytes(rich_db: Any, tmp_path: Path) -> None:
    from samverka.core.json_io import export_json, import_json

    for what in KINDS:
        assert _build(rich_db, what).data == _build(rich_db, what).data, what
    copy = import_json(export_json(rich_db), tmp_path / "copy.samverka")
    try:
        for what in KINDS:
            assert _build(copy, what).data == _build(rich_db, what).data, what
    finally:
        copy.close()


def test_empty_collaboration_still_gives_readable_documents(db: Any, tmp_path: Path) -> None:
    from samverka.core.export_service import document
    from samverka.export.pdf import build_pdf

    for what in KINDS:
        pdf = tmp_path / f"{what}.pdf"
        pdf.write_bytes(build_pdf(document(db, what)).data)
        assert qpdf_ok(pdf)
        assert "Dokument-ID" in text_of(pdf)


def test_a_promise_with_many_signatories_keeps_each_signature_page_whole(demo_db: Any) -> None:
    import dataclasses

    from samverka.core.export_service import document
    from samverka.export.documents import Signatory
    from samverka.export.pdf import build_pdf

    doc = document(demo_db, "promise")
    signatories = tuple(Signatory(f"Falt{i}", f"Person {i}", "Chef", f"Part {i}", "Lund") for i in range(9))
    result = build_pdf(dataclasses.replace(doc, signatories=signatories))
    pages = [b.page_index for b in result.signature_boxes]
    assert len(pages) == 9 and pages.count(pages[0]) == 6 and pages.count(pages[-1]) == 3
