"""The consent history export: notices, bounces and decisions in time order, by account and/or date range,
as JSON or CSV, a page at a time (R-2007-a-4, R-2008-a-2: the records that prove approval).

A page is three indexed keyset queries (one per kind of entry) merged in memory, never a scan per account.
The cursor is opaque to clients: `<occurred_at>|<id>|<entry_type>` of the last entry returned.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from cpni_api.audit.trail import AuditTrail
from cpni_api.consent.models import CpniApproval, CpniNotice
from cpni_api.consent.notices import notice_terms
from cpni_api.consent.schemas import HistoryEntry
from cpni_api.core.errors import ErrorCode, ProblemError

CSV_COLUMNS = list(HistoryEntry.model_fields)


@dataclass(frozen=True)
class Cursor:
    occurred_at: datetime
    id: str
    entry_type: str

    def encode(self) -> str:
        return f"{self.occurred_at.isoformat()}|{self.id}|{self.entry_type}"

    @classmethod
    def decode(cls, value: str) -> Cursor:
        try:
            occurred, identifier, entry_type = value.split("|")
            instant = datetime.fromisoformat(occurred)
        except ValueError:
            raise ProblemError(
                ErrorCode.INVALID_CURSOR, "The cursor is not one this service issued."
            ) from None
        if instant.tzinfo is None or entry_type not in ("approval", "notice", "notice_bounce"):
            raise ProblemError(ErrorCode.INVALID_CURSOR, "The cursor is not one this service issued.")
        return cls(instant, identifier, entry_type)


def _after(
    occurred: InstrumentedAttribute[datetime] | InstrumentedAttribute[datetime | None],
    identifier: InstrumentedAttribute[str],
    entry_type: str,
    cursor: Cursor | None,
) -> list[ColumnElement[bool]]:
    """Keyset condition for (occurred_at, id, entry_type) > cursor, where entry_type is fixed per source."""
    if cursor is None:
        return []
    same_instant_id = identifier >= cursor.id if entry_type > cursor.entry_type else identifier > cursor.id
    return [or_(occurred > cursor.occurred_at, and_(occurred == cursor.occurred_at, same_instant_id))]


def exported_page(
    session: Session,
    audit: AuditTrail,
    *,
    account_id: str | None,
    start: datetime | None,
    end: datetime | None,
    cursor: Cursor | None,
    limit: int,
    as_csv: bool,
) -> tuple[list[HistoryEntry], Cursor | None]:
    """A page of the history, its export recorded in the audit trail (R-2007-a-4: who took the records)."""
    if start is not None and end is not None and end <= start:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "`to` must be after `from`.")
    entries, next_cursor = history_page(
        session, account_id=account_id, start=start, end=end, cursor=cursor, limit=limit
    )
    audit.record(
        "consent.history_exported",
        account_id=account_id,
        subject_type="consent_history",
        outcome="exported",
        details={"entries": len(entries), "format": "csv" if as_csv else "json"},
    )
    return entries, next_cursor


def history_page(
    session: Session,
    *,
    account_id: str | None,
    start: datetime | None,
    end: datetime | None,
    cursor: Cursor | None,
    limit: int,
) -> tuple[list[HistoryEntry], Cursor | None]:
    """Entries with start <= occurred_at < end, oldest first."""

    def window(
        column: InstrumentedAttribute[datetime] | InstrumentedAttribute[datetime | None],
    ) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if start is not None:
            conditions.append(column >= start)
        if end is not None:
            conditions.append(column < end)
        return conditions

    approvals_query = select(CpniApproval).where(
        *window(CpniApproval.decided_at),
        *_after(CpniApproval.decided_at, CpniApproval.id, "approval", cursor),
    )
    notices_query = select(CpniNotice).where(
        *window(CpniNotice.sent_at), *_after(CpniNotice.sent_at, CpniNotice.id, "notice", cursor)
    )
    bounces_query = select(CpniNotice).where(
        CpniNotice.bounced_at.is_not(None),
        *window(CpniNotice.bounced_at),
        *_after(CpniNotice.bounced_at, CpniNotice.id, "notice_bounce", cursor),
    )
    if account_id is not None:
        approvals_query = approvals_query.where(CpniApproval.account_id == account_id)
        notices_query = notices_query.where(CpniNotice.account_id == account_id)
        bounces_query = bounces_query.where(CpniNotice.account_id == account_id)
    approvals = list(
        session.scalars(approvals_query.order_by(CpniApproval.decided_at, CpniApproval.id).limit(limit + 1))
    )
    notices = list(
        session.scalars(notices_query.order_by(CpniNotice.sent_at, CpniNotice.id).limit(limit + 1))
    )
    bounces = list(
        session.scalars(bounces_query.order_by(CpniNotice.bounced_at, CpniNotice.id).limit(limit + 1))
    )
    recipients_by, purposes_by = notice_terms(session, (n.id for n in notices))
    entries = [_approval_entry(row) for row in approvals]
    entries += [_notice_entry(row, recipients_by[row.id], purposes_by[row.id]) for row in notices]
    entries += [_bounce_entry(row) for row in bounces]
    entries.sort(key=lambda e: (e.occurred_at, e.id, e.entry_type))
    page = entries[:limit]
    next_cursor = None
    if len(entries) > limit:
        last = page[-1]
        next_cursor = Cursor(last.occurred_at, last.id, last.entry_type)
    return page, next_cursor


def _approval_entry(row: CpniApproval) -> HistoryEntry:
    return HistoryEntry(
        entry_type="approval",
        id=row.id,
        account_id=row.account_id,
        occurred_at=row.decided_at,
        recorded_at=row.recorded_at,
        scope=row.scope,
        decision=row.decision,
        method=row.method,
        notice_id=row.notice_id,
        interaction_id=row.interaction_id,
        covers_location=row.covers_location,
        third_party_id=row.third_party_id,
    )


def _notice_entry(row: CpniNotice, recipients_of: list[str], purposes_of: list[str]) -> HistoryEntry:
    return HistoryEntry(
        entry_type="notice",
        id=row.id,
        account_id=row.account_id,
        occurred_at=row.sent_at,
        recorded_at=row.recorded_at,
        notice_id=row.id,
        notice_kind=row.kind,
        delivery=row.delivery,
        version=row.version,
        recipients=recipients_of,
        purposes=purposes_of,
    )


def _bounce_entry(row: CpniNotice) -> HistoryEntry:
    assert row.bounced_at is not None
    return HistoryEntry(
        entry_type="notice_bounce",
        id=row.id,
        account_id=row.account_id,
        occurred_at=row.bounced_at,
        recorded_at=row.recorded_at,
        notice_id=row.id,
        notice_kind=row.kind,
        delivery=row.delivery,
        version=row.version,
    )


def to_csv(entries: Sequence[HistoryEntry]) -> str:
    """One header row, then one row per entry; lists are joined with spaces, times are RFC 3339 UTC."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for entry in entries:
        row: dict[str, object] = {}
        for name, value in entry.model_dump().items():
            if isinstance(value, datetime):
                row[name] = value.isoformat().replace("+00:00", "Z")
            elif isinstance(value, list):
                row[name] = " ".join(value)
            elif value is None:
                row[name] = ""
            else:
                row[name] = _defuse(str(value))
        writer.writerow(row)
    return buffer.getvalue()


def _defuse(value: str) -> str:
    """Cells that a spreadsheet would run as a formula get a leading apostrophe (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
