from __future__ import annotations

import uuid

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.audit.models import AuditRecord


def test_a_valid_request_id_is_echoed(client: TestClient) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "call-42.abc:1"})
    assert response.headers["x-request-id"] == "call-42.abc:1"


def test_a_missing_or_unsafe_request_id_is_replaced(client: TestClient) -> None:
    generated = client.get("/healthz").headers["x-request-id"]
    assert uuid.UUID(generated)
    unsafe = client.get("/healthz", headers={"X-Request-ID": "bad id\twith spaces" + "x" * 200})
    assert unsafe.headers["x-request-id"] != "bad id\twith spaces" + "x" * 200
    assert uuid.UUID(unsafe.headers["x-request-id"])


def test_the_request_id_reaches_problems_and_audit_rows(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    request_id = f"req-{uuid.uuid4()}"
    created = client.post(
        "/v1/api-keys",
        json={"name": "rid", "scopes": ["events:read"]},
        headers=admin_headers | {"X-Request-ID": request_id},
    )
    assert created.headers["x-request-id"] == request_id
    with app.state.session_factory() as session:
        row = session.scalars(select(AuditRecord).where(AuditRecord.correlation_id == request_id)).one()
    assert row.subject_id == created.json()["id"]
    problem = client.get("/nowhere", headers={"X-Request-ID": request_id})
    assert problem.json()["correlation_id"] == request_id
