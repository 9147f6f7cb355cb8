"""Steps 3 and 4: problem candidates, Brå's priority criteria, scores and tally votes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text, utcnow


class ProblemCandidate(Base):
    __tablename__ = "problem_candidate"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    title: Mapped[short_text]
    description: Mapped[long_text]
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    category: Mapped[short_text]
    raised_by_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    selected: Mapped[bool] = mapped_column(default=False, server_default="0")
    rationale: Mapped[long_text]
    dialogue_basis: Mapped[long_text]  # what the citizen dialogue said about it, where one was held
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PriorityCriterion(Base):
    __tablename__ = "priority_criterion"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    description: Mapped[long_text]
    weight: Mapped[float] = mapped_column(Float, default=1.0, server_default="1")
    # A filter (resources, ability to influence) is passed or failed, never added to the score.
    is_filter: Mapped[bool] = mapped_column(default=False, server_default="0")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PriorityScore(Base):
    __tablename__ = "priority_score"
    __table_args__ = (UniqueConstraint("candidate_id", "criterion_id"),)

    id: Mapped[int_pk]
    candidate_id: Mapped[int] = mapped_column(ForeignKey("problem_candidate.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("priority_criterion.id", ondelete="CASCADE"), index=True)
    score: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    comment: Mapped[long_text]


class VoteRound(Base):
    """One round of tally voting in the room: the facilitator enters the dot counts."""

    __tablename__ = "vote_round"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    item_kind: Mapped[str] = mapped_column(default="problem_candidate", server_default="problem_candidate")
    title: Mapped[short_text]
    votes_per_person: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    cap_per_item: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    participants: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    revealed: Mapped[bool] = mapped_column(default=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VoteCount(Base):
    __tablename__ = "vote_count"
    __table_args__ = (UniqueConstraint("round_id", "item_id"),)

    id: Mapped[int_pk]
    round_id: Mapped[int] = mapped_column(ForeignKey("vote_round.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[int]
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
