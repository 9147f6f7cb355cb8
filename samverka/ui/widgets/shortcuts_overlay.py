"""The "?" overlay: every keyboard shortcut of the facilitator window, over the window itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget


class ShortcutsOverlay(QFrame):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#shortcutsOverlay { background: rgba(20, 28, 38, 235); border-radius: 8px; }"
            "#shortcutsOverlay QLabel { color: white; }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(self)
        self.title.setContentsMargins(0, 4, 0, 4)
        font = self.title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title.setFont(font)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.hint = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.entries: list[tuple[str, str]] = []
        parent.installEventFilter(self)
        self.hide()

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """(key text, description) pairs, already translated."""
        self.entries = entries
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the tree now; deleted later
                widget.deleteLater()
        half = (len(entries) + 1) // 2
        for i, (keys, text) in enumerate(entries):
            column = 0 if i < half else 2
            key = QLabel(keys, self)
            key.setContentsMargins(0, 2, 0, 0)
            key.setStyleSheet("font-weight: bold;")
            desc = QLabel(text, self)
            desc.setContentsMargins(0, 2, 0, 0)
            self.grid.addWidget(key, i % half, column)
            self.grid.addWidget(desc, i % half, column + 1)
        self.title.setText(QCoreApplication.translate("Shortcuts", "Kortkommandon"))
        self.hint.setText(QCoreApplication.translate("Shortcuts", "Tryck Esc eller ? för att stänga."))

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        self._fit()
        self.show()
        self.raise_()
        self.setFocus()

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(60, 50, -60, -50))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Question):
            self.hide()
            event.accept()
            return
        super().keyPressEvent(event)
