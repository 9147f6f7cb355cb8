"""Render every step page of the demo collaboration to docs/screenshots/step-NN.png (offscreen, 1366×768), the
cause graph in its four views as "Spara bild" writes it (causes-<view>.png), and the safety-survey pictures the
README shows (SURVEY_PICTURES: the step 2 panel, a chart alone at 1200×700, a chart in the projector's theme at
1920×1080) with the import dialog's report on the sample survey file.

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
    # The laptop's screen (1366×768, with the projector beside it): on the offscreen default of 800×800 the window
    # keeps inside the screen and the pictures come out 796×796.
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={ROOT / 'tests' / 'two_screens.json'}")
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
    window.show()  # type: ignore[attr-defined]
    window.open_path(str(demo))  # type: ignore[attr-defined]
    # A first start opens maximised inside the screen's frame allowance; the pictures show the whole laptop screen.
    window.showNormal()  # type: ignore[attr-defined]
    window.setGeometry(0, 0, 1366, 768)  # type: ignore[attr-defined]
    app.processEvents()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "sv" else f"-{args.lang}"
    for step in range(1, 11):
        window.go_to_step(step)  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        target = args.out / f"step-{step:02d}{suffix}.png"
        image = window.grab()  # type: ignore[attr-defined]
        if (image.width(), image.height()) != (1366, 768):
            raise SystemExit(f"the window is {image.width()}×{image.height()}, not 1366×768")
        image.save(str(target))
        print(target)
    if args.lang == "sv":
        _cause_views(app, window, args.out)
        _survey(app, window, args.out)
    window.close()  # type: ignore[attr-defined]
    return 0


def _settle(app: object) -> None:
    for _ in range(5):
        app.processEvents()  # type: ignore[attr-defined]


def _cause_views(app: object, window: object, out: Path) -> None:
    """The demo's cause graph in each view, whole, as "Spara bild" writes it (the page itself is step-05.png;
    on the laptop its canvas keeps 9 pt text and scrolls)."""
    from samverka.ui.causes.render import build_scene, scene_to_png
    from samverka.workflow.steps import step_number

    step = step_number("orsaksanalys")
    window.go_to_step(step)  # type: ignore[attr-defined]
    page = window.page(step)  # type: ignore[attr-defined]
    _settle(app)
    for view in ("triangle", "fishbone", "whys", "tree"):
        target = out / f"causes-{view}.png"
        target.write_bytes(scene_to_png(build_scene(view, page.graph), 110))
        print(target)


# The survey pictures the README shows (the panel on the laptop, a chart alone, a chart in the projector's theme).
SURVEY_PICTURES = frozenset({"survey-panel-trend.png", "survey-panel-ranking.png", "survey-chart-breakdown.png",
                             "survey-audience-trend.png", "survey-audience-heatmap.png"})


def _survey(app: object, window: object, out: Path) -> None:
    from samverka.ui.survey.chart_state import CHART_KINDS, chart_state
    from samverka.ui.survey.charts import chart_png
    from samverka.ui.survey.import_dialog import SurveyImportDialog
    from samverka.workflow.steps import step_number

    step = step_number("lagesbild")
    window.go_to_step(step)  # type: ignore[attr-defined]
    page = window.page(step)  # type: ignore[attr-defined]
    page.tabs.setCurrentWidget(page.survey_tab)
    _settle(app)
    ctx = window.ctx  # type: ignore[attr-defined]
    state = chart_state(ctx)
    for kind in CHART_KINDS:
        panel = page.survey
        panel.kind.setCurrentIndex(panel.kind.findData(kind))  # as the facilitator picks it
        _settle(app)
        if f"survey-panel-{kind}.png" in SURVEY_PICTURES:
            window.grab().save(str(out / f"survey-panel-{kind}.png"))  # type: ignore[attr-defined]
        for name, (width, height, projection) in {f"survey-chart-{kind}.png": (1200, 700, False),
                                                  f"survey-audience-{kind}.png": (1920, 1080, True)}.items():
            if name not in SURVEY_PICTURES:
                continue
            png = chart_png(ctx.db, state.spec, width, height, projection=projection)
            if png is None:
                raise SystemExit(f"no {kind} chart for the demo")
            (out / name).write_bytes(png)
    dialog = SurveyImportDialog(ctx)
    dialog.resize(1000, 760)
    dialog.load(ROOT / "resources" / "samples" / "trygghetsmatning-exempel.csv")
    dialog.show()
    _settle(app)
    dialog.grab().save(str(out / "survey-import-dialog.png"))
    print(out / "survey-import-dialog.png")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
