"""The facilitator window's menus and shortcuts (Arkiv, Redigera, Visa, Hjälp).

Single keys without modifiers (F5, B, W, arrows …) belong to the presenter mode, so nothing here takes them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from samverka.workflow.steps import STEPS

if TYPE_CHECKING:
    from samverka.ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def step_key(number: int) -> str:
    return f"Ctrl+{number % 10}"


class MainMenus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        self.language_menu = QMenu(window)
        self.steps_menu = QMenu(window)
        self._file_actions()
        self._edit_actions()
        self._view_actions()
        self._help_actions()
        self.rebuild_recent()

    def _action(self, menu: QMenu, slot: Callable[..., object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.window.addAction(action)  # the shortcut works even while its (sub)menu is closed
        return action

    def _file_actions(self) -> None:
        w, menu = self.window, self.file_menu
        self.new = self._action(menu, w.new_collaboration, QKeySequence.StandardKey.New)
        self.open = self._action(menu, w.open_dialog, QKeySequence.StandardKey.Open)
        self.demo = self._action(menu, w.open_demo)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.export = self._action(menu, w.export_dialog, "Ctrl+E")
        self.next_period = self._action(menu, self._start_next_period)
        self.restore = self._action(menu, w.restore_dialog)
        self.scrub_log = self._action(menu, w.scrub_change_log)
        menu.addSeparator()
        self.quit = self._action(menu, w.close, "Ctrl+Q")

    def _start_next_period(self) -> None:
        from samverka.ui.dialogs.next_period_dialog import start_next_period

        start_next_period(self.window)

    def _edit_actions(self) -> None:
        stack = self.window.ctx.undo.stack
        self.undo = self._action(self.edit_menu, self._undo, QKeySequence.StandardKey.Undo)
        self.redo = self._action(self.edit_menu, self._redo, "Ctrl+Shift+Z")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.indexChanged.connect(lambda _i: self._undo_texts())
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)

    def _undo(self) -> None:
        """Undo, and say what was undone: the field may be out of sight (scrolled away, on another tab)."""
        stack = self.window.ctx.undo.stack
        self._step_and_say(stack.undoText(), stack.undo, tr("Ångrat: {0}"))

    def _redo(self) -> None:
        stack = self.window.ctx.undo.stack
        self._step_and_say(stack.redoText(), stack.redo, tr("Gjort om: {0}"))

    def _step_and_say(self, text: str, step: Callable[[], None], saying: str) -> None:
        refusals: list[str] = []
        bus = self.window.ctx.bus
        bus.error_raised.connect(refusals.append)
        try:
            step()
        finally:
            bus.error_raised.disconnect(refusals.append)
        if text and not refusals:  # a refused undo has said why ("Kunde inte ångra: …"): leave that showing
            self.window.message_bar.show_info(saying.format(text))

    def _undo_texts(self) -> None:
        """"Ångra – Ändra orsakens text": the menu names what will be undone (texts from core/names.py)."""
        try:
            stack = self.window.ctx.undo.stack
            undo, redo = stack.undoText(), stack.redoText()
        except RuntimeError:  # the stack is being destroyed with the window
            return
        self.undo.setText(tr("&Ångra") + (f" – {undo}" if undo else ""))
        self.redo.setText(tr("&Gör om") + (f" – {redo}" if redo else ""))

    def _view_actions(self) -> None:
        w = self.window
        self.step_actions: list[QAction] = []
        for info in STEPS:
            action = self._action(self.steps_menu, lambda _c=False, n=info.number: w.go_to_step(n),
                                  step_key(info.number))
            self.step_actions.append(action)
        self.view_menu.addMenu(self.steps_menu)
        self.next_step = self._action(self.view_menu, lambda: w.go_to_step(w.ctx.state.step + 1), "Ctrl+PgDown")
        self.prev_step = self._action(self.view_menu, lambda: w.go_to_step(w.ctx.state.step - 1), "Ctrl+PgUp")
        self.view_menu.addSeparator()
        group = QActionGroup(w)
        self.swedish = self._action(self.language_menu, lambda: w.set_language("sv"))
        self.english = self._action(self.language_menu, lambda: w.set_language("en"))
        for action in (self.swedish, self.english):
            action.setCheckable(True)
            group.addAction(action)
        self.view_menu.addMenu(self.language_menu)
        self.sync_language(w.languages.code)

    def _help_actions(self) -> None:
        w = self.window
        self.shortcuts = self._action(self.help_menu, w.overlay.toggle, QKeySequence.StandardKey.HelpContents)
        self.about = self._action(self.help_menu, w.show_about)

    def sync_language(self, code: str) -> None:
        (self.english if code == "en" else self.swedish).setChecked(True)

    def set_has_database(self, has_db: bool) -> None:
        for action in (self.export, self.next_period, self.restore, self.scrub_log, self.next_step, self.prev_step,
                       *self.step_actions):
            action.setEnabled(has_db)
        self.steps_menu.setEnabled(has_db)

    def rebuild_recent(self) -> None:
        self.recent_menu.clear()
        files = self.window.settings.recent_files
        for i, location in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1}  {location}")
            action.triggered.connect(lambda _c=False, loc=location: self.window.open_path(loc))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(tr("Töm listan"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(files))

    def _clear_recent(self) -> None:
        self.window.settings.clear_recent()
        self.rebuild_recent()

    def retranslate(self) -> None:
        self.file_menu.setTitle(tr("&Arkiv"))
        self.edit_menu.setTitle(tr("&Redigera"))
        self.view_menu.setTitle(tr("&Visa"))
        self.help_menu.setTitle(tr("&Hjälp"))
        self.new.setText(tr("&Ny samverkan…"))
        self.open.setText(tr("Ö&ppna…"))
        self.demo.setText(tr("Öppna &demosamverkan (Lund)"))
        self.recent_menu.setTitle(tr("&Senaste"))
        self.export.setText(tr("&Exportera…"))
        self.next_period.setText(tr("S&tarta nästa period…"))
        self.restore.setText(tr("Åte&rställ säkerhetskopia…"))
        self.scrub_log.setText(tr("Rensa personnummer ur ändrings&loggen…"))
        self.quit.setText(tr("&Avsluta"))
        self.window.ctx.undo.retranslate()  # "Ändra orsakens text" follows the language too
        self._undo_texts()
        self.steps_menu.setTitle(tr("&Gå till steg"))
        for action, info in zip(self.step_actions, STEPS, strict=True):
            action.setText(f"&{info.number % 10}  {info.title}")
        self.next_step.setText(tr("&Nästa steg"))
        self.prev_step.setText(tr("&Föregående steg"))
        self.language_menu.setTitle(tr("&Språk"))
        self.swedish.setText("Svenska")
        self.english.setText("English")
        self.shortcuts.setText(tr("&Kortkommandon"))
        self.about.setText(tr("&Om Samverka"))
        self.rebuild_recent()

    def shortcut_entries(self) -> list[tuple[str, str]]:
        def key(action: QAction) -> str:
            return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        def clean(action: QAction) -> str:
            return action.text().replace("&", "").replace("…", "").split(" – ")[0]

        entries = [(key(a), clean(a)) for a in (self.new, self.open, self.export, self.quit, self.undo, self.redo,
                                                 self.next_step, self.prev_step)]
        entries.append(("Ctrl+1 … Ctrl+0", tr("Gå till steg 1–10")))
        entries.append(("? / " + key(self.shortcuts), tr("Visa kortkommandon")))
        entries.append(("Insert", tr("Lägg till en rad i tabellen")))
        entries.append(("Delete", tr("Ta bort markerad rad (kan ångras)")))
        entries.append(("F2 / Enter", tr("Redigera markerad cell")))
        entries.append(("Tab / Shift+Tab", tr("Nästa / föregående fält")))
        entries.append(("Alt+" + tr("understruken bokstav"), tr("Menyer och fält")))
        for provider in self.window.shortcut_providers:
            entries.extend(provider())
        return entries
