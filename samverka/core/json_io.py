"""The whole collaboration as JSON (docs/json-format.md), and back into a new collaboration file.

Export writes every table in dependency order, rows by id, columns in table order; binary columns (locked and
signed PDFs) as base64. Import checks the whole file first, then inserts everything in one transaction into a
new store, so a refused file leaves nothing behind. JSON → import → export gives the same bytes.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from samverka.core.validation import validate
from samverka.errors import KnownError, ValidationError
from samverka.models import Base
from samverka.models.db import Database, create_database, is_url
from samverka.models.schema import HEAD_REVISION

FORMAT = "samverka-collaboration"
VERSION = 1
# Rows every new store already has (the 25 techniques); the import replaces them with the file's.
REFERENCE_TABLES = ("scp_technique",)


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


def import_json(data: bytes, target: str | os.PathLike[str]) -> Database:
    """A new collaboration at `target` holding exactly what the JSON describes (all or nothing)."""
    tables = _parse(data)
    db = create_database(target)
    try:
        with db.write() as session:
            for name in REFERENCE_TABLES:
                session.execute(delete(Base.metadata.tables[name]))
            for table in _tables():
                rows = tables.get(table.name, [])
                if rows:
                    session.execute(insert(table), _parents_first(table, rows))
            if not db.is_sqlite:
                for table in _tables():
                    _reset_sequence(session, table)
    except IntegrityError as exc:
        _discard(db, target)
        raise KnownError(
            "JSON-filen hänger inte ihop (en rad pekar på något som saknas eller finns två gånger). "
            f"Inget importerades. Detalj: {exc.orig}",
            "The JSON file is inconsistent (a row points to something missing or appears twice). "
            f"Nothing was imported. Detail: {exc.orig}",
        ) from exc
    except BaseException:
        _discard(db, target)
        raise
    return db


def _discard(db: Database, target: str | os.PathLike[str]) -> None:
    db.close()
    if is_url(os.fspath(target)):
        return
    path = Path(target).expanduser().resolve()
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            candidate.unlink()


def _reset_sequence(session: Any, table: Table) -> None:
    if "id" not in table.c or not table.c.id.autoincrement:
        return
    top = session.scalar(select(func.max(table.c.id)))
    if top is not None:
        session.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v)"), {"t": table.name, "v": top})


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A self-referencing table (a cause tree) must insert each parent before its children."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    column = self_refs[0]
    pending = {row["id"]: row for row in rows}
    ordered: list[dict[str, Any]] = []
    while pending:
        ready = [key for key, row in pending.items() if row[column] is None or row[column] not in pending]
        if not ready:
            raise _bad(f"tabellen {table.name} har en cirkel av föräldrar",
                       f"the table {table.name} has a cycle of parents")
        for key in ready:
            ordered.append(pending.pop(key))
    return ordered


def _bad(sv: str, en: str) -> KnownError:
    return KnownError(
        f"JSON-filen kan inte importeras: {sv}. Inget importerades; kontrollera att filen är en oförändrad "
        "export från Samverka.",
        f"The JSON file cannot be imported: {en}. Nothing was imported; check that the file is an unchanged "
        "export from Samverka.",
    )


def _parse(data: bytes) -> dict[str, list[dict[str, Any]]]:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _bad("den är inte UTF-8-text", "it is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise _bad(f"felaktig JSON på rad {exc.lineno}, kolumn {exc.colno} ({exc.msg})",
                   f"invalid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg})") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _bad("den är ingen export av en samverkan", "it is not an export of a collaboration")
    if document.get("version") != VERSION:
        raise _bad(f"formatversion {document.get('version')!r} stöds inte (endast {VERSION})",
                   f"format version {document.get('version')!r} is not supported (only {VERSION})")
    if document.get("schema") != HEAD_REVISION:
        raise _bad(f"den gjordes med en annan version av Samverka (schema {document.get('schema')!r})",
                   f"it was made by another version of Samverka (schema {document.get('schema')!r})")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise _bad("avsnittet \"tables\" saknas", "the \"tables\" section is missing")
    known = {t.name: t for t in _tables()}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise _bad(f"okända tabeller: {', '.join(unknown)}", f"unknown tables: {', '.join(unknown)}")
    return {name: [_decode_row(known[name], i, row) for i, row in enumerate(_rows(name, rows))]
            for name, rows in tables.items()}


def _rows(name: str, rows: Any) -> list[Any]:
    if not isinstance(rows, list):
        raise _bad(f"tabellen {name} är ingen lista", f"the table {name} is not a list")
    return rows


def _decode_row(table: Table, index: int, row: Any) -> dict[str, Any]:
    where_sv, where_en = f"tabellen {table.name}, rad {index + 1}", f"table {table.name}, row {index + 1}"
    if not isinstance(row, Mapping):
        raise _bad(f"{where_sv} är inget objekt", f"{where_en} is not an object")
    extra = sorted(set(row) - set(table.c.keys()))
    if extra:
        raise _bad(f"{where_sv} har okända fält: {', '.join(extra)}", f"{where_en} has unknown fields: "
                   f"{', '.join(extra)}")
    decoded: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in row:
            raise _bad(f"{where_sv} saknar fältet {column.name}", f"{where_en} lacks the field {column.name}")
        value = row[column.name]
        try:
            decoded[column.name] = _decode(column.type.python_type, value, column.nullable)
        except (TypeError, ValueError, OverflowError, binascii.Error) as exc:
            shown = repr(value)[:60]
            raise _bad(f"{where_sv}: fältet {column.name} har ett ogiltigt värde {shown}",
                       f"{where_en}: the field {column.name} has an invalid value {shown}") from exc
    try:
        validate(table.name, {k: v for k, v in decoded.items() if k != "id"})
    except ValidationError as exc:
        raise _bad(f"{where_sv}: {exc.sv}", f"{where_en}: {exc.en}") from exc
    return decoded


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
