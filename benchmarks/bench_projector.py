"""Projector latency: from an edit on the laptop to the audience window's repaint (median of several runs).

The edit is a real one: `ctx.undo.update` of the spotlighted problem's title, which writes and commits through the
service (SQLite, synchronous=FULL), emits the bus, rebuilds the slide from the services, and paints the
1920×1080 audience window. Three figures: the whole path, the commit alone, and bus signal → painted.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

TARGET = "≤ 0.016 s (one frame)"
CONFIG = Path(__file__).resolve().parent.parent / "tests" / "two_screens.json"


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    # A 1920×1080 projector beside the laptop, as in a meeting room (only if no QApplication exists yet).
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={CONFIG}")
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("SAMVERKA_DATA_DIR", folder)
        return _measure(app, Path(folder), 15 if quick else 60, QMainWindow, QLabel)


def _measure(app, folder: Path, runs: int, main_window_class, label_class) -> list[tuple[str, float, str, str]]:  # type: ignore[no-untyped-def]
    from samverka.core import crud
    from samverka.core.collaboration_service import new_collaboration
    from samverka.dto import ProblemRow
    from samverka.ui.context import make_context
    from samverka.ui.fonts import install_fonts
    from samverka.ui.presenter import install_presenter
    from samverka.ui.state import Selection

    install_fonts(app)
    db = new_collaboration(folder / "bench.samverka", name="Benchmark")
    problem, _ = crud.create(db, ProblemRow, {
        "title": "Otrygghet kvällstid vid Lund C", "vad": "Ordningsstörningar och ofredanden.",
        "var": "Bantorget och stationens förplats.", "nar": "Torsdag–lördag 21–02.",
        "vem_vad_orsakar": "Berusade besökare och en grupp unga.", "varfor": "Ingen väktare efter kl. 01.",
        "skada": "Människor undviker kollektivtrafiken kvällstid.",
    })
    ctx = make_context(db)
    stamps: dict[str, float] = {}
    ctx.bus.changed.connect(lambda *_: stamps.__setitem__("bus", time.perf_counter()))  # before the views
    window = main_window_class()
    window.setCentralWidget(label_class("Samverka"))
    window.show()
    controller = install_presenter(window, ctx)
    ctx.state.set_step(4)
    ctx.state.select(Selection(ProblemRow, problem))
    controller.start(from_first=False)
    canvas = controller.audience.canvas
    canvas.painted.connect(lambda: stamps.__setitem__("paint", time.perf_counter()))
    _settle(app, stamps)
    whole, commit, bus_to_paint = [], [], []
    title = "Otrygghet kvällstid vid Lund C"
    for n in range(runs):
        new = f"{title} ({n + 1})"
        stamps.clear()
        start = time.perf_counter()
        ctx.undo.update(ProblemRow, problem, title=new, expected={"title": title})
        _settle(app, stamps)
        title = new
        whole.append(stamps["paint"] - start)
        commit.append(stamps["bus"] - start)
        bus_to_paint.append(stamps["paint"] - stamps["bus"])
    controller.shutdown()
    window.close()
    db.close()
    return [
        ("projector: edit → audience repaint", statistics.median(whole), "s", TARGET),
        ("projector: edit write + commit", statistics.median(commit), "s", "part of the above"),
        ("projector: bus signal → audience repaint", statistics.median(bus_to_paint), "s", TARGET),
    ]


def _settle(app, stamps: dict[str, float]) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop until the audience window has painted (or a second has passed)."""
    deadline = time.perf_counter() + 1.0
    while "paint" not in stamps and time.perf_counter() < deadline:
        app.processEvents()


if __name__ == "__main__":
    for name, value, _unit, target in run(quick=False):
        print(f"{name:45s} {value * 1000:8.2f} ms   target {target}")
