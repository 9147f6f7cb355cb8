"""Reading numbers the way Swedish spreadsheets and police exports write them.

Decimal commas, per-cent signs, spaces (also no-break spaces) as thousands separators and the usual
markers for a missing or suppressed value ("..", "x", "–").
"""

from __future__ import annotations

import datetime as dt
import math

# Cells that mean "no value" (not published, too few answers, not asked).
MISSING_MARKERS = frozenset({"", "-", "–", "—", "..", "...", "…", "x", "X", "n/a", "N/A", "NA", "na"})

_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009\t'")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})


class NotANumber(ValueError):  # noqa: N818 - a value problem, reported per cell
    """The text is not a number in any of the accepted spellings."""


def is_missing(cell: object) -> bool:
    if cell is None:
        return True
    return isinstance(cell, str) and cell.strip() in MISSING_MARKERS


def cell_text(cell: object) -> str:
    """A cell as text for labels and codes (Excel gives numbers for codes such as 101)."""
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def parse_number(cell: object) -> tuple[float, bool]:
    """The value and whether it was written as a percentage. Raises NotANumber."""
    if isinstance(cell, bool | dt.date | dt.datetime | dt.time):
        raise NotANumber(str(cell))
    if isinstance(cell, int | float):
        if not math.isfinite(cell):
            raise NotANumber(str(cell))
        return float(cell), False
    text = str(cell).strip()
    try:
        value = float(text)
    except ValueError:
        return _parse_loose(text)
    if not math.isfinite(value) or "_" in text:
        raise NotANumber(text)
    return value, False


def _parse_loose(text: str) -> tuple[float, bool]:
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    text = text.translate(_SPACES).translate(_MINUS)
    if "," in text and "." in text:
        # The last separator is the decimal one: "1.234,5" or "1,234.5".
        comma_last = text.rfind(",") > text.rfind(".")
        text = text.replace(".", "").replace(",", ".") if comma_last else text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    if not text or "_" in text or not any(ch.isdigit() for ch in text):
        raise NotANumber(text)
    try:
        value = float(text)
    except ValueError:
        raise NotANumber(text) from None
    if not math.isfinite(value):
        raise NotANumber(text)
    return value, percent


def parse_int(cell: object) -> int:
    value, _ = parse_number(cell)
    if not value.is_integer():
        raise NotANumber(str(cell))
    return int(value)
