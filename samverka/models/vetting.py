"""Schema vetting: a collaboration file may hold exactly the tables and indexes our migrations make, nothing else.

A file can pass the application_id and integrity checks and still carry SQL of its own: triggers that run inside
our transactions, views that hang a query, foreign tables. Before anything reads, checks or upgrades a file, its
`sqlite_master` is compared with what this code makes for the file's schema version:

- at head, what `create_head_tables` (the code that makes new files) writes, built once per process in memory;
- for an older version, what the migrations make up to that revision, built in memory (Alembic loads only then,
  when an upgrade is due anyway).

Statements are compared as token lists (case, quoting, spacing and comments do not matter), and the parts of a
CREATE TABLE as a set, with constraint names dropped and a one-column PRIMARY KEY written either way, because a
file that was upgraded by the migrations lists the same columns and constraints in another order than a file
created at head.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from samverka.errors import FileRefusedError, excerpt
from samverka.models.schema import HEAD_REVISION, SCHEMA_VERSION
from samverka.models.storage_errors import damaged

Row = tuple[str, str, str, str | None]
Form = tuple[object, ...]

# Tables SQLite itself may add (ANALYZE statistics); accepted only in the form SQLite writes them.
_SQLITE_OWN = {
    ("table", "sqlite_stat1"): "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    ("table", "sqlite_stat4"): "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ("table", "sqlite_sequence"): "CREATE TABLE sqlite_sequence(name,seq)",
}
MAX_OBJECTS = 1000
_TOKENS = r"""
      (?P<space>\s+|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$))
    | (?P<string>[xX]?'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
    | (?P<word>[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_$\u0080-\U0010ffff]*)
    | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    | (?P<op>\|\||<=|>=|!=|<>|==|<<|>>|->>|->|.)
"""


@functools.cache
def _token_pattern() -> re.Pattern[str]:
    """Compiled on first use only (about 10 ms): a file made at head by this code never needs it."""
    return re.compile(_TOKENS, re.VERBOSE | re.DOTALL)


_TABLE_CONSTRAINTS = {"i:primary", "i:unique", "i:check", "i:foreign", "i:constraint"}


def tokens(sql: str) -> tuple[str, ...]:
    """The statement as tokens: identifiers and keywords lower-cased and unquoted, strings kept exactly."""
    out: list[str] = []
    for match in _token_pattern().finditer(sql):
        kind = match.lastgroup
        text = match.group()
        if kind == "space":
            continue
        if kind == "word":
            out.append("i:" + text.lower())
        elif kind == "quoted":
            inner = text[1:-1]
            if text[0] == '"':
                inner = inner.replace('""', '"')
            elif text[0] == "`":
                inner = inner.replace("``", "`")
            out.append("i:" + inner.lower())
        elif kind == "string":
            out.append("s:" + text)
        elif kind == "number":
            out.append("n:" + text)
        else:
            out.append("p:" + text)
    return tuple(out)


def _split_items(body: Sequence[str]) -> list[tuple[str, ...]]:
    items: list[tuple[str, ...]] = []
    depth, start = 0, 0
    for index, token in enumerate(body):
        if token == "p:(":
            depth += 1
        elif token == "p:)":
            depth -= 1
        elif token == "p:," and depth == 0:
            items.append(tuple(body[start:index]))
            start = index + 1
    items.append(tuple(body[start:]))
    return items


def _normal_item(item: tuple[str, ...]) -> list[tuple[str, ...]]:
    if len(item) >= 2 and item[0] == "i:constraint":
        item = item[2:]  # constraint names carry no behaviour
    if not item or item[0] in _TABLE_CONSTRAINTS:
        return [item]
    # "col TYPE NOT NULL PRIMARY KEY" is the same table as "col TYPE NOT NULL" plus "PRIMARY KEY (col)".
    for index in range(1, len(item) - 1):
        if item[index : index + 2] == ("i:primary", "i:key") and index + 2 == len(item):
            column = item[: index]
            return [column, ("i:primary", "i:key", "p:(", item[0], "p:)")]
    return [item]


def _table_form(sql_tokens: tuple[str, ...]) -> Form:
    try:
        open_at = sql_tokens.index("p:(")
    except ValueError:
        return ("raw", sql_tokens)
    depth = 0
    close_at = len(sql_tokens)
    for index in range(open_at, len(sql_tokens)):
        if sql_tokens[index] == "p:(":
            depth += 1
        elif sql_tokens[index] == "p:)":
            depth -= 1
            if depth == 0:
                close_at = index
                break
    head = tuple(token for token in sql_tokens[:open_at] if token not in ("i:if", "i:not", "i:exists"))
    items: list[tuple[str, ...]] = []
    for item in _split_items(sql_tokens[open_at + 1 : close_at]):
        items.extend(_normal_item(item))
    return (head[:2], tuple(sorted(items)), sql_tokens[close_at + 1 :])


def canonical(rows: Iterable[Row]) -> dict[tuple[str, str], Form]:
    """Each schema object by (type, lower-case name), in a form that ignores how its SQL was spelled."""
    forms: dict[tuple[str, str], Form] = {}
    for kind, name, table, sql in rows:
        key = (str(kind), str(name).lower())
        if sql is None:
            forms[key] = (str(table).lower(),)
        elif kind == "table":
            forms[key] = (str(table).lower(), _table_form(tokens(sql)))
        else:
            forms[key] = (str(table).lower(), tokens(sql))
    return forms


def schema_rows(conn: sqlite3.Connection) -> list[Row]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchmany(MAX_OBJECTS + 1)
    return [(str(r[0]), str(r[1]), str(r[2]), None if r[3] is None else str(r[3])) for r in rows]


def _rows_of(build: str, revision: str) -> list[Row]:
    from sqlalchemy import create_engine  # noqa: PLC0415

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            if build == "head":
                from samverka.models.migrate import create_head_tables  # noqa: PLC0415

                create_head_tables(conn)
            else:
                from alembic import command  # noqa: PLC0415 - only for files that are about to be upgraded

                from samverka.models.migrate import alembic_config  # noqa: PLC0415

                command.upgrade(alembic_config(conn), revision)
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return schema_rows(raw)
    finally:
        engine.dispose()


def build_expected_rows(revision: str) -> frozenset[Row]:
    """The sqlite_master rows `create_head_tables` writes into a new file, built in memory through the ORM."""
    return frozenset(_rows_of("head", revision))


@functools.cache
def expected_rows(revision: str) -> frozenset[Row]:
    """The exact sqlite_master rows this code writes into a new file at `revision` (head only): the generated
    table (samverka.models.head_schema), or built through the ORM if that was not regenerated for this head."""
    if revision != HEAD_REVISION:
        return frozenset()
    from samverka.models import head_schema  # noqa: PLC0415

    if revision == head_schema.REVISION:
        return frozenset(head_schema.ROWS)
    return build_expected_rows(revision)


@functools.cache
def head_form(revision: str) -> dict[tuple[str, str], Form]:
    return canonical(expected_rows(revision))


@functools.cache
def migrated_form(revision: str) -> dict[tuple[str, str], Form]:
    """The schema as the migrations leave it at `revision` (Alembic loads here, so only when really needed)."""
    return canonical(_rows_of("migrations", revision))


def revision_for(user_version: int) -> str | None:
    """The Alembic revision whose number is stamped in a file's user_version (None if this code has none)."""
    if user_version == SCHEMA_VERSION:
        return HEAD_REVISION
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    from samverka.models.migrate import alembic_config  # noqa: PLC0415

    for script in ScriptDirectory.from_config(alembic_config()).walk_revisions():
        if script.revision.isdigit() and int(script.revision) == user_version:
            return str(script.revision)
    return None


def vet_schema(conn: sqlite3.Connection, path: Path, revision: str) -> None:
    """Refuse the file unless its schema is exactly ours at `revision`. Reads nothing but sqlite_master."""
    rows = schema_rows(conn)
    if len(rows) > MAX_OBJECTS:
        raise _refused(path, "databasen har för många objekt", "the database has too many objects")
    actual = [row for row in rows if (row[0], row[1]) not in _SQLITE_OWN or _SQLITE_OWN[row[0], row[1]] != row[3]]
    if frozenset(actual) == expected_rows(revision):
        return  # a file made at head by this code: every statement exactly as we wrote it
    forms = canonical(actual)
    if revision == HEAD_REVISION and forms == head_form(revision):
        return  # made at head, or upgraded by the migrations: the same parts in another order
    expected = migrated_form(revision)
    if forms != expected:
        _explain(path, forms, expected)


_KIND_SV = {"trigger": "en trigger", "view": "en vy", "table": "en tabell", "index": "ett index"}
_KIND_EN = {"trigger": "a trigger", "view": "a view", "table": "a table", "index": "an index"}


def _explain(path: Path, actual: dict[tuple[str, str], Form], expected: dict[tuple[str, str], Form]) -> None:
    extra = sorted(set(actual) - set(expected), key=lambda key: (key[0] != "trigger", key[0] != "view", key))
    if extra:
        kind, name = extra[0]
        shown = excerpt(name, 40)
        raise _refused(
            path, f"databasen innehåller {_KIND_SV.get(kind, 'ett objekt')} ”{shown}” som Samverka inte skapar",
            f"the database holds {_KIND_EN.get(kind, 'an object')} “{shown}” that Samverka does not make",
        )
    if set(actual) < set(expected):
        # Objects missing and nothing added: what a damaged schema page looks like, not an attack.
        raise damaged(str(path))
    changed = sorted(key for key in actual if actual[key] != expected[key])
    shown = excerpt(changed[0][1] if changed else "?", 40)
    raise _refused(
        path, f"”{shown}” i databasen har en annan form än den Samverka skapar",
        f"“{shown}” in the database differs from the one Samverka makes",
    )


def _refused(path: Path, why_sv: str, why_en: str) -> FileRefusedError:
    return FileRefusedError(
        f"Filen {path} öppnas inte: {why_sv}. Den kan ha ändrats av ett annat program eller med avsikt. "
        "Filen har inte ändrats; be om en ny fil eller återställ en säkerhetskopia.",
        f"The file {path} is not opened: {why_en}. It may have been changed by another program or on purpose. "
        "The file was not changed; ask for a new file or restore a backup.",
    )
