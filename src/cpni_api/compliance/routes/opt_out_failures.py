"""Opt-out mechanism failures and their notice to the FCC (R-2009-f)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from cpni_api.audit.context import WriteContextDep
from cpni_api.compliance import service
from cpni_api.compliance.routes.shared import Cursor, Limit, Reader, Writer, Year, period
from cpni_api.compliance.schemas import FccNoticeCreate, OptOutFailureCreate, OptOutFailureOut
from cpni_api.core.dependencies import CalendarDep, CalendarsDep, ClockDep, DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/opt-out-failures")
FailureId = Annotated[str, Path(max_length=40)]


@router.post(
    "",
    status_code=201,
    response_model=OptOutFailureOut,
    summary="Record an opt-out mechanism failure",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS),
)
def create_opt_out_failure(
    body: OptOutFailureCreate, _principal: Writer, context: WriteContextDep, calendars: CalendarsDep
) -> OptOutFailureOut:
    """R-2009-f: answers with `fcc_notice_due_by`, the end of the 5th business day after `detected_at`
    (holidays counted as business days: the conservative reading of "within", as for E1)."""
    failure = service.create_opt_out_failure(context, body, calendars.no_later_than)
    return service.opt_out_failure_view(failure, context.now())


@router.get("", response_model=Page[OptOutFailureOut], summary="List opt-out failures")
def list_opt_out_failures(
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    year: Year = None,
    pending: Annotated[bool, Query(description="Only failures whose FCC notice is not recorded.")] = False,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[OptOutFailureOut]:
    """Each with `fcc_notice_status` as of now: `due`, `overdue`, `done` or `done_late`."""
    rows = service.list_opt_out_failures(
        session, period=period(year, calendar), pending_only=pending, after=cursor, limit=limit + 1
    )
    now = clock.now()
    return page_of(rows, limit, lambda row: service.opt_out_failure_view(row, now))


@router.get(
    "/{failure_id}",
    response_model=OptOutFailureOut,
    summary="Get an opt-out failure",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_opt_out_failure(
    failure_id: FailureId, _principal: Reader, session: DbSession, clock: ClockDep
) -> OptOutFailureOut:
    """One failure of the opt-out mechanism, with its FCC letter deadline and whether it was sent
    (R-2009-f)."""
    return service.opt_out_failure_view(service.get_opt_out_failure(session, failure_id), clock.now())


@router.post(
    "/{failure_id}/fcc-notifications",
    response_model=OptOutFailureOut,
    summary="Record the written notice to the FCC",
    responses=problems(
        ErrorCode.FCC_ALREADY_NOTIFIED, ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.NOT_FOUND
    ),
)
def notify_fcc_of_opt_out_failure(
    failure_id: FailureId, body: FccNoticeCreate, _principal: Writer, context: WriteContextDep
) -> OptOutFailureOut:
    """Records that the FCC was told in writing of the opt-out failure (R-2009-f: within five business
    days)."""
    failure = service.record_opt_out_fcc_notice(context, failure_id, body)
    return service.opt_out_failure_view(failure, context.now())
