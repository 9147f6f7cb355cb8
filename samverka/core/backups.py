"""Copies of a collaboration file: before a migration, on open, every few minutes of editing; and restoring one.

Each file has its own folder under the user's backup folder. Copies are consistent snapshots taken with
SQLite's backup API (a live WAL file included), written under a temporary name and renamed into place, so a
crash never leaves half a backup. Rotation keeps the last ten plus the newest of each of the last 30 days;
copies taken before a schema upgrade are never rotated away.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from samverka.errors import FileRefusedError, KnownError, Text
from samverka.models.filecopy import (  # the copy mechanism itself sits below core, shared with migrations
    UPGRADE_REASON,
    discard,
    folder_for,
    fsync_dir,
    snapshot,
    unique_name,
)
from samverka.models.guarded import distrust_schema

if TYPE_CHECKING:
    from samverka.models.db import Database

KEEP_LAST = 10
KEEP_DAYS = 30
BACKUP_INTERVAL_S = 300.0  # a running session is copied at most this often ...
BACKUP_EVERY_EDITS = 50  # ... unless this many edits were made since the last copy
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})\.([\w-]+)\.samverka$")
_PINNED_PREFIX = UPGRADE_REASON

REASONS: dict[str, Text] = {
    "oppnad": Text("När filen öppnades", "When the file was opened"),
    "auto": Text("Automatisk under arbetet", "Automatic while working"),
    "manuell": Text("Manuell", "Manual"),
    "fore-aterstallning": Text("Före en återställning", "Before a restore"),
    _PINNED_PREFIX: Text("Före uppgradering av filformatet", "Before a file format upgrade"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time
    size: int
    reason: str

    @property
    def reason_text(self) -> Text:
        key = _PINNED_PREFIX if self.reason.startswith(_PINNED_PREFIX) else self.reason
        return REASONS.get(key, Text(self.reason, self.reason))

    @property
    def pinned(self) -> bool:
        return self.reason.startswith(_PINNED_PREFIX)


@dataclass
class BackupState:
    """What maybe_backup() saw last: the file's stat signature, the newest audit id, and when it copied."""

    signature: tuple[int, ...]
    audit_id: int
    copied_at: float


def take_backup(path: str | os.PathLike[str], *, reason: str = "manuell") -> Path:
    """A consistent copy of the file now, readable by the user alone; rotation runs afterwards."""
    source = Path(path).expanduser().resolve()
    folder = folder_for(source)
    target = unique_name(folder, reason)
    snapshot(source, target)
    prune(source)
    return target


def list_backups(path: str | os.PathLike[str]) -> list[BackupInfo]:
    """The copies of one collaboration file, newest first."""
    found: list[BackupInfo] = []
    for entry in folder_for(path).iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(entry, created, entry.stat().st_size, match.group(2)))
    found.sort(key=lambda info: info.created, reverse=True)
    return found


def prune(path: str | os.PathLike[str], *, today: dt.date | None = None) -> list[Path]:
    """Keep the last KEEP_LAST copies, the newest of each of the last KEEP_DAYS days, and pinned ones."""
    today = today or dt.date.today()
    first_day = today - dt.timedelta(days=KEEP_DAYS - 1)
    rotating = [info for info in list_backups(path) if not info.pinned]
    keep = {info.path for info in rotating[:KEEP_LAST]}
    days_seen: set[dt.date] = set()
    for info in rotating:  # newest first, so the first of each day is that day's newest
        day = info.created.date()
        if day >= first_day and day not in days_seen:
            days_seen.add(day)
            keep.add(info.path)
    removed = [info.path for info in rotating if info.path not in keep]
    # Half-written copies of a process that was killed mid-backup (a live one finishes within seconds).
    cutoff = time.time() - 600
    removed += [
        stale for stale in folder_for(path).glob(".*.tmp*") if stale.is_file() and stale.stat().st_mtime < cutoff
    ]
    for old in removed:
        with contextlib.suppress(OSError):
            old.unlink()
    return removed


# --- while a file is open --------------------------------------------------------------------------


def _signature(path: Path) -> tuple[int, ...]:
    """Changes whenever a transaction is committed (the WAL grows) or checkpointed (the file changes)."""
    parts: list[int] = []
    for name in (str(path), f"{path}-wal"):
        try:
            info = os.stat(name)
        except FileNotFoundError:
            parts.extend((0, 0))
            continue
        parts.extend((info.st_mtime_ns, info.st_size) if info.st_size else (0, 0))
    return tuple(parts)


def _last_audit_id(db: Database) -> int:
    with db.reading() as read:  # plain SQL: opening a file for a command loads no ORM
        return int(read.scalar("SELECT max(id) FROM audit_entry") or 0)


def _backs_up(db: Database) -> bool:
    return db.is_sqlite and db.path is not None and not db.read_only


def backup_on_open(db: Database) -> Path | None:
    """Copy the file as it was opened, unless the newest copy is already newer than every change."""
    if not _backs_up(db):
        return None
    assert db.path is not None
    signature = _signature(db.path)
    newest = next(iter(list_backups(db.path)), None)
    copy: Path | None = None
    last_change = max(signature[0::2])
    if newest is None or newest.path.stat().st_mtime_ns < last_change:
        copy = take_backup(db.path, reason="oppnad")
    db.backup_state = BackupState(signature, _last_audit_id(db), time.monotonic())
    return copy


