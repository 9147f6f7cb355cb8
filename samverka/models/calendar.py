"""The årshjul: the collaboration's recurring year (lägesbild meetings, survey, styrgrupp, reports, renewals).

An event is either a month (and day) in every year, or a concrete date range; `recurs_yearly` repeats it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text


class CalendarEvent(Base):
    __tablename__ = "calendar_event"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    title: Mapped[short_text]
    kind: Mapped[str] = mapped_column(default="annat", server_default="annat")
    month: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    day: Mapped[int | None] = mapped_column(Integer)  # None: some time in the month
    start_date: Mapped[dt.date | None] = mapped_column(Date)  # a concrete range wins over month/day
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    recurs_yearly: Mapped[bool] = mapped_column(default=True, server_default="1")
    note: Mapped[long_text]
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
