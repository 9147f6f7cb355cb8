"""Orsaksanalys: five views of one problem's cause graph – Brå's crime triangle, fishbone, event chain
(händelsekedja) and cause tree, and the five whys as a complement.

Only what is visible is built when the page opens: the current view's scene (the others when their tab is
chosen) and no evidence options (they are read when the evidence picker or a cause with evidence needs them).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolButton,
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
from samverka.ui.causes.scene import CORE_VIEW, VIEW_KINDS
from samverka.ui.context import UiContext
from samverka.ui.state import Selection
from samverka.ui.steps.base import StepPage
from samverka.workflow.missing import Missing


class CausePage(StepPage):
    """`view_kind_changed(kind)` tells the audience window which of the five views the facilitator shows."""

    view_kind_changed = Signal(str)
    STEP = 5

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ops = CauseActions(ctx)
        self.graph: cs.CauseGraph | None = None
        self._dirty: set[str] = set()
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
        self.problems.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.problems.setMinimumContentsLength(18)
        self.tabs = QTabBar()
        for _ in VIEW_KINDS:
            self.tabs.addTab("")
        self.tabs.currentChanged.connect(self._view_changed)
        self.bone_button, self.fit_button = QPushButton(), QPushButton()
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.image_action = self.more_menu.addAction("", self._save_image)
        self.help_action = self.more_menu.addAction("", lambda: show_help(self))
        self.more_button.setMenu(self.more_menu)
        self.bone_button.clicked.connect(self._ask_bone)
        self.bone_button.setVisible(False)  # only the fishbone has bones
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        for button in (self.bone_button, self.fit_button, self.more_button):
            top.addWidget(button)
        self.stack = QStackedWidget()
        self.canvases: dict[str, CauseCanvas] = {}  # made when their tab is first chosen
        self._make_canvas(VIEW_KINDS[0])
        self.panel = CausePanel(self.ops)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Causes without a measure are marked on the notes (dashed edge, "Ingen åtgärd") and listed once, in
        # "Det här saknas"; the side column is the selected cause's.
        side = QWidget()
        # As wide as the panel needs (its longest title), so nothing is cut off at its right edge.
        side.setMinimumWidth(self.panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
                             + 2 * scroll.frameWidth())
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(self.problem_label)
        picker.addWidget(self.problems, 1)
        column.addLayout(picker)
        column.addWidget(scroll, 1)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.stack)
        body.addWidget(side)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([3000, 340])  # the canvas gets the room; the panel its minimum
        body.setChildrenCollapsible(False)
        self.stack.setMinimumWidth(320)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(body, 1)

    def retranslate_ui(self) -> None:
        self.problem_label.setText(self.tr("Problem:"))
        views = {view.key: view for view in cs.VIEWS}
        for index, kind in enumerate(VIEW_KINDS):
            view = views[CORE_VIEW[kind]]
            self.tabs.setTabText(index, str(view.label))  # "5 varför (komplement)": not one of Brå's tools
            self.tabs.setTabToolTip(index, str(view.note))
        self.bone_button.setText(self.tr("Nytt ben…"))
        self.fit_button.setText(self.tr("Anpassa (F)"))
        self.fit_button.setToolTip(self.tr("Visa så mycket som ryms med läsbar text (minst 9 punkter)"))
        self.more_button.setText(self.tr("Mer"))
        self.image_action.setText(self.tr("Spara bild…"))
        self.help_action.setText(self.tr("Om metoden"))
        for canvas in self.canvases.values():
            canvas.retranslate_ui()
        self.panel.retranslate_ui()

    @property
    def view_kind(self) -> str:
        return VIEW_KINDS[self.tabs.currentIndex()]

    @property
    def canvas(self) -> CauseCanvas:
        return self.canvases.get(self.view_kind) or self._make_canvas(self.view_kind)

    def _make_canvas(self, kind: str) -> CauseCanvas:
        canvas = CauseCanvas(self.ops, kind)
        canvas.setObjectName(f"causeCanvas_{kind}")
        canvas.selection_changed.connect(self._canvas_selected)
        canvas.image_requested.connect(self._save_image)
        canvas.entry.setEnabled(self.graph is not None and not self.ctx.read_only)
        self.canvases[kind] = canvas
        self.stack.addWidget(canvas)
        return canvas

    def show_view(self, kind: str) -> None:
        self.tabs.setCurrentIndex(VIEW_KINDS.index(kind))

    # --- loading ------------------------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if changes.touches(ObservationRow, SurveyResultRow):
            self._evidence_stale = True
        if changes.touches(MeasureRow, MeasureCauseRow):
            self.panel.measures_stale = True
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
            self.panel.set_evidence_source(lambda: cs.evidence_options(db))  # read when first needed
            self._evidence_stale, self._evidence_db = False, db
        problem = self.ctx.state.problem_id
        self._show_graph(cs.cause_graph(db, problem) if problem is not None else None)

    def _show_graph(self, graph: cs.CauseGraph | None) -> None:
        self.graph = graph
        self._dirty = set(VIEW_KINDS)
        self._sync_current()
        self.panel.show_cause(graph, self.canvas.selected_id)
        editable = graph is not None and not self.ctx.read_only
        self.bone_button.setEnabled(editable)
        for canvas in self.canvases.values():
            canvas.entry.setEnabled(editable)
            if graph is None:  # an empty white canvas said nothing about why nothing could be written
                canvas.entry.setPlaceholderText(self.tr(
                    "Inget problem är valt: välj ett problem i fokus i steg 3, Prioritering."))
            else:
                canvas.retranslate_ui()

    def _sync_current(self) -> None:
        kind = self.view_kind
        canvas = self.canvas
        if kind in self._dirty:
            self._dirty.discard(kind)
            canvas.set_graph(self.graph)

    # --- events -------------------------------------------------------------------------------------------------
    def _view_changed(self, index: int) -> None:
        previous = next((c.selected_id for c in self.canvases.values() if c.selected_id is not None), None)
        self.stack.setCurrentWidget(self.canvas)
        self._sync_current()
        self.canvas.select(previous, notify=False)
        self.bone_button.setVisible(self.view_kind == "fishbone")
        self.view_kind_changed.emit(self.view_kind)
        # The room sees the view the facilitator works in (the presenter panel can still choose another).
        presentation = getattr(getattr(self.window(), "presenter", None), "presentation", None)
        if presentation is not None and hasattr(presentation, "set_cause_view"):
            presentation.set_cause_view(self.view_kind)

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

    # --- "what is missing" --------------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """Show the place a missing item names: its problem (and cause), with the keyboard where it is fixed – the
        cause's triangle side, or the entry line of a problem without causes. False when nothing matches."""
        if self.ctx.state.db is None:
            return False
        problem_id: int | None = None
        cause_id: int | None = None
        if missing.entity == CauseRow.KIND and missing.entity_id is not None:
            try:
                cause = crud.get(self.ctx.db, CauseRow, missing.entity_id)
            except KnownError:
                return False
            problem_id, cause_id = cause.problem_id, cause.id
        elif missing.entity == ProblemRow.KIND and missing.entity_id is not None:
            problem_id = missing.entity_id
        if problem_id is None:
            self.canvas.entry.setFocus()
            return missing.step_key == "orsaksanalys"
        self.ctx.state.set_problem(problem_id)
        if self._stale and self.isVisible():
            self.refresh()
        if cause_id is None:
            self.canvas.entry.setFocus()
            return True
        if missing.field in ("triangle_side", "controller_role"):
            self.show_view("triangle")
        self.canvas.select(cause_id)
        widget = {"triangle_side": self.panel.side, "controller_role": self.panel.role,
                  "fishbone_bone": self.panel.bone}.get(missing.field, self.canvas)
        widget.setFocus()
        return cause_id in self.canvas.cause_scene.notes

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
