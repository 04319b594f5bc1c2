"""Breaches (design.md §4, R-2011). Writes need `breaches:write`; reads need `compliance:read`, so a
compliance officer's read-only key sees the deadlines without being able to change them (ADR 0011).

A write route parses, authorizes, makes its one change (`service`, which records the audit row) and answers
with the breach as `views` shows it (ADR 0019)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, BackgroundTasks, Path, Query, Request

from cpni_api.audit.context import WriteContext, WriteContextDep
from cpni_api.breaches import customer_notices, service, views
from cpni_api.breaches import record as record_changes
from cpni_api.breaches.routes import record, summary
from cpni_api.breaches.routes.shared import BreachId, Reader, Writer, zone_of
from cpni_api.breaches.routes.shared import view as _view
from cpni_api.breaches.schemas import (
    AffectedAccountOut,
    AffectedAccountsAdd,
    BreachCreate,
    BreachOut,
    BreachVoid,
    ConsultationCreate,
    FccNotificationCreate,
    HoldCreate,
    HoldRelease,
    LawEnforcementNotificationCreate,
    PublicDisclosureCreate,
)
from cpni_api.core.dependencies import CalendarsDep, ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of

router = APIRouter(prefix="/v1/breaches", tags=["breaches"])


def _after_the_response(
    run: service.NoticeRun, context: WriteContext, background: BackgroundTasks, request: Request
) -> BreachOut:
    """The breach as it is now; the customer notices, when due, go out once the response is sent."""
    if run.notices_to_send:
        background.add_task(
            customer_notices.notify_after_response,
            request.app.state.session_factory,
            context.clock,
            run.breach.id,
            batch_size=context.settings.breach_notice_batch_size,
            correlation_id=context.audit.correlation_id,
            api_key_id=context.actor,
        )
    return _view(context, run.breach)


@router.post(
    "",
    status_code=201,
    response_model=BreachOut,
    summary="Record a breach",
    responses=problems(ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.UNKNOWN_ACCOUNT_IDS),
)
def create_breach(
    body: BreachCreate, _principal: Writer, context: WriteContextDep, calendars: CalendarsDep
) -> BreachOut:
    """R-2011-d record; answers with `law_enforcement_notice_due_by`: the end of the 7th business day after
    `determined_at`, holidays counted as business days (R-2011-b, E1). The regime is fixed here (E19).
    Unknown `affected_account_ids` refuse the request (422 `UNKNOWN_ACCOUNT_IDS`, listing them)."""
    return _view(context, service.create_breach(context, body, calendars))


@router.get("", response_model=Page[BreachOut], summary="List breaches with what is due and overdue")
def list_breaches(
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    status: Annotated[
        list[Literal["overdue", "due", "waiting", "in_progress", "closed", "voided", "not_a_breach", "open"]]
        | None,
        Query(description="Repeatable. `open` is every status but `closed` and `voided`."),
    ] = None,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[BreachOut]:
    """For the compliance officer: each breach's `status` as of now (the most urgent of its obligations:
    `overdue`, `due`, `waiting`, `in_progress`, else `closed`), its obligations and `next_deadline`."""
    statuses: set[str] | None = None
    if status:
        statuses = set(status)
        if "open" in statuses:
            statuses |= {"overdue", "due", "waiting", "in_progress"}
    rows = views.list_breaches(
        session,
        statuses=statuses,
        after_id=cursor,
        limit=limit + 1,
        now=clock.now(),
        retention_years=settings.breach_retention_years,
        zone=zone_of(settings),
    )
    return page_of(rows, limit, lambda row: row)


@router.get(
    "/{breach_id}",
    response_model=BreachOut,
    summary="Get a breach, its deadlines and notice progress",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_breach(
    breach_id: BreachId, _principal: Reader, session: DbSession, clock: ClockDep, settings: SettingsDep
) -> BreachOut:
    """`customer_notice` shows the progress of the notices (`notified_count` of `total`, `status`)."""
    return views.view_of(
        session,
        views.get_breach(session, breach_id),
        now=clock.now(),
        retention_years=settings.breach_retention_years,
        zone=zone_of(settings),
    )


@router.post(
    "/{breach_id}/affected-accounts",
    response_model=BreachOut,
    summary="Add affected accounts to a breach",
    responses=problems(ErrorCode.BREACH_VOIDED, ErrorCode.NOT_FOUND, ErrorCode.UNKNOWN_ACCOUNT_IDS),
)
def add_affected_accounts(
    breach_id: BreachId,
    body: AffectedAccountsAdd,
    _principal: Writer,
    context: WriteContextDep,
    background: BackgroundTasks,
    request: Request,
) -> BreachOut:
    """For accounts found later, or breaches too large for one request. Accounts already listed are ignored.
    When the customer notice was already requested, the new accounts are notified as well."""
    run = service.add_affected_accounts(context, breach_id, body.account_ids)
    return _after_the_response(run, context, background, request)


@router.get(
    "/{breach_id}/affected-accounts",
    response_model=Page[AffectedAccountOut],
    summary="List a breach's affected accounts and their notice state",
    responses=problems(ErrorCode.NOT_FOUND),
)
def list_affected_accounts(
    breach_id: BreachId,
    _principal: Reader,
    session: DbSession,
    notified: Annotated[bool | None, Query(description="Only notified (true) or pending (false).")] = None,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[AffectedAccountOut]:
    """The accounts affected by the breach, each with whether and when its customer notice went out
    (R-2011-c)."""
    views.get_breach(session, breach_id)
    rows = views.list_affected_accounts(
        session, breach_id, after_account_id=cursor, limit=limit + 1, notified=notified
    )
    return page_of(rows, limit, AffectedAccountOut.model_validate, cursor=lambda row: row.account_id)


@router.post(
    "/{breach_id}/law-enforcement-notifications",
    response_model=BreachOut,
    summary="Record the notice to law enforcement",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.LAW_ENFORCEMENT_ALREADY_NOTIFIED,
        ErrorCode.NOT_FOUND,
    ),
)
def notify_law_enforcement(
    breach_id: BreachId,
    body: LawEnforcementNotificationCreate,
    _principal: Writer,
    context: WriteContextDep,
    calendars: CalendarsDep,
) -> BreachOut:
    """R-2011-b: the notice to the USSS and FBI. Under the 2007 regime the answer carries
    `customer_notice_not_before`: 7 full business days later, the day of notice not counted, weekends and
    holidays skipped (R-2011-b-1, E1). `urgent_need` opens the urgent path once a consultation with the
    investigating agency is recorded (R-2011-b-2)."""
    return _view(context, service.record_law_enforcement_notification(context, breach_id, body, calendars))


@router.post(
    "/{breach_id}/fcc-notifications",
    response_model=BreachOut,
    summary="Record the notice to the FCC",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.FCC_ALREADY_NOTIFIED,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
    ),
)
def notify_fcc(
    breach_id: BreachId, body: FccNotificationCreate, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """2024 regime (R-2011-NEW): the FCC is notified with law enforcement when 500 or more customers are
    affected or harm is reasonably likely. Recording it under the 2007 regime is allowed (voluntary)."""
    return _view(context, service.record_fcc_notification(context, breach_id, body))


@router.post(
    "/{breach_id}/law-enforcement-holds",
    status_code=201,
    response_model=BreachOut,
    summary="Record a hold",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.INVALID_HOLD,
        ErrorCode.LAW_ENFORCEMENT_NOT_NOTIFIED,
        ErrorCode.NOT_FOUND,
    ),
)
def create_law_enforcement_hold(
    breach_id: BreachId, body: HoldCreate, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """R-2011-b-3: an agency's direction not to notify customers or disclose publicly. An initial hold lasts
    at most 30 days; an extension names `extends_hold_id` and its `written_direction_reference`. Customer
    notice is refused while any hold is active, on the urgent path too."""
    return _view(context, service.record_hold(context, breach_id, body))


@router.post(
    "/{breach_id}/law-enforcement-holds/{hold_id}/release",
    response_model=BreachOut,
    summary="Record the end of a hold",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.HOLD_ALREADY_RELEASED,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
    ),
)
def release_hold(
    breach_id: BreachId,
    hold_id: Annotated[str, Path(max_length=40)],
    body: HoldRelease,
    _principal: Writer,
    context: WriteContextDep,
) -> BreachOut:
    """R-2011-b-3: the agency's written notice that disclosure will no longer impede the investigation."""
    return _view(context, service.release_hold(context, breach_id, hold_id, body))


