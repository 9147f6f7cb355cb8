"""One typed wrapper over QSettings: a type and a default per key, stored as INI in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from samverka.paths import user_data_dir
from samverka.ui.geometry import Placement

MAX_RECENT = 8


class Settings:
    """Window placement and panels, recent files and folders, and language. Tests get their own file through
    SAMVERKA_DATA_DIR."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # language ------------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", "sv"))
        return value if value in ("sv", "en") else "sv"

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", "en" if code == "en" else "sv")

    # window --------------------------------------------------------------------------------------
    @property
    def placement(self) -> Placement | None:
        """Where the main window was (its normal geometry and whether it was maximised); None the first time."""
        return Placement.from_text(self._qs.value("window/placement", ""))

    @placement.setter
    def placement(self, value: Placement) -> None:
        self._qs.setValue("window/placement", value.to_text())

    @property
    def missing_open(self) -> bool:
        """Whether "Det här saknas" is unfolded (it is, until the facilitator folds it)."""
        return str(self._qs.value("window/missing_open", "true")) != "false"

    @missing_open.setter
    def missing_open(self, on: bool) -> None:
        self._qs.setValue("window/missing_open", "true" if on else "false")

    @property
    def presenter_panel(self) -> bool | None:
        """The presenter panel as the facilitator last left it: shown, hidden, or None (never chosen)."""
        value = str(self._qs.value("presenter/panel", ""))
        return {"shown": True, "hidden": False}.get(value)

    @presenter_panel.setter
    def presenter_panel(self, shown: bool) -> None:
        self._qs.setValue("presenter/panel", "shown" if shown else "hidden")

    @property
    def folders(self) -> dict[str, str]:
        """The folder last used for each kind of file ("collaboration", "export", "survey")."""
        self._qs.beginGroup("folders")
        try:
            return {key: str(self._qs.value(key, "")) for key in self._qs.childKeys()}
        finally:
            self._qs.endGroup()

    def set_folder(self, kind: str, folder: str) -> None:
        self._qs.setValue(f"folders/{kind}", folder)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    # recent files --------------------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(item) for item in value if item]

    def add_recent(self, location: str) -> None:
        items = [location, *(item for item in self.recent_files if item != location)]
        self._qs.setValue("files/recent", items[:MAX_RECENT])

    def remove_recent(self, location: str) -> None:
        self._qs.setValue("files/recent", [item for item in self.recent_files if item != location])

    def clear_recent(self) -> None:
        self._qs.setValue("files/recent", [])

    def sync(self) -> None:
        """Write now, private to the user (QSettings replaces the file, so its mode is set after each write)."""
        self._qs.sync()
        if self.path.exists():
            os.chmod(self.path, 0o600)
