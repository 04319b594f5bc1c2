from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, FetchedValue, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, BigIntPK, UTCDateTime


class Event(Base):
    """The transactional outbox and the pull feed: one row per event, written with the change it reports."""

    __tablename__ = "events"

    seq: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(40), unique=True)
    type: Mapped[str] = mapped_column(String(100))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    account_id: Mapped[str | None] = mapped_column(String(40))
    correlation_id: Mapped[str] = mapped_column(String(128))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Set when the dispatcher has created this event's deliveries (fan-out to the mailer's targets).
    fanned_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The writing transaction's id on PostgreSQL (0 on SQLite). The pull feed is ordered by (txid, seq)
    # and shows only transactions older than every running one, so a late commit can never appear
    # behind a reader's cursor (ADR 0009).
    txid: Mapped[int] = mapped_column(BigInteger, server_default=FetchedValue())

    __table_args__ = (
        Index("ix_events_txid_seq", "txid", "seq"),
        # The dispatcher's fan-out scan touches only events not yet fanned out.
        Index(
            "ix_events_pending_fan_out",
            "seq",
            postgresql_where=text("fanned_out_at IS NULL"),
            sqlite_where=text("fanned_out_at IS NULL"),
        ),
    )


class WebhookEndpoint(Base):
    """A receiver of signed webhook deliveries. Its signing secret is derived, never stored (ADR 0009)."""

    __tablename__ = "webhook_endpoints"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    url: Mapped[str] = mapped_column(String(2048))
    # A digest of the URL as a receiver (url_policy.url_key): one live endpoint per receiver (ADR 0025).
    # Null only for endpoints older than the rule that repeated an earlier one's URL.
    url_key: Mapped[str | None] = mapped_column(String(64))
    event_types: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str | None] = mapped_column(String(200))
    secret_generation: Mapped[int] = mapped_column(Integer, default=1)
    # During a rotation the previous secret also signs until this instant.
    previous_secret_valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disabled_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index(
            "ix_webhook_endpoints_live_url_key",
            "url_key",
            unique=True,
            postgresql_where=text("deleted_at IS NULL"),
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class Delivery(Base):
    """One event to one target of the mailer (a webhook endpoint, or the SMTP/log/plugin mailer)."""

    __tablename__ = "deliveries"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_seq: Mapped[int] = mapped_column(BigInteger, ForeignKey("events.seq"), index=True)
    mailer: Mapped[str] = mapped_column(String(50))
    endpoint_id: Mapped[str | None] = mapped_column(String(40), ForeignKey("webhook_endpoints.id"))
    # pending -> delivered | failed (permanent 4xx) | abandoned (too many attempts)
    status: Mapped[str] = mapped_column(String(20))
    attempt_count: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_deliveries_status_next_attempt_at", "status", "next_attempt_at"),)


class DeliveryAttempt(Base):
    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    delivery_id: Mapped[str] = mapped_column(String(40), ForeignKey("deliveries.id"), index=True)
    attempt: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_ms: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))  # delivered | retryable | permanent
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    dispatcher: Mapped[str] = mapped_column(String(64))
