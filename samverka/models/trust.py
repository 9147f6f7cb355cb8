"""The certificates a collaboration trusts when it checks signatures (the issuers its organisations use)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, short_text, utcnow


class TrustedCertificate(Base):
    __tablename__ = "trusted_certificate"
    __table_args__ = (UniqueConstraint("collaboration_id", "fingerprint"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    label: Mapped[short_text]  # the certificate's subject, as people read it
    fingerprint: Mapped[short_text]  # SHA-256, colon-separated upper-case hex
    certificate: Mapped[bytes] = mapped_column(LargeBinary, default=b"")  # DER
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
