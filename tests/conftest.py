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
    """Backups, logs and settings of each test go to its own folder, never the user's (nor their documents)."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("SAMVERKA_DATA_DIR", str(data))
    monkeypatch.setenv("SAMVERKA_DOCUMENTS_DIR", str(tmp_path_factory.mktemp("documents")))
    return data


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new collaboration is made: a temporary .samverka file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.samverka")
        return
    yield from fresh_pg_database()


class BlankFiles:
    """New collaboration files made once per test run (per xdist worker) and copied for each test.

    Creating a file builds the schema through SQLAlchemy's DDL (≈ 35 ms of CPU); copying the finished file
    and opening it costs ≈ 5 ms, and hundreds of tests start from the same blank collaboration. The copy is
    the very file `new_collaboration` made (its WAL folded in), so a test sees what a new file holds."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[tuple[str, str], Path] = {}

    def open_copy(self, target: Path, *, name: str, kommun: str):  # type: ignore[no-untyped-def]
        from samverka.core.collaboration_service import open_collaboration

        shutil.copyfile(self._template(name, kommun), target)
        os.chmod(target, 0o600)
        return open_collaboration(target, backup=False)  # as new_collaboration opens what it made

    def _template(self, name: str, kommun: str) -> Path:
        if (name, kommun) not in self.made:
            from samverka.core.collaboration_service import new_collaboration

            path = self.folder / f"blank-{len(self.made)}.samverka"
            new_collaboration(path, name=name, kommun=kommun).close()
            wal = Path(f"{path}-wal")
            assert not wal.exists() or wal.stat().st_size == 0, f"{wal} holds data a copy of {path} would miss"
            self.made[(name, kommun)] = path
        return self.made[(name, kommun)]


@pytest.fixture(scope="session")
def blank_files(tmp_path_factory: pytest.TempPathFactory) -> BlankFiles:
    return BlankFiles(tmp_path_factory.mktemp("blank"))


@pytest.fixture
def db(store_target: str, blank_files: BlankFiles):  # type: ignore[no-untyped-def]
    """A new, empty collaboration at head, on SQLite (and on PostgreSQL when configured)."""
    from samverka.core.collaboration_service import new_collaboration

    name, kommun = "Testkommun och LPO Test 2026–2029", "Testkommun"
    if "://" in store_target:  # a database server: nothing to copy
        database = new_collaboration(store_target, name=name, kommun=kommun)
    else:
        database = blank_files.open_copy(Path(store_target), name=name, kommun=kommun)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(tmp_path: Path, blank_files: BlankFiles):  # type: ignore[no-untyped-def]
    """A new collaboration file; for tests that are about the SQLite file itself."""
    database = blank_files.open_copy(tmp_path / "test.samverka", name="Testkommun 2026–2029", kommun="Testkommun")
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
