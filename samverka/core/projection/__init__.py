"""The projector's read model: what the room sees at each step, as plain data (no Qt).

`build_slide(db, view)` reads the collaboration through the services and gives a `Slide` that the audience
window paints; `watched(step)` names the tables whose changes make it repaint.
"""

from samverka.core.projection.slides import Entry, Key, Slide, View, build_slide, focus_problem, t, watched

__all__ = ["Entry", "Key", "Slide", "View", "build_slide", "focus_problem", "t", "watched"]
