"""Step 9: citizen promises (medborgarlöften) and their public wording."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text


class CitizenPromise(Base):
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


class PromiseItem(Base):
    """One "vi lovar att …" line, usually built from a measure."""

    __tablename__ = "promise_item"

    id: Mapped[int_pk]
    promise_id: Mapped[int] = mapped_column(ForeignKey("citizen_promise.id", ondelete="CASCADE"), index=True)
    measure_id: Mapped[int | None] = mapped_column(ForeignKey("measure.id", ondelete="SET NULL"))
    responsible_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    wording: Mapped[long_text]
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
