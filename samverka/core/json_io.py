"""The whole collaboration as JSON (docs/json-format.md), and back into a new collaboration file.

Export writes every table in dependency order, rows by id, columns in table order; binary columns (locked and
signed PDFs) as base64. Import reads the file as a stream, checks each row as it comes and inserts it into a new
store inside one transaction; the store appears at its name only when everything was read (models.atomic), so a
refused file leaves nothing behind. JSON → import → export gives the same bytes. Limits: docs/limits.md.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import io
import json
import math
import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import LargeBinary, String, Table, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from samverka.core.json_stream import JsonStream, json_refused
from samverka.core.validation import validate
from samverka.errors import KnownError, ValidationError, excerpt
from samverka.models import Base
from samverka.models.atomic import create_store
from samverka.models.db import Database
from samverka.models.schema import HEAD_REVISION

FORMAT = "samverka-collaboration"
VERSION = 1
# Rows every new store already has (the 25 techniques); the import replaces them with the file's.
REFERENCE_TABLES = ("scp_technique",)

# Limits of the import (docs/limits.md). The large generated collaboration exports to about 24 MB.
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_HEADER_CHARS = 1000
MAX_NAME_CHARS = 10_000  # a one-line text (a name, a title)
MAX_TEXT_CHARS = 1_000_000  # a free text
MAX_BINARY_BYTES = 16 * 1024 * 1024  # one locked or signed PDF (an agreement is typically 100–300 kB)
MAX_TEXT_BY_COLUMN = {  # texts that hold machine-written content of a whole collaboration
    ("agreement", "content_json"): 20_000_000,
    ("audit_entry", "detail"): 4_000_000,
}
MAX_ROW_CHARS = MAX_BINARY_BYTES * 4 // 3 + 1_000_000
BATCH_ROWS = 500


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def export_json(db: Database) -> bytes:
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.read() as session:
        for table in _tables():
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            tables[table.name] = [{c.name: _encode(row[c.name]) for c in table.columns} for row in rows]
    document = {"format": FORMAT, "version": VERSION, "schema": HEAD_REVISION, "tables": tables}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _encode(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value



def import_json(source: bytes | os.PathLike[str] | BinaryIO, target: str | os.PathLike[str]) -> Database:
    """A new collaboration at `target` holding exactly what the JSON describes (all or nothing).

    Memory holds one row at a time whatever the file holds; a refused or interrupted import leaves nothing.
    """
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415

    with _opened(source) as stream:
        reader = JsonStream(stream)
        _read_header(reader)
        location = create_store(target, lambda db: _load(reader, db))
    return open_collaboration(location, backup=False)


@contextlib.contextmanager
def _opened(source: bytes | os.PathLike[str] | BinaryIO) -> Iterator[BinaryIO]:
    """The bytes to read, refused by size before anything is read."""
    if isinstance(source, bytes | bytearray):
        _check_size(len(source), "JSON-filen")
        yield io.BytesIO(source)
        return
    if not isinstance(source, str | os.PathLike):
        yield source
        return
    path = Path(source)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise KnownError(
            f"{path} kunde inte läsas: {exc.strerror}. Kontrollera sökvägen.",
            f"{path} could not be read: {exc.strerror}. Check the path.",
        ) from exc
    with handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise KnownError(f"{path} är ingen vanlig fil. Välj en JSON-fil.",
                             f"{path} is not a regular file. Choose a JSON file.")
        _check_size(info.st_size, str(path))
        yield handle


def _check_size(size: int, name: str) -> None:
    if size > MAX_JSON_BYTES:
        limit = MAX_JSON_BYTES // 1048576
        raise KnownError(
            f"{name} är {size / 1048576:.0f} MB; en JSON-export får vara högst {limit} MB. Inget importerades; "
            "kontrollera att det är rätt fil.",
            f"{name} is {size / 1048576:.0f} MB; a JSON export may be at most {limit} MB. Nothing was imported; "
            "check that it is the right file.",
        )


def _read_header(reader: JsonStream) -> None:
    """format, version and schema, which Samverka writes before the tables: checked before anything is made."""
    if not reader.at("{"):
        raise _bad("den är ingen export av en samverkan", "it is not an export of a collaboration")
    reader.expect("{")
    for index, key in enumerate(("format", "version", "schema")):
        if index:
            reader.expect(",")
        name = reader.key()
        if name != key:
            if index == 0:
                raise _bad("den är ingen export av en samverkan", "it is not an export of a collaboration")
            raise _bad(f'fältet "{key}" saknas före tabellerna', f'the field "{key}" is missing before the tables')
        _check_header_field(key, reader.value(MAX_HEADER_CHARS))


def _check_header_field(key: str, value: Any) -> None:
    if key == "format" and value != FORMAT:
        raise _bad("den är ingen export av en samverkan", "it is not an export of a collaboration")
    if key == "version" and (value != VERSION or isinstance(value, bool)):
        shown = excerpt(value, 20)
        raise _bad(f"formatversion {shown} stöds inte (endast {VERSION})",
                   f"format version {shown} is not supported (only {VERSION})")
    if key == "schema" and value != HEAD_REVISION:
        shown = excerpt(value, 20)
        raise _bad(f"den gjordes med en annan version av Samverka (schema {shown})",
                   f"it was made by another version of Samverka (schema {shown})")


def _load(reader: JsonStream, db: Database) -> None:
    """The "tables" object, row by row, into the new store; then nothing but the end of the file."""
    if not reader.at(","):
        reader.expect("}")
        raise _bad('avsnittet "tables" saknas', 'the "tables" section is missing')
    reader.expect(",")
    if reader.key() != "tables":
        raise _bad('avsnittet "tables" saknas', 'the "tables" section is missing')
    if not reader.at("{"):
        raise _bad('avsnittet "tables" är inget objekt', 'the "tables" section is not an object')
    known = {table.name: table for table in _tables()}
    with db.write() as session:
        sink = _Sink(db, session)
        reader.expect("{")
        done: set[str] = set()
        while not reader.at("}"):
            if done:
                reader.expect(",")
            name = reader.key()
            if name not in known:
                shown = excerpt(name, 40)
                raise _bad(f"okända tabeller: {shown}", f"unknown tables: {shown}")
            if name in done:
                raise _bad(f"tabellen {name} förekommer två gånger", f"the table {name} appears twice")
            done.add(name)
            _load_table(reader, known[name], sink)
        reader.expect("}")
        if not reader.at("}"):
            raise _bad("det finns okända fält efter tabellerna", "there are unknown fields after the tables")
        reader.expect("}")
        reader.end()
        sink.finish()


def _load_table(reader: JsonStream, table: Table, sink: _Sink) -> None:
    if not reader.at("["):
        raise _bad(f"tabellen {table.name} är ingen lista", f"the table {table.name} is not a list")
    reader.expect("[")
    index = 0
    while not reader.at("]"):
        if index:
            reader.expect(",")
        what = (f"rad {index + 1} i tabellen {table.name}", f"row {index + 1} of the table {table.name}")
        sink.add(table, _decode_row(table, index, reader.value(MAX_ROW_CHARS, what)))
        index += 1
    reader.expect("]")


class _Sink:
    """Rows into the new store within one transaction. On SQLite in batches, foreign keys checked at commit (so
    any order works); on a database server every row is kept and inserted parents first at the end."""

    def __init__(self, db: Database, session: Any) -> None:
        self.sqlite = db.is_sqlite
        self.session = session
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.parents: dict[str, dict[Any, Any]] = {}
        if self.sqlite:
            session.execute(text("PRAGMA defer_foreign_keys=ON"))
        for name in REFERENCE_TABLES:
            session.execute(delete(Base.metadata.tables[name]))

    def add(self, table: Table, row: dict[str, Any]) -> None:
        rows = self.rows.setdefault(table.name, [])
        rows.append(row)
        column = _self_reference(table)
        if column is not None:
            self.parents.setdefault(table.name, {})[row["id"]] = row[column]
        if self.sqlite and len(rows) >= BATCH_ROWS:
            self._insert(table, rows)
            rows.clear()

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        try:
            self.session.execute(insert(table), rows)
        except IntegrityError as exc:
            raise _inconsistent(exc) from exc

    def finish(self) -> None:
        for name, links in self.parents.items():
            _refuse_cycles(name, links)
        for table in _tables():
            rows = self.rows.pop(table.name, [])
            if rows:
                self._insert(table, rows if self.sqlite else _parents_first(table, rows))
        if not self.sqlite:
            for table in _tables():
                _reset_sequence(self.session, table)
        try:
            self.session.flush()
            if self.sqlite:  # what commit would find, as a message instead of a failed commit
                broken = self.session.execute(text("PRAGMA foreign_key_check")).first()
                if broken is not None:
                    raise _inconsistent_text(f"{broken[0]} → {broken[2]}")
        except IntegrityError as exc:
            raise _inconsistent(exc) from exc


def _inconsistent(exc: IntegrityError) -> KnownError:
    return _inconsistent_text(excerpt(str(exc.orig), 120))


def _inconsistent_text(detail: str) -> KnownError:
    return KnownError(
        "JSON-filen hänger inte ihop (en rad pekar på något som saknas eller finns två gånger). "
        f"Inget importerades. Detalj: {detail}",
        "The JSON file is inconsistent (a row points to something missing or appears twice). "
        f"Nothing was imported. Detail: {detail}",
    )


def _self_reference(table: Table) -> str | None:
    return next((fk.parent.name for fk in table.foreign_keys if fk.column.table is table), None)


def _refuse_cycles(name: str, links: Mapping[Any, Any]) -> None:
    """No row may be its own ancestor: a cause tree with a loop would hang every view of it."""
    done: set[Any] = set()
    for start in links:
        seen: set[Any] = set()
        node = start
        while node is not None and node in links and node not in done:
            if node in seen:
                raise _bad(f"tabellen {name} har en cirkel av föräldrar", f"the table {name} has a cycle of parents")
            seen.add(node)
            node = links[node]
        done |= seen


def _reset_sequence(session: Any, table: Table) -> None:
    if "id" not in table.c or not table.c.id.autoincrement:
        return
    top = session.scalar(select(func.max(table.c.id)))
    if top is not None:
        session.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v)"), {"t": table.name, "v": top})


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A self-referencing table (a cause tree) must insert each parent before its children (no cycles here)."""
    column = _self_reference(table)
    if column is None:
        return rows
    by_id = {row["id"]: row for row in rows}
    ordered: list[dict[str, Any]] = []
    placed: set[Any] = set()
    for row in rows:
        chain = []
        node: dict[str, Any] | None = row
        while node is not None and node["id"] not in placed:
            chain.append(node)
            placed.add(node["id"])
            node = by_id.get(node[column])
        ordered.extend(reversed(chain))
    return ordered


