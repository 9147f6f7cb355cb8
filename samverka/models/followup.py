"""Step 10: status updates per measure, follow-up reports, and the audit log of every change."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text, utcnow


class StatusUpdate(Base):
    __tablename__ = "status_update"

    id: Mapped[int_pk]
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(default="pågår", server_default="pågår")
    percent_done: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    note: Mapped[long_text]
    reported_by: Mapped[short_text]


class FollowUpReport(Base):
    __tablename__ = "follow_up_report"

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    period: Mapped[short_text]
    type: Mapped[str] = mapped_column(default="årlig", server_default="årlig")
    date: Mapped[dt.date | None] = mapped_column(Date)
    findings: Mapped[long_text]
    recommendations: Mapped[long_text]
    sent_to: Mapped[short_text]


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int_pk]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    action: Mapped[short_text]
    entity: Mapped[short_text]
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[long_text]
