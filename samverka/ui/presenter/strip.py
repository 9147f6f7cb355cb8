"""The presenter panel folded into one row at the bottom of the window: the step now and next, the timer and the
few controls a facilitator needs while presenting. It shows while presenting with the panel closed, so a page
that needs the width (the cause canvas) gets all of it without losing the timer and the controls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar, QToolButton, QWidget

from samverka.ui.presenter import theme
from samverka.ui.presenter.controller import LAST_STEP, PresenterController
from samverka.workflow.steps import step as step_info


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterStrip", text)


class PresenterStrip(QToolBar):
    def __init__(self, controller: PresenterController, main_window: QMainWindow) -> None:
        super().__init__(main_window)
        self.controller = controller
        self.setObjectName("presenter_strip")
        self.setMovable(False)
        self.setFloatable(False)
        self.now_label = QLabel()
        bold = QFont(self.now_label.font())
        bold.setBold(True)
        self.now_label.setFont(bold)
        self.timer_label = QLabel()
        timer_font = QFont(bold)
        timer_font.setPixelSize(18)
        self.timer_label.setFont(timer_font)
        self.timer_label.setContentsMargins(8, 0, 8, 0)
        self.buttons: dict[str, QToolButton] = {}
        self._panel: QWidget | None = None
        self.addWidget(self.now_label)
        self.addSeparator()
        self.addWidget(self.timer_label)
        c = controller
        for name, slot in (("timer", c.toggle_timer), ("previous", c.previous_step), ("next", c.next_step),
                           ("black", lambda: c.toggle_blank("black")), ("white", lambda: c.toggle_blank("white")),
                           ("panel", self.open_panel)):
            if name in ("previous", "black", "panel"):
                self.addSeparator()
            button = QToolButton(self)
            button.clicked.connect(slot)
            self.addWidget(button)
            self.buttons[name] = button
        controller.timer_changed.connect(self.refresh)
        controller.mode_changed.connect(self.sync)
        controller.presentation.changed.connect(self.sync)
        controller.ctx.state.step_changed.connect(self.refresh)
        controller.language_changed.connect(self.retranslate_ui)
        main_window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.retranslate_ui()
        self.hide()

    def watch(self, panel: QWidget) -> None:
        """Follow the panel's dock: the strip stands in for it while it is closed."""
        panel.installEventFilter(self)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.sync()
        return False

    def sync(self, *_: object) -> None:
        panel = self._panel
        wanted = self.controller.presenting and (panel is None or not panel.isVisible())
        if wanted != self.isVisible():
            self.setVisible(wanted)
        self.refresh()

    def open_panel(self) -> None:
        panel = self._panel
        if panel is not None:
            panel.show()
            remember = getattr(panel, "remember", None)
            if callable(remember):
                remember(True)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(_tr("Presentatörsrad"))
        texts = {"previous": ("◀", _tr("Föregående steg (←)")), "next": ("▶", _tr("Nästa steg (→)")),
                 "black": (_tr("Svart"), _tr("Svart skärm (B)")), "white": (_tr("Vit"), _tr("Vit skärm (W)")),
                 "panel": (_tr("Visa panelen"), _tr("Visa hela presentatörspanelen"))}
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
            self.buttons[name].setAccessibleName(tip)
        self.refresh()

    def refresh(self, *_: object) -> None:
        step = self.controller.ctx.state.step
        now = f"{step} · {step_info(step).title}"
        following = f"  →  {step + 1} · {step_info(step + 1).title}" if step < LAST_STEP else ""
        self.now_label.setText(now + following)
        countdown = self.controller.countdown
        self.timer_label.setText(countdown.text())
        foreground, background = theme.TIMER_COLOURS[countdown.phase()]
        self.timer_label.setStyleSheet(f"color: {foreground}; background: {background}; border-radius: 4px;")
        running = countdown.running
        self.buttons["timer"].setText(_tr("Paus") if running else _tr("Starta"))
        self.buttons["timer"].setToolTip(_tr("Timern (T)"))
        blank = self.controller.presentation.blank
        self.buttons["black"].setDown(blank == "black")
        self.buttons["white"].setDown(blank == "white")
