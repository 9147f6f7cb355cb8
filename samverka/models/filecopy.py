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
import secrets
import sqlite3
import time
from pathlib import Path

from samverka.errors import KnownError, excerpt
from samverka.models.guarded import distrust_schema, file_uri
from samverka.models.storage_errors import CANNOT_OPEN, error_class, storage_error
from samverka.paths import backups_dir, user_data_dir

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


def snapshot(source: Path, target: Path, *, immutable: bool = False) -> None:
    """Copy with SQLite's backup API into a temporary file, flush it to disk, then rename it into place."""
    try:
        _backup(source, target, immutable=immutable)
    except sqlite3.Error as exc:
        raise KnownError(
            f"Säkerhetskopian av {source} kunde inte göras ({excerpt(str(exc), 80)}). Kontrollera att disken har "
            "plats.",
            f"The backup of {source} could not be made ({excerpt(str(exc), 80)}). Check that the disk has room.",
        ) from exc


def _backup(source: Path, target: Path, *, immutable: bool) -> None:
    temporary = target.with_name(f".{target.name}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o600)
    os.close(fd)
    try:
        options = {"mode": "ro", "immutable": "1"} if immutable else {"mode": "ro"}
        reader = sqlite3.connect(file_uri(source, **options), uri=True)
        try:
            distrust_schema(reader)
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
    except BaseException:
        discard(temporary)
        raise


def read_only_copy(path: Path) -> Path:
    """A private copy (0600, in the user's data folder) of a file whose folder may not be written.

    Why a copy instead of opening the file where it is: in a folder where nothing may be created, SQLite can
    read a WAL-mode file only if its -wal and -shm files already exist, or with `immutable=1`. `immutable=1` is
    wrong when someone else (another user of a shared folder) may be writing the file: SQLite would ignore
    their WAL and trust pages that change under it, and show torn data. So the copy is taken through SQLite's
    backup API, which honours the other writer's locks and WAL, and the session reads one consistent state.
    When SQLite cannot open the file read-only in place (no -shm, and none may be created) nobody has it open
    in WAL mode, and it is copied with `immutable=1`; the copy is kept only if the file did not change while
    it was read (same inode, size and time before and after). The copy is then checked like any other file.
    """
    folder = user_data_dir() / "skrivskyddade"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _remove_old_copies(folder)
    target = folder / f"{secrets.token_hex(8)}{SUFFIX}"
    for _attempt in range(3):
        before = _state(path)
        try:
            _backup(path, target, immutable=False)
            return target
        except sqlite3.Error as exc:
            if error_class(exc) != CANNOT_OPEN or os.path.exists(f"{path}-wal"):
                raise storage_error(str(path), exc, opening=True) or exc from exc
        try:
            _backup(path, target, immutable=True)
        except sqlite3.Error as exc:
            raise storage_error(str(path), exc, opening=True) or exc from exc
        if _state(path) == before and not os.path.exists(f"{path}-wal"):
            return target
        discard(target)
    raise KnownError(
        f"{path} ändrades hela tiden medan den lästes. Försök igen om en stund.",
        f"{path} kept changing while it was being read. Try again in a moment.",
    )


def _state(path: Path) -> tuple[int, int, int]:
    info = os.stat(path)
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def _remove_old_copies(folder: Path) -> None:
    """Copies left by a process that was killed (a live one removes its copy when the file is closed)."""
    cutoff = time.time() - 24 * 3600
    for old in folder.glob(f"*{SUFFIX}*"):
        with contextlib.suppress(OSError):
            if old.is_file() and old.stat().st_mtime < cutoff:
                old.unlink()


def folder_is_read_only(path: Path) -> bool:
    """Nothing may be created beside `path` (a read-only folder, a read-only mount, a write-protected stick)."""
    return not os.access(path.parent, os.W_OK | os.X_OK)


def discard(path: Path) -> None:
    """Remove a file this code made, with SQLite's files beside it."""
    with contextlib.suppress(OSError):
        os.unlink(path)
    discard_sidecars(path)


def discard_sidecars(path: Path) -> None:
    for name in (f"{path}-journal", f"{path}-wal", f"{path}-shm"):
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
