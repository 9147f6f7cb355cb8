"""The action plan's versions and decisions: the kommun decides the plan (2023:196), each decision recorded as
beslutande organ, datum, paragraf and diarienummer and freezing that version. A new version never touches the
signed agreement; it is made when the measures change after a decision.

The version mechanism is the agreement's (core.versioning): a draft on demand, freeze on decision, thaw to undo.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from samverka.core import crud, versioning
from samverka.core.changes import NO_CHANGES, Changes
from samverka.core.documents.actionplan import ACTIONPLAN_TABLES as PLAN_TABLES
from samverka.core.documents.actionplan import decided_document, decided_hash, default_title
from samverka.core.documents.common import read, read_tables
from samverka.core.validation import validate
from samverka.dto import ActionPlanRow
from samverka.errors import ConflictError, KnownError, NotFoundError
from samverka.export.documents import to_json
from samverka.models import ActionPlan, AuditEntry
from samverka.models.base import utcnow
from samverka.models.db import Database
from samverka.workflow.missing import Missing, missing

DECIDED = "beslutad"
# The draft fields the facilitator edits; the frozen ones are set by `decide`.
EDITABLE = frozenset({"title", "period_start", "period_end", "decided_by", "decision_date", "paragraph",
                      "diarienummer"})
_RECORD: tuple[tuple[str, str, str], ...] = (
    ("decided_by", "beslutande organ", "the deciding body"),
    ("decision_date", "beslutsdatum", "the decision date"),
    ("paragraph", "paragraf (§)", "the paragraph (§)"),
    ("diarienummer", "diarienummer", "the reference number (diarienummer)"),
)


def versions(db: Database) -> list[ActionPlanRow]:
    """Every version, oldest first."""
    return sorted(read(db, ("action_plan",)).of("action_plan"), key=lambda p: p.version)


def in_force(db: Database) -> ActionPlanRow | None:
    """The newest decided version: the plan the agreement refers to."""
    decided = [p for p in versions(db) if p.status == DECIDED]
    return decided[-1] if decided else None


def _carry(previous: ActionPlan | None, draft: ActionPlan) -> None:
    """A new version keeps the title, the period and the deciding body; the decision itself is new."""
    if previous is not None:
        draft.title, draft.decided_by = previous.title, previous.decided_by
        draft.period_start, draft.period_end = previous.period_start, previous.period_end


def current_draft(db: Database) -> tuple[int, Changes]:
    """The draft being prepared, created on demand (the first version, or the next after a decided one)."""
    with db.write() as session:
        draft, created = _open_draft(session, db.collaboration_id())
        return draft.id, Changes.of("action_plan", draft.id) if created else NO_CHANGES


def _open_draft(session: Session, collaboration_id: int) -> tuple[ActionPlan, bool]:
    draft, created = versioning.open_draft(session, ActionPlan, collaboration_id, carry=_carry)
    if created and draft.version == 1:
        _first_defaults(session, draft)
    return draft, created


def _first_defaults(session: Session, draft: ActionPlan) -> None:
    data = read_tables(session, draft.collaboration_id, ("collaboration",))
    c = data.collaboration
    draft.period_start, draft.period_end = c.period_start, c.period_end
    draft.decided_by = "Kommunstyrelsen"
    draft.title = default_title(data, draft)


def update_draft(db: Database, values: Mapping[str, Any], *, expected: Mapping[str, Any] | None = None) -> Changes:
    """Edit the draft's title, period or decision record, in one transaction (a decided version never changes:
    the edit opens the next version). With `expected`, refuse if someone else changed those fields."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable on an action plan: {sorted(unknown)}")
    clean = crud.coerce("action_plan", values)
    with db.write() as session:
        draft, _ = _open_draft(session, db.collaboration_id())
        for name, old in crud.coerce("action_plan", expected or {}).items():
            if getattr(draft, name) != old:
                raise ConflictError(
                    "Någon annan har ändrat åtgärdsplanen medan du redigerade. Din ändring sparades inte.",
                    "Someone else changed the action plan while you were editing. Your change was not saved.",
                    field=name,
                )
        current = {column: getattr(draft, column) for column in EDITABLE}
        validate("action_plan", {**current, **clean})
        for name, value in clean.items():
            setattr(draft, name, value)
        session.add(AuditEntry(action="update", entity="action_plan", entity_id=draft.id,
                               detail=json.dumps(clean, default=str)))
        draft_id = draft.id
    return Changes.of("action_plan", draft_id)


