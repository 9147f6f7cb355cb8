"""Render every step page of the demo collaboration to docs/screenshots/step-NN.png (offscreen, 1366×768).

    .venv/bin/python scripts/screenshots.py [--lang en] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("sv", "en"), default="sv")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    scratch = Path(tempfile.mkdtemp(prefix="samverka-shots-"))
    os.environ["SAMVERKA_DATA_DIR"] = str(scratch)

    from PySide6.QtWidgets import QApplication

    from samverka.core.demo import build_demo
    from samverka.ui.app import build_window

    app = QApplication(sys.argv[:1])
    demo = scratch / "lund-demo.samverka"
    build_demo(demo).close()
    window = build_window(app, args.lang)
    window.resize(1366, 768)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    window.open_path(str(demo))  # type: ignore[attr-defined]
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "sv" else f"-{args.lang}"
    for step in range(1, 11):
        window.go_to_step(step)  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        target = args.out / f"step-{step:02d}{suffix}.png"
        window.grab().save(str(target))  # type: ignore[attr-defined]
        print(target)
    window.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