def _bad(sv: str, en: str) -> KnownError:
    return json_refused(sv, en)


def _decode_row(table: Table, index: int, row: Any) -> dict[str, Any]:
    where_sv, where_en = f"tabellen {table.name}, rad {index + 1}", f"table {table.name}, row {index + 1}"
    if not isinstance(row, Mapping):
        raise _bad(f"{where_sv} är inget objekt", f"{where_en} is not an object")
    extra = sorted(set(row) - set(table.c.keys()))
    if extra:
        shown = excerpt(", ".join(extra), 80)
        raise _bad(f"{where_sv} har okända fält: {shown}", f"{where_en} has unknown fields: {shown}")
    decoded: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            raise _bad(f"{where_sv} saknar fältet {column.name}", f"{where_en} lacks the field {column.name}")
        value = row[column.name]
        limit = _size_limit(table.name, column.name, column.type)
        if isinstance(value, str) and len(value) > limit:
            raise _bad(
                f"{where_sv}: fältet {column.name} har {len(value)} tecken, högst {limit} tillåts",
                f"{where_en}: the field {column.name} has {len(value)} characters, at most {limit} are allowed",
            )
        try:
            decoded[column.name] = _decode(column.type.python_type, value, column.nullable)
        except (TypeError, ValueError, OverflowError, binascii.Error) as exc:
            shown = excerpt(value, 60)
            raise _bad(f"{where_sv}: fältet {column.name} har ett ogiltigt värde {shown}",
                       f"{where_en}: the field {column.name} has an invalid value {shown}") from exc
    try:
        validate(table.name, {k: v for k, v in decoded.items() if k != "id"})
    except ValidationError as exc:
        raise _bad(f"{where_sv}: {exc.sv}", f"{where_en}: {exc.en}") from exc
    return decoded


