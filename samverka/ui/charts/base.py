"""The common frame of every chart: a title, the plot, a note line, the theme, and PNG export."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from samverka.core.survey.queries import TargetLine
from samverka.ui.charts import pg
from samverka.ui.charts.theme import ChartTheme, chart_theme, symbol_for

# The legend's marks for the plot symbols of samverka.ui.charts.theme.SYMBOLS, in the same order.
SYMBOL_GLYPHS = ("●", "■", "▼", "◆", "★", "⬢", "▲", "⬟")
AXIS_RANGES = {"index_0_6": (0.0, 6.0), "share_pct": (0.0, 100.0)}


def value_text(value: float, value_type: str) -> str:
    if value_type == "share_pct":
        return f"{value:.1f} %".replace(".", ",")
    if value_type == "count":
        return f"{value:,.0f}".replace(",", "\u00a0")
    return f"{value:.2f}".replace(".", ",")


class ChartWidget(QWidget):
    """Subclasses draw in `_draw(data)`; `set_data` keeps the data so the chart can be redrawn or exported."""

    def __init__(self, *, projection: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.projection = projection
        self.theme: ChartTheme = chart_theme(projection)
        self.data: Any = None
        self.pg = pg()
        self.title = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.plot_widget = self.pg.PlotWidget(parent=self, background=self.theme.background)
        self.plot = self.plot_widget.getPlotItem()
        layout = QVBoxLayout(self)
        layout.setSpacing(4 if projection else 2)
        margin = 24 if projection else 6
        layout.setContentsMargins(margin, margin, margin, margin)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.note)
        self._style_frame()

    def _style_frame(self) -> None:
        theme = self.theme
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"background-color: {theme.background}; color: {theme.foreground};")
        title_font = QFont()
        title_font.setPixelSize(theme.title_px)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setContentsMargins(0, 2, 0, 0)  # room for the ring of Å
        self.title.setWordWrap(True)
        self.note.setFont(self.font_px(theme.font_px if self.projection else theme.font_px - 1))
        self.legend.setFont(self.font_px(theme.font_px))
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot_widget.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(QPen(QColor(theme.foreground), 2 if self.projection else 1))
            axis.setTextPen(QColor(theme.foreground))
            axis.setStyle(tickFont=self.font_px(theme.font_px), tickTextOffset=8 if self.projection else 4)
        # pyqtgraph does not grow the axes for large type by itself.
        self.plot.getAxis("bottom").setHeight(int(theme.font_px * 1.9) + 6)
        self.plot.getAxis("left").setWidth(int(theme.font_px * 3.2))
        self.plot.showGrid(x=False, y=True, alpha=theme.grid_alpha)

    def font_px(self, size: int, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(size)
        font.setBold(bold)
        return font

    def pen(self, index: int, *, width: float | None = None) -> QPen:
        theme = self.theme
        pen = QPen(QColor(theme.palette[index % len(theme.palette)]))
        pen.setWidthF(width or theme.line_width)
        pen.setCosmetic(True)
        return pen

    def colour(self, index: int) -> QColor:
        return QColor(self.theme.palette[index % len(self.theme.palette)])

    def set_data(self, data: Any) -> None:
        self.data = data
        self.plot.clear()
        self.legend.clear()
        self.legend.setVisible(False)
        if data is not None:
            self._draw(data)

    def _draw(self, data: Any) -> None:
        raise NotImplementedError

    def set_legend(
        self, entries: list[tuple[str, int]], *, symbols: bool = False, targets: list[TargetLine] | None = None
    ) -> None:
        """A legend above the plot in the chart's own type size: a coloured mark and the series name."""
        parts = []
        for label, index in entries:
            mark = SYMBOL_GLYPHS[symbol_for(index, len(self.theme.palette))] if symbols else "■"
            colour = self.theme.palette[index % len(self.theme.palette)]
            parts.append(f'<span style="color:{colour}">{mark}</span>&nbsp;{html.escape(label)}')
        for target in targets or []:
            # Goals are dashed lines, the municipality's reference value a dotted one.
            mark = "· · · ·" if target.kind == "reference" else "– – –"
            parts.append(f"<b>{mark}</b>&nbsp;{html.escape(target.label)}")
        self.legend.setText("&nbsp;&nbsp;&nbsp; ".join(parts))
        self.legend.setVisible(bool(parts))

    def set_left_width(self, labels: list[str]) -> None:
        metrics = QFontMetrics(self.font_px(self.theme.font_px))
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0)
        self.plot.getAxis("left").setWidth(max(int(self.theme.font_px * 3.2), widest + 16))

    def add_target(self, target: TargetLine, *, angle: int) -> None:
        pen = QPen(QColor(self.theme.target), self.theme.line_width * (0.6 if target.kind == "reference" else 0.8))
        pen.setStyle(Qt.PenStyle.DotLine if target.kind == "reference" else Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line = self.pg.InfiniteLine(pos=target.value, angle=angle, pen=pen, name=target.label)
        line.setZValue(5)
        self.plot.addItem(line)

    def set_value_axis(self, axis: str, value_type: str, values: list[float]) -> None:
        low, high = AXIS_RANGES.get(value_type, (0.0, max(values, default=1.0) * 1.15 or 1.0))
        if value_type == "share_pct" and values:
            high = min(100.0, max(10.0, (max(values) // 10 + 1) * 10))
        spacing = {"index_0_6": 1.0, "share_pct": 10.0 if high <= 50 else 20.0}.get(value_type)
        if axis == "y":
            self.plot.setYRange(low, high, padding=0.05)
            target = self.plot.getAxis("left")
        else:
            self.plot.setXRange(low, high * 1.1, padding=0.02)
            target = self.plot.getAxis("bottom")
        if spacing:
            target.setTickSpacing(spacing, spacing)

    def render_png(self, width: int, height: int) -> bytes:
        """The chart as a PNG of the given size (for the PDFs), drawn off screen by a twin widget."""
        twin = type(self)(projection=self.projection)
        twin.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        twin.resize(width, height)
        twin.set_data(self.data)
        twin.show()
        layout = twin.layout()
        if layout is not None:
            layout.activate()
        # Let the plot take its final size (pyqtgraph lays out its scene on posted events) before painting.
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        pixmap = twin.grab()
        twin.close()
        del twin  # parentless: Python owns it and frees it here (deleteLater can crash PySide at exit)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap.save(buffer, "PNG")
        return bytes(QByteArray(buffer.data()).data())
