"""Rows of `samverka.dto` read with plain SQL, without the ORM.

What a row holds and how each value is typed comes from the generated dto classes (their fields are the
models' columns, in order), so no column is named twice: a date or datetime that SQLite keeps as text becomes a
`dt.date` / `dt.datetime` the way SQLAlchemy reads it, a boolean kept as 0/1 becomes a bool, the rest is as
stored. A server's driver already returns these types; they pass through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from samverka.models.plain import Reader

RowT = TypeVar("RowT")
Convert = Callable[[Any], Any]


def _date(value: Any) -> Any:
    return dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value  # SQLAlchemy reads the front


def _datetime(value: Any) -> Any:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def _bool(value: Any) -> Any:
    return None if value is None else bool(value)


def _converter(annotation: str) -> Convert | None:
    base = annotation.replace(" | None", "").strip()
    return {"dt.date": _date, "dt.datetime": _datetime, "bool": _bool}.get(base)


Shape = tuple[tuple[str, ...], tuple[tuple[int, Convert], ...]]
_shapes: dict[type, Shape] = {}


def _shape(row_type: type) -> Shape:
    """The columns of a row type and the converters its typed ones need (worked out once per type)."""
    shape = _shapes.get(row_type)
    if shape is None:
        fields = dataclasses.fields(row_type)
        converters = tuple((index, convert) for index, field in enumerate(fields)
                           if (convert := _converter(str(field.type))) is not None)
        shape = _shapes[row_type] = (tuple(field.name for field in fields), converters)
    return shape


def columns(row_type: type) -> tuple[str, ...]:
    return _shape(row_type)[0]


def select_rows(read: Reader, row_type: type[RowT], where: str = "", *, skip: Sequence[str] = (),
                order_by: str = "id", **params: object) -> tuple[RowT, ...]:
    """Every row of `row_type`'s table matching `where` (SQL with :name parameters), in `order_by` order (id
    unless given). Columns in `skip` (large ones nobody here looks at) come back as None."""
    names, converters = _shape(row_type)
    selected = ", ".join("NULL" if name in skip else f'"{name}"' for name in names)
    sql = f'SELECT {selected} FROM "{row_type.KIND}"'  # type: ignore[attr-defined]
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order_by}"
    result = []
    for raw in read.rows(sql, **params):
        values = list(raw)
        for index, convert in converters:
            values[index] = convert(values[index])
        result.append(row_type(*values))
    return tuple(result)


def count(read: Reader, table: str, where: str = "", **params: object) -> int:
    sql = f'SELECT count(*) FROM "{table}"' + (f" WHERE {where}" if where else "")
    return int(read.scalar(sql, **params) or 0)
