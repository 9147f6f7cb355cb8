"""Text helpers for painting the projector: a font at a pixel size, word wrap with an ellipsis, lines of text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication


def font(pixels: int, *, bold: bool = False) -> QFont:
    result = QFont(QApplication.font().family())
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


def wrap(metrics: QFontMetrics, text: str, width: int, max_lines: int) -> list[str]:
    """Word-wrap into at most max_lines lines; the last one ends in … when text is left over."""
    lines: list[str] = []
    current = ""
    width -= 4  # elidedText measures a little wider than horizontalAdvance; leave it room
    words = text.split()
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            rest = " ".join([lines.pop(), *words[index:]])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width + 4))
            return lines
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width + 4) for line in lines]


def text_lines(painter: QPainter, lines: list[str], x: int, y: int, metrics: QFontMetrics) -> int:
    for line in lines:
        painter.drawText(x, y + metrics.ascent(), line)
        y += metrics.lineSpacing()
    return y
