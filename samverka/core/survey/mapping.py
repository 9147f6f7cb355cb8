"""Column mappings for wide layouts, remembered per header signature in the column_mapping table."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from samverka.core.survey.headers import long_field, normalise
from samverka.core.survey.numbers import cell_text, is_missing, parse_number
from samverka.errors import KnownError
from samverka.models.db import Database

# The remembered mappings of a collaboration (plain SQL: reading them needs no ORM).
_SAVED = "SELECT signature, name, mapping_json FROM column_mapping WHERE collaboration_id = :cid"

AREAS_AS_ROWS = "areas_as_rows"
ITEMS_AS_ROWS = "items_as_rows"
ORIENTATIONS = (AREAS_AS_ROWS, ITEMS_AS_ROWS)


@dataclass
class ColumnMapping:
    """How a wide sheet reads: which column labels each row, and what each value column is.

    With areas as rows each value column is an item (value_columns: header -> item code); with items as
    rows each value column is an area (header -> area code). An empty code means "derive it from the name".
    """

    name: str = ""
    orientation: str = AREAS_AS_ROWS
    label_column: str = ""
    code_column: str = ""
    n_column: str = ""
    year_column: str = ""
    value_columns: dict[str, str] = field(default_factory=dict)
    survey: str = "trygghetsmätning"
    year: int | None = None
    value_type: str = "index_0_6"
    breakdown: str = "alla"
    group: str = ""
    source: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        try:
            data: dict[str, Any] = json.loads(text)
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            mapping = cls(**known)
        except (ValueError, TypeError) as exc:
            raise KnownError(
                "Den sparade kolumnmappningen är skadad. Gör en ny mappning.",
                "The saved column mapping is damaged. Make a new mapping.",
            ) from exc
        mapping.value_columns = {str(k): str(v) for k, v in dict(mapping.value_columns).items()}
        return mapping

    def check(self, header: list[object]) -> None:
        """Refuse a mapping that does not fit the header row it is applied to."""
        names = {cell_text(cell) for cell in header}
        if self.orientation not in ORIENTATIONS:
            raise KnownError("Okänd orientering i kolumnmappningen.", "Unknown orientation in the column mapping.")
        missing = [c for c in (self.label_column, *self.value_columns) if c and c not in names]
        if not self.label_column or not self.value_columns or missing:
            shown = ", ".join(missing) or "–"
            raise KnownError(
                f"Kolumnmappningen passar inte filen (saknade kolumner: {shown}). Gör om mappningen.",
                f"The column mapping does not fit the file (missing columns: {shown}). Redo the mapping.",
            )
        if self.year is None and not self.year_column:
            raise KnownError(
                "Ange vilket år värdena gäller (eller en kolumn med år) i kolumnmappningen.",
                "Give the year the values refer to (or a column with years) in the column mapping.",
            )


def guess_mapping(header: list[object], rows: list[list[object]]) -> ColumnMapping:
    """A starting point for the dialog: the first text column labels rows, numeric columns hold values."""
    mapping = ColumnMapping()
    numeric = _numeric_columns(header, rows[:50])
    for index, cell in enumerate(header):
        name = cell_text(cell)
        if not name:
            continue
        role = long_field(cell)
        if role == "n_respondents" and not mapping.n_column:
            mapping.n_column = name
        elif role == "year" and not mapping.year_column:
            mapping.year_column = name
        elif role == "area_code" and not mapping.code_column:
            mapping.code_column = name
        elif not mapping.label_column and index not in numeric:
            mapping.label_column = name
        elif index in numeric:
            mapping.value_columns[name] = ""
    return mapping


def _numeric_columns(header: list[object], rows: list[list[object]]) -> set[int]:
    numeric: set[int] = set()
    for index in range(len(header)):
        cells = [row[index] for row in rows if index < len(row) and not is_missing(row[index])]
        ok = 0
        for cell in cells:
            try:
                parse_number(cell)
                ok += 1
            except ValueError:
                pass
        if cells and ok >= 0.8 * len(cells):
            numeric.add(index)
    return numeric


def _saved_rows(db: Database) -> list[tuple[str, str, str]]:
    cid = db.collaboration_id()
    with db.reading() as read:
        return [(str(sig), str(name), str(text)) for sig, name, text in read.rows(_SAVED + " ORDER BY id", cid=cid)]


def find_mapping(db: Database, signature: str) -> ColumnMapping | None:
    for sig, _, text in _saved_rows(db):
        if sig == signature:
            return ColumnMapping.from_json(text) if text else None
    return None


def saved_mappings(db: Database) -> dict[str, ColumnMapping]:
    """Every remembered mapping of the collaboration by header signature."""
    return {sig: ColumnMapping.from_json(text) for sig, _, text in _saved_rows(db)}


def mapping_by_name(db: Database, name: str) -> ColumnMapping:
    rows = [(saved, text) for _, saved, text in _saved_rows(db)]
    for saved, text in rows:
        if saved == name or normalise(saved) == normalise(name):
            return ColumnMapping.from_json(text)
    names = ", ".join(sorted(saved for saved, _ in rows)) or "inga / none"
    raise KnownError(
        f"Det finns ingen sparad kolumnmappning som heter ”{name}”. Sparade: {names}.",
        f"There is no saved column mapping called “{name}”. Saved: {names}.",
    )


def mapping_names(db: Database) -> list[str]:
    return sorted(name for _, name, _ in _saved_rows(db))


def save_mapping(db: Database, signature: str, mapping: ColumnMapping) -> None:
    """Remember the mapping for files with this header row (replacing an earlier one)."""
    from sqlalchemy import select  # noqa: PLC0415

    from samverka.models import ColumnMapping as ColumnMappingModel  # noqa: PLC0415

    with db.write() as session:
        existing = session.scalar(
            select(ColumnMappingModel).where(
                ColumnMappingModel.collaboration_id == db.collaboration_id(),
                ColumnMappingModel.signature == signature,
            )
        )
        name = mapping.name.strip() or f"Mappning {signature[:6]}"
        if existing is None:
            session.add(
                ColumnMappingModel(
                    collaboration_id=db.collaboration_id(), signature=signature, name=name,
                    mapping_json=mapping.to_json(),
                )
            )
        else:
            existing.name = name
            existing.mapping_json = mapping.to_json()