def missing_for_decision(db: Database) -> list[Missing]:
    """What the decision needs: the full decision record and measures, each with a responsible party."""
    plan_id, _ = current_draft(db)
    data = read(db, ("action_plan", "measure"))
    plan = data.by_id("action_plan")[plan_id]
    found = [
        missing("atgardsplan", f"Åtgärdsplanen saknar {sv}", f"The action plan lacks {en}",
                entity="action_plan", entity_id=plan_id, field=field)
        for field, sv, en in _RECORD
        if not str(getattr(plan, field) or "").strip()
    ]
    measures = data.of("measure")
    if not measures:
        found.append(missing("atgardsplan", "Åtgärdsplanen har inga åtgärder", "The action plan has no measures",
                             entity="measure"))
    found += [
        missing("atgardsplan", f"Åtgärden ”{m.title}” saknar ansvarig organisation",
                f"The measure “{m.title}” has no responsible organisation",
                entity="measure", entity_id=m.id, field="responsible_org_id")
        for m in measures if m.responsible_org_id is None
    ]
    return found


def decide(db: Database, *, at: dt.datetime | None = None) -> Changes:
    """Record the decision: the draft's content is frozen (JSON, SHA-256, document ID) as decided."""
    plan_id, changes = current_draft(db)
    found = missing_for_decision(db)
    if found:
        raise KnownError(
            "Åtgärdsplanen kan inte beslutas ännu. Det här saknas:\n" + "\n".join(f"– {m.sv}" for m in found),
            "The action plan cannot be decided yet. This is missing:\n" + "\n".join(f"– {m.en}" for m in found),
        )
    cid = db.collaboration_id()
    with db.write() as session:
        plan = session.get(ActionPlan, plan_id)
        if plan is None or plan.status != versioning.DRAFT:
            raise NotFoundError("Utkastet ändrades medan det beslutades. Försök igen.",
                                "The draft changed while it was being decided. Try again.")
        data = read_tables(session, cid, PLAN_TABLES)
        document = decided_document(data, plan)
        digest = decided_hash(document)
        versioning.freeze(plan, status=DECIDED, content_json=to_json(document), content_hash=digest,
                          document_id=document.document_id)
        plan.title = plan.title or document.title
        plan.decided_at = at or utcnow()
        validate("action_plan", {"status": plan.status, "period_start": plan.period_start,
                                 "period_end": plan.period_end})
        session.add(AuditEntry(action="decide", entity="action_plan", entity_id=plan_id,
                               detail=f'{{"sha256": "{digest}"}}'))
    return changes | Changes.of("action_plan", plan_id)


def undo_decision(db: Database, plan_id: int) -> Changes:
    """The exact inverse of `decide` while no newer version exists: the version is a draft again."""
    with db.write() as session:
        plan = session.get(ActionPlan, plan_id)
        if plan is None:
            raise NotFoundError("Versionen finns inte längre.", "The version no longer exists.")
        if plan.status != DECIDED or versioning.has_newer(session, ActionPlan, plan):
            raise KnownError(
                "Bara den senaste beslutade versionen kan göras till utkast igen. Gör en ny version i stället.",
                "Only the newest decided version can become a draft again. Make a new version instead.",
            )
        versioning.thaw(plan)
        plan.decided_at = None
        session.add(AuditEntry(action="undo decision", entity="action_plan", entity_id=plan_id, detail=""))
    return Changes.of("action_plan", plan_id)


def changed_since_decision(db: Database) -> bool:
    """True when the measures no longer match the plan in force (time for a new version and decision)."""
    plan = in_force(db)
    if plan is None:
        return False
    data = read(db, PLAN_TABLES)
    return decided_hash(decided_document(data, data.by_id("action_plan")[plan.id])) != plan.content_hash
