"""The carrier's own, stricter policy held by the service (issue 13, ADR 0020): with
`CPNI_CARRIER_POLICY_OPT_IN_ONLY` no approval is assumed from an opt-out notice (usage checks, eligibility,
the approvals view, notices); with `CPNI_CARRIER_POLICY_NO_THIRD_PARTY_SALE` no third party receives CPNI for
its own marketing. `GET /v1/carrier-policy` says what is in force."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from tests.conftest import admin_key_headers, make_settings
from tests.consent.conftest import Consent


@pytest.fixture
def strict_app(module_database: str, clock: ManualClock) -> Iterator[FastAPI]:
    settings = make_settings(
        module_database,
        carrier_policy_opt_in_only=True,
        carrier_policy_no_third_party_sale=True,
        opt_out_extra_wait_days=2,
    )
    application = create_app(settings, clock=clock)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def strict(strict_app: FastAPI, clock: ManualClock) -> Iterator[Consent]:
    with TestClient(strict_app, raise_server_exceptions=False) as client:
        yield Consent(client, admin_key_headers(strict_app, clock), clock)


def _approved_campaign(consent: Consent, scope: str, **fields: Any) -> str:
    body = {
        "description": "Offer on the basic plan",
        "cpni_used": ["plan"],
        "products_offered": ["unlimited plan"],
        "scope": scope,
        "requested_by": "Sam.Seller",
        **fields,
    }
    created = consent.client.post("/v1/campaigns", json=body, headers=consent.headers)
    assert created.status_code == 201, created.text
    campaign = str(created.json()["id"])
    review = consent.client.post(
        f"/v1/campaigns/{campaign}/reviews",
        json={"reviewer": "Pat.Supervisor", "decision": "approved", "notes": "ok"},
        headers=consent.headers,
    )
    assert review.status_code == 201, review.text
    return campaign


def _eligible(consent: Consent, campaign: str) -> list[str]:
    response = consent.client.get(
        f"/v1/campaigns/{campaign}/eligible-accounts", params={"limit": 500}, headers=consent.headers
    )
    assert response.status_code == 200, response.text
    return [item["account_id"] for item in response.json()["items"]]


def test_by_default_an_opt_out_whose_wait_has_passed_permits_marketing(consent: Consent) -> None:
    """The contrast for the opt-in-only test below: the same facts, the carrier's default policy."""
    account = consent.account()
    consent.ready_opt_out(account)
    assert consent.check(account, "carrier_marketing")["reason_code"] == "OPT_OUT_APPROVAL"


def test_opt_in_only_never_assumes_approval_from_an_opt_out_notice(strict: Consent) -> None:
    opted_out_waited = strict.account()
    notice = strict.ready_opt_out(opted_out_waited)
    # The notice no longer promises approval at a date.
    assert notice["approval_assumable_from"] is None
    assert notice["supports_opt_out"] is False
    denied = strict.check(opted_out_waited, "carrier_marketing")
    assert (denied["decision"], denied["reason_code"], denied["rule"]) == (
        "deny",
        "OPT_IN_REQUIRED_BY_CARRIER_POLICY",
        "carrier-policy:opt_in_only",
    )
    status = strict.client.get(f"/v1/accounts/{opted_out_waited}/approvals", headers=strict.headers).json()
    [marketing] = [row for row in status["scopes"] if row["scope"] == "carrier_marketing"]
    assert (marketing["status"], marketing["requirement"], marketing["rule"]) == (
        "no_approval",
        "opt_in",
        "carrier-policy:opt_in_only",
    )

    opted_in = strict.account()
    opt_in_notice = strict.notice(opted_in, kind="opt_in")
    strict.grant(opted_in, "carrier_marketing", opt_in_notice["id"])
    assert strict.check(opted_in, "carrier_marketing")["reason_code"] == "OPT_IN_APPROVAL"

    campaign = _approved_campaign(strict, "carrier_marketing")
    eligible = _eligible(strict, campaign)
    assert opted_in in eligible
    assert opted_out_waited not in eligible


def test_no_third_party_sale_denies_an_opted_in_disclosure_for_marketing(strict: Consent) -> None:
    account = strict.account()
    broker = strict.third_party("vendor")
    notice = strict.notice(account, kind="opt_in", recipients=[broker])
    strict.grant(account, "third_party_disclosure", notice["id"])
    for purpose in ("marketing_communications_related", "marketing_non_communications_related"):
        denied = strict.check(account, "third_party_disclosure", third_party_id=broker, purpose=purpose)
        assert (denied["decision"], denied["reason_code"], denied["rule"]) == (
            "deny",
            "THIRD_PARTY_SALE_PROHIBITED",
            "carrier-policy:no_third_party_sale",
        )
    # Uses that are not the third party's marketing are untouched: billing through a vendor (222(d)(1)).
    billing = strict.check(account, "third_party_disclosure", third_party_id=broker, purpose="billing")
    assert billing["decision"] == "allow"
    # An affiliate is not an unaffiliated third party.
    affiliate = strict.third_party("affiliate")
    affiliate_notice = strict.notice(account, kind="opt_in", recipients=[affiliate])
    strict.grant(account, "third_party_disclosure", affiliate_notice["id"])
    allowed = strict.check(account, "third_party_disclosure", third_party_id=affiliate)
    assert allowed["reason_code"] == "OPT_IN_APPROVAL"
    # A campaign that would hand CPNI to the broker never runs.
    campaign = _approved_campaign(strict, "third_party_disclosure", third_party_id=broker)
    refused = strict.client.get(f"/v1/campaigns/{campaign}/eligible-accounts", headers=strict.headers)
    assert refused.status_code == 409
    assert (refused.json()["code"], refused.json()["reason_code"]) == (
        "CAMPAIGN_NOT_RUNNABLE",
        "THIRD_PARTY_SALE_PROHIBITED",
    )


def test_the_carrier_policy_says_what_is_in_force(strict: Consent, consent: Consent) -> None:
    strict_view = strict.client.get("/v1/carrier-policy", headers=strict.headers)
    assert strict_view.status_code == 200, strict_view.text
    body = strict_view.json()
    assert (body["opt_in_only"], body["no_third_party_sale"]) == (True, True)
    assert len(body["statements"]) == 2
    assert any("opt-in approval" in statement for statement in body["statements"])
    assert any("does not market or sell CPNI" in statement for statement in body["statements"])
    rules = body["rule_settings"]
    assert rules["verification_lockout"] == {"failures": 5, "window_seconds": 900.0, "lock_seconds": 1800.0}
    assert rules["slow_guessing_lockout"] == {
        "failures": 10,
        "window_seconds": 86400.0,
        "lock_seconds": 86400.0,
    }
    assert rules["service_initiation_minutes"] == 30
    assert rules["opt_out_waits"] == {
        "electronic_days": 32,
        "mail_days": 35,
        "extra_days": 2,
        "notice_refresh_years": 2,
        "applies": False,
    }
    assert rules["training_gate_enabled"] is False
    assert rules["line_security"] == {
        "sim_change_authentication_methods": ["password", "one_time_code", "photo_id"],
        "recent_sim_change_hours": 168.0,
        "transfer_pin_lockout": {"failures": 5, "window_seconds": 86400.0, "lock_seconds": 86400.0},
        "sim_change_failure_alert_threshold": 3,
        "retention_years": 3,
    }

    default_view = consent.client.get("/v1/carrier-policy", headers=consent.headers)
    # consent:write is not enough: the policy is the compliance officer's (compliance:read).
    assert default_view.status_code == 403
