"""Opening a collaboration: a .samverka SQLite file or a PostgreSQL URL, and the session scopes.

SQLAlchemy loads only when something asks for the engine or a session: reading a SQLite file through
`Database.reading()` (the workflow snapshot, `samverka info`, the first screen) needs sqlite3 alone.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverka.errors import FileRefusedError, ReadOnlyError, Text, notify
from samverka.models import plain
from samverka.models.filecopy import discard, folder_is_read_only, read_only_copy
from samverka.models.fileformat import FileHeader, check_companions, check_header, check_openable
from samverka.models.guarded import distrust_schema, file_uri
from samverka.models.plain import (
    Reader,
    ServerWriter,
    SqliteWriter,
    Writer,
    setup_sqlite_connection,
    sqlalchemy_runner,
    sqlite_runner,
)
from samverka.models.schema import SCHEMA_VERSION
from samverka.models.storage_errors import storage_error

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

def is_url(target: str) -> bool:
    return "://" in target


class Database:
    """One open collaboration store. Sessions are short: one per user action.

    `engine` is an SQLAlchemy Engine, or a function that makes one when it is first needed.
    """

    def __init__(self, engine: Engine | Callable[[], Engine], location: str, path: Path | None,
                 read_only: bool = False, *, file: Path | None = None) -> None:
        self._engine: Engine | None = None
        self._make_engine: Callable[[], Engine] | None = None
        if callable(engine) and not hasattr(engine, "dialect"):
            self._make_engine = engine
        else:
            self._engine = engine  # type: ignore[assignment]
        self.location = location
        self.path = path
        self.read_only = read_only
        # The file SQLite reads: the collaboration's own, or the private copy of one in a read-only folder.
        self.file: Path | None = file or path
        # Why a file opened read-only (another Samverka holds the writer lock, the folder is read-only, a lock
        # file that is not ours is in the way): a Text for the GUI's banner.
        self.lock_holder: Any = None
        # The writer lock (samverka.core.locking.FileLock) and the rotating-backup bookkeeping, owned by core.
        self.writer_lock: Any = None
        self.backup_state: Any = None
        # A private copy read instead of a file whose folder is read-only; removed when the database is closed.
        self.private_copy: Path | None = None
        self._factory: sessionmaker[Session] | None = None
        self._collaboration_id: int | None = None

    def __repr__(self) -> str:
        return f"Database({self.location!r}, read_only={self.read_only})"

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            assert self._make_engine is not None
            self._engine = self._make_engine()
        return self._engine

    @property
    def is_sqlite(self) -> bool:
        if self._engine is not None:
            return self._engine.dialect.name == "sqlite"
        return self.file is not None

    def _sessions(self) -> sessionmaker[Session]:
        if self._factory is None:
            from sqlalchemy.orm import sessionmaker  # noqa: PLC0415

            self._factory = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        return self._factory

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions()() as session, translate_db_errors(self):
            yield session

    def _refuse_writes_if_read_only(self) -> None:
        if self.read_only:
            if self.lock_holder is not None:
                raise ReadOnlyError(self.lock_holder.sv, self.lock_holder.en)
            raise ReadOnlyError(
                "Samverkan är öppen skrivskyddat: en annan Samverka redigerar filen. Stäng den andra först.",
                "The collaboration is open read-only: another Samverka is editing the file. Close that one first.",
            )

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed (and on disk) when the block ends, rolled back on any error."""
        self._refuse_writes_if_read_only()
        with translate_db_errors(self):
            session = self._sessions()(bind=self.engine.execution_options(samverka_immediate=True))
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Reader]:
        """One consistent read of plain SQL. For a SQLite file a sqlite3 connection that only reads (no SQLAlchemy,
        the file's schema code distrusted), otherwise a connection of the engine."""
        if not self.is_sqlite or self.file is None:
            with self.engine.connect() as server, translate_db_errors(self):
                yield Reader(sqlalchemy_runner(server))
            return
        conn: sqlite3.Connection | None = None
        with self._storage_errors_known():
            try:
                # Read-write where we may write (query_only keeps it reading), so that when it is the last
                # connection to close SQLite folds the WAL back into the file as it does for the engine's.
                conn = sqlite3.connect(file_uri(self.file, mode="ro" if self.read_only else "rw"), uri=True,
                                       isolation_level=None, timeout=plain.BUSY_TIMEOUT_MS / 1000)
                distrust_schema(conn)
                conn.execute("PRAGMA query_only=ON")
                conn.execute("BEGIN")
                yield Reader(sqlite_runner(conn))
            finally:
                if conn is not None:
                    conn.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Writer]:
        """One write transaction in plain SQL, committed (and on disk) when the block ends, rolled back on any
        error: for a SQLite file a sqlite3 connection set up as the engine's and begun IMMEDIATE (no SQLAlchemy),
        otherwise a transaction of the engine. For bulk work that needs no ORM (the survey import)."""
        self._refuse_writes_if_read_only()
        if not self.is_sqlite or self.file is None:
            with translate_db_errors(self), self.engine.begin() as server:
                yield ServerWriter(server)
            return
        conn: sqlite3.Connection | None = None
        with self._storage_errors_known():
            try:
                conn = sqlite3.connect(file_uri(self.file, mode="rw"), uri=True,
                                       timeout=plain.BUSY_TIMEOUT_MS / 1000)
                setup_sqlite_connection(conn, read_only=False)
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield SqliteWriter(conn)
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            finally:
                if conn is not None:
                    conn.close()

    @contextlib.contextmanager
    def _storage_errors_known(self) -> Iterator[None]:
        """SQLite's failures the user can do something about (locked, read-only, disk full, damaged) as
        KnownError, classified by result code; anything else passes through."""
        try:
            yield
        except sqlite3.Error as exc:
            known = storage_error(self.location, exc)
            if known is None:
                raise
            raise known from exc

    def collaboration_id(self) -> int:
        if self._collaboration_id is None:
            with self.reading() as read:
                found = read.scalar("SELECT id FROM collaboration ORDER BY id LIMIT 1")
            if found is None:
                raise FileRefusedError(
                    f"{self.location} innehåller ingen samverkan.", f"{self.location} holds no collaboration."
                )
            self._collaboration_id = int(found)
        return self._collaboration_id

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
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
    from sqlalchemy.exc import DBAPIError  # noqa: PLC0415 - loaded by then: the caller holds a session

    try:
        yield
    except DBAPIError as exc:
        known = storage_error(db.location, exc.orig) if exc.orig is not None else None
        if known is None:
            raise
        raise known from exc


