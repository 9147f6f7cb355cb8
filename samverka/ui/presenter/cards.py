"""Cards for a list slide: the largest type that fits, titles at full width, and the spotlighted card on screen.

Layout first tries larger type when there are few entries (read from the back of the room), then the normal size,
then drops the detail lines of the cards that are not spotlighted; what still does not fit is counted ("+ 2 till").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication

from samverka.core.projection import Entry, Key
from samverka.ui.presenter import theme
from samverka.ui.presenter.text import font, text_lines, wrap

BADGE_SHARE = 0.24  # a badge wider than this share of the card moves to the line under the title


@dataclass
class Card:
    entry: Entry
    title: list[str]
    meta: bool  # a wide badge sits on the line under the title, followed by the detail
    detail: list[str]
    badge_right: bool
    height: int


@dataclass(frozen=True)
class Style:
    body: int
    detail: int
    pad: int
    gap: int
    details: bool
    title_lines: int = 2


def _styles(size: theme.Sizes, count: int) -> list[tuple[int, Style]]:
    """(columns, style) to try, best first."""
    big = Style(round(size.body * 1.3), round(size.detail * 1.25), round(size.gap * 1.3), size.gap, True, 3)
    normal = Style(size.body, size.detail, size.gap, size.gap, True, 3)
    # Dense keeps every detail (a measure's owner matters) at a body size still above the 28 px floor.
    dense = Style(max(size.detail, round(size.body * 0.88)), size.detail, round(size.gap * 0.7),
                  round(size.gap * 0.7), True)
    lean = Style(dense.body, size.detail, dense.pad, dense.gap, False)
    options: list[tuple[int, Style]] = []
    if count <= 5:
        options += [(1, big), (1, normal)]
    if count > 3:
        options += [(2, normal), (2, dense), (2, lean)]
    return options or [(1, normal)]


def make_card(entry: Entry, width: int, style: Style, spot: bool) -> Card:
    pad = style.pad
    body = QFontMetrics(font(style.body, bold=True))
    detail = QFontMetrics(font(style.detail))
    badge_width = QFontMetrics(font(style.detail, bold=True)).horizontalAdvance(entry.badge) + 2 * pad
    badge_right = bool(entry.badge) and badge_width <= width * BADGE_SHARE
    title_width = width - 2 * pad - (badge_width if badge_right else 0)
    title = wrap(body, entry.text, title_width, max(4, style.title_lines) if spot else style.title_lines)
    meta = bool(entry.badge) and not badge_right
    show_detail = bool(entry.detail) and (style.details or spot)
    detail_lines = wrap(detail, entry.detail, width - 2 * pad, 3 if spot else 1) if show_detail else []
    if meta and not spot:
        detail_lines = []  # the detail follows the badge on its line
    height = 2 * pad + len(title) * body.lineSpacing() + (detail.lineSpacing() if meta else 0)
    height += len(detail_lines) * detail.lineSpacing()
    return Card(entry, title, meta, detail_lines, badge_right, height)


def _fits(cards: list[Card], columns: int, height: int, gap: int) -> bool:
    column, used = 0, 0
    for card in cards:
        if used and used + card.height > height:
            column, used = column + 1, 0
        if column >= columns or card.height > height:
            return False
        used += card.height + gap
    return True


def layout(entries: tuple[Entry, ...], spotlight: Key | None, area: QRect,
           size: theme.Sizes) -> tuple[int, Style, list[Card]]:
    """Choose columns and type size; returns the cards to paint."""
    choice: tuple[int, Style, list[Card]] | None = None
    for columns, style in _styles(size, len(entries)):
        width = (area.width() - style.gap * (columns - 1)) // columns
        cards = [make_card(e, width, style, e.key is not None and e.key == spotlight) for e in entries]
        choice = (columns, style, cards)
        if _fits(cards, columns, area.height(), style.gap) or _balanced(cards, columns, area.height(), style.gap):
            break
    assert choice is not None
    return choice


def first_shown(cards: list[Card], spotlight: Key | None, room: int, gap: int) -> int:
    """Start late enough that the spotlighted card is on screen."""
    keys = [card.entry.key for card in cards]
    if spotlight is None or spotlight not in keys:
        return 0
    index = keys.index(spotlight)
    used = sum(card.height + gap for card in cards[: index + 1])
    start = 0
    while used > room * 0.9 and start < index:
        used -= cards[start].height + gap
        start += 1
    return start


def _balanced(cards: list[Card], columns: int, height: int, gap: int) -> int | None:
    """Cards per column for evenly filled columns, or None when an even split does not fit."""
    if columns == 1:
        return None
    per_column = -(-len(cards) // columns)
    for first in range(0, len(cards), per_column):
        chunk = cards[first : first + per_column]
        if sum(card.height for card in chunk) + gap * (len(chunk) - 1) > height:
            return None
    return per_column


def paint_cards(painter: QPainter, entries: tuple[Entry, ...], spotlight: Key | None, maximum: float,
                area: QRect, size: theme.Sizes) -> int:
    """Paint the cards column by column; returns how many did not fit."""
    columns, style, cards = layout(entries, spotlight, area, size)
    width = (area.width() - style.gap * (columns - 1)) // columns
    start = first_shown(cards, spotlight, area.height() * columns, style.gap)
    per_column = _balanced(cards[start:], columns, area.height(), style.gap)
    x, y, column, shown, in_column = area.x(), area.y(), 0, 0, 0
    for card in cards[start:]:
        full = per_column is not None and in_column == per_column
        if full or (y + card.height > area.bottom() + 1 and y > area.y()):
            in_column = 0
            column += 1
            if column == columns:
                break
            x, y = area.x() + column * (width + style.gap), area.y()
        spot = card.entry.key is not None and card.entry.key == spotlight
        _paint_card(painter, QRect(x, y, width, card.height), card, style, spot, maximum)
        y += card.height + style.gap
        shown += 1
        in_column += 1
    hidden = len(cards) - shown
    if hidden:
        _paint_more(painter, area, hidden, size)
    return hidden


def _paint_card(painter: QPainter, rect: QRect, card: Card, style: Style, spot: bool, maximum: float) -> None:
    pad = style.pad
    painter.setPen(QPen(QColor(theme.ACCENT), max(3, pad // 3)) if spot else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.SPOT_CARD if spot else theme.CARD))
    painter.drawRoundedRect(QRectF(rect), pad / 2, pad / 2)
    if maximum and card.entry.value is not None:
        _paint_progress(painter, rect, card.entry.value / maximum, pad)
    body_font, detail_font, badge_font = font(style.body, bold=True), font(style.detail), font(style.detail, bold=True)
    painter.setFont(body_font)
    painter.setPen(QColor(theme.TEXT))
    y = text_lines(painter, card.title, rect.x() + pad, rect.y() + pad, QFontMetrics(body_font))
    if card.meta:
        metrics, d_metrics = QFontMetrics(badge_font), QFontMetrics(detail_font)
        room = rect.width() - 2 * pad
        badge = metrics.elidedText(card.entry.badge, Qt.TextElideMode.ElideRight, room)
        painter.setFont(badge_font)
        painter.setPen(QColor(theme.ACCENT))
        painter.drawText(rect.x() + pad, y + metrics.ascent(), badge)
        used = metrics.horizontalAdvance(badge + "   ")
        if card.entry.detail and not card.detail and room - used > 4 * pad and (style.details or spot):
            painter.setFont(detail_font)
            painter.setPen(QColor(theme.MUTED))
            rest = d_metrics.elidedText(card.entry.detail, Qt.TextElideMode.ElideRight, room - used)
            painter.drawText(rect.x() + pad + used, y + metrics.ascent(), rest)
        y += d_metrics.lineSpacing()
    if card.detail:
        painter.setFont(detail_font)
        painter.setPen(QColor(theme.MUTED))
        text_lines(painter, card.detail, rect.x() + pad, y, QFontMetrics(detail_font))
    if card.badge_right:
        metrics = QFontMetrics(badge_font)
        painter.setFont(badge_font)
        painter.setPen(QColor(theme.ACCENT))
        painter.drawText(rect.right() - pad - metrics.horizontalAdvance(card.entry.badge),
                         rect.y() + pad + metrics.ascent() + (style.body - style.detail) // 2, card.entry.badge)


def _paint_progress(painter: QPainter, rect: QRect, share: float, pad: int) -> None:
    """A thick bar along the card's foot: how far a measure has come."""
    thickness = max(4, pad // 2)
    width = round((rect.width() - pad) * max(0.0, min(1.0, share)))
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.BAR))
    painter.drawRect(rect.x() + pad // 2, rect.bottom() - thickness - 2, width, thickness)
    painter.restore()


def _paint_more(painter: QPainter, area: QRect, hidden: int, size: theme.Sizes) -> None:
    more_font = font(size.detail, bold=True)
    painter.setFont(more_font)
    painter.setPen(QColor(theme.ACCENT))
    text = QApplication.translate("Presenter", "+ %n till", "", hidden)
    metrics = QFontMetrics(more_font)
    painter.drawText(area.right() - metrics.horizontalAdvance(text), area.bottom() + metrics.ascent(), text)
