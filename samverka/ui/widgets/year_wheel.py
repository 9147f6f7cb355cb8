"""The årshjul drawn as a circle: twelve months around, each event an arc with a numbered marker.

One painter serves the facilitator's page (light, small, clickable, markers draggable to move an event) and the
projector (dark theme, large type, the events listed beside the circle with the same numbers).
Angles are degrees clockwise from 1 January at the top, as `core.calendar_service.wheel` gives them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from samverka.core.projection.year_wheel import Arc, WheelSlide
from samverka.errors import language

if TYPE_CHECKING:  # the slides (and the services behind them) load with the presenter, not with step 1
    from samverka.core.projection.slides import Entry

MONTHS = (("jan", "Jan"), ("feb", "Feb"), ("mar", "Mar"), ("apr", "Apr"), ("maj", "May"), ("jun", "Jun"),
          ("jul", "Jul"), ("aug", "Aug"), ("sep", "Sep"), ("okt", "Oct"), ("nov", "Nov"), ("dec", "Dec"))
# Okabe–Ito colours (told apart in colour-vision deficiency too); the number on the marker names the event.
KIND_COLOURS = {
    "lägesbildsmöte": "#0072B2", "trygghetsmätning": "#E69F00", "styrgrupp": "#CC79A7", "rapport_ks": "#D55E00",
    "förnyelse_löften": "#009E73", "uppföljning": "#56B4E9", "annat": "#8C96A0",
}
LANES = 4
DAYS = 365


@dataclass(frozen=True)
class WheelItem:
    id: int
    number: int  # 1, 2, … in calendar order; the list beside the wheel uses the same numbers
    title: str
    when: str
    kind: str
    kind_label: str
    start_angle: float
    sweep: float


@dataclass(frozen=True)
class Palette:
    background: str
    ring: tuple[str, str]  # alternating month sectors
    month_text: str
    line: str
    text: str
    muted: str
    highlight: str


LIGHT = Palette("#ffffff", ("#eef3f8", "#dde7f1"), "#1d2733", "#9fb3c8", "#1d2733", "#4a5a6b", "#1d2733")
DARK = Palette("#0B1B2B", ("#16324F", "#1E3F61"), "#FFFFFF", "#3D5F82", "#FFFFFF", "#D6E2EE", "#F0E442")


def month_label(month: int) -> str:
    sv, en = MONTHS[month - 1]
    return en if language() == "en" else sv


def month_days(month: int) -> int:
    return calendar.monthrange(2001, month)[1]


def angle_to_date(angle: float) -> dt.date:
    """The day of a 365-day year at this angle (the year itself does not matter)."""
    day = round((angle % 360.0) * DAYS / 360.0) % DAYS
    return dt.date(2001, 1, 1) + dt.timedelta(days=day)


def point(centre: QPointF, radius: float, angle: float) -> QPointF:
    rad = math.radians(angle)
    return QPointF(centre.x() + radius * math.sin(rad), centre.y() - radius * math.cos(rad))


def angle_at(centre: QPointF, pos: QPointF) -> float:
    return math.degrees(math.atan2(pos.x() - centre.x(), centre.y() - pos.y())) % 360.0


def lanes(items: Sequence[WheelItem], marker_degrees: float) -> dict[int, int]:
    """Each event's lane (0 = outermost), so arcs and markers in one lane never overlap."""
    ends: list[list[tuple[float, float]]] = [[] for _ in range(LANES)]
    found: dict[int, int] = {}
    for item in items:
        start = item.start_angle - marker_degrees / 2
        end = item.start_angle + max(item.sweep, marker_degrees / 2) + marker_degrees / 2
        lane = next((i for i, taken in enumerate(ends) if all(end <= s or start >= e for s, e in taken)), None)
        if lane is None:
            lane = min(range(LANES), key=lambda i: len(ends[i]))
        ends[lane].append((start, end))
        found[item.id] = lane
    return found


def _font(pixels: float, *, bold: bool = False) -> QFont:
    result = QFont(QApplication.font().family())
    result.setPixelSize(max(8, round(pixels)))
    result.setBold(bold)
    return result


