"""Is a quantified promise on pace? "9 av 26 kvällar" when half the period has gone is behind.

Pro rata: by a date, the share of the period that has passed times the planned count should be done.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from samverka.errors import Text


@dataclass(frozen=True)
class Pace:
    done: int
    planned: int
    unit: str
    expected: int  # how many should be done by `as_of`, pro rata (rounded down)
    as_of: dt.date

    @property
    def behind(self) -> bool:
        return self.done < self.expected

    @property
    def text(self) -> Text:
        unit = f" {self.unit}" if self.unit else ""
        return Text(f"{self.done} av {self.planned}{unit}", f"{self.done} of {self.planned}{unit}")

    @property
    def explanation(self) -> Text:
        """Why it is (or is not) behind, with the numbers."""
        when = self.as_of.isoformat()
        if self.behind:
            return Text(f"{self.text.sv}, men till {when} borde minst {self.expected} vara gjorda.",
                        f"{self.text.en}, but by {when} at least {self.expected} should be done.")
        return Text(f"{self.text.sv}: enligt plan.", f"{self.text.en}: on pace.")


def elapsed_share(start: dt.date, end: dt.date, as_of: dt.date) -> float:
    """The share of [start, end] (both days counted) that has passed at the end of `as_of`."""
    total = (end - start).days + 1
    if total <= 0:
        return 1.0
    passed = (as_of - start).days + 1
    return min(1.0, max(0.0, passed / total))


def activity_pace(
    planned: int | None, done: int | None, unit: str, start: dt.date | None, end: dt.date | None, as_of: dt.date,
) -> Pace | None:
    """The pace of a quantified activity, or None when there is nothing to compare (no count, no period)."""
    if planned is None or planned <= 0 or done is None or start is None or end is None:
        return None
    expected = math.floor(planned * elapsed_share(start, end, as_of) + 1e-9)
    return Pace(done, planned, unit, expected, as_of)
