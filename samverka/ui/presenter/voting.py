"""Tally voting on the laptop: make a round, type in the room's dots, show it on the projector, reveal it.

Every count goes through the undo stack and the vote service, which refuses counts above the cap or a total
above what the room could have given; the refusal is shown right here, next to the counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.core import crud, vote_service
from samverka.core.changes import Changes
from samverka.dto import CauseRow, MeasureRow, MeetingRow, ProblemCandidateRow, Row, VoteCountRow, VoteRoundRow
from samverka.errors import KnownError
from samverka.ui.context import UiContext
from samverka.ui.presenter.controller import PresenterController
from samverka.workflow.steps import step_number

# Which items a step votes on by default (a round's item kind is the table of what it votes on).
STEP_KINDS: dict[int, type[Row]] = {step_number("prioritering"): ProblemCandidateRow,
                                    step_number("orsaksanalys"): CauseRow, step_number("atgardsplan"): MeasureRow}


@dataclass(frozen=True)
class RoundSettings:
    item_kind: str
    title: str
    votes_per_person: int
    cap_per_item: int
    participants: int
    meeting_id: int | None


@dataclass
class _Made:
    """What an undoable create/delete of a round remembers between do and undo."""

    round_id: int = 0
    snapshot: vote_service.RoundSnapshot | None = None


class NewRoundDialog(QDialog):
    """The settings of a new round: what is voted on, votes per person, cap per item, participants, meeting."""

    def __init__(self, ctx: UiContext, item_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ny omröstning"))
        self.kind_box = QComboBox()
        for code in vocab.VOTE_ITEM_KINDS:
            self.kind_box.addItem(vocab.label(vocab.VOTE_ITEM_KINDS, code), code)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(item_kind)))
        self.title_edit = QLineEdit()
        self.votes = QSpinBox()
        self.votes.setRange(1, 99)
        self.votes.setValue(3)
        self.cap = QSpinBox()
        self.cap.setRange(0, 99)
        self.cap.setSpecialValueText(self.tr("inget tak"))
        self.participants = QSpinBox()
        self.participants.setRange(0, 10000)
        self.participants.setSpecialValueText(self.tr("okänt"))
        self.meeting_box = QComboBox()
        self.meeting_box.addItem(self.tr("(inget möte)"), None)
        for meeting in crud.list_rows(ctx.db, MeetingRow, order_by=("date", "id")):
            when = meeting.date.isoformat() if meeting.date else ""
            self.meeting_box.addItem(f"{when} {meeting.title}".strip(), meeting.id)
        if self.meeting_box.count() > 1:
            self.meeting_box.setCurrentIndex(self.meeting_box.count() - 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Rösta på"), self.kind_box)
        form.addRow(self.tr("Rubrik"), self.title_edit)
        form.addRow(self.tr("Röster per person"), self.votes)
        form.addRow(self.tr("Tak per punkt"), self.cap)
        form.addRow(self.tr("Antal deltagare"), self.participants)
        form.addRow(self.tr("Möte"), self.meeting_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def settings(self) -> RoundSettings:
        return RoundSettings(
            str(self.kind_box.currentData()), self.title_edit.text(), self.votes.value(), self.cap.value(),
            self.participants.value(), self.meeting_box.currentData(),
        )

    @classmethod
    def ask(cls, ctx: UiContext, item_kind: str, parent: QWidget | None = None) -> RoundSettings | None:
        dialog = cls(ctx, item_kind, parent)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None


class VotePanel(QWidget):
    """One round at a time: its items with −/+ and a typed count, the total, and what the projector shows."""

    def __init__(self, controller: PresenterController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ctx = controller.ctx
        self.round_box = QComboBox()
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.show_button = QPushButton()
        self.show_button.setCheckable(True)
        self.reveal_button = QPushButton()
        self.settings_label = QLabel()
        self.total_label = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8A4B00; font-weight: bold;")
        self.table = QTableWidget(0, 4)
        self.table.setMinimumHeight(180)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._spins: dict[int, QSpinBox] = {}
        self._layout()
        self.round_box.currentIndexChanged.connect(self._on_round_chosen)
        self.new_button.clicked.connect(self.new_round)
        self.delete_button.clicked.connect(self.delete_round)
        self.show_button.toggled.connect(self._on_show_toggled)
        self.reveal_button.clicked.connect(self.toggle_reveal)
        self.ctx.bus.changed.connect(self._on_changed)
        self.ctx.state.step_changed.connect(self.reload)
        self.ctx.state.database_changed.connect(self.reload)
        controller.presentation.changed.connect(self._sync_show_button)
        self.retranslate_ui()
        self.reload()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.round_box, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        layout.addWidget(self.settings_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_button)
        bottom.addWidget(self.reveal_button)
        layout.addLayout(bottom)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("Ny omröstning…"))
        self.delete_button.setText(self.tr("Ta bort"))
        self.show_button.setText(self.tr("Visa på projektorn"))
        self.table.setHorizontalHeaderLabels([self.tr("Punkt"), "", self.tr("Röster"), ""])
        self._refresh_round()

    # rounds --------------------------------------------------------------------------------------
    def current_round(self) -> int | None:
        data = self.round_box.currentData()
        return int(data) if data is not None else None

    def reload(self, *_: object) -> None:
        """Fill the round list: the current step's kind of vote first, newest selected."""
        keep = self.current_round()
        self.round_box.blockSignals(True)
        self.round_box.clear()
        if self.ctx.state.db is not None:
            table = STEP_KINDS.get(self.ctx.state.step)
            for row in vote_service.rounds(self.ctx.db, item_kind=table.KIND if table else None):
                self.round_box.addItem(row.title, row.id)
        index = self.round_box.findData(keep) if keep is not None else -1
        self.round_box.setCurrentIndex(index if index >= 0 else self.round_box.count() - 1)
        self.round_box.blockSignals(False)
        self._refresh_round()

    def new_round(self) -> None:
        if self.ctx.state.db is None:
            return
        table = STEP_KINDS.get(self.ctx.state.step, ProblemCandidateRow)
        settings = NewRoundDialog.ask(self.ctx, table.KIND, self)
        if settings is not None:
            self.create_round(settings)

    def create_round(self, settings: RoundSettings) -> int | None:
        """Create through the undo stack; undo removes the round, redo puts the same round back."""
        db = self.ctx.db
        problem_id = self._problem_for(settings.item_kind)
        made = _Made()

        def do() -> Changes:
            if made.snapshot is not None:
                changes = vote_service.restore_round(db, made.snapshot)
                made.snapshot = None
                return changes
            made.round_id, changes = vote_service.create_round(
                db, item_kind=settings.item_kind, title=settings.title, votes_per_person=settings.votes_per_person,
                cap_per_item=settings.cap_per_item, participants=settings.participants,
                meeting_id=settings.meeting_id, problem_id=problem_id,
            )
            return changes

        def undo() -> Changes:
            made.snapshot, changes = vote_service.delete_round(db, made.round_id)
            return changes

        outcome = self.ctx.undo.call(self.tr("Ny omröstning"), do, undo, initiator=self)
        if not outcome:
            self._show_error(outcome.error)
            return None
        self.reload()
        self.round_box.setCurrentIndex(self.round_box.findData(made.round_id))
        return made.round_id

    def _problem_for(self, item_kind: str) -> int | None:
        if item_kind == ProblemCandidateRow.KIND:
            return None
        from samverka.core.projection import View, focus_problem

        state = self.ctx.state
        selection = state.selection.key() if state.selection else None
        return focus_problem(self.ctx.db, View(state.step, selection, state.problem_id))

    def delete_round(self) -> None:
        round_id = self.current_round()
        if round_id is None:
            return
        db = self.ctx.db
        held = _Made(round_id)

        def do() -> Changes:
            held.snapshot, changes = vote_service.delete_round(db, round_id)
            return changes

        def undo() -> Changes:
            assert held.snapshot is not None
            return vote_service.restore_round(db, held.snapshot)

        if self.controller.presentation.round_id == round_id:
            self.controller.presentation.show_round(None)
        self.ctx.undo.call(self.tr("Ta bort omröstning"), do, undo, initiator=self)
        self.reload()

    # counts --------------------------------------------------------------------------------------
    def set_count(self, item_id: int, count: int) -> bool:
        """Store one item's dots; a refused count is explained and the field shows the stored value again."""
        round_id = self.current_round()
        if round_id is None:
            return False
        db = self.ctx.db
        old = vote_service.count_of(db, round_id, item_id)
        if old == count:
            return True
        outcome = self.ctx.undo.call(self.tr("Röster"),
                                     lambda: vote_service.set_count(db, round_id, item_id, count),
                                     lambda: vote_service.set_count(db, round_id, item_id, old), initiator=self)
        if outcome:
            self.message.clear()
        else:
            self._show_error(outcome.error)
        self._refresh_round()
        return outcome.saved

    def step_count(self, item_id: int, delta: int) -> bool:
        round_id = self.current_round()
        if round_id is None:
            return False
        return self.set_count(item_id, max(0, vote_service.count_of(self.ctx.db, round_id, item_id) + delta))

    def _show_error(self, error: KnownError | None) -> None:
        self.message.setText(str(error) if error is not None else self.tr("Ändringen kunde inte sparas."))

    def _refresh_round(self) -> None:
        round_id = self.current_round()
        has_round = round_id is not None and self.ctx.state.db is not None
        for widget in (self.delete_button, self.show_button, self.reveal_button, self.table):
            widget.setEnabled(has_round)
        if not has_round:
            self.table.setRowCount(0)
            self.settings_label.setText(self.tr("Ingen omröstning i det här steget än."))
            self.total_label.clear()
            self.reveal_button.setText(self.tr("Visa resultatet  (H)"))
            return
        assert round_id is not None
        result = vote_service.round_result(self.ctx.db, round_id)
        self._fill_table(result)
        vote_round = result.round
        cap = str(vote_round.cap_per_item) if vote_round.cap_per_item else self.tr("inget")
        people = str(vote_round.participants) if vote_round.participants else self.tr("okänt antal")
        self.settings_label.setText(
            self.tr("%1 röster per person · tak per punkt: %2 · deltagare: %3")
            .replace("%1", str(vote_round.votes_per_person)).replace("%2", cap).replace("%3", people)
        )
        budget = f" / {result.budget}" if result.budget else ""
        self.total_label.setText(self.tr("Inräknat: %1 röster").replace("%1", f"{result.total}{budget}"))
        self.reveal_button.setText(self.tr("Dölj resultatet  (H)") if vote_round.revealed
                                   else self.tr("Visa resultatet  (H)"))
        self._sync_show_button()

    def _fill_table(self, result: vote_service.RoundResult) -> None:
        if [item.item_id for item in result.items] != list(self._spins) or self.table.rowCount() != len(result.items):
            self.table.setRowCount(0)
            self._spins.clear()
            self.table.setRowCount(len(result.items))
            for row, item in enumerate(result.items):
                self._add_row(row, item.item_id)
        for row, item in enumerate(result.items):
            cell = QTableWidgetItem(item.label)
            cell.setToolTip(item.label)
            self.table.setItem(row, 0, cell)
            spin = self._spins[item.item_id]
            if not spin.hasFocus():
                spin.blockSignals(True)
                spin.setValue(item.count)
                spin.blockSignals(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _add_row(self, row: int, item_id: int) -> None:
        minus, plus = QPushButton("−"), QPushButton("+")
        spin = QSpinBox()
        spin.setRange(0, 9999)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        minus.clicked.connect(lambda: self.step_count(item_id, -1))
        plus.clicked.connect(lambda: self.step_count(item_id, 1))
        spin.editingFinished.connect(lambda: self.set_count(item_id, spin.value()))
        self.table.setCellWidget(row, 1, minus)
        self.table.setCellWidget(row, 2, spin)
        self.table.setCellWidget(row, 3, plus)
        self._spins[item_id] = spin

    # the projector -------------------------------------------------------------------------------
    def _on_round_chosen(self) -> None:
        self.message.clear()
        if self.controller.presentation.round_id is not None:
            self.controller.presentation.show_round(self.current_round())
        self._refresh_round()

    def _on_show_toggled(self, on: bool) -> None:
        self.controller.presentation.show_round(self.current_round() if on else None)

    def _sync_show_button(self) -> None:
        shown = self.controller.presentation.round_id
        self.show_button.blockSignals(True)
        self.show_button.setChecked(shown is not None and shown == self.current_round())
        self.show_button.blockSignals(False)

    def toggle_reveal(self) -> None:
        round_id = self.current_round()
        if round_id is None:
            return
        if self.controller.presentation.round_id != round_id:
            self.controller.presentation.show_round(round_id)
        self.controller.toggle_results()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self.ctx.state.db is None:
            return
        if changes.touches(VoteRoundRow) and initiator is not self:
            self.reload()
        elif changes.touches(VoteCountRow, ProblemCandidateRow, CauseRow, MeasureRow):
            self._refresh_round()
