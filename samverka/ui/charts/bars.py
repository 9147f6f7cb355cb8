"""Horizontal bars: an area's items against the municipality, areas ranked, breakdowns side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from samverka.core.survey.queries import Bar, BarData
from samverka.ui.charts.base import ChartWidget, value_text

MAX_LABEL = 34


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


class BarChart(ChartWidget):
    """Categories top to bottom in the given order; each series is one bar per category."""

    def _draw(self, data: BarData) -> None:
        self.title.setText(data.title)
        count = len(data.categories)
        groups = len(data.series) or 1
        height = 0.8 / groups
        uncertain = False
        values: list[float] = []
        for index, (_name, bars) in enumerate(data.series):
            # Category 0 at the top: y runs downwards from count - 1.
            offset = (groups - 1) / 2 * height - index * height
            ys = [count - 1 - pos + offset for pos in range(len(bars))]
            uncertain |= self._series(index, bars, ys, height, data.value_type)
            values += [b.value for b in bars if b.value is not None]
        for target in data.targets:
            self.add_target(target, angle=90)
            values.append(target.value)
        entries = [(name, index) for index, (name, _) in enumerate(data.series) if name] if groups > 1 else []
        self.set_legend(entries, targets=list(data.targets))
        ticks = [(count - 1 - pos, short(label)) for pos, label in enumerate(data.categories)]
        self.set_left_width([label for _, label in ticks])
        left = self.plot.getAxis("left")
        left.setTicks([ticks])
        self.plot.setYRange(-0.6, count - 0.4, padding=0)
        self.set_value_axis("x", data.value_type, values)
        self.plot.showGrid(x=True, y=False, alpha=self.theme.grid_alpha)
        parts = [] if count else [tr("Inga värden för det här urvalet.")]
        if uncertain:
            parts.append(tr("Randig stapel och * = osäkert värde (färre än 30 svar)."))
        self.note.setText(" ".join(parts))

    def _series(
        self, index: int, bars: tuple[Bar, ...], ys: list[float], height: float, value_type: str
    ) -> bool:
        colour = self.colour(index)
        brushes = []
        uncertain = False
        for bar in bars:
            pattern = Qt.BrushStyle.BDiagPattern if bar.uncertain else Qt.BrushStyle.SolidPattern
            uncertain |= bar.uncertain
            brushes.append(QBrush(colour, pattern))
        widths = [bar.value or 0.0 for bar in bars]
        item = self.pg.BarGraphItem(
            x0=[0.0] * len(bars), y=ys, width=widths, height=height * 0.92, brushes=brushes,
            pen=self.pg.mkPen(colour, width=2),
        )
        self.plot.addItem(item)
        for bar, y in zip(bars, ys, strict=True):
            text = "–" if bar.value is None else value_text(bar.value, value_type) + (" *" if bar.uncertain else "")
            label = self.pg.TextItem(text, color=self.theme.foreground, anchor=(0, 0.5))
            label.setFont(self.font_px(self.theme.font_px if self.projection else self.theme.font_px - 1))
            label.setPos(bar.value or 0.0, y)
            self.plot.addItem(label)
        return uncertain
