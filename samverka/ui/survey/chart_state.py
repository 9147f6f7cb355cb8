"""Which survey chart is shown: one object per app state, so the facilitator's panel and the audience
window always show the same chart (the panel changes it, the projection follows)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from samverka.core.changes import Changes
from samverka.core.survey.queries import Catalog, catalog
from samverka.dto import AreaRow, SurveyImportRow, SurveyResultRow
from samverka.models.db import Database
from samverka.ui.context import UiContext

# Changes to these tables change what the pickers offer (items, areas, years).
CATALOG_KINDS = (SurveyResultRow, SurveyImportRow, AreaRow)

CHART_KINDS = ("trend", "profile", "ranking", "breakdown", "heatmap")


@dataclass(frozen=True)
class ChartSpec:
    kind: str = "trend"
    item_code: str = ""
    area_code: str = ""
    year: int | None = None
    breakdown: str = "alla"
    source_kind: str = ""

    def with_(self, **changes: object) -> ChartSpec:
        return replace(self, **changes)  # type: ignore[arg-type]


class SurveyChartState(QObject):
    spec_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.spec = ChartSpec()
        self._catalog: tuple[Database, Catalog] | None = None

    def catalog(self, db: Database) -> Catalog:
        """The items, areas and years on offer, read once per change of the survey data."""
        if self._catalog is None or self._catalog[0] is not db:
            self._catalog = (db, catalog(db))
        return self._catalog[1]

    def invalidate(self, changes: Changes | None = None, _initiator: object = None) -> None:
        if changes is None or changes.touches(*CATALOG_KINDS):
            self._catalog = None

    def set_spec(self, spec: ChartSpec) -> None:
        if spec != self.spec:
            self.spec = spec
            self.spec_changed.emit(spec)


_STATES: weakref.WeakKeyDictionary[object, SurveyChartState] = weakref.WeakKeyDictionary()


def chart_state(ctx: UiContext) -> SurveyChartState:
    """The chart selection that belongs to this app state (made on first use)."""
    found = _STATES.get(ctx.state)
    if found is None:
        found = SurveyChartState()
        _STATES[ctx.state] = found
        # Connected before any view's refresh, so views never read a stale catalogue.
        ctx.bus.changed.connect(found.invalidate)
        ctx.state.database_changed.connect(found.invalidate)
    return found
