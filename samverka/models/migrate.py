"""Bringing a store to the current schema: create + stamp for new ones, backup then upgrade for old ones."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from samverka.models import Base  # every model, so create_all makes every table
from samverka.models.fileformat import APPLICATION_ID
from samverka.models.schema import HEAD_REVISION, SCHEMA_VERSION

if TYPE_CHECKING:
    from alembic.config import Config

    from samverka.models.db import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config  # alembic loads only when a schema changes

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def create_head_tables(conn: Connection) -> None:
    """Every table and index of a new store at head. Schema vetting builds what it expects with this too.

    A new SQLite store is always empty (a fresh temporary file, or memory), so the per-table existence
    checks are skipped there: they are most of the cost when vetting builds its expectation.
    """
    Base.metadata.create_all(conn, checkfirst=conn.dialect.name != "sqlite")
    conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))


def create_schema(db: Database) -> None:
    """A new store: every table at head, stamped, reference data loaded, in one transaction."""
    from samverka.models.reference import load_reference_data

    with db.engine.begin() as conn:
        if current_revision(conn) is not None:
            return
        create_head_tables(conn)
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": HEAD_REVISION})
        load_reference_data(conn)
        _mark_sqlite(conn)


def ensure_schema(db: Database) -> None:
    """Upgrade an older store to head, after copying a SQLite file aside."""
    with db.engine.connect() as conn:
        revision = current_revision(conn)
        has_tables = bool(inspect(conn).get_table_names())
    if revision == HEAD_REVISION:
        return
    if revision is None and not has_tables:
        create_schema(db)
        return
    if db.path is not None:
        from samverka.models.filecopy import UPGRADE_REASON, copy_aside

        copy_aside(db.path, reason=f"{UPGRADE_REASON}-{revision or 'okand'}")
    upgrade(db)


def upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
        _mark_sqlite(conn)


def _mark_sqlite(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text(f"PRAGMA application_id={APPLICATION_ID}"))
        conn.execute(text(f"PRAGMA user_version={SCHEMA_VERSION}"))
