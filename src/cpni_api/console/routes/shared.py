"""What the console's routes share (ADR 0043): the templates, the security headers every response carries,
who is signed in (a live session, its API key recorded as the request's principal), the form token check, and
the `Desk` a page reads through."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from sqlalchemy.orm import Session

from cpni_api.api_keys.auth import Principal
from cpni_api.carrier_policy.service import carrier_policy_view
from cpni_api.compliance.readable import local_instant
from cpni_api.compliance.report import build_annual_certification
from cpni_api.compliance.schemas import AnnualCertification
from cpni_api.console import policy, service
from cpni_api.console.service import Officer
from cpni_api.core.business_days import BusinessCalendar
from cpni_api.core.dependencies import CalendarDep, ClockDep, DbSession, SettingsDep
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings

HERE = Path(__file__).resolve().parents[1]
templates = Jinja2Templates(directory=HERE / "templates")
SESSION_COOKIE = "cpni_console_session"
SIGN_IN_COOKIE = "cpni_console_sign_in"
SIGN_IN_TOKEN_SECONDS = 600
# Everything the pages load comes from this service; nothing may frame them or post elsewhere.
HEADERS = {
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


def secure_cookies(settings: Settings) -> bool:
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


def page(
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
    response.headers.update(HEADERS)
    return response


def redirect(location: str) -> Response:
    response = RedirectResponse(location, status_code=303)
    response.headers.update(HEADERS)
    return response


def to_sign_in() -> Response:
    return redirect("/console/sign-in")


@dataclass(frozen=True)
class Desk:
    """What every page reads: the request, the officer (None: not signed in), the transaction, the clock's
    now, the carrier's calendar and the settings."""

    request: Request
    officer: Officer | None
    session: Session
    now: datetime
    calendar: BusinessCalendar
    settings: Settings

    def page(self, template: str, status_code: int = 200, **context: Any) -> Response:
        return page(self.request, template, self.calendar, self.officer, status_code, **context)

    def report(self, year: int) -> AnnualCertification:
        return build_annual_certification(
            self.session,
            year=year,
            calendar=self.calendar,
            carrier_policy=carrier_policy_view(self.settings),
            now=self.now,
        )


def _desk(
    request: Request,
    officer: OfficerOrNone,
    session: DbSession,
    clock: ClockDep,
    calendar: CalendarDep,
    settings: SettingsDep,
) -> Desk:
    return Desk(request, officer, session, clock.now(), calendar, settings)


DeskDep = Annotated[Desk, Depends(_desk)]


def _signed_in(desk: DeskDep) -> Desk:
    """For what a page loads (a chart, the PDF): 401 without a live session, never a redirect."""
    if desk.officer is None:
        raise ProblemError(ErrorCode.CONSOLE_SIGN_IN_REQUIRED, "Sign in to the console first.")
    return desk


SignedInDesk = Annotated[Desk, Depends(_signed_in)]
