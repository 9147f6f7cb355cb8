"""Small survey files the tests write for themselves (CSV text, XLSX sheets, a multi-year Lund series)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

LONG_HEADER = (
    "survey,year,kommun,area_code,area_name,group,item_code,item_label_sv,value_type,value,breakdown,"
    "n_respondents,n_sent,response_rate,source"
)
LONG_ROWS = (
    "PRS-trygghet,2023,Lund,LU01,Lunds innerstad,utomhusstorningar,BERUSADE,Berusade personer utomhus,"
    "index_0_6,2.4,alla,312,520,0.60,polisen.se",
    "PRS-trygghet,2023,Lund,LU01,Lunds innerstad,otrygghet,UTE_SEN_KVALL,Otrygg ute ensam sen kväll,"
    "share_pct,24.5,kvinnor,170,,,polisen.se",
    "PRS-trygghet,2023,Lund,LUND,Lunds kommun,total,TOTALINDEX,Totalindex,index_0_6,1.41,alla,,,,polisen.se",
)


def long_csv(delimiter: str = ",", rows: Sequence[str] = LONG_ROWS, *, decimal_comma: bool = False) -> str:
    lines = [LONG_HEADER, *rows]
    out = []
    for line in lines:
        cells = line.split(",")
        if decimal_comma:
            cells = [c.replace(".", ",") if c.replace(".", "").isdigit() else c for c in cells]
        out.append(delimiter.join(cells))
    return "\n".join(out) + "\n"


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], *, percent_cells: Sequence[str] = ()) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    first = True
    for name, rows in sheets.items():
        sheet = workbook.active if first else workbook.create_sheet()
        assert sheet is not None
        sheet.title = name
        first = False
        for row in rows:
            sheet.append(row)
        for ref in percent_cells:
            sheet[ref].number_format = "0.0%"
    workbook.save(path)
    return path


def add_cached_values(path: Path, values: dict[str, str]) -> None:
    """openpyxl writes formulas without results; put in results as Excel would have saved them."""
    with zipfile.ZipFile(path) as source:
        items = {info.filename: source.read(info.filename) for info in source.infolist()}
    sheet = items["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        start = sheet.index(f'<c r="{ref}"')
        end = sheet.index("</c>", start)
        cell = sheet[start:end]
        fixed = cell.replace("<v></v>", "").replace("<v />", "") + f"<v>{value}</v>"
        sheet = sheet[:start] + fixed + sheet[end:]
    items["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


AREAS = (("LU01", "Lunds innerstad"), ("LU02", "Väster"), ("LU03", "Norr"), ("LU07", "Söder/Klostergården"),
         ("LUND", "Lunds kommun"))
ITEMS = (("BERUSADE", "Berusade personer utomhus"), ("NARKOTIKA", "Narkotikapåverkade personer"),
         ("NEDSKRAPNING", "Nedskräpning"), ("UNGDOMSGANG", "Ungdomsgäng som bråkar och stör"),
         ("MORKA", "Dåligt upplysta platser"))


def lund_csv() -> str:
    """Several years, areas, items and breakdowns (fictional values), semicolons and decimal commas."""
    lines = [LONG_HEADER.replace(",", ";")]
    for year in range(2016, 2024):
        for a, (code, name) in enumerate(AREAS):
            for i, (item, label) in enumerate(ITEMS):
                base = 1.0 + 0.35 * i + 0.25 * a + ((year * 3 + a + i) % 5) / 10
                for breakdown, shift, n in (("alla", 0.0, 300), ("kvinnor", 0.3, 160), ("män", -0.3, 140),
                                            ("16-24 år", 0.5, 25 if a == 1 else 60)):
                    value = f"{min(6.0, base + shift):.2f}".replace(".", ",")
                    lines.append(f"PRS;{year};Lund;{code};{name};grupp;{item};{label};index_0_6;{value};"
                                 f"{breakdown};{20 if (year == 2020 and a == 0) else n};;;polisen.se")
    return "\n".join(lines) + "\n"


def add_goal_and_observations(db) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from samverka.core import crud

    indicator, _ = crud.create(db, "indicator", {"name": "Trygghetsmätningen", "survey_item_code": "BERUSADE"})
    crud.create(db, "goal", {"text": "Färre upplever berusade personer som ett problem", "indicator_id": indicator,
                             "target_value": 1.3, "target_date": dt.date(2027, 12, 31)})
    source, _ = crud.create(db, "data_source", {"name": "Anmälda brott", "kind": "anmälda brott"})
    crud.create(db, "observation", {"source_id": source, "category": "misshandel", "quantity": 38,
                                    "weekdays": "56", "hour_from": 22, "hour_to": 2})
    crud.create(db, "observation", {"source_id": source, "category": "cykelstöld", "quantity": 41,
                                    "weekdays": "12345", "hour_from": 7, "hour_to": 9})
    crud.create(db, "observation", {"category": "klotter", "quantity": 5})
