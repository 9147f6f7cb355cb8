"""Generic services for every entity: create, update (compare-and-set), delete with undo snapshot, restore.

Each call is one user action: one session, one transaction, committed before it returns. The table is named by
its row class from `samverka.dto` and the rows come back typed:

    crud.list_rows(db, CauseRow, problem_id=3)          -> list[CauseRow]
    crud.get(db, CauseRow, cause_id)                    -> CauseRow
    crud.create(db, CauseRow, problem_id=3, text="…")   -> (id, Changes)
    crud.update(db, CauseRow, cause_id, text="…")       -> Updated[CauseRow] (the new row, the old values, Changes)
    crud.delete_row(db, CauseRow, cause_id)             -> (Snapshot, Changes); crud.restore(db, snapshot)

Values may also be given as one mapping (`crud.update(db, CauseRow, i, {"text": "…"})`) when the field name is
data. Every rule a value must follow (`core/validation.py`, and `core/integrity.py` for rules that look at other
rows) runs inside the write, for every caller.

Transitional: a table-name string in place of the row class ("cause") still works and gives untyped rows; there
`update` returns only Changes. It stays until every caller names row classes.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from samverka.core.changes import Changes, Kind, kind_name
from samverka.core.integrity import check_references
from samverka.core.names import entity_name
from samverka.core.validation import validate
from samverka.dto import ROW_TYPES, Row
from samverka.errors import ConflictError, NotFoundError, ValidationError
from samverka.models.db import Database
from samverka.models.rows import columns, select_rows

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session

    from samverka.models import Base

R = TypeVar("R", bound=Row)

_UNEDITABLE = frozenset({"id"})


@functools.cache
def models() -> dict[str, type[Base]]:
    """Every table's model. The ORM loads here, at the first write: reading (get, list_rows) needs none of it."""
    from samverka.models import Base  # noqa: PLC0415

    return {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


@dataclass(frozen=True)
class Updated(Generic[R]):
    """What an update did: the row as it is now, the fields' values before and after, and what changed."""

    row: R
    old: Mapping[str, Any]
    new: Mapping[str, Any]
    changes: Changes


def model_for(kind: Kind) -> type[Base]:
    name = kind_name(kind)
    try:
        return models()[name]
    except KeyError:
        raise ValueError(f"unknown kind {name!r}") from None


def table_for(kind: Kind) -> Table:
    from sqlalchemy import Table  # noqa: PLC0415

    table = model_for(kind).__table__
    assert isinstance(table, Table)
    return table


def row_type_for(kind: Kind) -> type[Row]:
    return kind if not isinstance(kind, str) else ROW_TYPES[kind]


def to_row(obj: Base) -> Any:
    """The plain frozen row for an ORM object."""
    from sqlalchemy import inspect  # noqa: PLC0415

    row_type = ROW_TYPES[obj.__tablename__]
    return row_type(**{column.key: getattr(obj, column.key) for column in inspect(type(obj)).columns})


def _values(values: Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(values or {})
    merged.update(fields)
    return merged


def coerce(kind: Kind, values: Mapping[str, Any]) -> dict[str, Any]:
    """Accept the values the UI and the command line send; refuse unknown fields."""
    table = table_for(kind)
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if name not in table.c or name in _UNEDITABLE:
            raise ValueError(f"{kind_name(kind)} has no editable field {name!r}")
        clean[name] = _coerce_value(table.c[name].type.python_type, name, value)
    return clean


def _coerce_value(py: type, name: str, value: Any) -> Any:
    if value is None or isinstance(value, py) and not (py is int and isinstance(value, bool)):
        return value
    try:
        if py is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value.strip()) if value.strip() else None
        if py is float and isinstance(value, str | int):
            text = str(value).replace("\u2212", "-").replace(",", ".").replace(" ", "").replace("\u00a0", "")
            return float(text) if text else None
        if py is int and isinstance(value, str):
            return int(value.strip()) if value.strip() else None
        if py is int and isinstance(value, float) and value.is_integer():
            return int(value)
        if py is bool and isinstance(value, int):
            return bool(value)
    except ValueError:
        pass
    raise ValidationError(
        f"Värdet {value!r} passar inte i fältet {name}.", f"The value {value!r} does not fit the field {name}.",
        field=name,
    )


def _audit(session: Session, action: str, kind: str, entity_id: int | None, detail: Mapping[str, Any]) -> None:
    from samverka.models import AuditEntry  # noqa: PLC0415

    session.add(AuditEntry(action=action, entity=kind, entity_id=entity_id, detail=json.dumps(detail, default=str)))


@overload
def get(db: Database, kind: type[R], entity_id: int, /) -> R: ...
@overload
def get(db: Database, kind: str, entity_id: int, /) -> Any: ...
def get(db: Database, kind: Kind, entity_id: int, /) -> Any:
    with db.reading() as read:  # plain SQL: a page that only shows rows loads no ORM
        found = select_rows(read, row_type_for(kind), "id = :id", id=entity_id)
    if not found:
        raise _gone(kind)
    return found[0]


@overload
def list_rows(db: Database, kind: type[R], /, order_by: Sequence[str] = ("id",), **filters: Any) -> list[R]: ...
@overload
def list_rows(db: Database, kind: str, /, order_by: Sequence[str] = ("id",), **filters: Any) -> list[Any]: ...
def list_rows(db: Database, kind: Kind, /, order_by: Sequence[str] = ("id",), **filters: Any) -> list[Any]:
    """Rows of one table (of the open collaboration, where the table has one), filtered by equal fields."""
    row_type = row_type_for(kind)
    known = columns(row_type)
    if "collaboration_id" in known and "collaboration_id" not in filters:
        filters["collaboration_id"] = db.collaboration_id()
    where: list[str] = []
    params: dict[str, Any] = {}
    for index, (name, value) in enumerate(filters.items()):
        _known_column(kind, name, known)
        if value is None:
            where.append(f'"{name}" IS NULL')
        else:
            where.append(f'"{name}" = :p{index}')
            params[f"p{index}"] = value
    for name in order_by:
        _known_column(kind, name, known)
    order = ", ".join(f'"{name}"' for name in order_by)
    with db.reading() as read:
        return list(select_rows(read, row_type, " AND ".join(where), order_by=order, **params))


def _known_column(kind: Kind, name: str, known: Sequence[str]) -> None:
    if name not in known:
        raise KeyError(f"{kind_name(kind)} has no column {name!r}")


def create(
    db: Database, kind: Kind, values: Mapping[str, Any] | None = None, /, **fields: Any
) -> tuple[int, Changes]:
    """Insert one row; gives its id."""
    with db.write() as session:
        new_id = create_in(session, db, kind, _values(values, fields))
    return new_id, Changes.of(kind, new_id)


def create_in(session: Session, db: Database, kind: Kind, values: Mapping[str, Any]) -> int:
    """create inside a write a service already holds (it read what it needed in the same transaction)."""
    name = kind_name(kind)
    clean = coerce(kind, values)
    if "collaboration_id" in table_for(kind).c and "collaboration_id" not in clean:
        clean["collaboration_id"] = db.collaboration_id()
    merged = {**_defaults(kind), **clean}
    validate(name, merged)
    check_references(session, name, merged, clean)
    obj = model_for(kind)(**clean)
    session.add(obj)
    session.flush()
    new_id = int(obj.id)  # type: ignore[attr-defined]
    _audit(session, "create", name, new_id, clean)
    return new_id


def create_many(db: Database, kind: Kind, rows: Sequence[Mapping[str, Any]]) -> tuple[list[int], Changes]:
    """Insert many rows of one kind in one transaction: all of them, or none if any is refused."""
    name = kind_name(kind)
    model = model_for(kind)
    has_collaboration = "collaboration_id" in table_for(kind).c
    defaults = _defaults(kind)
    cleaned = []
    for values in rows:
        clean = coerce(kind, values)
        if has_collaboration and "collaboration_id" not in clean:
            clean["collaboration_id"] = db.collaboration_id()
        validate(name, {**defaults, **clean})
        cleaned.append(clean)
    with db.write() as session:
        for clean in cleaned:
            check_references(session, name, {**defaults, **clean}, clean)
        objects = [model(**clean) for clean in cleaned]
        session.add_all(objects)
        session.flush()
        ids = [int(obj.id) for obj in objects]  # type: ignore[attr-defined]
        _audit(session, "create_many", name, None, {"rows": len(ids)})
    return ids, Changes(frozenset((name, i) for i in ids), frozenset({name}))


def _defaults(kind: Kind) -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for column in table_for(kind).c:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            defaults[column.key] = default.arg  # type: ignore[attr-defined]
    return defaults


@overload
def update(
    db: Database, kind: type[R], entity_id: int, values: Mapping[str, Any] | None = None, /, *,
    expected: Mapping[str, Any] | None = None, **fields: Any,
) -> Updated[R]: ...
@overload
def update(
    db: Database, kind: str, entity_id: int, values: Mapping[str, Any] | None = None, /, *,
    expected: Mapping[str, Any] | None = None, **fields: Any,
) -> Changes: ...
def update(
    db: Database, kind: Kind, entity_id: int, values: Mapping[str, Any] | None = None, /, *,
    expected: Mapping[str, Any] | None = None, **fields: Any,
) -> Updated[Any] | Changes:
    """Set fields. With `expected`, refuse if another editor changed those fields since they were read.

    With a row class it gives back `Updated`: the row as it is now and the old values of the fields it set
    (what undo needs), so a caller never reads before it writes. With a table name (transitional): Changes.
    """
    result = _update(db, kind, entity_id, _values(values, fields), expected)
    return result if not isinstance(kind, str) else result.changes


def _update(
    db: Database, kind: Kind, entity_id: int, values: Mapping[str, Any], expected: Mapping[str, Any] | None
) -> Updated[Any]:
    name = kind_name(kind)
    model = model_for(kind)
    clean = coerce(kind, values)
    with db.write() as session:
        # FOR UPDATE: on PostgreSQL a second editor waits here, then compares against the committed value.
        obj = session.get(model, entity_id, with_for_update=True)
        if obj is None:
            raise _gone(kind)
        if expected:
            for field_name, old_value in coerce(kind, expected).items():
                if getattr(obj, field_name) != old_value:
                    raise _conflict(field_name)
        current = {column.key: getattr(obj, column.key) for column in table_for(kind).c}
        merged = {**current, **clean}
        validate(name, merged)
        check_references(session, name, merged, clean)
        old = {field_name: current[field_name] for field_name in clean}
        for field_name, value in clean.items():
            setattr(obj, field_name, value)
        _audit(session, "update", name, entity_id, clean)
        row = to_row(obj)
    return Updated(row, old, clean, Changes.of_rows(row))


@dataclass(frozen=True)
class Snapshot:
    """Everything a delete removed (cascades included) and the references it cleared, for undo."""

    kind: str
    entity_id: int
    tables: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]
    nulled: tuple[tuple[str, str, int, Any], ...]

    def kinds(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.tables) | frozenset(name for name, _, _, _ in self.nulled)


