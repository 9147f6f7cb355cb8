"""Copies of a collaboration file: before a migration, and the rotating backups."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from samverka.paths import backups_dir


def _safe_stem(path: Path) -> str:
    return re.sub(r"[^\w.-]+", "_", path.stem)[:80] or "samverkan"


def copy_aside(path: Path, *, reason: str) -> Path:
    """A consistent copy (WAL included) in the user's backup folder, readable by the user alone."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir() / f"{_safe_stem(path)}.{reason}.{stamp}.samverka"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target
