"""What the window shows before a collaboration is open: start new, open, the demo, and recent files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from samverka.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Welcome", text)


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.heading = QLabel(self)
        self.heading.setProperty("role", "title")
        self.heading.setContentsMargins(0, 4, 0, 0)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setContentsMargins(0, 2, 0, 0)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.demo_button = QPushButton(self)
        self.recent_label = QLabel(self)
        self.recent_label.setProperty("role", "section")
        self.recent_label.setContentsMargins(0, 2, 0, 0)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(self.recent.fontMetrics().height() * 12)
        self.recent_label.setBuddy(self.recent)
        self.new_button.clicked.connect(window.new_collaboration)
        self.open_button.clicked.connect(window.open_dialog)
        self.demo_button.clicked.connect(window.open_demo)
        self.recent.itemActivated.connect(self._open_recent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumWidth(280)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(tr("Välkommen till Samverka"))
        self.intro.setText(tr(
            "Samverka leder kommun och polis genom arbetsgången: från lägesbild till medborgarlöften, "
            "en undertecknad överenskommelse och uppföljning. Varje ändring sparas direkt i filen."))
        self.new_button.setText(tr("&Ny samverkan…"))
        self.open_button.setText(tr("&Öppna en fil…"))  # Alt+P opens the Presentera menu
        self.demo_button.setText(tr("Prova &demosamverkan (Lund)"))
        self.recent_label.setText(tr("S&enast öppnade"))
        self.recent.setAccessibleName(tr("Senast öppnade filer"))

    def refresh(self, files: list[str]) -> None:
        self.recent.clear()
        for location in files:
            item = QListWidgetItem(location)
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(files))
        self.recent.setVisible(bool(files))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_path(str(item.data(Qt.ItemDataRole.UserRole)))
