"""The drawn pieces of a cause canvas: notes (one per cause), boxes (the problem), zones (drop targets)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from samverka.core.cause_graph import CauseNode
from samverka.ui.causes.theme import Theme

_WRAP = Qt.TextFlag.TextWordWrap
_PAD = 0.45  # padding as a share of the text size


def wrapped_height(text: str, px: int, width: float, theme: Theme, *, bold: bool = False) -> float:
    return _wrapped_height(text or " ", px, round(width, 1), bold, theme.font(px, bold=bold))


@functools.lru_cache(maxsize=8192)  # a redraw after one edit re-measures only the changed note
def _wrapped_height(text: str, px: int, width: float, bold: bool, font: QFont) -> float:
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), _WRAP, text).height()


class BoxItem(QGraphicsItem):
    """A rounded box with wrapped text: the problem's head, or a note's base."""

    def __init__(self, text: str, theme: Theme, width: float, fill: QColor, *, bold: bool = False,
                 px: int | None = None) -> None:
        super().__init__()
        self.text = text
        self.theme = theme
        self.fill = fill
        self.bold = bold
        self.px = px or theme.text_px
        self.width = width
        self.pad = self.px * _PAD
        self.height = self._measure()

    def _measure(self) -> float:
        return wrapped_height(self.text, self.px, self.width - 2 * self.pad, self.theme, bold=self.bold) + 2 * self.pad

    def boundingRect(self) -> QRectF:
        extra = self.theme.line_width * 3
        return QRectF(-extra, -extra, self.width + 2 * extra, self.height + 2 * extra)

    def rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def scene_rect(self) -> QRectF:
        return self.rect().translated(self.pos())

    def border(self) -> QPen:
        return QPen(self.theme.ink, self.theme.line_width * 0.75)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.border())
        painter.setBrush(QBrush(self.fill))
        radius = self.px * 0.4
        painter.drawRoundedRect(self.rect(), radius, radius)
        painter.setPen(QPen(self.theme.ink))
        painter.setFont(self.theme.font(self.px, bold=self.bold))
        painter.drawText(self.rect().adjusted(self.pad, self.pad, -self.pad, -self.pad), _WRAP, self.text)


def _badges(node: CauseNode) -> list[str]:
    tr = QCoreApplication.translate
    parts: list[str] = []
    votes, evidence = node.cause.votes, len(node.evidence)
    # Singular and plural as two strings: the translation file holds no plural forms.
    if votes:
        parts.append(tr("Causes", "▲ 1 röst") if votes == 1 else tr("Causes", "▲ %1 röster").replace("%1", str(votes)))
    dots = {"låg": "●○○", "medel": "●●○", "hög": "●●●"}.get(node.cause.confidence, "")
    if dots:
        parts.append(dots)
    if evidence:
        parts.append(tr("Causes", "1 belägg") if evidence == 1 else tr("Causes", "%1 belägg").replace(
            "%1", str(evidence)))
    if not node.addressed:
        parts.append(tr("Causes", "Ingen åtgärd"))
    return parts


class NoteItem(BoxItem):
    """One cause. Its state (selected, spotlit, drop target) is drawn, not managed by Qt's item selection."""

    def __init__(self, node: CauseNode, theme: Theme, width: float | None = None) -> None:
        self.node = node
        self.badge_text = "  ".join(_badges(node))
        self.text_h = 0.0
        fill = theme.root_fill if node.cause.kind == "grundorsak" else theme.note_fill
        super().__init__(node.cause.text, theme, width or theme.note_width, fill)
        self.selected = False
        self.spotlit = False
        self.drop_hint = False
        self.setZValue(2)

    @property
    def cause_id(self) -> int:
        return self.node.id

    def _measure(self) -> float:
        inner = self.width - 2 * self.pad
        self.text_h = wrapped_height(self.text, self.px, inner, self.theme)
        badge = wrapped_height(self.badge_text, self.theme.small_px, inner, self.theme) if self.badge_text else 0.0
        return self.text_h + 2 * self.pad + (badge + self.pad * 0.3 if self.badge_text else 0)

    def border(self) -> QPen:
        width = self.theme.line_width
        if self.spotlit:
            return QPen(self.theme.spotlight, width * 3)
        if self.drop_hint:
            return QPen(self.theme.drop_target, width * 2.5)
        if self.selected:
            return QPen(self.theme.selection, width * 2.2)
        if not self.node.addressed:
            return QPen(self.theme.unaddressed, width, Qt.PenStyle.DashLine)
        return QPen(self.theme.ink, width * 0.75)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.border())
        painter.setBrush(QBrush(self.fill))
        radius = self.px * 0.4
        painter.drawRoundedRect(self.rect(), radius, radius)
        inner = self.rect().adjusted(self.pad, self.pad, -self.pad, -self.pad)
        painter.setPen(QPen(self.theme.ink))
        painter.setFont(self.theme.font(self.px))
        text_h = self.text_h
        painter.drawText(QRectF(inner.x(), inner.y(), inner.width(), text_h), _WRAP, self.text)
        if self.badge_text:
            painter.setFont(self.theme.font(self.theme.small_px))
            painter.setPen(QPen(self.theme.unaddressed if not self.node.addressed else self.theme.muted))
            badge_rect = QRectF(inner.x(), inner.y() + text_h + self.pad * 0.3, inner.width(), inner.height())
            painter.drawText(badge_rect, _WRAP, self.badge_text)

    def set_state(self, *, selected: bool | None = None, spotlit: bool | None = None,
                  drop_hint: bool | None = None) -> None:
        if selected is not None:
            self.selected = selected
        if spotlit is not None:
            self.spotlit = spotlit
        if drop_hint is not None:
            self.drop_hint = drop_hint
        self.update()


class ZoneItem(QGraphicsItem):
    """A drop target: a triangle side, a bone, a chain slot, the tree's top level. `target` says what it sets."""

    def __init__(self, rect: QRectF, label: str, target: Mapping[str, Any], theme: Theme, *,
                 visible_frame: bool = True) -> None:
        super().__init__()
        self.zone_rect = rect
        self.label = label
        self.target = dict(target)
        self.theme = theme
        self.visible_frame = visible_frame
        self.drop_hint = False
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return self.zone_rect.adjusted(-4, -4, 4, 4)

    def stretch_to(self, height: float) -> None:
        """As tall as its neighbours in a band (never shorter than its own notes need)."""
        if height > self.zone_rect.height():
            self.prepareGeometryChange()
            self.zone_rect.setHeight(height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.visible_frame and not self.drop_hint:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = self.theme.drop_target if self.drop_hint else self.theme.muted
        pen = QPen(color, self.theme.line_width * (2 if self.drop_hint else 0.5))
        if not self.drop_hint:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(self.theme.zone_fill) if self.visible_frame else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.zone_rect, 8, 8)
        if self.label:
            painter.setPen(QPen(self.theme.ink))
            painter.setFont(self.theme.font(self.theme.label_px, bold=True))
            pad = self.theme.label_px * 0.4
            painter.drawText(self.zone_rect.adjusted(pad, pad * 0.6, -pad, 0),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | _WRAP, self.label)

    def set_drop_hint(self, on: bool) -> None:
        if on != self.drop_hint:
            self.drop_hint = on
            self.update()

    def contains_scene_point(self, point: QPointF) -> bool:
        return self.zone_rect.contains(point)


def label_height(theme: Theme) -> float:
    return theme.label_px * 1.9
