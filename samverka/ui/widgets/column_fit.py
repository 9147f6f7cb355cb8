"""Table columns that fit their frame: each as wide as its content (within a cap), narrowed together when the
frame is too narrow (never below the header's longest word: the header wraps instead), the rest to text columns.

Beside the presenter panel a step's page is ≈ 800 px wide; the widths the pages name are for a wide window.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QTableView

CONTENT_CAP = 320  # no column asks for more than this for its content (a long comment stays elided)
NARROW_KINDS = ("int", "float", "date", "bool")  # these never take the spare room
HEADER_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def share(wants: Sequence[int], floors: Sequence[int], available: int, *, grows: Sequence[bool]) -> list[int]:
    """Widths that add up to `available` where they can: the wanted widths, narrowed in proportion to what each
    may give (down to its floor) or widened in proportion to the wanted width of the columns that `grows`."""
    wants = [max(w, f) for w, f in zip(wants, floors, strict=True)]
    total = sum(wants)
    if total > available:
        slack = total - sum(floors)
        if slack <= 0:
            return list(floors)
        cut = min(total - available, slack)
        widths = [w - (w - f) * cut // slack for w, f in zip(wants, floors, strict=True)]
        over = sum(widths) - max(available, sum(floors))  # what rounding down the cuts left, a pixel or two
        for i in sorted(range(len(widths)), key=lambda i: widths[i] - floors[i], reverse=True)[:max(over, 0)]:
            widths[i] -= 1
    else:
        growing = sum(w for w, g in zip(wants, grows, strict=True) if g)
        extra = available - total
        widths = [w + (w * extra // growing if g and growing else 0) for w, g in zip(wants, grows, strict=True)]
    return widths


def fit_columns(view: QTableView, preferred: Sequence[int], kinds: Sequence[str]) -> None:
    """Size the visible columns of `view` to its viewport and make its header tall enough for wrapped titles.
    `preferred` is each column's named width (0: none), used while the table has no rows."""
    header = view.horizontalHeader()
    model = view.model()
    available = view.viewport().width()
    if model is None or available <= 0:
        return
    metrics = header.fontMetrics()
    pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 10
    shown = [i for i in range(model.columnCount()) if not view.isColumnHidden(i)]
    titles = {i: str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in shown}
    floors, wants, grows = [], [], []
    for i in shown:
        words = titles[i].split() or [""]
        floor = max(metrics.horizontalAdvance(word) for word in words) + pad
        single = metrics.horizontalAdvance(titles[i]) + pad
        named = preferred[i] if i < len(preferred) else 0
        content = view.sizeHintForColumn(i) if model.rowCount() else named
        want = min(max(content, named if not model.rowCount() else 0, single), max(CONTENT_CAP, named))
        floors.append(max(floor, 40))
        wants.append(want)
        grows.append((kinds[i] if i < len(kinds) else "text") not in NARROW_KINDS)
    widths = share(wants, floors, available, grows=grows)
    for i, width in zip(shown, widths, strict=True):
        if header.sectionSize(i) != width:
            header.resizeSection(i, width)
    lines = max((metrics.boundingRect(QRect(0, 0, max(header.sectionSize(i) - pad, 1), 10_000),
                                      int(HEADER_FLAGS), titles[i]).height() for i in shown), default=0)
    height = lines + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
    if header.minimumHeight() != height:
        header.setMinimumHeight(height)
