from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, UTCDateTime


class Campaign(Base):
    """A sales or marketing campaign that uses CPNI (R-2009-c): what it is, the CPNI it uses and the
    products it offers. It runs only after a supervisor other than the requester approved it (R-2009-d)."""

    __tablename__ = "campaigns"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    description: Mapped[str] = mapped_column(String(2000))
    cpni_used: Mapped[list[str]] = mapped_column(JSON)
    products_offered: Mapped[list[str]] = mapped_column(JSON)
    scope: Mapped[str] = mapped_column(String(40))
    purpose: Mapped[str] = mapped_column(String(50))
    third_party_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("third_parties.id"))
    includes_location: Mapped[bool] = mapped_column(Boolean)
    requested_by: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(String(40))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CampaignReview(Base):
    """A supervisor's review of a campaign (R-2009-d). Kept with the campaign."""

    __tablename__ = "campaign_reviews"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String(40), ForeignKey("campaigns.id"), index=True)
    reviewer: Mapped[str] = mapped_column(String(100))
    decision: Mapped[str] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(String(2000))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    api_key_id: Mapped[str | None] = mapped_column(String(40))
