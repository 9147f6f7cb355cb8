"""Recognising the header row and the long-format columns, whatever a file calls them."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from samverka.core.survey.numbers import cell_text
from samverka.core.survey.table import RawTable

LONG_FIELDS = (
    "survey", "year", "kommun", "area_code", "area_name", "group", "item_code", "item_label_sv",
    "value_type", "value", "breakdown", "n_respondents", "n_sent", "response_rate", "source",
)

# Normalised header (see normalise) -> field. Swedish and English names seen in real exports.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "survey": ("survey", "undersokning", "matning", "enkat", "undersokningsnamn"),
    "year": ("year", "ar", "artal", "matar", "undersokningsar"),
    "kommun": ("kommun", "municipality", "kommunnamn"),
    "area_code": ("area_code", "omradeskod", "omrades_kod", "omradesid", "omrades_id", "kod_omrade", "area_id"),
    "area_name": ("area_name", "area", "omrade", "omradesnamn", "delomrade", "stadsdel", "geografi"),
    "group": ("group", "grupp", "fragegrupp", "kategori", "tema", "omrade_fragor"),
    "item_code": ("item_code", "fragekod", "fraga_kod", "indikatorkod", "variabel", "item"),
    "item_label_sv": (
        "item_label_sv", "item_label", "fraga", "fragetext", "indikator", "pastaende", "label", "benamning",
    ),
    "value_type": ("value_type", "vardetyp", "matt", "typ_av_varde", "enhet"),
    "value": ("value", "varde", "resultat", "utfall"),
    "breakdown": ("breakdown", "uppdelning", "redovisningsgrupp", "bakgrund", "kon", "svarsgrupp"),
    "n_respondents": ("n_respondents", "antal_svarande", "svarande", "n", "antal_svar", "respondents"),
    "n_sent": ("n_sent", "antal_utskick", "utskick", "urval", "urvalsstorlek", "sent"),
    "response_rate": ("response_rate", "svarsfrekvens", "svarsandel"),
    "source": ("source", "kalla", "kallhanvisning"),
}
_LOOKUP = {name: field for field, names in _SYNONYMS.items() for name in names}
REQUIRED_LONG = ("year", "value")
_SCAN_ROWS = 30


def normalise(header: object) -> str:
    """Lower case, no accents, words joined by '_': 'Antal svarande (n)' -> 'antal_svarande_n'."""
    text = unicodedata.normalize("NFKD", cell_text(header).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def long_field(header: object) -> str | None:
    key = normalise(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    # "Antal svarande (n)" or "Värde (index)": try without a bracketed tail.
    base = re.sub(r"_?[a-z0-9]*$", "", key) if "(" in cell_text(header) else ""
    return _LOOKUP.get(base) if base else None


def long_columns(header: list[object]) -> dict[str, int]:
    """Field -> column index for the columns that name a long-format field (first wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        field = long_field(cell)
        if field is not None and field not in found:
            found[field] = index
    return found


def is_long_header(columns: dict[str, int]) -> bool:
    has_area = "area_code" in columns or "area_name" in columns
    has_item = "item_code" in columns or "item_label_sv" in columns
    return all(f in columns for f in REQUIRED_LONG) and has_area and has_item


def signature(header: list[object]) -> str:
    """A stable key for a header row, so a mapping made once is found again for the next file."""
    cells = [normalise(cell) for cell in header]
    while cells and not cells[-1]:
        cells.pop()
    return hashlib.sha256("\x1f".join(cells).encode()).hexdigest()[:20]


def find_long_header(table: RawTable) -> int | None:
    """The index of the row (among the first rows) that names the long-format columns, if any."""
    for index, row in enumerate(table.rows[:_SCAN_ROWS]):
        if is_long_header(long_columns(row)):
            return index
    return None


def find_wide_header(table: RawTable) -> int:
    """The first row that is as wide as the table: title rows above it have one or two filled cells."""
    rows = table.rows[:_SCAN_ROWS]
    filled = [sum(1 for cell in row if cell_text(cell)) for row in rows]
    widest = max(filled, default=0)
    for index, count in enumerate(filled):
        if count >= 2 and count >= 0.6 * widest:
            return index
    return 0


def header_candidates(table: RawTable) -> list[int]:
    return list(range(min(_SCAN_ROWS, len(table.rows))))


def slug(text: str, limit: int = 24) -> str:
    """A code made from a name: 'Lunds innerstad' -> 'LUNDS_INNERSTAD'."""
    return normalise(text).upper()[:limit].strip("_") or "OKAND"
