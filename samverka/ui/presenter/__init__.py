"""Presenter mode: the audience window on the projector, the presenter panel, timer, keys and tally voting.

The lead calls `install_presenter(main_window, ctx)` once; it uses only public QMainWindow API.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from samverka.ui.context import UiContext
from samverka.ui.presenter.controller import PresenterController
from samverka.ui.presenter.dock import PresenterDock
from samverka.ui.presenter.overlay import ShortcutOverlay
from samverka.ui.presenter.panel import PresenterPanel
from samverka.ui.presenter.strip import PresenterStrip

__all__ = ["PresenterController", "install_presenter"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presenter", text)


def install_presenter(main_window: QMainWindow, ctx: UiContext) -> PresenterController:
    """Add the presenter's menu, its dock panel and its keys to the main window."""
    controller = PresenterController(main_window, ctx)
    panel = PresenterPanel(controller)
    dock = PresenterDock(panel, main_window, controller.settings)
    main_window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    strip = PresenterStrip(controller, main_window)  # the panel folded to one row while presenting
    strip.watch(dock)
    controller.strip = strip
    panel.fold_button.clicked.connect(dock.fold)
    controller.restore_panels()
    controller.panel = panel  # type: ignore[attr-defined]
    controller.dock = dock
    overlay = ShortcutOverlay(main_window)
    controller.extra_windows.append(dock)

    def toggle_overlay() -> None:
        overlay.setVisible(not overlay.isVisible())

    controller.overlay_requested.connect(toggle_overlay)
    controller.overlay = overlay  # type: ignore[attr-defined]
    menu = main_window.menuBar().addMenu("")
    # The keys are handled by the presenter's key filter (so they step aside while typing); the menu shows them.
    entries = [
        (QT_TRANSLATE_NOOP("Presenter", "Börja från första steget\tF5"), lambda: controller.start(from_first=True)),
        (QT_TRANSLATE_NOOP("Presenter", "Börja från det här steget\tSkift+F5"),
         lambda: controller.start(from_first=False)),
        (QT_TRANSLATE_NOOP("Presenter", "Sluta visa\tEsc"), controller.stop),
        (QT_TRANSLATE_NOOP("Presenter", "Svart skärm\tB"), lambda: controller.toggle_blank("black")),
        (QT_TRANSLATE_NOOP("Presenter", "Vit skärm\tW"), lambda: controller.toggle_blank("white")),
        (QT_TRANSLATE_NOOP("Presenter", "Visa/dölj resultat\tH"), controller.toggle_results),
        (QT_TRANSLATE_NOOP("Presenter", "Byt skärmar"), controller.swap_screens),
        (QT_TRANSLATE_NOOP("Presenter", "Kortkommandon\t?"), toggle_overlay),
    ]
    actions: list[tuple[QAction, str]] = []
    for source, slot in entries:
        action = QAction(main_window)
        action.triggered.connect(slot)
        menu.addAction(action)
        actions.append((action, str(source)))
    menu.addSeparator()
    menu.addAction(dock.toggleViewAction())

    def retranslate() -> None:
        menu.setTitle(_tr("&Presentera"))
        dock.setWindowTitle(_tr("Presentatör"))
        for action, source in actions:
            action.setText(_tr(source))

    retranslate()
    controller.language_changed.connect(retranslate)
    controller.menu = menu  # type: ignore[attr-defined]
    return controller
