"""XLSX through openpyxl in read-only mode: stored (cached) results of formulas, one sheet at a time."""

from __future__ import annotations

import contextlib
import io
import zipfile
from collections.abc import Iterator
from typing import Any

from samverka.core.survey.table import RawTable
from samverka.core.survey.xlsx_guard import check_xlsx
from samverka.errors import KnownError, Text, excerpt

MAX_ROWS = 1_000_000

FORMULA_WITHOUT_RESULT = Text(
    "Cellen innehåller en formel utan sparat resultat. Öppna filen i Excel, spara den och importera igen.",
    "The cell holds a formula without a stored result. Open the file in Excel, save it and import again.",
)


_BROKEN = (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError, AttributeError, EOFError,
           UnicodeError, RecursionError)


@contextlib.contextmanager
def _reading(file_name: str) -> Iterator[None]:
    """Whatever openpyxl or the XML parser raises for a broken package becomes one line naming the file."""
    try:
        yield
    except KnownError:
        raise
    except _BROKEN as exc:
        raise _unreadable(file_name) from exc
    except Exception as exc:  # noqa: BLE001 - openpyxl and lxml raise their own error classes for broken packages
        if type(exc).__module__.startswith(("openpyxl", "xml", "lxml", "defusedxml")):
            raise _unreadable(file_name) from exc
        raise


def _unreadable(file_name: str) -> KnownError:
    return KnownError(
        f"{file_name} kunde inte läsas som Excel-fil (.xlsx): innehållet är skadat eller i ett annat format. "
        "Öppna den i Excel och spara som .xlsx eller CSV.",
        f"{file_name} could not be read as an Excel file (.xlsx): its content is damaged or in another format. "
        "Open it in Excel and save it as .xlsx or CSV.",
    )


def _open(data: bytes, file_name: str, *, data_only: bool) -> Any:
    import openpyxl  # noqa: PLC0415 - loaded on the first Excel import only

    with _reading(file_name):
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)


def sheet_names(data: bytes, file_name: str) -> list[str]:
    check_xlsx(data, file_name)
    workbook = _open(data, file_name, data_only=True)
    try:
        with _reading(file_name):
            return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_xlsx(data: bytes, file_name: str, sheet: str | None = None) -> RawTable:
    check_xlsx(data, file_name)  # before openpyxl unpacks anything
    with _reading(file_name):
        return _read_xlsx(data, file_name, sheet)


def _read_xlsx(data: bytes, file_name: str, sheet: str | None) -> RawTable:
    workbook = _open(data, file_name, data_only=True)
    try:
        names = list(workbook.sheetnames)
        if sheet is not None:
            name = _pick(names, sheet, file_name)
            rows, numbers = _read_values(workbook[name], file_name)
        else:
            name, rows, numbers = _most_tabular(workbook, names, file_name)
    finally:
        workbook.close()
    table = RawTable(file_name, rows, numbers, sheet=name, sheets=tuple(names))
    if rows:
        _mark_formulas(data, file_name, table)
    if len(names) > 1:
        others = excerpt(", ".join(n for n in names if n != name), 120)
        name = excerpt(name, 40)
        table.notes.append(
            Text(
                f"Arket ”{name}” lästes. Filen har även arken: {others} (välj ett annat ark om det behövs).",
                f"The sheet “{name}” was read. The file also has the sheets: {others} (choose another if needed).",
            )
        )
    return table


def _most_tabular(workbook: Any, names: list[str], file_name: str) -> tuple[str, list[list[object]], list[int]]:
    """Without a sheet choice: the sheet with the most rows of two or more cells (not a cover or notes sheet)."""
    best: tuple[int, str, list[list[object]], list[int]] | None = None
    for name in names:
        rows, numbers = _read_values(workbook[name], file_name)
        score = sum(1 for row in rows if sum(1 for cell in row if cell is not None and cell != "") >= 2)
        if best is None or score > best[0]:
            best = (score, name, rows, numbers)
    if best is None:
        return "", [], []
    return best[1], best[2], best[3]


def _pick(names: list[str], sheet: str, file_name: str) -> str:
    if sheet in names:
        return sheet
    listed = excerpt(", ".join(names), 120)
    wanted = excerpt(sheet, 40)
    raise KnownError(
        f"{file_name} har inget ark som heter ”{wanted}”. Arken är: {listed}.",
        f"{file_name} has no sheet called “{wanted}”. The sheets are: {listed}.",
    )


def _read_values(sheet: Any, file_name: str) -> tuple[list[list[object]], list[int]]:
    sheet.reset_dimensions()  # read-only sheets may declare too small a range
    rows: list[list[object]] = []
    numbers: list[int] = []
    for index, cells in enumerate(sheet.iter_rows(), start=1):
        if index > MAX_ROWS:
            raise KnownError(
                f"{file_name} har fler än {MAX_ROWS} rader. Dela upp filen.",
                f"{file_name} has more than {MAX_ROWS} rows. Split the file.",
            )
        values = [_cell_value(cell) for cell in cells]
        if any(v is not None and v != "" for v in values):
            rows.append(values)
            numbers.append(_row_number(cells, index))
    return rows, numbers


def _cell_value(cell: Any) -> object:
    value = getattr(cell, "value", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in str(cell.number_format or ""):
        # A per-cent formatted cell stores the fraction; show it as the per-cent the user sees.
        return f"{round(value * 100, 9)!r}%"
    if isinstance(value, str):
        return value.strip()
    return value


def _row_number(cells: Any, fallback: int) -> int:
    for cell in cells:
        row = getattr(cell, "row", None)
        if isinstance(row, int):
            return row
    return fallback


def _mark_formulas(data: bytes, file_name: str, table: RawTable) -> None:
    """Cells that hold a formula but no stored result read as empty; report them instead of skipping them."""
    workbook = _open(data, file_name, data_only=False)
    try:
        formulas: set[tuple[int, int]] = set()
        for cells in workbook[table.sheet].iter_rows():
            for cell in cells:
                if getattr(cell, "data_type", None) == "f":
                    formulas.add((cell.row, cell.column))
    finally:
        workbook.close()
    if not formulas:
        return
    index_of = {number: i for i, number in enumerate(table.row_numbers)}
    for row_no, column in formulas:
        i = index_of.get(row_no)
        if i is None:
            # The whole row was formulas without results; keep it so its cells are reported.
            continue
        row = table.rows[i]
        if column - 1 < len(row) and row[column - 1] is None:
            table.bad_cells[(i, column - 1)] = FORMULA_WITHOUT_RESULT
