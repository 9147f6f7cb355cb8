"""Telling the importer that a new area name in a file is an existing area under its earlier name."""

from __future__ import annotations

from sqlalchemy import delete, select

from samverka.core.changes import Changes
from samverka.core.survey.areas import link_alias
from samverka.errors import NotFoundError
from samverka.models import Area, AreaAlias
from samverka.models.db import Database


def add_aliases(db: Database, names: list[str], area_id: int) -> tuple[list[str], Changes]:
    """Add the names (and codes) as aliases of the area, in one transaction."""
    collaboration_id = db.collaboration_id()
    with db.write() as session:
        if session.scalar(select(Area.id).where(Area.id == area_id, Area.collaboration_id == collaboration_id)) is None:
            raise NotFoundError(
                "Området finns inte längre. Uppdatera vyn och välj igen.",
                "The area no longer exists. Refresh the view and choose again.",
            )
        added = link_alias(session, collaboration_id, names, area_id)
    return added, Changes.kinds_only("area_alias")


def remove_aliases(db: Database, names: list[str]) -> Changes:
    with db.write() as session:
        session.execute(
            delete(AreaAlias).where(AreaAlias.collaboration_id == db.collaboration_id(), AreaAlias.alias.in_(names))
        )
    return Changes.kinds_only("area_alias")
