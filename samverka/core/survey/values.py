"""Checks and normal forms for single survey fields; each problem is a reason in Swedish and English."""

from __future__ import annotations

import re

from samverka.core.survey.headers import normalise
from samverka.errors import Text

YEAR_RANGE = (1900, 2200)
MAX_TEXT = 300


class CellProblem(ValueError):  # noqa: N818 - a reason attached to one cell, not a program error
    def __init__(self, reason: Text, field: str | None = None) -> None:
        super().__init__(reason.en)
        self.reason = reason
        self.field = field


NOT_A_NUMBER = Text("Inte ett tal. Skriv ett tal, t.ex. 2,4 eller 24 %.", "Not a number. Write a number, e.g. 2.4.")
NOT_AN_INTEGER = Text("Inte ett heltal.", "Not a whole number.")
NEGATIVE = Text("Får inte vara negativt.", "Must not be negative.")
INDEX_RANGE = Text("Ett index måste ligga mellan 0 och 6.", "An index must be between 0 and 6.")
SHARE_RANGE = Text("En andel måste ligga mellan 0 och 100 %.", "A share must be between 0 and 100 %.")
RATE_RANGE = Text("Svarsfrekvensen måste ligga mellan 0 och 100 %.", "The response rate must be between 0 and 100 %.")
YEAR_BAD = Text(
    f"Året måste vara ett årtal mellan {YEAR_RANGE[0]} och {YEAR_RANGE[1]}.",
    f"The year must be between {YEAR_RANGE[0]} and {YEAR_RANGE[1]}.",
)
NO_YEAR = Text("Året saknas.", "The year is missing.")
NO_AREA = Text("Område (kod eller namn) saknas.", "The area (code or name) is missing.")
NO_ITEM = Text("Fråga (kod eller text) saknas.", "The item (code or text) is missing.")
TEXT_BAD = Text("Texten innehåller ogiltiga tecken.", "The text contains invalid characters.")
TEXT_LONG = Text(f"Texten är längre än {MAX_TEXT} tecken.", f"The text is longer than {MAX_TEXT} characters.")
VALUE_TYPE_BAD = Text(
    "Okänd värdetyp. Använd index_0_6, share_pct (andel %) eller count (antal).",
    "Unknown value type. Use index_0_6, share_pct (share %) or count.",
)
PERCENT_NOT_INDEX = Text(
    "Ett procentvärde kan inte vara ett index 0–6. Kontrollera värdetypen.",
    "A per-cent value cannot be a 0–6 index. Check the value type.",
)

_VALUE_TYPES = {
    "index_0_6": "index_0_6", "index": "index_0_6", "index_0_till_6": "index_0_6", "problemindex": "index_0_6",
    "share_pct": "share_pct", "andel": "share_pct", "andel_procent": "share_pct", "procent": "share_pct",
    "share": "share_pct", "pct": "share_pct", "percent": "share_pct",
    "count": "count", "antal": "count", "number": "count",
}
_BREAKDOWNS = {
    "": "alla", "alla": "alla", "totalt": "alla", "total": "alla", "samtliga": "alla", "all": "alla",
    "kvinnor": "kvinnor", "kvinna": "kvinnor", "k": "kvinnor", "women": "kvinnor", "female": "kvinnor",
    "man": "män", "män": "män", "m": "män", "men": "män", "male": "män",
}
_AGE = re.compile(r"^(?:ålder|alder|age)?\s*:?\s*(\d{1,3})\s*(?:-|–|—|till)\s*(\d{1,3})\s*(?:år)?$")
_AGE_UP = re.compile(r"^(?:ålder|alder|age)?\s*:?\s*(\d{1,3})\s*(?:\+|år och äldre|och äldre|\+ år)$")


def value_type_of(text: str, *, percent: bool = False) -> str:
    """The stored value type for a cell text; empty text means index, or share if the value had a %."""
    key = normalise(text)
    if not key:
        return "share_pct" if percent else "index_0_6"
    if key in _VALUE_TYPES:
        return _VALUE_TYPES[key]
    raise CellProblem(VALUE_TYPE_BAD)


def breakdown_of(text: str) -> str:
    """'Kvinnor' -> 'kvinnor', '16-24 år' -> 'ålder:16-24', 'Totalt' -> 'alla'."""
    key = text.strip().casefold()
    if key in _BREAKDOWNS:
        return _BREAKDOWNS[key]
    age = _AGE.match(key)
    if age:
        return f"ålder:{age.group(1)}-{age.group(2)}"
    age = _AGE_UP.match(key)
    if age:
        return f"ålder:{age.group(1)}+"
    return key


def check_value(value_type: str, value: float, percent: bool) -> None:
    if value_type == "index_0_6":
        if percent:
            raise CellProblem(PERCENT_NOT_INDEX)
        if not 0 <= value <= 6:
            raise CellProblem(INDEX_RANGE)
    elif value_type == "share_pct":
        if not 0 <= value <= 100:
            raise CellProblem(SHARE_RANGE)
    elif value < 0:
        raise CellProblem(NEGATIVE)


def check_year(value: float) -> int:
    if not value.is_integer() or not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        raise CellProblem(YEAR_BAD)
    return int(value)


def rate_of(value: float, percent: bool) -> float:
    """Response rates come as 0.57, 57 or 57 %; stored as a fraction."""
    if percent or value > 1:
        value /= 100
    if not 0 <= value <= 1:
        raise CellProblem(RATE_RANGE)
    return value


def clean_text(text: str) -> str:
    if "\x00" in text or "\ufffd" in text:
        raise CellProblem(TEXT_BAD)
    if len(text) > MAX_TEXT:
        raise CellProblem(TEXT_LONG)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise CellProblem(TEXT_BAD) from None
    return text
