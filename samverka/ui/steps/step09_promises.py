"""Step 9 Medborgarlöften: promises built from chosen measures, in public "vi lovar att …" wording,
with their period and how the result is reported back."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from samverka.core import crud
from samverka.dto import AreaRow, CitizenPromiseRow, MeasureRow, OrganisationRow, PromiseItemRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, section_label, short, splitter
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable


def promise_wording(measure_title: str) -> str:
    """The public wording a measure starts from: "Vi lovar att <titel med liten begynnelsebokstav>"."""
    title = measure_title.strip().rstrip(".")
    if title[:1].isupper() and not title[1:2].isupper():
        title = title[:1].lower() + title[1:]
    return f"Vi lovar att {title}." if title else "Vi lovar att "


class PromisesPage(StepPage):
    STEP = 9
    # The measure picker is built from the measures, so a change to one reloads the page.
    PATCHED = frozenset({CitizenPromiseRow, PromiseItemRow, OrganisationRow, AreaRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.promises = RowTable[CitizenPromiseRow](ctx, CitizenPromiseRow, [
            Column("title", N("Columns", "Medborgarlöfte"), width=210),
            Column("area_id", N("Columns", "Område"), "ref", ref=self.cache.ref(AreaRow), width=130),
            Column("target_group", N("Columns", "Målgrupp"), width=120),
            Column("period_start", N("Columns", "Gäller från"), "date", width=95),
            Column("period_end", N("Columns", "Gäller till"), "date", width=95),
            Column("published_date", N("Columns", "Publicerat"), "date"),
        ], title=N("Sections", "Medborgarlöften"), new_values=lambda: {"title": self.tr("Nytt medborgarlöfte")})
        self.items = RowTable[PromiseItemRow](ctx, PromiseItemRow, [
            Column("wording", N("Columns", "Vi lovar att …"), "long", width=330),
            Column("measure_id", N("Columns", "Bygger på åtgärd"), "ref", ref=self.cache.ref(MeasureRow),
                   width=170),
            Column("responsible_org_id", N("Columns", "Ansvarig"), "ref", ref=self.cache.ref(OrganisationRow)),
        ], title=N("Sections", "Löften"), new_values=self._new_item)
        self.hint = guidance_label(self)
        self.measure_choice = QComboBox(self)
        self.from_measure = QPushButton(self)
        self.from_measure.clicked.connect(self._add_from_measure)
        self.form = BoundForm(ctx, CitizenPromiseRow, self, labels_above=True)
        self.form.add("direction_text", N("Fields", "Inriktning"), "long", lines=3)
        self.form.add("background_text", N("Fields", "Bakgrund"), "long", lines=3)
        self.form.add("how_produced_text", N("Fields", "Så har löftet tagits fram"), "long", lines=3)
        self.form.add("follow_up_text", N("Fields", "Så följer vi upp och återrapporterar"), "long", lines=3)
        self.form.add("contribute_text", N("Fields", "Så kan du bidra"), "long", lines=3)
        self.form.add("publication_channels", N("Fields", "Publiceras i"))
        self.texts_label = section_label(self)
        self.promises.current_changed.connect(self._promise_chosen)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        picker = QWidget(self)
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.measure_choice, 1)
        row.addWidget(self.from_measure)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column_box(self, self.texts_label, self.form))
        left = column_box(self, self.promises, self.hint, picker, self.items, stretch_last=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter(self, left, scroll, sizes=[760, 480]))

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr(
            "Bygg löftena av valda åtgärder och skriv dem så att invånarna förstår dem: konkret, "
            "i vardaglig svenska, och bara sådant ni faktiskt kan hålla."))
        self.from_measure.setText(self.tr("Lägg till från åtgärd"))
        self.measure_choice.setAccessibleName(self.tr("Åtgärd att bygga ett löfte av"))
        self.texts_label.setText(self.tr("Texter i medborgarlöftet"))
        for widget in (self.promises, self.items, self.form):
            widget.retranslate_ui()

    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        self.cache.invalidate()
        self.promises.set_rows(crud.list_rows(db, CitizenPromiseRow))
        self.measure_choice.clear()
        measures = sorted(self.cache.rows(MeasureRow), key=lambda m: (not m.is_citizen_promise, m.sort_order, m.id))
        for measure in measures:
            mark = "★ " if measure.is_citizen_promise else ""
            self.measure_choice.addItem(mark + short(measure.title, 80), measure.id)
        self._promise_chosen(self.promises.current_row())

    def _promise_chosen(self, promise: CitizenPromiseRow | None) -> None:
        self.form.set_row(promise)
        promise_id = promise.id if promise is not None else None
        rows = crud.list_rows(self.ctx.db, PromiseItemRow, order_by=("sort_order", "id"), promise_id=promise_id) \
            if promise_id is not None else []
        self.items.set_rows(rows)
        writable = promise is not None and not self.ctx.read_only
        for widget in (self.items.add_button, self.from_measure, self.measure_choice):
            widget.setEnabled(writable)

    def _new_item(self) -> dict[str, Any] | None:
        promise = self.promises.current_row()
        if promise is None:
            return None
        return {"promise_id": promise.id, "wording": "Vi lovar att ", "sort_order": self.items.model.rowCount()}

    def _add_from_measure(self) -> None:
        promise = self.promises.current_row()
        measure_id = self.measure_choice.currentData()
        if promise is None or measure_id is None:
            return
        measure = next((m for m in self.cache.rows(MeasureRow) if m.id == measure_id), None)
        if measure is None:
            return
        outcome = self.ctx.undo.create(PromiseItemRow, {
            "promise_id": promise.id, "measure_id": measure.id, "responsible_org_id": measure.responsible_org_id,
            "wording": promise_wording(measure.title), "sort_order": self.items.model.rowCount(),
        }, label=self.tr("Lägg till löfte"))
        if outcome.entity_id is not None:
            self.items.select_id(outcome.entity_id)
