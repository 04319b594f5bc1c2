from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, FetchedValue, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from cpni_api.core.db import Base, BigIntPK, UTCDateTime


class AuditRecord(Base):
    """One append-only audit row: who did what to which account, when, with what outcome.

    `details` holds facts about the decision or change, never secrets and never CPNI values.
    """

    __tablename__ = "audit_records"

    seq: Mapped[int] = mapped_column(BigIntPK, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(40), unique=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    action: Mapped[str] = mapped_column(String(100))
    api_key_id: Mapped[str | None] = mapped_column(String(40))
    agent_id: Mapped[str | None] = mapped_column(String(100))
    account_id: Mapped[str | None] = mapped_column(String(40))
    subject_type: Mapped[str | None] = mapped_column(String(50))
    subject_id: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(String(50))
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    correlation_id: Mapped[str] = mapped_column(String(128))
    # The writing transaction's id on PostgreSQL (0 on SQLite), so readers page in an order that is final
    # (core/commit_order.py). Not part of the sealed hash: the chain already fixes each record's place.
    txid: Mapped[int] = mapped_column(BigInteger, server_default=FetchedValue())

    __table_args__ = (
        Index("ix_audit_records_txid_seq", "txid", "seq"),
        Index("ix_audit_records_account_id_txid_seq", "account_id", "txid", "seq"),
    )


class AuditChainLink(Base):
    """The tamper-evidence chain, written by the sealer in commit order, never by requests (ADR 0004).

    Link n binds record `record_seq` to link n-1: chain_hash = HMAC(key, previous chain_hash + record_hash).
    """

    __tablename__ = "audit_chain"

    position: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    record_seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    # The record's commit-order position, so the sealer resumes after the last link without reading it.
    record_txid: Mapped[int] = mapped_column(BigInteger)
    record_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
