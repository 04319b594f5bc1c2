"""The console in a real browser (issue 17): Playwright drives Debian's Chromium headless (`make browser`
installs it; Playwright's own browser downloads are never used) against the app served by uvicorn on
loopback. Few and bounded: one journey (sign in, an overdue breach at the top, approve a campaign, download
the PDF, sign out), a key without compliance:read refused, a form posted without its token refused.

Screenshots are kept as test artifacts in var/test-artifacts/console/ (git ignores var/). Without Chromium the
tests skip; under CI=true they fail, since `make test` installs it."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import breach_body
from tests.conftest import BASE_TIME, make_settings, new_key
from tests.support.databases import fresh_database

CHROMIUM = "/usr/bin/chromium"
# The flags this machine needs (its closed network refuses Chromium's background connections).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts" / "console"
TIMEOUT_MS = 15_000

pytestmark = pytest.mark.xdist_group("browser")


def _require_chromium() -> None:
    if Path(CHROMIUM).is_file():
        return
    message = f"{CHROMIUM} is missing: `make browser` installs Debian's chromium"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + " (required under CI=true)")
    pytest.skip(message)


@dataclass
class Served:
    app: FastAPI
    clock: ManualClock
    base_url: str


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    _require_chromium()
    clock = ManualClock(BASE_TIME)
    with fresh_database("sqlite", tmp_path_factory.mktemp("browser")) as url:
        app = create_app(make_settings(url), clock=clock)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        try:
            yield Served(app, clock, f"http://127.0.0.1:{port}")
        finally:
            server.should_exit = True
            thread.join(timeout=10)


@pytest.fixture(scope="module")
def chromium(served: Served) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium: object, served: Served) -> Iterator[object]:
    from playwright.sync_api import Browser

    assert isinstance(chromium, Browser)
    context = chromium.new_context(base_url=served.base_url, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    try:
        yield tab
    finally:
        context.close()


def _sign_in(page: object, key: str) -> None:
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.goto("/console")
    page.wait_for_url("**/console/sign-in")
    page.fill("#api_key", key)
    page.click("button[type=submit]")


def test_an_officer_signs_in_sees_the_overdue_breach_approves_downloads_and_signs_out(
    page: object, served: Served
) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    admin = {"Authorization": f"Bearer {new_key(served.app, served.clock, ApiKeyScope.ADMIN, name='admin')}"}
    with httpx.Client(base_url=served.base_url, headers=admin) as api:
        overdue = api.post("/v1/breaches", json=breach_body(served.clock.now() - timedelta(days=20), []))
        assert overdue.status_code == 201, overdue.text
        campaign = api.post(
            "/v1/campaigns",
            json={
                "description": "Upgrade offer to basic-plan customers",
                "cpni_used": ["plan"],
                "products_offered": ["unlimited plan"],
                "scope": "carrier_marketing",
                "requested_by": "sam.seller",
            },
        )
        assert campaign.status_code == 201, campaign.text
        filed = api.post(  # last year's certification is filed, so the breach is the oldest thing overdue
            "/v1/reports/annual-certification/2025/filings",
            json={"filed_at": "2026-02-27T15:00:00Z", "confirmation_number": "C-1", "signed_by": "Pat"},
        )
        assert filed.status_code == 201, filed.text
    officer = new_key(
        served.app,
        served.clock,
        ApiKeyScope.COMPLIANCE_READ,
        ApiKeyScope.CAMPAIGNS_APPROVE,
        name="pat.supervisor",
    )

    _sign_in(page, officer)
    page.wait_for_url("**/console/obligations")
    first = page.locator("#obligations tbody tr").first
    expect(first.locator(".badge")).to_have_text("overdue")
    expect(first).to_contain_text("Notify law enforcement")
    expect(first).to_contain_text(overdue.json()["id"])
    page.screenshot(path=str(ARTIFACTS / "obligations.png"), full_page=True)

    page.click("text=Campaigns")
    card = page.locator(f"#campaign-{campaign.json()['id']}")
    card.locator("button[value=approved]").click()
    expect(page.locator(".message")).to_contain_text("approved by pat.supervisor")
    page.screenshot(path=str(ARTIFACTS / "campaign-approved.png"), full_page=True)

    page.click("text=Certification")
    with page.expect_download() as downloading:
        page.click("#download-pdf")
    download = downloading.value
    saved = ARTIFACTS / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")

    page.click("text=Signals")
    expect(page.locator("#verification-chart")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "signals.png"), full_page=True)

    page.click("button:has-text('Sign out')")
    page.wait_for_url("**/console/sign-in")
    page.goto("/console/obligations")
    page.wait_for_url("**/console/sign-in")  # the session is over
    page.screenshot(path=str(ARTIFACTS / "signed-out.png"))


def test_a_key_without_compliance_read_cannot_sign_in(page: object, served: Served) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    _sign_in(page, new_key(served.app, served.clock, ApiKeyScope.AUDIT_READ, name="auditor"))
    expect(page.locator(".message")).to_contain_text("lacks the compliance:read scope")
    assert page.url.endswith("/console/sign-in")
    page.goto("/console/obligations")
    page.wait_for_url("**/console/sign-in")
    page.screenshot(path=str(ARTIFACTS / "refused-sign-in.png"))


def test_a_form_posted_without_its_token_is_refused(page: object, served: Served) -> None:
    from playwright.sync_api import Page, expect

    assert isinstance(page, Page)
    _sign_in(page, new_key(served.app, served.clock, ApiKeyScope.COMPLIANCE_READ, name="officer"))
    page.wait_for_url("**/console/obligations")
    page.locator("form.sign-out input[name=csrf_token]").evaluate("input => input.remove()")
    with page.expect_response("**/console/sign-out") as answered:
        page.click("button:has-text('Sign out')")
    assert answered.value.status == 403
    expect(page.locator("body")).to_contain_text("CSRF_TOKEN_INVALID")
    page.screenshot(path=str(ARTIFACTS / "csrf-refused.png"))
    page.goto("/console/obligations")
    expect(page.locator("h1")).to_have_text("Obligations")  # still signed in: nothing was done


def test_chromium_is_the_one_debian_installs() -> None:
    _require_chromium()
    assert shutil.which("chromium") is not None
