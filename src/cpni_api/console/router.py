"""The compliance officer's console (design.md §5, ADR 0043): server-rendered pages under `/console`, outside
the OpenAPI document. Sign in with an API key holding `compliance:read`; the session lives in the database
(any replica serves it) behind an HttpOnly, SameSite=Strict cookie with a server-side expiry; every form
carries a token derived from the session (CSRF), the sign-in form a token of its own cookie. Pages without a
live session redirect to the sign-in page; a form posted without one is a 401, with a wrong token a 403.

A page reads through the other domains' views; a form makes its one change through the owning service (the
campaign review through `campaigns.service.review_campaign`), which records the audit row (ADR 0019)."""

from __future__ import annotations

from fastapi import APIRouter

from cpni_api.console.routes import pages, session

router = APIRouter(include_in_schema=False)
for routes in (session, pages):
    router.include_router(routes.router)
