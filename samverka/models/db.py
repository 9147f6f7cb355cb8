"""Opening a collaboration: a .samverka SQLite file or a PostgreSQL URL, and the session scopes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from samverka.errors import FileRefusedError, KnownError, ReadOnlyError
from samverka.models.fileformat import APPLICATION_ID, check_openable
from samverka.models.schema import SCHEMA_VERSION


def is_url(target: str) -> bool:
    return "://" in target


@dataclass
class Database:
    """One open collaboration store. Sessions are short: one per user action."""

    engine: Engine
    location: str
    path: Path | None
    read_only: bool = False
    # Why a file opened read-only (another Samverka holds the writer lock): a Text for the GUI's banner.
    lock_holder: Any = field(default=None, init=False, repr=False)
    # The writer lock (samverka.core.locking.FileLock) and the rotating-backup bookkeeping, owned by core.
    writer_lock: Any = field(default=None, init=False, repr=False)
    backup_state: Any = field(default=None, init=False, repr=False)
    _factory: sessionmaker[Session] = field(init=False, repr=False)
    _collaboration_id: int | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._factory() as session, translate_db_errors(self):
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed (and on disk) when the block ends, rolled back on any error."""
        if self.read_only:
            if self.lock_holder is not None:
                raise ReadOnlyError(self.lock_holder.sv, self.lock_holder.en)
            raise ReadOnlyError(
                "Samverkan är öppen skrivskyddat: en annan Samverka redigerar filen. Stäng den andra först.",
                "The collaboration is open read-only: another Samverka is editing the file. Close that one first.",
            )
        with translate_db_errors(self):
            session = self._factory(bind=self.engine.execution_options(samverka_immediate=True))
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    def collaboration_id(self) -> int:
        if self._collaboration_id is None:
            from samverka.models.collaboration import Collaboration  # noqa: PLC0415

            with self.read() as session:
                found = session.scalar(select(Collaboration.id).order_by(Collaboration.id).limit(1))
            if found is None:
                raise FileRefusedError(
                    f"{self.location} innehåller ingen samverkan.", f"{self.location} holds no collaboration."
                )
            self._collaboration_id = found
        return self._collaboration_id

    def close(self) -> None:
        self.engine.dispose()
        if self.writer_lock is not None:
            self.writer_lock.release()
            self.writer_lock = None


@contextlib.contextmanager
def translate_db_errors(db: Database) -> Iterator[None]:
    """Map storage failures the user can fix (disk full, locked, read-only) to KnownError."""
    try:
        yield
    except OperationalError as exc:
        raise _known_storage_error(db, exc) from exc
    except DBAPIError as exc:
        if isinstance(exc.orig, sqlite3.DatabaseError) and "malformed" in str(exc.orig):
            raise KnownError(
                f"{db.location} är skadad. Återställ en säkerhetskopia.",
                f"{db.location} is damaged. Restore a backup.",
            ) from exc
        raise


def _known_storage_error(db: Database, exc: OperationalError) -> Exception:
    message = str(exc.orig).lower()
    if "locked" in message or "busy" in message:
        return KnownError(
            f"{db.location} är låst av ett annat program. Vänta en stund och försök igen.",
            f"{db.location} is locked by another program. Wait a moment and try again.",
        )
    if "readonly" in message or "read-only" in message:
        return ReadOnlyError(
            f"{db.location} är skrivskyddad. Kopiera filen till en plats där du får skriva.",
            f"{db.location} is read-only. Copy the file to a place where you may write.",
        )
    if "disk" in message and ("full" in message or "i/o" in message):
        return KnownError(
            "Disken är full eller kunde inte skrivas. Frigör utrymme; den senaste ändringen sparades inte.",
            "The disk is full or could not be written. Free some space; the last change was not saved.",
        )
    if "unable to open" in message:
        return KnownError(
            f"{db.location} kunde inte öppnas. Kontrollera att filen finns och att du får läsa den.",
            f"{db.location} could not be opened. Check that the file exists and that you may read it.",
        )
    return exc


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves so writes take the lock up front (BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("samverka_immediate") and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        url = URL.create("sqlite", database=f"file:{path}?mode=ro", query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)
    _install_sqlite_pragmas(engine, read_only=read_only)
    return engine


def server_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise FileRefusedError(
            f"Adressen {url} är ingen giltig databasadress (t.ex. postgresql+psycopg://värd/databas).",
            f"The address {url} is not a valid database URL (e.g. postgresql+psycopg://host/database).",
        ) from exc
    return create_engine(parsed, pool_pre_ping=True)


def display_location(target: str) -> str:
    if is_url(target):
        return make_url(target).render_as_string(hide_password=True)
    return str(Path(target))


def open_database(target: str | os.PathLike[str], *, read_only: bool = False, migrate: bool = True) -> Database:
    """Open an existing collaboration. Refuses other files without writing a byte to them."""
    from samverka.models.migrate import ensure_schema  # noqa: PLC0415

    text_target = os.fspath(target)
    if is_url(text_target):
        db = Database(server_engine(text_target), display_location(text_target), None, read_only)
        if migrate and not read_only:
            ensure_schema(db)
        return db
    path = Path(text_target).expanduser().resolve()
    header = check_openable(path, SCHEMA_VERSION)
    if not read_only and not os.access(path, os.W_OK):
        raise ReadOnlyError(
            f"Filen {path} är skrivskyddad. Kopiera den till en mapp där du får skriva, eller öppna den skrivskyddat.",
            f"The file {path} is read-only. Copy it to a folder where you may write, or open it read-only.",
        )
    db = Database(sqlite_engine(path, read_only=read_only), str(path), path, read_only)
    if header.user_version < SCHEMA_VERSION and _live_user_version(path) < SCHEMA_VERSION:
        if read_only:
            raise FileRefusedError(
                f"Filen {path} har ett äldre format och måste uppgraderas; öppna den med skrivrättighet.",
                f"The file {path} has an older format and must be upgraded; open it with write access.",
            )
        if migrate:
            ensure_schema(db)
    return db


def _live_user_version(path: Path) -> int:
    """The header on disk lags while another process has the version stamp only in its WAL; ask SQLite."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def create_database(target: str | os.PathLike[str]) -> Database:
    """Make a new, empty collaboration store at head, readable by the user alone."""
    from samverka.models.migrate import create_schema  # noqa: PLC0415

    text_target = os.fspath(target)
    if is_url(text_target):
        db = Database(server_engine(text_target), display_location(text_target), None)
        create_schema(db)
        return db
    path = Path(text_target).expanduser().resolve()
    if path.exists():
        raise FileRefusedError(
            f"Filen {path} finns redan. Välj ett annat namn; den befintliga filen har inte ändrats.",
            f"The file {path} already exists. Choose another name; the existing file was not changed.",
        )
    if not path.parent.is_dir():
        raise FileRefusedError(
            f"Mappen {path.parent} finns inte. Välj en befintlig mapp.",
            f"The folder {path.parent} does not exist. Choose an existing folder.",
        )
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        raise KnownError(
            f"Filen {path} kunde inte skapas: {exc.strerror}. Välj en mapp där du får skriva.",
            f"The file {path} could not be created: {exc.strerror}. Choose a folder where you may write.",
        ) from exc
    os.close(fd)
    try:
        raw = sqlite3.connect(path)
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode=WAL")
        raw.commit()
        raw.close()
        db = Database(sqlite_engine(path), str(path), path)
        create_schema(db)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").unlink()
        raise
    return db
