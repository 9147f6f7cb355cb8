"""Tally voting in the room: rounds per meeting, dot counts per item, results, and the link to prioritisation.

Participants do not use the app; they put dots on the wall and the facilitator types in the counts. A round fixes
its votable items when it is made (one count row per item, starting at 0), so results stay comparable later.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverka import vocab
from samverka.core import crud
from samverka.core.changes import Changes
from samverka.core.validation import validate
from samverka.dto import CauseRow, VoteCountRow, VoteRoundRow
from samverka.errors import NotFoundError, ValidationError
from samverka.models import AuditEntry, Cause, Measure, ProblemCandidate, VoteCount, VoteRound
from samverka.models.db import Database
from samverka.swedish import sort_key

ITEM_KINDS = tuple(vocab.VOTE_ITEM_KINDS)


@dataclass(frozen=True)
class VoteItem:
    item_id: int
    label: str
    count: int


@dataclass(frozen=True)
class RoundResult:
    """One round with its items in the order they were offered, and the room's budget of dots."""

    round: VoteRoundRow
    items: tuple[VoteItem, ...]

    @property
    def total(self) -> int:
        return sum(item.count for item in self.items)

    @property
    def budget(self) -> int | None:
        """All the dots the room has (votes per person × participants), or None when the head count is unknown."""
        if self.round.participants <= 0:
            return None
        return self.round.votes_per_person * self.round.participants

    def ranked(self) -> list[VoteItem]:
        return sorted(self.items, key=lambda item: (-item.count, sort_key(item.label)))


def _label_query(item_kind: str) -> tuple[type[ProblemCandidate] | type[Cause] | type[Measure], str]:
    if item_kind == "problem_candidate":
        return ProblemCandidate, "title"
    if item_kind == "cause":
        return Cause, "text"
    if item_kind == "measure":
        return Measure, "title"
    raise ValidationError(
        f"Okänd sorts omröstning: {item_kind!r}.", f"Unknown kind of vote: {item_kind!r}.", field="item_kind"
    )


