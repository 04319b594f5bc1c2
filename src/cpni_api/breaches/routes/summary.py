"""The annual summary of the breaches excepted from the agency notice (R-2011-NEW-5 [M]), beside the annual
certification under /v1/reports: the report and the record that it was filed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from cpni_api.audit.context import WriteContextDep
from cpni_api.breaches import annual_summary
from cpni_api.breaches.record_schemas import BreachAnnualSummary, SummaryFilingCreate, SummaryFilingOut
from cpni_api.breaches.routes.shared import Reader, Writer, zone_of
from cpni_api.core.dependencies import ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.request_values import LATEST_YEAR

router = APIRouter(prefix="/v1/reports/breach-annual-summary", tags=["breaches"])
FIRST_YEAR = 2024  # FCC 23-111 was adopted in December 2023; no breach was decided under it before 2024
YEAR_TEXT = "The calendar year the breaches were reasonably determined in (the carrier's zone)."


@router.get(
    "", response_model=BreachAnnualSummary, summary="The annual summary of breaches not reported one by one"
)
def get_breach_annual_summary(
    year: Annotated[int, Query(ge=FIRST_YEAR, le=LATEST_YEAR, description=YEAR_TEXT)],
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
) -> BreachAnnualSummary:
    """R-2011-NEW-5: the 2024-regime breaches of the year excepted from the agency notice (fewer than 500
    customers and no harm reasonably likely, both on the record), each with its covered data, customer count
    and harm finding with their bases; `due_on` is `CPNI_BREACH_ANNUAL_SUMMARY_DUE_ON` of the next year
    (February 1 unless set: the earlier of the dates the sources give); the filings recorded."""
    return annual_summary.build_summary(
        session,
        year,
        month_day=settings.breach_annual_summary_month_day,
        zone=zone_of(settings),
        now=clock.now(),
    )


@router.post(
    "/{year}/filings",
    status_code=201,
    response_model=SummaryFilingOut,
    summary="Record that the year's breach summary was filed",
    responses=problems(ErrorCode.BREACH_SUMMARY_YEAR_NOT_OVER, ErrorCode.INCONSISTENT_TIMESTAMPS),
)
def record_breach_summary_filing(
    year: Annotated[int, Path(ge=FIRST_YEAR, le=LATEST_YEAR, description=YEAR_TEXT)],
    body: SummaryFilingCreate,
    _principal: Writer,
    context: WriteContextDep,
) -> SummaryFilingOut:
    """The summary was filed at `filed_at` under the Commission's `reference`; the filing names the breaches
    it covered and says whether it was on time. A year not over is a 422 (`BREACH_SUMMARY_YEAR_NOT_OVER`).
    Once filed, the year's summary leaves `GET /v1/obligations`."""
    settings = context.settings
    month_day, zone = settings.breach_annual_summary_month_day, zone_of(settings)
    filing = annual_summary.record_filing(context, year, body, month_day=month_day, zone=zone)
    return annual_summary.filing_view(filing, month_day, zone)
