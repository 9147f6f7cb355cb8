"""Step 9: citizen promises (medborgarlöften), their versions, public wording and kept-or-not status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text


class CitizenPromise(Base):
    """One version of a promise; a renewal is a new row (next version, new period) that `renews_id` the old one."""

    __tablename__ = "citizen_promise"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    title: Mapped[short_text]
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id", ondelete="SET NULL"))
    target_group: Mapped[short_text]
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    direction_text: Mapped[long_text]
    background_text: Mapped[long_text]
    how_produced_text: Mapped[long_text]
    follow_up_text: Mapped[long_text]
    contribute_text: Mapped[long_text]
    publication_channels: Mapped[short_text]
    published_date: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    dialogue_basis: Mapped[long_text]  # the citizen dialogue the promise builds on
    # The version this one renews; a plain id (not a foreign key), kept coherent by promise_service.
    renews_id: Mapped[int | None] = mapped_column(Integer)


class PromiseItem(Base):
    """One "vi lovar att …" line, usually built from a measure, with its quantified activity."""

    __tablename__ = "promise_item"

    id: Mapped[int_pk]
    promise_id: Mapped[int] = mapped_column(ForeignKey("citizen_promise.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id", ondelete="SET NULL"))
    responsible_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    wording: Mapped[long_text]
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # "Tillsammans lovar vi": every party owns the line (then no single responsible party is needed).
    all_parties: Mapped[bool] = mapped_column(default=False, server_default="0")
    activity_count: Mapped[int | None] = mapped_column(Integer)  # e.g. 26
    activity_unit: Mapped[short_text]  # e.g. "kvällar"
    place: Mapped[short_text]
    when_text: Mapped[short_text]
    report_back_date: Mapped[dt.date | None] = mapped_column(Date)


class PromiseItemStatus(Base):
    """Follow-up of one promise line: kept, partly kept or not kept, and how many activities were done."""

    __tablename__ = "promise_item_status"

    id: Mapped[int_pk]
    promise_item_id: Mapped[int] = mapped_column(ForeignKey("promise_item.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(default="hållet", server_default="hållet")
    done_count: Mapped[int | None] = mapped_column(Integer)
    comment: Mapped[long_text]
