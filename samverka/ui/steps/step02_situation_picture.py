"""Step 2 Lägesbild: each party's own contribution with its sources, observations, data sources, areas, the
survey panel, and the shared lägesbild in the law's four parts (2023:196 §4) with its summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import (
    AreaRow,
    CollaborationRow,
    DataSourceRow,
    LagesbildContributionRow,
    ObservationRow,
    OrganisationRow,
)
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, short, splitter, tabs
from samverka.ui.steps.missing_focus import focus_cell, focus_field, focus_widget, show_tab
from samverka.ui.widgets.deferred import Deferred
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing

# The law's parts of a lägesbild (2023:196 §4) and the summary: (field, label, what to write).
PARTS: tuple[tuple[str, str, str], ...] = (
    ("lagesbild_extent", N("Fields", "Omfattning"), N(
        "Guidance", "Hur mycket brott och otrygghet finns, var och när? T.ex. anmälda brott, trygghetsmätningen, "
                    "EST-rapporter och hur de har utvecklats.")),
    ("lagesbild_consequences", N("Fields", "Konsekvenser"), N(
        "Guidance", "Vad brotten och otryggheten leder till: för de utsatta, för invånarnas trygghet och "
                    "vardag, för verksamheter och i kostnader.")),
    ("lagesbild_other", N("Fields", "Annan relevant information"), N(
        "Guidance", "Sådant som påverkar läget: förändringar i området, evenemang, vad socialtjänsten, skolan "
                    "och andra har sett.")),
    ("lagesbild_analysis", N("Fields", "Analys"), N(
        "Guidance", "Vilka slutsatser ni drar: mönster, troliga orsaker att utreda och vad som bör prioriteras.")),
    ("lagesbild_summary", N("Fields", "Sammanfattning av lägesbilden"), N(
        "Guidance", "Vad källorna tillsammans säger: vilka problem syns, var och när, och hur de utvecklas.")),
)

if TYPE_CHECKING:
    from samverka.ui.survey import SurveyPanel


def _survey_panel(ctx: UiContext) -> SurveyPanel:
    from samverka.ui.survey import SurveyPanel  # noqa: PLC0415 - pyqtgraph and the survey queries load here

    return SurveyPanel(ctx)


class LagesbildPage(StepPage):
    STEP = 2
    PATCHED = frozenset({ObservationRow, DataSourceRow, AreaRow, CollaborationRow, OrganisationRow,
                         LagesbildContributionRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.observations = RowTable[ObservationRow](ctx, ObservationRow, [
            Column("source_id", N("Columns", "Källa"), "ref", ref=self.cache.ref(DataSourceRow), width=170,
                   none_label=N("Columns", "(ingen – lägg till under Datakällor)")),
            Column("area_id", N("Columns", "Område"), "ref", ref=self.cache.ref(AreaRow), width=150,
                   none_label=N("Columns", "(inget – lägg till under Områden)")),
            Column("category", N("Columns", "Kategori"), width=130),
            Column("description", N("Columns", "Iakttagelse"), "long", width=330),
            Column("quantity", N("Columns", "Antal"), "float", width=70),
            Column("unit", N("Columns", "Enhet"), width=80),
            Column("trend", N("Columns", "Trend"), "choice", choices=vocab.TRENDS, width=100),
            Column("weekdays", N("Columns", "Veckodagar"), "weekdays", width=95,
                   tooltip=N("Columns", "T.ex. ”fre, lör”, ”mån–fre”, ”helger” eller 567 (1 = måndag)")),
            Column("hour_from", N("Columns", "Från kl."), "int", width=75),
            Column("hour_to", N("Columns", "Till kl."), "int", width=75),
            Column("season", N("Columns", "Säsong"), width=100),
            Column("date", N("Columns", "Datum"), "date", width=100),
        ], title=N("Sections", "Iakttagelser"), new_values=self._new_observation)
        self.sources = RowTable[DataSourceRow](ctx, DataSourceRow, [
            Column("name", N("Columns", "Namn"), width=260),
            Column("kind", N("Columns", "Slag"), "choice", choices=vocab.SOURCE_KINDS, width=170),
            Column("owner_org_id", N("Columns", "Ägare"), "ref", ref=self.cache.ref(OrganisationRow), width=180),
            Column("period", N("Columns", "Period"), width=110),
            Column("confidentiality", N("Columns", "Sekretess"), "choice", choices=vocab.CONFIDENTIALITY, width=110),
            Column("description", N("Columns", "Beskrivning"), "long"),
        ], title=N("Sections", "Datakällor"), new_values=lambda: {"name": self.tr("Ny källa")})
        self.areas = RowTable[AreaRow](ctx, AreaRow, [
            Column("name", N("Columns", "Namn"), width=220),
            Column("code", N("Columns", "Kod"), width=100),
            Column("type", N("Columns", "Typ"), "choice", choices=vocab.AREA_TYPES, width=130),
            Column("parent_id", N("Columns", "Del av"), "ref", ref=self.cache.ref(AreaRow), width=180),
            Column("police_classification", N("Columns", "Polisens klassning"), "choice",
                   choices=vocab.POLICE_CLASSIFICATIONS),
        ], title=N("Sections", "Områden"), new_values=lambda: {"name": self.tr("Nytt område")})
        self.contributions_hint = guidance_label(self)
        self.contributions = RowTable[LagesbildContributionRow](ctx, LagesbildContributionRow, [
            Column("organisation_id", N("Columns", "Part"), "ref", ref=self.cache.ref(OrganisationRow), width=200),
            Column("date", N("Columns", "Datum"), "date", width=100),
            Column("text", N("Columns", "Partens bild"), "computed", display=lambda r: short(r.text), width=380),
            Column("sources", N("Columns", "Källor"), "computed", display=lambda r: short(r.sources)),
        ], title=N("Sections", "Parternas egna lägesbilder"), new_values=self._new_contribution)
        self.contribution_form = BoundForm(ctx, LagesbildContributionRow, self, labels_above=True)
        self.contribution_form.add("organisation_id", N("Fields", "Part"), "ref", ref=self.cache.ref(OrganisationRow))
        self.contribution_form.add("text", N("Fields", "Partens bild"), "long", lines=6, guidance=N(
            "Guidance", "Vad parten ser i sina egna uppgifter: vilka problem, var och när, och hur de utvecklas."))
        self.contribution_form.add("sources", N("Fields", "Källor"), "long", lines=3, guidance=N(
            "Guidance", "Varifrån uppgifterna kommer, t.ex. anmälda brott 2025, trygghetsmätningen, EST-rapporter."))
        self.contributions.current_changed.connect(self.contribution_form.set_row)
        self._next_party: int | None = None
        self.summary_hint = guidance_label(self)
        self.parts_form = BoundForm(ctx, CollaborationRow, self, labels_above=True)
        for field, header, guidance in PARTS:
            self.parts_form.add(field, header, "long", lines=5, guidance=guidance, show_guidance=True)
        self.summary_form = self.parts_form  # the summary is the last of the parts
        # The survey's charts (their library and queries) load when their tab is first opened.
        self.survey_tab: Deferred[SurveyPanel] = Deferred(lambda: _survey_panel(ctx), self)
        parts = QScrollArea(self)
        parts.setWidgetResizable(True)
        parts.setFrameShape(QScrollArea.Shape.NoFrame)
        parts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        parts.setWidget(column_box(self, self.summary_hint, self.parts_form))
        self.parts_page = parts
        contributions = splitter(self, column_box(self, self.contributions_hint, self.contributions, stretch_last=True),
                                 self.contribution_form, vertical=True, sizes=[260, 300])
        self.contributions_page = contributions
        pages: list[QWidget] = [contributions, self.observations, self.survey_tab, self.sources, self.areas, parts]
        self.tabs = tabs(self, pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    @property
    def survey(self) -> SurveyPanel:
        return self.survey_tab.widget()

    def retranslate_ui(self) -> None:
        names = [self.tr("Parternas bidrag"), self.tr("Iakttagelser"), self.tr("Trygghetsmätning"),
                 self.tr("Datakällor"), self.tr("Områden"), self.tr("Lägesbilden")]
        for i, text in enumerate(names):
            self.tabs.setTabText(i, text)
        self.summary_hint.setText(self.tr(
            "Den gemensamma lägesbilden har de delar lagen (2023:196) kräver: omfattning, konsekvenser, annan "
            "relevant information och en analys. Sammanfattningen blir lägesbildens avsnitt i överenskommelsen."))
        for widget in (self.observations, self.sources, self.areas, self.parts_form, self.contributions,
                       self.contribution_form):
            widget.retranslate_ui()
        self._show_missing_parties()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        self.observations.set_rows(crud.list_rows(db, ObservationRow))
        self.sources.set_rows(self.cache.rows(DataSourceRow))
        self.areas.set_rows(self.cache.rows(AreaRow))
        self.parts_form.set_row(crud.get(db, CollaborationRow, db.collaboration_id()))
        self.contributions.set_rows(crud.list_rows(db, LagesbildContributionRow, order_by=("sort_order", "id")))
        self.contribution_form.set_row(self.contributions.current_row())
        self._show_missing_parties()

    def patch(self, changes: Changes) -> None:
        super().patch(changes)
        if changes.touches(LagesbildContributionRow, OrganisationRow):
            self._show_missing_parties()  # a contribution's text or party decides who is still missing

    def _parties_without(self) -> list[OrganisationRow]:
        if self.ctx.state.db is None:
            return []
        from samverka.core.lagesbild_service import parties_without_contribution

        return parties_without_contribution(self.ctx.db)

    def _show_missing_parties(self) -> None:
        text = self.tr("Varje part tar fram sin egen bild ur sina egna uppgifter och anger sina källor, innan "
                       "bilderna läggs samman (Brås egna förberedelser).")
        missing = self._parties_without()
        if missing:
            text += " " + self.tr("Saknar eget bidrag: {0}.").format(", ".join(o.name for o in missing))
        self.contributions_hint.setText(text)

    def _new_contribution(self) -> dict[str, Any]:
        """The next party without a contribution (or the one a missing item named) gets the new row."""
        missing = self._parties_without()
        party = self._next_party if self._next_party is not None else (missing[0].id if missing else None)
        self._next_party = None
        return {"organisation_id": party, "text": "", "sources": "",
                "sort_order": self.contributions.model.rowCount()}

    # click-to-fix ---------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """Show the tab, row and field a missing item names (the navigator calls this)."""
        if missing.entity == "collaboration":
            show_tab(self.tabs, self.parts_page)
            return focus_field(self.parts_form, missing.field or "lagesbild_summary")
        if missing.entity in ("lagesbild_contribution", "organisation"):
            show_tab(self.tabs, self.contributions_page)
            if missing.entity == "organisation":  # a party without a contribution: Add makes one for it
                self._next_party = missing.entity_id
                focus_widget(self.contributions.add_button)
                return True
            if missing.entity_id is None:
                return focus_cell(self.contributions, None)
            self.contributions.select_id(missing.entity_id)
            return focus_field(self.contribution_form, missing.field or "text")
        return False

    def _new_observation(self) -> dict[str, Any]:
        current = self.observations.current_row()
        values: dict[str, Any] = {"description": ""}
        if current is not None:  # a new row usually continues the same source and area
            values.update(source_id=current.source_id, area_id=current.area_id)
        return values