def short_label(text: str, limit: int = 90) -> str:
    """The first line of a text, shortened for a bar label."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def votable_items(db: Database, item_kind: str, problem_id: int | None = None) -> list[tuple[int, str]]:
    """What the room can vote on: all candidates, the causes of one problem, or the measures (of one problem)."""
    model, field = _label_query(item_kind)
    query = select(model.id, getattr(model, field))
    if item_kind == "cause":
        if problem_id is None:
            return []
        query = query.where(Cause.problem_id == problem_id).order_by(Cause.sort_order, Cause.id)
    elif item_kind == "measure":
        query = query.where(Measure.collaboration_id == db.collaboration_id())
        if problem_id is not None:
            query = query.where(Measure.problem_id == problem_id)
        query = query.order_by(Measure.sort_order, Measure.id)
    else:
        query = query.where(ProblemCandidate.collaboration_id == db.collaboration_id()).order_by(
            ProblemCandidate.sort_order, ProblemCandidate.id
        )
    with db.read() as session:
        return [(int(row[0]), short_label(str(row[1]))) for row in session.execute(query)]


def create_round(
    db: Database,
    *,
    item_kind: str,
    title: str = "",
    votes_per_person: int = 3,
    cap_per_item: int = 0,
    participants: int = 0,
    meeting_id: int | None = None,
    problem_id: int | None = None,
    item_ids: Sequence[int] | None = None,
) -> tuple[int, Changes]:
    """Make a round with a zero count for each votable item; refuses a round with nothing to vote on."""
    offered = votable_items(db, item_kind, problem_id)
    if item_ids is not None:
        wanted = set(item_ids)
        offered = [(item_id, label) for item_id, label in offered if item_id in wanted]
    if not offered:
        raise ValidationError(
            "Det finns inget att rösta på. Lägg först till "
            f"{vocab.VOTE_ITEM_KINDS[item_kind][0].lower()} och skapa sedan omröstningen.",
            f"There is nothing to vote on. First add {vocab.VOTE_ITEM_KINDS[item_kind][1].lower()}, "
            "then create the vote.",
            field="item_kind",
        )
    values = {
        "collaboration_id": db.collaboration_id(),
        "meeting_id": meeting_id,
        "item_kind": item_kind,
        "title": title.strip() or vocab.VOTE_ITEM_KINDS[item_kind][0],
        "votes_per_person": votes_per_person,
        "cap_per_item": cap_per_item,
        "participants": participants,
        "revealed": False,
    }
    validate("vote_round", values)
    with db.write() as session:
        vote_round = VoteRound(**values)
        session.add(vote_round)
        session.flush()
        round_id = int(vote_round.id)
        session.add_all(VoteCount(round_id=round_id, item_id=item_id, count=0) for item_id, _ in offered)
        _audit(session, "create", round_id, {"item_kind": item_kind, "items": len(offered)})
    return round_id, Changes.of(VoteRoundRow, round_id) | Changes.kinds_only(VoteCountRow)


def rounds(db: Database, *, item_kind: str | None = None, meeting_id: int | None = None) -> list[VoteRoundRow]:
    """The collaboration's rounds, newest last; optionally only one kind or one meeting's."""
    filters: dict[str, object] = {}
    if item_kind is not None:
        filters["item_kind"] = item_kind
    if meeting_id is not None:
        filters["meeting_id"] = meeting_id
    result: list[VoteRoundRow] = crud.list_rows(db, VoteRoundRow, order_by=("created_at", "id"), **filters)
    return result


def round_result(db: Database, round_id: int) -> RoundResult:
    vote_round: VoteRoundRow = crud.get(db, VoteRoundRow, round_id)
    model, field = _label_query(vote_round.item_kind)
    with db.read() as session:
        counts = session.execute(
            select(VoteCount.item_id, VoteCount.count).where(VoteCount.round_id == round_id).order_by(VoteCount.id)
        ).all()
        found = session.execute(
            select(model.id, getattr(model, field)).where(model.id.in_([int(row[0]) for row in counts]))
        )
        labels: dict[int, str] = {int(row[0]): str(row[1]) for row in found}
    # An item removed since the round was held (a deleted cause) has no label any more: leave it out.
    items = tuple(
        VoteItem(int(item_id), short_label(str(labels[item_id])), int(count))
        for item_id, count in counts
        if item_id in labels
    )
    return RoundResult(vote_round, items)


def set_count(db: Database, round_id: int, item_id: int, count: int) -> Changes:
    """Set one item's dots; refuses a count above the cap or a total above what the room could have given."""
    if count < 0:
        raise ValidationError(
            "Antalet röster kan inte vara negativt. Skriv 0 eller mer.",
            "The number of votes cannot be negative. Enter 0 or more.",
            field="count",
        )
    with db.write() as session:
        vote_round = _round(session, round_id)
        row = session.scalar(select(VoteCount).where(VoteCount.round_id == round_id, VoteCount.item_id == item_id))
        others = int(session.scalar(select(func.coalesce(func.sum(VoteCount.count), 0)).where(
            VoteCount.round_id == round_id, VoteCount.item_id != item_id
        )) or 0)
        _check_count(vote_round, count, others + count)
        old = 0
        if row is None:
            _check_item_exists(session, vote_round.item_kind, item_id)
            row = VoteCount(round_id=round_id, item_id=item_id, count=count)
            session.add(row)
        else:
            old, row.count = row.count, count
        session.flush()
        changes = Changes.of(VoteCountRow, int(row.id)) | Changes.of(VoteRoundRow, round_id)
        changes |= _add_cause_votes(session, vote_round.item_kind, {item_id: count - old})
        _audit(session, "update", round_id, {"item_id": item_id, "count": count})
    return changes


def count_of(db: Database, round_id: int, item_id: int) -> int:
    with db.read() as session:
        value = session.scalar(
            select(VoteCount.count).where(VoteCount.round_id == round_id, VoteCount.item_id == item_id)
        )
    return int(value or 0)


def update_settings(
    db: Database, round_id: int, *, votes_per_person: int, cap_per_item: int, participants: int
) -> Changes:
    """Change a round's rules; refuses rules that the counts already entered would break."""
    values = {"votes_per_person": votes_per_person, "cap_per_item": cap_per_item, "participants": participants}
    validate("vote_round", values)
    with db.write() as session:
        vote_round = _round(session, round_id)
        counts = [int(c) for c in session.scalars(select(VoteCount.count).where(VoteCount.round_id == round_id))]
        for name, value in values.items():
            setattr(vote_round, name, value)
        _check_count(vote_round, max(counts, default=0), sum(counts))
        _audit(session, "update", round_id, values)
    return Changes.of(VoteRoundRow, round_id)


def set_revealed(db: Database, round_id: int, revealed: bool) -> Changes:
    """Show or hide the round's result on the projector."""
    with db.write() as session:
        vote_round = _round(session, round_id)
        vote_round.revealed = revealed
        _audit(session, "update", round_id, {"revealed": revealed})
    return Changes.of(VoteRoundRow, round_id)


@dataclass(frozen=True)
class RoundSnapshot:
    """A deleted round and its counts, to put back with the same ids on undo."""

    values: Mapping[str, Any]
    counts: tuple[Mapping[str, Any], ...]


