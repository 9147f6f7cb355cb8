"""Weekday × hour heat map of observations (cividis: readable without telling red from green)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from samverka.core.survey.queries import WEEKDAYS_SV, HeatmapData
from samverka.ui.charts.base import ChartWidget
from samverka.ui.charts.theme import contrast


def tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


class HeatmapChart(ChartWidget):
    def _draw(self, data: HeatmapData) -> None:
        import numpy as np  # comes with pyqtgraph

        self.title.setText(tr("Veckodag × timme") if data.title == "Veckodag × timme" else data.title)
        grid = np.array(data.values, dtype=float)
        top = float(grid.max()) if grid.size else 0.0
        colormap = self.pg.colormap.get("cividis")
        image = self.pg.ImageItem(grid)
        image.setLookupTable(colormap.getLookupTable(nPts=256))
        image.setLevels((0.0, max(top, 1e-9)))
        image.setRect(-0.5, -0.5, 24, 7)
        self.plot.addItem(image)
        self.plot.invertY(True)
        self.plot.showGrid(x=False, y=False)
        self.plot.getAxis("left").setTicks([[(i, day) for i, day in enumerate(WEEKDAYS_SV)]])
        step = 2 if self.projection else 1
        self.plot.getAxis("bottom").setTicks([[(h, f"{h:02d}") for h in range(0, 24, step)]])
        self.plot.setXRange(-0.5, 23.5, padding=0)
        self.plot.setYRange(-0.5, 6.5, padding=0)
        self._cell_texts(grid, top, colormap)
        self.note.setText(self._note_text(data))

    def _cell_texts(self, grid: object, top: float, colormap: object) -> None:
        if top <= 0:
            return
        size = self.theme.font_px if self.projection else self.theme.font_px - 3
        for day in range(7):
            for hour in range(24):
                value = float(grid[day][hour])  # type: ignore[index]
                if value <= 0:
                    continue
                colour = colormap.map(value / top, mode="qcolor")  # type: ignore[attr-defined]
                ink = max((self.theme.heat_text_dark, self.theme.heat_text_light),
                          key=lambda text_colour: contrast(text_colour, colour.name()))
                item = self.pg.TextItem(self._cell_text(value), color=ink, anchor=(0.5, 0.5))
                item.setFont(self.font_px(size))
                item.setPos(hour, day)
                self.plot.addItem(item)

    def _cell_text(self, value: float) -> str:
        # Projection type is 28 px, so cells show whole numbers there.
        if self.projection or value >= 9.5:
            return f"{value:.0f}" if value >= 0.5 else "<1"
        return f"{value:.1f}".replace(".", ",")

    def _note_text(self, data: HeatmapData) -> str:
        text = tr("%n iakttagelser med känd tid; antal fördelat jämnt över deras timmar.").replace(
            "%n", str(data.observations)
        )
        if data.without_time:
            text += " " + tr("%n utan tidsuppgift visas inte.").replace("%n", str(data.without_time))
        return text
