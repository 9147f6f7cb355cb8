"""Step 8: the action plan as its own decided document, in versions beside the signed agreement.

The law (2023:196) has the kommun decide an åtgärdsplan; each decision is recorded (beslutande organ, datum,
paragraf, diarienummer) and freezes that version's content. A new version never touches the agreement.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text, utcnow


class ActionPlan(Base):
    __tablename__ = "action_plan"
    __table_args__ = (UniqueConstraint("collaboration_id", "version"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[short_text]
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    decided_by: Mapped[short_text]  # beslutande organ, e.g. kommunstyrelsen
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    paragraph: Mapped[short_text]  # § in the minutes
    diarienummer: Mapped[short_text]
    status: Mapped[str] = mapped_column(default="utkast", server_default="utkast")
    document_id: Mapped[short_text]
    content_json: Mapped[long_text]
    content_hash: Mapped[short_text]
    decided_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
