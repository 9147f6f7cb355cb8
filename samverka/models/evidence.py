"""Step 2: areas, data sources, observations and safety-survey results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text, utcnow


class Area(Base):
    __tablename__ = "area"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    name: Mapped[short_text]
    code: Mapped[short_text]
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    type: Mapped[str] = mapped_column(default="delområde", server_default="delområde")
    police_classification: Mapped[str] = mapped_column(default="ingen", server_default="ingen")


class AreaAlias(Base):
    """Maps a code or name used in an import (for example an old area name) to an area."""

    __tablename__ = "area_alias"
    __table_args__ = (UniqueConstraint("collaboration_id", "alias"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    alias: Mapped[short_text]
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))


class DataSource(Base):
    __tablename__ = "data_source"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(default="annat", server_default="annat")
    name: Mapped[short_text]
    owner_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    period: Mapped[short_text]
    description: Mapped[long_text]
    confidentiality: Mapped[str] = mapped_column(default="öppen", server_default="öppen")


class LagesbildContribution(Base):
    """One party's own lägesbild, with the sources it rests on (Brå's "egna förberedelser")."""

    __tablename__ = "lagesbild_contribution"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    text: Mapped[long_text]
    sources: Mapped[long_text]
    date: Mapped[dt.date | None] = mapped_column(Date)
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Observation(Base):
    __tablename__ = "observation"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("data_source.id", ondelete="SET NULL"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    category: Mapped[short_text]
    description: Mapped[long_text]
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[short_text]
    trend: Mapped[str] = mapped_column(default="okänd", server_default="okänd")
    # Time pattern: weekdays as digits 1 (Monday) to 7, hours as [hour_from, hour_to), wrapping past midnight.
    weekdays: Mapped[short_text]
    hour_from: Mapped[int | None] = mapped_column(Integer)
    hour_to: Mapped[int | None] = mapped_column(Integer)
    season: Mapped[short_text]
    date: Mapped[dt.date | None] = mapped_column(Date)
    reported_by_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))


class SurveyImport(Base):
    """One import run: where the values came from, kept so a corrected release can replace them."""

    __tablename__ = "survey_import"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[short_text]
    sha256: Mapped[short_text]
    sheet: Mapped[short_text]
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    rows_accepted: Mapped[int] = mapped_column(default=0, server_default="0")
    rows_rejected: Mapped[int] = mapped_column(default=0, server_default="0")


class SurveyResult(Base):
    __tablename__ = "survey_result"
    __table_args__ = (
        UniqueConstraint(
            "collaboration_id", "survey", "year", "area_code", "item_code", "value_type", "breakdown",
            name="uq_survey_result_key",
        ),
        Index("ix_survey_result_item_year", "collaboration_id", "item_code", "year"),
    )

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"))
    import_id: Mapped[int | None] = mapped_column(ForeignKey("survey_import.id", ondelete="SET NULL"))
    survey: Mapped[short_text]
    year: Mapped[int]
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    area_code: Mapped[short_text]
    area_name: Mapped[short_text]
    group: Mapped[short_text]
    item_code: Mapped[short_text]
    item_label: Mapped[short_text]
    value_type: Mapped[str] = mapped_column(default="index_0_6", server_default="index_0_6")
    value: Mapped[float] = mapped_column(Float)
    breakdown: Mapped[str] = mapped_column(default="alla", server_default="alla")
    n_respondents: Mapped[int | None] = mapped_column(Integer)
    n_sent: Mapped[int | None] = mapped_column(Integer)
    response_rate: Mapped[float | None] = mapped_column(Float)
    source: Mapped[short_text]


class ColumnMapping(Base):
    """A remembered column mapping for a wide survey layout, keyed by the header signature."""

    __tablename__ = "column_mapping"
    __table_args__ = (UniqueConstraint("collaboration_id", "signature"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    signature: Mapped[short_text]
    name: Mapped[short_text]
    mapping_json: Mapped[long_text]
