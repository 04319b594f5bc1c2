"""The console's pages (design.md §5): obligations, breaches and their timelines, campaigns awaiting review
(and their review), the audit trail, the certification and its PDF, the signals and their charts."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form
from fastapi.responses import FileResponse, Response
from pydantic import ValidationError

from cpni_api.audit.chain import verify_chain
from cpni_api.audit.context import WriteContextDep
from cpni_api.breaches import views as breach_views
from cpni_api.campaigns import service as campaigns
from cpni_api.campaigns.schemas import ReviewCreate
from cpni_api.compliance.policy import FIRST_CERTIFIED_YEAR
from cpni_api.compliance.report_pdf import render_pdf
from cpni_api.console import charts, reads
from cpni_api.console.routes.shared import (
    HEADERS,
    HERE,
    Desk,
    DeskDep,
    FormOfficer,
    SignedInDesk,
    to_sign_in,
)
from cpni_api.console.timeline import breach_timeline
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.core.request_values import LATEST_YEAR
from cpni_api.obligations import service as obligations

router = APIRouter(prefix="/console")


@router.get("/obligations")
def obligationspage(desk: DeskDep) -> Response:
    if desk.officer is None:
        return to_sign_in()
    found = obligations.list_obligations(
        desk.session,
        calendar=desk.calendar,
        now=desk.now,
        breach_summary_due=desk.settings.breach_annual_summary_month_day,
    )
    return desk.page("obligations.html", page="obligations", obligations=found)


_URGENCY = {
    "overdue": 0,
    "due": 1,
    "waiting": 2,
    "in_progress": 3,
    "closed": 4,
    "not_a_breach": 5,
    "voided": 6,
}


@router.get("/breaches")
def breachespage(desk: DeskDep) -> Response:
    if desk.officer is None:
        return to_sign_in()
    found = breach_views.list_breaches(
        desk.session,
        statuses=None,
        after_id=None,
        limit=500,
        now=desk.now,
        retention_years=desk.settings.breach_retention_years,
        zone=desk.calendar.timezone,
    )
    found.sort(key=lambda b: (_URGENCY[b.status], b.next_deadline or b.determined_at))
    return desk.page("breaches.html", page="breaches", breaches=found)


@router.get("/breaches/{breach_id}")
def breachpage(breach_id: str, desk: DeskDep) -> Response:
    if desk.officer is None:
        return to_sign_in()
    try:
        breach = breach_views.get_breach(desk.session, breach_id[:40])
    except ProblemError:
        return desk.page("problem.html", 404, title="Not found", detail="No breach has that id.")
    view = breach_views.view_of(
        desk.session,
        breach,
        now=desk.now,
        retention_years=desk.settings.breach_retention_years,
        zone=desk.calendar.timezone,
    )
    return desk.page("breach.html", page="breaches", breach=view, timeline=breach_timeline(view))


def _campaigns(
    desk: Desk, message: str | None = None, kind: str = "info", status_code: int = 200
) -> Response:
    pending = reads.campaigns_awaiting_review(desk.session)
    return desk.page(
        "campaigns.html",
        status_code,
        page="campaigns",
        campaigns=pending,
        message=message,
        message_kind=kind,
    )


@router.get("/campaigns")
def campaignspage(desk: DeskDep) -> Response:
    if desk.officer is None:
        return to_sign_in()
    return _campaigns(desk)


@router.post("/campaigns/{campaign_id}/review")
def review_campaign(
    campaign_id: str,
    officer: FormOfficer,
    context: WriteContextDep,
    desk: DeskDep,
    decision: Annotated[str, Form(max_length=20)] = "",
    reviewer: Annotated[str, Form(max_length=200)] = "",
    notes: Annotated[str | None, Form(max_length=5000)] = None,
) -> Response:
    """R-2009-d through the console: only with `campaigns:approve`; the reviewer may not be the requester
    (`review_campaign` refuses it, as the API does)."""
    if not officer.may_review_campaigns:
        return _campaigns(desk, "This key lacks campaigns:approve.", "error", 403)
    try:
        body = ReviewCreate(reviewer=reviewer, decision=decision, notes=notes or None)
    except ValidationError:
        return _campaigns(desk, "Name the reviewer and choose approve or reject.", "error", 422)
    try:
        review = campaigns.review_campaign(context, campaign_id[:40], body, api_key_id=officer.api_key_id)
    except ProblemError as refused:
        return _campaigns(desk, refused.detail, "error", refused.status)
    return _campaigns(desk, f"Campaign {review.campaign_id} {review.decision} by {review.reviewer}.", "ok")


def _day_start(text: str | None, zone: ZoneInfo, *, next_day: bool = False) -> datetime | None:
    if not text:
        return None
    day = date.fromisoformat(text)
    if not 1900 <= day.year <= LATEST_YEAR:
        raise ValueError("out of range")
    if next_day:
        day = date.fromordinal(day.toordinal() + 1)
    return datetime.combine(day, time(), tzinfo=zone)


@router.get("/audit")
def auditpage(desk: DeskDep, verify: bool = False) -> Response:
    if desk.officer is None:
        return to_sign_in()
    params = desk.request.query_params
    filters = {name: (params.get(name) or "")[:100] or None for name in ("agent_id", "action", "from", "to")}
    message = None
    try:
        occurred_from = _day_start(filters["from"], desk.calendar.timezone)
        occurred_to = _day_start(filters["to"], desk.calendar.timezone, next_day=True)
    except ValueError:
        occurred_from = occurred_to = None
        message = "Dates are days such as 2026-03-02, within the years 1900-2200."
    records = reads.recent_audit_records(
        desk.session,
        agent_id=filters["agent_id"],
        action=filters["action"],
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )
    key = desk.settings.audit_hmac_key.get_secret_value()
    return desk.page(
        "audit.html",
        422 if message else 200,
        page="audit",
        chain=reads.chain_state(desk.session),
        verified=verify_chain(desk.session, key=key) if verify else None,
        records=records,
        filters=filters,
        message=message,
        message_kind="error",
    )


def _year(desk: Desk) -> int | None:
    """The year asked for (the year just over by default), or None when it is not a certifiable year."""
    text = desk.request.query_params.get("year")
    if text is None:
        return desk.calendar.local_date(desk.now).year - 1
    try:
        year = int(text)
    except ValueError:
        return None
    return year if FIRST_CERTIFIED_YEAR <= year <= LATEST_YEAR else None


_NO_SUCH_YEAR = f"The year is a calendar year from {FIRST_CERTIFIED_YEAR} to {LATEST_YEAR}."


@router.get("/certification")
def certificationpage(desk: DeskDep) -> Response:
    if desk.officer is None:
        return to_sign_in()
    year = _year(desk)
    if year is None:
        return desk.page("problem.html", 422, title="No such year", detail=_NO_SUCH_YEAR)
    return desk.page(
        "certification.html", page="certification", report=desk.report(year), latest_year=LATEST_YEAR
    )


@router.get("/certification.pdf")
def certification_pdf(desk: SignedInDesk) -> Response:
    year = _year(desk)
    if year is None:
        raise ProblemError(ErrorCode.VALIDATION_FAILED, _NO_SUCH_YEAR)
    return Response(
        render_pdf(desk.report(year), fallback_fonts=desk.settings.pdf_fallback_fonts),
        media_type="application/pdf",
        headers={**HEADERS, "Content-Disposition": f'attachment; filename="cpni-certification-{year}.pdf"'},
    )


@router.get("/signals")
def signalspage(desk: DeskDep) -> Response:
    if desk.officer is None:
        return to_sign_in()
    return desk.page("signals.html", page="signals")


def _svg(content: bytes) -> Response:
    return Response(content, media_type="image/svg+xml", headers=HEADERS)


@router.get("/charts/verification.svg")
def verification_chart(desk: SignedInDesk) -> Response:
    signals = reads.verification_signals(desk.session, now=desk.now, zone=desk.calendar.timezone)
    return _svg(charts.verification_chart(signals))


@router.get("/charts/disclosures.svg")
def disclosure_chart(desk: SignedInDesk) -> Response:
    return _svg(charts.disclosure_chart(reads.disclosure_reasons(desk.session, now=desk.now)))


@router.get("/static/console.css")
def stylesheet() -> Response:
    return FileResponse(
        HERE / "static" / "console.css", media_type="text/css", headers={"Cache-Control": "max-age=3600"}
    )
