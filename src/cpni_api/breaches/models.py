"""Breach records (R-2011-d): the breach, its affected accounts with per-account notice state, law-enforcement
holds, consultations with the investigating agency and public disclosures. Kept at least two years."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
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
    # The 2024 record (R-2011-NEW-2, -4, -8, -10), each part optional so a breach is recorded at once and
    # completed as the investigation learns more. None everywhere keeps every duty (ADR 0050).
    intent: Mapped[str | None] = mapped_column(String(20))
    cpni_kinds: Mapped[list[str] | None] = mapped_column(JSON)
    pii_kinds: Mapped[list[str] | None] = mapped_column(JSON)
    # {by_employee_or_agent, acquired_in_good_faith, not_used_improperly_or_further_disclosed, reason}
    good_faith_exception: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    affected_customer_count: Mapped[int | None] = mapped_column(Integer)
    affected_customer_count_basis: Mapped[str | None] = mapped_column(Text)
    harm_basis: Mapped[str | None] = mapped_column(Text)
    harm_assessed_by: Mapped[str | None] = mapped_column(String(200))
    # {data_encrypted, key_compromised, evidence}
    encryption: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    method_of_compromise: Mapped[str | None] = mapped_column(Text)
    incident_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    incident_ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # {carrier_usd, customers_usd, note}
    estimated_financial_loss: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    credit_protection_offered: Mapped[str | None] = mapped_column(Text)
    # The agency report exactly as submitted to the central reporting facility (R-2011-NEW-3, -4).
    agency_report_submitted: Mapped[dict[str, Any] | None] = mapped_column(JSON)
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


class BreachSummaryFiling(Base):
    """R-2011-NEW-5: the annual summary of the breaches excepted from the agency notice, as filed."""

    __tablename__ = "breach_summary_filings"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reference: Mapped[str] = mapped_column(String(200))
    breach_ids: Mapped[list[str]] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
