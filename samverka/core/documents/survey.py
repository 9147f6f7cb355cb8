"""Survey values for charts: the main area, and an indicator's values over the years."""

from __future__ import annotations

from collections import Counter
from typing import Any

from samverka.core.documents.common import Data


def main_area_code(data: Data) -> str:
    """The area of the first focus problem if the survey covers it, else the sub-area with the most values."""
    codes = {r.area_code for r in data.of("survey_result")}
    areas = data.by_id("area")
    for problem in data.of("problem"):
        area = areas.get(problem.area_id) if problem.area_id is not None else None
        if problem.in_focus and area is not None and area.code in codes:
            return str(area.code)
    counts = Counter(r.area_code for r in data.of("survey_result"))
    municipal = {a.code for a in data.of("area") if a.type == "kommun"}
    ranked = [code for code, _ in counts.most_common() if code not in municipal] or [c for c, _ in counts.most_common()]
    return ranked[0] if ranked else ""


def indicator_series(indicator: Any, data: Data) -> list[tuple[str, float]]:
    """(period, value) for an indicator: its own measurements, or the survey item it follows."""
    rows = sorted((m for m in data.of("measurement") if m.indicator_id == indicator.id),
                  key=lambda m: (m.date is None, m.date.isoformat() if m.date else "", m.id))
    labels = _labels(rows)
    points = [(label, m.value) for label, m in zip(labels, rows, strict=True)]
    if points or not indicator.survey_item_code:
        return points
    area = data.by_id("area").get(indicator.area_id) if indicator.area_id is not None else None
    breakdown = indicator.survey_breakdown or "alla"
    values = sorted(
        (r.year, r.value) for r in data.of("survey_result")
        if r.item_code == indicator.survey_item_code and r.breakdown == breakdown
        and (area is None or r.area_code == area.code)
    )
    return [(str(year), value) for year, value in values]


SHORT_MONTHS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _labels(rows: list[Any]) -> list[str]:
    """A label per measurement: its period, else its year; a month and year when several fall in one year."""
    years = [m.date.year for m in rows if m.date is not None]
    several = len(years) != len(set(years))
    labels = []
    for m in rows:
        if m.date is not None and several:
            labels.append(f"{SHORT_MONTHS[m.date.month - 1]} {m.date.year}")
        elif m.period and not several:
            labels.append(str(m.period))
        else:
            labels.append(str(m.date.year) if m.date is not None else str(m.period))
    return labels