def delete_round(db: Database, round_id: int) -> tuple[RoundSnapshot, Changes]:
    """Remove a round and its counts in one transaction; a cause round takes its dots off the causes."""
    with db.write() as session:
        vote_round = _round(session, round_id)
        values = {column.key: getattr(vote_round, column.key) for column in VoteRound.__table__.columns}
        rows = session.scalars(select(VoteCount).where(VoteCount.round_id == round_id)).all()
        counts = tuple({column.key: getattr(row, column.key) for column in VoteCount.__table__.columns}
                       for row in rows)
        changes = _add_cause_votes(session, vote_round.item_kind, {row.item_id: -row.count for row in rows})
        session.execute(sql_delete(VoteCount).where(VoteCount.round_id == round_id))
        session.delete(vote_round)
        _audit(session, "delete", round_id, {"counts": len(counts)})
    changes |= Changes.of(VoteRoundRow, round_id) | Changes.of(VoteCountRow, *(int(c["id"]) for c in counts))
    return RoundSnapshot(values, counts), changes


def restore_round(db: Database, snapshot: RoundSnapshot) -> Changes:
    with db.write() as session:
        session.add(VoteRound(**snapshot.values))
        session.flush()
        session.add_all(VoteCount(**values) for values in snapshot.counts)
        item_kind = str(snapshot.values["item_kind"])
        changes = _add_cause_votes(session, item_kind, {int(c["item_id"]): int(c["count"]) for c in snapshot.counts})
        _audit(session, "restore", int(snapshot.values["id"]), {"counts": len(snapshot.counts)})
    count_ids = (int(c["id"]) for c in snapshot.counts)
    return changes | Changes.of(VoteRoundRow, int(snapshot.values["id"])) | Changes.of(VoteCountRow, *count_ids)


def totals(db: Database, item_kind: str, meeting_id: int | None = None) -> dict[int, int]:
    """Each item's dots summed over the collaboration's rounds (or one meeting's rounds)."""
    query = (
        select(VoteCount.item_id, func.sum(VoteCount.count))
        .join(VoteRound, VoteRound.id == VoteCount.round_id)
        .where(VoteRound.collaboration_id == db.collaboration_id(), VoteRound.item_kind == item_kind)
        .group_by(VoteCount.item_id)
    )
    if meeting_id is not None:
        query = query.where(VoteRound.meeting_id == meeting_id)
    with db.read() as session:
        return {int(item_id): int(total or 0) for item_id, total in session.execute(query)}


def _add_cause_votes(session: Session, item_kind: str, deltas: Mapping[int, int]) -> Changes:
    """A cause's `votes` field carries its dots, so the cause views can sort by them. Dots move by the
    difference, so votes typed on a cause directly (outside any round) are kept."""
    if item_kind != "cause":
        return Changes()
    changed: list[int] = []
    for cause_id, delta in deltas.items():
        cause = session.get(Cause, cause_id)
        if cause is None or delta == 0:
            continue
        cause.votes = max(0, cause.votes + delta)
        changed.append(cause_id)
    return Changes.of(CauseRow, *changed) if changed else Changes()


def _check_count(vote_round: VoteRound, count: int, total: int) -> None:
    cap = vote_round.cap_per_item
    if cap > 0 and count > cap:
        raise ValidationError(
            f"Högst {cap} röster per punkt i den här omröstningen, men du skrev {count}. "
            "Räkna prickarna igen eller höj taket i omröstningens inställningar.",
            f"At most {cap} votes per item in this vote, but you entered {count}. "
            "Count the dots again or raise the cap in the vote's settings.",
            field="count",
        )
    budget = vote_round.votes_per_person * vote_round.participants
    if vote_round.participants > 0 and total > budget:
        raise ValidationError(
            f"Totalt {total} röster är fler än rummet har: {vote_round.votes_per_person} röster × "
            f"{vote_round.participants} deltagare = {budget}. Räkna prickarna igen eller ändra antalet deltagare.",
            f"A total of {total} votes is more than the room has: {vote_round.votes_per_person} votes × "
            f"{vote_round.participants} participants = {budget}. Count the dots again or change the participants.",
            field="count",
        )


def _check_item_exists(session: Session, item_kind: str, item_id: int) -> None:
    model, _ = _label_query(item_kind)
    if session.get(model, item_id) is None:
        raise NotFoundError(
            "Punkten finns inte längre; den kan ha tagits bort. Uppdatera vyn.",
            "The item no longer exists; it may have been removed. Refresh the view.",
        )


def _round(session: Session, round_id: int) -> VoteRound:
    vote_round = session.get(VoteRound, round_id)
    if vote_round is None:
        raise NotFoundError(
            "Omröstningen finns inte längre; den kan ha tagits bort. Uppdatera vyn.",
            "The vote no longer exists; it may have been removed. Refresh the view.",
        )
    return vote_round


def _audit(session: Session, action: str, round_id: int, detail: Mapping[str, object]) -> None:
    session.add(AuditEntry(action=action, entity="vote_round", entity_id=round_id, detail=json.dumps(detail)))
