from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from tests.conftest import BASE_TIME, make_settings
from tests.support.databases import fresh_database


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_is_ready_at_head(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200, response.text
    assert response.json() == {"status": "ready", "schema_revision": client.app.state.migration_head}  # type: ignore[attr-defined]


def test_readyz_is_503_when_the_schema_is_not_migrated(backend: str, tmp_path: Path) -> None:
    with fresh_database(backend, tmp_path, migrate=False) as url:
        app = create_app(make_settings(url), clock=ManualClock(BASE_TIME))
        with TestClient(app, raise_server_exceptions=False) as client:
            response = client.get("/readyz")
        app.state.engine.dispose()
    assert response.status_code == 503
    assert response.json()["code"] == "SERVICE_UNAVAILABLE"
    assert "cpni-api migrate" in response.json()["detail"]


def test_readyz_is_503_when_the_database_is_unreachable() -> None:
    app = create_app(make_settings("postgresql://nobody@127.0.0.1:1/none"), clock=ManualClock(BASE_TIME))
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["code"] == "SERVICE_UNAVAILABLE"
    assert "nobody" not in response.text


def test_metrics_count_requests_by_route_template(client: TestClient, admin_headers: dict[str, str]) -> None:
    client.delete("/v1/api-keys/key_01JD7X4S8Q6Z3W9V5T2R1N0M8K", headers=admin_headers)
    text = client.get("/metrics").text
    assert 'cpni_http_requests_total{method="DELETE",route="/v1/api-keys/{api_key_id}",status="404"}' in text
    assert "key_01JD7X4S8Q6Z3W9V5T2R1N0M8K" not in text
    assert (
        'cpni_http_request_duration_seconds_bucket{le="0.005",method="DELETE",route="/v1/api-keys/{api_key_id}"}'
        in text
    )
