"""Pictures of steps 1, 2, 3, 6 and 7 at 1366×768 and of the room's årshjul and ranking at 1920×1080.

Run with SAMVERKA_SCREENSHOTS=1 to refresh docs/screenshots/b1-*.png (and look at them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from samverka.core import calendar_service, crud
from samverka.dto import CalendarEventRow
from samverka.ui.state import Selection

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LAPTOP = (1366, 768)
PROJECTOR = (1920, 1080)


def folder(tmp_path: Path) -> Path:
    return DOCS if os.environ.get("SAMVERKA_SCREENSHOTS") == "1" else tmp_path


def shoot(widget: Any, path: Path, size: tuple[int, int]) -> None:
    QApplication.processEvents()
    image = widget.grab().toImage()
    assert (image.width(), image.height()) == size
    assert image.save(str(path))


def test_pages_at_laptop_size(window: Any, demo_path: Path, new_file: Path, tmp_path: Path) -> None:
    out = folder(tmp_path)
    window.resize(*LAPTOP)
    assert window.open_path(str(demo_path))
    shots = [(1, "orgs", "b1-step01-parter"), (1, "wheel", "b1-step01-arshjul"),
             (2, "contributions_page", "b1-step02-bidrag"), (2, "parts_page", "b1-step02-lagens-delar"),
             (3, "scoring_page", "b1-step03-rangordning"), (6, "goals_tab", "b1-step06-mal"),
             (6, "strategic_tab", "b1-step06-strategiska"), (7, None, "b1-step07-overenskommelse")]
    for step, tab, name in shots:
        window.go_to_step(step)
        page = window.page(step)
        if tab is not None:
            page.tabs.setCurrentWidget(getattr(page, tab))
        shoot(window, out / f"{name}.png", LAPTOP)
        assert window.width() <= LAPTOP[0] and window.height() <= LAPTOP[1]
    assert window.open_path(str(new_file))  # a blank collaboration: what is missing, and where
    window.go_to_step(7)
    shoot(window, out / "b1-step07-blank.png", LAPTOP)


def test_the_room_sees_the_year_wheel_and_the_ranking(window: Any, demo_path: Path, tmp_path: Path) -> None:
    out = folder(tmp_path)
    assert window.open_path(str(demo_path))
    presenter = window.presenter
    assert presenter is not None
    audience = presenter.audience
    audience.resize(*PROJECTOR)
    audience.show()
    window.go_to_step(1)
    page = window.page(1)
    page.tabs.setCurrentWidget(page.wheel_tab)
    events = calendar_service.events(window.ctx.db)
    survey = next(e for e in events if e.kind == "trygghetsmätning")
    page.wheel.events.select_id(survey.id)
    assert window.ctx.state.selection == Selection(CalendarEventRow, survey.id)
    assert audience.canvas.slide.kind == "wheel"
    shoot(audience, out / "b1-projector-arshjul.png", PROJECTOR)
    window.go_to_step(3)
    assert audience.canvas.slide.kind == "list"
    shoot(audience, out / "b1-projector-rangordning.png", PROJECTOR)
    assert crud.list_rows(window.ctx.db, CalendarEventRow)
