"""Breaches (design.md §4, R-2011). Writes need `breaches:write`; reads need `compliance:read`, so a
compliance officer's read-only key sees the deadlines without being able to change them (ADR 0011)."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Literal

from fastapi import APIRouter, BackgroundTasks, Depends, Path, Query, Request
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import Scope
from cpni_api.audit.trail import AuditTrail, get_audit_trail
from cpni_api.breaches import customer_notices, service
from cpni_api.breaches.models import Breach
from cpni_api.breaches.schemas import (
    AffectedAccountOut,
    AffectedAccountsAdd,
    BreachCreate,
    BreachOut,
    ConsultationCreate,
    FccNotificationCreate,
    HoldCreate,
    HoldRelease,
    LawEnforcementNotificationCreate,
    PublicDisclosureCreate,
)
from cpni_api.core.business_days import BusinessCalendar, Calendars
from cpni_api.core.clock import Clock
from cpni_api.core.db import get_session
from cpni_api.core.dependencies import get_calendar, get_clock, get_settings
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.request_context import current_request_id
from cpni_api.core.settings import Settings

router = APIRouter(prefix="/v1/breaches", tags=["breaches"])
DbSession = Annotated[Session, Depends(get_session, scope="function")]
BreachId = Annotated[str, Path(max_length=40)]
ClockDep = Annotated[Clock, Depends(get_clock)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Audit = Annotated[AuditTrail, Depends(get_audit_trail)]
Writer = Annotated[Principal, Depends(RequireScope(Scope.BREACHES_WRITE))]
Reader = Annotated[Principal, Depends(RequireScope(Scope.COMPLIANCE_READ))]


@lru_cache(maxsize=8)
def _weekends_only(timezone: str) -> BusinessCalendar:
    return BusinessCalendar.weekends_only(timezone=timezone)


def get_breach_calendars(calendar: Annotated[BusinessCalendar, Depends(get_calendar)]) -> Calendars:
    """E1: the configured calendar for "not before" waits, its weekends-only twin for "no later than"."""
    return Calendars(no_later_than=_weekends_only(calendar.timezone.key), not_before=calendar)


CalendarsDep = Annotated[Calendars, Depends(get_breach_calendars)]


def _view(session: Session, breach: Breach, clock: Clock, settings: Settings) -> BreachOut:
    return service.view_of(session, breach, now=clock.now(), retention_years=settings.breach_retention_years)


def _schedule_notices(
    background: BackgroundTasks, request: Request, breach: Breach, principal: Principal, settings: Settings
) -> None:
    background.add_task(
        customer_notices.notify_after_response,
        request.app.state.session_factory,
        request.app.state.clock,
        breach.id,
        batch_size=settings.breach_notice_batch_size,
        correlation_id=current_request_id(),
        api_key_id=principal.api_key_id,
    )


@router.post("", status_code=201, response_model=BreachOut, summary="Record a breach")
def create_breach(
    body: BreachCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    calendars: CalendarsDep,
    audit: Audit,
) -> BreachOut:
    """R-2011-d record; answers with `law_enforcement_notice_due_by`: the end of the 7th business day after
    `determined_at`, holidays counted as business days (R-2011-b, E1). The regime is fixed here (E19).
    Unknown `affected_account_ids` refuse the request (422 `UNKNOWN_ACCOUNT_IDS`, listing them)."""
    breach = service.create_breach(
        session,
        body=body,
        now=clock.now(),
        calendars=calendars,
        effective_2024_on=settings.breach_2024_rules_effective_on,
    )
    audit.record(
        "breach.recorded",
        subject_type="breach",
        subject_id=breach.id,
        outcome="recorded",
        details={"regime": breach.regime, "affected_accounts": breach.affected_account_count},
    )
    return _view(session, breach, clock, settings)


@router.get("", response_model=Page[BreachOut], summary="List breaches with what is due and overdue")
def list_breaches(
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    status: Annotated[
        list[Literal["overdue", "due", "waiting", "in_progress", "closed", "open"]] | None,
        Query(description="Repeatable. `open` is every status but `closed`."),
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
    rows = service.list_breaches(
        session,
        statuses=statuses,
        after_id=cursor,
        limit=limit + 1,
        now=clock.now(),
        retention_years=settings.breach_retention_years,
    )
    return page_of(rows, limit, lambda row: row)


@router.get(
    "/{breach_id}", response_model=BreachOut, summary="Get a breach, its deadlines and notice progress"
)
def get_breach(
    breach_id: BreachId, _principal: Reader, session: DbSession, clock: ClockDep, settings: SettingsDep
) -> BreachOut:
    """`customer_notice` shows the progress of the notices (`notified_count` of `total`, `status`)."""
    return _view(session, service.get_breach(session, breach_id), clock, settings)


@router.post(
    "/{breach_id}/affected-accounts", response_model=BreachOut, summary="Add affected accounts to a breach"
)
def add_affected_accounts(
    breach_id: BreachId,
    body: AffectedAccountsAdd,
    principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
    background: BackgroundTasks,
    request: Request,
) -> BreachOut:
    """For accounts found later, or breaches too large for one request. Accounts already listed are ignored.
    When the customer notice was already requested, the new accounts are notified as well."""
    breach = service.get_breach(session, breach_id, for_update=True)
    added = service.add_affected_accounts(session, breach, body.account_ids, now=clock.now())
    audit.record(
        "breach.affected_accounts_added",
        subject_type="breach",
        subject_id=breach.id,
        outcome="added",
        details={"added": added, "total": breach.affected_account_count},
    )
    if added and breach.customer_notice_requested_at is not None:
        _schedule_notices(background, request, breach, principal, settings)
    return _view(session, breach, clock, settings)


@router.get(
    "/{breach_id}/affected-accounts",
    response_model=Page[AffectedAccountOut],
    summary="List a breach's affected accounts and their notice state",
)
def list_affected_accounts(
    breach_id: BreachId,
    _principal: Reader,
    session: DbSession,
    notified: Annotated[bool | None, Query(description="Only notified (true) or pending (false).")] = None,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
) -> Page[AffectedAccountOut]:
    service.get_breach(session, breach_id)
    rows = service.list_affected_accounts(
        session, breach_id, after_account_id=cursor, limit=limit + 1, notified=notified
    )
    return page_of(rows, limit, AffectedAccountOut.model_validate, cursor=lambda row: row.account_id)


@router.post(
    "/{breach_id}/law-enforcement-notifications",
    response_model=BreachOut,
    summary="Record the notice to law enforcement",
)
def notify_law_enforcement(
    breach_id: BreachId,
    body: LawEnforcementNotificationCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    calendars: CalendarsDep,
    audit: Audit,
) -> BreachOut:
    """R-2011-b: the notice to the USSS and FBI. Under the 2007 regime the answer carries
    `customer_notice_not_before`: 7 full business days later, the day of notice not counted, weekends and
    holidays skipped (R-2011-b-1, E1). `urgent_need` opens the urgent path once a consultation with the
    investigating agency is recorded (R-2011-b-2)."""
    breach = service.get_breach(session, breach_id, for_update=True)
    service.record_law_enforcement_notification(
        session,
        breach,
        notified_at=body.notified_at,
        reference=body.reference,
        urgent_need=body.urgent_need,
        now=clock.now(),
        calendars=calendars,
    )
    audit.record(
        "breach.law_enforcement_notified",
        subject_type="breach",
        subject_id=breach.id,
        outcome="on_time" if body.notified_at <= breach.law_enforcement_notice_due_by else "late",
        details={"urgent_need": body.urgent_need, "regime": breach.regime},
    )
    return _view(session, breach, clock, settings)


@router.post(
    "/{breach_id}/fcc-notifications", response_model=BreachOut, summary="Record the notice to the FCC"
)
def notify_fcc(
    breach_id: BreachId,
    body: FccNotificationCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
) -> BreachOut:
    """2024 regime (R-2011-NEW): the FCC is notified with law enforcement when 500 or more customers are
    affected or harm is reasonably likely. Recording it under the 2007 regime is allowed (voluntary)."""
    breach = service.get_breach(session, breach_id, for_update=True)
    service.record_fcc_notification(
        session, breach, notified_at=body.notified_at, reference=body.reference, now=clock.now()
    )
    audit.record("breach.fcc_notified", subject_type="breach", subject_id=breach.id, outcome="recorded")
    return _view(session, breach, clock, settings)


@router.post(
    "/{breach_id}/law-enforcement-holds", status_code=201, response_model=BreachOut, summary="Record a hold"
)
def create_hold(
    breach_id: BreachId,
    body: HoldCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
) -> BreachOut:
    """R-2011-b-3: an agency's direction not to notify customers or disclose publicly. An initial hold lasts
    at most 30 days; an extension names `extends_hold_id` and its `written_direction_reference`. Customer
    notice is refused while any hold is active, on the urgent path too."""
    breach = service.get_breach(session, breach_id, for_update=True)
    hold = service.record_hold(session, breach, body, now=clock.now())
    audit.record(
        "breach.law_enforcement_hold_recorded",
        subject_type="breach",
        subject_id=breach.id,
        outcome="extension" if hold.extends_hold_id else "initial",
        details={"hold_id": hold.id, "until": hold.until.isoformat()},
    )
    return _view(session, breach, clock, settings)


@router.post(
    "/{breach_id}/law-enforcement-holds/{hold_id}/release",
    response_model=BreachOut,
    summary="Record the end of a hold",
)
def release_hold(
    breach_id: BreachId,
    hold_id: Annotated[str, Path(max_length=40)],
    body: HoldRelease,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
) -> BreachOut:
    """R-2011-b-3: the agency's written notice that disclosure will no longer impede the investigation."""
    breach = service.get_breach(session, breach_id, for_update=True)
    service.release_hold(
        session,
        breach,
        hold_id,
        released_at=body.released_at,
        reference=body.written_notice_reference,
        now=clock.now(),
    )
    audit.record(
        "breach.law_enforcement_hold_released",
        subject_type="breach",
        subject_id=breach.id,
        outcome="released",
        details={"hold_id": hold_id},
    )
    return _view(session, breach, clock, settings)


