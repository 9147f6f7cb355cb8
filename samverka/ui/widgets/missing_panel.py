""""Det här saknas": what the current step still lacks, each item once, a click away from where it is fixed.

The panel is capped (it scrolls instead of growing, so the step list above it always shows all ten steps) and
collapsible (its open/closed state is remembered). Items of one kind that repeat (nine causes no measure acts on)
are folded under one line that opens on a click.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from samverka.errors import language
from samverka.workflow.missing import Missing

# Repeated items of one kind (same step, table and field) are folded from this many on.
FOLD_FROM = 3
VISIBLE_ROWS = 12  # the most lines shown before the list scrolls
STYLE = """
QLabel#missingLine { color: #1d2733; border-radius: 3px; }
QLabel#missingLine[advice="true"] { color: #6b4a00; }
QLabel#missingLine:hover, QLabel#missingLine:focus { background: #dfe8f2; }
QWidget#missingBody { background: white; }
"""


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


class MissingLine(QLabel):
    """One missing item (or a folded group's summary): wrapped text that takes a click or Enter/Space."""

    activated = Signal()

    def __init__(self, text: str, *, advice: bool, indent: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("missingLine")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContentsMargins(4 + indent, 2, 2, 2)
        self.setProperty("advice", advice)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # wraps to the panel's width; a long name never widens the navigator
        self.setSizePolicy(policy)
        self.missing: Missing | None = None  # what a click leads to (None on a group's summary)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


class MissingGroup(QWidget):
    """Repeats of one kind: a summary line that opens to show each of them."""

    def __init__(self, summary: MissingLine, lines: list[MissingLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.lines = lines
        self._text = summary.text()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(summary)
        for line in lines:
            layout.addWidget(line)
        summary.activated.connect(lambda: self.set_expanded(not self.is_expanded()))
        self.set_expanded(False)

    def is_expanded(self) -> bool:
        return not self.lines[0].isHidden()

    def set_expanded(self, on: bool) -> None:
        for line in self.lines:
            line.setVisible(on)
        self.summary.setText(("▾ " if on else "▸ ") + self._text)
        body = self.parentWidget()
        if isinstance(body, _Body):
            body.fit()


class _Body(QWidget):
    """The lines' holder in the scroll area: as tall as its wrapped lines need at its width (a scroll area
    alone sizes it by one line per label); `fitted(height)` lets the panel size the scroll area to match."""

    def __init__(self, fitted: Callable[[int], None]) -> None:
        super().__init__()
        self.fitted = fitted

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        height = margins.top() + margins.bottom()
        shown = 0
        for index in range(layout.count()):
            item = layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is None or widget.isHidden():
                continue
            height += widget.heightForWidth(width) if widget.hasHeightForWidth() else widget.sizeHint().height()
            shown += 1
        height += layout.spacing() * max(shown - 1, 0)
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
        self.fitted(height)


class MissingPanel(QWidget):
    """A header button that folds the panel, and a short scrolling list of missing items (advice after them)."""

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
        self.list_area = QScrollArea(self)
        self.list_area.setObjectName("missingList")
        self.list_area.setWidgetResizable(True)
        self.list_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = _Body(self._fit_scroll)
        self.body.setObjectName("missingBody")
        self.lines_layout = QVBoxLayout(self.body)
        self.lines_layout.setContentsMargins(2, 2, 2, 2)
        self.lines_layout.setSpacing(2)
        self.lines_layout.addStretch(1)
        self.list_area.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.list_area, 1)
        layout.addStretch(0)  # below the capped list: empty room, not gaps between the header and the list
        self.setStyleSheet(STYLE)
        self.entries: list[Entry] = []
        self.lines: list[MissingLine] = []  # every line that leads somewhere, in order
        self.groups: list[MissingGroup] = []
        self._count = 0
        self._note = ""
        self._lead = ""
        self._shown: tuple[object, ...] = ()
        self._cap_height()
        self._update_header()

    # content --------------------------------------------------------------------------------------
    def set_items(self, missing: Sequence[Missing], advice: Sequence[Missing], *, note: str = "",
                  lead: str = "") -> None:
        """Show a step's missing items and advice; `note` replaces the list when there is nothing to show,
        `lead` stands above it (what the page itself lists)."""
        shown = (tuple(map(_identity, missing)), tuple(map(_identity, advice)), note, lead, language())
        if shown == self._shown:
            return  # the navigator renders on every step change and every re-check; the lines are already there
        self._shown = shown
        self.entries = [Entry(m, False) for m in missing] + [Entry(m, True) for m in advice]
        self._count = len(self.entries)
        self._note = note
        self._lead = lead
        while self.lines_layout.count() > 1:
            item = self.lines_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.lines, self.groups = [], []
        notes = [text for text in (lead, "" if self.entries else note) if text]
        for index, text in enumerate(notes):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setContentsMargins(4, 2, 2, 2)
            self.lines_layout.insertWidget(index, label)
        for index, group in enumerate(fold(self.entries), start=len(notes)):
            self.lines_layout.insertWidget(index, self._group_widget(group))
        self.body.fit()
        QTimer.singleShot(0, self.body.fit)  # again once the new lines are laid out at the panel's width
        self._update_header()

    def _group_widget(self, group: list[Entry]) -> QWidget:
        if len(group) == 1:
            return self._line(group[0])
        first = group[0]
        summary = MissingLine(self._text(first) + " " + tr("(och {0} till av samma slag)").format(len(group) - 1),
                              advice=first.advice)
        summary.setToolTip(tr("Klicka för att visa alla."))
        widget = MissingGroup(summary, [self._line(entry, indent=12) for entry in group])
        self.groups.append(widget)
        return widget

    def _line(self, entry: Entry, indent: int = 0) -> MissingLine:
        line = MissingLine(self._text(entry), advice=entry.advice, indent=indent)
        line.setToolTip(tr("Klicka för att gå dit."))
        line.activated.connect(lambda m=entry.missing: self.chosen.emit(m))
        line.missing = entry.missing
        self.lines.append(line)
        return line

    @staticmethod
    def _text(entry: Entry) -> str:
        return ("• " if not entry.advice else "• " + tr("Råd:") + " ") + str(entry.missing)

    def set_count(self, count: int) -> None:
        """The header's count when the items themselves are shown elsewhere."""
        self._count = count
        self._update_header()

    def text(self) -> str:
        """Every item's text, one a line (what a screen reader or a test reads)."""
        lines = [self._lead] if self._lead else []
        lines += [self._text(entry) for entry in self.entries] if self.entries else [self._note]
        return "\n".join(line for line in lines if line)

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
        self.list_area.setVisible(on)
        self._update_header()

    def _update_header(self) -> None:
        open_ = self.header.isChecked()
        self.header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        title = tr("Det här saknas")
        self.header.setText(f"{title} ({self._count})" if self._count else title)
        self.header.setToolTip(tr("Dölj listan") if open_ else tr("Visa vad som saknas i steget"))
        self.header.setAccessibleName(title)
        self.list_area.setAccessibleName(title)

    def _cap_height(self) -> None:
        """At most VISIBLE_ROWS lines of text before it scrolls: it never pushes the steps out of view."""
        line = self.fontMetrics().lineSpacing()
        frame = 2 * self.list_area.frameWidth()
        self._cap = VISIBLE_ROWS * (line + 4) + frame
        self._floor = 2 * (line + 4) + frame
        self.list_area.setMaximumHeight(self._cap)
        self.list_area.setMinimumHeight(self._floor)

    def _fit_scroll(self, content: int) -> None:
        """As tall as the lines need, between two lines and the cap."""
        height = min(self._cap, max(self._floor, content + 2 * self.list_area.frameWidth()))
        if height != self.list_area.height() or height != self.list_area.minimumHeight():
            self.list_area.setFixedHeight(height)

    def retranslate_ui(self) -> None:
        self._update_header()


def _identity(item: Missing) -> tuple[object, ...]:
    """What a missing item says and where it leads: two evaluations of the same rules give equal identities."""
    return (item.sv, item.en, item.step_key, item.entity, item.entity_id, item.field)
