"""Survey import and chart redraw timings: `run(quick)` returns (name, median seconds, unit, target)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_IMPORT = "≤ 3 s (100 000 rader)"


def write_long_csv(path: Path, rows: int) -> None:
    """A long-format CSV the way a municipality would export it: semicolons, decimal commas, a title row."""
    areas = [(f"A{i:03d}", f"Område {i}") for i in range(40)]
    items = [(f"ITEM{i:02d}", f"Fråga nummer {i}") for i in range(25)]
    breakdowns = ("alla", "kvinnor", "män", "16-24 år")
    lines = ["Trygghetsmätning – export", "",
             "survey;year;kommun;area_code;area_name;group;item_code;item_label_sv;value_type;value;breakdown;"
             "n_respondents;n_sent;response_rate;source"]
    n = 0
    year = 2000
    while n < rows:
        for code, name in areas:
            for item, label in items:
                for breakdown in breakdowns:
                    if n >= rows:
                        break
                    value = f"{(n * 7919) % 600 / 100:.2f}".replace(".", ",")
                    lines.append(
                        f"PRS;{year};Lund;{code};{name};grupp;{item};{label};index_0_6;{value};{breakdown};"
                        f"{20 + n % 300};600;0,55;polisen.se"
                    )
                    n += 1
        year += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _median(runs: int, setup: Callable[[], object], action: Callable[[object], object], *, cpu: bool = False) -> float:
    """Median wall time (or CPU time of this process: the machine is shared, so both are reported)."""
    clock = time.process_time if cpu else time.perf_counter
    times = []
    for _ in range(runs):
        state = setup()
        start = clock()
        action(state)
        times.append(clock() - start)
    return statistics.median(times)


def _bench_import(folder: Path, runs: int) -> list[tuple[str, float, str, str]]:
    from samverka.core.collaboration_service import new_collaboration
    from samverka.core.survey import commit_import, prepare_import

    data = folder / "survey-100k.csv"
    write_long_csv(data, 100_000)
    counter = iter(range(1000))

    def setup() -> object:
        return new_collaboration(folder / f"bench-{next(counter)}.samverka", name="Bench", kommun="Lund")

    def full(db: object) -> None:
        prepared = prepare_import(db, data)  # type: ignore[arg-type]
        outcome = commit_import(db, prepared)  # type: ignore[arg-type]
        assert outcome.inserted == 100_000
        db.close()  # type: ignore[attr-defined]

    def reimport(db: object) -> None:
        prepared = prepare_import(db, data)  # type: ignore[arg-type]
        commit_import(db, prepared)  # type: ignore[arg-type]
        db.close()  # type: ignore[attr-defined]

    def setup_filled() -> object:
        db = setup()
        commit_import(db, prepare_import(db, data))  # type: ignore[arg-type]
        return db

    rows = [("survey import 100k rows (read+check+write)", _median(runs, setup, full), "s", TARGET_IMPORT),
            ("survey import 100k rows, CPU time", _median(runs, setup, full, cpu=True), "s", TARGET_IMPORT)]
    rows.append(("survey re-import 100k rows (no changes)", _median(max(1, runs - 2), setup_filled, reimport), "s",
                 "≤ 3 s"))
    return rows


def _bench_charts(runs: int) -> list[tuple[str, float, str, str]]:
    """Chart timings in a child process, so a crash in Qt or pyqtgraph cannot take the benchmark runner with it."""
    code = f"import json, benchmarks.bench_survey as b; print(json.dumps(b.chart_timings({runs})))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYQTGRAPH_QT_LIB": "PySide6"}
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=root,
                          check=False)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("[")), "[]")
    return [(str(a), float(b), str(c), str(d)) for a, b, c, d in json.loads(line)]


def chart_timings(runs: int) -> list[tuple[str, float, str, str]]:
    from PySide6.QtWidgets import QApplication

    from samverka.ui.charts.trend import TrendChart

    app = QApplication.instance() or QApplication([])
    chart = TrendChart(projection=False)
    chart.resize(1200, 700)
    chart.show()
    data = sample_trend(areas=12, years=10)

    def redraw(_: object) -> None:
        chart.set_data(data)
        app.processEvents()
        chart.grab()

    redraw_s = _median(runs * 3, lambda: None, redraw)
    png_s = _median(runs, lambda: None, lambda _: chart.render_png(1600, 900))
    return [
        ("trend chart redraw (12 areas × 10 years, set_data + paint)", redraw_s, "s", "≤ 0.1 s"),
        ("trend chart render_png 1600×900", png_s, "s", "≤ 0.5 s"),
    ]


def sample_trend(areas: int, years: int) -> object:
    from samverka.core.survey.queries import Point, Series, TargetLine, TrendData

    series = tuple(
        Series(f"A{a}", f"Område {a}", tuple(Point(2014 + y, 1 + ((a * 7 + y * 3) % 40) / 10, 20 + 40 * ((a + y) % 5))
                                             for y in range(years)))
        for a in range(areas)
    )
    return TrendData("Berusade personer utomhus", "index_0_6", series, (TargetLine("Mål 2027: 1,3", 1.3, 2027),))


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return _bench_import(folder, runs) + _bench_charts(runs)


if __name__ == "__main__":
    for name, value, unit, target in run(quick="--quick" in sys.argv):
        print(f"{name:60s} {value:8.3f} {unit}   target {target}")
