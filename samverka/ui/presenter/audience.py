"""The audience window on the projector: read-only, no controls, never takes the keyboard.

It is a view of AppState, the services and the Presentation: it rebuilds its slide from the services whenever
the bus or the state says something it shows has changed. Nothing is copied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QStackedLayout, QStackedWidget, QVBoxLayout, QWidget

from samverka.core.changes import Changes
from samverka.core.projection import Slide, View, build_slide, t, watched
from samverka.ui.context import UiContext
from samverka.ui.presenter import theme
from samverka.ui.presenter.canvas import HeaderBar, SlideCanvas
from samverka.ui.presenter.countdown import Countdown
from samverka.ui.presenter.presentation import Presentation
from samverka.workflow.steps import step as step_info

# Steps whose projection another part of the app draws (survey charts, cause canvases), when it is present.
ExternalFactory = Callable[[UiContext], QWidget]


def _external_factory(step: int, kind: str) -> ExternalFactory | None:
    try:
        if step == 2:
            from samverka.ui.survey import make_projection_view as survey_view

            return survey_view
        if step == 5 and kind != "list":
            from samverka.ui.causes.projection import make_projection_view as cause_view

            return lambda ctx: cause_view(ctx, kind)
    except ImportError:
        return None
    return None


class BlankScreen(QWidget):
    """All black or all white (B / W)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = theme.BLACK
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.colour))
        painter.end()


class AudienceWindow(QWidget):
    def __init__(
        self, ctx: UiContext, presentation: Presentation, countdown: Countdown, *,
        external: Callable[[int, str], ExternalFactory | None] = _external_factory,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.ctx = ctx
        self.presentation = presentation
        self.countdown = countdown
        self._external = external
        self._external_views: dict[tuple[int, str], QWidget | None] = {}
        self._focus_guard = _NoFocusGuard(self)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Samverka – projektor"))
        self.setMinimumSize(480, 270)
        self.resize(960, 540)
        self._build()
        ctx.bus.changed.connect(self._on_changed)
        ctx.state.step_changed.connect(self.refresh)
        ctx.state.selection_changed.connect(self.refresh)
        ctx.state.problem_changed.connect(self.refresh)
        ctx.state.database_changed.connect(self._on_database_changed)
        presentation.changed.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        self.stack = QStackedLayout(self)
        self.content = QWidget(self)
        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = HeaderBar(self.content)
        self.body = QStackedWidget(self.content)
        self.canvas = SlideCanvas(self.body)
        self.body.addWidget(self.canvas)
        column.addWidget(self.header)
        column.addWidget(self.body, 1)
        self.blank = BlankScreen(self)
        self.stack.addWidget(self.content)
        self.stack.addWidget(self.blank)
        self.content.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(theme.BACKGROUND))
        self.setPalette(palette)
        self._fit_header()

    # refreshing ----------------------------------------------------------------------------------
    def view(self) -> View:
        state = self.ctx.state
        selection = state.selection.key() if state.selection else None
        return View(state.step, selection, state.problem_id, self.presentation.round_id,
                    self.presentation.results_hidden)

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self.ctx.state.db is not None and changes.touches(*watched(self.ctx.state.step)):
            self.refresh()

    def _on_database_changed(self) -> None:
        for view in self._external_views.values():
            if view is not None:
                view.deleteLater()
        self._external_views.clear()
        self.refresh()

    def refresh(self) -> None:
        """Rebuild what the room sees from the services (and blank it if B or W is on)."""
        if self.presentation.blank:
            self.blank.colour = theme.BLACK if self.presentation.blank == "black" else theme.WHITE
            self.stack.setCurrentWidget(self.blank)
            self.blank.update()
        else:
            self.stack.setCurrentWidget(self.content)
        number = self.ctx.state.step
        info = step_info(number)
        self.header.step_text = str(number)
        self.header.title = str(info.title)
        self.header.question = str(info.question)
        self.refresh_timer()
        self._fit_header()
        if self.ctx.state.db is None:
            self.body.setCurrentWidget(self.canvas)
            self.canvas.set_slide(Slide("message", note=t("Ingen samverkan är öppen.", "No collaboration is open.")))
            return
        view = self.view()
        external = self._external_view(number) if self._embeds(view) else None
        if external is not None:
            self.body.setCurrentWidget(external)
            return
        self.body.setCurrentWidget(self.canvas)
        self.canvas.set_slide(build_slide(self.ctx.db, view))

    def refresh_timer(self) -> None:
        text = self.countdown.text() if self.countdown.touched else ""
        phase = self.countdown.phase()
        if (text, phase) != (self.header.timer_text, self.header.timer_phase):
            appeared = bool(text) != bool(self.header.timer_text)
            self.header.timer_text, self.header.timer_phase = text, phase
            if appeared:
                self._fit_header()
            self.header.update()

    def _embeds(self, view: View) -> bool:
        """Another part's projection is used unless a vote is on show or it would have nothing to draw."""
        if view.round_id is not None:
            return False
        return view.step != 5 or self.ctx.state.problem_id is not None

    def _external_view(self, step: int) -> QWidget | None:
        key = (step, self.presentation.cause_view if step == 5 else "")
        if key not in self._external_views:
            factory = self._external(*key)
            widget = factory(self.ctx) if factory is not None else None
            if widget is not None:
                self.body.addWidget(widget)
                make_unfocusable(widget, self._focus_guard)
            self._external_views[key] = widget
        return self._external_views[key]

    # never take input ----------------------------------------------------------------------------
    def _fit_header(self) -> None:
        self.header.setFixedHeight(self.header.preferred_height(self.width(), self.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_header()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A click on the projector must not steal the facilitator's keyboard.
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel):
            return True
        return super().event(event)


class _NoFocusGuard(QObject):
    """Keeps every widget that appears later inside the projector (a chart built on demand) unfocusable."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished):
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QWidget):
                _unfocus_tree(child, self)
        return False


def _unfocus_tree(widget: QWidget, guard: _NoFocusGuard) -> None:
    for item in (widget, *widget.findChildren(QWidget)):
        item.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        item.installEventFilter(guard)


def make_unfocusable(widget: QWidget, guard: _NoFocusGuard) -> None:
    """The projector never holds the keyboard: no child may take focus, not even embedded views or what they
    build later."""
    _unfocus_tree(widget, guard)
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
