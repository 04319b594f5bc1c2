"""Customer complaints about unauthorized release of CPNI (R-2009-e)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from cpni_api.audit.context import WriteContextDep
from cpni_api.compliance import corrections, service
from cpni_api.compliance.routes.shared import Cursor, Limit, Reader, Writer, Year, period
from cpni_api.compliance.schemas import ComplaintCorrection, ComplaintCreate, ComplaintOut
from cpni_api.core.dependencies import CalendarDep, DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/complaints")


@router.post(
    "",
    status_code=201,
    response_model=ComplaintOut,
    summary="Record a complaint",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.UNKNOWN_ACCOUNT_IDS),
)
def create_complaint(body: ComplaintCreate, _principal: Writer, context: WriteContextDep) -> ComplaintOut:
    """R-2009-e: a customer complaint about unauthorized release of CPNI, in one of the certification's
    categories. Summarize without quoting CPNI."""
    return ComplaintOut.model_validate(service.create_complaint(context, body))


@router.get("", response_model=Page[ComplaintOut], summary="List complaints")
def list_complaints(
    _principal: Reader,
    session: DbSession,
    calendar: CalendarDep,
    year: Year = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[ComplaintOut]:
    """Customer complaints about unauthorized release of CPNI, newest first, for the annual certification
    (R-2009-e)."""
    rows = service.list_complaints(session, period=period(year, calendar), after=cursor, limit=limit + 1)
    return page_of(rows, limit, ComplaintOut.model_validate)


@router.patch(
    "/{complaint_id}",
    response_model=ComplaintOut,
    summary="Record or correct a complaint's resolution",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.NOTHING_TO_CORRECT, ErrorCode.NOT_FOUND),
)
def correct_complaint(
    complaint_id: Annotated[str, Path(max_length=40)],
    body: ComplaintCorrection,
    _principal: Writer,
    context: WriteContextDep,
) -> ComplaintOut:
    """A correction (design.md §5): `resolution` and/or `resolved_at` (between `received_at` and now). The
    complaint is never deleted; the audit row names the fields changed. 422 `NOTHING_TO_CORRECT` when the
    complaint already says that."""
    return ComplaintOut.model_validate(corrections.correct_complaint(context, complaint_id, body))
