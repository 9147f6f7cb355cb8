"""One indicator's measurements over time against the goal: the baseline and the target as labelled lines, the
values as a line with markers (step 10, on the facilitator's page and on the projector).

The data is `followup_service.IndicatorSeries`, the same rows the follow-up report prints. Baseline and target
differ in line style (dotted, dashed) and are named in the legend, so no one has to tell colours apart.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

from samverka.core.followup_service import IndicatorSeries
from samverka.swedish import decimal
from samverka.ui.charts.base import ChartWidget
from samverka.ui.charts.theme import SYMBOLS

MONTHS_SV = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def year_position(day: dt.date) -> float:
    """A date as a decimal year on the time axis (2026-07-02 → about 2026.5)."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


def chart_points(series: IndicatorSeries) -> tuple[list[float], list[float]]:
    """The measured values as (x, y) in date order; what the plot draws (tests compare it with the service)."""
    dated = series.dated
    return [year_position(p.date) for p in dated if p.date is not None], [p.value for p in dated]


def time_ticks(first: float, last: float) -> list[tuple[float, str]]:
    """Years for a long span; months (with the year at January) for a span of two years or less."""
    months = MONTHS_EN if QCoreApplication.translate("Charts", "jan") == "Jan" else MONTHS_SV
    if last - first > 2.2:
        return [(float(year), str(year)) for year in range(int(first), int(last) + 2)]
    ticks: list[tuple[float, str]] = []
    year, month = int(first), 1
    step = 3 if last - first > 0.9 else 1
    while year + (month - 1) / 12 <= last + 0.1:
        position = year_position(dt.date(year, month, 1))
        if position >= first - 0.1:
            ticks.append((position, f"{months[month - 1]} {year}" if month == 1 or not ticks else months[month - 1]))
        month += step
        if month > 12:
            year, month = year + 1, month - 12
    return ticks


class IndicatorChart(ChartWidget):
    def _draw(self, data: IndicatorSeries) -> None:
        theme = self.theme
        unit = f" ({data.unit})" if data.unit else ""
        self.title.setText(data.indicator.name + unit)
        xs, ys = chart_points(data)
        colour = self.colour(0)
        if xs:
            line = self.plot.plot(xs, ys, pen=self.pen(0), symbol=SYMBOLS[0], symbolSize=theme.marker_size,
                                  symbolBrush=colour, symbolPen=self.pg.mkPen(colour, width=2))
            line.setZValue(10)
        positions = list(xs)
        values = list(ys)
        legend = [(tr("Mätvärden"), 0)] if xs else []
        marks: list[tuple[str, str]] = []
        for kind, found in (("baseline", data.baseline), ("target", data.target)):
            if found is None:
                continue
            day, value = found
            values.append(value)
            if day is not None:
                positions.append(year_position(day))
            self._reference(kind, value, day)
            text = (tr("Utgångsvärde %1") if kind == "baseline" else tr("Mål %1")).replace(
                "%1", decimal(value) + (f" {data.unit}" if data.unit else ""))
            marks.append(("· · ·" if kind == "baseline" else "– – –", text + (f" ({day.isoformat()})" if day else "")))
        self.set_legend(legend)
        if marks:
            extra = "&nbsp;&nbsp;&nbsp; ".join(f"<b>{mark}</b>&nbsp;{html.escape(text)}" for mark, text in marks)
            current = self.legend.text()
            self.legend.setText(f"{current}&nbsp;&nbsp;&nbsp; {extra}" if current else extra)
            self.legend.setVisible(True)
        if positions:
            first, last = min(positions), max(positions)
            pad = max(0.08, (last - first) * 0.04)
            self.plot.setXRange(first - pad, last + pad, padding=0)
            self.plot.getAxis("bottom").setTicks([time_ticks(first, last)])
        if values:
            low, high = min(values), max(values)
            span = (high - low) or max(abs(high), 1.0)
            self.plot.setYRange(min(0.0, low - span * 0.15), high + span * 0.2, padding=0)
        self.note.setText(str(data.text) if xs else tr("Inga mätningar ännu. Lägg till den första nedan."))

    def _reference(self, kind: str, value: float, day: dt.date | None) -> None:
        """The baseline (dotted) or the target (dashed) across the chart, with a hollow marker at its date."""
        theme = self.theme
        pen = QPen(QColor(theme.target), theme.line_width * (0.6 if kind == "baseline" else 0.8))
        pen.setStyle(Qt.PenStyle.DotLine if kind == "baseline" else Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line = self.pg.InfiniteLine(pos=value, angle=0, pen=pen)
        line.setZValue(5)
        self.plot.addItem(line)
        if day is not None:
            marker = self.pg.ScatterPlotItem([year_position(day)], [value], symbol="d" if kind == "target" else "s",
                                             size=theme.marker_size + 2, brush=QColor(theme.background),
                                             pen=self.pg.mkPen(QColor(theme.target), width=3))
            marker.setZValue(20)
            self.plot.addItem(marker)
