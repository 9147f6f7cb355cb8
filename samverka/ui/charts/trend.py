"""An item's trend per area over the years, with goal target lines and uncertain values hollow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from samverka.core.survey.queries import TrendData
from samverka.ui.charts.base import ChartWidget, value_text
from samverka.ui.charts.theme import SYMBOLS, symbol_for
from samverka.vocab import VALUE_TYPES


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


class TrendChart(ChartWidget):
    def _draw(self, data: TrendData) -> None:
        theme = self.theme
        self.title.setText(data.title)
        all_years = sorted({p.year for s in data.series for p in s.points})
        values = [p.value for s in data.series for p in s.points] + [t.value for t in data.targets]
        uncertain = False
        for index, series in enumerate(data.series):
            xs = [p.year for p in series.points]
            ys = [p.value for p in series.points]
            colour = self.colour(index)
            symbol = SYMBOLS[symbol_for(index, len(theme.palette))]
            line = self.plot.plot(xs, ys, pen=self.pen(index), symbol=symbol, symbolSize=theme.marker_size,
                                  symbolBrush=colour, symbolPen=self.pg.mkPen(colour, width=2))
            line.setZValue(10)
            shaky = [p for p in series.points if p.uncertain]
            if shaky:
                uncertain = True
                # Hollow markers: the value rests on fewer than 30 answers.
                hollow = self.pg.ScatterPlotItem(
                    [p.year for p in shaky], [p.value for p in shaky], symbol=symbol,
                    size=theme.marker_size + 2, brush=QColor(theme.background),
                    pen=self.pg.mkPen(colour, width=4 if self.projection else 2.5),
                )
                hollow.setZValue(20)
                self.plot.addItem(hollow)
        self.set_legend([(series.label, index) for index, series in enumerate(data.series)], symbols=True,
                        targets=list(data.targets))
        for target in data.targets:
            self.add_target(target, angle=0)
        if all_years:
            step = 1 if len(all_years) <= 12 else 2
            ticks = [(y, str(y)) for y in range(all_years[0], all_years[-1] + 1, step)]
            self.plot.getAxis("bottom").setTicks([ticks])
            self.plot.setXRange(all_years[0] - 0.4, all_years[-1] + 0.4, padding=0)
        self.set_value_axis("y", data.value_type, values)
        self._axis_label(data.value_type)
        self._note(uncertain, bool(data.series), data.value_type)

    def _axis_label(self, value_type: str) -> None:
        label = VALUE_TYPES.get(value_type, (value_type, value_type))[0]
        self.plot.setLabel("left", label, **{"font-size": f"{self.theme.font_px}px", "color": self.theme.foreground})

    def _note(self, uncertain: bool, has_data: bool, value_type: str) -> None:
        parts = []
        if not has_data:
            parts.append(tr("Inga värden för det här urvalet."))
        if uncertain:
            parts.append(tr("Ofylld punkt = osäkert värde (färre än 30 svar)."))
        if has_data and value_type == "index_0_6":
            parts.append(tr("Lägre index är bättre (0 = inget problem, 6 = alarmerande problem)."))
        self.note.setText(" ".join(parts))


__all__ = ["TrendChart", "value_text"]
