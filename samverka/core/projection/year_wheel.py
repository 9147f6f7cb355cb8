"""The årshjul as the room sees it: the year as a circle, each event an arc with a number, and the events listed
beside it in calendar order (the numbers match). Qt-free; `samverka.ui.widgets.year_wheel` paints it.

Step 1 shows the parties; while the facilitator works in the årshjul (an event is selected), the room sees the
wheel instead, with that event highlighted.
"""

from __future__ import annotations

from dataclasses import dataclass

from samverka.core import calendar_service
from samverka.core.projection.slides import Entry, Slide, View, t
from samverka.models.db import Database


@dataclass(frozen=True)
class Arc:
    """Where an event sits on the year: degrees clockwise from 1 January (at the top) and how far it reaches."""

    event_id: int
    kind: str  # vocab.CALENDAR_KINDS code, for its colour
    start_angle: float
    sweep: float


@dataclass(frozen=True)
class WheelSlide(Slide):
    """kind "wheel": `entries` are the events in calendar order (text: title, detail: when, badge: kind),
    `arcs` the same events on the circle."""

    arcs: tuple[Arc, ...] = ()


def showing_wheel(view: View) -> bool:
    """The wheel replaces step 1's parties while an event of the årshjul is selected."""
    return view.selection is not None and view.selection[0] == "calendar_event"


def wheel_slide(db: Database, view: View) -> Slide:
    placed = calendar_service.wheel(db)
    heading = t("Årshjulet", "The year wheel")
    if not placed:
        return Slide("message", heading=heading,
                     note=t("Årshjulet har inga händelser än.", "The year wheel has no events yet."))
    entries = tuple(
        Entry(p.event.title, str(p.when), str(p.kind_label), ("calendar_event", p.event.id)) for p in placed
    )
    arcs = tuple(Arc(p.event.id, p.event.kind, p.start_angle, p.sweep) for p in placed)
    return WheelSlide("wheel", heading, entries, spotlight=view.selection, arcs=arcs)
