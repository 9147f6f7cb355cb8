"""From a ChartSpec to chart data (through the Qt-free queries) and to the right chart widget."""

from __future__ import annotations

from typing import Any

from samverka.core.survey import queries
from samverka.core.survey.queries import Catalog
from samverka.models.db import Database
from samverka.ui.charts.bars import BarChart
from samverka.ui.charts.base import ChartWidget
from samverka.ui.charts.heatmap import HeatmapChart
from samverka.ui.charts.trend import TrendChart
from samverka.ui.survey.chart_state import ChartSpec

WIDGETS: dict[str, type[ChartWidget]] = {
    "trend": TrendChart, "profile": BarChart, "ranking": BarChart, "breakdown": BarChart, "heatmap": HeatmapChart,
}


def complete(cat: Catalog, spec: ChartSpec) -> ChartSpec:
    """Fill what the spec leaves open with sensible choices: the first item, the latest year, a sub-area."""
    if spec.kind == "heatmap":
        return spec
    items, areas, years = cat.items, cat.areas, cat.years
    item = spec.item_code if any(i.code == spec.item_code for i in items) else (items[0].code if items else "")
    total = cat.total_code
    codes = [code for code, _ in areas]
    area = spec.area_code if spec.area_code in codes else next((c for c in codes if c != total), codes[0] if codes
                                                               else "")
    year = spec.year if spec.year in years else (years[-1] if years else None)
    return spec.with_(item_code=item, area_code=area, year=year)


def chart_data(db: Database, spec: ChartSpec, cat: Catalog | None = None) -> Any:
    """The data for the chart, or None when there is nothing to draw yet."""
    if spec.kind == "heatmap":
        return queries.observation_heatmap(db, source_kind=spec.source_kind or None)
    cat = cat or queries.catalog(db)
    spec = complete(cat, spec)
    if not spec.item_code or spec.year is None:
        return None
    if spec.kind == "trend":
        return queries.trend(db, spec.item_code, breakdown=spec.breakdown, cat=cat)
    if spec.kind == "profile":
        return queries.area_profile(db, spec.area_code, spec.year, breakdown=spec.breakdown, cat=cat)
    if spec.kind == "ranking":
        return queries.ranking(db, spec.item_code, spec.year, breakdown=spec.breakdown, cat=cat)
    return queries.breakdown_bars(db, spec.item_code, spec.area_code, cat=cat)


def make_chart(kind: str, *, projection: bool) -> ChartWidget:
    return WIDGETS.get(kind, TrendChart)(projection=projection)


def chart_png(db: Database, spec: ChartSpec, width: int, height: int, *, projection: bool = False) -> bytes | None:
    """A survey chart as PNG bytes for a document (None when there is no data for it yet)."""
    data = chart_data(db, spec)
    if data is None:
        return None
    chart = make_chart(spec.kind, projection=projection)
    chart.set_data(data)
    return chart.render_png(width, height)
