"""Where resources and the user's own data live. No Qt, so every layer may use it."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR.parent / "resources"


def resource(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


def font_path(name: str) -> Path:
    return resource("fonts", name)


def user_data_dir() -> Path:
    """The user's Samverka folder (backups, logs); SAMVERKA_DATA_DIR overrides it for tests."""
    override = os.environ.get("SAMVERKA_DATA_DIR")
    if override:
        base = Path(override)
    else:
        import platformdirs  # only needed once per process

        base = Path(platformdirs.user_data_dir("Samverka", appauthor=False))
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def logs_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def documents_dir() -> Path:
    """Where people keep their files (Dokument / Documents): the default folder for new collaborations and
    exports, never the hidden data folder. SAMVERKA_DOCUMENTS_DIR overrides it (tests); a missing folder falls
    back to the home folder."""
    override = os.environ.get("SAMVERKA_DOCUMENTS_DIR")
    if override:
        return Path(override)
    import platformdirs  # only needed once per process

    found = Path(platformdirs.user_documents_dir())
    return found if found.is_dir() else Path.home()
