"""The annual CPNI certification's data (R-2009-e), as JSON or Markdown."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from cpni_api.compliance.report import build_annual_certification
from cpni_api.compliance.report_markdown import render_markdown
from cpni_api.compliance.routes.shared import FIRST_CERTIFIED_YEAR, Reader
from cpni_api.compliance.schemas import AnnualCertification
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession
from cpni_api.core.request_values import LATEST_YEAR

router = APIRouter()
MARKDOWN = "text/markdown"


@router.get(
    "/v1/reports/annual-certification",
    response_model=AnnualCertification,
    summary="The annual CPNI certification data",
    responses={200: {"content": {MARKDOWN: {"schema": {"type": "string"}}}}},
)
def annual_certification(
    request: Request,
    year: Annotated[
        int, Query(ge=FIRST_CERTIFIED_YEAR, le=LATEST_YEAR, description="The calendar year certified.")
    ],
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    format: Annotated[
        Literal["json", "markdown"] | None,
        Query(description="`markdown` for a readable document; or send `Accept: text/markdown`."),
    ] = None,
) -> AnnualCertification | Response:
    """R-2009-e: complaints by category, actions against pretexters and data brokers, breaches and their
    notifications, opt-out failures, trainings and disciplinary actions for the calendar year (local time),
    and `due_on` (March 1 of the next year). JSON by default; Markdown with `?format=markdown` or
    `Accept: text/markdown`. Campaigns and reviews (R-2009-c/d) are added by the campaigns domain."""
    report = build_annual_certification(session, year=year, timezone=calendar.timezone, now=clock.now())
    wants_markdown = format == "markdown" or (
        format is None and MARKDOWN in request.headers.get("accept", "").lower()
    )
    if wants_markdown:
        return Response(render_markdown(report), media_type=f"{MARKDOWN}; charset=utf-8")
    return report
