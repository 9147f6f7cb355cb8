"""The inline message bar: errors, warnings and notes without a modal box. Messages stay until closed
(errors) or fade after a while (notes).

It floats over the top of its host (the step's title and question) instead of taking a place in the layout: a
message that comes or goes never moves the page's buttons under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

LEVEL_COLOURS = {
    "error": ("#fbe9e7", "#8a1c0c"),
    "warning": ("#fff4d6", "#6b4a00"),
    "info": ("#e8f1fb", "#0b3d6b"),
}
INFO_MS = 6000
OVERLAY_MARGIN = 8


class MessageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setContentsMargins(0, 2, 0, 0)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        self.level = ""
        self._host: QWidget | None = None
        self.retranslate_ui()
        self.hide()

    def float_over(self, host: QWidget) -> None:
        """Lie over the top of `host` (a child of it, outside its layout), following its width."""
        self.setParent(host)
        self._host = host
        host.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self._host
        if host is None:
            return
        width = max(100, host.width() - 2 * OVERLAY_MARGIN)
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        self.setGeometry(OVERLAY_MARGIN, OVERLAY_MARGIN // 2, width, height)
        self.raise_()

    def retranslate_ui(self) -> None:
        text = QCoreApplication.translate("MessageBar", "Stäng meddelandet")
        self.close_button.setToolTip(text)
        self.close_button.setAccessibleName(text)

    def show_message(self, level: str, text: str) -> None:
        background, foreground = LEVEL_COLOURS.get(level, LEVEL_COLOURS["info"])
        self.level = level
        self.setStyleSheet(
            f"#messageBar {{ background: {background}; border: 1px solid {foreground}; border-radius: 4px; }}"
            f"#messageBar QLabel {{ color: {foreground}; }}"
        )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        self._place()
        self._timer.stop()
        if level == "info":
            self._timer.start(INFO_MS)

    def show_error(self, text: str) -> None:
        self.show_message("error", text)

    def show_warning(self, text: str) -> None:
        self.show_message("warning", text)

    def show_info(self, text: str) -> None:
        self.show_message("info", text)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def clear(self) -> None:
        self.label.clear()
        self.level = ""
        self.hide()
