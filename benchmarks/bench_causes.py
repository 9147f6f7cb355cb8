"""Cause canvases: time to redraw after an edit with 200 causes on one problem (median of several runs).

"Redraw" is the whole path a live edit takes: the service write, the bus, the page reloading the graph, the
visible canvas rebuilding its scene, and one paint of the viewport.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

TARGET = "≤ 0.1 s"
VIEWS = ("triangle", "fishbone", "whys", "tree")
SIDES = ("", "gärningsperson", "offer", "plats")
ROLES = {"": "", "gärningsperson": "handler", "offer": "guardian", "plats": "manager"}
BONES = ("", "brottsutsatt", "gärningsperson", "objekt/plats")


def _build(folder: Path, count: int) -> tuple[object, int, list[int]]:
    from samverka.core import cause_service as cs
    from samverka.core import crud
    from samverka.core.collaboration_service import new_collaboration

    db = new_collaboration(folder / "bench.samverka", name="Benchmark")
    problem, _ = crud.create(db, "problem", {"title": "Otrygghet kvällstid vid stationen"})
    rng = random.Random(4)
    ids: list[int] = []
    for n in range(count):
        parent = rng.choice(ids) if ids and rng.random() < 0.7 else None
        side = rng.choice(SIDES)
        placement = {"triangle_side": side, "controller_role": ROLES[side] if rng.random() < 0.4 else "",
                     "fishbone_bone": rng.choice(BONES)}
        new_id, _ = cs.add_cause(db, problem, f"Orsak {n}: grupper uppehåller sig vid hållplatsen kvällstid",
                                 parent, **placement)
        ids.append(new_id)
    cs.set_chain(db, problem, ids[:5])
    return db, problem, ids


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from samverka.ui.context import make_context
    from samverka.ui.steps.step05_cause_analysis import CausePage

    repeats = 5 if quick else 15
    rows: list[tuple[str, float, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SAMVERKA_DATA_DIR", tmp)
        db, problem, ids = _build(Path(tmp), 200)
        ctx = make_context(db)  # type: ignore[arg-type]
        ctx.state.set_problem(problem)
        page = CausePage(ctx)
        page.resize(1600, 1000)
        page.show()
        app.processEvents()
        for kind in VIEWS:
            page.show_view(kind)
            app.processEvents()
            times = []
            for n in range(repeats + 1):
                cause = ids[(n * 37) % len(ids)]
                start = time.perf_counter()
                assert page.graph is not None
                page.ops.edit(page.graph.node(cause).cause, text=f"Ändrad {kind} {n}")
                page.canvas.viewport().repaint()
                times.append(time.perf_counter() - start)
            rows.append((f"causes: redraw after edit, 200 causes ({kind})", statistics.median(times[1:]), "s",
                         TARGET))
        page.close()
        page.deleteLater()
        ctx.undo.clear()
        app.processEvents()
        db.close()  # type: ignore[attr-defined]
    return rows


if __name__ == "__main__":
    for name, value, _unit, target in run(quick=False):
        print(f"{name}: {value * 1000:.1f} ms (target {target})")
