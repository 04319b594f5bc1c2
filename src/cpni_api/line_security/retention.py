"""Retention of the line-security records (R-2010-h-10, R-5237-5: at least three years, [M], ADR 0026) and the
purge behind `cpni-api purge line-security`.

A SIM-change or port-out request is kept for `CPNI_LINE_SECURITY_RETENTION_YEARS` after it ended (completed,
or asked when never completed); a lock change or a number-of-record change for as long after it was made.
Nothing younger is deleted, also when asked for by id. The customer's notices (outbox events) and the audit
rows stay: they are append-only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select

from cpni_api.audit.context import WriteContext
from cpni_api.core.retention import Purged, PurgeResult, Refused, add_years_late, subtract_years_early
from cpni_api.line_security.models import (
    LineLockChange,
    NumberOfRecordChange,
    PortOutRequest,
    SimChangeRequest,
)

_REQUESTS: tuple[tuple[str, Any], ...] = (
    ("sim_change_request", SimChangeRequest),
    ("port_out_request", PortOutRequest),
)
_HISTORY: tuple[tuple[str, Any], ...] = (
    ("line_lock_change", LineLockChange),
    ("number_of_record_change", NumberOfRecordChange),
)


def _ended_at(request: Any) -> datetime:
    ended: datetime = request.completed_at or request.requested_at
    return ended


def purge_line_security(
    context: WriteContext, *, ids: Sequence[str] | None = None, dry_run: bool = False
) -> PurgeResult:
    """Deletes the records past retention (all of them, or only the requests `ids`), in the context's
    transaction, with one audit row per kind naming the ids."""
    session, now = context.session, context.now()
    years = context.settings.line_security_retention_years
    cutoff = subtract_years_early(now, years)
    result = PurgeResult()
    for kind, model in _REQUESTS:
        query = select(model).order_by(model.id)
        if ids is not None:
            query = query.where(model.id.in_(list(ids)))
        else:
            query = query.where(
                model.requested_at <= cutoff, or_(model.completed_at.is_(None), model.completed_at <= cutoff)
            )
        for request in session.scalars(query):
            ended = _ended_at(request)
            until = add_years_late(ended, years)
            if now < until:
                result.add(Refused(request.id, f"retained until {until.isoformat()} ({years} years)", kind))
            else:
                result.add(Purged(kind, request.id, ended, until, f"{request.reason_code}, {request.status}"))
    if ids is not None:
        found = {item.id for item in result.purged} | {item.id for item in result.refused}
        result.refused += [
            Refused(id_, "no line-security request has that id") for id_ in ids if id_ not in found
        ]
    else:
        for kind, model in _HISTORY:
            for row in session.scalars(select(model).where(model.changed_at <= cutoff).order_by(model.id)):
                result.add(Purged(kind, str(row.id), row.changed_at, add_years_late(row.changed_at, years)))
    if dry_run:
        return result
    for kind, model in (*_REQUESTS, *_HISTORY):
        purged = result.ids(kind)
        if not purged:
            continue
        keys = purged if (kind, model) in _REQUESTS else [int(id_) for id_ in purged]
        session.execute(delete(model).where(model.id.in_(keys)))
        context.audit.record(
            "line_security.purged",
            subject_type=kind,
            subject_id=purged[0] if len(purged) == 1 else f"{len(purged)} records",
            outcome="deleted",
            details={"retention_years": years, "ids": purged, "cutoff": cutoff.isoformat()},
        )
    session.flush()
    return result
