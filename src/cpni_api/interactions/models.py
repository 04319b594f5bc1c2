from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, BigIntPK, UTCDateTime


class Interaction(Base):
    """One customer contact (a call, an online session, a store visit) and how the caller was verified."""

    __tablename__ = "interactions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    agent_id: Mapped[str | None] = mapped_column(String(100))
    dialed_number: Mapped[str | None] = mapped_column(String(20))
    at_number_of_record: Mapped[bool] = mapped_column(Boolean)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    authenticated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    authentication_method: Mapped[str | None] = mapped_column(String(20))
    # R-2010-h-8: why the interaction was opened; for a SIM change or port-out no CPNI until authenticated.
    purpose: Mapped[str] = mapped_column(String(20), server_default="general")


class VerificationState(Base):
    """The per-account lockout counter (R-2010-a-1). Every verification locks this row first (FOR UPDATE on
    PostgreSQL; SQLite serialises writers), so concurrent requests on any replica count one at a time."""

    __tablename__ = "verification_states"

    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), primary_key=True)
    failure_count: Mapped[int] = mapped_column(Integer)
    window_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    backup_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The slow-guessing window (ADR 0020): the instants (RFC 3339) of the failures inside it since the last
    # success or slow lock, oldest first; at most the slow threshold minus one.
    slow_failures: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))


class VerificationAttempt(Base):
    """Every verification attempt and its outcome (never the secret presented)."""

    __tablename__ = "verification_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    interaction_id: Mapped[str] = mapped_column(String(40), ForeignKey("interactions.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(50))
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_verification_attempts_account_id_attempted_at", "account_id", "attempted_at"),
    )


class OneTimeCode(Base):
    """A one-time code sent to a number or address of record. Only an HMAC digest of the code is kept."""

    __tablename__ = "one_time_codes"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    interaction_id: Mapped[str] = mapped_column(String(40), ForeignKey("interactions.id"), index=True)
    code_digest: Mapped[str] = mapped_column(String(64))
    destination: Mapped[str] = mapped_column(String(40))
    # The number of record it went to, when it went to a number: a code that went to the line a SIM change
    # would move proves nothing about who asks for the move (E25, E30).
    telephone_number: Mapped[str | None] = mapped_column(String(20))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer)
    consumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_one_time_codes_account_id_issued_at", "account_id", "issued_at"),)
