"""Step 7: the agreement's versions, editable sections, signatories and signatures."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, LargeBinary, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samverka.models.base import Base, int_pk, long_text, short_text, utcnow


class Agreement(Base):
    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("collaboration_id", "version"),)

    id: Mapped[int_pk]
    collaboration_id: Mapped[int] = mapped_column(ForeignKey("collaboration.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[short_text]
    status: Mapped[str] = mapped_column(default="utkast", server_default="utkast")
    document_id: Mapped[short_text]
    content_json: Mapped[long_text]
    content_hash: Mapped[short_text]
    locked_at: Mapped[dt.datetime | None]
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class AgreementSection(Base):
    """A section the facilitator edited; unedited sections are generated from the earlier steps."""

    __tablename__ = "agreement_section"
    __table_args__ = (UniqueConstraint("agreement_id", "key"),)

    id: Mapped[int_pk]
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    key: Mapped[short_text]
    body: Mapped[long_text]


class Signatory(Base):
    __tablename__ = "signatory"

    id: Mapped[int_pk]
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    name: Mapped[short_text]
    title: Mapped[short_text]
    organisation: Mapped[short_text]
    place: Mapped[short_text]
    field_name: Mapped[short_text]
    sort_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Signature(Base):
    __tablename__ = "signature"

    id: Mapped[int_pk]
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatory.id", ondelete="SET NULL"))
    method: Mapped[str] = mapped_column(default="pades", server_default="pades")
    signer_name: Mapped[short_text]
    certificate_fingerprint: Mapped[short_text]
    self_signed: Mapped[bool] = mapped_column(default=False, server_default="0")
    signed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    signed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The certificate belongs to someone else than the named signatory, and the facilitator accepted that.
    other_signer_accepted: Mapped[bool] = mapped_column(default=False, server_default="0")
