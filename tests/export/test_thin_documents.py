"""The documents of a thin collaboration made from scratch (issue 12 item 9, issue 14): the parties named from
step 1 when the collaboration's own fields are empty, no sentence with an empty slot, no heading left alone.

Checked twice: on the Qt-free document builders (every string they generate) and on the real PDFs with pdftotext.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from document_strings import document_strings
from pdf_checks import text_of

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.core.export_service import document, pdf_bytes
from samverka.models.db import Database

KINDS = ("agreement", "actionplan", "promise", "promise-followup", "lagesbild", "report", "followup")
POLICE = "Polisen, lokalpolisområde Växjö"


def _thin(path: Path, *, kommun: str = "Växjö", lpo: str = "", kommun_org: str = "Växjö kommun",
          police_org: str = POLICE, period: bool = False) -> Database:
    """What a new user has after step 1 and a few rows: the lokalpolisområde field left empty by default."""
    db = new_collaboration(path, name="Trygghet i Växjö", kommun=kommun, lokalpolisomrade=lpo,
                           period_start=dt.date(2026, 1, 1) if period else None,
                           period_end=dt.date(2029, 12, 31) if period else None)
    k = crud.create(db, "organisation", {"name": kommun_org, "type": "kommun"})[0] if kommun_org else None
    p = crud.create(db, "organisation", {"name": police_org, "type": "polis"})[0] if police_org else None
    if k:
        crud.create(db, "person", {"name": "Eva Strand", "title": "Kommunstyrelsens ordförande",
                                   "organisation_id": k, "is_signatory": True})
    if p:
        crud.create(db, "person", {"name": "Nils Berg", "title": "Lokalpolisområdeschef", "organisation_id": p,
                                   "is_signatory": True})
    problem = crud.create(db, "problem", {"title": "Skadegörelse vid Araby centrum",
                                          "statement": "Skadegörelse kvällstid vid centrum."})[0]
    cause = crud.create(db, "cause", {"problem_id": problem, "text": "Dålig belysning"})[0]
    measure = crud.create(db, "measure", {"problem_id": problem, "title": "Bättre belysning",
                                          "responsible_org_id": k, "status": "planerad"})[0]
    crud.create(db, "measure_cause", {"measure_id": measure, "cause_id": cause})
    crud.create(db, "goal", {"problem_id": problem, "type": "effekt", "text": "Skadegörelsen ska minska."})
    promise = crud.create(db, "citizen_promise", {"title": "Ett tryggare Araby"})[0]
    crud.create(db, "promise_item", {"promise_id": promise, "wording": "Kommunen lovar att byta belysningen.",
                                     "measure_id": measure, "responsible_org_id": k, "activity_count": 1,
                                     "activity_unit": "gång"})
    return db


@pytest.fixture
def thin(tmp_path: Path) -> Iterator[Database]:
    db = _thin(tmp_path / "thin.samverka")
    yield db
    db.close()


def _texts(db: Database) -> dict[str, list[str]]:
    return {kind: list(document_strings(document(db, kind))) for kind in KINDS}


@pytest.mark.parametrize(("kommun", "lpo", "kommun_org", "police_org", "between"), [
    # The known defect: an empty lokalpolisområde field gave "… och lokalpolisområdet."
    ("Växjö", "", "Växjö kommun", POLICE, f"Växjö kommun och {POLICE}"),
    ("Växjö", "", "Växjö kommun", "LPO Växjö", "Växjö kommun och lokalpolisområde Växjö"),
    ("", "", "Strängnäs kommun", "Polisen, lokalpolisområde Strängnäs",
     "Strängnäs kommun och Polisen, lokalpolisområde Strängnäs"),
    ("Lund", "LPO Lund", "", "", "Lunds kommun och lokalpolisområde Lund"),  # the fields win over step 1
    ("Lund", "LPO Lund", "Lunds kommun", POLICE, "Lunds kommun och lokalpolisområde Lund"),
    ("", "", "", "", "kommunen och Polisen"),  # nothing named yet: still two parties, never an empty slot
])
def test_the_parties_are_named_from_step_1_when_the_fields_are_empty(
        tmp_path: Path, kommun: str, lpo: str, kommun_org: str, police_org: str, between: str) -> None:
    from samverka.core.documents.common import read
    from samverka.core.documents.sections import SECTION_TABLES, generated_text

    db = _thin(tmp_path / "c.samverka", kommun=kommun, lpo=lpo, kommun_org=kommun_org, police_org=police_org)
    try:
        parter = generated_text("parter", read(db, SECTION_TABLES))
        assert parter == f"Överenskommelsen har träffats mellan {between}."
        agreement = document(db, "agreement")
        assert agreement.title == f"Samverkansöverenskommelse mellan {between}"
        for kind in ("actionplan", "promise", "followup"):
            everything = "\n".join(document_strings(document(db, kind)))
            assert f"samverkansöverenskommelsen mellan {between}" in everything, kind
        # Both signing parties on the covers, whatever step 1 holds.
        assert len(agreement.parties) == 2 and all(agreement.parties)
        assert document(db, "promise").parties == agreement.parties
        for kind, texts in _texts(db).items():
            for text in texts:
                assert not re.search(r"\blokalpolisområdet\b", text), (kind, text)
                assert not re.search(r"mellan \S+ och\b", text) or "kommun" in text or "kommunen" in text, text
    finally:
        db.close()


def test_an_unset_period_is_never_a_sentence(thin: Database) -> None:
    for kind, texts in _texts(thin).items():
        for text in texts:
            if "ej angiven" in text:
                assert text == "ej angiven", (kind, text)  # a table value ("Giltighetstid: ej angiven") only
    followup = document(thin, "promise-followup")
    assert "gäller" not in followup.subtitle
    annexes = document(thin, "agreement").annexes
    assert [a.reference.startswith("Version 1. Dokument-ID ML-") for a in annexes] == [False, True]


def test_without_a_chosen_problem_no_text_claims_an_analysis(tmp_path: Path) -> None:
    from samverka.core.documents.common import read
    from samverka.core.documents.sections import SECTION_TABLES, generated_text

    db = new_collaboration(tmp_path / "blank.samverka", name="Ny", kommun="Växjö")
    try:
        data = read(db, SECTION_TABLES)
        assert generated_text("orsaker", data) == "Orsakerna analyseras när parterna har valt problem att fokusera på."
        assert "formuleras när parterna har valt problem" in generated_text("mal", data)
        assert "gjorts" not in generated_text("orsaker", data)
        assert document(db, "promise-followup").summary == "Inga löften är uppföljda ännu."
    finally:
        db.close()


def _pdf_text(db: Database, kind: str, folder: Path) -> str:
    path = folder / f"{kind}.pdf"
    path.write_bytes(pdf_bytes(db, kind))
    return text_of(path)


def test_the_thin_pdfs_read_as_swedish(thin: Database, tmp_path: Path) -> None:
    """pdftotext of every real PDF: parties named, no empty slot, no subtitle "ej angiven", no lone heading."""
    texts = {kind: _pdf_text(thin, kind, tmp_path) for kind in KINDS}
    for kind, text in texts.items():
        assert "lokalpolisområdet" not in text, kind
        assert "gäller ej angiven" not in text, kind
        assert "följda upp" not in text, kind
        assert "Väx­jö" not in text and "Väx-jö" not in text, f"{kind}: a place name hyphenated in a title"
    agreement = texts["agreement"]
    assert f"Överenskommelsen har träffats mellan Växjö kommun och {POLICE}." in agreement
    assert agreement.count("ej angiven") == 1, "the period only as the cover's value, not as its subtitle"
    # Section 10 has no text and no groups: it says so instead of leaving its heading alone.
    assert re.search(r"10 Organisation Avsnittet är inte ifyllt ännu\. 11 Roller och ansvar", agreement)
    promise = texts["promise"]
    assert "Situationen idag och hur löftet togs fram Underlaget är inte beskrivet ännu. Så följer vi upp" in promise
    assert "Så följer vi upp Uppföljningen är inte beskriven ännu. Så kan du bidra" in promise
    assert f"Parter Växjö kommun {POLICE}" in promise


def test_the_blank_agreement_pdf_has_no_lone_headings_nor_a_repeated_sentence(tmp_path: Path) -> None:
    db = new_collaboration(tmp_path / "blank.samverka", name="Ny", kommun="Växjö")
    try:
        text = _pdf_text(db, "agreement", tmp_path)
    finally:
        db.close()
    assert text.count("inga bilagor") == 1
    assert "Överenskommelsen har träffats mellan Växjö kommun och Polisen." in text
    body = text[text.index("1 Parter Överenskommelsen"):]
    # Every section heading is followed by text, not straight by the next heading.
    for heading in ("10 Organisation", "16 Dokumentation", "17 Uppföljning", "8 Troliga orsaker", "9 Mätbara mål"):
        after = body.split(heading, 1)[1].lstrip()
        assert not re.match(r"\d{1,2} [A-ZÅÄÖ]", after), f"{heading} stands alone"
