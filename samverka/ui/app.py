"""The composition root: builds the application, the shared context and the main window, then runs.

The window frame is shown first; the collaboration is opened right after the first paint, so the
window appears at once even for a large file. Imports inside functions are deliberate: Qt, the services and the
pages load only when they are needed, after the frame is painted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from samverka.ui import crash

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from samverka.ui.main_window import MainWindow

STYLE_SHEET = """
QLabel[role="title"] { font-size: 15pt; font-weight: bold; color: #14202b; }
QLabel[role="section"] { font-weight: bold; color: #14202b; }
QLabel[role="question"] { color: #3b4a5a; font-style: italic; }
QLabel[role="error"] { color: #a3170a; }
QLabel[role="guidance"] { color: #4a5866; }
QLabel[role="flag"] { color: #6b4a00; background: #fff4d6; border-radius: 3px; padding: 4px; }
QListWidget#stepList::item { padding: 6px 4px; }
QListWidget#stepList::item:selected { background: #1f5f99; color: white; }
"""


def fresh_demo_copy() -> Path:
    """A new copy of the Lund demo in the user's folder, so the demo can be changed freely (a copy of the demo
    built once, samverka.core.demo_file)."""
    from samverka.core.demo_file import fresh_demo_copy as copy_demo  # noqa: PLC0415

    return copy_demo()


def run_gui(options: argparse.Namespace) -> int:
    os.umask(0o077)  # every file the app writes (settings, logs, copies) is private to the user
    crash.install(show_dialogs=not getattr(options, "no_err_windows", False))
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from samverka.ui.source_cache import forget_module_sources

    forget_module_sources()  # about 30 MB less for a session that visits every step
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    # The presenter part loads the services; it is installed right after the first paint.
    window = build_window(app, getattr(options, "lang", None), presenter=False)
    window.show()
    tell_about_previous_crash(window)

    def load() -> None:
        # The collaboration first (its name, step marks and current page); then, on a worker thread, what the
        # first edit and the presenter mode need, so input is never blocked by it; then the presenter mode.
        open_requested(window, options)
        after_first_paint(window, lambda: QTimer.singleShot(WARM_UP_AFTER_MS, window, lambda: warm_up(
            window, lambda: install_presenter_mode(window))), fallback_ms=50)

    after_first_paint(window, load)
    status = int(app.exec())
    # Work still running on a worker thread (the warm-up, when the window closes at once) must not outlive
    # the objects it reports to: Python tears them down as the process exits.
    QThreadPool.globalInstance().waitForDone()
    return status


# Pure-Python modules (no Qt) that the first edit, the presenter mode and most pages need; importing them takes
# a few hundred milliseconds, done on a worker thread after the first screen while the window stays responsive.
WARM_UP_MODULES = ("samverka.models.orm", "samverka.core.vote_service", "samverka.core.guidance")
WARM_UP_AFTER_MS = 300  # a click right after the first screen does not share the processor with it


def warm_up(window: QWidget, then: Callable[[], None]) -> None:
    """Import WARM_UP_MODULES on a worker thread, then call `then` on the GUI thread."""
    import importlib

    from samverka.ui.tasks import run_task

    def work(_progress: object) -> None:
        for name in WARM_UP_MODULES:
            importlib.import_module(name)

    run_task(window, None, work, lambda _result: then())


def tell_about_previous_crash(window: MainWindow) -> None:
    logs = crash.unseen_crash_logs()
    if logs:
        from PySide6.QtCore import QCoreApplication

        window.message_bar.show_warning(QCoreApplication.translate(
            "App", "Samverka avslutades oväntat förra gången. Dina ändringar var redan sparade. "
                   "Detaljerna finns i {0}").format(logs[-1]))


def after_first_paint(window: QWidget, callback: Callable[[], None], fallback_ms: int = 400) -> None:
    """Run `callback` once the empty frame has been painted (or after `fallback_ms`), so the window
    appears at once and the collaboration loads into it."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    done: list[bool] = []

    def fire() -> None:
        if not done:
            done.append(True)
            callback()

    class Painted(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not done:
                QTimer.singleShot(0, window, fire)
            return False

    painted = Painted(window)
    window.installEventFilter(painted)
    # The window is each timer's context: a window closed before they fire (a test's) cancels them.
    QTimer.singleShot(fallback_ms, window, fire)


def build_window(app: QApplication, lang: str | None = None, *, presenter: bool = True) -> MainWindow:
    """Fonts, translations, settings and the context, wired into one MainWindow."""
    from samverka.ui.context import make_context
    from samverka.ui.fonts import install_fonts
    from samverka.ui.i18n import Languages
    from samverka.ui.main_window import MainWindow
    from samverka.ui.settings import Settings

    app.setApplicationName("Samverka")
    app.setOrganizationName("Samverka")
    install_fonts(app)
    app.setStyleSheet(STYLE_SHEET)
    settings = Settings()
    languages = Languages()
    languages.apply(lang or settings.language)
    ctx = make_context()
    window = MainWindow(ctx, settings, languages)
    if presenter:
        install_presenter_mode(window)
    return window


def install_presenter_mode(window: MainWindow) -> None:
    """The audience window and presenter panel. One "?" overlay lists the window's keys and the presenter's."""
    from samverka.ui.presenter import install_presenter  # loads the services
    from samverka.ui.presenter.overlay import shortcut_rows
    controller = install_presenter(window, window.ctx)
    controller.overlay_requested.disconnect()
    controller.overlay_requested.connect(window.overlay.toggle)
    window.presenter = controller
    help_action = window.menus.help_menu.menuAction()  # Hjälp stays the last menu
    window.menuBar().removeAction(help_action)
    window.menuBar().addAction(help_action)
    window.shortcut_providers.append(shortcut_rows)
    window.refresh_shortcuts()
    window.restore_state()  # where the presenter panel sits (beside the pages or floating)
    controller.restore_panels()  # shown only if the facilitator left it shown


def open_requested(window: MainWindow, options: argparse.Namespace) -> None:
    if getattr(options, "demo", False):
        window.open_demo()
    elif getattr(options, "file", None):
        window.open_path(options.file, read_only=bool(getattr(options, "read_only", False)))
