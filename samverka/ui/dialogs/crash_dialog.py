"""The crash dialog: what happened, where the log is, and a button that copies the details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    def __init__(self, path: Path, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Ett oväntat fel inträffade"))
        message = QLabel(self)
        message.setWordWrap(True)
        message.setContentsMargins(0, 2, 0, 0)
        message.setText(self.tr(
            "Samverka stötte på ett fel som inte borde hända. Dina uppgifter är sparade: varje ändring "
            "sparas direkt när du gör den. Du kan fortsätta arbeta, men starta gärna om programmet.\n\n"
            "Detaljerna finns i loggfilen:"
        ))
        self.path_label = QLabel(str(path), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QPlainTextEdit(details, self)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Feldetaljer"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Kopiera detaljer"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.path_label)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)

    @classmethod
    def show_for(cls, path: Path, details: str) -> None:
        dialog = cls(path, details, QApplication.activeWindow())
        dialog.exec()
