"""Step 9 Medborgarlöften: promises built from chosen measures, in public "Vi lovar att …" wording, each line with
who keeps it (one party or "alla parter"), a quantified activity (26 kvällar), where and when, and when it is
reported back; the citizen dialogue the promise builds on; and renewal as a new version for a new period.

The wording a measure gives is made by `core.promise_wording` (whole Swedish sentences); the facilitator edits it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.promise_wording import promise_wording, promiser
from samverka.dto import AreaRow, CitizenPromiseRow, MeasureRow, OrganisationRow, PromiseItemRow
from samverka.errors import KnownError
from samverka.ui.context import UiContext
from samverka.ui.models.columns import Column, N
from samverka.ui.steps.base import StepPage
from samverka.ui.steps.common import column_box, guidance_label, scrolled, section_label, short, splitter
from samverka.ui.widgets.delegates import parse_date
from samverka.ui.widgets.form import BoundForm
from samverka.ui.widgets.row_table import RowTable
from samverka.workflow.missing import Missing

Renewal = tuple[dt.date, dt.date, dt.date | None]


def next_period(promise: CitizenPromiseRow) -> Renewal:
    """The renewal's defaults: from the day after the old period ends, for twelve months, reported back after six."""
    start = (promise.period_end + dt.timedelta(days=1)) if promise.period_end else dt.date.today()
    try:
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        end = start + dt.timedelta(days=364)
    back = start + dt.timedelta(days=182)
    return start, end, back