def delete_row(db: Database, kind: Kind, entity_id: int) -> tuple[Snapshot, Changes]:
    """Delete a row and everything that hangs on it (cascades; references to it are cleared)."""
    with db.write() as session:
        snapshot = delete_in(session, kind, entity_id)
    return snapshot, snapshot_changes(snapshot)


def delete_in(session: Session, kind: Kind, entity_id: int) -> Snapshot:
    """delete_row inside a write a service already holds (a service that does several things in one action)."""
    table = table_for(kind)
    tables: list[tuple[str, tuple[Mapping[str, Any], ...]]] = []
    nulled: list[tuple[str, str, int, Any]] = []
    _collect(session, table, [entity_id], tables, nulled, set())
    if not tables or not tables[0][1]:
        raise _gone(kind)
    from sqlalchemy import delete as sql_delete  # noqa: PLC0415

    session.execute(sql_delete(table).where(table.c.id == entity_id))
    _audit(session, "delete", table.name, entity_id, {"rows": sum(len(rows) for _, rows in tables)})
    return Snapshot(table.name, entity_id, tuple(tables), tuple(nulled))


def restore(db: Database, snapshot: Snapshot) -> Changes:
    """Put back exactly what delete_row removed, with the same ids."""
    with db.write() as session:
        restore_in(session, snapshot)
    return snapshot_changes(snapshot)


