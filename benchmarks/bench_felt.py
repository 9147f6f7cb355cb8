"""Speed as a person feels it (issue 17): whole processes, each beside its floor measured in the same run.

Every row runs its floor and the measured command alternately (A B A B …) after a warm-up of each, and reports
the ratio of the medians, so a busy machine slows both alike. Children run as an installed app does: with
Python's bytecode caches (PYTHONDONTWRITEBYTECODE is dropped), offscreen Qt, a private data folder and settings.

  --help        `samverka --help`                       / `python -c pass`
  info          `samverka info DEMO` (whole process)      absolute, and / `python -c pass`
  import        `samverka import-survey` of 100,000 long-format rows / parsing the CSV with `csv` and inserting
                the rows with `executemany` in one transaction (WAL, synchronous=FULL), into a bare table
  title         `samverka LARGE`: launch → the collaboration's name in the window title / a bare PySide6 window's
                first paint
  visible       `samverka DEMO`: launch → the main window's first paint / the same bare window
  --demo        `samverka --demo` → the demo's name in the title / `samverka DEMO` → its name in the title
  step N        on the large collaboration: go to step N → the first paint of its page (first visit); the first
                visit a second after the name is in the title, each next one 0.2 s after the last is painted
  memory        peak RSS of the GUI with the large collaboration after every step was visited
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import ROOT, ChildRun, fresh_copy, large_file, run_child

Row = tuple[str, float, str, str]

# The code of the GUI children: an application-wide event filter prints "@mark NAME MONOTONIC" at the moments
# measured; it relies only on Qt (a QMainWindow, its title, Paint events) and MainWindow.go_to_step.
WATCH = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

MODE = os.environ["BENCH_MODE"]          # bare | visible | title | steps
TITLE = os.environ.get("BENCH_TITLE", "")
STEPS = [int(s) for s in os.environ.get("BENCH_STEPS", "").split(",") if s]

def mark(name):
    print("@mark", name, time.monotonic(), flush=True)

class Watch(QObject):
    def __init__(self):
        super().__init__()
        self.done = set()
        self.window = None
        self.visit_started = None
        self.visiting = None

    def finish(self):
        QTimer.singleShot(0, QApplication.instance().quit)

    def eventFilter(self, obj, event):
        kind = event.type()
        if kind == QEvent.Type.Paint and obj.isWidgetType():
            top = obj.window()
            if isinstance(top, QMainWindow) and "visible" not in self.done:
                self.done.add("visible")
                mark("visible")
                if MODE in ("bare", "visible"):
                    self.finish()
            if self.visiting is not None and top is self.window and self.visit_started is not None:
                print("@step", self.visiting, time.monotonic() - self.visit_started, flush=True)
                self.visit_started = None
                QTimer.singleShot(200, self.next_step)  # let idle-time work run, as a person would pause
        elif kind == QEvent.Type.WindowTitleChange and obj.isWidgetType() and isinstance(obj, QMainWindow):
            if TITLE and TITLE in obj.windowTitle() and "title" not in self.done:
                self.done.add("title")
                mark("title")
                self.window = obj
                if MODE == "title":
                    self.finish()
                elif MODE == "steps":
                    QTimer.singleShot(1000, self.next_step)  # a person reads the first screen before clicking
        return False

    def next_step(self):
        if not STEPS:
            QTimer.singleShot(500, self.finish)
            return
        self.visiting = STEPS.pop(0)
        self.visit_started = time.monotonic()
        self.window.go_to_step(self.visiting)

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
if MODE == "bare":
    from PySide6.QtWidgets import QLabel
    window = QMainWindow()
    window.setCentralWidget(QLabel("Samverka"))
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
from samverka.cli import main
sys.exit(main(sys.argv[1:]))
"""

# The floor of the survey import: the CSV parsed by `csv` and inserted by `executemany` in one transaction.
CSV_FLOOR = r"""
import csv, sqlite3, sys
source, target = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(target, isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA synchronous=FULL")
conn.execute("CREATE TABLE survey_result (survey, year, kommun, area_code, area_name, grp, item_code, "
             "item_label, value_type, value, breakdown, n_respondents, n_sent, response_rate, source)")
with open(source, encoding="utf-8", newline="") as handle:
    reader = csv.reader(handle, delimiter=";")
    for row in reader:
        if len(row) > 10:
            break  # the header
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO survey_result VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", reader)
    conn.execute("COMMIT")
conn.close()
"""

