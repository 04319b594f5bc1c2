"""Customer complaints about unauthorized release of CPNI (R-2009-e)."""

from __future__ import annotations

from fastapi import APIRouter

from cpni_api.audit.context import WriteContextDep
from cpni_api.compliance import service
from cpni_api.compliance.routes.shared import Cursor, Limit, Reader, Writer, Year, period
from cpni_api.compliance.schemas import ComplaintCreate, ComplaintOut
from cpni_api.core.dependencies import CalendarDep, DbSession
from cpni_api.core.pagination import DEFAULT_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/complaints")


@router.post("", status_code=201, response_model=ComplaintOut, summary="Record a complaint")
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
    rows = service.list_complaints(session, period=period(year, calendar), after=cursor, limit=limit + 1)
    return page_of(rows, limit, ComplaintOut.model_validate)
