"""The compliance officer's console (design.md §5, ADR 0043): server-rendered pages under `/console`, outside
the OpenAPI document. Sign in with an API key holding `compliance:read`; the session lives in the database
(any replica serves it) behind an HttpOnly, SameSite=Strict cookie with a server-side expiry; every form
carries a token derived from the session (CSRF), the sign-in form a token of its own cookie. Pages without a
live session redirect to the sign-in page; a form posted without one is a 401, with a wrong token a 403.

A page reads through the other domains' views; a form makes its one change through the owning service (the
campaign review through `campaigns.service.review_campaign`), which records the audit row (ADR 0019)."""

from __future__ import annotations

import secrets
from datetime import date, datetime, time
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from pydantic import ValidationError

from cpni_api.api_keys.auth import Principal
from cpni_api.audit.chain import verify_chain
from cpni_api.audit.context import WriteContextDep
from cpni_api.breaches import views as breach_views
from cpni_api.campaigns import service as campaigns
from cpni_api.campaigns.schemas import ReviewCreate
from cpni_api.carrier_policy.service import carrier_policy_view
from cpni_api.compliance.policy import FIRST_CERTIFIED_YEAR
from cpni_api.compliance.readable import local_instant
from cpni_api.compliance.report import build_annual_certification
from cpni_api.compliance.report_pdf import render_pdf
from cpni_api.console import charts, policy, reads, service
from cpni_api.console.service import Officer, SignInRefused
from cpni_api.console.timeline import breach_timeline
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.request_values import LATEST_YEAR
from cpni_api.core.settings import Settings
from cpni_api.obligations import service as obligations

router = APIRouter(prefix="/console", include_in_schema=False)
_HERE = Path(__file__).parent
templates = Jinja2Templates(directory=_HERE / "templates")
SESSION_COOKIE = "cpni_console_session"
SIGN_IN_COOKIE = "cpni_console_sign_in"
SIGN_IN_TOKEN_SECONDS = 600
# Everything the pages load comes from this service; nothing may frame them or post elsewhere.
_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@pass_context
def _local(context: Any, instant: datetime | None) -> str:
    return local_instant(instant, context["calendar_zone"])


templates.env.filters["local"] = _local


def _secure(settings: Settings) -> bool:
    if settings.console_secure_cookies is not None:
        return settings.console_secure_cookies
    return settings.env == "production"


def _secret(settings: Settings) -> str:
    return settings.api_key_hmac_key.get_secret_value()


def _officer(request: Request, session: DbSession, clock: ClockDep, settings: SettingsDep) -> Officer | None:
    """The signed-in officer, or None; recorded on the request as its principal, so a change made from a form
    is audited under the officer's API key."""
    officer = service.signed_in(
        session, request.cookies.get(SESSION_COOKIE), secret=_secret(settings), now=clock.now()
    )
    if officer is not None:
        request.state.principal = Principal(
            api_key_id=officer.api_key_id, name=officer.key_name, scopes=officer.scopes
        )
    return officer


OfficerOrNone = Annotated[Officer | None, Depends(_officer)]


def _form_officer(officer: OfficerOrNone, csrf_token: Annotated[str | None, Form()] = None) -> Officer:
    """A form's poster: 401 without a live session, 403 when the form's token is not this session's."""
    if officer is None:
        raise ProblemError(ErrorCode.CONSOLE_SIGN_IN_REQUIRED, "Sign in to the console first.")
    if not policy.tokens_match(officer.form_token, csrf_token):
        raise ProblemError(ErrorCode.CSRF_TOKEN_INVALID, "The form's token is missing or not this session's.")
    return officer


FormOfficer = Annotated[Officer, Depends(_form_officer)]


def _page(
    request: Request,
    template: str,
    calendar: CalendarDep,
    officer: Officer | None,
    status_code: int = 200,
    **context: Any,
) -> Response:
    response = templates.TemplateResponse(
        request,
        template,
        {"officer": officer, "calendar_zone": calendar.timezone, "zone": calendar.timezone.key, **context},
        status_code=status_code,
    )
    response.headers.update(_HEADERS)
    return response


