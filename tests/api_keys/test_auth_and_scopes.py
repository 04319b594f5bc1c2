"""Every /v1 route needs a valid API key (401) and its scope (403); the route list comes from the app."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import IMPLIES, ApiKeyScope
from tests.support.routes import v1_operations


def _assert_problem(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"].startswith("urn:cpni-api:problem:")
    assert body["correlation_id"] == response.headers["x-request-id"]


def test_every_v1_route_declares_a_scope(app: FastAPI) -> None:
    operations = v1_operations(app)
    assert operations, "the app has no /v1 routes"
    missing = [(method, path) for method, path, scope in operations if scope is None]
    assert missing == []


def test_every_v1_route_refuses_a_missing_key(app: FastAPI, client: TestClient) -> None:
    for method, path, _scope in v1_operations(app):
        response = client.request(method, path, json={})
        _assert_problem(response, 401, "AUTHENTICATION_REQUIRED")
        assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer nonsense",
        "Bearer cpni_01JD7X4S8Q6Z3W9V5T2R1N0M8K_not-the-secret",
        "Basic dXNlcjpwYXNz",
        "Bearer ",
    ],
)
def test_every_v1_route_refuses_a_bad_key(app: FastAPI, client: TestClient, authorization: str) -> None:
    expected = (
        "AUTHENTICATION_REQUIRED" if authorization.strip() in ("Bearer", "Basic dXNlcjpwYXNz") else None
    )
    for method, path, _scope in v1_operations(app):
        response = client.request(method, path, json={}, headers={"Authorization": authorization})
        assert response.status_code == 401
        assert response.json()["code"] in ({expected} if expected else {"INVALID_API_KEY"})


def test_every_v1_route_refuses_a_key_without_its_scope(
    app: FastAPI, client: TestClient, make_key: Callable[..., str]
) -> None:
    for method, path, scope in v1_operations(app):
        assert scope is not None
        # Every other scope, but those that include this one (IMPLIES: consent:write includes consent:check).
        others = [
            other
            for other in ApiKeyScope
            if other not in (scope, ApiKeyScope.ADMIN) and scope not in IMPLIES.get(other, frozenset())
        ]
        key = make_key(*others, name=f"all-but-{scope.value}")
        response = client.request(method, path, json={}, headers={"Authorization": f"Bearer {key}"})
        _assert_problem(response, 403, "INSUFFICIENT_SCOPE")
        assert response.json()["required_scope"] == scope.value


def test_every_v1_route_admits_a_key_with_exactly_its_scope_or_admin(
    app: FastAPI, client: TestClient, make_key: Callable[..., str]
) -> None:
    for method, path, scope in v1_operations(app):
        assert scope is not None
        for granted in (scope, ApiKeyScope.ADMIN):
            key = make_key(granted)
            response = client.request(method, path, json={}, headers={"Authorization": f"Bearer {key}"})
            assert response.status_code not in (401, 403), (method, path, granted, response.text)


def test_a_revoked_key_is_refused_at_once(client: TestClient, make_key: Callable[..., str]) -> None:
    admin = {"Authorization": f"Bearer {make_key(ApiKeyScope.ADMIN)}"}
    reader = client.post("/v1/api-keys", json={"name": "reader", "scopes": ["audit:read"]}, headers=admin)
    key = reader.json()["key"]
    assert client.get("/v1/audit-records", headers={"Authorization": f"Bearer {key}"}).status_code == 200
    assert client.delete(f"/v1/api-keys/{reader.json()['id']}", headers=admin).status_code == 200
    response = client.get("/v1/audit-records", headers={"Authorization": f"Bearer {key}"})
    _assert_problem(response, 401, "INVALID_API_KEY")


def test_a_key_with_a_tampered_secret_is_refused(client: TestClient, make_key: Callable[..., str]) -> None:
    key = make_key(ApiKeyScope.AUDIT_READ)
    tampered = key[:-1] + ("A" if key[-1] != "A" else "B")
    response = client.get("/v1/audit-records", headers={"Authorization": f"Bearer {tampered}"})
    _assert_problem(response, 401, "INVALID_API_KEY")
