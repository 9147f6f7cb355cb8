"""Method guidance for every step in both languages, the own notes, and the timer's default per step."""

from __future__ import annotations

import pytest

from samverka.core import guidance
from samverka.errors import ValidationError


@pytest.mark.parametrize("step", range(1, 11))
def test_every_step_has_guidance_in_swedish_and_english(step: int) -> None:
    swedish, english = guidance.guidance(step, "sv"), guidance.guidance(step, "en")
    assert swedish.startswith(f"# Steg {step} ")
    assert english.startswith(f"# Step {step} ")
    assert len(swedish) > 300 and len(english) > 300
    assert swedish != english


def test_step_notes_are_stored_per_step(db):  # type: ignore[no-untyped-def]
    assert guidance.step_note(db, 3) == ""
    guidance.set_step_note(db, 3, "Fråga styrgruppen om cykelstölderna.")
    guidance.set_step_note(db, 3, "Fråga styrgruppen om cykelstölderna. Klart.")
    guidance.set_step_note(db, 4, "Sex frågor.")
    assert guidance.step_note(db, 3).endswith("Klart.")
    assert guidance.step_note(db, 4) == "Sex frågor."


def test_timer_default_and_remembered_length(db):  # type: ignore[no-untyped-def]
    assert guidance.timer_seconds(db, 5) == guidance.DEFAULT_TIMER_MINUTES[5] * 60
    guidance.set_timer_seconds(db, 5, 180)
    guidance.set_timer_seconds(db, 5, 120)
    assert guidance.timer_seconds(db, 5) == 120
    assert guidance.timer_seconds(db, 6) == guidance.DEFAULT_TIMER_MINUTES[6] * 60
    with pytest.raises(ValidationError, match="4 timmar"):
        guidance.set_timer_seconds(db, 5, 0)
    with pytest.raises(ValidationError, match="1–10"):
        guidance.set_step_note(db, 11, "x")
