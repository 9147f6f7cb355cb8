"""Step 1: the collaboration, its parties, people, groups and meetings."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text, utcnow


def new_uid() -> str:
    return uuid.uuid4().hex


class Collaboration(Base):
    __tablename__ = "collaboration"

    id: Mapped[int_pk]
    name: Mapped[short_text]
    kommun: Mapped[short_text]
    lokalpolisomrade: Mapped[short_text]
    polisregion: Mapped[short_text]
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(default="utkast", server_default="utkast")
    overall_goal: Mapped[long_text]
    background: Mapped[long_text]
    lagesbild_summary: Mapped[long_text]
    organisation_text: Mapped[long_text]
    documentation_text: Mapped[long_text]
    followup_text: Mapped[long_text]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The law's parts of a lägesbild (2023:196 §4): extent, consequences, other relevant information, analysis.
    lagesbild_extent: Mapped[long_text]
    lagesbild_consequences: Mapped[long_text]
    lagesbild_other: Mapped[long_text]
    lagesbild_analysis: Mapped[long_text]
    # A stable identity across copies and periods, and the link back to the previous period's file.
    uid: Mapped[str] = mapped_column(default=new_uid, server_default="")
    previous_uid: Mapped[short_text]
    previous_file: Mapped[short_text]
    previous_name: Mapped[short_text]


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    type: Mapped[str] = mapped_column(default="annan", server_default="annan")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    responsibilities: Mapped[long_text]
    resources: Mapped[long_text]  # what the party puts in (people, money, premises)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    title: Mapped[short_text]
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    email: Mapped[short_text]
    phone: Mapped[short_text]
    is_signatory: Mapped[bool] = mapped_column(default=False, server_default="0")


class Membership(Base):
    __tablename__ = "membership"

    id: Mapped[int_pk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    group: Mapped[str] = mapped_column(default="workshop", server_default="workshop")
    role: Mapped[str] = mapped_column(default="deltagare", server_default="deltagare")
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class Meeting(Base):
    __tablename__ = "meeting"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    title: Mapped[short_text]
    step: Mapped[int | None]
    date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[short_text]
    facilitator_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    agenda: Mapped[long_text]
    minutes: Mapped[long_text]
    decisions: Mapped[long_text]


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int_pk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)


class StepNote(Base):
    """The facilitator's private notes for one step; never shown on the projector."""

    __tablename__ = "step_note"
    __table_args__ = (UniqueConstraint("collaboration_id", "step"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    step: Mapped[int]
    text: Mapped[long_text]


class StepSetting(Base):
    """Per-step workshop settings remembered between meetings (for example the timer's default length)."""

    __tablename__ = "step_setting"
    __table_args__ = (UniqueConstraint("collaboration_id", "step"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    step: Mapped[int]
    timer_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