IMPORT_ROWS = 100_000
# The Samverka that is measured: this checkout, or another (SAMVERKA_BENCH_SOURCE, e.g. an export of main for
# "before" figures); the children run there and import it from there.
SOURCE = Path(os.environ.get("SAMVERKA_BENCH_SOURCE", ROOT)).resolve()


def child_env(data: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", SAMVERKA_DATA_DIR=str(data / "data"), XDG_CONFIG_HOME=str(data / "cfg"),
               SAMVERKA_LANG="sv", SAMVERKA_QUIT_AFTER_MS="120000", PYTHONPATH=str(SOURCE), **extra)
    return env


def paired(first: Callable[[], ChildRun], second: Callable[[], ChildRun], repeats: int,
           measure: Callable[[ChildRun], float | None] | None = None,
           measure_first: Callable[[ChildRun], float | None] | None = None) -> tuple[float, float]:
    """Median of each, run alternately after one warm-up of each; `measure` picks a number from a run (its
    wall time by default)."""
    def value(run: ChildRun, pick: Callable[[ChildRun], float | None] | None) -> float | None:
        return run.wall if pick is None else pick(run)

    first(), second()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeats):
        got_a, got_b = value(first(), measure_first or measure), value(second(), measure)
        if got_a is not None:
            a.append(got_a)
        if got_b is not None:
            b.append(got_b)
    if not a or not b:
        raise RuntimeError("a measured child did not reach its mark")
    return statistics.median(a), statistics.median(b)


def mark(name: str) -> Callable[[ChildRun], float | None]:
    return lambda run: run.marks.get(name)


