"""Step 10 Uppföljning: status updates per measure (date, status, percent done, note) and follow-up reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverka import vocab
from samverka.core import crud
from samverka.dto import FollowUpReportRow, MeasureRow, OrganisationRow, StatusUpdateRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, splitter, tabs
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable


@dataclass(frozen=True)
class MeasureStatus:
    id: int
    title: str
    status: str
    percent: int | None
    latest: dt.date | None
    responsible: str


class FollowUpPage(StepPage):
    """The overview is computed from the measures and their status reports: a change to those reloads."""

    STEP = 10
    PATCHED = frozenset({FollowUpReportRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self._updates: list[StatusUpdateRow] = []
        self.overview = RowTable[MeasureStatus](ctx, MeasureRow, [
            Column("title", N("Columns", "Åtgärd"), editable=False, width=300),
            Column("responsible", N("Columns", "Ansvarig"), editable=False, width=190),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.MEASURE_STATUS, editable=False,
                   width=110),
            Column("percent", N("Columns", "Klart %"), "int", editable=False, width=80),
            Column("latest", N("Columns", "Senast rapporterat"), "date", editable=False),
        ], title=N("Sections", "Åtgärdernas läge"), on_edit=lambda _row, _field, _value: False)
        self.updates = RowTable[StatusUpdateRow](ctx, StatusUpdateRow, [
            Column("date", N("Columns", "Datum"), "date", width=105),
            Column("status", N("Columns", "Status"), "choice", choices=vocab.MEASURE_STATUS, width=110),
            Column("percent_done", N("Columns", "Klart %"), "int", width=80),
            Column("reported_by", N("Columns", "Rapporterad av"), width=160),
            Column("note", N("Columns", "Anteckning"), "long"),
        ], title=N("Sections", "Statusrapporter för vald åtgärd"), new_values=self._new_update)
        self.reports = RowTable[FollowUpReportRow](ctx, FollowUpReportRow, [
            Column("period", N("Columns", "Period"), width=130),
            Column("type", N("Columns", "Typ"), "choice", choices=vocab.FOLLOWUP_TYPES, width=170),
            Column("date", N("Columns", "Datum"), "date", width=105),
            Column("sent_to", N("Columns", "Skickad till"), width=220),
            Column("findings", N("Columns", "Iakttagelser"), "long"),
        ], title=N("Sections", "Uppföljningsrapporter"), new_values=lambda: {"type": "årlig",
                                                                              "date": dt.date.today()})
        self.report_form = BoundForm(ctx, FollowUpReportRow, self)
        self.report_form.add("findings", N("Fields", "Vad visar uppföljningen?"), "long", lines=5)
        self.report_form.add("recommendations", N("Fields", "Rekommendationer"), "long", lines=4)
        self.overview.current_changed.connect(self._measure_chosen)
        self.reports.current_changed.connect(self.report_form.set_row)
        status_tab = splitter(self, self.overview, self.updates, vertical=True, sizes=[300, 260])
        report_tab = splitter(self, self.reports, column_box(self, self.report_form), vertical=True,
                              sizes=[260, 300])
        self.tabs = tabs(self, [status_tab, report_tab])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Status per åtgärd"))
        self.tabs.setTabText(1, self.tr("Uppföljningsrapporter"))
        for widget in (self.overview, self.updates, self.reports, self.report_form):
            widget.retranslate_ui()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        updates = crud.list_rows(db, StatusUpdateRow, order_by=("date", "id"))
        self._updates = updates
        self.overview.set_rows(self._overview(updates))
        self.reports.set_rows(crud.list_rows(db, FollowUpReportRow, order_by=("date", "id")))
        self.report_form.set_row(self.reports.current_row())
        self._measure_chosen(self.overview.current_row())

    def _overview(self, updates: list[StatusUpdateRow]) -> list[MeasureStatus]:
        latest: dict[int, StatusUpdateRow] = {}
        for update in updates:  # ordered by date, so the last one wins
            latest[update.measure_id] = update
        organisations = self.cache.labels(OrganisationRow)
        rows = []
        for measure in self.cache.rows(MeasureRow):
            last = latest.get(measure.id)
            rows.append(MeasureStatus(
                measure.id, measure.title, last.status if last else measure.status,
                last.percent_done if last else None, last.date if last else None,
                organisations.get(measure.responsible_org_id, ""),
            ))
        return rows

    def _measure_chosen(self, measure: MeasureStatus | None) -> None:
        measure_id = measure.id if measure is not None else None
        self.updates.set_rows([u for u in self._updates if u.measure_id == measure_id])
        self.updates.add_button.setEnabled(measure is not None and not self.ctx.read_only)

    def _new_update(self) -> dict[str, Any] | None:
        measure = self.overview.current_row()
        if measure is None:
            return None
        return {"measure_id": measure.id, "date": dt.date.today(), "status": "pågår",
                "percent_done": measure.percent or 0}
