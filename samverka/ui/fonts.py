"""The bundled font, so text looks the same on every machine (and never falls back to boxes)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from samverka.paths import resource

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
FAMILY = "DejaVu Sans"
POINT_SIZE = 10


def install_fonts(app: QApplication) -> str:
    """Register the bundled TTFs and make DejaVu Sans the application font. Returns the family used."""
    families: set[str] = set()
    for name in FONT_FILES:
        path = resource("fonts", name)
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
    family = FAMILY if FAMILY in families else app.font().family()
    font = QFont(family, POINT_SIZE)
    app.setFont(font)
    return family
