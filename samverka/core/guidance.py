"""The facilitator's private aids per step: shipped method guidance, own notes, and the timer's default length.

None of this is ever shown on the projector.
"""

from __future__ import annotations

from samverka.core import crud
from samverka.core.changes import Changes
from samverka.dto import StepNoteRow, StepSettingRow
from samverka.errors import ValidationError, language
from samverka.models.db import Database
from samverka.paths import resource
from samverka.workflow.steps import STEPS as STEP_LIST
from samverka.workflow.steps import step_number

STEPS = range(1, len(STEP_LIST) + 1)
TIMER_PRESETS_MINUTES = (2, 3, 5, 10, 15)
# A sensible first length for each step's timed exercise, until the facilitator sets their own (by step key, so
# the numbers follow the step order).
_TIMER_MINUTES_BY_KEY = {
    "samverkan": 10, "lagesbild": 15, "prioritering": 10, "problembeskrivning": 15, "orsaksanalys": 15, "mal": 10,
    "overenskommelse": 5, "atgardsplan": 15, "medborgarloften": 10, "uppfoljning": 10,
}
DEFAULT_TIMER_MINUTES = {step_number(key): minutes for key, minutes in _TIMER_MINUTES_BY_KEY.items()}
MAX_TIMER_SECONDS = 4 * 60 * 60
_DONE_WHEN = {"sv": "**Klart när:**", "en": "**Done when:**"}


def guidance_path(step: int, lang: str) -> str:
    return str(resource("guidance", f"step-{step:02d}.{lang}.md"))


def guidance(step: int, lang: str | None = None) -> str:
    """The shipped method guidance for a step, in the chosen language (Swedish when English is missing)."""
    _check_step(step)
    chosen = lang or language()
    for code in (chosen, "sv"):
        path = resource("guidance", f"step-{step:02d}.{code}.md")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


def done_when(step: int, lang: str | None = None) -> str:
    """The guidance's "Klart när" sentence: the step's checklist as the rules judge it, in words."""
    chosen = lang or language()
    marker = _DONE_WHEN.get(chosen, _DONE_WHEN["sv"])
    for line in guidance(step, chosen).splitlines():
        if line.startswith(marker):
            return line.removeprefix(marker).strip()
    return ""


def step_note(db: Database, step: int) -> str:
    """The collaboration's own private note for a step ("" when none was written)."""
    row = _note_row(db, step)
    return row.text if row is not None else ""


def set_step_note(db: Database, step: int, text: str) -> Changes:
    _check_step(step)
    row = _note_row(db, step)
    if row is None:
        _, changes = crud.create(db, "step_note", {"step": step, "text": text})
        return changes
    return crud.update(db, "step_note", row.id, {"text": text})


def timer_seconds(db: Database, step: int) -> int:
    """The step's timer length: the facilitator's last choice, or the shipped default."""
    row = _setting_row(db, step)
    if row is not None and row.timer_seconds > 0:
        return row.timer_seconds
    return DEFAULT_TIMER_MINUTES[step] * 60


def set_timer_seconds(db: Database, step: int, seconds: int) -> Changes:
    _check_step(step)
    if not 0 < seconds <= MAX_TIMER_SECONDS:
        raise ValidationError(
            "Timern kan vara mellan 1 sekund och 4 timmar. Välj en annan längd.",
            "The timer can run from 1 second to 4 hours. Choose another length.",
            field="timer_seconds",
        )
    row = _setting_row(db, step)
    if row is None:
        _, changes = crud.create(db, "step_setting", {"step": step, "timer_seconds": seconds})
        return changes
    return crud.update(db, "step_setting", row.id, {"timer_seconds": seconds})


def _note_row(db: Database, step: int) -> StepNoteRow | None:
    rows: list[StepNoteRow] = crud.list_rows(db, "step_note", step=step)
    return rows[0] if rows else None


def _setting_row(db: Database, step: int) -> StepSettingRow | None:
    rows: list[StepSettingRow] = crud.list_rows(db, "step_setting", step=step)
    return rows[0] if rows else None


def _check_step(step: int) -> None:
    if step not in STEPS:
        raise ValidationError(
            f"Steg {step} finns inte; stegen är 1–10.", f"Step {step} does not exist; the steps are 1–10.", field="step"
        )
