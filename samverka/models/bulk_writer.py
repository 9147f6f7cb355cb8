"""One write transaction on a SQLite collaboration file, carried out by a child process fed over a pipe.

Why a process: sqlite3 gives up the GIL only inside each row's step and must take it back for the next, so a
thread inserting rows while another thread parses the next ones runs no faster than the two one after the other.
A child process inserts on the other core while the parent reads on.

All or nothing: the child begins the transaction IMMEDIATE (it holds the file's write lock from then on) before it
says it is ready, and commits only when told to. If the parent stops, dies or closes the pipe first, or anything
fails in the child, the transaction is rolled back and the child exits; the parent learns of a failure as
`WriterGone` on its next call.

Run as `python -m samverka.models.bulk_writer URI`. Messages are length-prefixed pickles, from our own parent only.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from samverka.models.guarded import file_uri
from samverka.models.plain import SqliteWriter, setup_sqlite_connection

_LENGTH = struct.Struct("<Q")
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


class WriterGone(Exception):  # noqa: N818 - a state, not a programming error
    """The child could not start, failed (its transaction rolled back) or went away."""


def _send(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    size = _LENGTH.unpack(head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - from our own parent, over a pipe only it holds


class BulkWriter:
    """The parent's end: calls that return nothing are queued in the pipe and carried out in order while the
    caller goes on; the others wait for the child to catch up."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process
        assert process.stdin is not None and process.stdout is not None
        self._to_child = process.stdin
        self._from_child = process.stdout
        self._ready = False

    @classmethod
    def start(cls, path: Path) -> BulkWriter | None:
        """A child writing to `path`, or None where no child can be started (a frozen program, no interpreter)."""
        if getattr(sys, "frozen", False):
            return None
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (_PACKAGE_ROOT, env.get("PYTHONPATH"))))
        try:
            process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
                # -S: no site-packages (it needs only the standard library and this package, on PYTHONPATH);
                # -P: not the working directory first on the path, so no file there can stand in for a module.
                [sys.executable, "-S", "-P", "-m", "samverka.models.bulk_writer", file_uri(path, mode="rw")],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
            )
        except OSError:
            return None
        return cls(process)

    def wait_ready(self) -> None:
        """Until the child holds the write lock: from then on nobody else can change the file."""
        if not self._ready:
            self._reply("ready")
            self._ready = True

    def insert(self, table: str, values: Mapping[str, object]) -> int:
        """Insert one row; its id (once the child has carried out everything sent before)."""
        self._call(("insert", table, dict(values)))
        row_id: int = self._reply("id")
        return row_id

    def execute(self, sql: str, params: Mapping[str, object]) -> None:
        self._call(("execute", sql, dict(params)))

    def insert_rows(self, table: str, columns: Sequence[str], rows: list[tuple[object, ...]], *,
                    fixed: Mapping[str, int] | None = None) -> None:
        """Rows as value tuples in `columns` order; `fixed` columns take the same whole number in every row."""
        self._call(("rows", table, tuple(columns), rows, dict(fixed or {})))

    def sync(self) -> None:
        """Until the child has carried out everything sent before (and found nothing wrong)."""
        self._call(("sync",))
        self._reply("synced")

    def commit(self) -> None:
        """Commit (durable when this returns) and end the child."""
        self._call(("commit",))
        self._reply("committed")
        self._finish()

    def abort(self) -> None:
        """Roll back and end the child (harmless after a failure or a commit): the end of its input is its cue."""
        self._finish()

    def _call(self, message: tuple[object, ...]) -> None:
        try:
            _send(self._to_child, message)
        except (OSError, ValueError) as exc:  # a broken pipe (the child failed and ended), or closed by abort()
            why = self._last_words()
            self.abort()
            raise WriterGone(why or str(exc)) from exc

    def _reply(self, expected: str) -> Any:
        try:
            kind, *payload = _receive(self._from_child)
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            self.abort()
            raise WriterGone("the writer ended") from exc
        if kind != expected:
            self.abort()
            raise WriterGone(f"{kind}: {payload}")
        return payload[0] if payload else None

    def _last_words(self) -> str:
        """What a child that failed said before it ended."""
        if self._process.poll() is None and not self._wait_briefly():
            return ""
        try:
            kind, *payload = _receive(self._from_child)
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            return ""
        return f"{kind}: {payload}"

    def _wait_briefly(self) -> bool:
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return False
        return True

    def _finish(self) -> None:
        for stream in (self._to_child, self._from_child):
            with contextlib.suppress(OSError):
                stream.close()
        try:
            self._process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _begin(uri: str) -> SqliteWriter:
    """The child's end: one connection set up as every writer's, one IMMEDIATE transaction."""
    conn = sqlite3.connect(uri, uri=True)
    setup_sqlite_connection(conn, read_only=False)
    conn.execute("BEGIN IMMEDIATE")
    return SqliteWriter(conn)


def _serve(uri: str, requests: IO[bytes], replies: IO[bytes]) -> None:
    work = _begin(uri)
    _send(replies, ("ready",))
    while True:
        try:
            kind, *args = _receive(requests)
        except EOFError:
            work.conn.rollback()
            return
        if kind == "rows":
            table, columns, rows, fixed = args
            work.insert_rows(table, columns, rows, fixed=fixed)
        elif kind == "insert":
            _send(replies, ("id", work.insert(*args)))
        elif kind == "execute":
            sql, params = args
            work.execute(sql, **params)
        elif kind == "sync":
            _send(replies, ("synced",))
        elif kind == "commit":
            work.conn.execute("COMMIT")
            _send(replies, ("committed",))
            work.conn.close()
            return
        else:
            raise ValueError(kind)


def main(argv: list[str]) -> int:
    gc.disable()  # only rows of plain values come and go: no cycles to collect
    try:
        _serve(argv[1], sys.stdin.buffer, sys.stdout.buffer)
    except Exception as exc:  # noqa: BLE001 - every failure is reported to the parent, whose fallback decides
        # Leaving without COMMIT rolls the transaction back; the process ends either way.
        code = getattr(exc, "sqlite_errorcode", None)
        with contextlib.suppress(OSError):
            _send(sys.stdout.buffer, ("failed", code, f"{type(exc).__name__}: {exc}"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
