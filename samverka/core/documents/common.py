"""Shared reading and formatting for the document builders."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverka import vocab
from samverka.core.crud import table_for
from samverka.dto import ROW_TYPES
from samverka.export.documents import to_json
from samverka.models.db import Database
from samverka.swedish import kommun_name, police_area

# A period nobody has set yet, in a table's value column ("Giltighetstid: ej angiven"); never in a sentence or a
# subtitle (lib.typ's `cover` leaves it out; sentences test for it).
NOT_GIVEN = "ej angiven"
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")


@dataclass
class Data:
    """The rows of the tables a document needs, read in one session, each table in display order."""

    rows: dict[str, list[Any]]
    _index: dict[str, dict[int, Any]] = field(default_factory=dict)
    # Results computed once per read and shared by several parts of a document (the annex list).
    memo: dict[str, Any] = field(default_factory=dict)

    def of(self, kind: str) -> list[Any]:
        return self.rows.get(kind, [])

    def by_id(self, kind: str) -> dict[int, Any]:
        if kind not in self._index:
            self._index[kind] = {row.id: row for row in self.of(kind)}
        return self._index[kind]

    def name(self, kind: str, row_id: int | None, attr: str = "name") -> str:
        row = self.by_id(kind).get(row_id) if row_id is not None else None
        return str(getattr(row, attr)) if row is not None else ""

    def group(self, kind: str, attr: str) -> dict[Any, list[Any]]:
        grouped: dict[Any, list[Any]] = defaultdict(list)
        for row in self.of(kind):
            grouped[getattr(row, attr)].append(row)
        return grouped

    @property
    def collaboration(self) -> Any:
        return self.of("collaboration")[0]


def read_tables(session: Session, collaboration_id: int, kinds: Iterable[str]) -> Data:
    """Plain rows of each table; tables owned by the collaboration are filtered to it."""
    rows: dict[str, list[Any]] = {}
    for kind in dict.fromkeys(kinds):
        if kind not in ROW_TYPES:  # a table a later schema adds (the document shows what exists)
            continue
        table = table_for(kind)
        row_type = ROW_TYPES[kind]
        query = select(table)
        if kind == "collaboration":
            query = query.where(table.c.id == collaboration_id)
        elif "collaboration_id" in table.c:
            query = query.where(table.c.collaboration_id == collaboration_id)
        order = [table.c.sort_order] if "sort_order" in table.c else []
        query = query.order_by(*order, table.c.id)
        rows[kind] = [row_type(**r._mapping) for r in session.execute(query)]
    return Data(rows)


def read(db: Database, kinds: Iterable[str]) -> Data:
    collaboration_id = db.collaboration_id()
    with db.read() as session:
        return read_tables(session, collaboration_id, kinds)


def long_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def iso(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


def period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{long_date(start)} – {long_date(end)}"
    if start:
        return f"från {long_date(start)}"
    if end:
        return f"till {long_date(end)}"
    return NOT_GIVEN


def short_period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{iso(start)} – {iso(end)}"
    return iso(start) or iso(end)


def number(value: float | None, unit: str = "") -> str:
    """Swedish style: decimal comma, thin grouping, the unit after a space."""
    if value is None:
        return ""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    text = text.replace(",", "\u202f").replace(".", ",")
    unit = unit.strip()
    if not unit:
        return text
    if unit.lower().startswith("index"):
        return text
    return f"{text}\u00a0{unit}"  # a number and its unit stay on one line


def label(choices: vocab.Choices, code: str) -> str:
    pair = choices.get(code)
    return pair[0] if pair else code


def slug(text: str) -> str:
    """An ASCII code for document IDs ("Lunds kommun" → "LUNDS")."""
    base = re.sub(r"\bkommun\b", "", text, flags=re.IGNORECASE).strip() or text
    ascii_text = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    code = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").upper()
    return code[:16] or "SAMV"


def content_hash(document: Any, **blank: Any) -> str:
    """SHA-256 of the document's canonical JSON, with the given fields blanked (the ID derived from it)."""
    return hashlib.sha256(to_json(dataclasses.replace(document, **blank)).encode("utf-8")).hexdigest()


def with_hash_id(document: Any, prefix: str) -> Any:
    """Give a document an ID from its own content, so the same data gives the same ID (and the same PDF)."""
    digest = content_hash(document, document_id="")
    return dataclasses.replace(document, document_id=f"{prefix}-{digest[:8].upper()}")


def person_line(person: Any, data: Data) -> str:
    org = data.name("organisation", person.organisation_id)
    parts = [person.name]
    if person.title:
        parts.append(person.title)
    text = ", ".join(parts)
    return f"{text} ({org})" if org else text


def weekdays_text(digits: str) -> str:
    names = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")
    days = [names[int(d) - 1] for d in digits if d in "1234567"]
    if not days:
        return ""
    if len(days) > 2 and "".join(d for d in digits) in "1234567":
        return f"{days[0]}–{days[-1]}"
    return ", ".join(days)


def hours_text(start: int | None, end: int | None) -> str:
    if start is None or end is None:
        return ""
    return f"kl. {start:02d}–{end:02d}"


def join(parts: Sequence[str], sep: str = " · ") -> str:
    return sep.join(part for part in parts if part)


def agreement_title(data: Data) -> str:
    """"Samverkansöverenskommelse mellan Lunds kommun och lokalpolisområde Lund 2026–2029"."""
    c = data.collaboration
    years = f" {c.period_start.year}–{c.period_end.year}" if c.period_start and c.period_end else ""
    return f"Samverkansöverenskommelse mellan {kommun_party(data)} och {police_party(data)}{years}"


def agreement_reference(data: Data) -> str:
    """The agreement named in running text: "samverkansöverenskommelsen mellan Lunds kommun och … 2026–2029"."""
    return "samverkansöverenskommelsen" + agreement_title(data)[len("Samverkansöverenskommelse"):]


def kommun_party(data: Data) -> str:
    """The kommun as a party is named in running text ("Växjö" → "Växjö kommun"): the collaboration's kommun,
    else its kommun organisation from step 1, else "kommunen"."""
    return known_kommun(data) or "kommunen"


def police_party(data: Data) -> str:
    """The police as a party is named in running text ("LPO Lund" → "lokalpolisområde Lund"): the collaboration's
    local police area, else its police organisation from step 1 ("Polisen, lokalpolisområde Växjö"), else
    "Polisen" (a sentence never ends in a bare "lokalpolisområdet" that names nobody)."""
    return known_police(data) or "Polisen"


def known_kommun(data: Data) -> str:
    """The kommun's name as a party, or "" when neither the collaboration nor step 1 names it."""
    return kommun_name(data.collaboration.kommun) or kommun_name(_top_organisation(data, "kommun"))


def known_police(data: Data) -> str:
    """The police's name as a party, or "" when neither the collaboration nor step 1 names it."""
    return police_area(data.collaboration.lokalpolisomrade) or police_area(_top_organisation(data, "polis"))


def _top_organisation(data: Data, kind: str) -> str:
    """The first organisation of a type that is not part of another (the kommun, not one of its förvaltningar)."""
    for org in data.of("organisation"):
        if org.type == kind and org.parent_id is None and org.name.strip():
            return str(org.name)
    return ""


def field_of(row: Any, name: str, default: Any = None) -> Any:
    """A column a later schema adds (planned by the data model work); the default until it exists."""
    value = getattr(row, name, default)
    return default if value is None else value
