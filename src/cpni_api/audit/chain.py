"""Tamper evidence for the audit trail: sealing records into an HMAC chain, and verifying it (ADR 0004).

Requests only insert audit rows. A sealer, run in batches by `cpni-api serve` (or `cpni-api audit seal`),
appends one chain link per record. Verification walks the links in order and reports the first break:
a missing link, an altered link, a deleted record or an edited record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, exists, func, insert, select, text
from sqlalchemy.orm import Session

from cpni_api.audit.models import AuditChainLink, AuditRecord
from cpni_api.core.commit_order import in_commit_order

GENESIS = "0" * 64
# Serialises sealers across replicas on PostgreSQL; SQLite's BEGIN IMMEDIATE already does.
_SEAL_LOCK_ID = 0x63706E69  # "cpni"


# The sealer reads plain columns and inserts links in one executemany: a round holds the database (on
# SQLite, its only connection) for as short a time as possible (ADR 0014).
_records = cast(Table, AuditRecord.__table__)
_chain = cast(Table, AuditChainLink.__table__)
_INSERT_LINK = insert(_chain)


def record_hash(record: Any) -> str:
    """A hash over every field of the record (an AuditRecord, or a row of its columns), in a canonical JSON
    form."""
    canonical = json.dumps(
        {
            "seq": record.seq,
            "id": record.id,
            "occurred_at": record.occurred_at.isoformat(),
            "action": record.action,
            "api_key_id": record.api_key_id,
            "agent_id": record.agent_id,
            "account_id": record.account_id,
            "subject_type": record.subject_type,
            "subject_id": record.subject_id,
            "outcome": record.outcome,
            "details": record.details,
            "correlation_id": record.correlation_id,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def link_hash(key: str, previous: str, record_digest: str) -> str:
    return hmac.new(key.encode(), (previous + record_digest).encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Position:
    """A place in commit order (core/commit_order.py)."""

    txid: int
    seq: int


def seal_pending(session: Session, *, key: str, now: datetime, batch_size: int) -> int:
    """Appends chain links for up to `batch_size` unsealed records; returns how many it sealed.

    Records are sealed in commit order (txid, seq), resuming after the last link, and on PostgreSQL only
    those of transactions older than every running one: a record whose transaction commits late is sealed
    in its place in that order, never skipped, and a round reads only new records (an index range).
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:lock_id)"), {"lock_id": _SEAL_LOCK_ID})
    last = connection.execute(
        select(_chain.c.position, _chain.c.record_txid, _chain.c.record_seq, _chain.c.chain_hash)
        .order_by(_chain.c.position.desc())
        .limit(1)
    ).first()
    after = Position(last.record_txid, last.record_seq) if last is not None else None
    pending = connection.execute(
        in_commit_order(session, select(_records), _records.c, after=after).limit(batch_size)
    ).all()
    if not pending:
        return 0
    position = last.position if last is not None else 0
    previous = last.chain_hash if last is not None else GENESIS
    links = []
    for record in pending:
        position += 1
        digest = record_hash(record)
        previous = link_hash(key, previous, digest)
        links.append(
            {
                "position": position,
                "record_seq": record.seq,
                "record_txid": record.txid,
                "record_hash": digest,
                "chain_hash": previous,
                "sealed_at": now,
            }
        )
    connection.execute(_INSERT_LINK, links)
    return len(pending)


@dataclass(frozen=True)
class ChainBreak:
    position: int
    record_seq: int | None
    record_id: str | None
    problem: str


@dataclass(frozen=True)
class VerifyReport:
    links_checked: int
    unsealed_records: int
    first_break: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.first_break is None


def _links(session: Session, page: int) -> Iterator[AuditChainLink]:
    after = 0
    while True:
        batch = session.scalars(
            select(AuditChainLink)
            .where(AuditChainLink.position > after)
            .order_by(AuditChainLink.position)
            .limit(page)
        ).all()
        if not batch:
            return
        yield from batch
        after = batch[-1].position
        session.expunge_all()


def verify_chain(session: Session, *, key: str, page: int = 1000) -> VerifyReport:
    """Walks the whole chain from the genesis and stops at the first broken link."""
    previous = GENESIS
    expected_position = 1
    checked = 0
    for link in _links(session, page):
        found = _check_link(session, key, link, previous, expected_position)
        if found is not None:
            return VerifyReport(checked, count_unsealed(session), found)
        previous = link.chain_hash
        expected_position += 1
        checked += 1
    return VerifyReport(checked, count_unsealed(session), None)


def _check_link(
    session: Session, key: str, link: AuditChainLink, previous: str, expected_position: int
) -> ChainBreak | None:
    if link.position != expected_position:
        return ChainBreak(expected_position, None, None, "chain link missing")
    if not hmac.compare_digest(link.chain_hash, link_hash(key, previous, link.record_hash)):
        return ChainBreak(link.position, link.record_seq, None, "chain link altered")
    record = session.scalars(select(AuditRecord).where(AuditRecord.seq == link.record_seq)).first()
    if record is None:
        return ChainBreak(link.position, link.record_seq, None, "audit record deleted")
    if not hmac.compare_digest(link.record_hash, record_hash(record)):
        return ChainBreak(link.position, record.seq, record.id, "audit record edited")
    return None


def count_unsealed(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(AuditRecord)
            .where(~exists().where(AuditChainLink.record_seq == AuditRecord.seq))
        )
        or 0
    )
