"""The facilitator's window: the step navigator, the step pages, the message bar and the menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from samverka import __version__
from samverka.core.changes import Changes
from samverka.errors import KnownError
from samverka.ui import geometry
from samverka.ui.context import UiContext
from samverka.ui.folders import default_folder, remember_folder
from samverka.ui.i18n import Languages
from samverka.ui.menus import MainMenus
from samverka.ui.settings import Settings
from samverka.ui.widgets.message_bar import MessageBar
from samverka.ui.widgets.navigator import StepNavigator, evaluate_progress
from samverka.ui.widgets.shortcuts_overlay import ShortcutsOverlay
from samverka.ui.widgets.welcome import WelcomePage
from samverka.workflow.missing import Missing
from samverka.workflow.steps import step as step_info

if TYPE_CHECKING:
    from samverka.models.db import Database
    from samverka.ui.steps.base import StepPage

BACKUP_CHECK_MS = 60_000
# The backup check reads the file's edit count, so it runs every so many edits (and on its timer), not after each.
BACKUP_CHECK_EDITS = 10

PROGRESS_DELAY_MS = 250


class MainWindow(QMainWindow):
    file_opened = Signal(str)

    def __init__(self, ctx: UiContext, settings: Settings, languages: Languages) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.languages = languages
        self.pages: dict[int, StepPage] = {}
        self._page_frames: dict[int, QScrollArea] = {}
        self._placed = False
        self._placed_size = QSize()
        # Other parts (the presenter mode) add their keys to the "?" overlay: a callable giving translated
        # (keys, description) pairs, read each time the language changes (call refresh_shortcuts() after adding).
        self.shortcut_providers: list[Callable[[], list[tuple[str, str]]]] = []
        self.presenter: object | None = None  # set by app.install_presenter_mode when that part is present
        self._build()
        self.menus = MainMenus(self)
        self._connect()
        self.retranslate_ui()
        self._restore_geometry()
        self._show_database()

    # building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.navigator = StepNavigator(self)
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setContentsMargins(10, 8, 10, 8)
        self.banner.setStyleSheet("#readOnlyBanner { background: #fff4d6; color: #6b4a00;"
                                  " border: 1px solid #c99a2e; border-radius: 4px; }")
        self.banner.hide()
        self.message_bar = MessageBar(self)
        self.step_title = QLabel(self)
        self.step_title.setProperty("role", "title")
        self.step_title.setContentsMargins(0, 4, 0, 0)
        self.step_question = QLabel(self)
        self.step_question.setWordWrap(True)
        self.step_question.setProperty("role", "question")
        self.step_question.setContentsMargins(0, 2, 0, 4)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(self)
        self.stack.addWidget(self.welcome)

        right = QWidget(self)
        box = QVBoxLayout(right)
        box.setContentsMargins(12, 8, 12, 8)
        box.addWidget(self.banner)
        box.addWidget(self.step_title)
        box.addWidget(self.step_question)
        box.addWidget(self.stack, 1)
        self.message_bar.float_over(right)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 1130])
        self.splitter.setChildrenCollapsible(False)
        holder = QWidget(self)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setCentralWidget(holder)
        self.overlay = ShortcutsOverlay(holder)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self.refresh_progress)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.take_backup_if_due)
        self._edits_since_backup_check = 0
        self._backup_timer.start()

    def _connect(self) -> None:
        bus, state = self.ctx.bus, self.ctx.state
        bus.changed.connect(self._on_changed)
        bus.error_raised.connect(self.message_bar.show_error)
        bus.warning_raised.connect(self.message_bar.show_warning)
        bus.info_raised.connect(self.message_bar.show_info)
        state.step_changed.connect(self._show_step)
        self.navigator.step_chosen.connect(self.go_to_step)
        self.navigator.missing_chosen.connect(self.show_missing)
        self.navigator.missing.set_open(self.settings.missing_open)
        self.navigator.missing.toggled.connect(self._missing_toggled)
        # The stack lives as long as this window, so none of its signals reach a deleted window. There is no
        # "modified" mark in the title: every edit is saved the moment it is made.
        self.ctx.undo.stack.setParent(self)

    def retranslate_ui(self) -> None:
        self.menus.retranslate()
        self.refresh_shortcuts()
        self._update_title()
        self._update_step_header()
        self._update_banner()

    # opening ------------------------------------------------------------------------------------
    def open_path(self, location: str, *, read_only: bool = False) -> bool:
        from samverka.core.collaboration_service import open_collaboration

        try:
            db = open_collaboration(location, read_only=read_only)
        except KnownError as exc:
            self.message_bar.show_error(str(exc))
            if not Path(location).exists():
                self.settings.remove_recent(location)
                self.menus.rebuild_recent()
            return False
        self.set_database(db)
        return True

    def set_database(self, db: Database | None) -> None:
        self.flush_edits()
        old = self.ctx.state.db
        self.ctx.undo.clear()
        self.ctx.state.set_database(db)
        if old is not None and old is not db:
            old.close()
        if db is not None:
            self.settings.add_recent(db.location)
            self.menus.rebuild_recent()
            self.file_opened.emit(db.location)
        self._show_database()

    def new_collaboration(self) -> None:
        from samverka.core.collaboration_service import new_collaboration
        from samverka.ui.dialogs.new_collaboration import NewCollaborationDialog

        answer = NewCollaborationDialog.ask(self, default_folder(self.settings, "collaboration"))
        if answer is None:
            return
        remember_folder(self.settings, "collaboration", answer.path)
        try:
            db = new_collaboration(
                answer.path, name=answer.name, kommun=answer.kommun, lokalpolisomrade=answer.lokalpolisomrade,
                period_start=answer.period_start, period_end=answer.period_end, parties=True,
            )
        except KnownError as exc:
            self.message_bar.show_error(str(exc))
            return
        self.set_database(db)
        self.go_to_step(1)

    def open_dialog(self) -> None:
        start = str(default_folder(self.settings, "collaboration"))
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Öppna samverkan"), start, self.tr("Samverka-filer (*.samverka);;Alla filer (*)")
        )
        if chosen:
            remember_folder(self.settings, "collaboration", chosen)
            self.open_path(chosen)

    def open_demo(self) -> None:
        """A fresh copy of the Lund demo (built in a couple of seconds), so it can be changed freely."""
        from samverka.ui.app import fresh_demo_copy

        self.message_bar.show_info(self.tr("Skapar en ny kopia av demosamverkan…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()  # show the note before the work starts
        try:
            path = fresh_demo_copy()
        except KnownError as exc:
            self.message_bar.show_error(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.message_bar.clear()
        self.open_path(str(path))

    def export_dialog(self) -> None:
        """Arkiv → Exportera… (the export dialog belongs to the documents part of the app)."""
        from samverka.ui.dialogs.export_dialog import ExportDialog

        self.flush_edits()
        ExportDialog.ask(self, self.ctx)

    def restore_dialog(self) -> None:
        """Arkiv → Återställ säkerhetskopia…: choose a backup, close the file, restore it, open it again."""
        db = self.ctx.state.db
        if db is None or db.path is None:
            self.message_bar.show_info(self.tr("Säkerhetskopior finns bara för samverkansfiler (.samverka)."))
            return
        from samverka.ui.dialogs.restore_dialog import restore_interactively

        path = str(db.path)
        self.flush_edits()
        if restore_interactively(self, path, lambda: self.set_database(None)):
            self.open_path(path)

    def scrub_change_log(self) -> None:
        """Arkiv → Rensa personnummer ur ändringsloggen…: mask identity numbers that the log still holds."""
        from samverka.core.pii_scan import scrub_audit  # noqa: PLC0415

        db = self.ctx.state.db
        if db is None:
            return
        answer = QMessageBox.question(self, self.tr("Rensa ändringsloggen"), self.tr(
            "Personnummer och samordningsnummer i ändringsloggen ersätts med stjärnor. Texterna i samverkan "
            "ändras inte, och äldre säkerhetskopior innehåller dem fortfarande. Fortsätt?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.flush_edits()
        try:
            changed = scrub_audit(db)
        except KnownError as exc:
            self.message_bar.show_error(str(exc))
            return
        self.message_bar.show_info(self.tr("{0} poster i ändringsloggen rensades.").format(changed))

    # pages --------------------------------------------------------------------------------------
    def page(self, step: int) -> StepPage:
        page = self.pages.get(step)
        if page is None:
            from samverka.ui.pages import make_page  # the pages' machinery loads after the window's frame

            frame = QScrollArea(self.stack)
            frame.setObjectName(f"pageFrame{step}")
            frame.setFrameShape(QScrollArea.Shape.NoFrame)
            frame.setWidgetResizable(True)
            page = make_page(self.ctx, step, frame)
            # A page wider or taller than the room left for it scrolls instead of widening the window: the
            # window's minimum size never depends on which pages were opened (issue 12: 1697 px on step 4).
            frame.setWidget(page)
            self.pages[step] = page
            self._page_frames[step] = frame
            self.stack.addWidget(frame)
        return page

    def go_to_step(self, step: int) -> None:
        if self.ctx.state.db is None or not 1 <= step <= 10:
            return
        self.flush_edits()
        self.ctx.state.set_step(step)
        self._show_step(step)

    def _show_step(self, step: int) -> None:
        if self.ctx.state.db is None:
            return
        page = self.page(step)
        if self.message_bar.level == "info":
            self.message_bar.clear()  # a note about the last step would hide this step's heading
        self.stack.setCurrentWidget(self._page_frames[step])
        self.navigator.set_page_lists_missing(getattr(page, "lists_missing", None))
        with QSignalBlocker(self.navigator.list):
            self.navigator.set_current(step)
        self._update_step_header()

    def current_page(self) -> StepPage | None:
        widget = self.stack.currentWidget()
        inner = widget.widget() if isinstance(widget, QScrollArea) else None
        return next((page for page in self.pages.values() if page is inner), None)

    def show_missing(self, missing: Missing) -> None:
        """A click on a missing item: its step, then the page's own `focus_missing(missing)` if it has one,
        else the row (or field) it names."""
        if self.ctx.state.db is None:
            return
        self.go_to_step(missing.step)
        page = self.current_page()
        if page is None:
            return
        handler = getattr(page, "focus_missing", None)
        if callable(handler) and handler(missing) is not False:  # the page found its place (True, or no answer)
            return
        from samverka.ui.missing_focus import focus_generic  # the tables' code loads with the first page

        if not focus_generic(page, missing):
            page.setFocus()

    def _missing_toggled(self, on: bool) -> None:
        self.settings.missing_open = on

    def flush_edits(self) -> None:
        """Save typing that is waiting for its pause, so nothing is lost when leaving a page or closing."""
        focus = QApplication.focusWidget()
        if focus is not None and self.stack.isAncestorOf(focus):
            focus.clearFocus()  # an open table cell editor commits when it loses focus
        from samverka.ui.widgets.form import BoundForm

        for form in self.findChildren(BoundForm):
            form.flush()

    def _show_database(self) -> None:
        has_db = self.ctx.state.db is not None
        self._update_title()  # the name first: it is what shows the file is open
        self.navigator.setEnabled(has_db)
        self.menus.set_has_database(has_db)
        self.step_title.setVisible(has_db)
        self.step_question.setVisible(has_db)
        if has_db:
            self._show_step(self.ctx.state.step)
            self.refresh_progress()
        else:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.refresh(self.settings.recent_files)
            self.navigator.set_progress({})
        self._update_banner()

    # refresh ------------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        self._progress_timer.start()
        if initiator is not None and self.message_bar.level == "error":
            # The facilitator's next saved edit has put a refusal right or moved on; a change from elsewhere (an
            # import finishing, undo) leaves an unread message where it is.
            self.message_bar.clear()
        from samverka.dto import CollaborationRow

        if changes.touches(CollaborationRow):
            known = changes.rows_of(CollaborationRow)
            self._update_title(known[-1].name if known and changes.all_rows_known(CollaborationRow) else None)
        self._edits_since_backup_check += 1
        if self._edits_since_backup_check >= BACKUP_CHECK_EDITS:
            self.take_backup_if_due()

    def take_backup_if_due(self) -> None:
        """Rotating backups: cheap when nothing changed; copies after enough edits or time."""
        self._edits_since_backup_check = 0
        db = self.ctx.state.db
        if db is None or db.read_only or db.path is None:
            return
        from samverka.core.backups import maybe_backup

        try:
            maybe_backup(db)
        except KnownError as exc:
            self.message_bar.show_warning(str(exc))

    def refresh_progress(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        try:
            progress = evaluate_progress(db)
        except KnownError as exc:
            self.message_bar.show_warning(str(exc))
            return
        self.navigator.set_progress(progress)

    def refresh_shortcuts(self) -> None:
        self.overlay.set_entries(self.menus.shortcut_entries())

    def _update_title(self, name: str | None = None) -> None:
        """The collaboration's name and file; `name` when the change that prompted this already carries it."""
        db = self.ctx.state.db
        if db is None:
            self.setWindowTitle("Samverka")
            return
        if name is None:
            from samverka.core.collaboration_service import get_collaboration

            try:
                name = get_collaboration(db).name
            except KnownError:
                name = "Samverka"
        suffix = f" [{self.tr('skrivskyddad')}]" if db.read_only else ""
        self.setWindowTitle(f"{name} — {db.location}{suffix}")

    def _update_step_header(self) -> None:
        info = step_info(self.ctx.state.step)
        self.step_title.setText(self.tr("Steg {0}: {1}").format(info.number, info.title))
        self.step_question.setText(str(info.question))

    def _update_banner(self) -> None:
        db = self.ctx.state.db
        if db is None or not db.read_only:
            self.banner.hide()
            return
        holder: Any = getattr(db, "lock_holder", None)
        reason = str(holder) if holder is not None else self.tr("Filen är öppnad skrivskyddat.")
        self.banner.setText(self.tr("Skrivskyddad: du kan läsa men inte ändra.") + " " + reason)
        self.banner.show()

    # keys, help and closing ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # "?" only reaches the window when no text field took it, so typing a question mark still works.
        if event.text() == "?":
            self.overlay.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Om Samverka"), self.tr(
            "Samverka {0}\n\nStöd för lokal samverkan mellan kommun och polis: från lägesbild och "
            "orsaksanalys till åtgärdsplan, medborgarlöften, undertecknad överenskommelse och uppföljning.\n\n"
            "Allt sparas i filen på din dator; programmet använder inte nätverket."
        ).format(__version__))

    def set_language(self, code: str) -> None:
        self.flush_edits()
        self.settings.language = code
        self.languages.apply(code)
        self.menus.sync_language(code)
        QCoreApplication.processEvents()
        self.retranslate_ui()
        self.navigator.retranslate_ui()
        for page in self.pages.values():
            page.retranslate_ui()
            if self.ctx.state.db is not None:
                page.refresh()
        self.welcome.retranslate_ui()
        self.message_bar.retranslate_ui()
        self.refresh_progress()  # the missing-lists come from the rules in the chosen language

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_edits()
        self.settings.placement = geometry.Placement(self.normalGeometry(), self.isMaximized())
        self.settings.window_state = self.saveState()
        self.settings.sync()
        db = self.ctx.state.db
        if db is not None:
            db.close()  # releases the writer lock; every edit is already committed
        shutdown = getattr(self.presenter, "shutdown", None)
        if callable(shutdown):
            shutdown()  # the projector closes with the window: the room must not keep a picture of a closed file
        super().closeEvent(event)

    def restore_state(self) -> bool:
        """Dock widgets added after construction (the presenter panel) get their remembered layout back."""
        state = self.settings.window_state
        return state is not None and self.restoreState(state)

    def _restore_geometry(self) -> None:
        """Maximised the first time; else where it was, fitted inside a screen that exists now."""
        placement = geometry.restore(self.settings.placement)
        self.setGeometry(placement.rect)
        self._placed_size = placement.rect.size()
        if placement.maximized:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            QTimer.singleShot(0, self.keep_on_screen)  # once the window manager has added its frame

    def keep_on_screen(self) -> None:
        """Move the window (with its frame) inside its screen's available area, shrinking it if it must."""
        screen = self.screen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        if self.size() != self._placed_size:
            return  # sized on purpose after the placement (a script or a test): not ours to correct
        area = screen.availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        margins = (inner.x() - frame.x(), inner.y() - frame.y(),
                   frame.right() - inner.right(), frame.bottom() - inner.bottom())
        if not any(margins):
            return  # no window manager frame (offscreen, kiosk): the placement before showing already fits
        width = min(inner.width(), area.width() - margins[0] - margins[2])
        height = min(inner.height(), area.height() - margins[1] - margins[3])
        if (width, height) != (inner.width(), inner.height()):
            self.resize(max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height()))
            frame = self.frameGeometry()
        target = geometry.fit_frame(frame, area)
        if target is not None:
            self.move(target)
