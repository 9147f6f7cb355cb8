"""Is a quantified promise on pace? "9 av 26 kvällar" when half the period has gone is behind.

Pro rata: by a date, the share of the period that has passed times the planned count should be done.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from samverka.errors import Text
from samverka.swedish import of_count


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
        return Text(of_count(self.done, self.planned, self.unit), f"{self.done} of {self.planned}{unit}")

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


# --- how a promise line stands: one computation for the room, the projector and the public follow-up ------------
VERDICTS: dict[str, tuple[str, str]] = {
    "hållet": ("Hållet", "Kept"),
    "enligt_plan": ("Enligt plan", "On track"),
    "efter_plan": ("Ligger efter", "Behind"),
    "delvis": ("Delvis hållet", "Partly kept"),
    "inte_hållet": ("Inte hållet", "Not kept"),
    "ej_uppföljt": ("Ej uppföljt", "Not followed up"),
}


@dataclass(frozen=True)
class Verdict:
    """Kept, on track, behind, partly kept or not kept, as of the latest report, and the pace behind it."""

    code: str
    pace: Pace | None
    as_of: dt.date | None

    @property
    def label(self) -> Text:
        sv, en = VERDICTS[self.code]
        return Text(sv, en)

    @property
    def behind(self) -> bool:
        """Lagging its quantity: the app's flag ("9 av 26 kvällar"), for a running or an ended period."""
        return self.code == "efter_plan" or (self.pace is not None and self.pace.behind)


def promise_verdict(
    status: str | None, planned: int | None, done: int | None, unit: str, start: dt.date | None,
    end: dt.date | None, as_of: dt.date | None,
) -> Verdict:
    """How a promise line stands on the day of its latest status report.

    While the period runs, a line is "hållet" only when everything promised is done; otherwise it is on track or
    behind, from the pro-rata pace when it has a count ("9 av 26 kvällar" half-way is behind) and from the reported
    status when it has none. When the period is over, the reported status stands, corrected by the count
    (a line marked kept with fewer done than promised is partly kept).
    """
    if status is None or as_of is None:
        return Verdict("ej_uppföljt", None, as_of)
    pace = activity_pace(planned, done, unit, start, end, as_of)
    all_done = planned is not None and planned > 0 and done is not None and done >= planned
    if status == "inte_hållet":
        return Verdict("inte_hållet", pace, as_of)
    if all_done:
        return Verdict("hållet", pace, as_of)
    running = end is not None and as_of < end
    if running:
        if pace is not None:
            return Verdict("efter_plan" if pace.behind else "enligt_plan", pace, as_of)
        return Verdict("enligt_plan" if status == "hållet" else "efter_plan", pace, as_of)
    if pace is not None and pace.behind and status == "hållet":
        return Verdict("delvis" if (done or 0) > 0 else "inte_hållet", pace, as_of)
    return Verdict(status if status in VERDICTS else "delvis", pace, as_of)


def item_verdict(item: Any, promise: Any, statuses: Iterable[Any]) -> Verdict:
    """`promise_verdict` for a promise line (`promise_item` row) of a promise version (`citizen_promise` row) from
    its status reports (`promise_item_status` rows, any order): the latest dated report gives the status and the
    day; the latest report with a count gives how many were done."""
    dated = sorted((s for s in statuses if s.date is not None), key=lambda s: (s.date, s.id))
    if not dated:
        return Verdict("ej_uppföljt", None, None)
    latest = dated[-1]
    counted = [s for s in dated if s.done_count is not None]
    done = counted[-1].done_count if counted else None
    return promise_verdict(latest.status, item.activity_count, done, item.activity_unit, promise.period_start,
                           promise.period_end, latest.date)
