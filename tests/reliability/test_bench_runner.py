"""The benchmark runner: discovery, the met? column, and one module end to end (timings are not asserted)."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # benchmarks/ is a top-level folder beside the package, not installed
    sys.path.insert(0, str(ROOT))

from benchmarks.__main__ import discover, format_value, met, table  # noqa: E402


def test_discovers_the_bench_modules() -> None:
    names = discover()
    assert "bench_open" in names and "bench_startup" in names
    assert all(name.startswith("bench_") for name in names)


@pytest.mark.parametrize(("value", "unit", "target", "expected"), [
    (0.3, "s", "≤ 0.5 s", "yes"), (0.6, "s", "≤ 0.5 s", "NO"), (0.012, "s", "≤ 16 ms", "yes"),
    (0.020, "s", "≤ 0.016 s (one frame)", "NO"), (180.0, "MB", "< 250 MB", "yes"), (2.4, "×", "≤ 2.5×", "yes"),
    (3.0, "×", "≤ 2.5×", "NO"), (0.2, "s", "reference", "–"), (1.0, "MB", "≤ 1 s", "–"),
    (math.nan, "s", "≤ 1 s", "–"),
])
def test_met(value: float, unit: str, target: str, expected: str) -> None:
    assert met(value, unit, target) == expected


def test_table_and_formatting() -> None:
    assert format_value(0.0123, "s") == "12.3 ms" and format_value(2.5e-5, "s") == "25 µs"
    text = table([("open", 0.1, "s", "≤ 0.5 s"), ("ratio", 3.1, "×", "≤ 2.5×")])
    lines = text.splitlines()
    assert lines[0].split() == ["benchmark", "median", "target", "met?"]
    assert lines[2].endswith("yes") and lines[3].endswith("NO")


def test_runner_reports_a_failing_module_without_stopping(tmp_path: Path) -> None:
    from benchmarks.__main__ import run_module

    rows = run_module("bench_does_not_exist", True)
    assert len(rows) == 1 and rows[0][3].startswith("FAILED")


def test_python_m_benchmarks_help() -> None:
    result = subprocess.run([sys.executable, "-m", "benchmarks", "--help"], cwd=ROOT, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and "--quick" in result.stdout
