"""A collaboration file that carries SQL of its own (triggers, views, foreign tables) is refused before any of
it can run, with the file unchanged; files our own code and migrations made still open."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_helpers import digest, run_cli
from sqlalchemy import text

from samverka.core import crud
from samverka.core.collaboration_service import new_collaboration, open_collaboration
from samverka.errors import FileRefusedError
from samverka.models.db import Database, sqlite_engine
from samverka.models.fileformat import APPLICATION_ID
from samverka.models.migrate import upgrade


def _plant(path: Path, *statements: str) -> str:
    """Add SQL objects as another program (or an attacker) could; returns the file's digest afterwards."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return digest(path)


@pytest.fixture
def lund(tmp_path: Path) -> Path:
    path = tmp_path / "delad.samverka"
    db = new_collaboration(path, name="Delad samverkan")
    org, _ = crud.create(db, "organisation", {"name": "Kommunen", "type": "kommun"})
    crud.create(db, "measure", {"title": "Belysning vid torget"})
    crud.create(db, "person", {"name": "Anna Lindqvist", "organisation_id": org, "is_signatory": True})
    db.close()
    return path


PLANTED = {
    "trigger on survey_result": (
        "CREATE TRIGGER evil AFTER INSERT ON survey_result BEGIN "
        "UPDATE measure SET title = 'hackad'; DELETE FROM person WHERE is_signatory; END",
        "en trigger ”evil”",
    ),
    "trigger on audit_entry": (
        "CREATE TRIGGER wipe AFTER INSERT ON audit_entry BEGIN DELETE FROM audit_entry; END",
        "en trigger ”wipe”",
    ),
    "trigger calling load_extension": (
        "CREATE TRIGGER ext AFTER INSERT ON organisation BEGIN SELECT load_extension('/tmp/x.so'); END",
        "en trigger ”ext”",
    ),
    "extra index": ("CREATE INDEX ix_extra ON measure(title)", "ett index ”ix_extra”"),
    "foreign table": ("CREATE TABLE stash (x)", "en tabell ”stash”"),
    "virtual table": ("CREATE VIRTUAL TABLE fts USING fts5(x)", "en tabell ”fts”"),
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_planted_sql_is_refused_before_it_runs(lund: Path, name: str) -> None:
    statement, named = PLANTED[name]
    before = _plant(lund, statement)
    with pytest.raises(FileRefusedError) as refused:
        open_collaboration(lund)
    assert named in refused.value.sv and "inte ändrats" in refused.value.sv
    assert "\n" not in refused.value.sv and "\n" not in refused.value.en
    assert digest(lund) == before
    assert not lund.with_name(lund.name + ".lock").exists()


def test_trigger_cannot_change_measures_during_a_survey_import(lund: Path, tmp_path: Path) -> None:
    """The attack seen: a normal import-survey rewrote every measure title and deleted the signatories."""
    before = _plant(lund, PLANTED["trigger on survey_result"][0])
    data = tmp_path / "enkat.csv"
    data.write_text(
        "survey,year,area_code,area_name,item_code,item_label_sv,value_type,value\n"
        "PRS,2024,LU01,Innerstaden,UTE,Otrygg ute,share_pct,24.5\n", encoding="utf-8",
    )
    run = run_cli(["import-survey", str(lund), str(data)])
    assert run.returncode == 1, run.stderr
    assert run.stderr.count("\n") == 1 and "en trigger ”evil”" in run.stderr
    assert "Traceback" not in run.stderr
    assert digest(lund) == before


def test_recursive_view_is_refused_at_once(lund: Path) -> None:
    """A `collaboration` view over an endless recursive query used to make `samverka info` hang."""
    before = _plant(
        lund,
        "ALTER TABLE collaboration RENAME TO collaboration_old",
        "CREATE VIEW collaboration AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i AS id, 'x' AS name FROM n",
    )
    run = run_cli(["info", str(lund)])
    assert run.returncode == 1 and not run.killed
    assert "samverka: Filen" in run.stderr and "Traceback" not in run.stderr
    assert digest(lund) == before


def test_changed_table_definition_is_refused(lund: Path) -> None:
    """The same names with other behaviour (a CHECK that hides a function call) are refused too."""
    conn = sqlite3.connect(lund)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = replace(sql, 'title VARCHAR', 'title VARCHAR CHECK (length(title) < 9)') "
        "WHERE name = 'measure'"
    )
    conn.commit()
    conn.close()
    before = digest(lund)
    with pytest.raises(FileRefusedError) as refused:
        open_collaboration(lund, read_only=True)
    assert "”measure” i databasen har en annan form" in refused.value.sv
    assert digest(lund) == before


def _file_at(path: Path, revision: str, *, with_collaboration: bool = True) -> None:
    """A file as an older Samverka left it: the migrations up to `revision`, stamped."""
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.close()
    db = Database(sqlite_engine(path), str(path), path)
    upgrade(db, revision)
    with db.engine.begin() as conn:
        if with_collaboration:
            conn.execute(text("INSERT INTO collaboration (name, created_at) VALUES ('Gammal', '2026-01-01')"))
        conn.execute(text(f"PRAGMA user_version={int(revision)}"))
    db.close()


