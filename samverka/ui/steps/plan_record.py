"""The action plan's own record: title, period and the decision (beslutande organ, datum, §, diarienummer).

Edits go to the draft through `action_plan_service.update_draft` (one undo step per field); a decided version is
shown as it was decided and cannot be edited (a new version is made with "Ny version").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from samverka.core.changes import Changes
from samverka.dto import ActionPlanRow
from samverka.ui.context import UiContext
from samverka.ui.models.columns import N
from samverka.ui.undo import Outcome
from samverka.ui.widgets.delegates import date_error, parse_date

# (field, Swedish label, is a date)
FIELDS: tuple[tuple[str, str, bool], ...] = (
    ("title", N("ActionPlanPage", "Titel"), False),
    ("period_start", N("ActionPlanPage", "Gäller från"), True),
    ("period_end", N("ActionPlanPage", "Gäller till"), True),
    ("decided_by", N("ActionPlanPage", "Beslutande organ"), False),
    ("decision_date", N("ActionPlanPage", "Beslutsdatum"), True),
    ("paragraph", N("ActionPlanPage", "Paragraf (§)"), False),
    ("diarienummer", N("ActionPlanPage", "Diarienummer"), False),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionPlanPage", text)


DATE_FIELDS = frozenset(field for field, _text, is_date in FIELDS if is_date)


def _date(text: str) -> dt.date | None:
    """A date as every date field reads it (delegates.parse_date), with the same message when it is not one."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise ValueError(date_error()) from exc


class PlanRecordForm(QWidget):
    """`saved` is emitted after a field was saved (the page reloads the versions)."""

    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: ActionPlanRow | None = None
        self.editable = False
        self.editors: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "section")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, _text, is_date in FIELDS:
            editor = QLineEdit(self)
            editor.setObjectName(f"plan_{field}")
            editor.editingFinished.connect(lambda f=field: self.commit(f))
            label = QLabel(self)
            label.setBuddy(editor)
            if is_date:
                editor.setMaximumWidth(140)
            self.editors[field], self.labels[field] = editor, label
            form.addRow(label, editor)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for field, text, is_date in FIELDS:
            self.labels[field].setText(_tr(text))
            self.editors[field].setAccessibleName(_tr(text))
            if is_date:
                self.editors[field].setPlaceholderText(_tr("ÅÅÅÅ-MM-DD"))
        self.editors["decided_by"].setPlaceholderText(_tr("t.ex. Kommunstyrelsen"))
        self.editors["paragraph"].setPlaceholderText(_tr("t.ex. § 245"))
        self.editors["diarienummer"].setPlaceholderText(_tr("t.ex. KS 2025/0456"))
        self._show_heading()

    def _show_heading(self) -> None:
        plan = self.plan
        if plan is None:
            self.heading.setText(_tr("Beslutet om åtgärdsplanen (ingen version ännu)"))
        elif plan.status == "beslutad":
            self.heading.setText(_tr("Version %1, beslutad – visas som den beslutades").replace(
                "%1", str(plan.version)))
        else:
            self.heading.setText(_tr("Version %1, utkast – fyll i beslutet när kommunen har beslutat").replace(
                "%1", str(plan.version)))

    def show_plan(self, plan: ActionPlanRow | None, *, editable: bool) -> None:
        """Show a version; `editable` for the draft (or before the first version exists)."""
        self.plan, self.editable = plan, editable and not self.ctx.read_only
        for field, _text, _is_date in FIELDS:
            editor = self.editors[field]
            value: Any = getattr(plan, field) if plan is not None else None
            if not editor.hasFocus() or not self.editable:
                editor.setText(value.isoformat() if isinstance(value, dt.date) else str(value or ""))
            editor.setReadOnly(not self.editable)
        self.error.hide()
        self._show_heading()

    def value(self, field: str) -> Any:
        text = self.editors[field].text()
        return _date(text) if field in DATE_FIELDS else text.strip()

    def commit(self, field: str) -> bool:
        """Save one field to the draft (the draft is made with the first edit); one undo step."""
        if not self.editable or self.ctx.state.db is None:
            return False
        from samverka.core import action_plan_service as aps

        try:
            new = self.value(field)
        except ValueError as exc:
            self._error(str(exc))
            return False
        db = self.ctx.db
        label = _tr("Ändra åtgärdsplanens %1").replace("%1", _tr(dict((f, t) for f, t, _ in FIELDS)[field]).lower())
        if self.plan is None:
            outcome = self._first_edit(label, field, new)
        else:
            old = getattr(self.plan, field)
            if new == old:
                return True
            outcome = self.ctx.undo.call(
                label, lambda: aps.update_draft(db, {field: new}, expected={field: old}),
                lambda: aps.update_draft(db, {field: old}, expected={field: new}), initiator=self)
        if not outcome:
            self._error(str(outcome.error) if outcome.error is not None else "")
            return False
        self.error.hide()
        self.saved.emit()
        return True

    def _first_edit(self, label: str, field: str, new: Any) -> Outcome:
        """The first edit makes the first version (with the collaboration's period and name); undo removes it."""
        from samverka.core import action_plan_service as aps
        from samverka.core import crud

        db = self.ctx.db
        made: dict[str, int] = {}

        def do() -> Changes:
            changes = aps.update_draft(db, {field: new})
            made["id"] = next(iter(changes.ids(ActionPlanRow)))
            return changes

        return self.ctx.undo.call(label, do, lambda: crud.delete_row(db, ActionPlanRow, made["id"])[1],
                                  initiator=self)

    def _error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
