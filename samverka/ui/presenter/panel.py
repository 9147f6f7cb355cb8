"""The presenter panel on the laptop: current and next step, the timer, the clock, the controls and the
facilitator's private notes (the shipped method guidance plus the collaboration's own notes). Never projected.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from samverka.core import guidance
from samverka.core.changes import Changes
from samverka.dto import StepNoteRow
from samverka.errors import language
from samverka.ui.presenter import theme
from samverka.ui.presenter.controller import LAST_STEP, PresenterController
from samverka.ui.presenter.presentation import CAUSE_VIEWS
from samverka.ui.presenter.thumbnail import AudienceThumbnail
from samverka.ui.presenter.voting import VotePanel
from samverka.workflow.steps import step as step_info
from samverka.workflow.steps import step_number

NOTE_SAVE_DELAY_MS = 700
NOW_PIXELS = (18, 17, 16, 15, 14)  # the current step's line, largest first


class TimerBox(QGroupBox):
    """The countdown in large digits, its presets, +/− one minute, and the sound switch."""

    def __init__(self, controller: PresenterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.display = QLabel()
        big = QFont(self.font())
        big.setPixelSize(40)
        big.setBold(True)
        self.display.setFont(big)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setContentsMargins(8, 4, 8, 4)
        self.start_button = QPushButton()
        self.minus_button = QPushButton()
        self.plus_button = QPushButton()
        self.reset_button = QPushButton()
        self.remember_button = QPushButton()
        self.mute_box = QCheckBox()
        self.start_button.clicked.connect(controller.toggle_timer)
        self.minus_button.clicked.connect(lambda: controller.add_minutes(-1))
        self.plus_button.clicked.connect(lambda: controller.add_minutes(1))
        self.reset_button.clicked.connect(controller.reset_timer)
        self.remember_button.clicked.connect(
            lambda: controller.set_timer(controller.countdown.duration, remember=True)
        )
        self.mute_box.toggled.connect(lambda on: controller.set_muted(not on))
        presets = QHBoxLayout()
        presets.setSpacing(4)
        self.preset_buttons = []
        for minutes in guidance.TIMER_PRESETS_MINUTES:
            button = QPushButton(str(minutes))
            button.setMinimumWidth(0)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, m=minutes: controller.set_timer(60 * m))
            presets.addWidget(button)
            self.preset_buttons.append(button)
        self.minutes_label = QLabel("min")
        presets.addWidget(self.minutes_label)
        # Two short rows rather than one long one: the panel stays narrow enough for a 1366 px laptop.
        buttons = QGridLayout()
        buttons.addWidget(self.start_button, 0, 0)
        buttons.addWidget(self.reset_button, 0, 1)
        buttons.addWidget(self.minus_button, 1, 0)
        buttons.addWidget(self.plus_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addLayout(buttons)
        layout.addLayout(presets)
        layout.addWidget(self.remember_button)
        layout.addWidget(self.mute_box)
        controller.timer_changed.connect(self.refresh)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Timer"))
        self.minus_button.setText(self.tr("−1 min  (−)"))
        self.plus_button.setText(self.tr("+1 min  (+)"))
        self.minus_button.setToolTip(self.tr("En minut mindre (−)"))
        self.plus_button.setToolTip(self.tr("En minut till (+)"))
        self.reset_button.setText(self.tr("Nollställ"))
        self.remember_button.setText(self.tr("Spara längden för steget"))
        self.remember_button.setToolTip(self.tr("Timern börjar med den här längden nästa gång steget visas."))
        self.mute_box.setText(self.tr("Ljud vid noll"))
        self.mute_box.setChecked(not self.controller.muted)
        for button in self.preset_buttons:
            button.setToolTip(self.tr("Starta om timern på %1 minuter").replace("%1", button.text().split()[0]))
        self.refresh()

    def refresh(self) -> None:
        countdown = self.controller.countdown
        self.display.setText(countdown.text())
        foreground, background = theme.TIMER_COLOURS[countdown.phase()]
        self.display.setStyleSheet(f"color: {foreground}; background: {background}; border-radius: 6px;")
        self.start_button.setText(self.tr("Paus  (T)") if countdown.running else self.tr("Starta  (T)"))


class NotesBox(QTabWidget):
    """Method guidance (shipped, read-only) and the collaboration's own notes for the current step."""

    def __init__(self, controller: PresenterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ctx = controller.ctx
        self.guidance_view = QTextBrowser()
        self.guidance_view.setOpenExternalLinks(False)
        self.notes_edit = QPlainTextEdit()
        self.vote_panel = VotePanel(controller)
        self.addTab(self.guidance_view, "")
        self.addTab(self.notes_edit, "")
        self.addTab(self.vote_panel, "")
        self._note_step = self.ctx.state.step
        self._saved_text = ""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_note)
        self.notes_edit.textChanged.connect(self._save_timer.start)
        self.ctx.state.step_changed.connect(self.load)
        self.ctx.state.database_changed.connect(self.load)
        self.ctx.bus.changed.connect(self._on_changed)
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.setTabText(0, self.tr("Metodstöd"))
        self.setTabText(1, self.tr("Egna anteckningar"))
        self.setTabText(2, self.tr("Omröstning"))
        self.vote_panel.retranslate_ui()
        self.notes_edit.setPlaceholderText(
            self.tr("Egna anteckningar för det här steget. De visas aldrig på projektorn.")
        )

    def load(self, *_: object) -> None:
        self.save_note()
        step = self.ctx.state.step
        self._note_step = step
        # The panel already names the step, so the guidance's own title is shown as a small heading.
        text = guidance.guidance(step, language())
        self.guidance_view.setMarkdown("### " + text[2:] if text.startswith("# ") else text)
        text = guidance.step_note(self.ctx.db, step) if self.ctx.state.db is not None else ""
        self._saved_text = text
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(text)
        self.notes_edit.blockSignals(False)

    def save_note(self) -> None:
        """Store the own note through the undo stack, once typing pauses (and before the step changes)."""
        self._save_timer.stop()
        text = self.notes_edit.toPlainText()
        if self.ctx.state.db is None or text == self._saved_text:
            return
        db, step, old = self.ctx.db, self._note_step, self._saved_text
        self._saved_text = text
        self.ctx.undo.call(self.tr("Anteckning"), lambda: guidance.set_step_note(db, step, text),
                           lambda: guidance.set_step_note(db, step, old), initiator=self)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(StepNoteRow) and not self.notes_edit.hasFocus():
            self._saved_text = self.notes_edit.toPlainText()  # nothing pending to lose
            self.load()


