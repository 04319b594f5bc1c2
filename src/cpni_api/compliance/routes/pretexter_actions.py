"""Actions taken against pretexters and data brokers (R-2009-e)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from cpni_api.audit.context import WriteContextDep
from cpni_api.compliance import corrections, service
from cpni_api.compliance.routes.shared import Cursor, Limit, Reader, Writer, Year, period
from cpni_api.compliance.schemas import PretexterActionCorrection, PretexterActionCreate, PretexterActionOut
from cpni_api.core.dependencies import CalendarDep, DbSession
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/pretexter-actions")


@router.post(
    "",
    status_code=201,
    response_model=PretexterActionOut,
    summary="Record an action against a pretexter or data broker",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS),
)
def create_pretexter_action(
    body: PretexterActionCreate, _principal: Writer, context: WriteContextDep
) -> PretexterActionOut:
    """R-2009-e: the certification explains every action taken against data brokers."""
    return PretexterActionOut.model_validate(service.create_pretexter_action(context, body))


@router.get("", response_model=Page[PretexterActionOut], summary="List pretexter actions")
def list_pretexter_actions(
    _principal: Reader,
    session: DbSession,
    calendar: CalendarDep,
    year: Year = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[PretexterActionOut]:
    """Actions taken against data brokers, newest first, for the annual certification (R-2009-e)."""
    rows = service.list_pretexter_actions(
        session, period=period(year, calendar), after=cursor, limit=limit + 1
    )
    return page_of(rows, limit, PretexterActionOut.model_validate)


@router.patch(
    "/{action_id}",
    response_model=PretexterActionOut,
    summary="Record or correct an action's outcome",
    responses=problems(ErrorCode.NOTHING_TO_CORRECT, ErrorCode.NOT_FOUND),
)
def correct_pretexter_action(
    action_id: Annotated[str, Path(max_length=40)],
    body: PretexterActionCorrection,
    _principal: Writer,
    context: WriteContextDep,
) -> PretexterActionOut:
    """A correction (design.md §5): the `outcome` of an action against a pretexter or data broker, known
    later; the certification explains it (R-2009-e). Audited; nothing is deleted."""
    return PretexterActionOut.model_validate(corrections.correct_pretexter_action(context, action_id, body))
