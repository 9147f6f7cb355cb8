"""XLSX and CSV of the action plan: what Swedish Excel opens, and never a formula from user text."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from samverka.core.documents.sheets import action_plan_sheets
from samverka.export.tabular import safe_text, to_csv, to_xlsx

DANGEROUS = ["=HYPERLINK(\"http://x\",\"klicka\")", "+46 70 123", "-1+2", "@SUM(A1)", "\tfoo", "\rbar",
             # a formula after leading spaces or invisible characters, or in full-width forms (issue 18)
             " =1+1", "\u00a0=1+1", "\ufeff=1+1", "\u200b=1+1", "\u200d\u2060@SUM(A1)", "\uff1d1+1",
             "\uff0bcmd", "\uff0d1+2", "\uff20SUM(A1)", "\n=1+1", " \u00a0\u200b +cmd", "\u3000=1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert safe_text(text) == "'" + text


@pytest.mark.parametrize("text", ["Belysning", "-12", "3,5", "ä=ö", "", " Belysning", "\u00a0-12", "a\u200b=b"])
def test_ordinary_text_and_numbers_are_kept(text: str) -> None:
    assert safe_text(text) == text


def _dangerous_measures(db: Any) -> None:
    from samverka.core import crud

    for text in DANGEROUS:
        crud.create(db, "measure", {"title": text, "description": text, "place": "Östra Torg",
                                    "resources_sek": -5.0})


def test_csv_is_utf8_bom_semicolon_and_safe(demo_db: Any) -> None:
    _dangerous_measures(demo_db)
    data = to_csv(action_plan_sheets(demo_db))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Åtgärdsplan"] and rows[1][0] == "Nr"
    cells = [cell for row in rows for cell in row]
    for text in DANGEROUS:
        assert "'" + text in cells
        assert text not in cells
    assert "-5" in cells  # numbers stay numbers
    assert "Östra Torg" in cells and "Mål" in cells and "Indikatorer" in cells


def test_xlsx_has_three_sheets_and_no_formulas(demo_db: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _dangerous_measures(demo_db)
    path = tmp_path / "plan.xlsx"
    path.write_bytes(to_xlsx(action_plan_sheets(demo_db)))
    book = load_workbook(path)
    assert book.sheetnames == ["Åtgärdsplan", "Mål", "Indikatorer"]
    titles = [row[2] for row in book["Åtgärdsplan"].iter_rows(min_row=2, values_only=True)]
    for text in DANGEROUS:
        assert "'" + text in titles
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    from samverka.core import crud

    assert book["Mål"].max_row == 1 + len(crud.list_rows(demo_db, "goal"))  # header + the demo's goals
