"""The privacy guardrail: personnummer/samordningsnummer with valid check digits, e-mail and Swedish phone
numbers are found in free text; dates, years, amounts and organisation numbers are not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from samverka.cli import main
from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration
from samverka.core.pii import (
    EMAIL,
    PERSONNUMMER,
    PHONE,
    SAMORDNINGSNUMMER,
    find_pii,
    luhn_valid,
    mask_text,
    scan_collaboration,
)
from samverka.models.db import Database


def kinds(text: str) -> list[tuple[str, str]]:
    return [(match.kind, text[match.start:match.end]) for match in find_pii(text)]


@pytest.mark.parametrize("number", [
    "811218-9876", "8112189876", "19811218-9876", "198112189876", "121212-1212", "19121212+1212", "121212+1212",
])
def test_personnummer_with_valid_check_digit(number: str) -> None:
    assert kinds(f"Kontakta henne, pnr {number}, i morgon.") == [(PERSONNUMMER, number)]


def test_samordningsnummer_has_day_plus_sixty() -> None:
    assert kinds("samordningsnr 701063-2391.") == [(SAMORDNINGSNUMMER, "701063-2391")]


@pytest.mark.parametrize("text", [
    "811218-9875",  # wrong check digit
    "811318-9876",  # month 13
    "810230-1234",  # 30 February
    "556677-8899",  # an organisation number (month 66)
    "20991231-1234",  # in the future
    "År 2024 kostade det 1 234,50 kr, totalt 20 000 kr.",
    "Mötet 2024-05-01 kl. 13:45, nästa 2024-06-01–2024-06-30.",
    "Ärende 5000-12345-2023 och K 2023-0123456, id 1234567890, 0123456789.",
    "Andelen ökade från 0,45 till 0,52 (0 123 456,50 kr).",
    "Intervallet 0-100 och 01-02 2024; version 1.2.3.4; IP 10.0.0.1.",
    "Veckorna 2024-W05 och 07-12.",
])
def test_not_personal_data(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("number", [
    "070-123 45 67", "0701234567", "070 123 45 67", "073-1234567", "+46 70 123 45 67", "+46701234567",
    "0046 70 123 45 67", "+46 (0)70-123 45 67", "08-123 456 78", "08-12 34 56", "046-12 34 56",
    "031-123 45 67", "0413-123 45", "0771-23 23 23",
])
def test_swedish_phone_numbers(number: str) -> None:
    assert kinds(f"Ring {number}, eller skriv.") == [(PHONE, number)]


@pytest.mark.parametrize("address", ["anna.svensson@lund.se", "x+y@polisen.se", "åsa@kommun.example.org"])
def test_email_addresses(address: str) -> None:
    assert kinds(f"Mejla <{address}>.") == [(EMAIL, address)]


def test_masking_hides_the_digits_and_mailbox() -> None:
    text = "Pnr 19811218-9876, tel 070-123 45 67, mejl anna.svensson@lund.se"
    masked = mask_text(text)
    assert "9876" not in masked and "1218" not in masked and "123 45" not in masked and "svensson" not in masked
    assert masked == "Pnr 19******-****, tel 070-*** ** 67, mejl a***@lund.se"


def test_luhn() -> None:
    assert luhn_valid("8112189876") and not luhn_valid("8112189875")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_pii_never_crashes_and_spans_are_sane(text: str) -> None:
    found = find_pii(text)
    for match in found:
        assert 0 <= match.start < match.end <= len(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 99), st.integers(1, 12), st.integers(1, 28), st.integers(0, 999))
@example(26, 12, 28, 123)  # later this year: born 1926
def test_every_valid_personnummer_is_found(yy: int, mm: int, dd: int, serial: int) -> None:
    body = f"{yy:02d}{mm:02d}{dd:02d}{serial:03d}"
    check = next(str(digit) for digit in range(10) if luhn_valid(body + str(digit)))
    number = f"{body[:6]}-{body[6:]}{check}"
    assert kinds(f"nr {number}") == [(PERSONNUMMER, number)]


@pytest.fixture
def pii_db(tmp_path: Path) -> Database:
    db = new_collaboration(tmp_path / "pii.samverka", name="PII-test")
    org, _ = crud.create(db, "organisation", {"name": "Skolan", "responsibilities": "Rektor nås på 070-123 45 67."})
    crud.create(db, "person", {"name": "Anna", "email": "anna@lund.se", "phone": "070-765 43 21"})
    crud.create(db, "problem_candidate", {"title": "Klotter", "description": "Anmält av 811218-9876"})
    crud.create(db, "citizen_promise", {"title": "Trygg park", "contribute_text": "Tipsa kalle@example.com"})
    crud.update(db, "collaboration", db.collaboration_id(), {"background": "Inga personuppgifter här, år 2024."})
    return db


def test_scan_lists_free_text_hits_and_skips_contact_fields(pii_db: Database) -> None:
    findings = scan_collaboration(pii_db)
    pii_db.close()
    summary = sorted((f.table, f.field, f.kind, f.masked) for f in findings if f.table != "audit_entry")
    logged = sorted((f.field, f.kind, f.masked) for f in findings if f.table == "audit_entry")
    assert logged == [  # the change log holds what was written, and is scanned too
        ("contribute_text", EMAIL, "k***@example.com"),
        ("description", PERSONNUMMER, "81****-****"),
        ("responsibilities", PHONE, "070-*** ** 67"),
    ]
    assert summary == [
        ("citizen_promise", "contribute_text", EMAIL, "k***@example.com"),
        ("organisation", "responsibilities", PHONE, "070-*** ** 67"),
        ("problem_candidate", "description", PERSONNUMMER, "81****-****"),
    ]
    where = {f.table: f.where for f in findings}
    assert where["organisation"].startswith("Organisation ”Skolan” (nr ") and where["organisation"].endswith(
        "– Ansvar")


def test_cli_check_pii(pii_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = pii_db.location
    pii_db.close()
    assert main(["check-pii", path]) == 1
    out = capsys.readouterr().out
    assert "6 möjliga personuppgifter" in out and "telefonnummer 070-*** ** 67" in out
    assert "Ändringslogg nr" in out
    assert "9876" not in out
    assert main(["check-pii", "--json", path]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert {row["kind"] for row in rows} == {EMAIL, PHONE, PERSONNUMMER}


def test_cli_check_pii_clean_file_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_collaboration(tmp_path / "ren.samverka", name="Ren").close()
    assert main(["check-pii", str(tmp_path / "ren.samverka")]) == 0
    assert "Inga personuppgifter" in capsys.readouterr().out


def test_warning_for_the_field_names_what_and_masks_it() -> None:
    from samverka.core.pii import pii_warning

    assert pii_warning("Möte på torsdag kl. 18 i Folkets hus, 1 234,50 kr") is None
    warning = pii_warning("Ring Kalle 070-123 45 67 eller kalle@example.com")
    assert warning is not None
    assert "telefonnummer och e-postadress" in warning.sv and "070-*** ** 67" in warning.sv
    assert "phone number and e-mail address" in warning.en
    assert "123 45" not in warning.sv and "kalle@" not in warning.sv
