from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, String
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, UTCDateTime


class ThirdParty(Base):
    """A recipient of CPNI other than the carrier itself: its kind decides the approval it needs (R-2007-b,
    E16), its confidentiality agreement and, for agents, the acknowledged use limitation are safeguards."""

    __tablename__ = "third_parties"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    provides_communications_related_services: Mapped[bool] = mapped_column(Boolean)
    agreement_reference: Mapped[str | None] = mapped_column(String(200))
    agreement_signed_on: Mapped[date | None] = mapped_column(Date)
    agreement_expires_on: Mapped[date | None] = mapped_column(Date)
    use_limitation_acknowledged_on: Mapped[date | None] = mapped_column(Date)
    use_limitation_reference: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
