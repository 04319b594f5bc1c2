"""The compliance officer's console through HTTP (issue 17, ADR 0043), on both backends: sign-in with a key
holding compliance:read, the session cookie (HttpOnly, SameSite=Strict, server-side expiry), CSRF on every
form, the pages, the charts and the PDF, campaign review with campaigns:approve (reviewer not the requester),
sign-out; without a session, pages redirect to the sign-in page and forms are a 401."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.models import AuditRecord
from cpni_api.console.models import ConsoleSession
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import create_breach
from tests.conftest import new_key
from tests.console.conftest import form_token, sign_in

PAGES = [
    "/console/obligations",
    "/console/breaches",
    "/console/campaigns",
    "/console/audit",
    "/console/certification",
    "/console/signals",
]


@pytest.fixture
def browser(app: FastAPI, clock: ManualClock) -> Iterator[TestClient]:
    """A client of its own, so its cookies are its own."""
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_without_a_session_pages_redirect_and_forms_are_refused(browser: TestClient) -> None:
    for page in [*PAGES, "/console"]:
        response = browser.get(page, follow_redirects=False)
        assert (response.status_code, response.headers["location"]) == (303, "/console/sign-in"), page
    for form in ["/console/sign-out", "/console/campaigns/cmp_x/review"]:
        refused = browser.post(form, data={"csrf_token": "x"})
        assert (refused.status_code, refused.json()["code"]) == (401, "CONSOLE_SIGN_IN_REQUIRED"), form
    for resource in ["/console/charts/verification.svg", "/console/certification.pdf"]:
        assert browser.get(resource).status_code == 401
    assert browser.get("/console/static/console.css").status_code == 200


def test_sign_in_needs_the_forms_token_and_a_key_with_compliance_read(
    app: FastAPI, browser: TestClient, clock: ManualClock
) -> None:
    page = browser.get("/console/sign-in")
    cookie = page.headers["set-cookie"]
    assert "cpni_console_sign_in=" in cookie
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    token = form_token(page.text)
    reader = new_key(app, clock, ApiKeyScope.COMPLIANCE_READ, name="officer")

    forged = browser.post("/console/sign-in", data={"api_key": reader, "csrf_token": "forged"})
    assert (forged.status_code, forged.json()["code"]) == (403, "CSRF_TOKEN_INVALID")
    missing = browser.post("/console/sign-in", data={"api_key": reader})
    assert missing.status_code == 403

    narrow = new_key(app, clock, ApiKeyScope.AUDIT_READ, name="auditor")
    refused = browser.post("/console/sign-in", data={"api_key": narrow, "csrf_token": token})
    assert refused.status_code == 403
    assert "lacks the compliance:read scope" in refused.text
    assert "cpni_console_session" not in refused.headers.get("set-cookie", "")
    unknown = browser.post(
        "/console/sign-in", data={"api_key": "cpni_nonsense", "csrf_token": form_token(refused.text)}
    )
    assert unknown.status_code == 401

    signed_in = browser.post(
        "/console/sign-in",
        data={"api_key": reader, "csrf_token": form_token(unknown.text)},
        follow_redirects=False,
    )
    assert signed_in.status_code == 303
    session_cookie = next(c for c in signed_in.headers.get_list("set-cookie") if "cpni_console_session=" in c)
    assert "HttpOnly" in session_cookie
    assert "SameSite=strict" in session_cookie
    assert "Path=/console" in session_cookie
    with app.state.session_factory() as session:
        stored = session.scalars(
            select(ConsoleSession).order_by(ConsoleSession.created_at.desc(), ConsoleSession.id.desc())
        ).first()
        assert stored is not None
        assert stored.expires_at == clock.now() + timedelta(minutes=60)
        token_value = re.search(r"cpni_console_session=([^;]+)", session_cookie)
        assert token_value is not None
        assert token_value.group(1) not in stored.token_digest


def test_the_pages_render_from_the_service_itself(
    app: FastAPI, browser: TestClient, clock: ManualClock
) -> None:
    create_breach(
        browser,
        {"Authorization": f"Bearer {new_key(app, clock, ApiKeyScope.ADMIN, name='a')}"},
        clock.now() - timedelta(days=20),
        [],
    )
    sign_in(browser, new_key(app, clock, ApiKeyScope.COMPLIANCE_READ, name="officer"))
    for page in PAGES:
        response = browser.get(page)
        assert response.status_code == 200, (page, response.text[:300])
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
        assert response.headers["x-frame-options"] == "DENY"
        # Every script and style comes from the service: no absolute URL in a src or href.
        assert not re.search(r'(src|href)="(https?:)?//', response.text), page
        assert "<script" not in response.text
    obligations = browser.get("/console/obligations").text
    assert "law_enforcement_notice" in obligations or "Notify law enforcement" in obligations
    assert browser.get("/console/audit", params={"verify": 1}).status_code == 200
    assert browser.get("/console/audit", params={"from": "0001-01-01"}).status_code == 422
    assert browser.get("/console/certification", params={"year": "3000"}).status_code == 422
    chart = browser.get("/console/charts/verification.svg")
    assert (chart.status_code, chart.headers["content-type"]) == (200, "image/svg+xml")
    assert b"Verification failures and locks" in chart.content
    reasons = browser.get("/console/charts/disclosures.svg")
    assert reasons.status_code == 200
    assert reasons.content.startswith(b"<?xml")
    pdf = browser.get("/console/certification.pdf", params={"year": 2025})
    assert (pdf.status_code, pdf.headers["content-type"]) == (200, "application/pdf")
    assert pdf.content.startswith(b"%PDF-")


def test_a_session_ends_at_its_expiry_on_sign_out_and_with_its_key(
    app: FastAPI, browser: TestClient, clock: ManualClock
) -> None:
    admin = {"Authorization": f"Bearer {new_key(app, clock, ApiKeyScope.ADMIN, name='admin')}"}
    token = sign_in(browser, new_key(app, clock, ApiKeyScope.COMPLIANCE_READ, name="officer"))
    clock.advance(timedelta(minutes=59))
    assert browser.get("/console/obligations", follow_redirects=False).status_code == 200
    clock.advance(timedelta(minutes=2))
    assert (
        browser.get("/console/obligations", follow_redirects=False).status_code == 303
    )  # server-side expiry

    token = sign_in(browser, new_key(app, clock, ApiKeyScope.COMPLIANCE_READ, name="officer"))
    refused = browser.post("/console/sign-out", data={"csrf_token": "forged"})
    assert (refused.status_code, refused.json()["code"]) == (403, "CSRF_TOKEN_INVALID")
    out = browser.post("/console/sign-out", data={"csrf_token": token}, follow_redirects=False)
    assert (out.status_code, out.headers["location"]) == (303, "/console/sign-in")
    assert browser.get("/console/obligations", follow_redirects=False).status_code == 303

    key = new_key(app, clock, ApiKeyScope.COMPLIANCE_READ, name="officer")
    sign_in(browser, key)
    key_id = next(
        k["id"]
        for k in browser.get("/v1/api-keys", params={"limit": 500}, headers=admin).json()["items"]
        if key.startswith("cpni_" + k["id"].removeprefix("key_"))
    )
    assert browser.delete(f"/v1/api-keys/{key_id}", headers=admin).status_code in (200, 204)
    assert browser.get("/console/obligations", follow_redirects=False).status_code == 303  # revoked key
    with app.state.session_factory() as session:
        actions = set(session.scalars(select(AuditRecord.action).where(AuditRecord.action.like("console.%"))))
    assert {"console.signed_in", "console.signed_out"} <= actions


def _campaign(client: TestClient, headers: dict[str, str], requested_by: str) -> str:
    created = client.post(
        "/v1/campaigns",
        json={
            "description": "Upgrade offer",
            "cpni_used": ["plan"],
            "products_offered": ["unlimited plan"],
            "scope": "carrier_marketing",
            "requested_by": requested_by,
        },
        headers=headers,
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def test_campaigns_are_reviewed_only_with_campaigns_approve_and_never_by_the_requester(
    app: FastAPI, browser: TestClient, clock: ManualClock
) -> None:
    admin = {"Authorization": f"Bearer {new_key(app, clock, ApiKeyScope.ADMIN, name='admin')}"}
    campaign = _campaign(browser, admin, "sam.seller")
    reader_token = sign_in(browser, new_key(app, clock, ApiKeyScope.COMPLIANCE_READ, name="reader"))
    page = browser.get("/console/campaigns").text
    assert campaign in page
    assert "lacks <code>campaigns:approve</code>" in page
    denied = browser.post(
        f"/console/campaigns/{campaign}/review",
        data={"csrf_token": reader_token, "decision": "approved", "reviewer": "pat"},
    )
    assert denied.status_code == 403

    browser.cookies.clear()  # another officer, another browser
    token = sign_in(
        browser,
        new_key(
            app, clock, ApiKeyScope.COMPLIANCE_READ, ApiKeyScope.CAMPAIGNS_APPROVE, name="pat.supervisor"
        ),
    )
    same = browser.post(
        f"/console/campaigns/{campaign}/review",
        data={"csrf_token": token, "decision": "approved", "reviewer": "sam.seller"},
    )
    assert same.status_code == 409
    assert "requester" in same.text
    no_token = browser.post(
        f"/console/campaigns/{campaign}/review", data={"decision": "approved", "reviewer": "pat.supervisor"}
    )
    assert no_token.status_code == 403
    blank = browser.post(
        f"/console/campaigns/{campaign}/review",
        data={"csrf_token": token, "decision": "maybe", "reviewer": "p"},
    )
    assert blank.status_code == 422
    approved = browser.post(
        f"/console/campaigns/{campaign}/review",
        data={"csrf_token": token, "decision": "approved", "reviewer": "pat.supervisor", "notes": "ok"},
    )
    assert approved.status_code == 200
    assert "approved by pat.supervisor" in approved.text
    assert browser.get(f"/v1/campaigns/{campaign}", headers=admin).json()["status"] == "approved"
    with app.state.session_factory() as session:
        record = session.scalars(
            select(AuditRecord).where(
                AuditRecord.action == "campaign.reviewed", AuditRecord.subject_id == campaign
            )
        ).one()
    assert record.api_key_id is not None
    assert record.api_key_id.startswith("key_")
