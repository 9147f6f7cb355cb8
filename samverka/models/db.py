"""Opening a collaboration: a .samverka SQLite file or a PostgreSQL URL, and the session scopes."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from samverka.errors import FileRefusedError, ReadOnlyError, Text, notify
from samverka.models.filecopy import discard, folder_is_read_only, read_only_copy
from samverka.models.fileformat import FileHeader, check_companions, check_header, check_openable
from samverka.models.guarded import distrust_schema, file_uri
from samverka.models.schema import SCHEMA_VERSION
from samverka.models.storage_errors import storage_error

# How long a write waits for another connection's lock before it reports the file as locked.
BUSY_TIMEOUT_MS = 5000


def is_url(target: str) -> bool:
    return "://" in target


@dataclass
class Database:
    """One open collaboration store. Sessions are short: one per user action."""

    engine: Engine
    location: str
    path: Path | None
    read_only: bool = False
    # Why a file opened read-only (another Samverka holds the writer lock, the folder is read-only, a lock file
    # that is not ours is in the way): a Text for the GUI's banner.
    lock_holder: Any = field(default=None, init=False, repr=False)
    # The writer lock (samverka.core.locking.FileLock) and the rotating-backup bookkeeping, owned by core.
    writer_lock: Any = field(default=None, init=False, repr=False)
    backup_state: Any = field(default=None, init=False, repr=False)
    # A private copy read instead of a file whose folder is read-only; removed when the database is closed.
    private_copy: Path | None = field(default=None, init=False, repr=False)
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
        if self.private_copy is not None:
            discard(self.private_copy)
            self.private_copy = None


@contextlib.contextmanager
def translate_db_errors(db: Database) -> Iterator[None]:
    """Storage failures the user can do something about (locked, read-only, disk full, damaged) become
    KnownError, classified by SQLite's result code; anything else is a bug and passes through."""
    try:
        yield
    except DBAPIError as exc:
        known = storage_error(db.location, exc.orig) if exc.orig is not None else None
        if known is None:
            raise
        raise known from exc


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves so writes take the lock up front (BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        distrust_schema(dbapi_connection)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
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
        url = URL.create("sqlite", database=file_uri(path, mode="ro"), query={"uri": "true"})
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


def open_database(
    target: str | os.PathLike[str], *, read_only: bool = False, migrate: bool = True,
    checked: FileHeader | None = None,
) -> Database:
    """Open an existing collaboration. Refuses other files without writing a byte to them.

    `checked`: what check_openable() found when the caller already checked the file (before taking its lock).
    A file in a folder where nothing may be written is opened read-only from a private copy (see filecopy).
    """
    from samverka.models.migrate import ensure_schema  # noqa: PLC0415

    text_target = os.fspath(target)
    if is_url(text_target):
        db = Database(server_engine(text_target), display_location(text_target), None, read_only)
        if migrate and not read_only:
            ensure_schema(db)
        return db
    path = Path(text_target).expanduser().resolve()
    if checked is None and folder_is_read_only(path):
        return _open_read_only_copy(path)
    header = checked or check_openable(path, SCHEMA_VERSION)
    if not read_only and not os.access(path, os.W_OK):
        raise ReadOnlyError(
            f"Filen {path} är skrivskyddad. Kopiera den till en mapp där du får skriva, eller öppna den skrivskyddat.",
            f"The file {path} is read-only. Copy it to a folder where you may write, or open it read-only.",
        )
    db = Database(sqlite_engine(path, read_only=read_only), str(path), path, read_only)
    if header.user_version < SCHEMA_VERSION:
        if read_only:
            db.close()
            raise FileRefusedError(
                f"Filen {path} har ett äldre format och måste uppgraderas; öppna den med skrivrättighet.",
                f"The file {path} has an older format and must be upgraded; open it with write access.",
            )
        if migrate:
            ensure_schema(db)
    return db


def read_only_folder_text(path: Path) -> Text:
    return Text(
        f"Mappen {path.parent} är skrivskyddad (till exempel ett USB-minne eller en delad mapp där du bara får "
        "läsa), så filen visas skrivskyddad som den var när den öppnades. Kopiera den till en mapp där du får "
        "skriva för att redigera.",
        f"The folder {path.parent} is read-only (for example a USB stick or a shared folder you may only read), "
        "so the file is shown read-only as it was when it was opened. Copy it to a folder where you may write "
        "to edit it.",
    )


def _open_read_only_copy(path: Path) -> Database:
    """The file as it is now, from a private copy (why a copy: filecopy.read_only_copy)."""
    check_header(path, SCHEMA_VERSION)  # a foreign file is refused before anything is copied
    check_companions(path)
    copy = read_only_copy(path)
    try:
        header = check_openable(copy, SCHEMA_VERSION, shown=path)
        if header.user_version < SCHEMA_VERSION:
            raise FileRefusedError(
                f"Filen {path} har ett äldre format och måste uppgraderas, men mappen är skrivskyddad. Kopiera "
                "filen till en mapp där du får skriva och öppna den där.",
                f"The file {path} has an older format and must be upgraded, but its folder is read-only. Copy the "
                "file to a folder where you may write and open it there.",
            )
        db = Database(sqlite_engine(copy, read_only=True), str(path), path, read_only=True)
    except BaseException:
        discard(copy)
        raise
    db.private_copy = copy
    db.lock_holder = read_only_folder_text(path)
    notify(db.lock_holder)
    return db


def create_database(target: str | os.PathLike[str]) -> Database:
    """A new, empty store on a database server (files are made by samverka.models.atomic.create_store)."""
    from samverka.models.migrate import create_schema  # noqa: PLC0415

    db = Database(server_engine(os.fspath(target)), display_location(os.fspath(target)), None)
    create_schema(db)
    return db
