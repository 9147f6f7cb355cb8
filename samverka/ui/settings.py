"""One typed wrapper over QSettings: a type and a default per key, stored as INI in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from samverka.paths import user_data_dir

MAX_RECENT = 8


class Settings:
    """Window geometry, recent files and language. Tests get their own file through SAMVERKA_DATA_DIR."""

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
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

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
