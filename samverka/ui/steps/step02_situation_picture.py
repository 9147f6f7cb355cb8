"""Step 2 Lägesbild: observations, data sources, areas, the survey panel and the summary text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.dto import AreaRow, CollaborationRow, DataSourceRow, ObservationRow, OrganisationRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, tabs
from samverka.ui.widgets.deferred import Deferred
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable

if TYPE_CHECKING:
    from samverka.ui.survey import SurveyPanel


def time_pattern(row: ObservationRow) -> str:
    """Weekdays and hours in one short text, e.g. "fre–lör 22–03"."""
    parts = []
    if row.weekdays:
        parts.append(row.weekdays)
    if row.hour_from is not None and row.hour_to is not None:
        parts.append(f"{row.hour_from:02d}–{row.hour_to:02d}")
    if row.season:
        parts.append(row.season)
    return " ".join(parts)


def _survey_panel(ctx: UiContext) -> SurveyPanel:
    from samverka.ui.survey import SurveyPanel  # noqa: PLC0415 - pyqtgraph and the survey queries load here

    return SurveyPanel(ctx)


class LagesbildPage(StepPage):
    STEP = 2
    PATCHED = frozenset({ObservationRow, DataSourceRow, AreaRow, CollaborationRow, OrganisationRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.observations = RowTable[ObservationRow](ctx, ObservationRow, [
            Column("source_id", N("Columns", "Källa"), "ref", ref=self.cache.ref(DataSourceRow), width=170),
            Column("area_id", N("Columns", "Område"), "ref", ref=self.cache.ref(AreaRow), width=150),
            Column("category", N("Columns", "Kategori"), width=130),
            Column("description", N("Columns", "Iakttagelse"), "long", width=330),
            Column("quantity", N("Columns", "Antal"), "float", width=70),
            Column("unit", N("Columns", "Enhet"), width=80),
            Column("trend", N("Columns", "Trend"), "choice", choices=vocab.TRENDS, width=100),
            Column("weekdays", N("Columns", "Veckodagar"), width=95,
                   tooltip=N("Columns", "Siffror 1 (måndag) till 7 (söndag), t.ex. 567")),
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
        self.summary_hint = guidance_label(self)
        self.summary_form = BoundForm(ctx, CollaborationRow, self)
        self.summary_form.add("lagesbild_summary", N("Fields", "Sammanfattning av lägesbilden"), "long", lines=14)
        # The survey's charts (their library and queries) load when their tab is first opened.
        self.survey_tab: Deferred[SurveyPanel] = Deferred(lambda: _survey_panel(ctx), self)
        pages: list[QWidget] = [self.observations, self.survey_tab, self.sources, self.areas,
                                column_box(self, self.summary_hint, self.summary_form)]
        self.tabs = tabs(self, pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    @property
    def survey(self) -> SurveyPanel:
        return self.survey_tab.widget()

    def retranslate_ui(self) -> None:
        names = [self.tr("Iakttagelser"), self.tr("Trygghetsmätning"), self.tr("Datakällor"), self.tr("Områden"),
                 self.tr("Sammanfattning")]
        for i, text in enumerate(names):
            self.tabs.setTabText(i, text)
        self.summary_hint.setText(self.tr(
            "Sammanfatta vad källorna tillsammans säger: vilka problem syns, var och när, och hur de utvecklas. "
            "Texten blir lägesbildens avsnitt i överenskommelsen."))
        for widget in (self.observations, self.sources, self.areas, self.summary_form):
            widget.retranslate_ui()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        self.observations.set_rows(crud.list_rows(db, ObservationRow))
        self.sources.set_rows(self.cache.rows(DataSourceRow))
        self.areas.set_rows(self.cache.rows(AreaRow))
        self.summary_form.set_row(crud.get(db, CollaborationRow, db.collaboration_id()))

    def _new_observation(self) -> dict[str, Any]:
        current = self.observations.current_row()
        values: dict[str, Any] = {"description": ""}
        if current is not None:  # a new row usually continues the same source and area
            values.update(source_id=current.source_id, area_id=current.area_id)
        return values
