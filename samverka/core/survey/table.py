"""A sheet of cells as read from a CSV or XLSX file, before any meaning is given to it."""

from __future__ import annotations

from dataclasses import dataclass, field

from samverka.errors import Text


@dataclass
class RawTable:
    """Rows of cells (str for CSV; str, int, float, dates or None for XLSX) and their row numbers in the file."""

    file_name: str
    rows: list[list[object]]
    row_numbers: list[int]
    sheet: str = ""
    sheets: tuple[str, ...] = ()
    encoding: str = ""
    delimiter: str = ""
    # (row index in rows, column index) -> why the cell cannot be read (a formula without a stored result).
    bad_cells: dict[tuple[int, int], Text] = field(default_factory=dict)
    notes: list[Text] = field(default_factory=list)
    all_text: bool = False  # every cell is a str (a CSV): parsers may take their column-wise path

    def width(self) -> int:
        return max((len(row) for row in self.rows[:200]), default=0)
