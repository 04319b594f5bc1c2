"""Corrections (issue 17, design.md §5): a complaint's resolution and a pretexter action's outcome, recorded
later, audited, nothing deleted; impossible or out-of-range times are a 4xx."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import ManualClock
from tests.breaches.conftest import iso


@pytest.fixture
def writer(make_key: Callable[..., str]) -> dict[str, str]:
    return {
        "Authorization": "Bearer "
        + make_key(ApiKeyScope.COMPLIANCE_WRITE, ApiKeyScope.COMPLIANCE_READ, name="officer")
    }


def audit_rows(app: FastAPI, action: str, subject_id: str) -> list[AuditRecord]:
    with app.state.session_factory() as session:
        query = select(AuditRecord).where(AuditRecord.action == action, AuditRecord.subject_id == subject_id)
        return list(session.scalars(query.order_by(AuditRecord.seq)))


def test_a_complaint_is_resolved_then_its_resolution_corrected(
    app: FastAPI, client: TestClient, writer: dict[str, str], clock: ManualClock
) -> None:
    received = clock.now() - timedelta(days=10)
    complaint = client.post(
        "/v1/complaints",
        json={"received_at": iso(received), "category": "employee_access", "summary": "Looked up records."},
        headers=writer,
    ).json()
    path = f"/v1/complaints/{complaint['id']}"
    for body, status in [
        ({}, 422),  # nothing to correct
        ({"resolved_at": "0001-01-01T00:00:00Z"}, 422),  # out of range (ADR 0021)
        ({"resolved_at": iso(received - timedelta(days=1))}, 422),  # before it was received
        ({"resolved_at": iso(clock.now() + timedelta(days=1))}, 422),  # in the future
        ({"resolution": "x", "extra": 1}, 422),
    ]:
        assert client.patch(path, json=body, headers=writer).status_code == status, body
    resolved = client.patch(
        path, json={"resolution": "Agent retrained.", "resolved_at": iso(clock.now())}, headers=writer
    )
    assert resolved.status_code == 200, resolved.text
    assert (resolved.json()["resolution"], resolved.json()["resolved_at"]) == (
        "Agent retrained.",
        iso(clock.now()),
    )
    same = client.patch(path, json={"resolution": "Agent retrained."}, headers=writer)
    assert (same.status_code, same.json()["code"]) == (422, "NOTHING_TO_CORRECT")
    corrected = client.patch(path, json={"resolution": "Agent retrained and warned."}, headers=writer)
    assert corrected.json()["resolution"] == "Agent retrained and warned."
    assert corrected.json()["received_at"] == complaint["received_at"]
    rows = audit_rows(app, "complaint.corrected", complaint["id"])
    assert [(row.outcome, row.details["changed"]) for row in rows] == [
        ("resolved", ["resolution", "resolved_at"]),
        ("resolution_corrected", ["resolution"]),
    ]
    assert (
        client.patch("/v1/complaints/cmp_missing", json={"resolution": "x"}, headers=writer).status_code
        == 404
    )


def test_a_pretexter_actions_outcome_is_recorded_later(
    app: FastAPI, client: TestClient, writer: dict[str, str], clock: ManualClock
) -> None:
    action = client.post(
        "/v1/pretexter-actions",
        json={
            "taken_at": iso(clock.now()),
            "kind": "lawsuit",
            "target": "Example Data Brokers LLC",
            "description": "Suit filed.",
        },
        headers=writer,
    ).json()
    path = f"/v1/pretexter-actions/{action['id']}"
    assert client.patch(path, json={"outcome": " "}, headers=writer).status_code == 422
    recorded = client.patch(path, json={"outcome": "Injunction granted."}, headers=writer)
    assert recorded.status_code == 200, recorded.text
    assert recorded.json()["outcome"] == "Injunction granted."
    assert [row.outcome for row in audit_rows(app, "pretexter_action.corrected", action["id"])] == [
        "outcome_recorded"
    ]
    reader = client.get("/v1/pretexter-actions", params={"limit": 500}, headers=writer).json()
    assert {item["id"]: item["outcome"] for item in reader["items"]}[action["id"]] == "Injunction granted."
