"""Plain SQL on a collaboration: a Reader for one consistent read, a Writer for one write transaction.

The same SQL (with :name parameters) runs on a SQLite file through sqlite3 alone, without loading SQLAlchemy,
and on a server through a connection of the engine, so a query is written once. The SQLite connections are set
up exactly as the engine's are (`setup_sqlite_connection`), and values are stored as SQLAlchemy stores them
(`sqlite_value`), so a row written either way reads back the same either way.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from samverka.models.guarded import distrust_schema

if TYPE_CHECKING:
    from sqlalchemy import Connection

# How long a write waits for another connection's lock before it reports the file as locked.
BUSY_TIMEOUT_MS = 5000

Params = Mapping[str, object]
Rows = Sequence[Sequence[Any]]


def setup_sqlite_connection(conn: sqlite3.Connection, *, read_only: bool) -> None:
    """What every connection to a collaboration file gets: no SQL of the file's own, foreign keys enforced, a
    busy timeout, and (where it may write) WAL with synchronous=FULL. Transactions are begun explicitly."""
    conn.isolation_level = None
    distrust_schema(conn)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if not read_only:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")


def sqlite_value(value: object) -> object:
    """A value as SQLAlchemy's SQLite dialect stores it (datetimes and dates as text, booleans as 0/1)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Reader:
    """`rows(sql, name=value, …)` on one read transaction, tuples back."""

    def __init__(self, run: Callable[[str, Params], Rows]) -> None:
        self._run = run

    def rows(self, sql: str, **params: object) -> Rows:
        return self._run(sql, params)

    def scalar(self, sql: str, **params: object) -> Any:
        found = self._run(sql, params)
        return found[0][0] if found else None


class Writer(Reader, ABC):
    """Plain SQL inside one write transaction (committed when the `Database.writing()` block ends)."""

    def execute(self, sql: str, **params: object) -> None:
        self._execute(sql, params)

    @abstractmethod
    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        """`sql` once per mapping of parameters."""

    @abstractmethod
    def insert(self, table: str, values: Params) -> int:
        """Insert one row; its id."""

    @abstractmethod
    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], *,
                    fixed: Mapping[str, int] | None = None) -> None:
        """Insert many rows given as value tuples in `columns` order (plain str, int, float or None values);
        `fixed` columns take the same whole number in every row (an owner's id)."""

    @abstractmethod
    def _execute(self, sql: str, params: Params) -> None: ...


class SqliteWriter(Writer):
    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(lambda sql, params: conn.execute(sql, _adapted(params)).fetchall())
        self.conn = conn

    def _execute(self, sql: str, params: Params) -> None:
        self.conn.execute(sql, _adapted(params))

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        self.conn.executemany(sql, [_adapted(row) for row in rows])

    def insert(self, table: str, values: Params) -> int:
        names = ", ".join(_quoted(name) for name in values)
        marks = ", ".join(f":{name}" for name in values)
        cursor = self.conn.execute(f"INSERT INTO {_quoted(table)} ({names}) VALUES ({marks})", _adapted(values))
        assert cursor.lastrowid is not None
        return int(cursor.lastrowid)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], *,
                    fixed: Mapping[str, int] | None = None) -> None:
        fixed = fixed or {}
        names = ", ".join(_quoted(name) for name in (*columns, *fixed))
        marks = ", ".join(["?"] * len(columns) + [str(int(value)) for value in fixed.values()])
        self.conn.executemany(f"INSERT INTO {_quoted(table)} ({names}) VALUES ({marks})", rows)


class ServerWriter(Writer):
    """The same operations through a SQLAlchemy connection (a database server)."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(sqlalchemy_runner(conn))
        self.conn = conn

    def _execute(self, sql: str, params: Params) -> None:
        from sqlalchemy import text  # noqa: PLC0415

        self.conn.execute(text(sql), dict(params))

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        from sqlalchemy import text  # noqa: PLC0415

        if rows:
            self.conn.execute(text(sql), [dict(row) for row in rows])

    def insert(self, table: str, values: Params) -> int:
        from sqlalchemy import text  # noqa: PLC0415

        names = ", ".join(_quoted(name) for name in values)
        marks = ", ".join(f":{name}" for name in values)
        sql = f"INSERT INTO {_quoted(table)} ({names}) VALUES ({marks}) RETURNING id"
        return int(self.conn.execute(text(sql), dict(values)).scalar_one())

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]], *,
                    fixed: Mapping[str, int] | None = None) -> None:
        fixed = fixed or {}
        keys = [f"c{index}" for index in range(len(columns))]
        names = ", ".join(_quoted(name) for name in (*columns, *fixed))
        marks = ", ".join([f":{key}" for key in keys] + [f":f{index}" for index in range(len(fixed))])
        constants = {f"f{index}": int(value) for index, value in enumerate(fixed.values())}
        self.execute_many(f"INSERT INTO {_quoted(table)} ({names}) VALUES ({marks})",
                          [{**dict(zip(keys, row, strict=True)), **constants} for row in rows])


def _adapted(params: Params) -> dict[str, object]:
    return {name: sqlite_value(value) for name, value in params.items()}


def sqlite_runner(conn: sqlite3.Connection) -> Callable[[str, Params], Rows]:
    def run(sql: str, params: Params) -> Rows:
        return conn.execute(sql, _adapted(params)).fetchall()

    return run


def sqlalchemy_runner(conn: Connection) -> Callable[[str, Params], Rows]:
    from sqlalchemy import text  # noqa: PLC0415

    def run(sql: str, params: Params) -> Rows:
        return [tuple(row) for row in conn.execute(text(sql), dict(params))]

    return run