def maybe_backup(db: Database, *, force: bool = False) -> Path | None:
    """Call after edits or on a timer: copies when something changed and the interval or edit count is due.

    Costs one stat() of the file when nothing changed since the last copy.
    """
    if not _backs_up(db):
        return None
    assert db.path is not None
    signature = _signature(db.path)
    state: BackupState | None = db.backup_state
    if state is not None and signature == state.signature and not force:
        return None
    audit_id = _last_audit_id(db)
    now = time.monotonic()
    due = (
        force
        or state is None
        or now - state.copied_at >= BACKUP_INTERVAL_S
        or audit_id - state.audit_id >= BACKUP_EVERY_EDITS
    )
    if not due:
        return None
    copy = take_backup(db.path, reason="manuell" if force else "auto")
    db.backup_state = BackupState(signature, audit_id, now)
    return copy


# --- restoring -------------------------------------------------------------------------------------


def restore_backup(backup: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path | None:
    """Put a copy back in place of `target`, atomically; the current file is copied first.

    Only onto a Samverka file (even a damaged one) or a new path: another program's file, a text file, a link
    or a folder at `target` is refused untouched. Returns the safety copy (None when there was no file).
    Refuses while another Samverka has the file open.
    """
    from samverka.core.locking import FileInUseError, FileLock, try_lock  # noqa: PLC0415
    from samverka.models.fileformat import check_openable  # noqa: PLC0415
    from samverka.models.schema import SCHEMA_VERSION  # noqa: PLC0415

    source = Path(backup).expanduser().resolve()
    destination = Path(target).expanduser().absolute()
    check_openable(source, SCHEMA_VERSION)
    _check_destination(destination)
    if not destination.parent.is_dir():
        raise FileRefusedError(
            f"Mappen {destination.parent} finns inte. Välj en befintlig mapp.",
            f"The folder {destination.parent} does not exist. Choose an existing folder.",
        )
    try:
        lock = try_lock(destination)
    except OSError as exc:
        raise KnownError(
            f"Mappen {destination.parent} går inte att skriva i ({exc.strerror}). Återställ till en mapp där du "
            "får skriva.",
            f"The folder {destination.parent} cannot be written ({exc.strerror}). Restore into a folder where you "
            "may write.",
        ) from exc
    if not isinstance(lock, FileLock):
        text = lock.text()
        raise FileInUseError(
            f"{text.sv} Återställningen gjordes inte.", f"{text.en} The restore was not made."
        )
    with lock:
        safety: Path | None = None
        if destination.exists():
            _fold_wal(destination)
            safety = _safety_copy(destination)
        temporary = destination.with_name(f".{destination.name}.aterstalls-{secrets.token_hex(8)}.tmp")
        discard(temporary)
        try:
            snapshot(source, temporary)
            _check_copy(temporary)
        except BaseException:
            discard(temporary)
            raise
        for stale in (f"{destination}-wal", f"{destination}-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(stale)
        os.replace(temporary, destination)
        fsync_dir(destination.parent)
    return safety


def _check_destination(destination: Path) -> None:
    """A restore may replace a Samverka file (damaged or not) or make a new one; nothing else."""
    from samverka.models.fileformat import check_companions, check_header  # noqa: PLC0415
    from samverka.models.schema import SCHEMA_VERSION  # noqa: PLC0415

    if not os.path.lexists(destination):
        return
    if destination.is_symlink() or not destination.is_file():
        raise _not_ours(destination)
    try:
        check_header(destination, SCHEMA_VERSION)
    except FileRefusedError as exc:
        raise _not_ours(destination) from exc
    check_companions(destination)


def _not_ours(destination: Path) -> FileRefusedError:
    return FileRefusedError(
        f"{destination} är ingen Samverka-fil, så ingen säkerhetskopia läggs över den. Den har inte ändrats; "
        "återställ till ett nytt filnamn i stället.",
        f"{destination} is not a Samverka file, so no backup is put over it. It was not changed; restore to a "
        "new file name instead.",
    )


def _safety_copy(destination: Path) -> Path:
    """The current file, kept before it is replaced; byte for byte when SQLite cannot read it (damaged)."""
    try:
        return take_backup(destination, reason="fore-aterstallning")
    except KnownError:
        target = unique_name(folder_for(destination), "fore-aterstallning")
        for suffix in ("", "-wal"):
            if os.path.exists(f"{destination}{suffix}"):
                _raw_copy(Path(f"{destination}{suffix}"), Path(f"{target}{suffix}"))
        return target


def _raw_copy(source: Path, target: Path) -> None:
    temporary = target.with_name(f".{target.name}.tmp")
    fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as data:
            shutil.copyfileobj(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        discard(temporary)
        raise


def _fold_wal(path: Path) -> None:
    """Write the WAL back into the file and remove it, so no old WAL can be replayed onto the restored copy.
    A damaged file may refuse; its WAL is then kept in the safety copy and removed all the same."""
    try:
        conn = sqlite3.connect(path)
        try:
            distrust_schema(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        return


def _check_copy(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()
    if not row or row[0] != "ok":
        raise FileRefusedError(
            "Säkerhetskopian är skadad och kan inte återställas. Välj en annan kopia.",
            "The backup is damaged and cannot be restored. Choose another copy.",
        )
