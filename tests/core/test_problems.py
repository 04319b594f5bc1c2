"""Every error is RFC 9457 problem+json with a stable code (design.md §3)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from cpni_api.api_keys.auth import Principal, RequireScope
from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.audit.models import AuditRecord
from cpni_api.audit.trail import AuditTrail, get_audit_trail
from cpni_api.core.clock import ManualClock
from cpni_api.core.errors import ErrorCode, ProblemError
from tests.conftest import BASE_TIME, make_settings


def assert_problem(response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail", "code", "correlation_id"} <= body.keys()
    assert body["status"] == status
    assert body["code"] == code
    return body


def test_unknown_route_is_404(client: TestClient) -> None:
    assert_problem(client.get("/v1/no-such-thing"), 404, "NOT_FOUND")
    assert_problem(client.get("/"), 404, "NOT_FOUND")


def test_wrong_method_is_405(client: TestClient) -> None:
    response = client.put("/healthz")
    assert_problem(response, 405, "METHOD_NOT_ALLOWED")
    assert "GET" in response.headers["allow"]


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/v1/api-keys", "GET, POST"),
        ("PATCH", "/v1/webhook-endpoints/whe_x", "DELETE, GET"),
        ("DELETE", "/v1/events", "GET"),
    ],
)
def test_405_allow_lists_every_method_of_the_path(
    client: TestClient, method: str, path: str, allowed: str
) -> None:
    """GET and POST on one path are two routes; the 405 names both, not the first that matched (ADR 0021)."""
    response = client.request(method, path)
    assert_problem(response, 405, "METHOD_NOT_ALLOWED")
    assert response.headers["allow"] == allowed


def test_validation_error_lists_each_field_without_echoing_values(
    client: TestClient, admin_headers: dict[str, str]
) -> None:
    response = client.post(
        "/v1/api-keys", json={"name": "x" * 101, "scopes": ["hunter2-not-a-scope"]}, headers=admin_headers
    )
    body = assert_problem(response, 422, "VALIDATION_FAILED")
    locations = sorted(tuple(error["location"][:2]) for error in body["errors"])
    assert locations == [("body", "name"), ("body", "scopes")]
    assert "hunter2" not in response.text


def test_query_validation_error(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.get("/v1/api-keys", params={"limit": 0}, headers=admin_headers)
    body = assert_problem(response, 422, "VALIDATION_FAILED")
    assert body["errors"][0]["location"] == ["query", "limit"]


def test_malformed_json_is_400(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.post(
        "/v1/api-keys",
        content=b'{"name": "x", "scopes": [',
        headers=admin_headers | {"content-type": "application/json"},
    )
    assert_problem(response, 400, "MALFORMED_JSON")


def test_oversized_body_is_413_whether_announced_or_streamed(
    database_url: str,
    make_key,
    clock: ManualClock,
) -> None:
    app = create_app(make_settings(database_url, max_request_body_bytes=2048), clock=clock)
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.ADMIN)}", "content-type": "application/json"}
    big = b'{"name": "' + b"x" * 5000 + b'", "scopes": ["admin"]}'
    with TestClient(app, raise_server_exceptions=False) as client:
        assert_problem(client.post("/v1/api-keys", content=big, headers=headers), 413, "PAYLOAD_TOO_LARGE")

        def chunks() -> Iterator[bytes]:
            for start in range(0, len(big), 1000):
                yield big[start : start + 1000]

        streamed = client.post("/v1/api-keys", content=chunks(), headers=headers)
        assert_problem(streamed, 413, "PAYLOAD_TOO_LARGE")
        small = client.post("/v1/api-keys", json={"name": "small", "scopes": ["admin"]}, headers=headers)
        assert small.status_code == 201
    app.state.engine.dispose()


@pytest.fixture
def app_with_test_routes(database_url: str, tmp_path: Path) -> Iterator[FastAPI]:
    """The real app plus two routes that exist only here: one that crashes, one that writes then fails."""
    app = create_app(make_settings(database_url), clock=ManualClock(BASE_TIME))

    @app.get("/v1/test-only/crash")
    def crash(_principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.AUDIT_READ))]) -> None:
        raise RuntimeError("secret internal detail: postgres://user:pw@db/cpni")

    @app.post("/v1/test-only/write-then-fail")
    def write_then_fail(
        _principal: Annotated[Principal, Depends(RequireScope(ApiKeyScope.AUDIT_READ))],
        audit: Annotated[AuditTrail, Depends(get_audit_trail)],
        fail: bool = True,
    ) -> dict[str, str]:
        audit.record("test.written", subject_type="test", subject_id="rollback-probe")
        if fail:
            raise ProblemError(ErrorCode.HTTP_ERROR, "refused after writing", status=409)
        return {"status": "written"}

    yield app
    app.state.engine.dispose()


def test_unexpected_error_is_500_without_internals(app_with_test_routes: FastAPI, make_key) -> None:
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.AUDIT_READ)}", "X-Request-ID": "crash-1"}
    with TestClient(app_with_test_routes, raise_server_exceptions=False) as client:
        response = client.get("/v1/test-only/crash", headers=headers)
    body = assert_problem(response, 500, "INTERNAL_ERROR")
    assert body["correlation_id"] == "crash-1"
    assert "secret internal detail" not in response.text
    assert "RuntimeError" not in response.text


def test_one_request_is_one_transaction(app_with_test_routes: FastAPI, make_key) -> None:
    headers = {"Authorization": f"Bearer {make_key(ApiKeyScope.AUDIT_READ)}"}

    def probes() -> int:
        with app_with_test_routes.state.session_factory() as session:
            count = session.scalar(
                select(func.count())
                .select_from(AuditRecord)
                .where(AuditRecord.subject_id == "rollback-probe")
            )
            return int(count or 0)

    before = probes()
    with TestClient(app_with_test_routes, raise_server_exceptions=False) as client:
        failed = client.post("/v1/test-only/write-then-fail", headers=headers)
        assert failed.status_code == 409
        assert probes() == before
        succeeded = client.post("/v1/test-only/write-then-fail", params={"fail": "false"}, headers=headers)
        assert succeeded.status_code == 200
        assert probes() == before + 1