@router.post(
    "/{breach_id}/agency-consultations",
    status_code=201,
    response_model=BreachOut,
    summary="Record a consultation with the investigating agency",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.LAW_ENFORCEMENT_NOT_NOTIFIED,
        ErrorCode.NOT_FOUND,
    ),
)
def create_agency_consultation(
    breach_id: BreachId, body: ConsultationCreate, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """R-2011-b-2: with `urgent_need` flagged in the law-enforcement notice, a consultation opens the urgent
    path to notify customers before the 7 full business days have passed."""
    return _view(context, service.record_consultation(context, breach_id, body))


@router.post(
    "/{breach_id}/public-disclosures",
    status_code=201,
    response_model=BreachOut,
    summary="Record a public disclosure of the breach",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.CUSTOMER_NOTICE_TOO_EARLY,
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOT_FOUND,
    ),
)
def create_public_disclosure(
    breach_id: BreachId, body: PublicDisclosureCreate, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """R-2011-a, E18: a public disclosure, voluntary or under state or local law, is refused exactly when a
    customer notice would be (409 `CUSTOMER_NOTICE_TOO_EARLY` with `reason`)."""
    return _view(context, service.record_public_disclosure(context, breach_id, body))


@router.post(
    "/{breach_id}/customer-notifications",
    status_code=202,
    response_model=BreachOut,
    summary="Notify every affected customer",
    responses=problems(
        ErrorCode.BREACH_VOIDED,
        ErrorCode.CUSTOMER_NOTICE_TOO_EARLY,
        ErrorCode.CUSTOMER_NOTICE_CONTENT_INCOMPLETE,
        ErrorCode.NOT_FOUND,
    ),
)
def notify_customers(
    breach_id: BreachId,
    _principal: Writer,
    context: WriteContextDep,
    background: BackgroundTasks,
    request: Request,
) -> BreachOut:
    """R-2011-c: one `breach.customer_notice` event per affected account, through the outbox. 409
    `CUSTOMER_NOTICE_TOO_EARLY` (with `reason` and `earliest_allowed_at`) before law enforcement was
    notified, during the waiting period (unless the urgent path applies) or while a hold is active.

    202: the notices are emitted right after the response, in batches that each commit on their own; watch
    `customer_notice` on `GET /v1/breaches/{breach_id}`. Idempotent: repeating the request never notifies an
    account twice, and resumes a run that was interrupted."""
    return _after_the_response(
        service.request_customer_notice(context, breach_id), context, background, request
    )


@router.post(
    "/{breach_id}/void",
    response_model=BreachOut,
    summary="Void a breach recorded by mistake",
    responses=problems(ErrorCode.BREACH_ALREADY_VOIDED, ErrorCode.BREACH_NOT_VOIDABLE, ErrorCode.NOT_FOUND),
)
def void_breach(
    breach_id: BreachId, body: BreachVoid, _principal: Writer, context: WriteContextDep
) -> BreachOut:
    """A correction (design.md §5): the breach is kept with `voided_at` and the `reason`, owes nothing more
    (`status` `voided`), leaves `GET /v1/obligations` and the annual certification's counts, and takes no
    further change (409 `BREACH_VOIDED`). Voiding twice is a 409 `BREACH_ALREADY_VOIDED`; a breach whose
    customers or public were told cannot be voided (409 `BREACH_NOT_VOIDABLE`)."""
    return _view(context, record_changes.void_breach(context, breach_id, body))


# The 2024 record, the agency report and its filing (`routes/record.py`), under /v1/breaches; the annual
# summary (`routes/summary.py`) under /v1/reports, beside the certification.
router.include_router(record.router)
reports_router = summary.router