def _redirect(location: str) -> Response:
    response = RedirectResponse(location, status_code=303)
    response.headers.update(_HEADERS)
    return response


def _to_sign_in() -> Response:
    return _redirect("/console/sign-in")


@router.get("")
def console_home(officer: OfficerOrNone) -> Response:
    return _redirect("/console/obligations" if officer else "/console/sign-in")


@router.get("/sign-in")
def sign_in_page(
    request: Request, officer: OfficerOrNone, calendar: CalendarDep, settings: SettingsDep
) -> Response:
    if officer is not None:
        return _redirect("/console/obligations")
    return _sign_in_form(request, calendar, settings)


def _sign_in_form(
    request: Request,
    calendar: CalendarDep,
    settings: Settings,
    message: str | None = None,
    status_code: int = 200,
) -> Response:
    """The sign-in form with a fresh token, also set in a cookie of its own: the post must carry both."""
    token = secrets.token_urlsafe(32)
    response = _page(
        request,
        "sign_in.html",
        calendar,
        None,
        status_code,
        csrf_token=token,
        message=message,
        message_kind="error",
    )
    response.set_cookie(
        SIGN_IN_COOKIE,
        token,
        max_age=SIGN_IN_TOKEN_SECONDS,
        path="/console",
        httponly=True,
        samesite="strict",
        secure=_secure(settings),
    )
    return response


@router.post("/sign-in")
def sign_in(
    request: Request,
    context: WriteContextDep,
    calendar: CalendarDep,
    api_key: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str | None, Form(max_length=200)] = None,
) -> Response:
    if not policy.tokens_match(request.cookies.get(SIGN_IN_COOKIE, ""), csrf_token):
        raise ProblemError(ErrorCode.CSRF_TOKEN_INVALID, "The sign-in form's token is missing or stale.")
    try:
        _session, token = service.sign_in(context, api_key.strip())
    except SignInRefused as refused:
        return _sign_in_form(request, calendar, context.settings, refused.reason, refused.status)
    response = _redirect("/console/obligations")
    response.set_cookie(
        SESSION_COOKIE,
        token,
        # Relative, so the browser's clock cannot stretch it; the server's expiry is the one that counts.
        max_age=context.settings.console_session_minutes * 60,
        path="/console",
        httponly=True,
        samesite="strict",
        secure=_secure(context.settings),
    )
    response.delete_cookie(SIGN_IN_COOKIE, path="/console")
    return response


@router.post("/sign-out")
def sign_out(officer: FormOfficer, context: WriteContextDep) -> Response:
    service.sign_out(context, officer)
    response = _redirect("/console/sign-in")
    response.delete_cookie(SESSION_COOKIE, path="/console", httponly=True, samesite="strict")
    return response


@router.get("/obligations")
def obligations_page(
    request: Request, officer: OfficerOrNone, session: DbSession, clock: ClockDep, calendar: CalendarDep
) -> Response:
    if officer is None:
        return _to_sign_in()
    found = obligations.list_obligations(session, calendar=calendar, now=clock.now())
    return _page(request, "obligations.html", calendar, officer, page="obligations", obligations=found)


@router.get("/breaches")
def breaches_page(
    request: Request,
    officer: OfficerOrNone,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
) -> Response:
    if officer is None:
        return _to_sign_in()
    found = breach_views.list_breaches(
        session,
        statuses=None,
        after_id=None,
        limit=500,
        now=clock.now(),
        retention_years=settings.breach_retention_years,
    )
    urgency = {"overdue": 0, "due": 1, "waiting": 2, "in_progress": 3, "closed": 4, "voided": 5}
    found.sort(key=lambda b: (urgency[b.status], b.next_deadline or b.determined_at))
    return _page(request, "breaches.html", calendar, officer, page="breaches", breaches=found)


