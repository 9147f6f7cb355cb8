"""Raw SQLite connections for looking at a file before it is trusted: read-only, schema code distrusted, and
every statement under a time limit, so a crafted file can neither run its own SQL nor hang the program."""

from __future__ import annotations

import contextlib
import contextvars
import math
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from samverka.models.storage_errors import storage_error

# How long all the reads made while a file is being opened may take together (checks, first queries).
OPEN_TIME_LIMIT_S = 8.0
# SQLite calls the progress handler every this many virtual-machine instructions (well under 1 ms of work).
PROGRESS_STEPS = 5_000

_deadline: contextvars.ContextVar[float] = contextvars.ContextVar("samverka_sqlite_deadline", default=math.inf)


def file_uri(path: Path, **options: str) -> str:
    """A `file:` URI for `path` (any characters in the name are quoted) with the given query options."""
    query = "&".join(f"{key}={value}" for key, value in options.items())
    return f"file:{quote(str(path))}" + (f"?{query}" if query else "")


def over_time() -> int:
    """The progress handler: non-zero (interrupt the statement) once the current deadline has passed."""
    return 1 if time.monotonic() > _deadline.get() else 0


def distrust_schema(conn: sqlite3.Connection) -> None:
    """No function a file's schema names may run unless SQLite marks it harmless; statements obey time_limit()."""
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.set_progress_handler(over_time, PROGRESS_STEPS)  # read at call time, so tests may lower it


@contextlib.contextmanager
def time_limit(seconds: float | None = None) -> Iterator[None]:
    """Statements on distrusting connections in this block are interrupted (SQLITE_INTERRUPT) after `seconds`
    (OPEN_TIME_LIMIT_S unless given)."""
    deadline = min(_deadline.get(), time.monotonic() + (OPEN_TIME_LIMIT_S if seconds is None else seconds))
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


@contextlib.contextmanager
def inspecting(path: Path, *, shown: Path | None = None, immutable: bool = False) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a file that is not trusted yet; storage failures become one-line messages
    naming `shown` (the file the user chose, when `path` is a private copy of it)."""
    options = {"mode": "ro"}
    if immutable:
        options["immutable"] = "1"
    conn: sqlite3.Connection | None = None
    watchdog: threading.Timer | None = None
    try:
        with time_limit():
            conn = sqlite3.connect(file_uri(path, **options), uri=True, timeout=2.0, isolation_level=None)
            distrust_schema(conn)
            # The progress handler is not called inside one long step (PRAGMA quick_check walks the whole file
            # in one); sqlite3_interrupt() from a timer stops that too.
            watchdog = threading.Timer(max(0.0, _deadline.get() - time.monotonic()), conn.interrupt)
            watchdog.daemon = True
            watchdog.start()
            conn.execute("PRAGMA query_only=ON")
            yield conn
    except sqlite3.Error as exc:
        known = storage_error(str(shown or path), exc, opening=True)
        if known is None:
            raise
        raise known from exc
    finally:
        if watchdog is not None:
            watchdog.cancel()
        if conn is not None:
            conn.close()
