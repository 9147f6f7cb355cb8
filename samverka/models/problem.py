"""Steps 5 and 6: problems with the six questions, and one cause graph per problem."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text


class Problem(Base):
    __tablename__ = "problem"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int | None] = mapped_column(ForeignKey("problem_candidate.id", ondelete="SET NULL"))
    title: Mapped[short_text]
    statement: Mapped[long_text]
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    focus_area: Mapped[short_text]
    vad: Mapped[long_text]
    var: Mapped[long_text]
    nar: Mapped[long_text]
    vem_vad_orsakar: Mapped[long_text]
    varfor: Mapped[long_text]
    skada: Mapped[long_text]
    in_focus: Mapped[bool] = mapped_column(default=True, server_default="1")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    carried_from: Mapped[int | None] = mapped_column(Integer)  # its id in the previous period's file


class AffectedGroup(Base):
    __tablename__ = "affected_group"

    id: Mapped[int_pk]
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    women_pct: Mapped[float | None] = mapped_column(Float)
    men_pct: Mapped[float | None] = mapped_column(Float)
    age_band: Mapped[short_text]
    note: Mapped[long_text]


class ProblemEvidence(Base):
    __tablename__ = "problem_evidence"

    id: Mapped[int_pk]
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    observation_id: Mapped[int | None] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"))
    survey_result_id: Mapped[int | None] = mapped_column(ForeignKey("survey_result.id", ondelete="CASCADE"))


class FishboneBone(Base):
    """A bone the facilitator adds beside Brå's three (brottsutsatt, gärningsperson, objekt/plats)."""

    __tablename__ = "fishbone_bone"

    id: Mapped[int_pk]
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Cause(Base):
    """A node of the problem's cause graph; the canvases are views of these rows.

    The event chain (händelsekedja) places a cause before, during or after the problem event (`chain_phase`),
    ordered by `chain_position`; the five-whys chain has its own order (`why_position`).
    """

    __tablename__ = "cause"

    id: Mapped[int_pk]
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("cause.id", ondelete="CASCADE"), index=True)
    text: Mapped[long_text]
    kind: Mapped[str] = mapped_column(default="direkt", server_default="direkt")
    triangle_side: Mapped[str] = mapped_column(default="", server_default="")
    controller_role: Mapped[str] = mapped_column(default="", server_default="")
    fishbone_bone: Mapped[str] = mapped_column(default="", server_default="")
    chain_position: Mapped[int | None] = mapped_column(Integer)
    chain_phase: Mapped[str] = mapped_column(default="", server_default="")
    why_position: Mapped[int | None] = mapped_column(Integer)
    perspective: Mapped[str] = mapped_column(default="", server_default="")
    confidence: Mapped[str] = mapped_column(default="medel", server_default="medel")
    votes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_in_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CauseEvidence(Base):
    __tablename__ = "cause_evidence"

    id: Mapped[int_pk]
    cause_id: Mapped[int] = mapped_column(ForeignKey("cause.id", ondelete="CASCADE"), index=True)
    observation_id: Mapped[int | None] = mapped_column(ForeignKey("observation.id", ondelete="CASCADE"))
    survey_result_id: Mapped[int | None] = mapped_column(ForeignKey("survey_result.id", ondelete="CASCADE"))


class Controller(Base):
    """Who could control the problem: handler, guardian or place manager."""

    __tablename__ = "controller"

    id: Mapped[int_pk]
    problem_id: Mapped[int] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(default="guardian", server_default="guardian")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    description: Mapped[long_text]
    effectiveness_note: Mapped[long_text]
