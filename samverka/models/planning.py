"""Steps 6, 8 and 10: goals, indicators, measurements, measures and the 25 techniques."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text


class ScpTechnique(Base):
    """Reference data: Cornish & Clarke's 25 techniques of situational crime prevention."""

    __tablename__ = "scp_technique"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    group_no: Mapped[int]
    group_sv: Mapped[short_text]
    group_en: Mapped[short_text]
    name_sv: Mapped[short_text]
    name_en: Mapped[short_text]
    examples_sv: Mapped[long_text]


class Indicator(Base):
    __tablename__ = "indicator"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    source_kind: Mapped[short_text]
    unit: Mapped[short_text]
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    survey_item_code: Mapped[short_text]
    survey_breakdown: Mapped[short_text]
    how_measured: Mapped[long_text]
    frequency: Mapped[short_text]
    responsible_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    carried_from: Mapped[int | None] = mapped_column(Integer)  # its id in the previous period's file


class Goal(Base):
    __tablename__ = "goal"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(default="effekt", server_default="effekt")
    text: Mapped[long_text]
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id", ondelete="SET NULL"))
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[dt.date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    accepted: Mapped[bool] = mapped_column(default=False, server_default="0")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Measurement(Base):
    __tablename__ = "measurement"

    id: Mapped[int_pk]
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    period: Mapped[short_text]
    date: Mapped[dt.date | None] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    n: Mapped[int | None] = mapped_column(Integer)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("data_source.id", ondelete="SET NULL"))
    note: Mapped[long_text]


class Measure(Base):
    __tablename__ = "measure"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    problem_id: Mapped[int | None] = mapped_column(ForeignKey("problem.id", ondelete="SET NULL"), index=True)
    title: Mapped[short_text]
    description: Mapped[long_text]
    prevention_type: Mapped[str] = mapped_column(default="situationell", server_default="situationell")
    responsible_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    responsible_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    partners: Mapped[short_text]
    place: Mapped[short_text]
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    start: Mapped[dt.date | None] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    frequency: Mapped[short_text]
    resources_sek: Mapped[float | None] = mapped_column(Float)
    resources_hours: Mapped[float | None] = mapped_column(Float)
    horizon: Mapped[str] = mapped_column(default="kort", server_default="kort")
    evidence_note: Mapped[str] = mapped_column(default="", server_default="")
    status: Mapped[str] = mapped_column(default="planerad", server_default="planerad")
    is_citizen_promise: Mapped[bool] = mapped_column(default=False, server_default="0")
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    carried_from: Mapped[int | None] = mapped_column(Integer)  # its id in the previous period's file


class MeasureCause(Base):
    __tablename__ = "measure_cause"
    __table_args__ = (UniqueConstraint("measure_id", "cause_id"),)

    id: Mapped[int_pk]
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    cause_id: Mapped[int] = mapped_column(ForeignKey("cause.id", ondelete="CASCADE"), index=True)


class MeasureTechnique(Base):
    __tablename__ = "measure_technique"
    __table_args__ = (UniqueConstraint("measure_id", "technique_id"),)

    id: Mapped[int_pk]
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    technique_id: Mapped[int] = mapped_column(ForeignKey("scp_technique.id", ondelete="CASCADE"))
