"""python -m benchmarks [--quick] [--only NAME ...] [--json FILE]

Runs each benchmarks/bench_*.py module in its own process (so one module's QApplication or imports cannot
colour another's figures) and prints one table: name, median, unit, target, met?
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pkgutil
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
Row = tuple[str, float, str, str]
_UNITS = {"s": 1.0, "ms": 1e-3, "µs": 1e-6, "us": 1e-6, "MB": 1.0, "MiB": 1.0, "GB": 1024.0, "×": 1.0, "x": 1.0,
          "%": 1.0, "": 1.0}
_TARGET = re.compile(r"^\s*(≤|<=|<|≥|>=|>)\s*([\d.,]+)\s*(µs|us|ms|s|MB|MiB|GB|×|x|%)?")


def discover() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules([str(HERE)]) if info.name.startswith("bench_"))


def run_module(name: str, quick: bool) -> list[Row]:
    """One module in a child process; its rows come back as JSON in a file."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "rows.json"
        code = (
            f"import json, sys, benchmarks.{name} as m; rows = m.run({quick}); "
            "open(sys.argv[1], 'w', encoding='utf-8').write(json.dumps([list(r) for r in rows]))"
        )
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "SAMVERKA_DATA_DIR": os.environ.get("SAMVERKA_DATA_DIR", str(Path(folder) / "data"))}
        result = subprocess.run([sys.executable, "-c", code, str(out)], cwd=HERE.parent, env=env,
                                capture_output=True, text=True, check=False)
        if result.returncode != 0 or not out.exists():
            last = (result.stderr.strip().splitlines() or ["no output"])[-1]
            return [(name, math.nan, "", f"FAILED: {last[:100]}")]
        return [(str(n), float(v), str(u), str(t)) for n, v, u, t in json.loads(out.read_text(encoding="utf-8"))]


def met(value: float, unit: str, target: str) -> str:
    """'yes' / 'NO' when the target text is a comparison in a compatible unit, '–' otherwise."""
    match = _TARGET.match(target)
    if match is None or math.isnan(value):
        return "–"
    op, number, target_unit = match.group(1), float(match.group(2).replace(",", ".")), match.group(3) or unit
    if unit not in _UNITS or target_unit not in _UNITS:
        return "–"
    if (unit in ("s", "ms", "µs", "us")) != (target_unit in ("s", "ms", "µs", "us")):
        return "–"
    left, right = value * _UNITS[unit], number * _UNITS[target_unit]
    ok = {"≤": left <= right, "<=": left <= right, "<": left < right, "≥": left >= right, ">=": left >= right,
          ">": left > right}[op]
    return "yes" if ok else "NO"


def format_value(value: float, unit: str) -> str:
    if math.isnan(value):
        return "–"
    if unit == "s" and value < 0.001:
        return f"{value * 1e6:.0f} µs"
    if unit == "s" and value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.3g} {unit}".strip()


def table(rows: list[Row]) -> str:
    header = ("benchmark", "median", "target", "met?")
    body = [(name, format_value(value, unit), target, met(value, unit, target)) for name, value, unit, target in rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
             for line in [header, tuple("-" * w for w in widths), *body]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (CI): checks the suite still runs")
    parser.add_argument("--only", nargs="*", default=None, help="module names, e.g. bench_open")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    names = [name for name in discover() if not args.only or name in args.only or name[6:] in args.only]
    rows: list[Row] = []
    started = time.monotonic()
    for name in names:
        print(f"running {name} …", file=sys.stderr, flush=True)
        rows.extend(run_module(name, args.quick))
    print(table(rows))
    print(f"\n{len(names)} modules, {time.monotonic() - started:.0f} s{' (quick mode)' if args.quick else ''}")
    if args.json:
        args.json.write_text(json.dumps([list(row) for row in rows], ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if any(target.startswith("FAILED") for _, _, _, target in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