class RenewDialog(QDialog):
    """The new period (and report-back date) of a renewed promise."""

    def __init__(self, promise: CitizenPromiseRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Förnya medborgarlöftet"))
        start, end, back = next_period(promise)
        self.start, self.end = QLineEdit(start.isoformat()), QLineEdit(end.isoformat())
        self.back = QLineEdit(back.isoformat() if back else "")
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        intro = QLabel(self.tr("Version {0} gäller till {1}. Förnyelsen blir version {2} med samma löften; "
                               "statusarna stannar i den gamla versionen.").format(
            promise.version, promise.period_end.isoformat() if promise.period_end else "–", promise.version + 1))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Gäller från"), self.start)
        form.addRow(self.tr("Gäller till"), self.end)
        form.addRow(self.tr("Återrapportering"), self.back)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Förnya"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.answer: Renewal | None = None

    def accept(self) -> None:
        try:
            start, end = parse_date(self.start.text()), parse_date(self.end.text())
            back = parse_date(self.back.text())
        except ValueError:
            self.error.setText(self.tr("Skriv datumen som ÅÅÅÅ-MM-DD."))
            return
        if start is None or end is None or end < start:
            self.error.setText(self.tr("Ange en period där slutet kommer efter starten."))
            return
        self.answer = (start, end, back)
        super().accept()


def ask_renewal(parent: QWidget, promise: CitizenPromiseRow) -> Renewal | None:
    dialog = RenewDialog(promise, parent)
    return dialog.answer if dialog.exec() == QDialog.DialogCode.Accepted else None


class PromisesPage(StepPage):
    STEP = 9
    # The measure picker is built from the measures, so a change to one reloads the page.
    PATCHED = frozenset({CitizenPromiseRow, PromiseItemRow, OrganisationRow, AreaRow})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.cache = self.ref_cache()
        self.ask_renewal = ask_renewal  # tests hand in their own answer
        self.promises = RowTable[CitizenPromiseRow](ctx, CitizenPromiseRow, [
            Column("title", N("Columns", "Medborgarlöfte"), width=190),
            Column("version", N("Columns", "Version"), "int", editable=False, width=60),
            Column("period_start", N("Columns", "Gäller från"), "date", width=95),
            Column("period_end", N("Columns", "Gäller till"), "date", width=95),
            Column("area_id", N("Columns", "Område"), "ref", ref=self.cache.ref(AreaRow), width=110),
            Column("target_group", N("Columns", "Målgrupp"), width=120),
            Column("published_date", N("Columns", "Publicerat"), "date"),
        ], title=N("Sections", "Medborgarlöften"), new_values=lambda: {"title": self.tr("Nytt medborgarlöfte")})
        self.old_versions = QCheckBox(self)
        self.old_versions.toggled.connect(self.refresh)
        self.renew_button = QPushButton(self)
        self.renew_button.clicked.connect(self.renew)
        self.items = RowTable[PromiseItemRow](ctx, PromiseItemRow, [
            Column("wording", N("Columns", "Vi lovar att …"), "long", width=270),
            Column("responsible_org_id", N("Columns", "Ansvarig"), "ref", ref=self.cache.ref(OrganisationRow),
                   width=120),
            Column("all_parties", N("Columns", "Alla"), "bool", width=45,
                   tooltip=N("Columns", "Alla parter håller löftet tillsammans (”Tillsammans lovar vi”)")),
            Column("activity_count", N("Columns", "Antal"), "int", width=55),
            Column("activity_unit", N("Columns", "Enhet"), width=80),
            Column("report_back_date", N("Columns", "Återrapport"), "date",
                   tooltip=N("Columns", "När resultatet rapporteras tillbaka till invånarna")),
        ], title=N("Sections", "Löften"), new_values=self._new_item)
        self.item_form = BoundForm(ctx, PromiseItemRow, self)
        self.item_form.add("place", N("Fields", "Var"))
        self.item_form.add("when_text", N("Fields", "När"))
        self.item_form.add("measure_id", N("Fields", "Bygger på åtgärd"), "ref", ref=self.cache.ref(MeasureRow))
        self.items.current_changed.connect(self.item_form.set_row)
        self.suggest_button = QPushButton(self)
        self.suggest_button.clicked.connect(self.suggest_wording)
        self.hint = guidance_label(self)
        self.measure_choice = QComboBox(self)
        self.measure_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.measure_choice.setMinimumContentsLength(16)
        self.from_measure = QPushButton(self)
        self.from_measure.clicked.connect(self._add_from_measure)
        self.form = BoundForm(ctx, CitizenPromiseRow, self, labels_above=True)
        self.form.add("dialogue_basis", N("Fields", "Medborgardialogen som löftet bygger på"), "long", lines=3,
                      guidance=N("Guidance", "Vilken dialog, när och med vilka: t.ex. 140 synpunkter i kartappen "
                                             "hösten 2025 och trygghetsvandringen i oktober."), show_guidance=True)
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
        row.addWidget(self.suggest_button)
        versions = QWidget(self)
        version_row = QHBoxLayout(versions)
        version_row.setContentsMargins(0, 0, 0, 0)
        version_row.addWidget(self.old_versions)
        version_row.addStretch(1)
        version_row.addWidget(self.renew_button)
        scroll = scrolled(self, column_box(self, self.texts_label, self.form))  # wraps, never scrolls sideways
        upper = column_box(self, self.promises, versions, stretch_last=False)
        upper.layout().setStretch(0, 1)  # type: ignore[union-attr]
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.hint, 0), (picker, 0), (self.items, 1), (self.item_form, 0)):
            column.addWidget(widget, stretch)
        left = splitter(self, upper, lower, vertical=True, sizes=[150, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter(self, left, scroll, sizes=[700, 380]))

    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr(
            "Bygg löftena av valda åtgärder och skriv dem så att invånarna förstår dem: konkret, i vardaglig "
            "svenska, med vem som håller löftet, hur mycket (t.ex. 26 kvällar), var och när – och bara sådant ni "
            "faktiskt kan hålla."))
        self.from_measure.setText(self.tr("Lägg till från åtgärd"))
        self.suggest_button.setText(self.tr("Föreslå formulering"))
        self.suggest_button.setToolTip(self.tr(
            "Skriv om det markerade löftet från dess åtgärd och ansvariga part (kan ångras)."))
        self.measure_choice.setAccessibleName(self.tr("Åtgärd att bygga ett löfte av"))
        self.texts_label.setText(self.tr("Texter i medborgarlöftet"))
        self.old_versions.setText(self.tr("Visa tidigare versioner"))
        self.renew_button.setText(self.tr("Förnya för en ny period…"))
        for widget in (self.promises, self.items, self.form, self.item_form):
            widget.retranslate_ui()

    # --- loading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.ctx.state.db
        if db is None:
            return
        from samverka.core.promise_service import current_promises

        self.cache.invalidate()
        shown = crud.list_rows(db, CitizenPromiseRow) if self.old_versions.isChecked() else current_promises(db)
        self.promises.set_rows(sorted(shown, key=lambda p: (p.title, p.version, p.id)))
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
        self.item_form.set_row(self.items.current_row())
        writable = promise is not None and not self.ctx.read_only
        for widget in (self.items.add_button, self.from_measure, self.measure_choice, self.renew_button,
                       self.suggest_button):
            widget.setEnabled(writable)

    # --- wording ------------------------------------------------------------------------------------------------
    def wording_for(self, measure: MeasureRow, *, all_parties: bool = False, org_id: int | None = None) -> str:
        """The generated sentence for a measure, said by its responsible party (or all parties)."""
        orgs = {o.id: o for o in self.cache.rows(OrganisationRow)}
        org = orgs.get(org_id if org_id is not None else measure.responsible_org_id or 0)
        who = promiser(all_parties=all_parties, org_type=org.type if org else "", org_name=org.name if org else "")
        names = [measure.place, *(a.name for a in self.cache.rows(AreaRow)), *(o.name for o in orgs.values())]
        return promise_wording(measure.title, who=who, names=names)

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
            "wording": self.wording_for(measure), "sort_order": self.items.model.rowCount(),
            "place": measure.place, "when_text": measure.frequency,
        }, label=self.tr("Lägg till löfte"))
        if outcome.entity_id is not None:
            self.items.select_id(outcome.entity_id)

    def suggest_wording(self) -> bool:
        """Write the selected line again from its measure and who keeps it (the facilitator edits from there)."""
        item = self.items.current_row()
        if item is None:
            return False
        measure = next((m for m in self.cache.rows(MeasureRow) if m.id == item.measure_id), None)
        if measure is None:
            self.ctx.bus.info_raised.emit(self.tr("Löftet bygger inte på någon åtgärd; välj en under "
                                                  "”Bygger på åtgärd” eller skriv formuleringen själv."))
            return False
        wording = self.wording_for(measure, all_parties=item.all_parties, org_id=item.responsible_org_id)
        return self.ctx.undo.update(PromiseItemRow, item.id, {"wording": wording},
                                    expected={"wording": item.wording}).saved

    # --- renewal ------------------------------------------------------------------------------------------------
    def renew(self) -> bool:
        """The next version for a new period, its lines copied; undo removes the new version."""
        from samverka.core import promise_service as ps

        promise = self.promises.current_row()
        if promise is None:
            return False
        answer = self.ask_renewal(self, promise)
        if answer is None:
            return False
        start, end, back = answer
        db = self.ctx.db
        made: dict[str, int] = {}

        def do() -> Changes:
            made["id"], changes = ps.renew_promise(db, promise.id, period_start=start, period_end=end,
                                                   report_back=back)
            return changes

        outcome = self.ctx.undo.call(self.tr("Förnya medborgarlöftet"), do,
                                     lambda: ps.delete_version(db, made["id"])[1])
        if outcome:
            self.promises.select_id(made["id"])
        return outcome.saved

    # --- "what is missing" --------------------------------------------------------------------------------------
    def focus_missing(self, missing: Missing) -> bool:
        """The promise's field (its period in the table, its dialogue in the form), or the promise line's cell."""
        if self.ctx.state.db is None:
            return False
        if missing.entity == PromiseItemRow.KIND and missing.entity_id is not None:
            try:
                item = crud.get(self.ctx.db, PromiseItemRow, missing.entity_id)
            except KnownError:
                return False
            self.promises.select_id(item.promise_id)
            self.items.select_id(item.id)
            return self._focus_cell(self.items, item.id, missing.field)
        if missing.entity == PromiseItemRow.KIND:
            widget = self.from_measure if self.from_measure.isEnabled() else self.promises.view
            widget.setFocus()
            return True
        if missing.entity == CitizenPromiseRow.KIND and missing.entity_id is not None:
            if missing.entity_id not in {p.id for p in self.promises.model.rows}:
                self.old_versions.setChecked(True)  # an older version: show them all
            self.promises.select_id(missing.entity_id)
            if not missing.field:  # a promise without lines: add one from a measure
                self.from_measure.setFocus()
                return self.promises.current_row() is not None
            field = self.form.fields.get(missing.field)
            if field is not None:
                field.editor.setFocus()
                return True
            return self._focus_cell(self.promises, missing.entity_id, missing.field)
        if missing.entity == CitizenPromiseRow.KIND:
            self.promises.add_button.setFocus()
            return True
        return False

    @staticmethod
    def _focus_cell(table: RowTable[Any], row_id: int, field: str) -> bool:
        row = table.model.row_of(row_id)
        if row < 0:
            return False
        column = next((i for i, c in enumerate(table.model.columns) if c.field == field), 0)
        table.view.setCurrentIndex(table.model.index(row, column))
        table.view.setFocus()
        return True

