"""A consistent copy of a collaboration file (WAL included), made before its schema is upgraded."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from samverka.paths import backups_dir


def copy_before_upgrade(path: Path, *, revision: str) -> Path:
    """Copy the file into the user's backup folder, readable by the user alone, and return the copy."""
    stem = re.sub(r"[^\w.-]+", "_", path.stem)[:80] or "samverkan"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir() / f"{stem}.fore-uppgradering-{revision}.{stamp}.samverka"
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
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
