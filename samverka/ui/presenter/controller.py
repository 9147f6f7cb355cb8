"""The presenter: starts and stops presenting, places the audience window, runs the timer and the keys.

Moving in either window moves both, because both follow AppState.step.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from samverka.core import guidance, vote_service
from samverka.paths import user_data_dir
from samverka.ui.context import UiContext
from samverka.ui.presenter.audience import AudienceWindow
from samverka.ui.presenter.countdown import Countdown
from samverka.ui.presenter.dock import PresenterDock

if TYPE_CHECKING:
    from samverka.ui.presenter.strip import PresenterStrip
from samverka.ui.presenter.keys import KeyFilter
from samverka.ui.presenter.presentation import Presentation
from samverka.ui.presenter.screens import facilitator_screen, preview_geometry, projector_screen

LAST_STEP = 10
_NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
_PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


class PresenterController(QObject):
    """Owns the audience window, the Presentation, the countdown and the key filter."""

    timer_changed = Signal()
    mode_changed = Signal(str)  # "off", "projector" or "preview"
    overlay_requested = Signal()
    language_changed = Signal()

    def __init__(
        self, main_window: QMainWindow, ctx: UiContext, *, clock: Callable[[], float] | None = None,
        beep: Callable[[], None] = QApplication.beep,
    ) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.ctx = ctx
        self.presentation = Presentation()
        self.countdown = Countdown(300, clock) if clock else Countdown(300)
        self.audience = AudienceWindow(ctx, self.presentation, self.countdown)
        self.mode = "off"
        self._shut_down = False
        self._beep = beep
        self._digits = ""
        self._was_overtime = False
        self.settings = _settings()
        self.muted = str(self.settings.value("presenter/muted", "false")) == "true"
        self.tick = QTimer(self)
        self.tick.setInterval(250)
        self.tick.timeout.connect(self.on_tick)
        self.tick.start()
        self.extra_windows: list[QWidget] = []
        self.dock: PresenterDock | None = None  # set by install_presenter
        self.strip: PresenterStrip | None = None  # the panel folded to one row (install_presenter)
        self.key_filter = KeyFilter(self.handle_key, self._key_windows)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.key_filter)
        self.language_changed.connect(self.audience.refresh)
        ctx.state.step_changed.connect(self._on_step_changed)
        ctx.state.database_changed.connect(self._on_database_changed)
        app_gui = QGuiApplication.instance()
        assert isinstance(app_gui, QGuiApplication)
        app_gui.screenAdded.connect(self._on_screens_changed)
        app_gui.screenRemoved.connect(self._on_screens_changed)
        app_gui.primaryScreenChanged.connect(self._on_screens_changed)
        app_gui.focusWindowChanged.connect(self._on_focus_window_changed)
        main_window.destroyed.connect(self.shutdown)
        self._load_timer_default()

    # presenting ----------------------------------------------------------------------------------
    @property
    def presenting(self) -> bool:
        return self.presentation.presenting

    def start(self, *, from_first: bool) -> None:
        """F5 from the first step, Shift+F5 from the current one."""
        if from_first:
            self.ctx.state.set_step(1)
        self.presentation.set_presenting(True)
        self.place_audience()
        if self.dock is not None:
            self.dock.show_for_presenting()

    def stop(self) -> None:
        """Esc: the audience window closes; the timer and any vote keep their state."""
        self.presentation.set_presenting(False)
        self.audience.hide()
        self._set_mode("off")

    def restore_panels(self) -> None:
        """After the window's layout was restored: the panel as the facilitator left it, the strip only while
        presenting (a restored layout may carry either as visible)."""
        if self.dock is not None:
            self.dock.apply_remembered()
        if self.strip is not None:
            self.strip.sync()

    def swap_screens(self) -> None:
        self.presentation.swapped = not self.presentation.swapped
        if self.presenting:
            self.place_audience()

    def place_audience(self) -> None:
        """Full screen on the projector, or a resizable preview on the laptop when there is only one screen."""
        screens, primary = QGuiApplication.screens(), QGuiApplication.primaryScreen()
        target = projector_screen(screens, primary, self.presentation.swapped)
        window = self.audience
        if target is None:
            self._show_preview(primary)
            return
        # A window hidden by Esc keeps its full-screen state and its screen: it must be shown again all the same.
        if window.isVisible() and window.isFullScreen() and window.screen() is target:
            window.refresh()
            return
        window.hide()
        window.setScreen(target)
        window.setGeometry(target.geometry())
        # Not showFullScreen(): that also activates the window, and the projector must never take the keyboard.
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.show()
        self._move_main_window(facilitator_screen(screens, primary, self.presentation.swapped))
        self._set_mode("projector")
        window.refresh()

    def _show_preview(self, screen: QScreen | None) -> None:
        window = self.audience
        if self.mode != "preview" or not window.isVisible():
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.hide()
            if screen is not None:
                window.setScreen(screen)
                window.setGeometry(preview_geometry(screen.availableGeometry()))
            window.showNormal()
        self._set_mode("preview")
        window.refresh()

    def _move_main_window(self, screen: QScreen | None) -> None:
        if screen is None or self.main_window.screen() is screen:
            return
        self.main_window.setScreen(screen)
        self.main_window.move(screen.availableGeometry().topLeft())

    def _on_screens_changed(self, *_: object) -> None:
        """A projector plugged in or pulled out while presenting: move to where the room can see it."""
        if self.presenting:
            # Qt may already have moved the window to the remaining screen; re-place it from scratch.
            QTimer.singleShot(0, self.place_audience)

    def _on_focus_window_changed(self, window: object) -> None:
        """Some platforms activate any window that is shown; hand the keyboard straight back to the laptop."""
        if window is not None and window is self.audience.windowHandle():
            self.main_window.activateWindow()

    def _set_mode(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)

    def shutdown(self) -> None:
        """Remove the key filter and close the projector; the main window calls this when it goes."""
        if self._shut_down:
            return
        self._shut_down = True
        with contextlib.suppress(RuntimeError):  # already gone when the application is closing
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self.key_filter)
                app.focusWindowChanged.disconnect(self._on_focus_window_changed)  # type: ignore[attr-defined]
            self.tick.stop()
            self.audience.close()
            self.audience.deleteLater()

    # navigation ----------------------------------------------------------------------------------
    def next_step(self) -> None:
        self.jump(self.ctx.state.step + 1)

    def previous_step(self) -> None:
        self.jump(self.ctx.state.step - 1)

    def jump(self, number: int) -> None:
        if 1 <= number <= LAST_STEP:
            if self.presentation.blank:
                self.presentation.toggle_blank(self.presentation.blank)
            self.ctx.state.set_step(number)

    def toggle_blank(self, mode: str) -> None:
        self.presentation.toggle_blank(mode)

    # results -------------------------------------------------------------------------------------
    def toggle_results(self) -> None:
        """H: reveal or hide the vote on show; without one, hide or show scores and dots on the projector."""
        round_id = self.presentation.round_id
        if round_id is None or self.ctx.state.db is None:
            self.presentation.set_results_hidden(not self.presentation.results_hidden)
            return
        db = self.ctx.db
        shown = bool(vote_service.round_result(db, round_id).round.revealed)
        text = _tr("Dölj resultatet") if shown else _tr("Visa resultatet")
        self.ctx.undo.call(text, lambda: vote_service.set_revealed(db, round_id, not shown),
                           lambda: vote_service.set_revealed(db, round_id, shown), initiator=self)

    # timer ---------------------------------------------------------------------------------------
    def toggle_timer(self) -> None:
        self.countdown.toggle()
        self._timer_touched()

    def add_minutes(self, minutes: int) -> None:
        self.countdown.add(60 * minutes)
        self._timer_touched()

    def set_timer(self, seconds: int, *, remember: bool = False) -> None:
        """Start afresh at a preset; `remember` stores it as this step's default length."""
        self.countdown.reset(seconds)
        if remember and self.ctx.state.db is not None:
            db, step = self.ctx.db, self.ctx.state.step
            old = guidance.timer_seconds(db, step)
            self.ctx.undo.call(_tr("Timerns längd"), lambda: guidance.set_timer_seconds(db, step, seconds),
                               lambda: guidance.set_timer_seconds(db, step, old), initiator=self)
        self._timer_touched()

    def reset_timer(self) -> None:
        self.countdown.reset()
        self._timer_touched()

    def set_muted(self, muted: bool) -> None:
        self.muted = muted
        self.settings.setValue("presenter/muted", "true" if muted else "false")
        self.settings.sync()
        os.chmod(self.settings.fileName(), 0o600)

    def on_tick(self) -> None:
        overtime = self.countdown.remaining() <= 0 and self.countdown.running
        if overtime and not self._was_overtime and not self.muted:
            self._beep()  # one short cue; nothing else happens at zero
        self._was_overtime = overtime
        if self.countdown.touched:
            self._timer_touched()

    def _timer_touched(self) -> None:
        self.audience.refresh_timer()
        self.timer_changed.emit()

    def _load_timer_default(self) -> None:
        if self.ctx.state.db is not None and not self.countdown.touched:
            self.countdown.reset(guidance.timer_seconds(self.ctx.db, self.ctx.state.step))
            self._was_overtime = False
            self.timer_changed.emit()

    def _on_step_changed(self, _step: int) -> None:
        self._digits = ""
        self.presentation.show_round(None)
        self._load_timer_default()

    def _on_database_changed(self) -> None:
        self.presentation.show_round(None)
        self.countdown.reset()
        self._load_timer_default()

    # keys ----------------------------------------------------------------------------------------
    def _key_windows(self) -> list[QWidget]:
        return [self.main_window, self.audience, *self.extra_windows]

    def handle_key(self, key: int, modifiers: Qt.KeyboardModifier, text: str) -> bool:
        """One key press from the filter; True if the presenter used it."""
        if key == Qt.Key.Key_F5:
            self.start(from_first=not modifiers & Qt.KeyboardModifier.ShiftModifier)
            return True
        if not self.presenting:
            return False
        if text.isdigit():
            self._digits = (self._digits + text)[-2:]
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._digits:
            self.jump(int(self._digits))
            self._digits = ""
            return True
        self._digits = ""
        action = self._action_for(key, text)
        if action is None:
            return False
        action()
        return True

    def _action_for(self, key: int, text: str) -> Callable[[], None] | None:
        if key in _NEXT_KEYS:
            return self.next_step
        if key in _PREVIOUS_KEYS:
            return self.previous_step
        by_text: dict[str, Callable[[], None]] = {
            "b": lambda: self.toggle_blank("black"), ".": lambda: self.toggle_blank("black"),
            "w": lambda: self.toggle_blank("white"), ",": lambda: self.toggle_blank("white"),
            "t": self.toggle_timer, "+": lambda: self.add_minutes(1), "=": lambda: self.add_minutes(1),
            "-": lambda: self.add_minutes(-1),
            "h": self.toggle_results, "?": self.overlay_requested.emit,
        }
        if key == Qt.Key.Key_Escape:
            return self.stop
        return by_text.get(text.lower())


def _settings() -> QSettings:
    """The presenter's own preferences (the mute switch), in the user's data folder, readable by the user only."""
    return QSettings(str(user_data_dir() / "presenter.ini"), QSettings.Format.IniFormat)