@router.get("/breaches/{breach_id}")
def breach_page(
    request: Request,
    breach_id: str,
    officer: OfficerOrNone,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
) -> Response:
    if officer is None:
        return _to_sign_in()
    try:
        breach = breach_views.get_breach(session, breach_id[:40])
    except ProblemError:
        return _page(
            request,
            "problem.html",
            calendar,
            officer,
            404,
            title="Not found",
            detail="No breach has that id.",
        )
    view = breach_views.view_of(
        session, breach, now=clock.now(), retention_years=settings.breach_retention_years
    )
    return _page(
        request,
        "breach.html",
        calendar,
        officer,
        page="breaches",
        breach=view,
        timeline=breach_timeline(view),
    )


def _campaigns(
    request: Request,
    officer: Officer,
    session: DbSession,
    calendar: CalendarDep,
    message: str | None = None,
    kind: str = "info",
    status_code: int = 200,
) -> Response:
    pending = reads.campaigns_awaiting_review(session)
    return _page(
        request,
        "campaigns.html",
        calendar,
        officer,
        status_code,
        page="campaigns",
        campaigns=pending,
        message=message,
        message_kind=kind,
    )


@router.get("/campaigns")
def campaigns_page(
    request: Request, officer: OfficerOrNone, session: DbSession, calendar: CalendarDep
) -> Response:
    if officer is None:
        return _to_sign_in()
    return _campaigns(request, officer, session, calendar)


@router.post("/campaigns/{campaign_id}/review")
def review_campaign(
    request: Request,
    campaign_id: str,
    officer: FormOfficer,
    context: WriteContextDep,
    calendar: CalendarDep,
    decision: Annotated[str, Form(max_length=20)] = "",
    reviewer: Annotated[str, Form(max_length=200)] = "",
    notes: Annotated[str | None, Form(max_length=5000)] = None,
) -> Response:
    """R-2009-d through the console: only with `campaigns:approve`; the reviewer may not be the requester
    (`review_campaign` refuses it, as the API does)."""
    session = context.session
    if not officer.may_review_campaigns:
        return _campaigns(
            request, officer, session, calendar, "This key lacks campaigns:approve.", "error", 403
        )
    try:
        body = ReviewCreate(reviewer=reviewer, decision=decision, notes=notes or None)
    except ValidationError:
        return _campaigns(
            request,
            officer,
            session,
            calendar,
            "Name the reviewer and choose approve or reject.",
            "error",
            422,
        )
    try:
        review = campaigns.review_campaign(context, campaign_id[:40], body, api_key_id=officer.api_key_id)
    except ProblemError as refused:
        return _campaigns(request, officer, session, calendar, refused.detail, "error", refused.status)
    message = f"Campaign {review.campaign_id} {review.decision} by {review.reviewer}."
    return _campaigns(request, officer, session, calendar, message, "ok")


def _day_start(text: str | None, calendar: CalendarDep, *, next_day: bool = False) -> datetime | None:
    if not text:
        return None
    day = date.fromisoformat(text)
    if not 1900 <= day.year <= LATEST_YEAR:
        raise ValueError("out of range")
    if next_day:
        day = date.fromordinal(day.toordinal() + 1)
    return datetime.combine(day, time(), tzinfo=calendar.timezone)


@router.get("/audit")
def audit_page(
    request: Request,
    officer: OfficerOrNone,
    session: DbSession,
    calendar: CalendarDep,
    settings: SettingsDep,
    verify: bool = False,
) -> Response:
    if officer is None:
        return _to_sign_in()
    params = request.query_params
    filters = {name: (params.get(name) or "")[:100] or None for name in ("agent_id", "action", "from", "to")}
    message = None
    try:
        occurred_from = _day_start(filters["from"], calendar)
        occurred_to = _day_start(filters["to"], calendar, next_day=True)
    except ValueError:
        occurred_from = occurred_to = None
        message = "Dates are days such as 2026-03-02, within the years 1900-2200."
    records = reads.recent_audit_records(
        session,
        agent_id=filters["agent_id"],
        action=filters["action"],
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )
    verified = verify_chain(session, key=settings.audit_hmac_key.get_secret_value()) if verify else None
    return _page(
        request,
        "audit.html",
        calendar,
        officer,
        422 if message else 200,
        page="audit",
        chain=reads.chain_state(session),
        verified=verified,
        records=records,
        filters=filters,
        message=message,
        message_kind="error",
    )


