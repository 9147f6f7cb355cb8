"""One writer per collaboration file: an advisory lock on a sidecar file `FILE.lock`.

The kernel drops a flock() when its holder closes the file or dies (even by SIGKILL), so a lock is
never left stale by a crash. The sidecar holds who has it (pid, host, user, since) for the message
shown to the second Samverka, which then opens the file read-only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from samverka.errors import ReadOnlyError, Text

LOCK_SUFFIX = ".lock"
_NO_LOCKING = {errno.ENOLCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EINVAL}


class FileInUseError(ReadOnlyError):
    """Another Samverka is editing the file and the caller asked for write access."""


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as written in the sidecar file (any part may be missing)."""

    pid: str = ""
    host: str = ""
    user: str = ""
    since: str = ""

    def text(self) -> Text:
        since = self.since[11:16] if len(self.since) >= 16 else self.since
        who_sv = f"{self.user} på datorn {self.host}" if self.user or self.host else "en annan användare"
        who_en = f"{self.user} on the computer {self.host}" if self.user or self.host else "another user"
        when_sv = f" sedan kl. {since}" if since else ""
        when_en = f" since {since}" if since else ""
        return Text(
            f"Filen redigeras redan av {who_sv}{when_sv} (process {self.pid or '?'}). "
            "Den är öppen skrivskyddat; stäng den andra Samverka för att kunna redigera.",
            f"The file is already being edited by {who_en}{when_en} (process {self.pid or '?'}). "
            "It is open read-only; close the other Samverka to edit.",
        )


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


class FileLock:
    """A held exclusive lock; release() (or process death) lets the next writer in."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Unlink while still holding the lock; acquire() re-checks the inode, so a waiter that
        # opened the old file retries instead of locking an orphan.
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(fd)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        # A forgotten lock must not outlive its Database object by long (the kernel frees it at exit anyway).
        try:  # noqa: SIM105 - at interpreter shutdown contextlib may already be gone
            self.release()
        except Exception:  # noqa: BLE001
            return


def try_lock(path: Path) -> FileLock | LockHolder:
    """Take the writer lock for a collaboration file, or say who has it. Never blocks."""
    target = lock_path(path)
    for _attempt in range(20):
        fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            return holder
        except OSError:
            os.close(fd)
            raise
        if _same_file(fd, target):
            _write_holder(fd)
            return FileLock(target, fd)
        os.close(fd)  # the previous holder removed the file between our open and our lock: retry
    raise OSError(f"could not lock {target}")


def read_holder(path: Path) -> LockHolder | None:
    """Who is editing the file now (None if nobody), without taking the lock."""
    result = try_lock(path)
    if isinstance(result, FileLock):
        result.release()
        return None
    return result


def _same_file(fd: int, target: Path) -> bool:
    try:
        on_disk = os.stat(target)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (on_disk.st_dev, on_disk.st_ino)


def _write_holder(fd: int) -> None:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    since = dt.datetime.now().isoformat(timespec="seconds")
    text = f"pid={os.getpid()}\nhost={os.uname().nodename}\nuser={user}\nsince={since}\n"
    os.ftruncate(fd, 0)
    os.pwrite(fd, text.encode("utf-8"), 0)


def _read_holder(fd: int) -> LockHolder:
    try:
        raw = os.pread(fd, 4096, 0).decode("utf-8", "replace")
    except OSError:
        return LockHolder()
    fields = dict(line.split("=", 1) for line in raw.splitlines() if "=" in line)
    return LockHolder(
        pid=fields.get("pid", ""), host=fields.get("host", ""), user=fields.get("user", ""),
        since=fields.get("since", ""),
    )


def writer_lock_for(path: Path, *, require_write: bool) -> tuple[FileLock | None, Text | None]:
    """The lock for opening `path` to edit, or why it must open read-only (raises if write was required)."""
    try:
        result = try_lock(path)
    except PermissionError:
        why = Text(
            f"Mappen {path.parent} är skrivskyddad, så filen är öppen skrivskyddat. "
            "Kopiera den till en mapp där du får skriva för att redigera.",
            f"The folder {path.parent} is read-only, so the file is open read-only. "
            "Copy it to a folder where you may write to edit it.",
        )
        if require_write:
            raise ReadOnlyError(why.sv, why.en) from None
        return None, why
    except OSError as exc:
        if exc.errno in _NO_LOCKING:
            # A file system without locks (some network shares): SQLite's own locks remain.
            with contextlib.suppress(OSError):
                lock_path(path).unlink()
            return None, None
        raise
    if isinstance(result, FileLock):
        return result, None
    why = result.text()
    if require_write:
        raise FileInUseError(why.sv, why.en)
    return None, why
