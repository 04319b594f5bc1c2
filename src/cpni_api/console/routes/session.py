"""Signing in and out of the console (ADR 0043): the sign-in form with its own token, the session cookie,
sign-out."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from cpni_api.audit.context import WriteContextDep
from cpni_api.console import policy, service
from cpni_api.console.routes.shared import (
    SESSION_COOKIE,
    SIGN_IN_COOKIE,
    SIGN_IN_TOKEN_SECONDS,
    FormOfficer,
    OfficerOrNone,
    page,
    redirect,
    secure_cookies,
)
from cpni_api.console.service import SignInRefused
from cpni_api.core.dependencies import CalendarDep, SettingsDep
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.settings import Settings

router = APIRouter(prefix="/console")


@router.get("")
def console_home(officer: OfficerOrNone) -> Response:
    return redirect("/console/obligations" if officer else "/console/sign-in")


@router.get("/sign-in")
def sign_inpage(
    request: Request, officer: OfficerOrNone, calendar: CalendarDep, settings: SettingsDep
) -> Response:
    if officer is not None:
        return redirect("/console/obligations")
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
    response = page(
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
        secure=secure_cookies(settings),
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
    response = redirect("/console/obligations")
    response.set_cookie(
        SESSION_COOKIE,
        token,
        # Relative, so the browser's clock cannot stretch it; the server's expiry is the one that counts.
        max_age=context.settings.console_session_minutes * 60,
        path="/console",
        httponly=True,
        samesite="strict",
        secure=secure_cookies(context.settings),
    )
    response.delete_cookie(SIGN_IN_COOKIE, path="/console")
    return response


@router.post("/sign-out")
def sign_out(officer: FormOfficer, context: WriteContextDep) -> Response:
    service.sign_out(context, officer)
    response = redirect("/console/sign-in")
    response.delete_cookie(SESSION_COOKIE, path="/console", httponly=True, samesite="strict")
    return response
