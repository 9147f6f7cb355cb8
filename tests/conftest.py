"""Shared fixtures: offscreen Qt, a private data folder, real collaboration files migrated to head."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_databases import fresh_pg_database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("SAMVERKA_LANG", "sv")



@pytest.fixture(autouse=True)
def _no_windows_left_behind() -> Iterator[None]:
    """Every window a test made is deleted after it: left-behind windows (and their event filters and timers)
    would slow every later test down and could answer signals meant for the next one."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups, logs and settings of each test go to its own folder, never the user's."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("SAMVERKA_DATA_DIR", str(data))
    return data


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new collaboration is made: a temporary .samverka file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.samverka")
        return
    yield from fresh_pg_database()


@pytest.fixture
def db(store_target: str):  # type: ignore[no-untyped-def]
    """A new, empty collaboration at head, on SQLite (and on PostgreSQL when configured)."""
    from samverka.core.collaboration_service import new_collaboration

    database = new_collaboration(store_target, name="Testkommun och LPO Test 2026–2029", kommun="Testkommun")
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A new collaboration file; for tests that are about the SQLite file itself."""
    from samverka.core.collaboration_service import new_collaboration

    database = new_collaboration(tmp_path / "test.samverka", name="Testkommun 2026–2029", kommun="Testkommun")
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Lund demo, built once per test run through the services."""
    from samverka.core.demo import build_demo

    folder = tmp_path_factory.mktemp("demo")
    os.environ.setdefault("SAMVERKA_DATA_DIR", str(folder))
    path = folder / "demo.samverka"
    build_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo file for one test."""
    target = tmp_path / "lund-demo.samverka"
    shutil.copyfile(demo_template, target)
    os.chmod(target, 0o600)
    return target


@pytest.fixture
def demo_db(demo_path: Path):  # type: ignore[no-untyped-def]
    from samverka.core.collaboration_service import open_collaboration

    database = open_collaboration(demo_path)
    yield database
    database.close()
