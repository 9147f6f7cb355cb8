"""Where file dialogs start: where people keep their files, never the application's own data folder.

New collaborations, exports and imports start in the folder the facilitator last used for that kind of file, or
beside the open collaboration, or else in "Samverka" inside the user's documents folder. The data folder (demo
copies, backups, logs, settings) is never offered: files saved there would be lost from sight.

    from samverka.ui.folders import default_folder, remember_folder
    folder = default_folder(settings, "export", near=db.path)   # where the Save dialog starts
    remember_folder(settings, "export", chosen_path)            # after the user saved there

SAMVERKA_DOCUMENTS_DIR overrides the documents folder (tests use it, so they never write into a real home).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from samverka.paths import documents_dir, user_data_dir

KINDS = ("collaboration", "export", "survey")
SUBFOLDER = "Samverka"


class FolderMemory(Protocol):
    """What `Settings` offers: the last folder per kind."""

    @property
    def folders(self) -> dict[str, str]: ...

    def set_folder(self, kind: str, folder: str) -> None: ...


def documents_folder() -> Path:
    """A Samverka folder in the user's documents folder (`paths.documents_dir`), made on first use and private
    to the user; the documents folder itself if it cannot be made."""
    base = documents_dir()
    folder = base / SUBFOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return base if base.is_dir() else Path.home()
    return folder


def is_hidden_place(folder: Path) -> bool:
    """Inside the application's data folder (demo copies, backups): no place to keep one's own files."""
    try:
        folder.resolve().relative_to(user_data_dir().resolve())
    except ValueError:
        return False
    return True


def usable(folder: Path | None) -> bool:
    return folder is not None and folder.is_dir() and not is_hidden_place(folder)


def default_folder(memory: FolderMemory, kind: str, *, near: Path | None = None) -> Path:
    """Where a dialog for `kind` starts: the folder last used for it, else the folder of `near` (the open
    collaboration file), else the documents folder; a folder inside the data folder is skipped."""
    last = memory.folders.get(kind)
    for candidate in (Path(last) if last else None, near.parent if near is not None else None):
        if usable(candidate):
            assert candidate is not None
            return candidate
    return documents_folder()


def remember_folder(memory: FolderMemory, kind: str, chosen: Path | str) -> None:
    """The folder of a file the user chose, as the next start for `kind` (unless it is the data folder)."""
    folder = Path(chosen).parent
    if usable(folder):
        memory.set_folder(kind, str(folder))
