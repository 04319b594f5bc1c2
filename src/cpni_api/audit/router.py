from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.models import AuditRecord
from cpni_api.audit.schemas import AuditRecordOut
from cpni_api.core.commit_order import in_commit_order
from cpni_api.core.dependencies import DbSession
from cpni_api.core.errors import ErrorCode, ProblemError, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.request_values import RequestDatetime

router = APIRouter(prefix="/v1/audit-records", tags=["audit"])


@router.get(
    "",
    response_model=Page[AuditRecordOut],
    summary="Read the audit trail",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.INVALID_CURSOR),
)
def list_audit_records(
    _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.AUDIT_READ))],
    session: DbSession,
    account_id: Annotated[
        str | None, Query(max_length=40, description="Only this account's records.")
    ] = None,
    agent_id: Annotated[
        str | None, Query(max_length=100, description="Only the records naming this agent.")
    ] = None,
    action: Annotated[
        str | None, Query(max_length=100, description="Only this action, e.g. `breach.voided`.")
    ] = None,
    occurred_from: Annotated[
        RequestDatetime | None,
        Query(alias="from", description="Only records that occurred at or after this instant."),
    ] = None,
    occurred_to: Annotated[
        RequestDatetime | None,
        Query(alias="to", description="Only records that occurred before this instant (exclusive)."),
    ] = None,
    after: Annotated[
        str | None, Query(max_length=40, description="An audit record id: return the records after it.")
    ] = None,
    cursor: Annotated[
        str | None, Query(max_length=40, description="`next_cursor` of the previous page.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[AuditRecordOut]:
    """Filters combine (`account_id`, `agent_id`, `action`, `from`, `to`: an instant range on
    `occurred_at`, `to` exclusive; `from` after `to` is a 422). Records in commit order, which never changes:
    `next_cursor` is the id of the last record returned, so `after` and `cursor` are interchangeable, and a
    SIEM that keeps the last id and resumes from it misses nothing, even a record whose transaction committed
    late. A record appears once every transaction that started before it has finished (normally
    milliseconds)."""
    if occurred_from is not None and occurred_to is not None and occurred_from > occurred_to:
        raise ProblemError(ErrorCode.INCONSISTENT_TIMESTAMPS, "from is after to.")
    start_id = cursor or after
    start = None
    if start_id is not None:
        start = session.scalars(select(AuditRecord).where(AuditRecord.id == start_id)).first()
        if start is None:
            raise ProblemError(ErrorCode.INVALID_CURSOR, "No audit record has that id.")
    query = in_commit_order(session, select(AuditRecord), AuditRecord, after=start).limit(limit + 1)
    if account_id is not None:
        query = query.where(AuditRecord.account_id == account_id)
    if agent_id is not None:
        query = query.where(AuditRecord.agent_id == agent_id)
    if action is not None:
        query = query.where(AuditRecord.action == action)
    if occurred_from is not None:
        query = query.where(AuditRecord.occurred_at >= occurred_from)
    if occurred_to is not None:
        query = query.where(AuditRecord.occurred_at < occurred_to)
    rows = list(session.scalars(query))
    return page_of(rows, limit, AuditRecordOut.model_validate)
