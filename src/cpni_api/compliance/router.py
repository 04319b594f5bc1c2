"""Compliance records and the annual certification (design.md §4, R-2009-b/e/f). Writes need
`compliance:write`; reads and the report need `compliance:read`."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import Scope
from cpni_api.audit.trail import AuditTrail, get_audit_trail
from cpni_api.compliance import policy, service
from cpni_api.compliance.report import build_annual_certification
from cpni_api.compliance.report_markdown import render_markdown
from cpni_api.compliance.schemas import (
    AnnualCertification,
    ComplaintCreate,
    ComplaintOut,
    DisciplinaryActionCreate,
    DisciplinaryActionOut,
    FccNoticeCreate,
    OptOutFailureCreate,
    OptOutFailureOut,
    PretexterActionCreate,
    PretexterActionOut,
    TrainingCreate,
    TrainingList,
    TrainingOut,
)
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.dependencies import CalendarsDep, get_calendar, get_clock
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of

router = APIRouter(tags=["compliance"])
DbSession = Annotated[Session, Depends(get_session, scope="function")]
ClockDep = Annotated[Clock, Depends(get_clock)]
Audit = Annotated[AuditTrail, Depends(get_audit_trail)]
Writer = Annotated[Principal, Depends(RequireScope(Scope.COMPLIANCE_WRITE))]
Reader = Annotated[Principal, Depends(RequireScope(Scope.COMPLIANCE_READ))]
AgentId = Annotated[str, Path(min_length=1, max_length=100, description="The carrier's id for the agent.")]
Cursor = Annotated[str | None, Query(max_length=40)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Year = Annotated[int | None, Query(ge=2007, le=9999, description="Only records of this calendar year.")]


def _period(year: int | None, calendar: BusinessCalendar) -> tuple[datetime, datetime] | None:
    return None if year is None else policy.certification_period(year, calendar.timezone)


# --- complaints ----------------------------------------------------------------------------------------


@router.post("/v1/complaints", status_code=201, response_model=ComplaintOut, summary="Record a complaint")
def create_complaint(
    body: ComplaintCreate, _principal: Writer, session: DbSession, clock: ClockDep, audit: Audit
) -> ComplaintOut:
    """R-2009-e: a customer complaint about unauthorized release of CPNI, in one of the certification's
    categories. Summarize without quoting CPNI."""
    complaint = service.create_complaint(session, body, now=clock.now())
    audit.record(
        "complaint.recorded",
        account_id=complaint.account_id,
        subject_type="complaint",
        subject_id=complaint.id,
        outcome="recorded",
        details={"category": complaint.category},
    )
    return ComplaintOut.model_validate(complaint)


@router.get("/v1/complaints", response_model=Page[ComplaintOut], summary="List complaints")
def list_complaints(
    _principal: Reader,
    session: DbSession,
    calendar: Annotated[BusinessCalendar, Depends(get_calendar)],
    year: Year = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[ComplaintOut]:
    rows = service.list_complaints(session, period=_period(year, calendar), after=cursor, limit=limit + 1)
    return page_of(rows, limit, ComplaintOut.model_validate)


# --- pretexter actions ---------------------------------------------------------------------------------


@router.post(
    "/v1/pretexter-actions",
    status_code=201,
    response_model=PretexterActionOut,
    summary="Record an action against a pretexter or data broker",
)
def create_pretexter_action(
    body: PretexterActionCreate, _principal: Writer, session: DbSession, clock: ClockDep, audit: Audit
) -> PretexterActionOut:
    """R-2009-e: the certification explains every action taken against data brokers."""
    action = service.create_pretexter_action(session, body, now=clock.now())
    audit.record(
        "pretexter_action.recorded",
        subject_type="pretexter_action",
        subject_id=action.id,
        outcome="recorded",
        details={"kind": action.kind},
    )
    return PretexterActionOut.model_validate(action)


@router.get(
    "/v1/pretexter-actions", response_model=Page[PretexterActionOut], summary="List pretexter actions"
)
def list_pretexter_actions(
    _principal: Reader,
    session: DbSession,
    calendar: Annotated[BusinessCalendar, Depends(get_calendar)],
    year: Year = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[PretexterActionOut]:
    rows = service.list_pretexter_actions(
        session, period=_period(year, calendar), after=cursor, limit=limit + 1
    )
    return page_of(rows, limit, PretexterActionOut.model_validate)


# --- opt-out mechanism failures ------------------------------------------------------------------------


@router.post(
    "/v1/opt-out-failures",
    status_code=201,
    response_model=OptOutFailureOut,
    summary="Record an opt-out mechanism failure",
)
def create_opt_out_failure(
    body: OptOutFailureCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    calendars: CalendarsDep,
    audit: Audit,
) -> OptOutFailureOut:
    """R-2009-f: answers with `fcc_notice_due_by`, the end of the 5th business day after `detected_at`
    (holidays counted as business days: the conservative reading of "within", as for E1)."""
    failure = service.create_opt_out_failure(
        session, body, now=clock.now(), no_later_than=calendars.no_later_than
    )
    audit.record(
        "opt_out_failure.recorded",
        subject_type="opt_out_failure",
        subject_id=failure.id,
        outcome="recorded",
        details={"fcc_notice_due_by": failure.fcc_notice_due_by.isoformat()},
    )
    return service.opt_out_failure_view(failure, clock.now())


@router.get("/v1/opt-out-failures", response_model=Page[OptOutFailureOut], summary="List opt-out failures")
def list_opt_out_failures(
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: Annotated[BusinessCalendar, Depends(get_calendar)],
    year: Year = None,
    pending: Annotated[bool, Query(description="Only failures whose FCC notice is not recorded.")] = False,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[OptOutFailureOut]:
    """Each with `fcc_notice_status` as of now: `due`, `overdue`, `done` or `done_late`."""
    rows = service.list_opt_out_failures(
        session, period=_period(year, calendar), pending_only=pending, after=cursor, limit=limit + 1
    )
    now = clock.now()
    return page_of(rows, limit, lambda row: service.opt_out_failure_view(row, now))


@router.get(
    "/v1/opt-out-failures/{failure_id}", response_model=OptOutFailureOut, summary="Get an opt-out failure"
)
def get_opt_out_failure(
    failure_id: Annotated[str, Path(max_length=40)], _principal: Reader, session: DbSession, clock: ClockDep
) -> OptOutFailureOut:
    return service.opt_out_failure_view(service.get_opt_out_failure(session, failure_id), clock.now())


@router.post(
    "/v1/opt-out-failures/{failure_id}/fcc-notifications",
    response_model=OptOutFailureOut,
    summary="Record the written notice to the FCC",
)
def notify_fcc_of_opt_out_failure(
    failure_id: Annotated[str, Path(max_length=40)],
    body: FccNoticeCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    audit: Audit,
) -> OptOutFailureOut:
    failure = service.get_opt_out_failure(session, failure_id, for_update=True)
    service.record_opt_out_fcc_notice(
        session, failure, notified_at=body.notified_at, reference=body.reference, now=clock.now()
    )
    view = service.opt_out_failure_view(failure, clock.now())
    audit.record(
        "opt_out_failure.fcc_notified",
        subject_type="opt_out_failure",
        subject_id=failure.id,
        outcome=view.fcc_notice_status,
    )
    return view


# --- agents: disciplinary actions and trainings --------------------------------------------------------


@router.post(
    "/v1/agents/{agent_id}/disciplinary-actions",
    status_code=201,
    response_model=DisciplinaryActionOut,
    summary="Record a disciplinary action against an agent",
)
def create_disciplinary_action(
    agent_id: AgentId,
    body: DisciplinaryActionCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    audit: Audit,
) -> DisciplinaryActionOut:
    """R-2009-b: the express disciplinary process for unauthorized use of CPNI."""
    action = service.create_disciplinary_action(session, agent_id, body, now=clock.now())
    audit.record(
        "disciplinary_action.recorded",
        agent_id=agent_id,
        subject_type="disciplinary_action",
        subject_id=action.id,
        outcome=action.action,
    )
    return DisciplinaryActionOut.model_validate(action)


@router.get(
    "/v1/agents/{agent_id}/disciplinary-actions",
    response_model=Page[DisciplinaryActionOut],
    summary="List an agent's disciplinary actions",
)
def list_disciplinary_actions(
    agent_id: AgentId,
    _principal: Reader,
    session: DbSession,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[DisciplinaryActionOut]:
    rows = service.list_disciplinary_actions(
        session, agent_id=agent_id, period=None, after=cursor, limit=limit + 1
    )
    return page_of(rows, limit, DisciplinaryActionOut.model_validate)


@router.post(
    "/v1/agents/{agent_id}/trainings",
    status_code=201,
    response_model=TrainingOut,
    summary="Record a training",
)
def create_training(
    agent_id: AgentId,
    body: TrainingCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    audit: Audit,
) -> TrainingOut:
    """R-2009-b: an agent completed training on when CPNI may and may not be used. A training counts from
    `completed_at` until `expires_at` (null: no expiry)."""
    training = service.create_training(session, agent_id, body, now=clock.now())
    audit.record(
        "agent_training.recorded",
        agent_id=agent_id,
        subject_type="agent_training",
        subject_id=training.id,
        outcome="recorded",
        details={"course": training.course},
    )
    return TrainingOut.model_validate(training)


@router.get(
    "/v1/agents/{agent_id}/trainings", response_model=TrainingList, summary="List an agent's trainings"
)
def list_trainings(
    agent_id: AgentId,
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> TrainingList:
    """With `trained_now`: whether a training is valid at this moment (the disclosure checks ask the same)."""
    rows = service.list_trainings(session, agent_id=agent_id, period=None, after=cursor, limit=limit + 1)
    page = page_of(rows, limit, TrainingOut.model_validate)
    return TrainingList(
        agent_id=agent_id,
        trained_now=service.agent_training_status(session.connection(), agent_id, clock.now()),
        items=page.items,
        next_cursor=page.next_cursor,
    )


# --- the annual certification --------------------------------------------------------------------------

MARKDOWN = "text/markdown"


@router.get(
    "/v1/reports/annual-certification",
    response_model=AnnualCertification,
    summary="The annual CPNI certification data",
    responses={200: {"content": {MARKDOWN: {"schema": {"type": "string"}}}}},
)
def annual_certification(
    request: Request,
    year: Annotated[int, Query(ge=2007, le=9999, description="The calendar year certified.")],
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: Annotated[BusinessCalendar, Depends(get_calendar)],
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
