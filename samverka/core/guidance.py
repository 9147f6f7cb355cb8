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

STEPS = range(1, 11)
TIMER_PRESETS_MINUTES = (2, 3, 5, 10, 15)
# A sensible first length for each step's timed exercise, until the facilitator sets their own.
DEFAULT_TIMER_MINUTES = {1: 10, 2: 15, 3: 10, 4: 15, 5: 15, 6: 10, 7: 5, 8: 15, 9: 10, 10: 10}
MAX_TIMER_SECONDS = 4 * 60 * 60


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
