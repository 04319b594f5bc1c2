"""The 2024 breach record (R-2011-NEW-2, -4, -8, -10) completed as the investigation learns more, the agency
report it makes (JSON, or the PDF the officer works from) and its one filing at the central reporting
facility (R-2011-NEW-3)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from cpni_api.audit.context import WriteContextDep
from cpni_api.breaches import agency_report, record, views
from cpni_api.breaches.agency_report_pdf import render_agency_report_pdf
from cpni_api.breaches.record_schemas import AgencyNotificationCreate, AgencyReport, BreachRecordUpdate
from cpni_api.breaches.routes.shared import PDF, BreachId, Reader, Writer, view, wants_pdf
from cpni_api.breaches.schemas import BreachOut
from cpni_api.core.dependencies import ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems

router = APIRouter()


@router.patch(
    "/{breach_id}",
    response_model=BreachOut,
    summary="Complete or correct a breach's 2024 record",
    responses=problems(ErrorCode.BREACH_VOIDED, ErrorCode.NOT_FOUND),
)
def update_breach_record(
    breach_id: BreachId, body: BreachRecordUpdate, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """The fields sent replace the record's, a null clears one: `covered_data` (CPNI and PII kinds),
    `intent`, `good_faith_exception` (all three conditions make it no breach, R-2011-NEW-2),
    `affected_customers` (count and basis, E27), `harm_assessment` (finding, basis, reviewer, R-2011-NEW-8),
    `encryption` (the safe harbour), and the agency report's `method_of_compromise`, `incident_period` and
    `estimated_financial_loss` (R-2011-NEW-4). What they decide (a breach or not, the agency notice, the
    customer notice, the annual summary) follows at once; the regime and the deadlines do not move. Audited
    with the names of the fields changed."""
    return view(context, record.update_record(context, breach_id, body))


@router.get(
    "/{breach_id}/agency-report",
    response_model=AgencyReport,
    summary="The agency report of a breach, as JSON or PDF",
    responses={
        200: {"content": {PDF: {"schema": {"type": "string", "format": "binary"}}}},
        **problems(ErrorCode.NOT_FOUND),
    },
)
def get_agency_report(
    breach_id: BreachId,
    request: Request,
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    format: Annotated[
        Literal["json", "pdf"] | None, Query(description="`pdf`, or send `Accept: application/pdf`.")
    ] = None,
) -> AgencyReport | Response:
    """R-2011-NEW-4: the seven items the central reporting facility asks for, (i) the carrier's address and
    contact (from `PUT /v1/carrier-profile`) to (vii) the types of data breached, with `missing_fields` and,
    once filed, the report `submitted` exactly as it was. `required` and `due_by` say whether the notice is
    owed (R-2011-NEW-5) and by when (7 business days, E1). The PDF is laid out like the certification."""
    report = agency_report.build_report(session, views.get_breach(session, breach_id), now=clock.now())
    if wants_pdf(format, request.headers.get("accept", "")):
        return Response(
            render_agency_report_pdf(
                report, timezone=settings.business_days_timezone, fallback_fonts=settings.pdf_fallback_fonts
            ),
            media_type=PDF,
            headers={"Content-Disposition": f'attachment; filename="breach-{breach_id}-agency-report.pdf"'},
        )
    return report


@router.post(
    "/{breach_id}/agency-notifications",
    response_model=BreachOut,
    summary="Record the agency notice filed at the central reporting facility",
    responses=problems(
        ErrorCode.AGENCY_REPORT_INCOMPLETE,
        ErrorCode.WRONG_BREACH_REGIME,
        ErrorCode.LAW_ENFORCEMENT_ALREADY_NOTIFIED,
        ErrorCode.BREACH_VOIDED,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
    ),
)
def record_agency_notification(
    breach_id: BreachId, body: AgencyNotificationCreate, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """R-2011-NEW-3 (2024 regime): one filing notifies the FCC, the Secret Service and the FBI, so it records
    the law-enforcement and the FCC notification at `notified_at` with the facility's `reference`, and keeps
    the agency report as submitted. Every R-2011-NEW-4 field must be filled first."""
    return view(context, record.record_agency_notification(context, breach_id, body))
