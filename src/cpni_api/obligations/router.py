"""The compliance officer's obligations (design.md §5): `GET /v1/obligations` and the same as an iCalendar
feed. Scope `compliance:read`."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession, SettingsDep
from cpni_api.obligations import calendar as ics
from cpni_api.obligations import service
from cpni_api.obligations.schemas import ObligationList

router = APIRouter(prefix="/v1", tags=["compliance"])
Reader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.COMPLIANCE_READ))]
StatusFilter = Annotated[
    list[Literal["overdue", "due", "upcoming"]] | None,
    Query(description="Repeatable; all three when absent."),
]
ICALENDAR = "text/calendar"


@router.get("/obligations", response_model=ObligationList, summary="Every deadline the carrier owes")
def list_obligations(
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
    status: StatusFilter = None,
) -> ObligationList:
    """Across breaches (law-enforcement notices, the 2024 agency notice, customer notices; holds ending),
    opt-out-failure letters to the FCC (R-2009-f), trainings expiring (R-2009-b), the annual certification
    (R-2009-e) and, under the 2024 breach rules, the annual breach summary (R-2011-NEW-5). Each names its
    `rule_id` and the record it belongs to; `overdue` first, then `due` (within `due_soon_days`), then
    `upcoming`, each by `due_by`."""
    return service.list_obligations(
        session,
        calendar=calendar,
        now=clock.now(),
        breach_summary_due=settings.breach_annual_summary_month_day,
        statuses=set(status) if status else None,
    )


@router.get(
    "/obligations.ics",
    summary="Every deadline the carrier owes, as an iCalendar feed",
    response_class=Response,
    responses={200: {"content": {ICALENDAR: {"schema": {"type": "string"}}}}},
)
def get_obligations_calendar(
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
    status: StatusFilter = None,
) -> Response:
    """The same obligations as `GET /v1/obligations`, one event each at its `due_by` with a reminder a day
    before; event UIDs are stable, so a subscribed calendar updates rather than duplicates."""
    obligations = service.list_obligations(
        session,
        calendar=calendar,
        now=clock.now(),
        breach_summary_due=settings.breach_annual_summary_month_day,
        statuses=set(status) if status else None,
    )
    return Response(
        ics.render_ics(obligations),
        media_type=f"{ICALENDAR}; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="cpni-obligations.ics"'},
    )
