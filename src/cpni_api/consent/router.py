"""Consent: CPNI notices, customer decisions, usage checks and the history export (R-2007, R-2008, R-2009-a).
A write route parses, authorizes and makes its one change in the domain, which records the audit row
(ADR 0019)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from sqlalchemy.orm import Session

from cpni_api.accounts.service import get_account
from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.context import WriteContext, WriteContextDep
from cpni_api.audit.trail import Audit, AuditTrail
from cpni_api.consent import approvals, exports, notices, service, usage_checks
from cpni_api.consent.models import CpniNotice
from cpni_api.consent.schemas import (
    ApprovalCreate,
    ApprovalOut,
    ApprovalsView,
    BounceCreate,
    HistoryEntry,
    NoticeCreate,
    NoticeOut,
    UsageCheckCreate,
    UsageCheckOut,
)
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.clock import Clock
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, problems
from cpni_api.core.pagination import DEFAULT_LIMIT, MAX_LIMIT, Page, page_of
from cpni_api.core.request_values import RequestDatetime

router = APIRouter(tags=["consent"])
Calendar = CalendarDep
Reader = Annotated[Principal, Depends(RequireScope(ApiKeyScope.CONSENT_READ))]
Writer = Annotated[Principal, Depends(RequireScope(ApiKeyScope.CONSENT_WRITE))]
Checker = Annotated[Principal, Depends(RequireScope(ApiKeyScope.CONSENT_CHECK))]
AccountId = Annotated[str, Path(max_length=40)]
Cursor = Annotated[str | None, Query(max_length=200)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]


def _notice_view(context: WriteContext, notice: CpniNotice) -> NoticeOut:
    return notices.notice_views(context.session, [notice], service.carrier_policy(context.settings))[0]


def _when(context: WriteContext | Clock, calendar: BusinessCalendar) -> service.ConsentClock:
    now = context.now()
    return service.ConsentClock(now=now, today=calendar.local_date(now), timezone=calendar.timezone)


@router.post(
    "/v1/accounts/{account_id}/cpni-notices",
    status_code=201,
    response_model=NoticeOut,
    summary="Record a CPNI notice sent to the customer",
    responses=problems(ErrorCode.NOT_FOUND, ErrorCode.TIME_IN_FUTURE),
)
def create_cpni_notice(
    account_id: AccountId,
    body: NoticeCreate,
    _principal: Writer,
    context: WriteContextDep,
    calendar: Calendar,
) -> NoticeOut:
    """R-2008: an individual notice naming the recipients and purposes it asks approval for (E10). For an
    opt-out notice, `approval_assumable_from` is when approval may first be assumed: electronic sent + 30
    calendar days, mail mailed + 3 + 30 (R-2008-d-1, E9), counted conservatively across daylight-saving
    changes, plus `CPNI_OPT_OUT_EXTRA_WAIT_DAYS`."""
    notice = notices.record_notice(context, _when(context, calendar), account_id, body)
    return _notice_view(context, notice)


@router.get(
    "/v1/accounts/{account_id}/cpni-notices",
    response_model=Page[NoticeOut],
    summary="List an account's notices",
    responses=problems(ErrorCode.NOT_FOUND),
)
def list_cpni_notices(
    account_id: AccountId,
    _principal: Reader,
    session: DbSession,
    settings: SettingsDep,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[NoticeOut]:
    """The CPNI notices sent to the account, newest first, and whether each bounced (R-2008)."""
    rows = notices.list_notices(session, account_id, cursor, limit + 1)
    page = page_of(rows, limit, lambda row: row)  # the views are built in one batch below
    views = notices.notice_views(session, page.items, service.carrier_policy(settings))
    return Page[NoticeOut](items=views, next_cursor=page.next_cursor)


@router.post(
    "/v1/accounts/{account_id}/cpni-notices/{notice_id}/bounces",
    status_code=201,
    response_model=NoticeOut,
    summary="Record that a notice bounced",
    responses=problems(
        ErrorCode.INCONSISTENT_TIMESTAMPS,
        ErrorCode.NOTICE_NOT_BOUNCEABLE,
        ErrorCode.NOT_FOUND,
        ErrorCode.TIME_IN_FUTURE,
    ),
)
def create_notice_bounce(
    account_id: AccountId,
    notice_id: Annotated[str, Path(max_length=40)],
    body: BounceCreate,
    _principal: Writer,
    context: WriteContextDep,
) -> NoticeOut:
    """E9, R-2008-d-3: a bounced (or returned) notice is not notice. It no longer supports opt-out approval,
    nor a grant that cites it; send a new notice another way. Idempotent: the first bounce stands."""
    notice, _recorded = notices.record_bounce(context, account_id, notice_id, body)
    return _notice_view(context, notice)


@router.post(
    "/v1/accounts/{account_id}/approvals",
    status_code=201,
    response_model=ApprovalOut,
    summary="Record a customer's approval decision",
    responses=problems(
        ErrorCode.INTERACTION_ACCOUNT_MISMATCH,
        ErrorCode.INTERACTION_CLOSED,
        ErrorCode.INTERACTION_NOT_A_CALL,
        ErrorCode.NOTICE_SENT_AFTER_DECISION,
        ErrorCode.NOT_FOUND,
        ErrorCode.RECIPIENT_KIND_INVALID,
        ErrorCode.TIME_IN_FUTURE,
    ),
)
def create_approval(
    account_id: AccountId,
    body: ApprovalCreate,
    _principal: Writer,
    context: WriteContextDep,
) -> ApprovalOut:
    """Append-only (R-2007-a-3: the latest standing decision on a scope wins and stays in effect until the
    customer changes it). An oral grant needs `oral_evidence` (R-2007-a-2). A grant with `interaction_id` is
    one-time oral consent for that open call only (R-2008-f, E11)."""
    approval = approvals.record_approval(context, account_id, body)
    return approvals.approval_view(approval, None, context.settings.consent_retention_years)


@router.get(
    "/v1/accounts/{account_id}/approvals",
    response_model=ApprovalsView,
    summary="Current approval status per scope, and the history",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_approvals(
    account_id: AccountId,
    _principal: Reader,
    session: DbSession,
    clock: ClockDep,
    calendar: Calendar,
    settings: SettingsDep,
) -> ApprovalsView:
    """Each scope's standing status with its basis (R-2009-a): the latest decision, or what opt-out notices
    establish where the R-2007 table lets opt-out suffice. One-time oral consent is in the history only."""
    return approvals.approvals_view(
        session,
        _when(clock, calendar),
        account_id,
        settings.consent_retention_years,
        service.carrier_policy(settings),
    )


@router.post(
    "/v1/usage-checks",
    response_model=UsageCheckOut,
    summary="May this account's CPNI be used now?",
    responses=problems(ErrorCode.NOT_FOUND),
)
def create_usage_check(
    body: UsageCheckCreate,
    _principal: Checker,
    context: WriteContextDep,
    calendar: Calendar,
) -> UsageCheckOut:
    """R-2009-a: `allow` or `deny` with a `reason_code`, the `rule`, and the `basis` (the approval, the
    notice, or the R-2005 / 222(c)(1) / 222(d) exception). Fails closed: anything not positively established
    denies. `emergency` (47 U.S.C. 222(d)(4)) allows only the user's location (`includes_location: true`) to
    the named `emergency_recipient`, as a `third_party_disclosure`; `required_by_law` (222(c)(1)) allows a
    `third_party_disclosure` compelled by the named `legal_process`. The carrier's own policy
    (`GET /v1/carrier-policy`) is enforced too. Every check is kept (`GET /v1/usage-checks/{id}`) and is an
    audit record (`consent.usage_checked`)."""
    check = usage_checks.check_usage(context, _when(context, calendar), body)
    return usage_checks.usage_check_view(check)


@router.get(
    "/v1/usage-checks/{check_id}",
    response_model=UsageCheckOut,
    summary="A usage check, as answered",
    responses=problems(ErrorCode.NOT_FOUND),
)
def get_usage_check(
    check_id: Annotated[str, Path(max_length=40)], _principal: Reader, session: DbSession
) -> UsageCheckOut:
    """The check as asked and answered, with the basis it rested on (the recipient of an emergency
    disclosure, the legal process of one required by law)."""
    return usage_checks.usage_check_view(usage_checks.get_usage_check(session, check_id))


_CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/csv": {"schema": {"type": "string"}}},
        "description": "JSON page, or CSV with `?format=csv` or `Accept: text/csv` (the next cursor is "
        "in the `X-Next-Cursor` header).",
    }
}


def _wants_csv(request: Request, format_: str | None) -> bool:
    if format_ is not None:
        return format_ == "csv"
    return "text/csv" in request.headers.get("accept", "")


def _export(
    request: Request,
    session: Session,
    audit: AuditTrail,
    *,
    account_id: str | None,
    start: datetime | None,
    end: datetime | None,
    format_: str | None,
    cursor: str | None,
    limit: int,
) -> Page[HistoryEntry] | Response:
    csv_wanted = _wants_csv(request, format_)
    entries, next_cursor = exports.exported_page(
        session,
        audit,
        account_id=account_id,
        start=start,
        end=end,
        cursor=exports.Cursor.decode(cursor) if cursor else None,
        limit=limit,
        as_csv=csv_wanted,
    )
    encoded = next_cursor.encode() if next_cursor else None
    if csv_wanted:
        headers = {"X-Next-Cursor": encoded} if encoded else {}
        return Response(exports.to_csv(entries), media_type="text/csv; charset=utf-8", headers=headers)
    return Page[HistoryEntry](items=entries, next_cursor=encoded)


Format = Annotated[Literal["json", "csv"] | None, Query(alias="format")]
From = Annotated[RequestDatetime | None, Query(alias="from", description="Inclusive.")]
To = Annotated[RequestDatetime | None, Query(alias="to", description="Exclusive.")]


@router.get(
    "/v1/consent-history",
    response_model=Page[HistoryEntry],
    responses=_CSV_RESPONSE | problems(ErrorCode.INCONSISTENT_TIMESTAMPS),
    summary="Export consent history by date range (and optionally account)",
)
def export_consent_history(
    request: Request,
    _principal: Reader,
    session: DbSession,
    audit: Audit,
    account_id: Annotated[str | None, Query(max_length=40)] = None,
    start: From = None,
    end: To = None,
    format_: Format = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[HistoryEntry] | Response:
    """Notices (at `sent_at`), bounces (at `bounced_at`) and decisions (at `decided_at`), oldest first."""
    return _export(
        request,
        session,
        audit,
        account_id=account_id,
        start=start,
        end=end,
        format_=format_,
        cursor=cursor,
        limit=limit,
    )


@router.get(
    "/v1/accounts/{account_id}/consent-history",
    response_model=Page[HistoryEntry],
    responses=_CSV_RESPONSE | problems(ErrorCode.INCONSISTENT_TIMESTAMPS, ErrorCode.NOT_FOUND),
    summary="Export one account's consent history",
)
def export_account_consent_history(
    account_id: AccountId,
    request: Request,
    _principal: Reader,
    session: DbSession,
    audit: Audit,
    start: From = None,
    end: To = None,
    format_: Format = None,
    cursor: Cursor = None,
    limit: Limit = DEFAULT_LIMIT,
) -> Page[HistoryEntry] | Response:
    """One account's notices, approvals and revocations in a date range, as JSON pages or CSV, kept at least
    a year (R-2007, R-2009-c)."""
    get_account(session, account_id)
    return _export(
        request,
        session,
        audit,
        account_id=account_id,
        start=start,
        end=end,
        format_=format_,
        cursor=cursor,
        limit=limit,
    )
