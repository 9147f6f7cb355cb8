"""Swedish first, English second: the source strings are Swedish; English comes from resources/i18n.

The compiled .qm is used when it is current (scripts/build_translations.py runs pyside6-lrelease); otherwise
the .ts XML is read directly, so a source checkout without a build step is still fully translated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from samverka.errors import set_language
from samverka.paths import resource

LANGUAGES = ("sv", "en")


def ts_path(code: str) -> Path:
    return resource("i18n", f"samverka_{code}.ts")


def qm_path(code: str) -> Path:
    return resource("i18n", f"samverka_{code}.qm")


class TsTranslator(QTranslator):
    """Translations read straight from a .ts file (context, source) -> translation."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.messages = read_ts(path)

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # Not ours (Qt's own "Ctrl", "%1+%2" …): None reaches Qt as a null string, "no translation here", so Qt
        # keeps looking. An empty string would be taken as the translation and blank out shortcut names.
        return self.messages.get((context, source_text), cast(str, None))

    def isEmpty(self) -> bool:
        return not self.messages


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Finished translations only; unfinished ones fall back to the Swedish source."""
    messages: dict[tuple[str, str], str] = {}
    if not path.exists():
        return messages
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                continue
            messages[(name, source)] = node.text
    return messages


class Languages:
    """Installs and swaps the translators; QApplication then sends LanguageChange to every widget."""

    def __init__(self) -> None:
        self.code = "sv"
        self._installed: list[QTranslator] = []

    def apply(self, code: str) -> None:
        code = "en" if code == "en" else "sv"
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.code = code
        set_language(code)
        locale = (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom) if code == "en"
                  else QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        # Numbers are shown as typed (no thousands separator), so an edited value reads back the same.
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        QLocale.setDefault(locale)
        app = QCoreApplication.instance()
        if app is None:
            return
        for candidate in (qt_base_translator(code), load_app_translator(code)):
            if candidate is not None and QCoreApplication.installTranslator(candidate):
                self._installed.append(candidate)
        # Removing or installing already posts LanguageChange, but a switch to Swedish with nothing to
        # install must still reach every widget, so say it once more explicitly.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))


def qt_base_translator(code: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, context menus) in Swedish, when the wheel ships them."""
    if code != "sv":
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{code}", folder) else None


def load_app_translator(code: str) -> QTranslator | None:
    qm, ts = qm_path(code), ts_path(code)
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
    if ts.exists():
        return TsTranslator(ts)
    return None
