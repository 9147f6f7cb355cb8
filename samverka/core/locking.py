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
import stat
from dataclasses import dataclass
from pathlib import Path

from samverka.errors import ReadOnlyError, Text, excerpt

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


class LockPathError(ReadOnlyError):
    """The lock file's name is taken by something we did not make (a link, a folder, another program's or
    another user's file). It is left exactly as it is."""


class FileLock:
    """A held exclusive lock; release() (or process death) lets the next writer in."""

    def __init__(self, path: Path, fd: int, *, created: bool = True) -> None:
        self.path = path
        self._fd: int | None = fd
        self.created = created  # only a lock file this process made is ever removed

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        # Unlink while still holding the lock, and only a file we made whose name still is ours; acquire()
        # re-checks the inode, so a waiter that opened the old file retries instead of locking an orphan.
        if self.created and _same_file(fd, self.path):
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


_CREATE = os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
_OPEN = os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def try_lock(path: Path) -> FileLock | LockHolder:
    """Take the writer lock for a collaboration file, or say who has it. Never blocks.

    The lock file is made with O_EXCL | O_NOFOLLOW, so a planted link is never followed; an existing one is
    used only if it is a regular file of this user that holds a Samverka lock record (or nothing), and
    otherwise refused with LockPathError, untouched.
    """
    target = lock_path(path)
    for _attempt in range(20):
        created = True
        try:
            fd = os.open(target, _CREATE, 0o600)
        except FileExistsError:
            created = False
            found = _open_existing(target)
            if found is None:
                continue  # removed between our two looks: try again
            if isinstance(found, LockHolder):
                return found
            fd = found
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            return holder
        except OSError as exc:
            os.close(fd)
            if created and exc.errno in _NO_LOCKING:
                with contextlib.suppress(OSError):
                    os.unlink(target)  # ours, made a moment ago
            raise
        if _same_file(fd, target):
            _write_holder(fd)
            return FileLock(target, fd, created=created)
        os.close(fd)  # the previous holder removed the file between our open and our lock: retry
    raise OSError(f"could not lock {target}")


def _open_existing(target: Path) -> int | LockHolder | None:
    """A descriptor of an existing lock file that we may use, who holds it, or None if it vanished."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise _refused(target, "en symbolisk länk", "a symbolic link")
    if not stat.S_ISREG(info.st_mode):
        raise _refused(target, "ingen vanlig fil", "not a regular file")
    flags = _OPEN if info.st_uid == os.geteuid() else os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(target, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _refused(target, "en symbolisk länk", "a symbolic link") from None
        raise
    try:
        mine = os.fstat(fd)
        if not stat.S_ISREG(mine.st_mode) or (mine.st_dev, mine.st_ino) != (info.st_dev, info.st_ino):
            raise _refused(target, "ingen vanlig fil", "not a regular file")
        if not _looks_like_ours(fd, mine.st_size):
            raise _refused(target, "ett annat programs fil", "another program's file")
        if mine.st_uid != os.geteuid():
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                return _read_holder(fd)  # another user's Samverka is editing
            raise _refused(target, "kvar efter en annan användare", "left behind by another user")
    except BaseException:
        os.close(fd)
        raise
    return fd


_FIELDS = {"pid", "host", "user", "since"}


def _looks_like_ours(fd: int, size: int) -> bool:
    """Empty, or our own pid/host/user/since record: what try_lock writes."""
    if size > 4096:
        return False
    raw = os.pread(fd, 4096, 0)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    lines = [line for line in text.splitlines() if line]
    return all("=" in line and line.split("=", 1)[0] in _FIELDS for line in lines)


def _refused(target: Path, what_sv: str, what_en: str) -> LockPathError:
    return LockPathError(
        f"Låsfilen {target} är {what_sv}, inte ett lås från Samverka, så inget kan sparas i filen. Låsfilen har "
        "inte rörts; ta bort den om ingen annan redigerar samverkan.",
        f"The lock file {target} is {what_en}, not a Samverka lock, so nothing can be saved in the file. The lock "
        "file was not touched; remove it if nobody else is editing the collaboration.",
    )


def read_holder(path: Path) -> LockHolder | None:
    """Who is editing the file now (None if nobody), without taking the lock."""
    try:
        result = try_lock(path)
    except LockPathError:
        return None
    if isinstance(result, FileLock):
        result.release()
        return None
    return result


def _same_file(fd: int, target: Path) -> bool:
    try:
        on_disk = os.lstat(target)
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
    pairs = (line.split("=", 1) for line in raw.splitlines() if "=" in line)
    fields = {key: excerpt(value, 40) for key, value in pairs}  # shown in a banner: short and printable
    return LockHolder(
        pid=fields.get("pid", ""), host=fields.get("host", ""), user=fields.get("user", ""),
        since=fields.get("since", ""),
    )


def writer_lock_for(path: Path, *, require_write: bool) -> tuple[FileLock | None, Text | None]:
    """The lock for opening `path` to edit, or why it must open read-only (raises if write was required).

    Call it only after the collaboration file itself was checked: a foreign file is refused before its
    lock name is even looked at.
    """
    try:
        result = try_lock(path)
    except LockPathError as exc:
        if require_write:
            raise
        return None, exc.text
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            why = Text(
                f"Mappen {path.parent} är skrivskyddad, så filen är öppen skrivskyddat. "
                "Kopiera den till en mapp där du får skriva för att redigera.",
                f"The folder {path.parent} is read-only, so the file is open read-only. "
                "Copy it to a folder where you may write to edit it.",
            )
            if require_write:
                raise ReadOnlyError(why.sv, why.en) from None
            return None, why
        if exc.errno in _NO_LOCKING:
            return None, None  # a file system without locks (some network shares): SQLite's own locks remain
        raise
    if isinstance(result, FileLock):
        return result, None
    why = result.text()
    if require_write:
        raise FileInUseError(why.sv, why.en)
    return None, why
