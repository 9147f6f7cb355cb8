"""Versions of a frozen document (the agreement, the action plan): one mechanism for both.

The newest version is the draft being edited, made on demand. Freezing stores the content as JSON with its
SHA-256 and a document ID; a frozen version never changes again, and the next edit opens the next version.
A frozen version nobody has built on yet can be thawed back into the draft (the undo of a lock or a decision).
These helpers work inside the caller's session, so each user action stays one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverka.models import AuditEntry

DRAFT = "utkast"


class Versioned(Protocol):
    id: Any
    collaboration_id: Any
    version: Any
    status: Any
    document_id: Any
    content_json: Any
    content_hash: Any


V = TypeVar("V", bound=Versioned)


def newest(session: Session, model: type[V], collaboration_id: int) -> V | None:
    query = select(model).where(model.collaboration_id == collaboration_id)
    return session.scalars(query.order_by(model.version.desc()).limit(1)).first()


def open_draft(
    session: Session, model: type[V], collaboration_id: int, *, carry: Callable[[V | None, V], None] | None = None,
) -> tuple[V, bool]:
    """The draft (created when the newest version is frozen or none exists) and whether it was created.

    `carry(previous, draft)` copies what a new version inherits; `previous` is None for the first version.
    """
    latest = newest(session, model, collaboration_id)
    if latest is not None and latest.status == DRAFT:
        return latest, False
    draft = model(collaboration_id=collaboration_id, version=latest.version + 1 if latest else 1,  # type: ignore[call-arg]
                  status=DRAFT)
    session.add(draft)
    session.flush()
    if carry is not None:
        carry(latest, draft)
    session.add(AuditEntry(action="create", entity=_kind(model), entity_id=draft.id,
                           detail=f'{{"version": {draft.version}}}'))
    return draft, True


def freeze(version: Versioned, *, status: str, content_json: str, content_hash: str, document_id: str) -> None:
    """Make a draft the frozen record of its content (the caller sets its own timestamp and title)."""
    if version.status != DRAFT:
        raise ValueError(f"version {version.version} is not a draft")
    version.status = status
    version.content_json = content_json
    version.content_hash = content_hash
    version.document_id = document_id


def thaw(version: Versioned) -> None:
    """A frozen version back to a draft: its frozen content is dropped and it follows the data again."""
    version.status = DRAFT
    version.document_id = ""
    version.content_json = ""
    version.content_hash = ""


def has_newer(session: Session, model: type[V], version: Versioned) -> bool:
    query = select(model.id).where(
        model.collaboration_id == version.collaboration_id, model.version > version.version,
    )
    return session.scalars(query).first() is not None


def _kind(model: type[Any]) -> str:
    return str(model.__tablename__)