def test_trigger_on_alembic_version_never_runs_during_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "gammal.samverka"
    _file_at(path, "0002")
    before = _plant(path, "CREATE TRIGGER up AFTER UPDATE ON alembic_version BEGIN DELETE FROM collaboration; END")
    with pytest.raises(FileRefusedError, match="en trigger ”up”"):
        open_collaboration(path)
    assert digest(path) == before
    from samverka.core.backups import list_backups

    assert list_backups(path) == []  # refused before the pre-upgrade copy


def _older_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from samverka.models.migrate import alembic_config
    from samverka.models.schema import HEAD_REVISION

    return sorted(s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
                  if s.revision != HEAD_REVISION)


@pytest.mark.parametrize("revision", _older_revisions())
def test_older_file_is_vetted_against_its_own_revision_and_upgraded(tmp_path: Path, revision: str) -> None:
    """Every revision a file may have been left at: vetted as it is, upgraded, and then vetted at head (so a new
    migration that leaves a different schema than the models make fails here, not on a user's file)."""
    path = tmp_path / "gammal.samverka"
    _file_at(path, revision)
    db = open_collaboration(path)
    db.close()
    again = open_collaboration(path, read_only=True)  # the upgraded file passes the vetting at head
    assert again.collaboration_id() == 1
    again.close()


def test_file_without_a_collaboration_is_never_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "tom.samverka"
    _file_at(path, "0001", with_collaboration=False)
    before = digest(path)
    with pytest.raises(FileRefusedError, match="innehåller ingen samverkan"):
        open_collaboration(path)
    assert digest(path) == before


def test_our_id_with_version_zero_and_a_foreign_table_is_left_alone(tmp_path: Path) -> None:
    """Seen: such a file was upgraded in place (44 tables added) before being found empty."""
    path = tmp_path / "noll.samverka"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hemligt')")
    conn.commit()
    conn.close()
    before = digest(path)
    run = run_cli(["info", str(path)])
    assert run.returncode == 1 and "innehåller ingen samverkan" in run.stderr
    assert digest(path) == before
    assert sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 1


def test_reads_at_open_have_a_time_limit(lund: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read while a file is checked is interrupted by SQLite once the time is up (here: at once)."""
    from samverka.models import guarded

    monkeypatch.setattr(guarded, "OPEN_TIME_LIMIT_S", -1.0)
    monkeypatch.setattr(guarded, "PROGRESS_STEPS", 100)  # this small file needs only a few thousand steps
    with pytest.raises(FileRefusedError, match="tog för lång tid"):
        open_collaboration(lund, read_only=True)


def test_opening_a_head_file_does_not_load_alembic(lund: Path) -> None:
    script = textwrap.dedent(f"""
        import sys
        from samverka.core.collaboration_service import open_collaboration
        db = open_collaboration({str(lund)!r})
        db.close()
        print("alembic" in sys.modules)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


Attack = Callable[[sqlite3.Connection], None]


def test_schema_vetting_follows_the_models(tmp_path: Path) -> None:
    """What vetting expects comes from the code: a store made now passes, and one missing a table does not."""
    from samverka.models import vetting

    head_rows = vetting.expected_rows(vetting.HEAD_REVISION)
    assert {row[1] for row in head_rows} >= {"collaboration", "survey_result", "alembic_version"}
    assert vetting.head_form(vetting.HEAD_REVISION) == vetting.migrated_form(vetting.HEAD_REVISION)


def test_a_new_file_matches_the_expectation_exactly(lund: Path) -> None:
    """The fast path: a file this code made holds exactly the statements vetting expects (no tokenizing)."""
    from samverka.models import vetting

    conn = sqlite3.connect(lund)
    try:
        rows = frozenset(vetting.schema_rows(conn))
    finally:
        conn.close()
    assert rows == vetting.expected_rows(vetting.HEAD_REVISION)


def test_the_same_table_written_another_way_is_the_same() -> None:
    """What an ALTER TABLE ADD COLUMN or a differently ordered CREATE leaves is the same table; a changed
    default, type or an extra CHECK is not."""
    from samverka.models.vetting import canonical

    def form(sql: str) -> object:
        return canonical([("table", "t", "t", sql)])[("table", "t")]

    base = form('CREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tname VARCHAR DEFAULT \'\' NOT NULL, '
                "CONSTRAINT pk_t PRIMARY KEY (id))")
    assert form("create table \"t\" (id integer not null, CONSTRAINT other PRIMARY KEY (id), "
                "name VARCHAR DEFAULT '' NOT NULL)") == base
    assert form("CREATE TABLE t (name VARCHAR DEFAULT '' NOT NULL, id INTEGER NOT NULL PRIMARY KEY)") == base
    assert form("CREATE TABLE t (id INTEGER NOT NULL, name VARCHAR DEFAULT 'x' NOT NULL, PRIMARY KEY (id))") != base
    assert form("CREATE TABLE t (id INTEGER NOT NULL, name TEXT DEFAULT '' NOT NULL, PRIMARY KEY (id))") != base
    assert form("CREATE TABLE t (id INTEGER NOT NULL, name VARCHAR DEFAULT '' NOT NULL, PRIMARY KEY (id), "
                "CHECK (length(name) < 5))") != base
