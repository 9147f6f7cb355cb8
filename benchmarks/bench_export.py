"""Documents: the agreement of the large generated collaboration (60 problems, 600 causes, 400 measures) from the
database to PDF bytes, and the JSON export of it (median of several runs)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

TARGET = "≤ 0.5 s"


def _median(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(quick: bool) -> list[tuple[str, float, str, str]]:
    from samverka.core.documents import agreement_document, lagesbild_document
    from samverka.core.json_io import export_json
    from samverka.core.large import build_large
    from samverka.export.pdf import build_pdf  # Typst; the first call in a process also loads the fonts

    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("SAMVERKA_DATA_DIR", folder)
        db = build_large(Path(folder) / "large.samverka")
        try:
            build_pdf(agreement_document(db))  # warm up: fonts, imports
            agreement = _median(lambda: build_pdf(agreement_document(db)), runs)
            pages = build_pdf(agreement_document(db)).page_count
            lagesbild = _median(lambda: build_pdf(lagesbild_document(db)), runs)
            json_export = _median(lambda: export_json(db), runs)
        finally:
            db.close()
    return [
        (f"agreement PDF, large collaboration ({pages} pages)", agreement, "s", TARGET),
        ("lägesbild PDF, large collaboration", lagesbild, "s", "–"),
        ("JSON export, large collaboration", json_export, "s", "–"),
    ]


if __name__ == "__main__":
    for name, value, unit, target in run(quick=False):
        print(f"{name}: {value:.3f} {unit} (target {target})")
