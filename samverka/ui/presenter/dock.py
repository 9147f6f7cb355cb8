"""The presenter panel's dock: beside the pages (left or right) or floating, narrow enough for a 1366 px laptop,
and shown or hidden as the facilitator last left it (hidden until first asked for; F5 opens it the first time).
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from samverka.ui import geometry

PANEL_KEY = "presenter/panel"


class PresenterDock(QDockWidget):
    def __init__(self, panel: QWidget, main_window: QMainWindow, settings: QSettings) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.settings = settings
        self.setObjectName("presenter_dock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.holder = QScrollArea()
        self.holder.setWidgetResizable(True)
        self.holder.setFrameShape(QScrollArea.Shape.NoFrame)
        self.holder.setWidget(panel)  # a short laptop screen scrolls the panel instead of squeezing it
        self.holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll_bar = self.holder.verticalScrollBar().sizeHint().width()
        self.holder.setMinimumWidth(panel.minimumSizeHint().width() + scroll_bar)
        self.setWidget(self.holder)
        self.toggleViewAction().triggered.connect(self.remember)
        self.topLevelChanged.connect(self._floating_changed)

    # remembered visibility ------------------------------------------------------------------------
    def remembered(self) -> bool | None:
        """Shown (True), hidden (False), or never chosen (None)."""
        return {"shown": True, "hidden": False}.get(str(self.settings.value(PANEL_KEY, "")))

    def remember(self, shown: bool) -> None:
        self.settings.setValue(PANEL_KEY, "shown" if shown else "hidden")
        self.settings.sync()
        with contextlib.suppress(OSError):
            os.chmod(self.settings.fileName(), 0o600)

    def apply_remembered(self) -> None:
        """At start: shown only if the facilitator left it shown (it never comes back unbidden)."""
        self.setVisible(self.remembered() is True)

    def show_for_presenting(self) -> None:
        """The first time the facilitator presents, the panel with the timer and the controls opens; after they
        have closed it once, presenting leaves it closed."""
        if self.remembered() is None:
            self.show()
            self.remember(True)

    def fold(self) -> None:
        """Folded to the one-row strip at the bottom (remembered as closed)."""
        self.hide()
        self.remember(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if self.main_window.isVisible():  # the dock's own close button, not the whole window closing
            self.remember(False)

    # floating -------------------------------------------------------------------------------------
    def _floating_changed(self, floating: bool) -> None:
        if floating:
            self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """A floating panel lies inside a screen's available area (the screen it was on may be gone)."""
        screen = geometry.screen_for(self.geometry(), QGuiApplication.screens(), QGuiApplication.primaryScreen())
        if screen is not None:
            self.setGeometry(geometry.clamp(self.geometry(), screen.availableGeometry()))
