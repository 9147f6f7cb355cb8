""""Det här saknas": what the current step still lacks, each item once, a click away from where it is fixed.

The panel is capped (it scrolls instead of growing, so the step list above it always shows all ten steps) and
collapsible (its open/closed state is remembered). Items of one kind that repeat (nine causes no measure acts on)
are folded under one line that opens on a click.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverka.workflow.missing import Missing

# Repeated items of one kind (same step, table and field) are folded from this many on.
FOLD_FROM = 3
VISIBLE_ROWS = 7  # the most rows shown before the list scrolls
ROLE = Qt.ItemDataRole.UserRole
ADVICE_COLOUR = "#6b4a00"


def tr(text: str) -> str:
    return QCoreApplication.translate("Navigator", text)


@dataclass(frozen=True)
class Entry:
    missing: Missing
    advice: bool


def group_key(entry: Entry) -> tuple[str, str, str, bool]:
    m = entry.missing
    return (m.step_key, m.entity, m.field, entry.advice)


def fold(entries: Sequence[Entry]) -> list[list[Entry]]:
    """Groups in first-seen order: a kind that repeats FOLD_FROM times or more is one group, others stay single.
    Items without a table (a step-wide remark) are never folded."""
    keyed: dict[tuple[str, str, str, bool], list[Entry]] = {}
    for entry in entries:
        keyed.setdefault(group_key(entry), []).append(entry)
    groups: list[list[Entry]] = []
    placed: set[tuple[str, str, str, bool]] = set()
    for entry in entries:
        key = group_key(entry)
        members = keyed[key]
        if len(members) >= FOLD_FROM and entry.missing.entity:
            if key not in placed:
                placed.add(key)
                groups.append(members)
        else:
            groups.append([entry])
    return groups


class MissingPanel(QWidget):
    """A header button that folds the panel, and a short tree of missing items (advice after them)."""

    chosen = Signal(object)  # the Missing the facilitator clicked
    toggled = Signal(bool)  # opened (True) or folded by the facilitator

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton(self)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)
        self.header.toggled.connect(self._header_toggled)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("missingList")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(12)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.tree, 1)
        self.entries: list[Entry] = []
        self._count = 0
        self._note = ""
        self._cap_height()
        self._update_header()

    # content --------------------------------------------------------------------------------------
    def set_items(self, missing: Sequence[Missing], advice: Sequence[Missing], *, note: str = "") -> None:
        """Show a step's missing items and advice; `note` replaces the list when there is nothing to show."""
        self.entries = [Entry(m, False) for m in missing] + [Entry(m, True) for m in advice]
        self._count = len(self.entries)
        self._note = note
        self.tree.clear()
        if not self.entries and note:
            item = QTreeWidgetItem([note])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)
        for group in fold(self.entries):
            self.tree.addTopLevelItem(self._group_item(group))
        self._update_header()

    def _group_item(self, group: list[Entry]) -> QTreeWidgetItem:
        first = group[0]
        if len(group) == 1:
            return self._leaf(first)
        parent = QTreeWidgetItem([self._text(first) + " " + tr("(och {0} till av samma slag)").format(len(group) - 1)])
        parent.setData(0, ROLE, first.missing)
        self._style(parent, first.advice)
        parent.setToolTip(0, "\n".join("• " + self._text(entry) for entry in group))
        for entry in group:
            parent.addChild(self._leaf(entry))
        return parent

    def _leaf(self, entry: Entry) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self._text(entry)])
        item.setData(0, ROLE, entry.missing)
        item.setToolTip(0, self._text(entry) + "\n" + tr("Klicka för att gå dit."))
        self._style(item, entry.advice)
        return item

    @staticmethod
    def _text(entry: Entry) -> str:
        return (tr("Råd:") + " " if entry.advice else "") + str(entry.missing)

    @staticmethod
    def _style(item: QTreeWidgetItem, advice: bool) -> None:
        if advice:
            item.setForeground(0, QColor(ADVICE_COLOUR))

    def text(self) -> str:
        """Every item's text, one a line (what a screen reader or a test reads)."""
        if not self.entries:
            return self._note
        return "\n".join("• " + self._text(entry) for entry in self.entries)

    # opening and folding ----------------------------------------------------------------------------
    def is_open(self) -> bool:
        return self.header.isChecked()

    def set_open(self, on: bool) -> None:
        """Set by the window from the remembered state (no `toggled` signal: the user did not do it)."""
        self.header.blockSignals(True)
        self.header.setChecked(on)
        self.header.blockSignals(False)
        self._apply_open(on)

    def _header_toggled(self, on: bool) -> None:
        self._apply_open(on)
        self.toggled.emit(on)

    def _apply_open(self, on: bool) -> None:
        self.tree.setVisible(on)
        self._update_header()

    def _update_header(self) -> None:
        open_ = self.header.isChecked()
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        title = tr("Det här saknas")
        self.header.setText(f"{title} ({self._count})" if self._count else title)
        self.header.setToolTip(tr("Dölj listan") if open_ else tr("Visa vad som saknas i steget"))
        self.header.setAccessibleName(title)
        self.tree.setAccessibleName(title)

    def _cap_height(self) -> None:
        """At most VISIBLE_ROWS lines of text before it scrolls: it never pushes the steps out of view."""
        line = self.tree.fontMetrics().lineSpacing()
        self.tree.setMaximumHeight(VISIBLE_ROWS * (line + 4) + 2 * self.tree.frameWidth())
        self.tree.setMinimumHeight(2 * (line + 4) + 2 * self.tree.frameWidth())

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.childCount():
            item.setExpanded(not item.isExpanded())  # a folded group opens; its lines lead to the places
            return
        missing = item.data(0, ROLE)
        if isinstance(missing, Missing):
            self.chosen.emit(missing)

    def retranslate_ui(self) -> None:
        self._update_header()
