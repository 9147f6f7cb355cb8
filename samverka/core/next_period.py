"""The next period (or year) starts from this one: a new collaboration file that carries over the parties,
people and roles, areas, data sources, the open problems with their causes, the measures not finished (with
their status history), the indicators with their measurement series and the årshjul, and links back to the
previous file (its uid, path and name) so that the follow-up can compare periods.

The old file is only read. The new file is built under a temporary name in the same folder (0600), completed
in one transaction, flushed to disk and then moved into place, so a failure leaves nothing half-made.
Carried rows keep their ids; problems, measures and indicators also record `carried_from`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from samverka.core.validation import validate
from samverka.errors import FileRefusedError, KnownError
from samverka.models import Base
from samverka.models.atomic import create_store
from samverka.models.base import utcnow
from samverka.models.collaboration import new_uid
from samverka.models.db import Database

Row = dict[str, Any]
Keep = Callable[[Row], bool]

FINISHED = frozenset({"genomförd", "inställd"})
# Texts of the collaboration that usually hold for the next period too (the lägesbild is made anew).
CARRIED_TEXTS = ("kommun", "lokalpolisomrade", "polisregion", "overall_goal", "background", "organisation_text",
                 "documentation_text", "followup_text")
CARRIED_FROM = frozenset({"problem", "measure", "indicator"})


@dataclass(frozen=True)
class NextPeriod:
    path: Path
    name: str
    period_start: dt.date | None
    period_end: dt.date | None
    counts: Mapping[str, int]  # table -> rows carried over
    previous_uid: str


def default_period(start: dt.date | None, end: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """The period right after [start, end], as long as it (4 years after 2026–2029 gives 2030–2033)."""
    if end is None:
        return None, None
    first = end + dt.timedelta(days=1)
    if start is None:
        return first, None
    years = end.year - start.year + (1 if (end.month, end.day) >= (start.month, start.day) else 0)
    try:
        last = first.replace(year=first.year + max(1, years)) - dt.timedelta(days=1)
    except ValueError:  # 29 February
        last = first.replace(year=first.year + max(1, years), day=28) - dt.timedelta(days=1)
    return first, last


def start_next_period(
    old: Database, new_path: str | os.PathLike[str], *, name: str | None = None,
    period_start: dt.date | None = None, period_end: dt.date | None = None,
    problem_ids: Collection[int] | None = None,
) -> NextPeriod:
    """Make the next period's file at `new_path`. `problem_ids` chooses the open problems to carry (default:
    the problems in focus); the period defaults to the one right after the old period."""
    target = _check_target(old, Path(new_path))
    old_row = _collaboration(old)
    if period_start is None and period_end is None:
        period_start, period_end = default_period(old_row["period_start"], old_row["period_end"])
    values = {key: old_row[key] for key in CARRIED_TEXTS}
    values.update(name=(name or f"{old_row['name']} – nästa period").strip(), period_start=period_start,
                  period_end=period_end, status="utkast", uid=new_uid(), previous_uid=old_row["uid"],
                  previous_file=old.location, previous_name=old_row["name"])
    validate("collaboration", values)
    rows = _read_carried(old, old_row["id"], period_start, problem_ids)
    create_store(target, lambda db: _fill(db, values | {"id": old_row["id"]}, rows))
    counts = {table: len(found) for table, found in rows.items()}
    return NextPeriod(target, values["name"], period_start, period_end, counts, old_row["uid"])


def _check_target(old: Database, target: Path) -> Path:
    target = target.expanduser().resolve()
    if old.path is not None and target == old.path:
        raise FileRefusedError("Den nya perioden måste sparas i en ny fil; välj ett annat namn.",
                               "The new period must be saved in a new file; choose another name.")
    if target.exists():
        raise FileRefusedError(
            f"Filen {target} finns redan. Välj ett annat namn; den befintliga filen har inte ändrats.",
            f"The file {target} already exists. Choose another name; the existing file was not changed.",
        )
    if not target.parent.is_dir():
        raise FileRefusedError(f"Mappen {target.parent} finns inte. Välj en befintlig mapp.",
                               f"The folder {target.parent} does not exist. Choose an existing folder.")
    return target


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _collaboration(old: Database) -> Row:
    table = _table("collaboration")
    with old.read() as session:
        return dict(session.execute(select(table).where(table.c.id == old.collaboration_id())).mappings().one())


def _plan(period_start: dt.date | None, problem_ids: Collection[int] | None) -> list[tuple[str, Keep]]:
    """(table, which rows) in dependency order; rows pointing at something not carried are dropped or unlinked."""
    def everything(_: Row) -> bool:
        return True

    def current_role(row: Row) -> bool:
        return row["valid_to"] is None or period_start is None or row["valid_to"] >= period_start

    def open_problem(row: Row) -> bool:
        return row["id"] in problem_ids if problem_ids is not None else bool(row["in_focus"])

    def unfinished(row: Row) -> bool:
        return row["status"] not in FINISHED

    def still_ahead(row: Row) -> bool:
        start = row["start_date"]
        return bool(row["recurs_yearly"]) or start is None or period_start is None or start >= period_start

    return [
        ("priority_criterion", everything), ("organisation", everything), ("person", everything),
        ("membership", current_role), ("area", everything), ("area_alias", everything),
        ("data_source", everything), ("column_mapping", everything), ("step_setting", everything),
        ("problem", open_problem), ("affected_group", everything), ("fishbone_bone", everything),
        ("controller", everything), ("cause", everything), ("indicator", everything), ("measurement", everything),
        ("measure", unfinished), ("status_update", everything), ("measure_cause", everything),
        ("measure_technique", everything), ("calendar_event", still_ahead),
    ]


def _read_carried(
    old: Database, collaboration_id: int, period_start: dt.date | None, problem_ids: Collection[int] | None,
) -> dict[str, list[Row]]:
    carried: dict[str, list[Row]] = {}
    kept_ids: dict[str, set[int]] = {"collaboration": {collaboration_id}, "scp_technique": set(range(1, 26))}
    with old.read() as session:
        for name, keep in _plan(period_start, problem_ids):
            table = _table(name)
            query = select(table).order_by(table.c.id)
            if "collaboration_id" in table.c:
                query = query.where(table.c.collaboration_id == collaboration_id)
            rows = [r for r in (dict(m) for m in session.execute(query).mappings()) if keep(r)]
            rows = _unlink(table, rows, kept_ids)
            if name in CARRIED_FROM:
                for row in rows:
                    row["carried_from"] = row["id"]
            carried[name] = rows
            kept_ids[name] = {int(r["id"]) for r in rows}
    return carried


def _unlink(table: Table, rows: list[Row], kept: Mapping[str, set[int]]) -> list[Row]:
    """Drop rows whose required parent stays behind; clear optional links to what stays behind."""
    result = []
    own_ids = {int(r["id"]) for r in rows}
    for row in rows:
        keep = True
        for fk in table.foreign_keys:
            column, target = fk.parent.name, fk.column.table.name
            value = row[column]
            if value is None:
                continue
            known = own_ids if target == table.name else kept.get(target, set())
            if value in known:
                continue
            if fk.parent.nullable:
                row[column] = None
            else:
                keep = False
        if keep:
            result.append(row)
    if len(result) != len(rows) and any(fk.column.table is table for fk in table.foreign_keys):
        return _unlink(table, result, kept)  # a dropped parent may orphan its children
    return result


def _fill(db: Database, collaboration: Row, rows: Mapping[str, list[Row]]) -> None:
    with db.write() as session:
        session.execute(insert(_table("collaboration")).values(**collaboration, created_at=utcnow()))
        for name, found in rows.items():
            _insert(session, _table(name), found)


def _insert(session: Session, table: Table, rows: list[Row]) -> None:
    """Insert with the same ids; a self-reference (a cause's parent) is set once every row exists."""
    if not rows:
        return
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    session.execute(insert(table), [{**row, **{name: None for name in self_refs}} for row in rows])
    for name in self_refs:
        for row in rows:
            if row[name] is not None:
                session.execute(update(table).where(table.c.id == row["id"]).values({name: row[name]}))


@dataclass(frozen=True)
class PreviousPeriod:
    """Where the previous period's file was, and whether it is still there and still the same collaboration."""

    name: str
    location: str
    uid: str
    found: bool  # a file is at the location
    same: bool  # ... and it is the collaboration this period came from (its uid matches)


def previous_period(db: Database) -> PreviousPeriod | None:
    """The link back to the previous period, checked against the file (opened read-only), or None."""
    table = _table("collaboration")
    with db.read() as session:
        row = session.execute(select(table.c.previous_uid, table.c.previous_file, table.c.previous_name)
                              .where(table.c.id == db.collaboration_id())).one()
    uid, location, name = str(row[0]), str(row[1]), str(row[2])
    if not uid and not location:
        return None
    path = Path(location)
    if "://" in location or not path.is_file():
        return PreviousPeriod(name, location, uid, False, False)
    from samverka.core.collaboration_service import open_collaboration  # noqa: PLC0415

    try:
        old = open_collaboration(path, read_only=True, backup=False)
    except KnownError:
        return PreviousPeriod(name, location, uid, True, False)
    try:
        found_uid = _collaboration(old)["uid"]
    finally:
        old.close()
    return PreviousPeriod(name, location, uid, True, found_uid == uid)
