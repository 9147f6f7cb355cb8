"""Value checks applied before any write: choices, ranges, date order, required text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from samverka import vocab
from samverka.errors import ValidationError, excerpt

CHOICES: dict[tuple[str, str], vocab.Choices] = {
    ("organisation", "type"): vocab.ORG_TYPES,
    ("membership", "group"): vocab.GROUPS,
    ("membership", "role"): vocab.ROLES,
    ("area", "type"): vocab.AREA_TYPES,
    ("area", "police_classification"): vocab.POLICE_CLASSIFICATIONS,
    ("data_source", "kind"): vocab.SOURCE_KINDS,
    ("data_source", "confidentiality"): vocab.CONFIDENTIALITY,
    ("observation", "trend"): vocab.TRENDS,
    ("survey_result", "value_type"): vocab.VALUE_TYPES,
    ("cause", "kind"): vocab.CAUSE_KINDS,
    ("cause", "triangle_side"): vocab.TRIANGLE_SIDES,
    ("cause", "controller_role"): vocab.CONTROLLER_ROLES,
    ("cause", "perspective"): vocab.PERSPECTIVES,
    ("cause", "chain_phase"): vocab.CHAIN_PHASES,
    ("cause", "confidence"): vocab.CONFIDENCE,
    ("controller", "role"): {k: v for k, v in vocab.CONTROLLER_ROLES.items() if k},
    ("goal", "type"): vocab.GOAL_TYPES,
    ("measure", "prevention_type"): vocab.PREVENTION_TYPES,
    ("measure", "horizon"): vocab.HORIZONS,
    ("measure", "evidence_note"): vocab.EVIDENCE_NOTES,
    ("measure", "status"): vocab.MEASURE_STATUS,
    ("status_update", "status"): vocab.MEASURE_STATUS,
    ("follow_up_report", "type"): vocab.FOLLOWUP_TYPES,
    ("agreement", "status"): vocab.AGREEMENT_STATUS,
    ("collaboration", "status"): vocab.COLLABORATION_STATUS,
    ("vote_round", "item_kind"): vocab.VOTE_ITEM_KINDS,
    ("signature", "method"): vocab.SIGNATURE_METHODS,
    ("promise_item_status", "status"): vocab.PROMISE_ITEM_STATUS,
    ("action_plan", "status"): vocab.ACTION_PLAN_STATUS,
    ("calendar_event", "kind"): vocab.CALENDAR_KINDS,
}

REQUIRED_TEXT: dict[tuple[str, str], tuple[str, str]] = {
    ("collaboration", "name"): ("Samverkan måste ha ett namn.", "The collaboration needs a name."),
    ("organisation", "name"): ("Organisationen måste ha ett namn.", "The organisation needs a name."),
    ("person", "name"): ("Personen måste ha ett namn.", "The person needs a name."),
    ("area", "name"): ("Området måste ha ett namn.", "The area needs a name."),
    ("problem_candidate", "title"): ("Problemet måste ha en rubrik.", "The problem needs a title."),
    ("problem", "title"): ("Problemet måste ha en rubrik.", "The problem needs a title."),
    ("priority_criterion", "name"): ("Kriteriet måste ha ett namn.", "The criterion needs a name."),
    ("measure", "title"): ("Åtgärden måste ha en rubrik.", "The measure needs a title."),
    ("indicator", "name"): ("Indikatorn måste ha ett namn.", "The indicator needs a name."),
    ("citizen_promise", "title"): ("Medborgarlöftet måste ha en rubrik.", "The citizen promise needs a title."),
    ("fishbone_bone", "name"): ("Benet måste ha ett namn.", "The bone needs a name."),
    ("calendar_event", "title"): ("Händelsen i årshjulet måste ha en rubrik.", "The calendar event needs a title."),
    ("cause", "text"): ("En orsak kan inte vara tom. Skriv en text eller ta bort orsaken.",
                        "A cause cannot be empty. Type a text or remove the cause."),
}

# (kind, field): (low, high) inclusive
RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("priority_score", "score"): (0, 3),
    ("priority_criterion", "weight"): (0, 10),
    ("status_update", "percent_done"): (0, 100),
    ("observation", "hour_from"): (0, 23),
    ("observation", "hour_to"): (0, 24),
    ("affected_group", "women_pct"): (0, 100),
    ("affected_group", "men_pct"): (0, 100),
    ("cause", "votes"): (0, 100000),
    ("vote_count", "count"): (0, 100000),
    ("vote_round", "votes_per_person"): (1, 99),
    ("vote_round", "cap_per_item"): (0, 99),
    ("vote_round", "participants"): (0, 10000),
    ("cause", "chain_position"): (0, 1000),
    ("cause", "why_position"): (0, 1000),
    ("promise_item", "activity_count"): (0, 100000),
    ("promise_item_status", "done_count"): (0, 100000),
    ("calendar_event", "month"): (1, 12),
    ("calendar_event", "day"): (1, 31),
    ("action_plan", "version"): (1, 10000),
    ("citizen_promise", "version"): (1, 10000),
    ("survey_result", "year"): (1900, 2200),
}

DATE_PAIRS: dict[str, tuple[str, str]] = {
    "collaboration": ("period_start", "period_end"),
    "citizen_promise": ("period_start", "period_end"),
    "measure": ("start", "end"),
    "membership": ("valid_from", "valid_to"),
    "goal": ("baseline_date", "target_date"),
    "action_plan": ("period_start", "period_end"),
    "calendar_event": ("start_date", "end_date"),
}


def check_text(field: str, value: str) -> None:
    """Any Unicode is kept exactly, except what no database can store."""
    if "\x00" in value:
        raise ValidationError(
            "Texten innehåller ett nolltecken (NUL) som inte kan sparas. Ta bort det och försök igen.",
            "The text contains a NUL character that cannot be stored. Remove it and try again.",
            field=field,
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            "Texten innehåller ett trasigt tecken som inte kan sparas. Skriv om texten.",
            "The text contains a broken character that cannot be stored. Retype the text.",
            field=field,
        ) from exc


def validate(kind: str, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if isinstance(value, str):
            check_text(name, value)
        _check_choice(kind, name, value)
        _check_range(kind, name, value)
        _check_required(kind, name, value)
    _check_dates(kind, values)
    for extra in EXTRA_CHECKS.get(kind, ()):
        extra(values)


def _check_choice(kind: str, name: str, value: Any) -> None:
    choices = CHOICES.get((kind, name))
    if choices is not None and value not in choices:
        allowed = ", ".join(repr(code) for code in choices)
        shown = excerpt(repr(value), 40)  # a value from a file may be megabytes long
        raise ValidationError(
            f"Värdet {shown} är inte tillåtet här. Välj ett av: {allowed}.",
            f"The value {shown} is not allowed here. Choose one of: {allowed}.",
            field=name,
        )


def _check_range(kind: str, name: str, value: Any) -> None:
    bounds = RANGES.get((kind, name))
    if bounds is None or value is None:
        return
    low, high = bounds
    if not low <= value <= high:
        raise ValidationError(
            f"Värdet {value} ligger utanför skalan {low:g}–{high:g}.",
            f"The value {value} is outside the scale {low:g}–{high:g}.",
            field=name,
        )


def _check_required(kind: str, name: str, value: Any) -> None:
    message = REQUIRED_TEXT.get((kind, name))
    if message is not None and (not isinstance(value, str) or not value.strip()):
        raise ValidationError(*message, field=name)


def _check_dates(kind: str, values: Mapping[str, Any]) -> None:
    pair = DATE_PAIRS.get(kind)
    if pair is None:
        return
    start, end = values.get(pair[0]), values.get(pair[1])
    if isinstance(start, dt.date) and isinstance(end, dt.date) and end < start:
        raise ValidationError(
            f"Slutdatumet {end.isoformat()} ligger före startdatumet {start.isoformat()}. Ändra något av dem.",
            f"The end date {end.isoformat()} is before the start date {start.isoformat()}. Change one of them.",
            field=pair[1],
        )


def _check_shares(values: Mapping[str, Any]) -> None:
    women, men = values.get("women_pct"), values.get("men_pct")
    if women is not None and men is not None and women + men > 100.0001:
        raise ValidationError(
            "Andelen kvinnor och män kan tillsammans inte vara mer än 100 %.",
            "The shares of women and men together cannot exceed 100 %.",
            field="men_pct",
        )


def _check_hours(values: Mapping[str, Any]) -> None:
    weekdays = values.get("weekdays") or ""
    if any(ch not in "1234567" for ch in weekdays):
        raise ValidationError(
            "Veckodagar skrivs som siffror 1 (måndag) till 7 (söndag), t.ex. 567.",
            "Weekdays are written as digits 1 (Monday) to 7 (Sunday), e.g. 567.",
            field="weekdays",
        )


def _check_calendar_day(values: Mapping[str, Any]) -> None:
    """A yearly event's day must exist in its month every year (so 29 February is refused)."""
    month, day = values.get("month"), values.get("day")
    if isinstance(month, int) and isinstance(day, int) and 1 <= month <= 12 and day > _DAYS_IN_MONTH[month - 1]:
        raise ValidationError(
            f"Dag {day} finns inte i månad {month} varje år. Välj en dag mellan 1 och {_DAYS_IN_MONTH[month - 1]}.",
            f"Day {day} does not exist in month {month} every year. Choose a day from 1 to "
            f"{_DAYS_IN_MONTH[month - 1]}.",
            field="day",
        )


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

EXTRA_CHECKS: dict[str, tuple[Callable[[Mapping[str, Any]], None], ...]] = {
    "affected_group": (_check_shares,),
    "observation": (_check_hours,),
    "calendar_event": (_check_calendar_day,),
}
