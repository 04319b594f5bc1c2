"""Breach records (R-2011-d): the breach, its affected accounts with per-account notice state, law-enforcement
holds, consultations with the investigating agency and public disclosures. Kept at least two years."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, UTCDateTime


class Breach(Base):
    """One breach, decided under the regime in force when it was reasonably determined (E19).

    Deadlines are stored when they are computed, so a later change of the holiday calendar never moves a
    deadline the carrier already worked to.
    """

    __tablename__ = "breaches"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    regime: Mapped[str] = mapped_column(String(10))
    discovered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    determined_at: Mapped[datetime] = mapped_column(UTCDateTime())
    description: Mapped[str] = mapped_column(Text)
    cpni_involved: Mapped[str] = mapped_column(Text)
    circumstances: Mapped[str] = mapped_column(Text)
    # 2024 regime only: None means "not assessed", treated as likely (the conservative reading).
    harm_reasonably_likely: Mapped[bool | None] = mapped_column(Boolean)
    affected_account_count: Mapped[int] = mapped_column(Integer, default=0)
    notified_account_count: Mapped[int] = mapped_column(Integer, default=0)
    law_enforcement_notice_due_by: Mapped[datetime] = mapped_column(UTCDateTime())
    law_enforcement_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    law_enforcement_reference: Mapped[str | None] = mapped_column(String(200))
    urgent_need: Mapped[bool] = mapped_column(Boolean, default=False)
    customer_notice_not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fcc_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fcc_reference: Mapped[str | None] = mapped_column(String(200))
    customer_notice_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    customer_notice_completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A correction (design.md §5): a breach recorded by mistake is voided with a reason, never deleted; it
    # then owes nothing and leaves the certification's counts.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    void_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BreachAffectedAccount(Base):
    """An account affected by a breach. The primary key makes each account's notice happen once: a batch
    marks `notified_at` in the same transaction as the account's outbox event (R-2011-c)."""

    __tablename__ = "breach_affected_accounts"

    breach_id: Mapped[str] = mapped_column(String(40), ForeignKey("breaches.id"), primary_key=True)
    account_id: Mapped[str] = mapped_column(
        String(40), ForeignKey("accounts.id"), primary_key=True, index=True
    )
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    event_id: Mapped[str | None] = mapped_column(String(40))


class LawEnforcementHold(Base):
    """R-2011-b-3: an investigating agency's written direction not to notify customers or disclose publicly,
    for an initial period of up to 30 days, extendable in writing. Logged, never edited (a release is a
    separate fact)."""

    __tablename__ = "breach_law_enforcement_holds"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    breach_id: Mapped[str] = mapped_column(String(40), ForeignKey("breaches.id"), index=True)
    agency: Mapped[str] = mapped_column(String(200))
    directed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    until: Mapped[datetime] = mapped_column(UTCDateTime())
    written_direction_reference: Mapped[str | None] = mapped_column(String(200))
    extends_hold_id: Mapped[str | None] = mapped_column(
        String(40), ForeignKey("breach_law_enforcement_holds.id")
    )
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    release_reference: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AgencyConsultation(Base):
    """R-2011-b-2: a consultation with the investigating agency, which the urgent path requires."""

    __tablename__ = "breach_agency_consultations"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    breach_id: Mapped[str] = mapped_column(String(40), ForeignKey("breaches.id"), index=True)
    agency: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(200))
    consulted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PublicDisclosure(Base):
    """R-2011-a: a public disclosure of the breach (press, website, a state-law notice), allowed only when a
    customer notice would be."""

    __tablename__ = "breach_public_disclosures"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    breach_id: Mapped[str] = mapped_column(String(40), ForeignKey("breaches.id"), index=True)
    channel: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text)
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