def _year(request: Request, calendar: CalendarDep, now: datetime) -> int | None:
    text = request.query_params.get("year")
    if text is None:
        return calendar.local_date(now).year - 1
    try:
        year = int(text)
    except ValueError:
        return None
    return year if FIRST_CERTIFIED_YEAR <= year <= LATEST_YEAR else None


@router.get("/certification")
def certification_page(
    request: Request,
    officer: OfficerOrNone,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
) -> Response:
    if officer is None:
        return _to_sign_in()
    year = _year(request, calendar, clock.now())
    if year is None:
        detail = f"The year is a calendar year from {FIRST_CERTIFIED_YEAR} to {LATEST_YEAR}."
        return _page(request, "problem.html", calendar, officer, 422, title="No such year", detail=detail)
    report = build_annual_certification(
        session, year=year, calendar=calendar, carrier_policy=carrier_policy_view(settings), now=clock.now()
    )
    return _page(
        request,
        "certification.html",
        calendar,
        officer,
        page="certification",
        report=report,
        latest_year=LATEST_YEAR,
    )


@router.get("/certification.pdf")
def certification_pdf(
    request: Request,
    officer: OfficerOrNone,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
) -> Response:
    if officer is None:
        raise ProblemError(ErrorCode.CONSOLE_SIGN_IN_REQUIRED, "Sign in to the console first.")
    year = _year(request, calendar, clock.now())
    if year is None:
        raise ProblemError(
            ErrorCode.VALIDATION_FAILED, f"year must be from {FIRST_CERTIFIED_YEAR} to {LATEST_YEAR}."
        )
    report = build_annual_certification(
        session, year=year, calendar=calendar, carrier_policy=carrier_policy_view(settings), now=clock.now()
    )
    return Response(
        render_pdf(report, fallback_fonts=settings.pdf_fallback_fonts),
        media_type="application/pdf",
        headers={**_HEADERS, "Content-Disposition": f'attachment; filename="cpni-certification-{year}.pdf"'},
    )


@router.get("/signals")
def signals_page(request: Request, officer: OfficerOrNone, calendar: CalendarDep) -> Response:
    if officer is None:
        return _to_sign_in()
    return _page(request, "signals.html", calendar, officer, page="signals")


def _svg(content: bytes) -> Response:
    return Response(content, media_type="image/svg+xml", headers=_HEADERS)


@router.get("/charts/verification.svg")
def verification_chart(
    officer: OfficerOrNone, session: DbSession, clock: ClockDep, calendar: CalendarDep
) -> Response:
    if officer is None:
        raise ProblemError(ErrorCode.CONSOLE_SIGN_IN_REQUIRED, "Sign in to the console first.")
    signals = reads.verification_signals(session, now=clock.now(), zone=calendar.timezone)
    return _svg(charts.verification_chart(signals))


@router.get("/charts/disclosures.svg")
def disclosure_chart(officer: OfficerOrNone, session: DbSession, clock: ClockDep) -> Response:
    if officer is None:
        raise ProblemError(ErrorCode.CONSOLE_SIGN_IN_REQUIRED, "Sign in to the console first.")
    return _svg(charts.disclosure_chart(reads.disclosure_reasons(session, now=clock.now())))


@router.get("/static/console.css")
def stylesheet() -> Response:
    return FileResponse(
        _HERE / "static" / "console.css", media_type="text/css", headers={"Cache-Control": "max-age=3600"}
    )
