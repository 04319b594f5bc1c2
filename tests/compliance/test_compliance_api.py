"""Complaints, pretexter actions, opt-out failures, trainings and disciplinary actions through the HTTP API,
and `agent_trained_at` for the disclosure checks (R-2009-b/e/f)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.compliance.training import agent_trained_at
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import iso, seed_accounts


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def writer(make_key: Callable[..., str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_key(ApiKeyScope.COMPLIANCE_WRITE, name='compliance-writer')}"}


@pytest.fixture
def reader(make_key: Callable[..., str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_key(ApiKeyScope.COMPLIANCE_READ, name='officer')}"}


def agent() -> str:
    return f"agent-{uuid.uuid4().hex[:8]}"


def test_opt_out_failure_is_due_at_the_fcc_in_five_business_days(
    client: TestClient, writer: dict[str, str], reader: dict[str, str], clock: ManualClock
) -> None:
    clock.set(utc("2026-11-24T16:00"))
    body = {
        "detected_at": iso(utc("2026-11-24T15:00")),
        "mechanisms": "Web opt-out form",
        "problem": "Form submissions were dropped for 6 hours",
        "remedy": "Rolled back the release",
        "state_commission_notified": True,
    }
    created = client.post("/v1/opt-out-failures", json=body, headers=writer)
    assert created.status_code == 201, created.text
    failure = created.json()
    assert failure["fcc_notice_due_by"] == iso(utc("2026-12-02T04:59:59.999999"))  # Thanksgiving counted
    assert failure["fcc_notice_status"] == "due"
    clock.set(utc("2026-12-02T05:00"))
    listed = client.get("/v1/opt-out-failures", params={"pending": True, "limit": 500}, headers=reader).json()
    assert {item["id"]: item["fcc_notice_status"] for item in listed["items"]}[failure["id"]] == "overdue"
    notice = {"notified_at": iso(utc("2026-12-01T20:00")), "reference": "FCC letter 1"}
    told = client.post(f"/v1/opt-out-failures/{failure['id']}/fcc-notifications", json=notice, headers=writer)
    assert told.status_code == 200, told.text
    assert told.json()["fcc_notice_status"] == "done"
    again = client.post(
        f"/v1/opt-out-failures/{failure['id']}/fcc-notifications", json=notice, headers=writer
    )
    assert again.status_code == 409
    assert again.json()["code"] == "FCC_ALREADY_NOTIFIED"
    assert client.get(f"/v1/opt-out-failures/{failure['id']}", headers=reader).json()["fcc_reference"] == (
        "FCC letter 1"
    )


def test_complaints_and_pretexter_actions(
    app: FastAPI, client: TestClient, writer: dict[str, str], reader: dict[str, str], clock: ManualClock
) -> None:
    account_id = seed_accounts(app, 1, clock.now())[0]
    complaint = {
        "received_at": iso(clock.now() - timedelta(days=2)),
        "category": "employee_access",
        "summary": "Customer says a store employee looked up their call records.",
        "account_id": account_id,
    }
    created = client.post("/v1/complaints", json=complaint, headers=writer)
    assert created.status_code == 201, created.text
    assert created.json()["category"] == "employee_access"
    bad = client.post("/v1/complaints", json=complaint | {"category": "gossip"}, headers=writer)
    assert bad.status_code == 422
    unknown = client.post("/v1/complaints", json=complaint | {"account_id": "acct_NOPE"}, headers=writer)
    assert (unknown.status_code, unknown.json()["code"]) == (422, "UNKNOWN_ACCOUNT_IDS")
    future = client.post(
        "/v1/complaints",
        json=complaint | {"received_at": iso(clock.now() + timedelta(hours=1))},
        headers=writer,
    )
    assert (future.status_code, future.json()["code"]) == (422, "INCONSISTENT_TIMESTAMPS")
    listed = client.get("/v1/complaints", params={"year": 2026, "limit": 500}, headers=reader).json()
    assert created.json() in listed["items"]
    assert client.post("/v1/complaints", json=complaint, headers=reader).status_code == 403

    action = {
        "taken_at": iso(clock.now() - timedelta(days=1)),
        "kind": "cease_and_desist",
        "target": "Example Data Brokers LLC",
        "description": "Letter demanding they stop pretexting calls to the support line.",
    }
    created_action = client.post("/v1/pretexter-actions", json=action, headers=writer)
    assert created_action.status_code == 201, created_action.text
    listed_actions = client.get("/v1/pretexter-actions", params={"limit": 500}, headers=reader).json()
    assert created_action.json() in listed_actions["items"]


def test_trainings_and_the_status_the_disclosure_checks_read(
    app: FastAPI, client: TestClient, writer: dict[str, str], reader: dict[str, str], clock: ManualClock
) -> None:
    trained, lapsed, never = agent(), agent(), agent()
    clock.set(utc("2026-11-24T15:00"))
    for agent_id, completed, expires in [
        (trained, "2026-06-01T12:00", "2027-06-01T12:00"),
        (lapsed, "2025-01-10T12:00", "2026-01-10T12:00"),
    ]:
        response = client.post(
            f"/v1/agents/{agent_id}/trainings",
            json={
                "completed_at": iso(utc(completed)),
                "expires_at": iso(utc(expires)),
                "course": "CPNI basics",
            },
            headers=writer,
        )
        assert response.status_code == 201, response.text
        assert response.json()["agent_id"] == agent_id
    listed = client.get(f"/v1/agents/{trained}/trainings", headers=reader).json()
    assert (listed["trained_now"], len(listed["items"])) == (True, 1)
    assert client.get(f"/v1/agents/{lapsed}/trainings", headers=reader).json()["trained_now"] is False
    assert client.get(f"/v1/agents/{never}/trainings", headers=reader).json() == {
        "agent_id": never,
        "trained_now": None,
        "items": [],
        "next_cursor": None,
    }
    with app.state.engine.connect() as connection:
        assert agent_trained_at(connection, trained, utc("2026-11-24T15:00")) is True
        assert agent_trained_at(connection, trained, utc("2026-06-01T11:59")) is False  # before completion
        assert agent_trained_at(connection, trained, utc("2027-06-01T12:00")) is False  # expiry exclusive
        assert agent_trained_at(connection, lapsed, utc("2026-11-24T15:00")) is False
        assert agent_trained_at(connection, never, utc("2026-11-24T15:00")) is None
    bad = client.post(
        f"/v1/agents/{trained}/trainings",
        json={
            "completed_at": iso(utc("2026-06-01T12:00")),
            "expires_at": iso(utc("2026-05-01T12:00")),
            "course": "x",
        },
        headers=writer,
    )
    assert bad.status_code == 422


def test_disciplinary_actions(
    client: TestClient, writer: dict[str, str], reader: dict[str, str], clock: ManualClock
) -> None:
    agent_id = agent()
    body = {
        "taken_at": iso(clock.now()),
        "action": "suspension",
        "reason": "Looked up call detail without cause.",
    }
    created = client.post(f"/v1/agents/{agent_id}/disciplinary-actions", json=body, headers=writer)
    assert created.status_code == 201, created.text
    listed = client.get(f"/v1/agents/{agent_id}/disciplinary-actions", headers=reader).json()
    assert [item["id"] for item in listed["items"]] == [created.json()["id"]]
    missing = client.post(
        f"/v1/agents/{agent_id}/disciplinary-actions",
        json=body | {"complaint_id": "cmp_NOPE"},
        headers=writer,
    )
    assert missing.status_code == 404
