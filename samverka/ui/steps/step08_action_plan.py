"""Step 8 Åtgärdsplan: measures with owner, place, dates, status and horizon, the causes each addresses
and the situational-prevention techniques it uses; flags for unaddressed causes and ownerless measures."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.dto import (
    AreaRow,
    CauseRow,
    MeasureCauseRow,
    MeasureRow,
    MeasureTechniqueRow,
    OrganisationRow,
    PersonRow,
    ScpTechniqueRow,
)
from samverka.errors import language
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.checklist import LinkChecklist
from samverka.ui.steps.common import column_box, short, splitter, tabs
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.problem_picker import ProblemPicker
from samverka.ui.widgets.row_table import RowTable


class MeasuresPage(StepPage):
    """The flags above the table are computed from the measures and the links: most changes reload the page."""

    STEP = 8
    PATCHED = frozenset({OrganisationRow, PersonRow, AreaRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self._refreshing = False
        self._links: dict[int, tuple[int, int]] = {}
        self._cause_links: list[MeasureCauseRow] = []
        self.picker = ProblemPicker(ctx, self)
        self.flags = QLabel(self)
        self.flags.setProperty("role", "flag")
        self.flags.setWordWrap(True)
        self.flags.setContentsMargins(4, 4, 4, 4)
        self.measures = RowTable[MeasureRow](ctx, MeasureRow, [
            Column("title", N("Columns", "Åtgärd"), width=250),
            Column("responsible_org_id", N("Columns", "Ansvarig organisation"), "ref",
                   ref=self.cache.ref(OrganisationRow), width=170),
            Column("responsible_person_id", N("Columns", "Ansvarig person"), "ref", ref=self.cache.ref(PersonRow),
                   width=150),
            Column("place", N("Columns", "Plats"), width=130),
            Column("start", N("Columns", "Start"), "date", width=100),
            Column("end", N("Columns", "Slut"), "date", width=100),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.MEASURE_STATUS, width=100),
            Column("horizon", N("Columns", "Sikt"), "choice", choices=vocab.HORIZONS, width=95),
            Column("prevention_type", N("Columns", "Inriktning"), "choice", choices=vocab.PREVENTION_TYPES,
                   width=110),
            Column("links", N("Columns", "Orsaker / tekniker"), "computed", display=self._link_counts, width=130),
        ], title=N("Sections", "Åtgärder"), new_values=self._new_measure)
        self.measures.model.flagged = self._flag_text
        self.form = BoundForm(ctx, MeasureRow, self)
        self.form.add("description", N("Fields", "Beskrivning"), "long", lines=4)
        self.form.add("partners", N("Fields", "Samarbetspartner"))
        self.form.add("frequency", N("Fields", "Hur ofta"))
        self.form.add("resources_hours", N("Fields", "Resurser (timmar)"), "float")
        self.form.add("resources_sek", N("Fields", "Resurser (kr)"), "float")
        self.form.add("evidence_note", N("Fields", "Kunskapsstöd"), "choice", choices=vocab.EVIDENCE_NOTES)
        self.form.add("is_citizen_promise", N("Fields", "Del av medborgarlöfte"), "bool")
        self.causes = LinkChecklist(ctx, MeasureCauseRow, "measure_id", "cause_id", self)
        self.techniques = LinkChecklist(ctx, MeasureTechniqueRow, "measure_id", "technique_id", self)
        self.measures.current_changed.connect(self._measure_chosen)
        ctx.state.problem_changed.connect(self._problem_changed)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column_box(self, self.form))
        self.detail_tabs = tabs(self, [scroll, self.causes, self.techniques])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.flags)
        layout.addWidget(splitter(self, self.measures, self.detail_tabs, vertical=True, sizes=[330, 260]), 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Detaljer"), self.tr("Orsaker som åtgärden påverkar"),
                                  self.tr("Situationella tekniker (25)"))):
            self.detail_tabs.setTabText(i, text)
        self.causes.setAccessibleName(self.tr("Orsaker som åtgärden påverkar"))
        self.techniques.setAccessibleName(self.tr("Situationella tekniker"))
        for widget in (self.picker, self.measures, self.form):
            widget.retranslate_ui()
        if self.ctx.state.db is not None:
            self.refresh()

    def _problem_changed(self, _problem_id: object) -> None:
        if not self._refreshing:
            self.refresh()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self._refreshing = True
        try:
            self.cache.invalidate()
            self.picker.refresh()
            problem_id = self.ctx.state.problem_id
            measures = crud.list_rows(db, MeasureRow, order_by=("sort_order", "id"), problem_id=problem_id) \
                if problem_id is not None else []
            self._count_links(measures)
            self.measures.set_rows(measures)
            self.measures.add_button.setEnabled(problem_id is not None and not self.ctx.read_only)
            self._update_flags(measures)
            self._measure_chosen(self.measures.current_row())
        finally:
            self._refreshing = False

    def _problem_causes(self) -> list[CauseRow]:
        problem_id = self.ctx.state.problem_id
        if problem_id is None:
            return []
        return crud.list_rows(self.ctx.db, CauseRow, order_by=("sort_order", "id"), problem_id=problem_id)

    def _count_links(self, measures: list[MeasureRow]) -> None:
        ids = {m.id for m in measures}
        cause_links = [link for link in crud.list_rows(self.ctx.db, MeasureCauseRow) if link.measure_id in ids]
        tech_links = [link for link in crud.list_rows(self.ctx.db, MeasureTechniqueRow) if link.measure_id in ids]
        self._cause_links = cause_links
        self._links = {m: (sum(1 for x in cause_links if x.measure_id == m),
                           sum(1 for x in tech_links if x.measure_id == m)) for m in ids}

    def _link_counts(self, measure: MeasureRow) -> str:
        causes, techniques = self._links.get(measure.id, (0, 0))
        return f"{causes} / {techniques}"

    def _flag_text(self, measure: MeasureRow) -> str:
        if measure.responsible_org_id is None and measure.responsible_person_id is None:
            return self.tr("Åtgärden saknar ansvarig.")
        return ""

    def _update_flags(self, measures: list[MeasureRow]) -> None:
        addressed = {link.cause_id for link in crud.list_rows(self.ctx.db, MeasureCauseRow)}
        open_causes = [c for c in self._problem_causes() if c.id not in addressed]
        ownerless = [m for m in measures if self._flag_text(m)]
        lines = []
        if open_causes:
            lines.append(self.tr("Orsaker som ingen åtgärd påverkar ({0}): {1}").format(
                len(open_causes), "; ".join(short(c.text, 50) for c in open_causes[:6])
                + (" …" if len(open_causes) > 6 else "")))
        if ownerless:
            lines.append(self.tr("Åtgärder utan ansvarig ({0}): {1}").format(
                len(ownerless), "; ".join(short(m.title, 40) for m in ownerless[:6])))
        self.flags.setText("\n".join(lines))
        self.flags.setVisible(bool(lines))

    def _measure_chosen(self, measure: MeasureRow | None) -> None:
        self.form.set_row(measure)
        measure_id = measure.id if measure is not None else None
        db = self.ctx.db
        causes = [(c.id, short(c.text, 90)) for c in self._problem_causes()]
        cause_links = crud.list_rows(db, MeasureCauseRow, measure_id=measure_id) if measure_id else []
        self.causes.set_items(measure_id, causes, cause_links)
        tech_links = crud.list_rows(db, MeasureTechniqueRow, measure_id=measure_id) if measure_id else []
        self.techniques.set_items(measure_id, self._technique_items(), tech_links)

    def _technique_items(self) -> list[tuple[int | None, str]]:
        english = language() == "en"
        items: list[tuple[int | None, str]] = []
        group = 0
        for tech in crud.list_rows(self.ctx.db, ScpTechniqueRow, order_by=("id",)):
            if tech.group_no != group:
                group = tech.group_no
                items.append((None, tech.group_en if english else tech.group_sv))
            name = tech.name_en if english else tech.name_sv
            items.append((tech.id, f"{tech.id}. {name}" + ("" if english else f" – {tech.examples_sv}")))
        return items

    def _new_measure(self) -> dict[str, Any] | None:
        if self.ctx.state.problem_id is None:
            return None
        return {"problem_id": self.ctx.state.problem_id, "title": self.tr("Ny åtgärd"),
                "sort_order": self.measures.model.rowCount()}