def _size_limit(table: str, column: str, kind: Any) -> int:
    """The longest text (in characters) the import takes for a column; base64 for binary ones."""
    if isinstance(kind, LargeBinary):
        return MAX_BINARY_BYTES * 4 // 3 + 4
    if (table, column) in MAX_TEXT_BY_COLUMN:
        return MAX_TEXT_BY_COLUMN[table, column]
    if isinstance(kind, String) and type(kind) is String:
        return MAX_NAME_CHARS
    return MAX_TEXT_CHARS


def _decode(py: type, value: Any, nullable: bool | None) -> Any:
    if value is None:
        if nullable:
            return None
        raise ValueError("null")
    if py is bytes:
        return base64.b64decode(str(value), validate=True)
    if py is dt.datetime:
        moment = dt.datetime.fromisoformat(str(value))
        if moment.tzinfo is not None:
            raise ValueError("times are stored in UTC without a zone")
        return moment
    if py is dt.date:
        return dt.date.fromisoformat(str(value))
    if py is bool:
        if isinstance(value, bool):
            return value
        raise TypeError("bool")
    if py is int:
        if isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63:
            return value
        raise TypeError("int")
    if py is float:
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        raise TypeError("float")
    if py is str:
        if isinstance(value, str):
            value.encode("utf-8")  # a lone surrogate cannot be stored: UnicodeEncodeError is a ValueError
            if "\x00" in value:
                raise ValueError("NUL")
            return value
        raise TypeError("str")
    return value
