"""Step 10 Uppföljning, done in the room: indicator measurements against baseline and target (a chart), each
measure's status with a comment, each promise line kept / partly / not kept with the "behind" flag ("9 av 26
kvällar"), how the follow-up is done, the follow-up reports, and the public "Så har det gått".

Everything shown comes from one `followup_service.followup_overview` read; the verdict and the behind flag are
`workflow.pace.item_verdict`, the computation the documents print.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QMenu, QToolButton, QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.core.followup_service import FollowUpOverview, IndicatorSeries, PromiseItemFollowUp
from samverka.core.projection.implement import MARKS, verdict_detail
from samverka.dto import (
    CitizenPromiseRow,
    CollaborationRow,
    DataSourceRow,
    FollowUpReportRow,
    IndicatorRow,
    MeasurementRow,
    MeasureRow,
    PromiseItemRow,
    PromiseItemStatusRow,
    Row,
    StatusUpdateRow,
)
from samverka.swedish import decimal
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.state import Selection
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, splitter, tabs
from samverka.ui.steps.exporting import export_document
from samverka.ui.steps.followup_entry import MeasurementEntry, MeasureStatusEntry, PromiseStatusEntry
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing


@dataclass(frozen=True)
class IndicatorLine:
    id: int
    name: str
    latest: str
    goal: str


@dataclass(frozen=True)
class MeasureStatus:
    id: int
    title: str
    responsible: str
    status: str
    percent: int | None
    latest: dt.date | None
    comment: str


@dataclass(frozen=True)
class PromiseLine:
    id: int
    wording: str
    responsible: str
    verdict: str
    progress: str
    report_back: dt.date | None
    behind: str  # why it is behind, or ""


class FollowUpPage(StepPage):
    """The overviews are computed from several tables: a change to those reloads (reports patch in place)."""

    STEP = 10
    PATCHED = frozenset({FollowUpReportRow, CollaborationRow})
    INDICATORS, MEASURES, PROMISES, PLAN = range(4)

    @property
    def watched(self) -> frozenset[type[Row]]:
        """The step's tables, and the collaboration: "Så går uppföljningen till" is also edited on step 7."""
        return super().watched | {CollaborationRow, DataSourceRow}

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.overview_data: FollowUpOverview | None = None
        self.ask_path: object = None  # tests hand in a file chooser; None asks with a dialog
        self._chart: Any = None
        self._build_indicators()
        self._build_measures()
        self._build_promises()
        self._build_plan()
        self.tabs = tabs(self, [self.indicator_tab, self.measure_tab, self.promise_tab, self.plan_tab])
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        self.tabs.setCornerWidget(self.export_button)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    # --- building -----------------------------------------------------------------------------------------------
    def _build_indicators(self) -> None:
        self.indicators = RowTable[IndicatorLine](self.ctx, IndicatorRow, [
            Column("name", N("Columns", "Indikator"), editable=False, width=200),
            Column("latest", N("Columns", "Senast"), editable=False, width=90),
            Column("goal", N("Columns", "Utgångsvärde → mål"), editable=False),
        ], title=N("Sections", "Indikatorer"), on_edit=lambda _row, _field, _value: False)
        self.measurement_entry = MeasurementEntry(self.ctx, self)
        self.measurement_entry.saved.connect(lambda _id: self.measurement_entry.value.setFocus())
        self.measurements = RowTable[MeasurementRow](self.ctx, MeasurementRow, [
            Column("date", N("Columns", "Datum"), "date", width=105),
            Column("value", N("Columns", "Värde"), "float", width=80),
            Column("source_id", N("Columns", "Källa"), "ref", ref=self.cache.ref(DataSourceRow), width=180),
            Column("note", N("Columns", "Kommentar"), "long"),
        ], title=N("Sections", "Mätningar"), new_values=lambda: None)
        self.measurements.add_button.hide()  # new ones come from the entry line above; a wrong one can be removed
        self.indicators.current_changed.connect(self._indicator_chosen)
        self.chart_holder = QWidget(self)
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        left = column_box(self, self.indicators, self.measurement_entry, stretch_last=False)
        right = splitter(self, self.chart_holder, self.measurements, vertical=True, sizes=[330, 200])
        self.indicator_tab = splitter(self, left, right, sizes=[430, 650])

    def _build_measures(self) -> None:
        self.overview = RowTable[MeasureStatus](self.ctx, MeasureRow, [
            Column("title", N("Columns", "Åtgärd"), editable=False, width=270),
            Column("responsible", N("Columns", "Ansvarig"), editable=False, width=160),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.MEASURE_STATUS, editable=False,
                   width=95),
            Column("percent", N("Columns", "Klart %"), "int", editable=False, width=65),
            Column("latest", N("Columns", "Senast rapporterat"), "date", editable=False, width=135),
            Column("comment", N("Columns", "Kommentar"), editable=False),
        ], title=N("Sections", "Åtgärdernas läge"), on_edit=lambda _row, _field, _value: False)
        self.status_entry = MeasureStatusEntry(self.ctx, self)
        self.updates = RowTable[StatusUpdateRow](self.ctx, StatusUpdateRow, [
            Column("date", N("Columns", "Datum"), "date", width=105),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.MEASURE_STATUS, width=100),
            Column("percent_done", N("Columns", "Klart %"), "int", width=70),
            Column("reported_by", N("Columns", "Rapporterad av"), width=140),
            Column("note", N("Columns", "Kommentar"), "long"),
        ], title=N("Sections", "Statusrapporter för vald åtgärd"), new_values=lambda: None)
        self.updates.add_button.hide()  # new ones come from the entry line above; a wrong one can be removed
        self.overview.current_changed.connect(self._measure_chosen)
        lower = splitter(self, column_box(self, self.status_entry), self.updates, sizes=[400, 680])
        self.measure_tab = splitter(self, self.overview, lower, vertical=True, sizes=[300, 280])

    def _build_promises(self) -> None:
        self.lines = RowTable[PromiseLine](self.ctx, PromiseItemRow, [
            Column("wording", N("Columns", "Löfte"), editable=False, width=330),
            Column("responsible", N("Columns", "Ansvarig"), editable=False, width=130),
            Column("verdict", N("Columns", "Läge"), editable=False, width=130),
            Column("progress", N("Columns", "Gjort"), editable=False, width=190),
            Column("report_back", N("Columns", "Återrapportering"), "date", editable=False),
        ], title=N("Sections", "Löftena som gäller"), on_edit=lambda _row, _field, _value: False)
        self.lines.model.flagged = lambda line: line.behind
        self.promise_entry = PromiseStatusEntry(self.ctx, self)
        self.item_statuses = RowTable[PromiseItemStatusRow](self.ctx, PromiseItemStatusRow, [
            Column("date", N("Columns", "Datum"), "date", width=105),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.PROMISE_ITEM_STATUS, width=120),
            Column("done_count", N("Columns", "Gjort"), "int", width=70),
            Column("comment", N("Columns", "Kommentar"), "long"),
        ], title=N("Sections", "Uppföljningar av valt löfte"), new_values=lambda: None)
        self.item_statuses.add_button.hide()  # new ones come from the entry line above; a wrong one can be removed
        self.lines.current_changed.connect(self._line_chosen)
        lower = splitter(self, column_box(self, self.promise_entry), self.item_statuses, sizes=[400, 680])
        self.promise_tab = splitter(self, self.lines, lower, vertical=True, sizes=[300, 280])

    def _build_plan(self) -> None:
        self.plan_form = BoundForm(self.ctx, CollaborationRow, self, labels_above=True)
        self.plan_form.add("followup_text", N("Fields", "Så går uppföljningen till"), "long", lines=5,
                           guidance=N("Guidance", "Vem följer upp vad, hur ofta, med vilka källor, och till vem "
                                                  "rapporteras det (t.ex. styrgruppen varje kvartal, "
                                                  "kommunstyrelsen en gång om året)."), show_guidance=True)
        self.reports = RowTable[FollowUpReportRow](self.ctx, FollowUpReportRow, [
            Column("period", N("Columns", "Period"), width=130),
            Column("type", N("Columns", "Typ"), "choice", choices=vocab.FOLLOWUP_TYPES, width=170),
            Column("date", N("Columns", "Datum"), "date", width=105),
            Column("sent_to", N("Columns", "Skickad till"), width=200),
            Column("findings", N("Columns", "Iakttagelser"), "long"),
        ], title=N("Sections", "Uppföljningsrapporter"), new_values=lambda: {"type": "årlig",
                                                                              "date": dt.date.today()})
        self.report_form = BoundForm(self.ctx, FollowUpReportRow, self)
        self.report_form.add("findings", N("Fields", "Vad visar uppföljningen?"), "long", lines=4)
        self.report_form.add("recommendations", N("Fields", "Rekommendationer"), "long", lines=3)
        self.reports.current_changed.connect(self.report_form.set_row)
        reports = splitter(self, self.reports, column_box(self, self.report_form), vertical=True, sizes=[200, 220])
        self.plan_tab = splitter(self, column_box(self, self.plan_form), reports, vertical=True, sizes=[170, 420])

    def retranslate_ui(self) -> None:
        for index, text in enumerate((self.tr("Indikatorer och mätningar"), self.tr("Åtgärder"),
                                      self.tr("Medborgarlöften"), self.tr("Så följer vi upp och rapporterar"))):
            self.tabs.setTabText(index, text)
        self.export_button.setText(self.tr("Exportera"))
        for widget in (self.indicators, self.measurements, self.overview, self.updates, self.lines,
                       self.item_statuses, self.reports, self.report_form, self.plan_form, self.measurement_entry,
                       self.status_entry, self.promise_entry):
            widget.retranslate_ui()
        if self.ctx.state.db is not None:
            self.refresh()

    # --- loading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        from samverka.core.followup_service import followup_overview

        self.cache.invalidate()
        data = followup_overview(db)
        self.overview_data = data
        self.indicators.set_rows([self._indicator_line(s) for s in data.series])
        self.measurement_entry.set_sources([(s.id, s.name) for s in self.cache.rows(DataSourceRow)])
        self.overview.set_rows([self._measure_status(m) for m in data.measures])
        self.lines.set_rows([self._promise_line(line) for line in data.promise_items])
        self.reports.set_rows(list(data.reports))
        self.report_form.set_row(self.reports.current_row())
        self.plan_form.set_row(crud.get(db, CollaborationRow, db.collaboration_id()))
        self._indicator_chosen(self.indicators.current_row())
        self._measure_chosen(self.overview.current_row())
        self._line_chosen(self.lines.current_row())

    def _indicator_line(self, series: IndicatorSeries) -> IndicatorLine:
        latest = series.latest
        unit = f" {series.unit}" if series.unit and not series.unit.lower().startswith("index") else ""
        goal = ""
        if series.baseline is not None and series.target is not None:
            goal = f"{decimal(series.baseline[1])} → {decimal(series.target[1])}{unit}"
        return IndicatorLine(series.indicator.id, series.indicator.name,
                             f"{decimal(latest.value)}{unit}" if latest else "–", goal)

    @staticmethod
    def _measure_status(follow: Any) -> MeasureStatus:
        latest = follow.latest
        comment = latest.note.strip().splitlines()[0] if latest and latest.note.strip() else ""
        return MeasureStatus(follow.measure.id, follow.measure.title, follow.responsible,
                             latest.status if latest else follow.measure.status,
                             latest.percent_done if latest else None, latest.date if latest else None, comment)

    @staticmethod
    def _promise_line(line: PromiseItemFollowUp) -> PromiseLine:
        verdict = line.verdict
        pace = verdict.pace
        behind = str(pace.explanation) if line.behind and pace is not None else (
            str(verdict.label) if line.behind else "")
        progress = verdict_detail(line).removeprefix(line.responsible).lstrip(" ·")
        return PromiseLine(line.item.id, line.item.wording, line.responsible,
                           f"{MARKS.get(verdict.code, '')} {verdict.label}".strip(), progress,
                           line.item.report_back_date, behind)

    def series(self, indicator_id: int | None) -> IndicatorSeries | None:
        data = self.overview_data
        if data is None or indicator_id is None:
            return None
        return next((s for s in data.series if s.indicator.id == indicator_id), None)

    def chart(self) -> Any:
        """The indicator chart, made when the page first shows one (pyqtgraph loads then)."""
        if self._chart is None:
            from samverka.ui.charts.indicator import IndicatorChart

            self._chart = IndicatorChart(parent=self.chart_holder)
            layout = self.chart_holder.layout()
            assert layout is not None
            layout.addWidget(self._chart)
        return self._chart

    def _indicator_chosen(self, line: IndicatorLine | None) -> None:
        indicator_id = line.id if line is not None else None
        series = self.series(indicator_id)
        self.chart().set_data(series)
        self.measurement_entry.set_indicator(indicator_id)
        rows = [m for m in crud.list_rows(self.ctx.db, MeasurementRow, indicator_id=indicator_id)] \
            if indicator_id is not None else []
        rows.sort(key=lambda m: (m.date is None, m.date or dt.date.min, m.id))
        self.measurements.set_rows(rows)

    def _measure_chosen(self, status: MeasureStatus | None) -> None:
        data = self.overview_data
        follow = next((m for m in data.measures if status is not None and m.measure.id == status.id), None) \
            if data is not None else None
        self.status_entry.set_measure(follow.measure if follow else None, status.percent if status else None)
        self.updates.set_rows(list(follow.history) if follow else [])

    def _line_chosen(self, line: PromiseLine | None) -> None:
        data = self.overview_data
        found = next((p for p in data.promise_items if line is not None and p.item.id == line.id), None) \
            if data is not None else None
        if found is None:
            self.promise_entry.set_item(None, None, "", None)
            self.item_statuses.set_rows([])
            return
        done = next((s.done_count for s in reversed(found.history) if s.done_count is not None), None)
        self.promise_entry.set_item(found.item.id, found.item.activity_count, found.item.activity_unit, done)
        self.item_statuses.set_rows(list(found.history))

    def _tab_changed(self, index: int) -> None:
        """The room follows the tab: the chart, the promises or the measures, with the current row spotlit."""
        tables: dict[int, tuple[RowTable[Any], type[Row]]] = {
            self.INDICATORS: (self.indicators, IndicatorRow), self.MEASURES: (self.overview, MeasureRow),
            self.PROMISES: (self.lines, PromiseItemRow)}
        table, kind = tables.get(index, (None, None))
        row = table.current_row() if table is not None else None
        self.ctx.state.select(Selection(kind, row.id) if row is not None and kind is not None else None)

    # --- export -------------------------------------------------------------------------------------------------
    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        db = self.ctx.state.db
        if db is None:
            return
        from samverka.core.promise_service import current_promises

        for promise in current_promises(db):
            action = self.export_menu.addAction(self.tr("Så har det gått: {0} (PDF)…").format(promise.title))
            action.triggered.connect(self._exporter(promise))
        self.export_menu.addAction(self.tr("Uppföljningsrapporten (PDF)…"), self.export_report)

    def _exporter(self, promise: CitizenPromiseRow) -> Callable[[], bool]:
        return lambda: self.export_promise_followup(promise)

    def export_promise_followup(self, promise: CitizenPromiseRow) -> bool:
        return export_document(self, self.ctx, "promise-followup", "pdf", "sa-har-det-gatt.pdf",
                               promise_id=promise.id, ask=self.ask_path) is not None

    def export_report(self) -> bool:
        return export_document(self, self.ctx, "followup", "pdf", "uppfoljning.pdf", ask=self.ask_path) is not None

    # --- "what is missing" --------------------------------------------------------------------------------------
    def show_tab(self, name: str) -> None:
        names = {"indicators": self.INDICATORS, "measures": self.MEASURES, "promises": self.PROMISES,
                 "plan": self.PLAN}
        self.tabs.setCurrentIndex(names[name])

    def focus_missing(self, missing: Missing) -> bool:
        """The follow-up plan's text, the status form of the first measure, or the promise line that lags."""
        if self.ctx.state.db is None:
            return False
        if missing.entity == CollaborationRow.KIND or missing.field == "followup_text":
            self.tabs.setCurrentIndex(self.PLAN)
            self.plan_form.fields["followup_text"].editor.setFocus()
            return True
        if missing.entity == PromiseItemRow.KIND and missing.entity_id is not None:
            self.tabs.setCurrentIndex(self.PROMISES)
            self.lines.select_id(missing.entity_id)
            current = self.lines.current_row()
            if current is None or current.id != missing.entity_id:
                return False
            self.promise_entry.done.setFocus()
            return True
        if missing.entity in (StatusUpdateRow.KIND, MeasureRow.KIND, ""):
            self.tabs.setCurrentIndex(self.MEASURES)
            if missing.entity_id is not None:
                self.overview.select_id(missing.entity_id)
            return _focus_first(self.status_entry.status, self.overview.view)  # no measures yet: the empty list
        if missing.entity in (IndicatorRow.KIND, MeasurementRow.KIND):
            self.tabs.setCurrentIndex(self.INDICATORS)
            return _focus_first(self.measurement_entry.value, self.indicators.view)
        return False


def _focus_first(*widgets: QWidget) -> bool:
    """The keyboard to the first widget that can take it."""
    for widget in widgets:
        if widget.isEnabled():
            widget.setFocus()
            return True
    return False

