"""The annual CPNI certification (R-2009-e): its data as JSON or Markdown, the filing itself as a PDF, and the
record that it was filed."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response

from cpni_api.audit.context import WriteContextDep
from cpni_api.carrier_policy.service import carrier_policy_view
from cpni_api.compliance import filings
from cpni_api.compliance.filing_schemas import FilingCreate, FilingOut
from cpni_api.compliance.report import build_annual_certification
from cpni_api.compliance.report_markdown import render_markdown
from cpni_api.compliance.report_pdf import render_pdf
from cpni_api.compliance.routes.shared import FIRST_CERTIFIED_YEAR, Reader, Writer
from cpni_api.compliance.schemas import AnnualCertification
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.request_values import LATEST_YEAR

router = APIRouter()
MARKDOWN = "text/markdown"
PDF = "application/pdf"
Format = Literal["json", "markdown", "pdf"]


def _wanted(format: Format | None, accept: str) -> Format:
    if format is not None:
        return format
    accept = accept.lower()
    if PDF in accept:
        return "pdf"
    return "markdown" if MARKDOWN in accept else "json"


@router.get(
    "/v1/reports/annual-certification",
    response_model=AnnualCertification,
    summary="The annual CPNI certification: its data, or the filing as a PDF",
    responses={
        200: {
            "content": {
                MARKDOWN: {"schema": {"type": "string"}},
                PDF: {"schema": {"type": "string", "format": "binary"}},
            }
        }
    },
)
def get_annual_certification(
    request: Request,
    year: Annotated[
        int, Query(ge=FIRST_CERTIFIED_YEAR, le=LATEST_YEAR, description="The calendar year certified.")
    ],
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
    format: Annotated[
        Format | None,
        Query(
            description="`markdown` for a readable document, `pdf` for the filing itself; or send `Accept: "
            "text/markdown` or `Accept: application/pdf`."
        ),
    ] = None,
) -> AnnualCertification | Response:
    """R-2009-e: the officer's certificate (from `PUT /v1/carrier-profile`) and the statement of operating
    procedures written from what the service enforces (`GET /v1/carrier-policy`); complaints by category,
    actions against pretexters and data brokers, breaches and their notifications, opt-out failures,
    trainings and disciplinary actions for the calendar year (local time); `due_on`, March 1 of the next
    year rolled to the next business day when it is not one (47 C.F.R. 1.4(j)); the filings recorded.
    JSON by default; Markdown or the PDF filing with `?format=` or `Accept`. Campaigns and reviews
    (R-2009-c/d) are added by the campaigns domain."""
    report = build_annual_certification(
        session, year=year, calendar=calendar, carrier_policy=carrier_policy_view(settings), now=clock.now()
    )
    wanted = _wanted(format, request.headers.get("accept", ""))
    if wanted == "markdown":
        return Response(render_markdown(report), media_type=f"{MARKDOWN}; charset=utf-8")
    if wanted == "pdf":
        return Response(
            render_pdf(report, fallback_fonts=settings.pdf_fallback_fonts),
            media_type=PDF,
            headers={"Content-Disposition": f'attachment; filename="cpni-certification-{year}.pdf"'},
        )
    return report


@router.post(
    "/v1/reports/annual-certification/{year}/filings",
    status_code=201,
    response_model=FilingOut,
    summary="Record that the year's certification was filed",
    responses=problems(ErrorCode.CERTIFICATION_YEAR_NOT_OVER, ErrorCode.INCONSISTENT_TIMESTAMPS),
)
def record_filing(
    year: Annotated[
        int, Path(ge=FIRST_CERTIFIED_YEAR, le=LATEST_YEAR, description="The calendar year certified.")
    ],
    body: FilingCreate,
    _principal: Writer,
    context: WriteContextDep,
    calendar: CalendarDep,
) -> FilingOut:
    """R-2009-e: the certification was filed in EB Docket No. 06-36 at `filed_at` under
    `confirmation_number`, signed by `signed_by`. A year not over yet is a 422
    (`CERTIFICATION_YEAR_NOT_OVER`); `filed_at` lies between the year's end and now. The answer says whether
    it was filed by `due_on`. A year may be filed again (an amended filing); the obligations count the
    first."""
    return filings.filing_view(filings.record_filing(context, year, body, calendar), calendar)
