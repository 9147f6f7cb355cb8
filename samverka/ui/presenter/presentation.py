"""What the facilitator has set for the room right now (presenting, blank screen, vote on show, hidden results).

This is presentation state, not data: it lives beside AppState and is lost when the app closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

BLANK_MODES = ("", "black", "white")
# How step 5 is projected: one of the cause canvases, or "list" (the causes as cards, most votes first).
CAUSE_VIEWS = ("triangle", "fishbone", "event_chain", "tree", "whys", "list")


class Presentation(QObject):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.presenting = False
        self.blank = ""
        self.round_id: int | None = None
        self.results_hidden = False
        self.swapped = False
        self.cause_view = "triangle"

    def set_presenting(self, on: bool) -> None:
        if on != self.presenting:
            self.presenting = on
            self.blank = ""
            self.changed.emit()

    def toggle_blank(self, mode: str) -> None:
        """B or W: blank the screen; the same key again returns to exactly what was shown."""
        assert mode in BLANK_MODES
        self.blank = "" if self.blank == mode else mode
        self.changed.emit()

    def show_round(self, round_id: int | None) -> None:
        if round_id != self.round_id:
            self.round_id = round_id
            self.changed.emit()

    def set_results_hidden(self, hidden: bool) -> None:
        if hidden != self.results_hidden:
            self.results_hidden = hidden
            self.changed.emit()

    def set_cause_view(self, kind: str) -> None:
        assert kind in CAUSE_VIEWS
        if kind != self.cause_view:
            self.cause_view = kind
            self.changed.emit()
