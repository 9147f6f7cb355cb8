"""Benchmarks: `python -m benchmarks [--quick]` runs every `bench_*.py` module and prints one table.

Each module exposes `run(quick: bool) -> list[tuple[str, float, str, str]]`: rows of (name, median value, unit,
target text such as "≤ 0.5 s" or "< 250 MB"). Timings are reported here and never asserted in tests.
This package also holds what several benchmarks share: the large generated collaboration, built once into a
cache folder, and whole-process measurements (wall time and peak memory of a child process).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = Path(os.environ.get("SAMVERKA_BENCH_CACHE", Path(tempfile.gettempdir()) / "samverka-bench-cache"))


def _generator_key() -> str:
    """Changes when the generator or the schema changes, so a stale cached file is rebuilt."""
    digest = hashlib.sha256()
    for part in ("samverka/core/large.py", "samverka/models/schema.py", "samverka/models/migrations/versions"):
        path = ROOT / part
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def large_file() -> Path:
    """The large generated collaboration (samverka.core.large.build_large), built once per generator version."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = CACHE_DIR / f"large-{_generator_key()}.samverka"
    if target.exists():
        return target
    building = CACHE_DIR / f".building-{os.getpid()}.samverka"
    for stale in CACHE_DIR.glob(f"{building.name}*"):
        stale.unlink()
    with tempfile.TemporaryDirectory() as data:
        subprocess.run(
            [sys.executable, "-m", "samverka.cli", "demo", "--large", str(building)],
            check=True, cwd=ROOT, env={**os.environ, "SAMVERKA_DATA_DIR": data}, stdout=subprocess.DEVNULL,
        )
    os.replace(building, target)
    return target


def fresh_copy(source: Path, folder: Path) -> Path:
    """A private copy to open, so a benchmark never changes the cached file."""
    target = folder / source.name
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    return target


@dataclass(frozen=True)
class ChildRun:
    wall: float  # seconds from spawn to exit
    peak_mb: float  # ru_maxrss of the child, in MB
    marks: dict[str, float]  # "NAME SECONDS" lines the child printed, as seconds since spawn
    stdout: str
    returncode: int


def run_child(argv: list[str], *, env: dict[str, str] | None = None, timeout: float = 300,
              cwd: Path | None = None) -> ChildRun:
    """Run a whole process; its lines "@mark NAME MONOTONIC" become marks relative to the spawn.

    time.monotonic() is the system-wide CLOCK_MONOTONIC on Linux, so the child's clock matches ours.
    """
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        start = time.monotonic()
        child = subprocess.Popen(argv, stdout=out, stderr=subprocess.DEVNULL, cwd=cwd or ROOT, env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                child.kill()
                pid, status, usage = os.wait4(child.pid, 0)
                break
            time.sleep(0.0005)
        wall = time.monotonic() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    marks: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("@mark "):
            _, name, value = line.split()
            marks.setdefault(name, float(value) - start)
    return ChildRun(wall, usage.ru_maxrss / 1024, marks, text, child.returncode)


def bench_env(data_dir: str, **extra: str) -> dict[str, str]:
    """The environment of a measured child: offscreen Qt, a private data folder, nothing else changed."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAMVERKA_DATA_DIR": data_dir, **extra}