class PresenterPanel(QWidget):
    """The presenter view's controls, docked in the main window."""

    def __init__(self, controller: PresenterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ctx = controller.ctx
        self.now_label = QLabel()
        self.next_label = QLabel()
        self.mode_label = QLabel()
        self.clock_label = QLabel()
        self.fold_button = QPushButton()
        for label in (self.now_label, self.next_label, self.mode_label):
            label.setWordWrap(True)
            label.setContentsMargins(0, 2, 0, 0)
        self._fit_now_label()
        clock_font = QFont(self.font())
        clock_font.setPixelSize(22)
        self.clock_label.setFont(clock_font)
        self.thumbnail = AudienceThumbnail(controller.audience)
        self.timer_box = TimerBox(controller)
        self.notes = NotesBox(controller)
        self.cause_view_label = QLabel()
        self.cause_view_box = QComboBox()
        for kind in CAUSE_VIEWS:
            self.cause_view_box.addItem("", kind)
        self.cause_view_box.currentIndexChanged.connect(
            lambda: controller.presentation.set_cause_view(str(self.cause_view_box.currentData()))
        )
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # tight: the whole panel down to the timer fits a 768-line laptop under a title bar
        # The step gets the whole width (beside the clock "Nu: 4 · Problembeskrivning" took two lines and
        # pushed the timer below the laptop's edge); the clock sits beside the shorter mode line.
        layout.addWidget(self.now_label)
        layout.addWidget(self.next_label)
        mode = QHBoxLayout()
        mode.addWidget(self.mode_label, 1)
        mode.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(mode)
        layout.addWidget(self.fold_button)
        layout.addWidget(self.thumbnail)
        layout.addLayout(self._control_grid())
        # Which cause view the room sees matters on the cause analysis step only; elsewhere its room goes to the
        # timer (in the room, under a title bar, the timer's minute buttons were below the laptop's edge).
        self.cause_view_row = QWidget()
        cause_row = QVBoxLayout(self.cause_view_row)
        cause_row.setContentsMargins(0, 0, 0, 0)
        cause_row.addWidget(self.cause_view_label)
        cause_row.addWidget(self.cause_view_box)
        layout.addWidget(self.cause_view_row)
        layout.addWidget(self.timer_box)
        layout.addWidget(self.notes, 1)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._refresh_clock)
        self._clock.start()
        self.ctx.state.step_changed.connect(self.refresh)
        controller.presentation.changed.connect(self.refresh)
        controller.mode_changed.connect(self.refresh)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.controller.language_changed.emit()
        super().changeEvent(event)

    def _control_grid(self) -> QGridLayout:
        c = self.controller
        actions = [
            ("previous", c.previous_step), ("next", c.next_step),
            ("start", lambda: c.start(from_first=True)), ("resume", lambda: c.start(from_first=False)),
            ("black", lambda: c.toggle_blank("black")), ("white", lambda: c.toggle_blank("white")),
            ("results", c.toggle_results), ("stop", c.stop),
            ("swap", c.swap_screens), ("keys", c.overlay_requested.emit),
        ]
        grid = QGridLayout()
        grid.setSpacing(4)
        for index, (name, slot) in enumerate(actions):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[name] = button
            grid.addWidget(button, index // 2, index % 2)
        return grid

    def retranslate_ui(self) -> None:
        # Each button: what it does, and its key on a second line (two lines keep the panel narrow).
        texts = {
            "start": (self.tr("Visa från steg 1"), "F5"), "resume": (self.tr("Visa härifrån"), self.tr("Skift+F5")),
            "stop": (self.tr("Sluta visa"), "Esc"), "previous": (self.tr("◀ Föregående"), "←"),
            "next": (self.tr("Nästa ▶"), "→"), "black": (self.tr("Svart skärm"), "B"),
            "white": (self.tr("Vit skärm"), "W"), "results": (self.tr("Visa/dölj resultat"), "H"),
            "swap": (self.tr("Byt skärmar"), ""), "keys": (self.tr("Kortkommandon"), "?"),
        }
        for name, (text, key) in texts.items():
            self.buttons[name].setText(f"{text}\n{key}" if key else f"{text}\n ")
            self.buttons[name].setToolTip(f"{text} ({key})" if key else text)
        self.cause_view_label.setText(self.tr("Orsaker på projektorn:"))
        self.fold_button.setText(self.tr("Fäll ihop till en rad ▾"))
        self.fold_button.setToolTip(self.tr("Ger sidan hela bredden; timern och knapparna finns kvar längst ner."))
        names = {"triangle": self.tr("Brottstriangeln"), "fishbone": self.tr("Fiskben"),
                 "event_chain": self.tr("Händelsekedja"), "tree": self.tr("Orsaksträd"),
                 "whys": self.tr("5 varför (komplement)"), "list": self.tr("Lista med röster")}
        for index in range(self.cause_view_box.count()):
            self.cause_view_box.setItemText(index, names[str(self.cause_view_box.itemData(index))])
        self.timer_box.retranslate_ui()
        self.notes.retranslate_ui()
        self.refresh()

    def refresh(self, *_: object) -> None:
        step = self.ctx.state.step
        self.now_label.setText(self.tr("Nu: %1 · %2").replace("%1", str(step)).replace(
            "%2", str(step_info(step).title)))
        self._fit_now_label()
        if step < LAST_STEP:
            self.next_label.setText(self.tr("Nästa: %1 · %2").replace("%1", str(step + 1)).replace(
                "%2", str(step_info(step + 1).title)))
        else:
            self.next_label.setText(self.tr("Nästa: – (sista steget)"))
        self.mode_label.setText(self._mode_text())
        self.cause_view_row.setVisible(step == step_number("orsaksanalys"))
        self.thumbnail.setVisible(self.controller.mode == "projector")  # a preview window is already in sight
        self.thumbnail.schedule()
        blank = self.controller.presentation.blank
        self.buttons["black"].setDown(blank == "black")
        self.buttons["white"].setDown(blank == "white")
        shown = self.cause_view_box.findData(self.controller.presentation.cause_view)  # the page may have chosen it
        if shown >= 0 and shown != self.cause_view_box.currentIndex():
            with QSignalBlocker(self.cause_view_box):
                self.cause_view_box.setCurrentIndex(shown)
        self._refresh_clock()

    def _fit_now_label(self) -> None:
        """The current step on one line: the largest of 18…14 px that fits the panel's width (a long title such
        as Problembeskrivning would wrap at 18 px and push the timer down)."""
        room = self.now_label.contentsRect().width() if self.now_label.width() > 0 else 0
        for pixels in NOW_PIXELS:
            bold = QFont(self.font())
            bold.setBold(True)
            bold.setPixelSize(pixels)
            if room <= 0 or QFontMetrics(bold).horizontalAdvance(self.now_label.text()) <= room:
                break
        if self.now_label.font() != bold:
            self.now_label.setFont(bold)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_now_label()

    def _mode_text(self) -> str:
        c = self.controller
        if c.mode == "projector":
            text = self.tr("Visas på projektorn.")
        elif c.mode == "preview":
            text = self.tr("En skärm: projektorbilden visas i ett förhandsvisningsfönster.")
        else:
            text = self.tr("Visar inte. Tryck F5 för att börja.")
        if c.presentation.blank:
            text += " " + (self.tr("Skärmen är svart.") if c.presentation.blank == "black"
                           else self.tr("Skärmen är vit."))
        return text

    def _refresh_clock(self) -> None:
        self.clock_label.setText(dt.datetime.now().strftime("%H:%M"))
