"""The Lund demo as a file: built through the services once (on first use) into the user's data folder, then
copied for every `samverka --demo`, so the demo opens as fast as any file.

The built file is named after a digest of the code that makes it (the services, the models, the demo itself),
so a Samverka that would build a different demo builds a new one; older ones are removed then.
`tests/core/test_demo_file.py` checks that the copy holds the rows the services make.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from samverka import __version__
from samverka.models.filecopy import discard, snapshot
from samverka.paths import PACKAGE_DIR, user_data_dir

# The code whose changes change the demo: hashed (source text) into the built file's name.
_MADE_BY = ("core", "models", "workflow", "dto.py", "vocab.py")
PREFIX = "lund-demo-"


def templates_dir() -> Path:
    folder = user_data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def code_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    for part in _MADE_BY:
        path = PACKAGE_DIR / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(PACKAGE_DIR).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def demo_template() -> Path:
    """The built demo for this code, built now if there is none (a few seconds, once)."""
    folder = templates_dir()
    target = folder / f"{PREFIX}{code_digest()}.samverka"
    if target.exists():
        return target
    from samverka.core.demo import build_demo  # noqa: PLC0415 - the services load only to build it

    building = folder / f".building-{os.getpid()}-{target.name}"
    discard(building)
    try:
        build_demo(building).close()  # built whole under its own name (models.atomic), WAL folded in
        os.replace(building, target)  # two processes building at once: either complete file wins
    finally:
        discard(building)
    for old in folder.glob(f"{PREFIX}*.samverka"):
        if old != target:
            discard(old)
    return target


def fresh_demo_copy(folder: Path | None = None) -> Path:
    """A new copy of the demo that can be changed freely, in `folder` (the user's demo folder by default)."""
    folder = folder or user_data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / f"lund-demo-{dt.datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.samverka"
    snapshot(demo_template(), path, immutable=True)  # SQLite's backup API: consistent, 0600, renamed into place
    return path
