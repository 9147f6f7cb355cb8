"""Anything unexpected: a log file with the traceback, and a dialog that shows where it is.

Data stays safe because every edit is already committed when it is made.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from samverka import __version__
from samverka.paths import logs_dir

_fault_file: IO[str] | None = None
_show_dialogs = True
_last_log: Path | None = None


def _open_private(path: Path, mode: str) -> IO[str]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC), 0o600)
    return os.fdopen(fd, mode, encoding="utf-8")


def install(*, show_dialogs: bool = True) -> Path:
    """Install sys.excepthook and the faulthandler log. Returns the faulthandler log path."""
    global _fault_file, _show_dialogs
    _show_dialogs = show_dialogs
    path = logs_dir() / "faulthandler.log"
    if _fault_file is None:
        _fault_file = _open_private(path, "a")
        faulthandler.enable(_fault_file)
    sys.excepthook = _excepthook
    return path


def write_crash_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    global _last_log
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = logs_dir() / f"crash-{stamp}.log"
    details = format_details(exc_type, exc, tb)
    with _open_private(path, "w") as handle:
        handle.write(details)
    _last_log = path
    return path


def format_details(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    lines = [
        f"Samverka {__version__}",
        f"Python {sys.version.split()[0]} on {sys.platform}",
        f"Time {dt.datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def last_log() -> Path | None:
    return _last_log


def unseen_crash_logs() -> list[Path]:
    """Crash logs written since the user was last told about one (so a crash is reported at the next start)."""
    marker = logs_dir() / "crash-seen"
    seen = marker.stat().st_mtime if marker.exists() else 0.0
    logs = sorted(p for p in logs_dir().glob("crash-*.log") if p.stat().st_mtime > seen)
    if logs:
        _open_private(marker, "w").close()
        os.utime(marker)
    return logs


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    path = write_crash_log(exc_type, exc, tb)
    sys.stderr.write(f"samverka: unexpected error, details in {path}\n")
    if _show_dialogs:
        show_crash_dialog(path, format_details(exc_type, exc, tb))


def show_crash_dialog(path: Path, details: str) -> None:
    from PySide6.QtWidgets import QApplication  # crash.py must load before Qt

    if QApplication.instance() is None:
        return
    from samverka.ui.dialogs.crash_dialog import CrashDialog

    CrashDialog.show_for(path, details)
