"""The models and the migrations agree, and old files upgrade with their data intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from samverka.models import Base
from samverka.models.db import Database, open_database, sqlite_engine
from samverka.models.fileformat import APPLICATION_ID
from samverka.models.migrate import alembic_config, upgrade
from samverka.models.schema import HEAD_REVISION, SCHEMA_VERSION


def _first_revision_file(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.execute("PRAGMA user_version=1")
    raw.close()
    db = Database(sqlite_engine(path), str(path), path)
    upgrade(db, "0001")
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO collaboration (name, kommun, created_at) VALUES ('Lund å', 'Lund', '2026-01-01')")
        )
        conn.execute(text("INSERT INTO problem (collaboration_id, title) VALUES (1, 'Otrygghet kvällstid')"))
        conn.execute(text("INSERT INTO cause (problem_id, text) VALUES (1, 'Mörkt vid Bantorget')"))
        conn.execute(text("PRAGMA user_version=1"))
    db.close()


def test_head_revision_constant_matches_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    assert int(HEAD_REVISION) == SCHEMA_VERSION


def test_autogenerate_finds_no_difference(tmp_path: Path) -> None:
    path = tmp_path / "m.samverka"
    _first_revision_file(path)
    db = open_database(path)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    db.close()
    assert diff == []


def test_first_revision_upgrades_to_head_with_data(tmp_path: Path) -> None:
    path = tmp_path / "old.samverka"
    _first_revision_file(path)
    db = open_database(path)
    with db.read() as session:
        assert session.execute(text("SELECT name FROM collaboration")).scalar() == "Lund å"
        assert session.execute(text("SELECT text FROM cause")).scalar() == "Mörkt vid Bantorget"
        assert session.execute(text("SELECT count(*) FROM scp_technique")).scalar() == 25
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD_REVISION
    db.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()
    from samverka.core.backups import list_backups

    backups = list_backups(path)
    assert backups, "the file was not copied aside before the upgrade"
    assert all(b.pinned for b in backups)


def test_new_file_equals_migrated_schema(tmp_path: Path, sqlite_db: Database) -> None:
    """A file made by create_all and one made by the migrations have the same tables and columns."""
    path = tmp_path / "mig.samverka"
    _first_revision_file(path)
    open_database(path).close()
    def columns(engine_path: Path) -> dict[str, list[str]]:
        engine = create_engine(f"sqlite:///{engine_path}")
        with engine.connect() as conn:
            names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))]
            result = {n: sorted(r[1] for r in conn.execute(text(f'PRAGMA table_info("{n}")'))) for n in names}
        engine.dispose()
        return result
    assert sqlite_db.path is not None
    assert columns(path) == columns(sqlite_db.path)


def test_stored_step_numbers_follow_the_new_step_order(tmp_path: Path) -> None:
    """0003 moved the agreement to step 7: notes, timer settings and meetings written for the old numbers move too."""
    path = tmp_path / "order.samverka"
    _first_revision_file(path)
    db = Database(sqlite_engine(path), str(path), path)
    upgrade(db, "0002")
    with db.engine.begin() as conn:
        for old, note in ((7, "åtgärder"), (8, "löften"), (9, "överenskommelse"), (5, "orsaker")):
            conn.execute(text("INSERT INTO step_note (collaboration_id, step, text) VALUES (1, :s, :t)"),
                         {"s": old, "t": note})
            conn.execute(text("INSERT INTO step_setting (collaboration_id, step, timer_seconds) VALUES (1, :s, 60)"),
                         {"s": old})
        conn.execute(text("INSERT INTO meeting (collaboration_id, title, step) VALUES (1, 'Underskrift', 9)"))
        conn.execute(text("PRAGMA user_version=2"))
    db.close()
    db = open_database(path)
    with db.read() as session:
        notes = dict(session.execute(text("SELECT text, step FROM step_note")).all())
        settings = sorted(s for (s,) in session.execute(text("SELECT step FROM step_setting")).all())
        meeting = session.execute(text("SELECT step FROM meeting")).scalar()
    db.close()
    assert notes == {"åtgärder": 8, "löften": 9, "överenskommelse": 7, "orsaker": 5}
    assert settings == [5, 7, 8, 9]
    assert meeting == 7


def test_method_columns_fill_from_old_data_and_downgrade_keeps_rows(tmp_path: Path) -> None:
    """0004: every collaboration gets a uid, the five-whys order moves to why_position, the influence criterion
    becomes a filter; going back restores the old shape without losing child rows."""
    path = tmp_path / "method.samverka"
    _first_revision_file(path)
    db = Database(sqlite_engine(path), str(path), path)
    upgrade(db, "0003")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE cause SET chain_position = 2"))
        conn.execute(text("INSERT INTO priority_criterion (collaboration_id, name, description, weight, sort_order) "
                          "VALUES (1, 'Möjlighet att påverka', '', 1, 0), (1, 'Signalbrott', '', 1, 1)"))
        conn.execute(text("INSERT INTO citizen_promise (collaboration_id, title) VALUES (1, 'Löfte')"))
        conn.execute(text("INSERT INTO promise_item (promise_id, wording) VALUES (1, 'Vi lovar')"))
    upgrade(db, "0004")
    with db.engine.connect() as conn:
        uid = conn.execute(text("SELECT uid FROM collaboration")).scalar()
        positions = conn.execute(text("SELECT chain_position, why_position, chain_phase FROM cause")).one()
        filters = dict(conn.execute(text("SELECT name, is_filter FROM priority_criterion")).all())
        version = conn.execute(text("SELECT version FROM citizen_promise")).scalar()
    assert uid and len(uid) == 32
    assert tuple(positions) == (None, 2, "")
    assert filters == {"Möjlighet att påverka": 1, "Signalbrott": 0}
    assert version == 1
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT chain_position FROM cause")).scalar() == 2
        assert conn.execute(text("SELECT count(*) FROM promise_item")).scalar() == 1
        names = [r[1] for r in conn.execute(text("PRAGMA table_info(collaboration)"))]
    db.close()
    assert "uid" not in names
