"""Painting for the projector: the header (step, question, timer) and the step's slide, with QPainter.

One paint pass per change keeps an edit on the laptop within one frame of reaching the room.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from samverka.core.projection import Slide
from samverka.core.projection.year_wheel import WheelSlide
from samverka.ui.presenter import theme
from samverka.ui.presenter.cards import paint_cards
from samverka.ui.presenter.text import font, text_lines, wrap
from samverka.ui.widgets.year_wheel import paint_wheel_slide


class HeaderBar(QWidget):
    """Step number and title, the room's question, and the timer when it is in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_text = ""
        self.title = ""
        self.question = ""
        self.timer_text = ""
        self.timer_phase = "normal"
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def preferred_height(self, window_width: int, window_height: int) -> int:
        """Room for the title and the question (one or two lines, as it wraps at this width)."""
        size = theme.sizes(window_height)
        title = QFontMetrics(font(size.title, bold=True)).lineSpacing()
        question = QFontMetrics(font(size.question))
        width = window_width - 2 * size.margin - (self._timer_width(size) if self.timer_text else 0)
        lines = len(wrap(question, self.question, max(width, 100), 2)) or 1
        return size.margin // 2 + title + size.gap // 2 + lines * question.lineSpacing() + size.gap

    def _timer_width(self, size: theme.Sizes) -> int:
        metrics = QFontMetrics(font(size.timer, bold=True))
        return metrics.horizontalAdvance("+88:88") + 3 * size.gap

    def paintEvent(self, event: QPaintEvent) -> None:
        size = theme.sizes(self.window().height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(theme.BACKGROUND))
        timer_width = self._paint_timer(painter, size)
        x, y = size.margin, size.margin // 2
        width = self.width() - 2 * size.margin - timer_width
        title_font = font(size.title, bold=True)
        metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(QColor(theme.ACCENT))
        painter.drawText(x, y + metrics.ascent(), self.step_text)
        step_width = metrics.horizontalAdvance(self.step_text + "  ")
        painter.setPen(QColor(theme.TEXT))
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, max(10, width - step_width))
        painter.drawText(x + step_width, y + metrics.ascent(), title)
        y += metrics.lineSpacing() + size.gap // 2
        question_font = font(size.question)
        painter.setFont(question_font)
        painter.setPen(QColor(theme.MUTED))
        q_metrics = QFontMetrics(question_font)
        text_lines(painter, wrap(q_metrics, self.question, width, 2), x, y, q_metrics)
        painter.fillRect(QRect(size.margin, self.height() - 4, self.width() - 2 * size.margin, 4),
                         QColor(theme.ACCENT))
        painter.end()

    def _paint_timer(self, painter: QPainter, size: theme.Sizes) -> int:
        if not self.timer_text:
            return 0
        foreground, background = theme.TIMER_COLOURS[self.timer_phase]
        timer_font = font(size.timer, bold=True)
        metrics = QFontMetrics(timer_font)
        pad = size.gap
        width = self._timer_width(size) - size.gap
        box = QRect(self.width() - size.margin - width, size.margin // 2, width, metrics.height() + pad)
        painter.setPen(QPen(QColor(foreground), max(2, size.gap // 4)))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(box), pad, pad)
        painter.setFont(timer_font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.timer_text)
        return width + size.gap


class SlideCanvas(QWidget):
    """The step's content as large cards, a grid of answers, or a bar chart of a vote."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slide = Slide("message")
        self.hidden_entries = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_slide(self, slide: Slide) -> None:
        self.slide = slide
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(theme.BACKGROUND))
        size = theme.sizes(self.window().height())
        area = self.rect().adjusted(size.margin, size.gap * 2, -size.margin, -size.gap * 2)
        area = self._paint_heading(painter, area, size)
        if self.slide.kind == "grid":
            self._paint_grid(painter, area, size)
        elif self.slide.kind == "bars":
            self._paint_bars(painter, self._paint_note_below(painter, area, size), size)
        elif self.slide.kind == "list":
            self._paint_list(painter, self._paint_note_below(painter, area, size), size)
        elif isinstance(self.slide, WheelSlide):  # the årshjul (step 1, while an event is selected)
            paint_wheel_slide(painter, area, self.slide, size.body, size.detail)
        else:
            self._paint_message(painter, area, size)
        painter.end()
        self.painted.emit()

    # heading and note -----------------------------------------------------------------------------
    def _paint_heading(self, painter: QPainter, area: QRect, size: theme.Sizes) -> QRect:
        if not self.slide.heading:
            return area
        heading_font = font(size.heading, bold=True)
        metrics = QFontMetrics(heading_font)
        painter.setFont(heading_font)
        painter.setPen(QColor(theme.TEXT))
        y = text_lines(painter, wrap(metrics, self.slide.heading, area.width(), 2), area.x(), area.y(), metrics)
        if self.slide.kind == "grid" and self.slide.note:
            detail_font = font(size.detail)
            d_metrics = QFontMetrics(detail_font)
            painter.setFont(detail_font)
            painter.setPen(QColor(theme.MUTED))
            y = text_lines(painter, wrap(d_metrics, self.slide.note, area.width(), 2), area.x(), y, d_metrics)
        return QRect(area.x(), y + size.gap, area.width(), area.bottom() - y - size.gap)

    def _paint_note_below(self, painter: QPainter, area: QRect, size: theme.Sizes) -> QRect:
        if not self.slide.note:
            return area
        note_font = font(size.detail, bold=True)
        metrics = QFontMetrics(note_font)
        painter.setFont(note_font)
        painter.setPen(QColor(theme.ACCENT))
        line = metrics.elidedText(self.slide.note, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area.x(), area.bottom() - metrics.descent(), line)
        return area.adjusted(0, 0, 0, -(metrics.lineSpacing() + size.gap))

    def _paint_message(self, painter: QPainter, area: QRect, size: theme.Sizes) -> None:
        painter.setFont(font(size.question))
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.slide.note)

    # cards ---------------------------------------------------------------------------------------
    def _paint_list(self, painter: QPainter, area: QRect, size: theme.Sizes) -> None:
        self.hidden_entries = paint_cards(painter, self.slide.entries, self.slide.spotlight, self.slide.maximum,
                                          area, size)

    # the six questions ---------------------------------------------------------------------------
    def _paint_grid(self, painter: QPainter, area: QRect, size: theme.Sizes) -> None:
        columns, rows = 2, (len(self.slide.entries) + 1) // 2
        width = (area.width() - size.gap) // columns
        height = (area.height() - size.gap * (rows - 1)) // max(rows, 1)
        label_font, answer_font = font(size.heading, bold=True), font(size.body)
        label_metrics, answer_metrics = QFontMetrics(label_font), QFontMetrics(answer_font)
        pad = size.gap
        for index, entry in enumerate(self.slide.entries):
            column, row = index % columns, index // columns
            rect = QRect(area.x() + column * (width + size.gap), area.y() + row * (height + size.gap), width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.CARD))
            painter.drawRoundedRect(QRectF(rect), pad / 2, pad / 2)
            painter.setFont(label_font)
            painter.setPen(QColor(theme.ACCENT))
            y = text_lines(painter, [entry.text], rect.x() + pad, rect.y() + pad // 2, label_metrics)
            lines = max(1, (rect.bottom() - y - pad // 2) // answer_metrics.lineSpacing())
            painter.setFont(answer_font)
            painter.setPen(QColor(theme.TEXT))
            text_lines(painter, wrap(answer_metrics, entry.detail, width - 2 * pad, lines), rect.x() + pad, y,
                        answer_metrics)

    # vote results --------------------------------------------------------------------------------
    def _paint_bars(self, painter: QPainter, area: QRect, size: theme.Sizes) -> None:
        entries = self.slide.entries
        if not entries:
            return
        # Few bars get larger labels; the room reads them from far away.
        label_font = font(round(size.body * 1.15) if len(entries) <= 6 else size.body, bold=True)
        metrics = QFontMetrics(label_font)
        label_width = int(area.width() * 0.45)
        row = min(metrics.lineSpacing() * 2 + size.gap * 2, (area.height() + size.gap) // len(entries))
        max_lines = 2 if row >= metrics.lineSpacing() * 2 + size.gap // 2 else 1
        top = self.slide.maximum or 1.0
        bar_x = area.x() + label_width + size.gap
        bar_room = area.right() - bar_x - metrics.horizontalAdvance("8888") - size.gap
        y = area.y()
        for entry in entries:
            if y + row - size.gap > area.bottom() + 1:
                break
            painter.setFont(label_font)
            painter.setPen(QColor(theme.TEXT))
            lines = wrap(metrics, entry.text, label_width, max_lines)
            text_top = y + (row - size.gap - len(lines) * metrics.lineSpacing()) // 2
            text_lines(painter, lines, area.x(), text_top, metrics)
            length = round(bar_room * (entry.value or 0.0) / top)
            bar = QRect(bar_x, y + size.gap // 4, max(length, 4), row - size.gap - size.gap // 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.BAR))
            painter.drawRoundedRect(QRectF(bar), 6, 6)
            painter.setPen(QColor(theme.TEXT))
            painter.drawText(bar.right() + size.gap, bar.center().y() + metrics.ascent() // 2 - 2, entry.badge)
            y += row
