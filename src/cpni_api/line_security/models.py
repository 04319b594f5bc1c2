"""Line security records (R-2010-h, R-5237): the customer's locks, the number transfer PIN and its attempt
counter, every SIM-change and port-out request as asked and answered, and the history of numbers of record
and of locks. Requests and history are append-only records kept at least
`CPNI_LINE_SECURITY_RETENTION_YEARS` (R-2010-h-10, R-5237-5)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, BigIntPK, UTCDateTime


class LineLocks(Base):
    """The customer's free, opt-in locks (R-2010-h-7, R-5237-4): while one is on, SIM changes (or port-outs)
    are refused."""

    __tablename__ = "line_locks"

    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), primary_key=True)
    sim_change: Mapped[bool] = mapped_column(Boolean)
    port_out: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LineLockChange(Base):
    """Every change of a lock, with the interaction that made it (R-2010-h-10)."""

    __tablename__ = "line_lock_changes"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    lock: Mapped[str] = mapped_column(String(20))  # sim_change | port_out
    enabled: Mapped[bool] = mapped_column(Boolean)
    interaction_id: Mapped[str | None] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_line_lock_changes_account_id_changed_at", "account_id", "changed_at"),)


class TransferPin(Base):
    """The number transfer PIN a gaining carrier presents to port a number out (R-5237-2, §52.36: the
    passcode the customer asked for), as argon2id, with its attempt counter (R-5237-5, R-2010-h-5): every
    port-out request locks this row first, so concurrent guesses on any replica count one at a time."""

    __tablename__ = "transfer_pins"

    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"), primary_key=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    set_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    failure_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    window_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SimChangeRequest(Base):
    """One SIM-change request, allowed or denied, with the authentication it rested on (R-2010-h-2, -6,
    -10). `status`: denied | requested (allowed, notice sent, not yet carried out) | completed."""

    __tablename__ = "sim_change_requests"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    telephone_number: Mapped[str] = mapped_column(String(20))
    interaction_id: Mapped[str | None] = mapped_column(String(40))
    channel: Mapped[str | None] = mapped_column(String(20))
    agent_id: Mapped[str | None] = mapped_column(String(100))
    api_key_id: Mapped[str | None] = mapped_column(String(40))
    authentication_method: Mapped[str | None] = mapped_column(String(20))
    decision: Mapped[str] = mapped_column(String(10))
    reason_code: Mapped[str] = mapped_column(String(60))
    rule_ids: Mapped[list[str]] = mapped_column(JSON)
    required_verification: Mapped[str | None] = mapped_column(String(30))
    notice_event_id: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    facts: Mapped[dict[str, Any]] = mapped_column(JSON)

    __table_args__ = (
        Index("ix_sim_change_requests_account_id_requested_at", "account_id", "requested_at"),
        Index("ix_sim_change_requests_requested_at", "requested_at"),
    )


class PortOutRequest(Base):
    """One port-out request as the gaining carrier made it, allowed or denied (R-5237-2..5). `status`:
    denied | requested | completed."""

    __tablename__ = "port_out_requests"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    account_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("accounts.id"))
    telephone_number: Mapped[str] = mapped_column(String(20))
    new_provider: Mapped[str] = mapped_column(String(200))
    api_key_id: Mapped[str | None] = mapped_column(String(40))
    decision: Mapped[str] = mapped_column(String(10))
    reason_code: Mapped[str] = mapped_column(String(60))
    rule_ids: Mapped[list[str]] = mapped_column(JSON)
    notice_event_id: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_port_out_requests_account_id_requested_at", "account_id", "requested_at"),
        Index("ix_port_out_requests_requested_at", "requested_at"),
    )


class NumberOfRecordChange(Base):
    """The history of an account's telephone numbers of record: added (or ported in), removed, ported out."""

    __tablename__ = "number_of_record_changes"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    account_id: Mapped[str] = mapped_column(String(40), ForeignKey("accounts.id"))
    telephone_number: Mapped[str] = mapped_column(String(20))
    change: Mapped[str] = mapped_column(String(20))  # added | ported_in | removed | ported_out
    interaction_id: Mapped[str | None] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_number_of_record_changes_account_id_changed_at", "account_id", "changed_at"),)
