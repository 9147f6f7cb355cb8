"""A part of a page that is built the first time it is shown (a tab nobody has opened costs nothing).

The page's first view is on screen sooner; what a hidden tab needs (charts, their library, their queries) loads
when the tab is opened, or when code asks for the widget (`widget()`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class Deferred(QWidget, Generic[W]):
    """Holds the place of the widget `build()` makes, and makes it when first shown."""

    def __init__(self, build: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._widget: W | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._widget is not None

    def widget(self) -> W:
        """The widget, built now if it was not yet."""
        if self._widget is None:
            self._widget = self._build()
            self._widget.setParent(self)
            self._layout.addWidget(self._widget)
            if self.isVisible():
                self._widget.show()  # now, not one event later: the opened tab is never blank for a frame
        return self._widget

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.widget()
        super().showEvent(event)
