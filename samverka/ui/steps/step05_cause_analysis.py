"""Orsaksanalys: the problem-analysis triangle, fishbone, five whys and cause tree of one problem's cause graph."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from samverka.core import cause_service as cs
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import CauseRow, MeasureCauseRow, MeasureRow, ObservationRow, ProblemRow, SurveyResultRow
from samverka.errors import KnownError
from samverka.ui.causes.actions import CauseActions
from samverka.ui.causes.canvas import CauseCanvas
from samverka.ui.causes.help import show_help
from samverka.ui.causes.panel import CausePanel
from samverka.ui.causes.render import build_scene, scene_to_png, scene_to_svg
from samverka.ui.causes.scene import VIEW_KINDS
from samverka.ui.context import UiContext
from samverka.ui.state import Selection
from samverka.ui.steps.base import StepPage

ROLE = Qt.ItemDataRole.UserRole


class CausePage(StepPage):
    """`view_kind_changed(kind)` tells the audience window which of the four views the facilitator shows."""

    view_kind_changed = Signal(str)
    STEP = 5

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ops = CauseActions(ctx)
        self.graph: cs.CauseGraph | None = None
        self._dirty: set[str] = set()
        self._stale = False
        # The evidence picker reloads only for another collaboration or when observations or results change.
        self._evidence_stale = True
        self._evidence_db: object = None
        self._build()
        self.retranslate_ui()
        ctx.state.problem_changed.connect(self._problem_changed)
        ctx.state.selection_changed.connect(self._state_selection_changed)
        self.refresh()

    # --- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.problem_label = QLabel()
        self.problems = QComboBox()
        self.problems.activated.connect(self._problem_chosen)
        self.tabs = QTabBar()
        for _ in VIEW_KINDS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._view_changed)
        self.bone_button, self.fit_button = QPushButton(), QPushButton()
        self.image_button, self.help_button = QPushButton(), QPushButton()
        self.bone_button.clicked.connect(self._ask_bone)
        self.bone_button.setVisible(False)  # only the fishbone has bones
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        self.image_button.clicked.connect(self._save_image)
        self.help_button.clicked.connect(lambda: show_help(self))
        top = QHBoxLayout()
        for left in (self.problem_label, self.problems, self.tabs):
            top.addWidget(left)
        top.addStretch(1)
        for button in (self.bone_button, self.fit_button, self.image_button, self.help_button):
            top.addWidget(button)
        self.stack = QStackedWidget()
        self.canvases: dict[str, CauseCanvas] = {}
        for kind in VIEW_KINDS:
            canvas = CauseCanvas(self.ops, kind)
            canvas.setObjectName(f"causeCanvas_{kind}")
            canvas.selection_changed.connect(self._canvas_selected)
            canvas.image_requested.connect(self._save_image)
            self.canvases[kind] = canvas
            self.stack.addWidget(canvas)
        self.panel = CausePanel(self.ops)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(380)
        self.unaddressed_label = QLabel()
        self.unaddressed = QListWidget()
        self.unaddressed.itemActivated.connect(self._unaddressed_chosen)
        self.unaddressed.itemClicked.connect(self._unaddressed_chosen)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(scroll)
        unaddressed_box = QWidget()
        box = QVBoxLayout(unaddressed_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.unaddressed_label)
        box.addWidget(self.unaddressed)
        side.addWidget(unaddressed_box)
        side.setSizes([600, 200])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.stack)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([3000, 420])  # the canvas gets the room; the panel its minimum
        self.stack.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    def retranslate_ui(self) -> None:
        self.problem_label.setText(self.tr("Problem:"))
        names = [self.tr("Problemtriangeln"), self.tr("Fiskbenet"), self.tr("5 varför"), self.tr("Orsaksträdet")]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        self.bone_button.setText(self.tr("Nytt ben…"))
        self.fit_button.setText(self.tr("Anpassa (F)"))
        self.image_button.setText(self.tr("Spara bild…"))
        self.help_button.setText(self.tr("Om metoden"))
        self.unaddressed_label.setText(self.tr("Orsaker som ingen åtgärd angriper än"))
        for canvas in self.canvases.values():
            canvas.retranslate_ui()
        self.panel.retranslate_ui()

    @property
    def view_kind(self) -> str:
        return VIEW_KINDS[self.tabs.currentIndex()]

    @property
    def canvas(self) -> CauseCanvas:
        return self.canvases[self.view_kind]

    def show_view(self, kind: str) -> None:
        self.tabs.setCurrentIndex(VIEW_KINDS.index(kind))

    # --- loading ------------------------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(ObservationRow, SurveyResultRow):
            self._evidence_stale = True
        if changes.touches(MeasureRow, MeasureCauseRow):
            self.panel.measures_stale = True
        if not self.isVisible():
            self._stale = changes.touches(*self.watched) or self._stale  # reload when shown, not for every edit
            return
        super()._on_changed(changes, initiator)

    def can_patch(self, changes: Changes) -> bool:
        """Causes updated in place (text, placement, votes): the graph is patched with the rows handed back."""
        return (self.graph is not None and not self._stale and changes.touches_only(CauseRow)
                and changes.all_rows_known(CauseRow))

    def patch(self, changes: Changes) -> None:
        graph = cs.with_causes(self.graph, changes.rows_of(CauseRow)) if self.graph is not None else None
        if graph is None:
            self.refresh()
            return
        self._show_graph(graph)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible() and self.ctx.state.db is not None:
            self._stale = True  # a hidden page neither reads nor touches the shared problem choice
            return
        self._stale = False
        self.panel.measures_stale = True
        if self.ctx.state.db is None:
            self._show_graph(None)
            return
        db = self.ctx.db
        rows = crud.list_rows(db, ProblemRow, order_by=("sort_order", "id"))
        rows.sort(key=lambda row: not row.in_focus)  # problems in focus first
        self.problems.blockSignals(True)
        self.problems.clear()
        for row in rows:
            title = row.title if row.in_focus else self.tr("%1 (ej i fokus)").replace("%1", row.title)
            self.problems.addItem(title, row.id)
        self.problems.blockSignals(False)
        ids = [row.id for row in rows]
        wanted = self.ctx.state.problem_id if self.ctx.state.problem_id in ids else (ids[0] if ids else None)
        if wanted != self.ctx.state.problem_id:
            self.ctx.state.set_problem(wanted)  # re-enters refresh through _problem_changed
            return
        self.problems.setCurrentIndex(max(0, self.problems.findData(self.ctx.state.problem_id)))
        if self._evidence_stale or self._evidence_db is not db:
            self.panel.set_evidence_options(cs.evidence_options(db))
            self._evidence_stale, self._evidence_db = False, db
        problem = self.ctx.state.problem_id
        self._show_graph(cs.cause_graph(db, problem) if problem is not None else None)

    def _show_graph(self, graph: cs.CauseGraph | None) -> None:
        self.graph = graph
        self._dirty = set(VIEW_KINDS)
        self._sync_current()
        self.panel.show_cause(graph, self.canvas.selected_id)
        self.unaddressed.clear()
        if graph is not None:
            for cause_id in graph.unaddressed():
                item = QListWidgetItem(graph.node(cause_id).cause.text)
                item.setData(ROLE, cause_id)
                self.unaddressed.addItem(item)
            if not self.unaddressed.count() and len(graph):
                self.unaddressed.addItem(self.tr("Alla orsaker har minst en åtgärd."))
        editable = graph is not None and not self.ctx.read_only
        self.bone_button.setEnabled(editable)
        for canvas in self.canvases.values():
            canvas.entry.setEnabled(editable)

    def _sync_current(self) -> None:
        kind = self.view_kind
        if kind in self._dirty:
            self._dirty.discard(kind)
            self.canvases[kind].set_graph(self.graph)

    # --- events -------------------------------------------------------------------------------------------------
    def _view_changed(self, index: int) -> None:
        previous = next((c.selected_id for c in self.canvases.values() if c.selected_id is not None), None)
        self.stack.setCurrentIndex(index)
        self._sync_current()
        self.canvas.select(previous, notify=False)
        self.bone_button.setVisible(self.view_kind == "fishbone")
        self.view_kind_changed.emit(self.view_kind)

    def _problem_chosen(self, index: int) -> None:
        self.ctx.state.set_problem(self.problems.itemData(index))

    def _problem_changed(self, _problem_id: object) -> None:
        for canvas in self.canvases.values():
            canvas.reset_view()
        self.refresh()

    def _canvas_selected(self, cause_id: object) -> None:
        for canvas in self.canvases.values():
            if canvas is not self.sender():
                canvas.select(cause_id if isinstance(cause_id, int) else None, notify=False, ensure_visible=False)
        self.panel.show_cause(self.graph, cause_id if isinstance(cause_id, int) else None)
        self.ctx.state.select(Selection(CauseRow, cause_id) if isinstance(cause_id, int) else None)

    def _state_selection_changed(self, selection: object) -> None:
        if (isinstance(selection, Selection) and selection.kind is CauseRow
                and selection.id != self.canvas.selected_id):
            self.canvas.select(selection.id)

    def _unaddressed_chosen(self, item: QListWidgetItem) -> None:
        if item.data(ROLE) is None:
            return
        self.canvas.select(int(item.data(ROLE)))
        self.canvas.setFocus()

    # --- bones and images ---------------------------------------------------------------------------------------
    def ask_bone_name(self) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Nytt ben"), self.tr("Namn på benet:"))
        return name if ok else None

    def _ask_bone(self) -> None:
        name = self.ask_bone_name()
        if name and self.graph is not None:
            self.ops.add_bone(self.graph.problem_id, name)

    def ask_image_path(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Spara bild"), f"orsaker-{self.view_kind}.png",
                                              self.tr("PNG-bild (*.png);;SVG-bild (*.svg)"))
        return path or None

    def _save_image(self) -> None:
        path = self.ask_image_path()
        if path is None or self.graph is None:
            return
        try:
            save_image(path, self.view_kind, self.graph)
        except KnownError as exc:
            self.ctx.bus.error_raised.emit(str(exc))
        else:
            self.ctx.bus.info_raised.emit(self.tr("Bilden sparades: %1").replace("%1", path))


def save_image(path: str, view_kind: str, graph: cs.CauseGraph) -> None:
    """Write the view as PNG (300 dpi) or SVG, chosen by the file name's ending; the file is private (0600)."""
    scene = build_scene(view_kind, graph)
    data = scene_to_svg(scene, graph.problem_title) if path.lower().endswith(".svg") else scene_to_png(scene, 300)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise KnownError(f"Bilden kunde inte sparas i {Path(path).name}: {exc.strerror}. Välj en annan mapp.",
                         f"The image could not be saved to {Path(path).name}: {exc.strerror}. Choose another folder.",
                         ) from exc
