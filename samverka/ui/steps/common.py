"""What the step pages share: a cache of the rows reference columns point at, and page scaffolding."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from samverka.core.names import entity_name
from samverka.ui.models.columns import Options

if TYPE_CHECKING:
    from samverka.dto import Row
    from samverka.models.db import Database

R = TypeVar("R", bound="Row")
MAX_LABEL = 70
# Tables kept in the facilitator's own order (sort_order).
SORTED = frozenset({"organisation", "problem", "measure"})


def short(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class KindRef:
    """Options and labels for one kind, read from the cache (which the page refreshes)."""

    def __init__(self, cache: RefCache, kind: type[Row]) -> None:
        self.cache = cache
        self.kind = kind

    def options(self) -> Options:
        return list(self.cache.labels(self.kind).items())

    def label(self, value: Any) -> str:
        return self.cache.labels(self.kind).get(value, "")


class RefCache:
    """Rows loaded once per refresh, so painting a table never queries the database."""

    def __init__(self, db_getter: Callable[[], Database | None]) -> None:
        self._db_getter = db_getter
        self._rows: dict[type[Row], list[Any]] = {}
        self._labels: dict[type[Row], dict[Any, str]] = {}

    def ref(self, kind: type[Row]) -> KindRef:
        return KindRef(self, kind)

    def invalidate(self) -> None:
        self._rows.clear()
        self._labels.clear()

    def rows(self, kind: type[R]) -> list[R]:
        if kind not in self._rows:
            from samverka.core import crud  # the services load on the first read, after the window is painted

            db = self._db_getter()
            order = ("sort_order", "id") if kind.KIND in SORTED else ("id",)
            self._rows[kind] = [] if db is None else crud.list_rows(db, kind, order_by=order)
        rows: list[R] = self._rows[kind]
        return rows

    def patch(self, rows: Sequence[Row]) -> None:
        """Updated rows replace the cached ones with the same id (their names may have changed)."""
        for row in rows:
            cached = self._rows.get(type(row))
            if cached is None:
                continue
            for i, old in enumerate(cached):
                if old.id == row.id:
                    cached[i] = row
                    self._labels.pop(type(row), None)

    def labels(self, kind: type[Row]) -> dict[Any, str]:
        if kind not in self._labels:
            field = entity_name(kind.KIND).label_field
            self._labels[kind] = {row.id: short(str(getattr(row, field))) or f"#{row.id}" for row in self.rows(kind)}
        return self._labels[kind]


def tabs(parent: QWidget, pages: Iterable[QWidget]) -> QTabWidget:
    widget = QTabWidget(parent)
    widget.setDocumentMode(True)
    for page in pages:
        widget.addTab(page, "")
    return widget


def splitter(parent: QWidget, *widgets: QWidget, vertical: bool = False, sizes: list[int] | None = None) -> QSplitter:
    split = QSplitter(Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal, parent)
    for widget in widgets:
        split.addWidget(widget)
    split.setChildrenCollapsible(False)
    if sizes:
        split.setSizes(sizes)
    return split


def column_box(parent: QWidget, *widgets: QWidget, stretch_last: bool = False) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and i == len(widgets) - 1 else 0)
    if not stretch_last:
        layout.addStretch(1)
    return box


class _Column(QScrollArea):
    """Scrolls vertically, never sideways, and is never narrower than its content: a splitter beside it would
    otherwise cut its buttons off on the right."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is not None:
            width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
            hint.setWidth(max(hint.width(), width))
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # new texts (a language change) may need more width
        return super().eventFilter(watched, event)


def scrolled(parent: QWidget, content: QWidget) -> QScrollArea:
    """A column that scrolls vertically when the laptop screen is too short for it (never sideways)."""
    area = _Column(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def section_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "section")
    label.setContentsMargins(0, 4, 0, 0)
    return label


def guidance_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "guidance")
    label.setWordWrap(True)
    label.setContentsMargins(0, 2, 0, 0)
    return label


def sections(text: str) -> str:
    return QCoreApplication.translate("Sections", text)