def restore_in(session: Session, snapshot: Snapshot) -> None:
    """restore inside a write a service already holds."""
    _restore_rows(session, snapshot)
    _audit(session, "restore", snapshot.kind, snapshot.entity_id, {})


def _restore_rows(session: Session, snapshot: Snapshot) -> None:
    from sqlalchemy import insert as sql_insert  # noqa: PLC0415
    from sqlalchemy import update as sql_update  # noqa: PLC0415

    for name, rows in snapshot.tables:
        if rows:
            session.execute(sql_insert(table_for(name)), _parents_first(name, rows))
    for name, column, row_id, value in snapshot.nulled:
        table = table_for(name)
        session.execute(sql_update(table).where(table.c.id == row_id).values({column: value}))


def _parents_first(kind: str, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Order rows of a self-referencing table (a cause tree) so each parent is inserted before its children."""
    table = table_for(kind)
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return [dict(row) for row in rows]
    column = self_refs[0]
    pending = {int(row["id"]): dict(row) for row in rows}
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()
    while pending:
        ready = [i for i, row in pending.items() if row[column] is None or row[column] not in pending]
        for i in sorted(ready):
            ordered.append(pending.pop(i))
            placed.add(i)
    return ordered


def snapshot_changes(snapshot: Snapshot) -> Changes:
    """What a delete (or its restore) changed."""
    entities = frozenset((name, int(row["id"])) for name, rows in snapshot.tables for row in rows)
    return Changes(entities, snapshot.kinds())


def _referencing(table: Table) -> Iterable[tuple[Table, str, str | None]]:
    from samverka.models import Base  # noqa: PLC0415

    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is table:
                yield other, fk.parent.name, fk.ondelete


def _collect(
    session: Session,
    table: Table,
    ids: list[int],
    tables: list[tuple[str, tuple[Mapping[str, Any], ...]]],
    nulled: list[tuple[str, str, int, Any]],
    seen: set[tuple[str, int]],
) -> None:
    from sqlalchemy import select  # noqa: PLC0415

    ids = [i for i in ids if (table.name, i) not in seen]
    if not ids:
        return
    seen.update((table.name, i) for i in ids)
    rows = tuple(dict(r._mapping) for r in session.execute(select(table).where(table.c.id.in_(ids))))
    tables.append((table.name, rows))
    for child, column, ondelete in _referencing(table):
        matches = session.execute(select(child.c.id, child.c[column]).where(child.c[column].in_(ids))).all()
        if not matches:
            continue
        if ondelete == "CASCADE":
            _collect(session, child, [int(m[0]) for m in matches], tables, nulled, seen)
        else:
            nulled.extend((child.name, column, int(m[0]), m[1]) for m in matches)


def _gone(kind: Kind) -> NotFoundError:
    name = entity_name(kind_name(kind))
    return NotFoundError(
        f"{name.sv_definite.capitalize()} finns inte längre; den kan ha tagits bort. Uppdatera vyn.",
        f"The {name.en} no longer exists; it may have been removed. Refresh the view.",
    )


def _conflict(field: str) -> ConflictError:
    return ConflictError(
        "Någon annan har ändrat det här värdet medan du redigerade. Din ändring sparades inte; "
        "se det nya värdet och gör om ändringen om den behövs.",
        "Someone else changed this value while you were editing. Your change was not saved; "
        "look at the new value and redo your change if needed.",
        field=field,
    )
