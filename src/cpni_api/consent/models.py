from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, BigIntPK, UTCDateTime


class CpniNotice(Base):
    """An individual CPNI notice sent to a customer (R-2008-a/b/c), with the entities and purposes it
    names (E10) and, for opt-out, when approval may first be assumed (R-2008-d-1)."""

    __tablename__ = "cpni_notices"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(10))
    delivery: Mapped[str] = mapped_column(String(10))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[str] = mapped_column(String(50))
    email_delivery_approved: Mapped[bool] = mapped_column(Boolean)
    approval_assumable_from: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Opt-out notices: two years after sending they no longer support opt-out approval (R-2008-d-2, E8).
    supports_opt_out_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    bounced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    bounce_reason: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        Index("ix_cpni_notices_account_id_sent_at", "account_id", "sent_at"),
        Index("ix_cpni_notices_sent_at_id", "sent_at", "id"),
        Index(
            "ix_cpni_notices_bounced_at",
            "bounced_at",
            postgresql_where=text("bounced_at IS NOT NULL"),
            sqlite_where=text("bounced_at IS NOT NULL"),
        ),
    )


class CpniNoticeRecipient(Base):
    """A third party a notice names as a recipient of the CPNI (R-2008-c, E10)."""

    __tablename__ = "cpni_notice_recipients"

    notice_id: Mapped[str] = mapped_column(String(40), ForeignKey("cpni_notices.id"), primary_key=True)
    third_party_id: Mapped[str] = mapped_column(String(40), ForeignKey("third_parties.id"), primary_key=True)


class CpniNoticePurpose(Base):
    """A purpose a notice names (R-2008-c, E10)."""

    __tablename__ = "cpni_notice_purposes"

    notice_id: Mapped[str] = mapped_column(String(40), ForeignKey("cpni_notices.id"), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(50), primary_key=True)


class CpniApproval(Base):
    """One customer decision on one scope: append-only (the database refuses updates), the latest standing
    decision wins (R-2007-a-3). A grant with `interaction_id` is one-time oral consent (E11)."""

    __tablename__ = "cpni_approvals"

    seq: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(40), unique=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    scope: Mapped[str] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(10))
    method: Mapped[str] = mapped_column(String(12))
    notice_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("cpni_notices.id"), index=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    interaction_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("interactions.id"))
    covers_location: Mapped[bool] = mapped_column(Boolean)
    third_party_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("third_parties.id"))
    document_reference: Mapped[str | None] = mapped_column(String(200))
    oral_evidence: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        # The latest decision per account and scope (usage checks, eligible accounts, retention).
        Index("ix_cpni_approvals_account_id_scope_decided_at", "account_id", "scope", "decided_at", "seq"),
        # Eligible accounts for opt-in-only scopes are driven from the standing grants of that scope.
        Index(
            "ix_cpni_approvals_standing_grants",
            "scope",
            "account_id",
            postgresql_where=text("decision = 'granted' AND interaction_id IS NULL"),
            sqlite_where=text("decision = 'granted' AND interaction_id IS NULL"),
        ),
        Index("ix_cpni_approvals_decided_at_id", "decided_at", "id"),
    )


class UsageCheck(Base):
    """One answer to "may this account's CPNI be used or disclosed now, for this?" (R-2009-a), as asked and
    answered: the basis of an allowed use, including the statutory exceptions (an emergency recipient under
    47 U.S.C. 222(d)(4), the legal process under 222(c)(1)), which the annual certification counts."""

    __tablename__ = "usage_checks"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40), index=True)
    api_key_id: Mapped[str | None] = mapped_column(String(40))
    scope: Mapped[str] = mapped_column(String(40))
    purpose: Mapped[str] = mapped_column(String(60))
    third_party_id: Mapped[str | None] = mapped_column(String(40))
    campaign_id: Mapped[str | None] = mapped_column(String(40))
    interaction_id: Mapped[str | None] = mapped_column(String(40))
    includes_location: Mapped[bool] = mapped_column(Boolean)
    emergency_recipient: Mapped[str | None] = mapped_column(String(40))
    legal_process: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    decision: Mapped[str] = mapped_column(String(10))
    reason_code: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(60))
    basis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    available_from: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_usage_checks_purpose_decided_at", "purpose", "decided_at"),)