def _install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    from sqlalchemy import event  # noqa: PLC0415

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves so writes take the lock up front (BEGIN IMMEDIATE).
        setup_sqlite_connection(dbapi_connection, read_only=read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("samverka_immediate") and not read_only
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def sqlite_engine(path: Path, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine  # noqa: PLC0415
    from sqlalchemy.engine import URL  # noqa: PLC0415

    if read_only:
        url = URL.create("sqlite", database=file_uri(path, mode="ro"), query={"uri": "true"})
    else:
        url = URL.create("sqlite", database=str(path))
    engine = create_engine(url)
    _install_sqlite_pragmas(engine, read_only=read_only)
    return engine


def server_engine(url: str) -> Engine:
    from sqlalchemy import create_engine  # noqa: PLC0415
    from sqlalchemy.engine import make_url  # noqa: PLC0415

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
        from sqlalchemy.engine import make_url  # noqa: PLC0415

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
    text_target = os.fspath(target)
    if is_url(text_target):
        from samverka.models.migrate import ensure_schema  # noqa: PLC0415 - SQLAlchemy, Alembic only for a server
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
    db = Database(lambda: sqlite_engine(path, read_only=read_only), str(path), path, read_only)
    if header.user_version < SCHEMA_VERSION:
        if read_only:
            db.close()
            raise FileRefusedError(
                f"Filen {path} har ett äldre format och måste uppgraderas; öppna den med skrivrättighet.",
                f"The file {path} has an older format and must be upgraded; open it with write access.",
            )
        if migrate:
            from samverka.models.migrate import ensure_schema  # noqa: PLC0415 - only when a migration is due

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
        db = Database(lambda: sqlite_engine(copy, read_only=True), str(path), path, read_only=True, file=copy)
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