@dataclass(frozen=True)
class Geometry:
    """Sizes in pixels; `text` is the smallest text size allowed (28 px on the projector, 0 on the laptop)."""

    centre: QPointF
    radius: float  # the outer edge of the month ring
    ring: float  # the month ring's width
    lane: float  # one lane's width
    marker: float  # a marker's radius
    text: float = 0.0

    def px(self, size: float) -> float:
        return max(size, self.text)

    def lane_radius(self, lane: int) -> float:
        return self.radius - self.ring - self.lane * (lane + 0.5)


def geometry(rect: QRectF, min_px: float = 0.0) -> Geometry:
    radius = min(rect.width(), rect.height()) / 2 - 2
    ring = radius * 0.16
    lane = radius * 0.14
    return Geometry(rect.center(), radius, ring, lane, max(lane * 0.44, min_px * 0.5), min_px)


def paint_wheel(painter: QPainter, rect: QRectF, items: Sequence[WheelItem], highlight: int | None,
                palette: Palette, *, today: dt.date | None = None,
                moved: tuple[int, float] | None = None, min_px: float = 0.0) -> dict[int, QPointF]:
    """Paint the wheel in `rect`; gives each event's marker centre (for clicks). `moved` = (event id, angle)
    draws that event where it is being dragged to; no text is smaller than `min_px`."""
    g = geometry(rect, min_px)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_months(painter, g, palette)
    if today is not None:
        _paint_today(painter, g, today, palette)
    centres = _paint_events(painter, g, items, highlight, palette, moved)
    painter.restore()
    return centres


def _paint_today(painter: QPainter, g: Geometry, today: dt.date, palette: Palette) -> None:
    """A dashed hand from the centre to today's place, and today's date in the middle."""
    angle = (today.timetuple().tm_yday - 1) * 360.0 / DAYS
    painter.setPen(QPen(QColor(palette.muted), max(1.0, g.radius / 150), Qt.PenStyle.DashLine))
    inner = g.radius - g.ring - g.lane * LANES
    painter.drawLine(point(g.centre, inner * 0.55, angle), point(g.centre, g.radius - g.ring, angle))
    painter.setPen(QColor(palette.muted))
    painter.setFont(_font(g.px(g.ring * 0.36)))
    label = QCoreApplication.translate("YearWheel", "idag")
    box = QRectF(g.centre.x() - inner * 0.5, g.centre.y() - g.px(g.ring * 0.36) * 1.3, inner,
                 g.px(g.ring * 0.36) * 1.3)
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
    painter.setPen(QColor(palette.text))
    painter.setFont(_font(g.px(g.ring * 0.42), bold=True))
    box = QRectF(g.centre.x() - inner * 0.6, g.centre.y(), inner * 1.2, g.px(g.ring * 0.42) * 1.4)
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                     f"{today.day} {month_label(today.month)}")


