"""Atomic creation of a new collaboration file: built under a temporary name in the same folder, then put in
place in one step, so a crash or a kill leaves either nothing or a complete file at the chosen name.

Every command that makes a new file (new, demo, import-json, next-period) goes through `create_store`.
A temporary is named `.NAME.<16 hex>.tmp` beside the target, is 0600, and is held with flock() while it is
being built; one left by a killed process (no lock on it) is removed by the next creation of the same name,
and never blocks it (each attempt has its own name).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import secrets
import sqlite3
from collections.abc import Callable
from pathlib import Path

from samverka.errors import FileRefusedError, KnownError
from samverka.models.db import Database, create_database, is_url, sqlite_engine
from samverka.models.filecopy import discard, discard_sidecars, fsync_dir, fsync_file
from samverka.models.fileformat import APPLICATION_ID

Build = Callable[[Database], None]


def create_store(target: str | os.PathLike[str], build: Build) -> str:
    """Make a new store at `target` at head, let `build` fill it (one Database, opened on the temporary file
    and named after the target in messages), and publish it. Returns the location to open.

    On a database server (a URL) there is no file to rename: the schema is made and `build` runs on it.
    """
    text_target = os.fspath(target)
    if is_url(text_target):
        db = create_database(text_target)
        try:
            build(db)
        finally:
            db.close()
        return text_target
    path = Path(text_target).expanduser().resolve()
    _check_target(path)
    remove_stale_temporaries(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        guard = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_RDWR | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise _cannot_create(path, exc) from exc
    try:
        fcntl.flock(guard, fcntl.LOCK_EX)
        _build(temporary, path, build)
        _publish(temporary, path)
    except BaseException:
        discard(temporary)
        raise
    finally:
        os.close(guard)  # after every SQLite connection to it is closed (POSIX locks die with any close)
    return str(path)


def _check_target(path: Path) -> None:
    if os.path.lexists(path):
        raise FileRefusedError(
            f"Filen {path} finns redan. Välj ett annat namn; den befintliga filen har inte ändrats.",
            f"The file {path} already exists. Choose another name; the existing file was not changed.",
        )
    if not path.parent.is_dir():
        raise FileRefusedError(
            f"Mappen {path.parent} finns inte. Välj en befintlig mapp.",
            f"The folder {path.parent} does not exist. Choose an existing folder.",
        )


def _build(temporary: Path, path: Path, build: Build) -> None:
    from samverka.models.migrate import create_schema  # noqa: PLC0415

    raw = sqlite3.connect(temporary)
    try:
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode=WAL")
        raw.commit()
    finally:
        raw.close()
    db = Database(sqlite_engine(temporary), str(path), temporary)
    try:
        create_schema(db)
        build(db)
    finally:
        db.close()
    # Fold the WAL into the file, so the file alone is the whole collaboration when it is renamed.
    raw = sqlite3.connect(temporary)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    with contextlib.suppress(FileNotFoundError):
        if os.path.getsize(f"{temporary}-wal"):
            raise RuntimeError(f"the WAL of {temporary} was not folded into the file")
    discard_sidecars(temporary)
    fsync_file(temporary)


def _publish(temporary: Path, path: Path) -> None:
    """Put the finished file at `path`, never over a file someone made there meanwhile."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise FileRefusedError(
            f"Filen {path} skapades av någon annan under tiden. Välj ett annat namn; den filen har inte ändrats.",
            f"The file {path} was created by someone else meanwhile. Choose another name; that file was not "
            "changed.",
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
            raise _cannot_create(path, exc) from exc
        # No hard links here (a FAT-formatted stick, some network shares): rename, after a last look.
        _check_target(path)
        os.rename(temporary, path)
    else:
        os.unlink(temporary)
    fsync_dir(path.parent)


_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{16}\.tmp$")


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Temporaries of `path` left by a killed creation: ours by name and owner, and nobody building them."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMPORARY.match(entry.name)
        if not match or match.group("name") != path.name:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not entry.is_file(follow_symlinks=False) or info.st_uid != os.geteuid():
                continue
            fd = os.open(entry.path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # being built right now by another process
        try:
            discard(Path(entry.path))
            removed.append(Path(entry.path))
        finally:
            os.close(fd)
    return removed


def _cannot_create(path: Path, exc: OSError) -> KnownError:
    return KnownError(
        f"Filen {path} kunde inte skapas: {exc.strerror}. Välj en mapp där du får skriva.",
        f"The file {path} could not be created: {exc.strerror}. Choose a folder where you may write.",
    )
