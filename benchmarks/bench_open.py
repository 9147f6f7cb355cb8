"""Opening the large collaboration, `samverka info` on it, and the cost of the backup machinery.

open:   open_collaboration() in a warm process (imports done), up to the collaboration row being read;
        the file's backup is already current, as on every open but the first after a change.
info:   the whole `samverka info FILE` process, and its peak memory (ru_maxrss).
backup: one consistent copy of the large file, and maybe_backup() when nothing changed (the GUI's timer).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import bench_env, fresh_copy, large_file, run_child


def _timed(action: object, repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    import os

    source = large_file()
    repeats = 3 if quick else 15
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SAMVERKA_DATA_DIR"] = folder
        path = fresh_copy(source, Path(folder))
        from samverka.core.backups import maybe_backup, take_backup
        from samverka.core.collaboration_service import get_collaboration, open_collaboration

        def open_and_close() -> None:
            db = open_collaboration(path)
            get_collaboration(db)
            db.close()

        open_and_close()  # warm-up; takes the first backup
        opening = _timed(open_and_close, repeats)
        copying = _timed(lambda: take_backup(path), max(2, repeats // 3))
        db = open_collaboration(path)
        maybe_backup(db)
        idle_check = _timed(lambda: maybe_backup(db), 200)
        db.close()

        env = bench_env(folder)
        run_child([sys.executable, "-m", "samverka.cli", "info", str(path)], env=env)
        infos = [run_child([sys.executable, "-m", "samverka.cli", "info", str(path)], env=env)
                 for _ in range(repeats)]
    size_mb = source.stat().st_size / 1e6
    return [
        (f"open large collaboration ({size_mb:.0f} MB file)", opening, "s", "≤ 0.5 s"),
        ("samverka info on large collaboration (whole process)", statistics.median(r.wall for r in infos), "s",
         "–"),
        ("peak memory: samverka info on large collaboration", statistics.median(r.peak_mb for r in infos), "MB",
         "< 250 MB"),
        ("backup copy of the large file", copying, "s", "–"),
        ("maybe_backup() when nothing changed", idle_check, "s", "≤ 1 ms"),
    ]
