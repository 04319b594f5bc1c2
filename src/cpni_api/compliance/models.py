"""Compliance records (R-2009-b/e/f): complaints, actions against pretexters and data brokers, opt-out
mechanism failures, agent trainings and disciplinary actions. The annual certification reads them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, UTCDateTime


class Complaint(Base):
    """R-2009-e: a customer complaint about unauthorized release of CPNI, by category."""

    __tablename__ = "complaints"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    category: Mapped[str] = mapped_column(String(50))
    summary: Mapped[str] = mapped_column(Text)
    account_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("accounts.id"), index=True)
    resolution: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PretexterAction(Base):
    """R-2009-e: an action taken against a pretexter or data broker (the certification explains them)."""

    __tablename__ = "pretexter_actions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    kind: Mapped[str] = mapped_column(String(50))
    target: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OptOutFailure(Base):
    """R-2009-f: opt-out mechanisms that did not work properly, more than an anomaly; the FCC gets a written
    notice within 5 business days."""

    __tablename__ = "opt_out_failures"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    mechanisms: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text)
    remedy: Mapped[str | None] = mapped_column(Text)
    remedy_expected_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    state_commission_notified: Mapped[bool] = mapped_column(Boolean, default=False)
    fcc_notice_due_by: Mapped[datetime] = mapped_column(UTCDateTime())
    fcc_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fcc_reference: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DisciplinaryAction(Base):
    """R-2009-b: the express disciplinary process, one row per action against an agent."""

    __tablename__ = "disciplinary_actions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(100), index=True)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    action: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    complaint_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("complaints.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AgentTraining(Base):
    """R-2009-b: an agent's completed training on when CPNI may and may not be used."""

    __tablename__ = "agent_trainings"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(100))
    course: Mapped[str] = mapped_column(String(200))
    completed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_agent_trainings_agent_id_completed_at", "agent_id", "completed_at"),)


class CarrierProfile(Base):
    """The carrier the annual certification is filed for (R-2009-e): one row, `id` "carrier". Its names are
    the filing's: the legal name, the Form 499 Filer ID, the FCC Registration Number, the signing officer."""

    __tablename__ = "carrier_profiles"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(300))
    filer_id_499: Mapped[str] = mapped_column(String(20))
    frn: Mapped[str | None] = mapped_column(String(20))
    officer_name: Mapped[str] = mapped_column(String(200))
    officer_title: Mapped[str] = mapped_column(String(200))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_phone: Mapped[str | None] = mapped_column(String(50))
    contact_email: Mapped[str | None] = mapped_column(String(320))
    counsel: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CertificationFiling(Base):
    """R-2009-e: the record that the certification for `year` was filed in EB Docket No. 06-36. A year may
    have several (an amended filing); the first one decides whether it was on time."""

    __tablename__ = "certification_filings"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirmation_number: Mapped[str] = mapped_column(String(200))
    signed_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
