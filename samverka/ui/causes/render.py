"""Each view as an image for documents: PNG at print resolution, or SVG (vector, via QtSvg)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from samverka.core.cause_graph import CauseGraph, cause_graph
from samverka.models.db import Database
from samverka.ui.causes.scene import CauseScene
from samverka.ui.causes.theme import PRINT, Theme

SCREEN_DPI = 96
MAX_SIDE = 12000  # pixels; a huge graph is scaled down rather than failing to allocate


def build_scene(view_kind: str, graph: CauseGraph, theme: Theme = PRINT) -> CauseScene:
    scene = CauseScene(view_kind, theme)
    scene.populate(graph)
    return scene


def scene_to_png(scene: CauseScene, dpi: int = 300) -> bytes:
    source = scene.sceneRect()
    scale = min(dpi / SCREEN_DPI, MAX_SIDE / max(source.width(), source.height(), 1))
    size = QSize(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)))
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(scene.theme.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; PySide wants str
    return bytes(buffer.data().data())


def scene_to_svg(scene: CauseScene, title: str = "") -> bytes:
    source = scene.sceneRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setResolution(SCREEN_DPI)
    generator.setTitle(title)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buffer.close()
    return bytes(data.data())


def render_view(view_kind: str, db: Database, problem_id: int, fmt: str = "png", *, dpi: int = 300,
                theme: Theme = PRINT) -> bytes:
    """One view of one problem's cause graph as PNG ("png", at `dpi`) or SVG ("svg") bytes."""
    graph = cause_graph(db, problem_id)
    scene = build_scene(view_kind, graph, theme)
    if fmt == "png":
        return scene_to_png(scene, dpi)
    if fmt == "svg":
        return scene_to_svg(scene, graph.problem_title)
    raise ValueError(f"unknown image format {fmt!r}")
