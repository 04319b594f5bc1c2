"""Helpers for the consent, campaign and third-party tests: build accounts, third parties, notices and
decisions through the HTTP API, and ask usage checks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.core.clock import ManualClock
from tests.support.cpni import create_account, iso

ORAL_EVIDENCE = {"agent_id": "agent-7", "recording_reference": "rec-123", "call_reference": "call-9"}


@dataclass
class Consent:
    client: TestClient
    headers: dict[str, str]
    clock: ManualClock

    @property
    def app(self) -> FastAPI:
        return cast(FastAPI, self.client.app)

    def account(self) -> str:
        return str(create_account(self.client, self.headers)["id"])

    def third_party(
        self,
        kind: str,
        *,
        agreement_days: int | None = 365,
        acknowledged: bool = True,
        communications_related: bool = False,
    ) -> str:
        today = self.clock.now().date()
        body: dict[str, Any] = {"name": f"{kind} {uuid.uuid4().hex[:6]}", "kind": kind}
        if agreement_days is not None:
            body["confidentiality_agreement"] = {
                "reference": f"NDA-{uuid.uuid4().hex[:6]}",
                "signed_on": (today - timedelta(days=100)).isoformat(),
                "expires_on": (today + timedelta(days=agreement_days)).isoformat(),
            }
        if kind == "agent" and acknowledged:
            body["use_limitation_acknowledgement"] = {
                "acknowledged_on": (today - timedelta(days=1)).isoformat(),
                "reference": "ACK-1",
            }
        if communications_related:
            body["provides_communications_related_services"] = True
        response = self.client.post("/v1/third-parties", json=body, headers=self.headers)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    def notice(
        self,
        account_id: str,
        *,
        kind: str = "opt_out",
        delivery: str = "mail",
        sent_at: datetime | None = None,
        recipients: list[str] | None = None,
        purposes: list[str] | None = None,
        email_delivery_approved: bool = True,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "kind": kind,
            "delivery": delivery,
            "sent_at": iso(sent_at or self.clock.now()),
            "version": "2026-1",
            "recipients": recipients or [],
            "email_delivery_approved": email_delivery_approved,
        }
        if purposes is not None:
            body["purposes"] = purposes
        response = self.client.post(
            f"/v1/accounts/{account_id}/cpni-notices", json=body, headers=self.headers
        )
        assert response.status_code == 201, response.text
        return dict(response.json())

    def decide(self, account_id: str, scope: str, **fields: Any) -> Any:
        body = {"scope": scope, "decision": "granted", "method": "written"} | fields
        return self.client.post(f"/v1/accounts/{account_id}/approvals", json=body, headers=self.headers)

    def grant(self, account_id: str, scope: str, notice_id: str | None, **fields: Any) -> dict[str, Any]:
        response = self.decide(account_id, scope, notice_id=notice_id, **fields)
        assert response.status_code == 201, response.text
        return dict(response.json())

    def check(self, account_id: str, scope: str, **fields: Any) -> dict[str, Any]:
        body = {"account_id": account_id, "scope": scope} | fields
        response = self.client.post("/v1/usage-checks", json=body, headers=self.headers)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def ready_opt_out(self, account_id: str, recipients: list[str] | None = None) -> dict[str, Any]:
        """An opt-out notice mailed 40 days ago: its waiting period has run."""
        return self.notice(account_id, sent_at=self.clock.now() - timedelta(days=40), recipients=recipients)

    def today(self) -> date:
        return self.clock.now().date()


@pytest.fixture
def consent_headers(make_key: Callable[..., str]) -> dict[str, str]:
    key = make_key(
        ApiKeyScope.ACCOUNTS_WRITE,
        ApiKeyScope.INTERACTIONS_WRITE,
        ApiKeyScope.CONSENT_READ,
        ApiKeyScope.CONSENT_WRITE,
        ApiKeyScope.CAMPAIGNS_WRITE,
        name="consent-tests",
    )
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def consent(client: TestClient, consent_headers: dict[str, str], clock: ManualClock) -> Consent:
    return Consent(client, consent_headers, clock)
