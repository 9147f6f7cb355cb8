"""What the room sees in implementation: the decided action plan (step 8), the citizen promises (step 9) and the
follow-up (step 10). Plain data; the audience window paints it (step 10 adds the indicator chart, drawn in
`samverka.ui.followup.projection` from `chart_series`).

States are told apart by a word and a mark, never by colour alone: "✔ Hållet", "◐ Delvis hållet", "▼ Ligger efter".
"""

from __future__ import annotations

from samverka import vocab
from samverka.core import crud
from samverka.core.followup_service import FollowUpOverview, IndicatorSeries, PromiseItemFollowUp
from samverka.core.projection.slides import Entry, Slide, View, t
from samverka.dto import (
    ActionPlanRow,
    AreaRow,
    CitizenPromiseRow,
    IndicatorRow,
    MeasurementRow,
    MeasureRow,
    OrganisationRow,
    PersonRow,
    PromiseItemRow,
)
from samverka.models.db import Database
from samverka.swedish import LOFTE, count, of_count, unit_count
from samverka.workflow.in_force import in_force

MARKS = {"hållet": "✔", "enligt_plan": "●", "efter_plan": "▼", "delvis": "◐", "inte_hållet": "✖", "ej_uppföljt": "–"}


def _names(db: Database, kind: type[OrganisationRow | PersonRow | AreaRow]) -> dict[int, str]:
    return {row.id: row.name for row in crud.list_rows(db, kind)}


def _period(start: object, end: object) -> str:
    parts = [str(value) for value in (start, end) if value]
    return " – ".join(parts)


def _empty(sv: str, en: str, heading: str = "") -> Slide:
    return Slide("message", heading=heading, note=t(sv, en))


# --- step 8 -------------------------------------------------------------------------------------------------------
def plan_heading(plans: list[ActionPlanRow]) -> str:
    """"Åtgärdsplan version 2 · beslutad 2026-03-12 (Kommunstyrelsen § 45)" or "… · utkast"."""
    if not plans:
        return t("Åtgärdsplan · inte beslutad än", "Action plan · not decided yet")
    latest = max(plans, key=lambda p: p.version)
    if latest.status == "beslutad":
        record = " ".join(part for part in (latest.decided_by, latest.paragraph) if part)
        when = latest.decision_date.isoformat() if latest.decision_date else ""
        decided = t(f"beslutad {when}", f"decided {when}").strip()
        return t(f"Åtgärdsplan version {latest.version}", f"Action plan version {latest.version}") + \
            f"  ·  {decided}" + (f" ({record})" if record else "")
    return t(f"Åtgärdsplan version {latest.version}  ·  utkast", f"Action plan version {latest.version}  ·  draft")


def action_plan_slide(db: Database, view: View) -> Slide:
    """The measures as the plan states them – owner, place and time – without their live status."""
    orgs, people = _names(db, OrganisationRow), _names(db, PersonRow)
    plans = crud.list_rows(db, ActionPlanRow)
    entries = []
    for measure in crud.list_rows(db, MeasureRow, order_by=("sort_order", "id")):
        owner = ", ".join(p for p in (orgs.get(measure.responsible_org_id or 0, ""),
                                      people.get(measure.responsible_person_id or 0, "")) if p)
        detail = "  ·  ".join(p for p in (owner or t("Ansvarig saknas", "No owner"), measure.place,
                                          measure.frequency) if p)
        entries.append(Entry(measure.title, detail, _period(measure.start, measure.end), ("measure", measure.id)))
    if not entries:
        return _empty("Inga åtgärder är inlagda än.", "No measures have been entered yet.", plan_heading(plans))
    return Slide("list", plan_heading(plans), tuple(entries), spotlight=view.selection)


# --- step 9 -------------------------------------------------------------------------------------------------------
def _current(db: Database) -> list[CitizenPromiseRow]:
    return in_force(crud.list_rows(db, CitizenPromiseRow, order_by=("id",)))


def item_detail(item: PromiseItemRow, orgs: dict[int, str]) -> str:
    """"Polisen · 156 kvällar · torsdag–lördag kl. 21–02 · Bantorget · återrapport 2026-10-15"."""
    who = t("Alla parter", "All parties") if item.all_parties else orgs.get(item.responsible_org_id or 0, "")
    amount = unit_count(item.activity_count, item.activity_unit, keep_together=False) if item.activity_count else ""
    back = t(f"återrapport {item.report_back_date.isoformat()}", f"report back {item.report_back_date.isoformat()}") \
        if item.report_back_date else ""
    return "  ·  ".join(p for p in (who, amount, item.when_text, item.place, back) if p)