@router.post(
    "/{breach_id}/agency-consultations",
    status_code=201,
    response_model=BreachOut,
    summary="Record a consultation with the investigating agency",
)
def create_consultation(
    breach_id: BreachId,
    body: ConsultationCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
) -> BreachOut:
    """R-2011-b-2: with `urgent_need` flagged in the law-enforcement notice, a consultation opens the urgent
    path to notify customers before the 7 full business days have passed."""
    breach = service.get_breach(session, breach_id, for_update=True)
    consultation = service.record_consultation(session, breach, body, now=clock.now())
    audit.record(
        "breach.agency_consulted",
        subject_type="breach",
        subject_id=breach.id,
        outcome="recorded",
        details={"consultation_id": consultation.id, "urgent_need": breach.urgent_need},
    )
    return _view(session, breach, clock, settings)


@router.post(
    "/{breach_id}/public-disclosures",
    status_code=201,
    response_model=BreachOut,
    summary="Record a public disclosure of the breach",
)
def create_public_disclosure(
    breach_id: BreachId,
    body: PublicDisclosureCreate,
    _principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
) -> BreachOut:
    """R-2011-a, E18: a public disclosure, voluntary or under state or local law, is refused exactly when a
    customer notice would be (409 `CUSTOMER_NOTICE_TOO_EARLY` with `reason`)."""
    breach = service.get_breach(session, breach_id, for_update=True)
    disclosure = service.record_public_disclosure(session, breach, body, now=clock.now())
    audit.record(
        "breach.public_disclosure_recorded",
        subject_type="breach",
        subject_id=breach.id,
        outcome="recorded",
        details={"disclosure_id": disclosure.id, "channel": disclosure.channel},
    )
    return _view(session, breach, clock, settings)


