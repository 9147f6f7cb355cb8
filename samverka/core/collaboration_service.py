"""Creating and opening a collaboration."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from samverka.core.changes import Changes
from samverka.core.validation import validate
from samverka.dto import CollaborationRow
from samverka.models import Collaboration, PriorityCriterion
from samverka.models.db import Database, create_database, is_url, open_database

# Brå's criteria for choosing problems (domain.md step 4) plus the organisational filters.
BRA_CRITERIA: tuple[tuple[str, str], ...] = (
    ("Vanligast och ökar", "De vanligaste brotten, deras utveckling och avvikelse från jämförbara områden."),
    ("Mest utsatta eller otrygga platser", "De mest utsatta eller otrygga delarna av kommunen."),
    ("Mest utsatta personer", "De mest brottsutsatta personerna, eller de som begår flest brott."),
    ("Signalbrott", "Synliga brott som märks lokalt och påverkar tryggheten."),
    ("Drabbar många", "Brott som direkt eller indirekt påverkar många människor."),
    ("Möjlighet att påverka", "Parterna har resurser och förmåga att påverka problemet."),
    ("Hög kostnad för samhället", "Problemet kostar mycket i pengar eller lidande."),
)


def new_collaboration(
    target: str | os.PathLike[str],
    *,
    name: str,
    kommun: str = "",
    lokalpolisomrade: str = "",
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
) -> Database:
    """Create the store and its collaboration in one go; nothing is left behind if a value is refused."""
    values = {
        "name": name,
        "kommun": kommun,
        "lokalpolisomrade": lokalpolisomrade,
        "period_start": period_start,
        "period_end": period_end,
    }
    validate("collaboration", values)
    db = create_database(target)
    if db.path is not None:
        from samverka.core.locking import writer_lock_for

        db.writer_lock, db.lock_holder = writer_lock_for(db.path, require_write=False)
        db.read_only = db.lock_holder is not None
    try:
        with db.write() as session:
            collaboration = Collaboration(**values)
            session.add(collaboration)
            session.flush()
            for order, (criterion, description) in enumerate(BRA_CRITERIA):
                session.add(
                    PriorityCriterion(
                        collaboration_id=collaboration.id, name=criterion, description=description, sort_order=order
                    )
                )
    except BaseException:
        db.close()
        raise
    return db


def open_collaboration(
    target: str | os.PathLike[str], *, read_only: bool = False, require_write: bool = False, backup: bool = True
) -> Database:
    """Open to edit, holding the file's writer lock; if another Samverka holds it, open read-only and say why
    in `db.lock_holder` (or raise FileInUseError when `require_write`). A backup is taken as the file opens."""
    from samverka.core.backups import backup_on_open
    from samverka.core.locking import writer_lock_for

    lock, why = None, None
    path = None if is_url(os.fspath(target)) else Path(target).expanduser().resolve()
    if path is not None and not read_only and path.is_file():
        lock, why = writer_lock_for(path, require_write=require_write)
    try:
        db = open_database(target, read_only=read_only or why is not None)
        db.writer_lock, db.lock_holder = lock, why
        db.collaboration_id()
        if backup:
            backup_on_open(db)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return db


def get_collaboration(db: Database) -> CollaborationRow:
    from samverka.core.crud import get

    row: CollaborationRow = get(db, "collaboration", db.collaboration_id())
    return row


def collaboration_changes(db: Database) -> Changes:
    return Changes.of("collaboration", db.collaboration_id())
