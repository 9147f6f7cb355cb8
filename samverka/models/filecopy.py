"""Consistent copies of a collaboration file in its own backup folder, made before anything irreversible.

Lives below core so a schema upgrade (models.migrate) and the rotating backups (core.backups) share one
mechanism: SQLite's backup API (a live WAL included) into a temporary name, fsync, then rename into place,
so a crash never leaves half a copy.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
import time
from pathlib import Path

from samverka.errors import KnownError
from samverka.paths import backups_dir

SUFFIX = ".samverka"
UPGRADE_REASON = "fore-uppgradering"


def safe_stem(path: Path) -> str:
    return re.sub(r"[^\w.-]+", "_", path.stem)[:60] or "samverkan"


def folder_for(path: str | os.PathLike[str]) -> Path:
    """The backup folder of one collaboration file (its name plus a hash of where it lives)."""
    resolved = Path(path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    folder = backups_dir() / f"{safe_stem(resolved)}-{digest}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def copy_aside(path: Path, *, reason: str) -> Path:
    """A copy kept before something irreversible (a schema upgrade); never rotated away."""
    source = Path(path).expanduser().resolve()
    target = unique_name(folder_for(source), reason)
    snapshot(source, target)
    return target


def unique_name(folder: Path, reason: str) -> Path:
    reason = re.sub(r"[^\w-]+", "-", reason)[:60] or "manuell"
    while True:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{stamp}.{reason}{SUFFIX}"
        if not target.exists():
            return target
        time.sleep(0.000_01)


def snapshot(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API into a temporary file, flush it to disk, then rename it into place."""
    temporary = target.with_name(f".{target.name}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(temporary)
            try:
                reader.backup(writer)
                # A plain rollback-journal file: reading a copy then leaves no -wal/-shm beside it.
                writer.execute("PRAGMA journal_mode=DELETE")
            finally:
                writer.close()
        finally:
            reader.close()
        fsync_file(temporary)
        os.replace(temporary, target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        discard(temporary)
        raise KnownError(
            f"Säkerhetskopian av {source} kunde inte göras ({exc}). Kontrollera att disken har plats.",
            f"The backup of {source} could not be made ({exc}). Check that the disk has room.",
        ) from exc
    except BaseException:
        discard(temporary)
        raise


def discard(path: Path) -> None:
    for name in (str(path), f"{path}-journal", f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(OSError):
            os.unlink(name)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fsync_file(path)