@router.post(
    "/{breach_id}/customer-notifications",
    status_code=202,
    response_model=BreachOut,
    summary="Notify every affected customer",
)
def notify_customers(
    breach_id: BreachId,
    principal: Writer,
    session: DbSession,
    clock: ClockDep,
    settings: SettingsDep,
    audit: Audit,
    background: BackgroundTasks,
    request: Request,
) -> BreachOut:
    """R-2011-c: one `breach.customer_notice` event per affected account, through the outbox. 409
    `CUSTOMER_NOTICE_TOO_EARLY` (with `reason` and `earliest_allowed_at`) before law enforcement was
    notified, during the waiting period (unless the urgent path applies) or while a hold is active.

    202: the notices are emitted right after the response, in batches that each commit on their own; watch
    `customer_notice` on `GET /v1/breaches/{breach_id}`. Idempotent: repeating the request never notifies an
    account twice, and resumes a run that was interrupted."""
    breach = service.get_breach(session, breach_id, for_update=True)
    decision = service.request_customer_notice(session, breach, now=clock.now())
    audit.record(
        "breach.customer_notice_requested",
        subject_type="breach",
        subject_id=breach.id,
        outcome="already_completed" if decision is None else "accepted",
        details={
            "reason": decision.reason.value if decision else None,
            "accounts": breach.affected_account_count,
        },
    )
    if decision is not None:
        _schedule_notices(background, request, breach, principal, settings)
    return _view(session, breach, clock, settings)
