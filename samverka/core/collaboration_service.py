"""Creating and opening a collaboration."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from samverka.errors import ReadOnlyError
from samverka.models.db import Database, is_url, open_database
from samverka.models.filecopy import folder_is_read_only
from samverka.models.fileformat import check_openable
from samverka.models.guarded import time_limit
from samverka.models.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from samverka.core.changes import Changes
    from samverka.dto import CollaborationRow

# Brå's criteria for choosing problems (domain.md step 4) plus the organisational filters. Resources and the
# ability to influence are filters (passed or failed), never added to the score: (name, description, is_filter).
BRA_CRITERIA: tuple[tuple[str, str, bool], ...] = (
    ("Vanligast och ökar", "De vanligaste brotten, deras utveckling och avvikelse från jämförbara områden.", False),
    ("Mest utsatta eller otrygga platser", "De mest utsatta eller otrygga delarna av kommunen.", False),
    ("Mest utsatta personer", "De mest brottsutsatta personerna, eller de som begår flest brott.", False),
    ("Signalbrott", "Synliga brott som märks lokalt och påverkar tryggheten.", False),
    ("Drabbar många", "Brott som direkt eller indirekt påverkar många människor.", False),
    ("Hög kostnad för samhället", "Problemet kostar mycket i pengar eller lidande.", False),
    ("Tillräckliga resurser", "Filter: parterna har resurser att arbeta med problemet (0 = nej, 1–3 = ja).", True),
    ("Möjlighet att påverka", "Filter: parterna kan påverka problemet (0 = nej, 1–3 = ja).", True),
)


def new_collaboration(
    target: str | os.PathLike[str],
    *,
    name: str,
    kommun: str = "",
    lokalpolisomrade: str = "",
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    fill: Callable[[Database], None] | None = None,
    parties: bool = False,
) -> Database:
    """Create the store and its collaboration in one go, then open it to edit.

    With `parties`, the kommun and the police area named become the collaboration's two parties (step 1), so
    a facilitator who has just typed them is not told at once that the parties are missing.

    The file is built under a temporary name and appears at `target` only when complete (models.atomic):
    nothing is left behind if a value is refused or the process dies. `fill(db)` may add more (the demo, a
    new period copied from the last one) before the file appears.
    """
    from samverka.core.validation import validate  # noqa: PLC0415 - opening a file needs none of this
    from samverka.models import Collaboration, Organisation, PriorityCriterion  # noqa: PLC0415
    from samverka.models.atomic import create_store  # noqa: PLC0415

    values = {
        "name": name,
        "kommun": kommun,
        "lokalpolisomrade": lokalpolisomrade,
        "period_start": period_start,
        "period_end": period_end,
    }
    validate("collaboration", values)

    def build(db: Database) -> None:
        with db.write() as session:
            collaboration = Collaboration(**values)
            session.add(collaboration)
            session.flush()
            for order, (criterion, description, is_filter) in enumerate(BRA_CRITERIA):
                session.add(
                    PriorityCriterion(
                        collaboration_id=collaboration.id, name=criterion, description=description,
                        is_filter=is_filter, sort_order=order,
                    )
                )
            if parties:
                for order, (party, kind) in enumerate(founding_parties(kommun, lokalpolisomrade)):
                    session.add(Organisation(collaboration_id=collaboration.id, name=party, type=kind,
                                             sort_order=order))
        if fill is not None:
            fill(db)

    location = create_store(target, build)
    return open_collaboration(location, backup=False)


def founding_parties(kommun: str, lokalpolisomrade: str) -> list[tuple[str, str]]:
    """The two parties a new collaboration names, as (name, organisation type): "Höör" → "Höörs kommun",
    "LPO Eslöv" → "Polisen, lokalpolisområde Eslöv". A blank field gives no party."""
    from samverka.swedish import kommun_name, police_area  # noqa: PLC0415

    found: list[tuple[str, str]] = []
    if kommun.strip():
        found.append((kommun_name(kommun), "kommun"))
    if lokalpolisomrade.strip():
        area = police_area(lokalpolisomrade)
        found.append((f"Polisen, {area}" if area.lower().startswith("lokalpolisområde") else area, "polis"))
    return found


def open_collaboration(
    target: str | os.PathLike[str], *, read_only: bool = False, require_write: bool = False, backup: bool = True
) -> Database:
    """Open to edit, holding the file's writer lock; if another Samverka holds it, open read-only and say why
    in `db.lock_holder` (or raise FileInUseError when `require_write`). A backup is taken as the file opens.

    The file is checked (not ours, damaged, foreign SQL) before its lock is taken, so nothing beside a file
    that is not ours is ever created or removed. A file in a read-only folder opens read-only from a private
    copy, with the reason in `db.lock_holder`.
    """
    from samverka.core.locking import writer_lock_for

    if is_url(os.fspath(target)):
        db = open_database(target, read_only=read_only)
        return _finish_open(db, backup=backup and not read_only)
    path = Path(target).expanduser().resolve()
    if folder_is_read_only(path) and path.is_file():
        if require_write:
            raise ReadOnlyError(
                f"Mappen {path.parent} är skrivskyddad, så inget kan sparas i {path.name}. Kopiera filen till en "
                "mapp där du får skriva och försök igen.",
                f"The folder {path.parent} is read-only, so nothing can be saved in {path.name}. Copy the file to a "
                "folder where you may write and try again.",
            )
        return _finish_open(open_database(path, read_only=True), backup=False)
    with time_limit():
        header = check_openable(path, SCHEMA_VERSION)
    lock, why = None, None
    if not read_only:
        lock, why = writer_lock_for(path, require_write=require_write)
    try:
        db = open_database(path, read_only=read_only or why is not None, checked=header)
        db.writer_lock, db.lock_holder = lock, why
        return _finish_open(db, backup=backup)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _finish_open(db: Database, *, backup: bool) -> Database:
    from samverka.core.backups import backup_on_open  # noqa: PLC0415

    try:
        with time_limit():
            db.collaboration_id()
            if backup:
                backup_on_open(db)
    except BaseException:
        db.close()
        raise
    return db


def get_collaboration(db: Database) -> CollaborationRow:
    from samverka.core.crud import get

    row: CollaborationRow = get(db, "collaboration", db.collaboration_id())
    return row


def collaboration_changes(db: Database) -> Changes:
    from samverka.core.changes import Changes  # noqa: PLC0415

    return Changes.of("collaboration", db.collaboration_id())
