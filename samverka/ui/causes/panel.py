"""The side panel for the selected cause: its kind, confidence, votes and placement; evidence; measures;
and the situational-prevention techniques that fit it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samverka import vocab
from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.core.cause_links import EvidenceOption
from samverka.dto import CauseEvidenceRow, CauseRow, MeasureRow, ObservationRow, Row, SurveyResultRow
from samverka.ui.causes.actions import CauseActions

ROLE = Qt.ItemDataRole.UserRole


def _fill(combo: QComboBox, items: Sequence[tuple[str, object]], current: object) -> None:
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def _choices(choices: vocab.Choices) -> list[tuple[str, object]]:
    return [(vocab.label(choices, code), code) for code in choices]


class CausePanel(QWidget):
    def __init__(self, actions: CauseActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = actions
        self.graph: cs.CauseGraph | None = None
        self.cause_id: int | None = None
        self.evidence_labels: dict[tuple[type[Row], int], str] = {}
        self.measures_stale = True  # the measures are read for a newly chosen cause, or after they changed
        self._measures_of: int | None = None
        self._build()
        self.retranslate_ui()
        self.show_cause(None, None)

    # --- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("causeTitle")
        layout.addWidget(self.title)
        self.details = QWidget()
        form = QFormLayout(self.details)
        self.kind, self.confidence = QComboBox(), QComboBox()
        self.side, self.role, self.bone, self.perspective = QComboBox(), QComboBox(), QComboBox(), QComboBox()
        self.votes = QSpinBox()
        self.votes.setRange(0, 100000)
        self.vote_button = QPushButton()
        votes_row = QHBoxLayout()
        votes_row.addWidget(self.votes)
        votes_row.addWidget(self.vote_button)
        self.labels = [QLabel() for _ in range(7)]
        rows: list[QWidget | QHBoxLayout] = [self.kind, self.confidence, votes_row, self.side, self.role, self.bone,
                                             self.perspective]
        for label, row in zip(self.labels, rows, strict=True):
            form.addRow(label, row)
        layout.addWidget(self.details)
        layout.addWidget(self._evidence_box())
        layout.addWidget(self._measure_box())
        self.techniques_box = QGroupBox()
        tech_layout = QVBoxLayout(self.techniques_box)
        self.techniques = QListWidget()
        self.techniques.setWordWrap(True)
        tech_layout.addWidget(self.techniques)
        layout.addWidget(self.techniques_box)
        self._connect()

    def _evidence_box(self) -> QGroupBox:
        self.evidence_box = QGroupBox()
        box = QVBoxLayout(self.evidence_box)
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(90)
        self.evidence_remove = QPushButton()
        self.evidence_choice = QComboBox()
        self.evidence_choice.setEditable(True)
        self.evidence_choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.evidence_add = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.evidence_choice, 1)
        row.addWidget(self.evidence_add)
        box.addWidget(self.evidence)
        box.addWidget(self.evidence_remove)
        box.addLayout(row)
        return self.evidence_box

    def _measure_box(self) -> QGroupBox:
        self.measure_box = QGroupBox()
        box = QVBoxLayout(self.measure_box)
        self.measures = QListWidget()
        self.measures.setMaximumHeight(90)
        self.measure_title = QLineEdit()
        self.measure_new = QPushButton()
        new_row = QHBoxLayout()
        new_row.addWidget(self.measure_title, 1)
        new_row.addWidget(self.measure_new)
        self.measure_choice = QComboBox()
        self.measure_link = QPushButton()
        link_row = QHBoxLayout()
        link_row.addWidget(self.measure_choice, 1)
        link_row.addWidget(self.measure_link)
        box.addWidget(self.measures)
        box.addLayout(new_row)
        box.addLayout(link_row)
        return self.measure_box

    def _connect(self) -> None:
        for combo, name in ((self.kind, "kind"), (self.confidence, "confidence"), (self.side, "triangle_side"),
                            (self.role, "controller_role"), (self.bone, "fishbone_bone"),
                            (self.perspective, "perspective")):
            combo.activated.connect(self._field_setter(combo, name))
        self.votes.editingFinished.connect(self._votes_edited)
        self.vote_button.clicked.connect(self._add_vote)
        self.evidence_add.clicked.connect(self._link_evidence)
        self.evidence_remove.clicked.connect(self._unlink_evidence)
        self.measure_new.clicked.connect(self._new_measure)
        self.measure_title.returnPressed.connect(self._new_measure)
        self.measure_link.clicked.connect(self._link_measure)

    def retranslate_ui(self) -> None:
        texts = [self.tr("Typ"), self.tr("Säkerhet"), self.tr("Röster"), self.tr("Triangelsida"),
                 self.tr("Kontrollant"), self.tr("Fiskben"), self.tr("Perspektiv")]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.vote_button.setText(self.tr("+1 röst"))
        self.evidence_box.setTitle(self.tr("Belägg (iakttagelser och mätresultat)"))
        self.evidence_add.setText(self.tr("Koppla"))
        self.evidence_remove.setText(self.tr("Ta bort markerat belägg"))
        self.measure_box.setTitle(self.tr("Åtgärder som angriper orsaken"))
        self.measure_title.setPlaceholderText(self.tr("Rubrik för en ny åtgärd"))
        self.measure_new.setText(self.tr("Ny åtgärd för denna orsak"))
        self.measure_link.setText(self.tr("Koppla befintlig"))
        self.techniques_box.setTitle(self.tr("Förslag bland de 25 situationella teknikerna"))

    # --- showing ----------------------------------------------------------------------------------------------
    def set_evidence_options(self, options: list[EvidenceOption]) -> None:
        self.evidence_labels = {(o.kind, o.id): o.label for o in options}
        _fill(self.evidence_choice, [(o.label, (o.kind, o.id)) for o in options], None)

    def show_cause(self, graph: cs.CauseGraph | None, cause_id: int | None) -> None:
        self.graph = graph
        self.cause_id = cause_id if graph is not None and cause_id in graph else None
        enabled = self.cause_id is not None and not self.ops.ctx.read_only
        for widget in (self.details, self.evidence_box, self.measure_box, self.techniques_box):
            widget.setEnabled(enabled)
        if graph is None or self.cause_id is None:
            self.title.setText(self.tr("Markera en orsak för att se och ändra dess detaljer."))
            for lst in (self.evidence, self.measures, self.techniques):
                lst.clear()
            return
        node = graph.node(self.cause_id)
        self.title.setText(f"<b>{_escape(node.cause.text)}</b>")
        self._show_fields(graph, node.cause)
        self._show_evidence(node)
        self._show_measures(node)
        self._show_techniques(node.cause.triangle_side, node.cause.controller_role)

    def _show_fields(self, graph: cs.CauseGraph, cause: CauseRow) -> None:
        _fill(self.kind, _choices(vocab.CAUSE_KINDS), cause.kind)
        _fill(self.confidence, _choices(vocab.CONFIDENCE), cause.confidence)
        _fill(self.side, _choices(vocab.TRIANGLE_SIDES), cause.triangle_side)
        _fill(self.role, _choices(vocab.CONTROLLER_ROLES), cause.controller_role)
        _fill(self.perspective, _choices(vocab.PERSPECTIVES), cause.perspective)
        bones: list[tuple[str, object]] = [(self.tr("Inget ben"), "")]
        bones += [(str(b.label), b.name) for b in graph.bones]
        _fill(self.bone, bones, cause.fishbone_bone)
        self.votes.blockSignals(True)
        self.votes.setValue(cause.votes)
        self.votes.blockSignals(False)

    def _show_evidence(self, node: cs.CauseNode) -> None:
        self.evidence.clear()
        for link in node.evidence:
            key: tuple[type[Row], int] = (ObservationRow, link.observation_id) if link.observation_id else (
                SurveyResultRow, link.survey_result_id or 0)
            item = QListWidgetItem(self.evidence_labels.get(key, self.tr("Belägg %1").replace("%1", str(link.id))))
            item.setData(ROLE, link.id)
            self.evidence.addItem(item)

    def _show_measures(self, node: cs.CauseNode) -> None:
        if node.id == self._measures_of and not self.measures_stale:
            return  # an edit of the cause itself does not change its measures
        self._measures_of, self.measures_stale = node.id, False
        self.measures.clear()
        measures = crud.list_rows(self.ops.db, MeasureRow, order_by=("sort_order", "id"))
        linked = [m for m in measures if m.id in node.measure_ids]
        for measure in linked:
            self.measures.addItem(measure.title)
        if not linked:
            self.measures.addItem(self.tr("Ingen åtgärd angriper orsaken än."))
        others = [(m.title, m.id) for m in measures if m.id not in node.measure_ids]
        _fill(self.measure_choice, others, None)
        self.measure_link.setEnabled(bool(others))

    def _show_techniques(self, side: str, role: str) -> None:
        self.techniques.clear()
        suggestions = cs.suggest_techniques(side, role)
        for suggestion in suggestions:
            self.techniques.addItem(f"{suggestion.name} – {suggestion.reason}")
        if not suggestions:
            self.techniques.addItem(self.tr("Placera orsaken på en sida i triangeln för att få förslag."))

    # --- editing ----------------------------------------------------------------------------------------------
    def _cause(self) -> CauseRow | None:
        if self.cause_id is None or self.graph is None or self.cause_id not in self.graph:
            return None
        return self.graph.node(self.cause_id).cause

    def _field_setter(self, combo: QComboBox, name: str) -> Callable[[int], None]:
        def setter(_index: int) -> None:
            cause = self._cause()
            if cause is not None and getattr(cause, name) != combo.currentData():
                self.ops.edit(cause, **{name: combo.currentData()})

        return setter

    def _votes_edited(self) -> None:
        cause = self._cause()
        if cause is not None and self.votes.value() != cause.votes:
            self.ops.edit(cause, votes=self.votes.value())

    def _add_vote(self) -> None:
        cause = self._cause()
        if cause is not None:
            self.ops.edit(cause, votes=cause.votes + 1)

    def _link_evidence(self) -> None:
        data = self.evidence_choice.currentData()
        if self.cause_id is not None and data is not None:
            kind, target = data
            self.ops.link_evidence(self.cause_id, kind, target)

    def _unlink_evidence(self) -> None:
        item = self.evidence.currentItem()
        if item is not None and item.data(ROLE) is not None:
            self.ops.unlink(CauseEvidenceRow, int(item.data(ROLE)))

    def _new_measure(self) -> None:
        title = self.measure_title.text().strip()
        if self.cause_id is not None and title and self.ops.new_measure(self.cause_id, title) is not None:
            self.measure_title.clear()

    def _link_measure(self) -> None:
        measure_id = self.measure_choice.currentData()
        if self.cause_id is not None and measure_id is not None:
            self.ops.link_measure(self.cause_id, int(measure_id))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
