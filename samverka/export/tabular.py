"""The action plan, goals and indicators as XLSX or CSV (UTF-8 with BOM and semicolons, what Swedish Excel opens).

Text that a spreadsheet would run as a formula gets a leading apostrophe, so an exported file never executes
anything: text starting with a tab, carriage return or newline, or whose first visible character is = + - @ (or
their full-width forms ＝ ＋ － ＠) after any spaces and invisible characters (no-break space, BOM, zero-width
characters), because spreadsheets skip those before they look for a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

Cell = str | int | float | dt.date | None

_TRIGGERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b")
_CONTROL_START = ("\t", "\r", "\n")
_NUMBER = re.compile(r"^-?\d+(?:[.,]\d+)?$")
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class Sheet:
    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def safe_text(text: str) -> str:
    """Neutralise formula injection: a text that starts like a formula is prefixed with an apostrophe."""
    if text.startswith(_CONTROL_START):
        return "'" + text
    visible = _first_visible(text)
    if visible < len(text) and text[visible] in _TRIGGERS and not _NUMBER.match(text[visible:]):
        return "'" + text
    return text


def _first_visible(text: str) -> int:
    """Where the first character that is neither white space nor invisible (a format character) is."""
    for index, char in enumerate(text):
        if not char.isspace() and unicodedata.category(char) != "Cf":
            return index
    return len(text)


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, int | float):
        text = f"{value:.10g}" if isinstance(value, float) else str(value)
        return text.replace(".", ",")
    if isinstance(value, dt.date):
        return value.isoformat()
    return safe_text(value)


def to_csv(sheets: Sequence[Sheet]) -> bytes:
    """All sheets in one file: each starts with its name on a line of its own, then its header and rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for index, sheet in enumerate(sheets):
        if index:
            writer.writerow([])
        if len(sheets) > 1:
            writer.writerow([safe_text(sheet.name)])
        writer.writerow([safe_text(h) for h in sheet.header])
        for row in sheet.rows:
            writer.writerow([_csv_value(v) for v in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(sheets: Sequence[Sheet], *, created: dt.datetime | None = None) -> bytes:
    from openpyxl import Workbook  # noqa: PLC0415 - loads on the first Excel export
    from openpyxl.styles import Alignment, Font, PatternFill  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415

    book = Workbook()
    book.remove(book.active)
    stamp = created or dt.datetime(2000, 1, 1)
    book.properties.created = stamp
    book.properties.modified = stamp
    book.properties.creator = "Samverka"
    head_font = Font(bold=True, color="1D3557")
    head_fill = PatternFill("solid", fgColor="E8EEF4")
    for sheet in sheets:
        ws = book.create_sheet(_sheet_title(sheet.name))
        ws.append([safe_text(h) for h in sheet.header])
        for cell in ws[1]:
            cell.font = head_font
            cell.fill = head_fill
        for row in sheet.rows:
            ws.append([_xlsx_value(v) for v in row])
        ws.freeze_panes = "A2"
        for col, title in enumerate(sheet.header, start=1):
            longest = max([len(title)] + [len(str(r[col - 1] or "")) for r in sheet.rows[:200]])
            ws.column_dimensions[get_column_letter(col)].width = min(max(10, longest + 2), 60)
        for row_cells in ws.iter_rows(min_row=2):
            for cell in row_cells:
                cell.alignment = Alignment(vertical="top", wrap_text=isinstance(cell.value, str))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _xlsx_value(value: Cell) -> Cell | bool:
    if isinstance(value, str):
        return safe_text(_ILLEGAL_XLSX.sub("", value))
    return value


def _sheet_title(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "-", name)[:31] or "Blad"
