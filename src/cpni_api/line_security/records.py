"""The line-security records, for the carrier and the compliance officer (R-2010-h-10, R-5237-5): SIM-change
and port-out requests by account and date range, and the year's counts for the annual certification."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from cpni_api.line_security.models import LineLockChange, PortOutRequest, SimChangeRequest
from cpni_api.line_security.policy import AUTHENTICATION_FAILURES
from cpni_api.line_security.schemas import LineRequestCounts, LineSecuritySection

Row = TypeVar("Row", SimChangeRequest, PortOutRequest)


def list_requests(
    session: Session,
    model: type[Row],
    *,
    account_id: str | None,
    start: datetime | None,
    end: datetime | None,
    after: str | None,
    limit: int,
) -> list[Row]:
    """Oldest first by id (ids grow with time): `start` <= requested_at < `end`."""
    query: Select[Any] = select(model).order_by(model.id).limit(limit)
    if account_id is not None:
        query = query.where(model.account_id == account_id)
    if start is not None:
        query = query.where(model.requested_at >= start)
    if end is not None:
        query = query.where(model.requested_at < end)
    if after is not None:
        query = query.where(model.id > after)
    return list(session.scalars(query))


def year_counts(session: Session, start: datetime, end: datetime) -> LineSecuritySection:
    """What the year saw (requests, denials by reason, failed authentications, locks turned on and off)."""

    def requests(model: type[Row]) -> LineRequestCounts:
        rows = session.execute(
            select(model.decision, model.reason_code, model.status, func.count())
            .where(model.requested_at >= start, model.requested_at < end)
            .group_by(model.decision, model.reason_code, model.status)
        ).all()
        denied = Counter({reason: count for decision, reason, _, count in rows if decision == "deny"})
        failures = sum(count for _, reason, _, count in rows if reason in AUTHENTICATION_FAILURES)
        return LineRequestCounts(
            total=sum(count for *_, count in rows),
            allowed=sum(count for decision, _, _, count in rows if decision == "allow"),
            completed=sum(count for _, _, status, count in rows if status == "completed"),
            denied_by_reason=dict(denied),
            failed_authentications=failures,
        )

    locks = session.execute(
        select(LineLockChange.lock, LineLockChange.enabled, func.count())
        .where(LineLockChange.changed_at >= start, LineLockChange.changed_at < end)
        .group_by(LineLockChange.lock, LineLockChange.enabled)
    ).all()
    return LineSecuritySection(
        sim_change_requests=requests(SimChangeRequest),
        port_out_requests=requests(PortOutRequest),
        locks_turned_on={lock: count for lock, enabled, count in locks if enabled},
        locks_turned_off={lock: count for lock, enabled, count in locks if not enabled},
    )