def promises_slide(db: Database, view: View) -> Slide:
    promises = _current(db)
    if not promises:
        return _empty("Inget medborgarlöfte är skrivet än.", "No citizen promise has been written yet.")
    orgs = _names(db, OrganisationRow)
    entries = []
    for promise in promises:
        for item in crud.list_rows(db, PromiseItemRow, order_by=("sort_order", "id"), promise_id=promise.id):
            entries.append(Entry(item.wording, item_detail(item, orgs), key=("promise_item", item.id)))
    heading = " · ".join(p.title for p in promises)
    if len(promises) == 1 and (promises[0].period_start or promises[0].period_end):
        period = _period(promises[0].period_start, promises[0].period_end)
        heading += t(f"  ·  gäller {period}", f"  ·  valid {period}")
    if not entries:
        return _empty("Löftet har inga formuleringar än.", "The promise has no wording yet.", heading)
    return Slide("list", heading, tuple(entries), spotlight=view.selection)


# --- step 10 ------------------------------------------------------------------------------------------------------
def verdict_badge(line: PromiseItemFollowUp) -> str:
    """"▼ Ligger efter · 9 av 26 kvällar": the verdict and the count, kept together on the card's badge line."""
    verdict = line.verdict
    text = f"{MARKS.get(verdict.code, '')} {verdict.label}".strip()
    pace = verdict.pace
    if pace is not None:
        text += "  ·  " + t(of_count(pace.done, pace.planned, pace.unit), f"{pace.done} of {pace.planned} {pace.unit}")
    return text


def verdict_detail(line: PromiseItemFollowUp) -> str:
    """"9 av 26 kvällar – borde vara minst 13", or the pace alone, with the responsible party."""
    pace = line.verdict.pace
    parts = [line.responsible]
    if pace is not None:
        done = of_count(pace.done, pace.planned, pace.unit)
        if pace.behind:
            parts.append(t(f"{done} – borde vara minst {pace.expected}", f"{pace.done} of {pace.planned} "
                           f"{pace.unit} – at least {pace.expected} by now"))
        else:
            parts.append(t(done, f"{pace.done} of {pace.planned} {pace.unit}"))
    return "  ·  ".join(p for p in parts if p)


def verdict_note(line: PromiseItemFollowUp) -> str:
    """The card's detail under the badge: who, and by when it should have been done when it lags."""
    pace = line.verdict.pace
    if pace is not None and pace.behind:
        when = pace.as_of.isoformat()
        return "  ·  ".join(p for p in (line.responsible, t(f"minst {pace.expected} borde vara gjorda till {when}",
                                                              f"at least {pace.expected} due by {when}")) if p)
    return line.responsible


MEASURE_KEYS = frozenset({"measure", "status_update"})


def shows_measures(view: View) -> bool:
    """The room sees the measures when the facilitator points at one; otherwise the promises."""
    return bool(view.selection and view.selection[0] in MEASURE_KEYS)


def followup_slide_from(overview: FollowUpOverview, view: View) -> Slide:
    """Each promise line with its verdict (the same computation as "Så har det gått"), or – when the facilitator
    points at a measure – each measure's latest status with its comment."""
    # The lines that lag come first: what the room must talk about is never among the "+ 2 till".
    lines = sorted(overview.promise_items, key=lambda line: not line.behind)
    promises = [Entry(line.item.wording, verdict_note(line), verdict_badge(line), ("promise_item", line.item.id))
                for line in lines]
    measures = []
    for follow in overview.measures:
        latest = follow.latest
        status = vocab.label(vocab.MEASURE_STATUS, latest.status if latest else follow.measure.status)
        comment = latest.note.strip().splitlines()[0] if latest and latest.note.strip() else ""
        detail = "  ·  ".join(p for p in (follow.responsible, comment) if p)
        measures.append(Entry(follow.measure.title, detail, status, ("measure", follow.measure.id)))
    if shows_measures(view) or not promises:
        if not measures:
            return _empty("Inget att följa upp än.", "Nothing to follow up yet.")
        return Slide("list", t("Åtgärdernas läge", "How the measures stand"), tuple(measures),
                     spotlight=view.selection)
    lagging = len(overview.lagging)
    note = t(f"{count(lagging, LOFTE, words=False)} ligger efter plan",
             f"{lagging} {'promise is' if lagging == 1 else 'promises are'} behind") if lagging else ""
    return Slide("list", t("Så har det gått med löftena", "How the promises have gone"), tuple(promises),
                 note=note, spotlight=view.selection)


def followup_slide(db: Database, view: View) -> Slide:
    from samverka.core.followup_service import followup_overview

    return followup_slide_from(followup_overview(db), view)


def chart_series(db: Database, view: View, overview: FollowUpOverview | None = None) -> IndicatorSeries | None:
    """The indicator the room looks at: the one selected (or a measurement's), else the first with values."""
    from samverka.core.followup_service import followup_overview

    series = (overview or followup_overview(db)).series
    wanted: int | None = None
    if view.selection and view.selection[0] == IndicatorRow.KIND:
        wanted = view.selection[1]
    elif view.selection and view.selection[0] == MeasurementRow.KIND:
        found = [m for m in crud.list_rows(db, MeasurementRow) if m.id == view.selection[1]]
        wanted = found[0].indicator_id if found else None
    chosen = [s for s in series if s.indicator.id == wanted] or [s for s in series if s.points] or list(series)
    return chosen[0] if chosen else None
