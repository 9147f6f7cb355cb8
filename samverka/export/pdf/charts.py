"""Charts for the PDFs drawn with reportlab.graphics from plain data (no Qt, so the command line can draw them)."""

from __future__ import annotations

from typing import Any

from samverka.export.documents import ChartData
from samverka.export.pdf import text as tx
from samverka.export.pdf.layout import FRAME_W, MM
from samverka.export.pdf.styles import FONT, FONT_BOLD, MUTED, NAVY, RULE

# Series colours: navy, teal, amber, rose, grey-blue (distinct in print and for common colour blindness).
PALETTE = ("#1d3557", "#2a9d8f", "#e9a23b", "#c8553d", "#8d99ae", "#6a4c93")


def chart_flowable(chart: ChartData) -> Any:
    from reportlab.graphics.shapes import STATE_DEFAULTS  # noqa: PLC0415

    # The renderer starts every drawing in this font; the default (Helvetica) would be a non-embedded font.
    STATE_DEFAULTS["fontName"] = FONT
    if chart.kind == "line":
        return _line(chart)
    return _hbar(chart)


def _nice_max(chart: ChartData) -> float:
    values = [v for s in chart.series for v in s.values if v is not None]
    if chart.target is not None:
        values.append(chart.target)
    top = max(values, default=1.0)
    if chart.value_max is not None and top <= chart.value_max:
        return chart.value_max
    for step in (1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top <= step * 5:
            return step * ((top // step) + 1)
    return top * 1.1


def _title(drawing: Any, chart: ChartData, height: float) -> None:
    from reportlab.graphics.shapes import String  # noqa: PLC0415
    from reportlab.lib import colors  # noqa: PLC0415

    drawing.add(String(0, height - 11, tx.plain(chart.title), fontName=FONT_BOLD, fontSize=9,
                       fillColor=colors.HexColor(NAVY)))
    if chart.unit:
        drawing.add(String(FRAME_W, height - 11, tx.plain(chart.unit), fontName=FONT, fontSize=7,
                           fillColor=colors.HexColor(MUTED), textAnchor="end"))


def _legend(drawing: Any, chart: ChartData, y: float) -> None:
    from reportlab.graphics.shapes import Rect, String  # noqa: PLC0415
    from reportlab.lib import colors  # noqa: PLC0415
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    x = 0.0
    entries = [(s.label, PALETTE[i % len(PALETTE)]) for i, s in enumerate(chart.series)]
    if chart.target is not None:
        entries.append(("Målvärde", "#c8553d"))
    if len(entries) < 2 and chart.target is None:
        return
    for label, colour in entries:
        shown = tx.plain(label)
        drawing.add(Rect(x, y, 7, 7, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 10, y + 0.5, shown, fontName=FONT, fontSize=7, fillColor=colors.black))
        x += 22 + stringWidth(shown, FONT, 7)


def _hbar(chart: ChartData) -> Any:
    """Items down the side, one bar per series: suits survey indices with long item labels."""
    from reportlab.graphics.charts.barcharts import HorizontalBarChart  # noqa: PLC0415
    from reportlab.graphics.shapes import Drawing, Line, String  # noqa: PLC0415
    from reportlab.lib import colors  # noqa: PLC0415

    n_cat = max(len(chart.categories), 1)
    n_ser = max(len(chart.series), 1)
    band = max(14.0, 7.5 * n_ser + 6)
    plot_h = max(band * n_cat, 30.0)
    label_w = 62 * MM
    legend_h = 14.0
    height = plot_h + 44 + legend_h
    drawing = Drawing(FRAME_W, height)
    _title(drawing, chart, height)
    bars = HorizontalBarChart()
    bars.x, bars.y = label_w, legend_h + 24
    bars.width, bars.height = FRAME_W - label_w - 24, plot_h
    # Within a group the first series is drawn lowest; reverse so the groups read top-down in legend order.
    bars.data = [[(v if v is not None else 0.0) for v in s.values] for s in reversed(chart.series)] or [[0.0] * n_cat]
    top = _nice_max(chart)
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = top
    bars.valueAxis.labelTextFormat = _number
    bars.valueAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.visibleGrid = 1
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    bars.valueAxis.strokeColor = colors.HexColor(RULE)
    bars.categoryAxis.categoryNames = [tx.plain(_short(c, 42)) for c in chart.categories]
    bars.categoryAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = 7.5
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -4
    bars.categoryAxis.strokeColor = colors.HexColor(RULE)
    bars.categoryAxis.reverseDirection = 1
    bars.barSpacing = 1
    bars.groupSpacing = 5
    bars.barLabelFormat = _number
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 6.5
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    for i in range(n_ser):
        bars.bars[n_ser - 1 - i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
        bars.bars[n_ser - 1 - i].strokeColor = None
    drawing.add(bars)
    if chart.target is not None and top:
        x = bars.x + bars.width * chart.target / top
        drawing.add(Line(x, bars.y, x, bars.y + plot_h, strokeColor=colors.HexColor("#c8553d"),
                         strokeDashArray=[3, 2], strokeWidth=1))
    if chart.note:
        drawing.add(String(0, 0, tx.plain(chart.note), fontName=FONT, fontSize=6.5, fillColor=colors.HexColor(MUTED)))
    _legend(drawing, chart, 11)
    return drawing


def _line(chart: ChartData) -> Any:
    """Values over periods (years), one line per series, with the goal as a dashed line."""
    from reportlab.graphics.charts.linecharts import HorizontalLineChart  # noqa: PLC0415
    from reportlab.graphics.shapes import Drawing, Line, String  # noqa: PLC0415
    from reportlab.graphics.widgets.markers import makeMarker  # noqa: PLC0415
    from reportlab.lib import colors  # noqa: PLC0415

    height = 64 * MM
    drawing = Drawing(FRAME_W, height)
    _title(drawing, chart, height)
    plot = HorizontalLineChart()
    plot.x, plot.y = 30, 36
    plot.width, plot.height = FRAME_W - 44, height - 62
    plot.data = [tuple(v for v in s.values) for s in chart.series] or [(0.0,)]
    top = _nice_max(chart)
    plot.valueAxis.valueMin = 0
    plot.valueAxis.valueMax = top
    plot.valueAxis.labelTextFormat = _number
    plot.valueAxis.labels.fontName = FONT
    plot.valueAxis.labels.fontSize = 7
    plot.valueAxis.visibleGrid = 1
    plot.valueAxis.gridStrokeColor = colors.HexColor("#dde3ea")
    plot.valueAxis.strokeColor = colors.HexColor(RULE)
    plot.categoryAxis.categoryNames = [tx.plain(c) for c in chart.categories] or [""]
    plot.categoryAxis.labels.fontName = FONT
    plot.categoryAxis.labels.fontSize = 7
    plot.categoryAxis.strokeColor = colors.HexColor(RULE)
    plot.joinedLines = 1
    for i in range(len(chart.series)):
        colour = colors.HexColor(PALETTE[i % len(PALETTE)])
        plot.lines[i].strokeColor = colour
        plot.lines[i].strokeWidth = 1.6
        plot.lines[i].symbol = makeMarker("FilledCircle", size=4, fillColor=colour, strokeColor=colour)
    drawing.add(plot)
    if chart.target is not None and top:
        y = plot.y + plot.height * chart.target / top
        drawing.add(Line(plot.x, y, plot.x + plot.width, y, strokeColor=colors.HexColor("#c8553d"),
                         strokeDashArray=[3, 2], strokeWidth=1))
        drawing.add(String(plot.x + plot.width, y + 2, f"mål {_number(chart.target)}", fontName=FONT, fontSize=6.5,
                           fillColor=colors.HexColor("#c8553d"), textAnchor="end"))
    if chart.note:
        drawing.add(String(0, 0, tx.plain(chart.note), fontName=FONT, fontSize=6.5, fillColor=colors.HexColor(MUTED)))
    _legend(drawing, chart, 12)
    return drawing


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value)}"
    return f"{value:.1f}".replace(".", ",")
