"""Time from starting `samverka FILE` to the first painted window (the frame) and to the first paint with the
collaboration's data, for the Lund demo and (when available) the large generated collaboration."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _build(kind: str, folder: Path) -> Path | None:
    path = folder / f"{kind}.samverka"
    if kind == "demo":
        from samverka.core.demo import build_demo

        build_demo(path).close()
        return path
    try:
        from samverka.core.large import build_large
    except ImportError:
        return None
    build_large(path).close()
    return path


def _one_start(path: Path, folder: Path) -> tuple[float, float]:
    """One whole process (benchmarks/app_child.py runs the real app and prints its first paints)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SAMVERKA_DATA_DIR=str(folder / "data"))
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "benchmarks.app_child", str(path), "--no-err-windows"], env=env,
                          cwd=ROOT, check=True, capture_output=True, text=True)
    marks = {parts[1]: float(parts[2]) for parts in (line.split() for line in done.stdout.splitlines())
             if len(parts) == 3 and parts[0] == "@mark"}
    return marks["frame"] - start, marks["loaded"] - start


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    rows: list[tuple[str, float, str, str]] = []
    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("SAMVERKA_DATA_DIR", str(folder / "data"))
        for kind in ("demo", "large"):
            path = _build(kind, folder)
            if path is None:
                continue
            _one_start(path, folder)  # warm the file cache and the .pyc files
            frames, data = zip(*(_one_start(path, folder) for _ in range(runs)), strict=True)
            rows.append((f"gui start {kind}: first painted frame", statistics.median(frames), "s", "< 1.5 s"))
            rows.append((f"gui start {kind}: first paint with data", statistics.median(data), "s", "< 2 s"))
    return rows


if __name__ == "__main__":
    for name, value, unit, target in run(quick="--quick" in sys.argv):
        print(f"{name:45s} {value:8.3f} {unit}  (target {target})")
