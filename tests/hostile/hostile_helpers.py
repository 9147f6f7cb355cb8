"""Running a command the way an unlucky user would meet a hostile file: in a subprocess, under a memory ceiling
(RLIMIT_AS) and a clock, measuring what it cost."""

from __future__ import annotations

import hashlib
import os
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

CHILD = Path(__file__).with_name("cli_child.py")
# Issue 18: no refused file may cost more than 200 MB or 10 seconds. The 200 MB are resident memory (the child's
# ru_maxrss, asserted by the tests). RLIMIT_AS caps the address space, which counts what libraries only reserve
# (OpenBLAS, loaded with openpyxl's numpy support, reserves ~40 MB per thread at import), so it is set higher:
# it is the guard that stops a bomb that got through long before it could eat the machine.
MEMORY_CEILING_MB = 200
ADDRESS_SPACE_MB = 768
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
    args: Sequence[str], *, cwd: Path | None = None, limit_mb: int = ADDRESS_SPACE_MB,
    timeout: float = TIME_LIMIT_S, prefix: Sequence[str] = (), env: dict[str, str] | None = None,
) -> Run:
    """`samverka ARGS` in a child process with at most `limit_mb` of address space, killed after `timeout`."""
    peak_file = tempfile.NamedTemporaryFile(prefix="peak-", delete=False)  # noqa: SIM115 - read after the child
    peak_file.close()
    command = [*prefix, sys.executable, str(CHILD), str(limit_mb), peak_file.name, *args]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        child = subprocess.Popen(
            command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=cwd, env={**os.environ, **(env or {})},
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            os.kill(child.pid, signal.SIGKILL)

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            child.wait()
        finally:
            timer.cancel()
        seconds = time.monotonic() - start
        peak_text = Path(peak_file.name).read_text(encoding="ascii").strip()
        os.unlink(peak_file.name)
        out.seek(0)
        err.seek(0)
        return Run(
            child.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
            int(peak_text) / 1024 if peak_text else float("inf"), seconds, killed.is_set(),
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