def _paint_months(painter: QPainter, g: Geometry, palette: Palette) -> None:
    outer = QRectF(g.centre.x() - g.radius, g.centre.y() - g.radius, 2 * g.radius, 2 * g.radius)
    painter.setPen(Qt.PenStyle.NoPen)
    first_day = 0
    for month in range(12):
        days = month_days(month + 1)
        start = first_day * 360.0 / DAYS
        sweep = days * 360.0 / DAYS
        painter.setBrush(QColor(palette.ring[month % 2]))
        painter.drawPie(outer, round((90 - start) * 16), round(-sweep * 16))
        first_day += days
    inner = g.radius - g.ring
    painter.setBrush(QColor(palette.background))
    painter.drawEllipse(g.centre, inner, inner)
    painter.setPen(QColor(palette.month_text))
    painter.setFont(_font(g.px(g.ring * 0.42), bold=True))
    metrics = painter.fontMetrics()
    first_day = 0
    for month in range(12):
        days = month_days(month + 1)
        middle = (first_day + days / 2) * 360.0 / DAYS
        first_day += days
        where = point(g.centre, g.radius - g.ring / 2, middle)
        text = month_label(month + 1)
        width = metrics.horizontalAdvance(text)
        painter.drawText(QPointF(where.x() - width / 2, where.y() + (metrics.ascent() - metrics.descent()) / 2), text)
    painter.setPen(QPen(QColor(palette.line), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for lane in range(LANES + 1):
        radius = g.radius - g.ring - g.lane * lane
        painter.drawEllipse(g.centre, radius, radius)


def _paint_events(painter: QPainter, g: Geometry, items: Sequence[WheelItem], highlight: int | None,
                  palette: Palette, moved: tuple[int, float] | None) -> dict[int, QPointF]:
    marker_degrees = math.degrees(2 * g.marker / max(g.lane_radius(0), 1))
    placed = lanes(items, marker_degrees)
    centres: dict[int, QPointF] = {}
    ordered = sorted(items, key=lambda i: i.id == highlight)  # the highlighted event is drawn last, on top
    for item in ordered:
        lane = placed[item.id]
        radius = g.lane_radius(lane)
        start = moved[1] if moved is not None and moved[0] == item.id else item.start_angle
        colour = QColor(KIND_COLOURS.get(item.kind, KIND_COLOURS["annat"]))
        box = QRectF(g.centre.x() - radius, g.centre.y() - radius, 2 * radius, 2 * radius)
        if item.sweep > 1.5:
            painter.setPen(QPen(colour, g.lane * 0.38, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawArc(box, round((90 - start) * 16), round(-item.sweep * 16))
        centre = point(g.centre, radius, start)
        centres[item.id] = centre
        spot = item.id == highlight
        painter.setPen(QPen(QColor(palette.highlight), max(2.0, g.marker * 0.22)) if spot
                       else QPen(QColor(palette.background), max(1.0, g.marker * 0.1)))
        painter.setBrush(colour)
        size = g.marker * (1.25 if spot else 1.0)
        painter.drawEllipse(centre, size, size)
        painter.setPen(QColor("#000000") if colour.lightness() > 140 else QColor("#ffffff"))
        painter.setFont(_font(g.px(size * 1.05), bold=True))
        rect = QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(item.number))
    return centres


def paint_list(painter: QPainter, rect: QRect, items: Sequence[WheelItem], highlight: int | None,
               palette: Palette, px: int, detail_px: int) -> int:
    """The events beside the wheel, numbered as on the wheel, in calendar order: the title with when and the kind
    under it, or one line each (title, then when) when that is what fits. Gives how many did not fit (the
    highlighted one is always shown)."""
    title_font, detail_font = _font(px, bold=True), _font(detail_px)
    title_m, detail_m = QFontMetrics(title_font), QFontMetrics(detail_font)
    full = title_m.lineSpacing() + detail_m.lineSpacing() + px // 3
    compact = title_m.lineSpacing() + px // 4
    row = full if len(items) * full <= rect.height() else compact
    fits = max(1, rect.height() // row)
    shown = list(items)
    if len(shown) > fits:
        fits = max(1, (rect.height() - detail_m.lineSpacing()) // row)  # room for "+ 2 till"
        index = next((i for i, item in enumerate(shown) if item.id == highlight), 0)
        first = max(0, min(index - fits // 2, len(shown) - fits))
        shown = shown[first:first + fits]
    number_width = round(title_m.ascent() + px / 4 + title_m.horizontalAdvance("88") + px / 3)
    y = rect.y()
    painter.save()
    for item in shown:
        _paint_list_row(painter, QRect(rect.x(), y, rect.width(), row), item, item.id == highlight, palette,
                        (title_font, detail_font), number_width, px, compact=row == compact)
        y += row
    left = len(items) - len(shown)
    if left:
        painter.setFont(detail_font)
        painter.setPen(QColor(palette.muted))
        more = QCoreApplication.translate("YearWheel", "+ {0} till").format(left)
        painter.drawText(rect.x() + number_width, y + detail_m.ascent(), more)
    painter.restore()
    return left


def _paint_list_row(painter: QPainter, row: QRect, item: WheelItem, spot: bool, palette: Palette,
                    fonts: tuple[QFont, QFont], number_width: int, px: int, *, compact: bool) -> None:
    title_font, detail_font = fonts
    title_m, detail_m = QFontMetrics(title_font), QFontMetrics(detail_font)
    if spot:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.ring[1]))
        painter.drawRoundedRect(QRectF(row.x() - px / 3, row.y() - px / 6, row.width() + px / 3, row.height() - px / 6),
                                px / 3, px / 3)
    colour = QColor(KIND_COLOURS.get(item.kind, KIND_COLOURS["annat"]))
    radius = title_m.ascent() / 2
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(row.x() + radius, row.y() + title_m.ascent() / 2 + 2), radius, radius)
    painter.setFont(title_font)
    painter.setPen(QColor(palette.highlight if spot else palette.text))
    painter.drawText(QPointF(row.x() + radius * 2 + px // 4, row.y() + title_m.ascent()), str(item.number))
    x = row.x() + number_width
    when = item.when if compact else f"{item.when} · {item.kind_label}"
    when_width = detail_m.horizontalAdvance(when) + px // 2 if compact else 0
    title = title_m.elidedText(item.title, Qt.TextElideMode.ElideRight, row.right() - x - when_width)
    painter.drawText(x, row.y() + title_m.ascent(), title)
    painter.setFont(detail_font)
    painter.setPen(QColor(palette.muted))
    if compact:  # when, right after the title on the same line
        painter.drawText(x + title_m.horizontalAdvance(title) + px // 2, row.y() + title_m.ascent(), when)
        return
    detail = detail_m.elidedText(when, Qt.TextElideMode.ElideRight, row.right() - x)
    painter.drawText(x, row.y() + title_m.lineSpacing() + detail_m.ascent(), detail)


class YearWheelWidget(QWidget):
    """The facilitator's wheel: click a marker to choose the event, drag it around the circle to move it."""

    event_clicked = Signal(int)
    event_moved = Signal(int, object)  # event id, the date (month and day) it was dropped on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[WheelItem] = []
        self.highlight: int | None = None
        self.today: dt.date | None = dt.date.today()
        self.read_only = False
        self._centres: dict[int, QPointF] = {}
        self._drag: int | None = None
        self._drag_angle = 0.0
        self._dragged = False
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def set_items(self, items: Sequence[WheelItem], highlight: int | None) -> None:
        self.items = list(items)
        self.highlight = highlight
        self.update()

    def set_highlight(self, event_id: int | None) -> None:
        if event_id != self.highlight:
            self.highlight = event_id
            self.update()

    def wheel_rect(self) -> QRectF:
        side = min(self.width(), self.height()) - 8
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(LIGHT.background))
        moved = (self._drag, self._drag_angle) if self._drag is not None and self._dragged else None
        self._centres = paint_wheel(painter, self.wheel_rect(), self.items, self.highlight, LIGHT, today=self.today,
                                    moved=moved)
        painter.end()

    def marker_at(self, pos: QPointF) -> int | None:
        reach = geometry(self.wheel_rect()).marker * 1.4
        hits = [(math.dist((c.x(), c.y()), (pos.x(), pos.y())), event_id) for event_id, c in self._centres.items()]
        hits = [hit for hit in hits if hit[0] <= reach]
        return min(hits)[1] if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        found = self.marker_at(event.position())
        if found is not None:
            self._drag, self._dragged = found, False
            self.event_clicked.emit(found)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            over = self.marker_at(event.position()) is not None
            self.setCursor(Qt.CursorShape.OpenHandCursor if over and not self.read_only else Qt.CursorShape.ArrowCursor)
            return
        if self.read_only:
            return
        self._dragged = True
        self._drag_angle = angle_at(self.wheel_rect().center(), event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, event_id = self._dragged, self._drag
        self._drag, self._dragged = None, False
        if dragged and event_id is not None:
            self.event_moved.emit(event_id, angle_to_date(angle_at(self.wheel_rect().center(), event.position())))
        self.update()


def items_of(entries: Sequence[Entry], arcs: Sequence[Arc]) -> list[WheelItem]:
    """The projector's slide as wheel items (entries and arcs are the same events, in calendar order)."""
    return [WheelItem(arc.event_id, number, entry.text, entry.detail, arc.kind, entry.badge, arc.start_angle,
                      arc.sweep)
            for number, (entry, arc) in enumerate(zip(entries, arcs, strict=True), start=1)]


def paint_wheel_slide(painter: QPainter, area: QRect, slide: WheelSlide, body_px: int, detail_px: int) -> None:
    """The projector: the circle on the left at full height, the numbered events on the right."""
    items = items_of(slide.entries, slide.arcs)
    spot = slide.spotlight[1] if slide.spotlight and slide.spotlight[0] == "calendar_event" else None
    side = min(area.height(), int(area.width() * 0.55))
    wheel = QRectF(area.x(), area.y() + (area.height() - side) / 2, side, side)
    paint_wheel(painter, wheel, items, spot, DARK, today=dt.date.today(), min_px=detail_px)
    gap = detail_px
    listing = QRect(area.x() + side + 2 * gap, area.y(), area.width() - side - 2 * gap, area.height())
    paint_list(painter, listing, items, spot, DARK, body_px, detail_px)