def _collaboration_name(path: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT name FROM collaboration ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()


# Which groups of rows run (all by default): BENCH_FELT=cli,import,window,steps
GROUPS = frozenset((os.environ.get("BENCH_FELT") or "cli,import,window,steps").split(","))


def run(quick: bool) -> list[Row]:
    repeats = 3 if quick else 7
    py = sys.executable
    load_before = os.getloadavg()[0]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = child_env(folder)
        large = fresh_copy(large_file(), folder)
        demo = folder / "demo.samverka"
        subprocess.run([py, "-m", "samverka.cli", "demo", str(demo)], env=env, cwd=SOURCE, check=True,
                       capture_output=True)

        def child(*argv: str, **extra: str) -> Callable[[], ChildRun]:
            return lambda: run_child([py, *argv], env=child_env(folder, **extra), cwd=SOURCE)

        if "cli" in GROUPS:
            rows += _cli_rows(child, demo, repeats)
        if "import" in GROUPS:
            rows += _import_rows(folder, env, repeats)
        if "window" in GROUPS:
            rows += _window_rows(child, large, demo, repeats)
        if "steps" in GROUPS:
            rows += _step_rows(child, large, repeats)
    rows.append(("felt: load average (1 min) before / after", load_before, "", f"{os.getloadavg()[0]:.1f} after"))
    return rows


Child = Callable[..., Callable[[], ChildRun]]


def _cli_rows(child: Child, demo: Path, repeats: int) -> list[Row]:
    floor, helped = paired(child("-c", "pass"), child("-m", "samverka.cli", "--help"), repeats)
    rows: list[Row] = [("felt: python -c pass (floor)", floor, "s", "reference"),
                       ("felt: samverka --help", helped, "s", "–"),
                       ("felt: samverka --help / python -c pass", helped / floor, "×", "≤ 3×")]
    floor, info = paired(child("-c", "pass"), child("-m", "samverka.cli", "info", str(demo)), repeats)
    rows += [("felt: python -c pass (its floor)", floor, "s", "reference"),
             ("felt: samverka info DEMO (whole process)", info, "s", "≤ 0.4 s"),
             ("felt: samverka info DEMO / python -c pass", info / floor, "×", "– (reported)")]
    return rows


def _import_rows(folder: Path, env: dict[str, str], repeats: int) -> list[Row]:
    from benchmarks.bench_survey import write_long_csv

    py = sys.executable
    data = folder / "survey.csv"
    write_long_csv(data, IMPORT_ROWS)
    empty = folder / "empty.samverka"
    subprocess.run([py, "-m", "samverka.cli", "new", str(empty), "--name", "Import", "--kommun", "Lund"],
                   env=env, cwd=SOURCE, check=True, capture_output=True)
    floor_db = folder / "floor.sqlite"
    target = folder / "import.samverka"

    def bare_import() -> ChildRun:
        for name in (floor_db, Path(f"{floor_db}-wal"), Path(f"{floor_db}-shm")):
            name.unlink(missing_ok=True)
        return run_child([py, "-c", CSV_FLOOR, str(data), str(floor_db)], env=env, cwd=SOURCE)

    def samverka_import() -> ChildRun:
        shutil.copyfile(empty, target)
        result = run_child([py, "-m", "samverka.cli", "import-survey", str(target), str(data)], env=env, cwd=SOURCE)
        if result.returncode != 0:
            raise RuntimeError("samverka import-survey failed")
        return result

    floor, imported = paired(bare_import, samverka_import, repeats)
    rows = f"{IMPORT_ROWS:,}".replace(",", " ")
    return [(f"felt: csv + executemany of {rows} rows (floor)", floor, "s", "reference"),
            (f"felt: samverka import-survey {rows} rows", imported, "s", "–"),
            ("felt: import-survey / csv + executemany", imported / floor, "×", "≤ 2×")]


def _window_rows(child: Child, large: Path, demo: Path, repeats: int) -> list[Row]:
    bare = child("-c", WATCH, BENCH_MODE="bare")
    name = _collaboration_name(large)
    floor, titled = paired(bare, child("-c", WATCH, str(large), BENCH_MODE="title", BENCH_TITLE=name),
                           repeats, mark("title"), mark("visible"))
    rows: list[Row] = [("felt: bare PySide6 window, first paint (floor)", floor, "s", "reference"),
                       ("felt: samverka LARGE, name in the title", titled, "s", "–"),
                       ("felt: samverka LARGE title / bare window", titled / floor, "×", "≤ 3×")]
    floor, visible = paired(bare, child("-c", WATCH, str(demo), BENCH_MODE="visible"), repeats, mark("visible"))
    rows += [("felt: bare PySide6 window, first paint (its floor)", floor, "s", "reference"),
             ("felt: samverka DEMO, main window visible", visible, "s", "–"),
             ("felt: samverka DEMO visible / bare window", visible / floor, "×", "≤ 1.5×")]
    demo_name = _collaboration_name(demo)
    plain, demoed = paired(child("-c", WATCH, str(demo), BENCH_MODE="title", BENCH_TITLE=demo_name),
                           child("-c", WATCH, "--demo", BENCH_MODE="title", BENCH_TITLE=demo_name),
                           repeats, mark("title"))
    rows += [("felt: samverka DEMO, name in the title", plain, "s", "reference"),
             ("felt: samverka --demo, name in the title", demoed, "s", "–"),
             ("felt: samverka --demo / samverka DEMO", demoed / plain, "×", "≤ 2×")]
    return rows


def _step_rows(child: Child, large: Path, repeats: int) -> list[Row]:
    """Every step visited once on the large collaboration: each first visit, and the peak memory after all."""
    visits: dict[int, list[float]] = {}
    memory: list[float] = []
    steps = child("-c", WATCH, str(large), BENCH_MODE="steps", BENCH_TITLE=_collaboration_name(large),
                  BENCH_STEPS="2,3,4,5,6,7,8,9,10,1")
    steps()
    for _ in range(max(3, repeats - 2)):
        result = steps()
        for line in result.stdout.splitlines():
            if line.startswith("@step "):
                _, step, seconds = line.split()
                visits.setdefault(int(step), []).append(float(seconds))
        memory.append(result.peak_mb)
    rows: list[Row] = []
    for shown in (2, 5):
        if visits.get(shown):
            rows.append((f"felt: first visit to step {shown} on LARGE", statistics.median(visits[shown]), "s",
                         "≤ 0.2 s"))
    others = {step: statistics.median(times) for step, times in visits.items() if step not in (2, 5)}
    if others:
        slowest = max(others, key=others.__getitem__)
        rows.append((f"felt: slowest other first visit (step {slowest}) on LARGE", others[slowest], "s",
                     "– (reported)"))
    if memory:
        rows.append(("felt: peak RSS, LARGE with every step visited", statistics.median(memory), "MB", "≤ 200 MB"))
    return rows


if __name__ == "__main__":
    for row_name, value, unit, target in run(quick="--quick" in sys.argv):
        print(f"{row_name:60s} {value:9.3f} {unit:3s} {target}")
