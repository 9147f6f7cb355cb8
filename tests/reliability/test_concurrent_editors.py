"""Two editors on one store (PostgreSQL when SAMVERKA_TEST_DATABASE_URL is set, and SQLite with the lock
bypassed): a conflicting edit is reported as ConflictError and nothing is silently overwritten."""

from __future__ import annotations

import threading

import pytest

from samverka.core import crud
from samverka.errors import ConflictError, NotFoundError
from samverka.models.db import Database, open_database


@pytest.fixture
def second(db: Database, store_target: str):  # type: ignore[no-untyped-def]
    """Another editor's connection to the same store (no writer lock: as on a shared server)."""
    other = open_database(store_target)
    yield other
    other.close()


pytestmark = pytest.mark.postgres


def test_conflicting_edit_is_reported_and_not_saved(db: Database, second: Database) -> None:
    org_id, _ = crud.create(db, "organisation", {"name": "Fritidsgården", "responsibilities": "Kvällar"})
    seen_by_first = crud.get(db, "organisation", org_id)
    seen_by_second = crud.get(second, "organisation", org_id)
    crud.update(db, "organisation", org_id, {"responsibilities": "Kvällar och helger"},
                expected={"responsibilities": seen_by_first.responsibilities})
    with pytest.raises(ConflictError) as caught:
        crud.update(second, "organisation", org_id, {"responsibilities": "Bara helger"},
                    expected={"responsibilities": seen_by_second.responsibilities})
    assert caught.value.field == "responsibilities"
    assert "Någon annan har ändrat" in caught.value.sv
    assert crud.get(db, "organisation", org_id).responsibilities == "Kvällar och helger"
    assert crud.get(second, "organisation", org_id).responsibilities == "Kvällar och helger"


def test_edits_to_other_fields_both_survive(db: Database, second: Database) -> None:
    org_id, _ = crud.create(db, "organisation", {"name": "Skolan", "responsibilities": ""})
    crud.update(db, "organisation", org_id, {"name": "Västra skolan"}, expected={"name": "Skolan"})
    crud.update(second, "organisation", org_id, {"responsibilities": "Rastvakter"}, expected={"responsibilities": ""})
    row = crud.get(db, "organisation", org_id)
    assert (row.name, row.responsibilities) == ("Västra skolan", "Rastvakter")


def test_edit_of_a_row_the_other_removed_is_reported(db: Database, second: Database) -> None:
    org_id, _ = crud.create(db, "organisation", {"name": "Biblioteket"})
    crud.delete_row(db, "organisation", org_id)
    with pytest.raises(NotFoundError):
        crud.update(second, "organisation", org_id, {"name": "Stadsbiblioteket"}, expected={"name": "Biblioteket"})
    assert crud.list_rows(db, "organisation") == []


def test_racing_editors_lose_no_update(db: Database, second: Database) -> None:
    """Many read-compare-write rounds from two connections at once: every accepted edit is kept."""
    org_id, _ = crud.create(db, "organisation", {"name": "Räknare", "responsibilities": "0"})
    accepted: list[int] = []
    lock = threading.Lock()

    def editor(database: Database) -> None:
        for _ in range(40):
            current = crud.get(database, "organisation", org_id).responsibilities
            try:
                crud.update(database, "organisation", org_id, {"responsibilities": str(int(current) + 1)},
                            expected={"responsibilities": current})
            except ConflictError:
                continue
            with lock:
                accepted.append(1)

    threads = [threading.Thread(target=editor, args=(database,)) for database in (db, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert accepted
    assert crud.get(db, "organisation", org_id).responsibilities == str(len(accepted))
