from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from cpni_api.api_keys.models import ApiKey
from cpni_api.audit.models import AuditRecord
from cpni_api.core.clock import ManualClock


def test_create_shows_the_key_once_and_stores_only_its_hmac(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    response = client.post(
        "/v1/api-keys",
        json={"name": "crm", "scopes": ["accounts:write", "accounts:read"]},
        headers=admin_headers,
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["key"].startswith("cpni_")
    assert body["scopes"] == ["accounts:read", "accounts:write"]
    assert body["revoked_at"] is None
    with app.state.session_factory() as session:
        row = session.get(ApiKey, body["id"])
        assert row is not None
        assert body["key"] not in (row.key_digest, row.name)
        assert len(row.key_digest) == 64
    listed = client.get("/v1/api-keys", headers=admin_headers, params={"limit": 500}).json()
    assert all("key" not in item for item in listed["items"])


def test_list_is_paginated_with_a_cursor(client: TestClient, admin_headers: dict[str, str]) -> None:
    created = {
        client.post(
            "/v1/api-keys", json={"name": f"k{i}", "scopes": ["events:read"]}, headers=admin_headers
        ).json()["id"]
        for i in range(3)
    }
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get("/v1/api-keys", headers=admin_headers, params=params).json()
        assert len(page["items"]) <= 2
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert created <= set(seen)
    assert len(seen) == len(set(seen))
    assert seen == sorted(seen)


def test_unknown_scope_and_blank_name_are_validation_errors(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    response = client.post("/v1/api-keys", json={"name": "x", "scopes": ["root"]}, headers=admin_headers)
    assert response.status_code == 422
    assert response.json()["code"] == "VALIDATION_FAILED"
    assert response.json()["errors"][0]["location"][:2] == ["body", "scopes"]
    response = client.post("/v1/api-keys", json={"name": "  ", "scopes": ["admin"]}, headers=admin_headers)
    assert response.status_code == 422
    response = client.post("/v1/api-keys", json={"name": "x", "scopes": []}, headers=admin_headers)
    assert response.status_code == 422


def test_revoke_is_idempotent_and_unknown_ids_are_404(
    client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    key_id = client.post(
        "/v1/api-keys", json={"name": "r", "scopes": ["admin"]}, headers=admin_headers
    ).json()["id"]
    first = client.delete(f"/v1/api-keys/{key_id}", headers=admin_headers).json()
    clock.advance(timedelta(hours=1))
    second = client.delete(f"/v1/api-keys/{key_id}", headers=admin_headers).json()
    assert first["revoked_at"] == second["revoked_at"] is not None
    missing = client.delete("/v1/api-keys/key_01JD7X4S8Q6Z3W9V5T2R1N0M8K", headers=admin_headers)
    assert missing.status_code == 404
    assert missing.json()["code"] == "NOT_FOUND"


def test_last_used_is_recorded_at_most_once_a_minute(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str], clock: ManualClock
) -> None:
    created = client.post(
        "/v1/api-keys", json={"name": "u", "scopes": ["audit:read"]}, headers=admin_headers
    ).json()
    headers = {"Authorization": f"Bearer {created['key']}"}

    def last_used() -> object:
        with app.state.session_factory() as session:
            row = session.get(ApiKey, created["id"])
            assert row is not None
            return row.last_used_at

    assert last_used() is None
    client.get("/v1/audit-records", headers=headers, params={"limit": 1})
    first = last_used()
    assert first == clock.now()
    clock.advance(timedelta(seconds=30))
    client.get("/v1/audit-records", headers=headers, params={"limit": 1})
    assert last_used() == first
    clock.advance(timedelta(seconds=31))
    client.get("/v1/audit-records", headers=headers, params={"limit": 1})
    assert last_used() == clock.now()


def test_key_management_is_audited_without_the_key(
    app: FastAPI, client: TestClient, admin_headers: dict[str, str]
) -> None:
    response = client.post(
        "/v1/api-keys",
        json={"name": "audited", "scopes": ["audit:read"]},
        headers=admin_headers | {"X-Request-ID": "req-create-key-1"},
    )
    created = response.json()
    client.delete(
        f"/v1/api-keys/{created['id']}", headers=admin_headers | {"X-Request-ID": "req-revoke-key-1"}
    )
    with app.state.session_factory() as session:
        rows = session.scalars(
            select(AuditRecord).where(AuditRecord.subject_id == created["id"]).order_by(AuditRecord.seq)
        ).all()
    assert [(row.action, row.correlation_id) for row in rows] == [
        ("api_key.created", "req-create-key-1"),
        ("api_key.revoked", "req-revoke-key-1"),
    ]
    assert rows[0].api_key_id == created["created_by"]
    assert all(created["key"] not in str(row.details) for row in rows)
