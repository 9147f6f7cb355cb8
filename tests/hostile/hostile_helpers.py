"""Running a command the way an unlucky user would meet a hostile file: in a subprocess, under a memory ceiling
(RLIMIT_AS) and a clock, measuring what it cost."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

# Issue 18: no refused file may cost more than 200 MB or 10 seconds.
MEMORY_CEILING_MB = 200
TIME_LIMIT_S = 10.0


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float
    killed: bool

    def report(self, name: str) -> str:
        line = f"{name}: exit {self.returncode}, peak {self.peak_mb:.0f} MB, {self.seconds:.2f} s"
        report = os.environ.get("SAMVERKA_BOMB_REPORT")
        if report:
            with open(report, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        return line


def run_cli(
    args: Sequence[str], *, cwd: Path | None = None, limit_mb: int = MEMORY_CEILING_MB,
    timeout: float = TIME_LIMIT_S, prefix: Sequence[str] = (), env: dict[str, str] | None = None,
) -> Run:
    """`samverka ARGS` in a child process with at most `limit_mb` of address space, killed after `timeout`."""
    command = [*prefix, sys.executable, "-m", "samverka.cli", *args]

    def limit() -> None:
        ceiling = limit_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        child = subprocess.Popen(
            command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd, preexec_fn=limit,
            env={**os.environ, **(env or {})},
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            os.kill(child.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            child.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
            usage.ru_maxrss / 1024, seconds, killed.is_set(),
        )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every entry of a folder with its size, inode and content hash (a link's target, not followed).

    SQLite's -wal/-shm companions of a collaboration file are left out: reading a WAL-mode file makes them.
    """
    state = {}
    for entry in sorted(folder.iterdir()):
        if entry.name.endswith((".samverka-wal", ".samverka-shm")):
            continue
        info = entry.lstat()
        if entry.is_symlink():
            content = "->" + os.readlink(entry)
        elif entry.is_file():
            content = digest(entry)
        else:
            content = "dir"
        state[entry.name] = (info.st_size, info.st_ino, content)
    return state


def read_only_prefix(folder: Path) -> list[str] | None:
    """A command prefix under which `folder` cannot be written, or None where this machine cannot make one.

    As an ordinary user the folder is made 0500 (the caller restores it); as root, who may write anyway, the
    command runs in its own mount namespace where the folder is bind-mounted read-only (like a locked stick).
    """
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return []
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    script = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
    prefix = [unshare, "-m", "sh", "-c", script, "sh", str(folder)]
    probe = subprocess.run([*prefix, "sh", "-c", f'! touch "{folder}/.probe" 2>/dev/null'], capture_output=True)
    if probe.returncode != 0:
        return None
    return prefix
