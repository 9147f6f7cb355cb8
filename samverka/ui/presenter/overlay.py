"""The "?" overlay on the facilitator's screen: every presenter key, as PowerPoint lists its slide-show keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QWidget


def shortcut_rows() -> list[tuple[str, str]]:
    tr = QCoreApplication.translate
    return [
        ("F5", tr("Presenter", "Börja visa från första steget")),
        (tr("Presenter", "Skift+F5"), tr("Presenter", "Börja visa från det här steget")),
        ("→  PgDn  " + tr("Presenter", "Blanksteg"), tr("Presenter", "Nästa steg")),
        ("←  PgUp", tr("Presenter", "Föregående steg")),
        (tr("Presenter", "siffra + Enter"), tr("Presenter", "Gå till steg")),
        ("B  .", tr("Presenter", "Svart skärm (igen: tillbaka)")),
        ("W  ,", tr("Presenter", "Vit skärm (igen: tillbaka)")),
        ("T", tr("Presenter", "Starta eller pausa timern")),
        ("+  −", tr("Presenter", "En minut mer eller mindre")),
        ("H", tr("Presenter", "Visa eller dölj resultat")),
        ("?", tr("Presenter", "Visa eller stäng den här listan")),
        ("Esc", tr("Presenter", "Sluta visa")),
    ]


class ShortcutOverlay(QDialog):
    """Non-modal; closes on Esc or ?. The keys work only while no text field has the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.labels: list[tuple[QLabel, QLabel]] = []
        for row in range(len(shortcut_rows())):
            key_label, meaning = QLabel(), QLabel()
            key_label.setContentsMargins(0, 2, 16, 0)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(meaning, row, 1)
            self.labels.append((key_label, meaning))
        self.hint = QLabel()
        self.hint.setContentsMargins(0, 8, 0, 0)
        grid.addWidget(self.hint, len(self.labels), 0, 1, 2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kortkommandon för presentationen"))
        for (key_label, meaning), (key, text) in zip(self.labels, shortcut_rows(), strict=True):
            key_label.setText(f"<b>{key}</b>")
            meaning.setText(text)
        self.hint.setText(self.tr("Tangenterna fungerar när du inte skriver i ett textfält."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Question):
            self.close()
            return
        super().keyPressEvent(event)
