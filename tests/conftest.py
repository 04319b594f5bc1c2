"""Shared fixtures. HTTP tests run once against SQLite and once against PostgreSQL, each a real database
migrated with Alembic. Tests share one database per backend, so each test scopes what it asserts to the
rows it created (its own API keys, accounts, correlation ids)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.api_keys.service import create_api_key
from cpni_api.app import create_app
from cpni_api.audit.context import WriteContext
from cpni_api.core.clock import ManualClock
from cpni_api.core.settings import Settings
from tests.support.databases import fresh_database

BACKENDS = ["sqlite", "postgresql"]
BASE_TIME = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
TEST_API_KEY_HMAC_KEY = "test-api-key-hmac-key-0123456789abcdef0123456789"
TEST_AUDIT_HMAC_KEY = "test-audit-hmac-key-0123456789abcdef0123456789ab"
TEST_WEBHOOK_SECRET_KEY = "test-webhook-secret-key-0123456789abcdef01234567"
TEST_CREDENTIAL_SECRETS_KEY = "test-credential-secrets-key-0123456789abcdef0123"


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "env": "test",
        "database_url": database_url,
        "api_key_hmac_key": TEST_API_KEY_HMAC_KEY,
        "audit_hmac_key": TEST_AUDIT_HMAC_KEY,
        "webhook_secret_key": TEST_WEBHOOK_SECRET_KEY,
        "credential_secrets_key": TEST_CREDENTIAL_SECRETS_KEY,
        "run_background_workers": False,
        "run_dispatcher": False,
        # Tests deliver to receivers on loopback over plain HTTP.
        "webhook_allow_http": True,
        "webhook_allowed_networks": ["127.0.0.0/8"],
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def database_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database(backend, tmp_path_factory.mktemp(backend)) as url:
        yield url


@pytest.fixture(scope="session")
def session_clock() -> ManualClock:
    return ManualClock(BASE_TIME)


@pytest.fixture(scope="session")
def app(database_url: str, session_clock: ManualClock) -> Iterator[FastAPI]:
    application = create_app(make_settings(database_url), clock=session_clock)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def clock(session_clock: ManualClock) -> ManualClock:
    """The app's clock, reset to BASE_TIME for every test."""
    session_clock.set(BASE_TIME)
    return session_clock


@pytest.fixture
def client(app: FastAPI, clock: ManualClock) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def make_key(app: FastAPI, clock: ManualClock) -> Callable[..., str]:
    """Creates an API key with the given scopes directly in the database and returns the plaintext key."""

    def make(*scopes: ApiKeyScope | str, name: str = "test") -> str:
        return new_key(app, clock, *scopes, name=name)

    return make


@pytest.fixture
def admin_headers(make_key: Callable[..., str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {make_key(ApiKeyScope.ADMIN, name='admin')}"}


@pytest.fixture
def scratch_dir(tmp_path: Path) -> Path:
    return tmp_path


# A database of the test module's own, for tests that count whole tables or read reports over all rows.
@pytest.fixture(scope="module")
def module_database(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database(backend, tmp_path_factory.mktemp("module")) as url:
        yield url


@pytest.fixture
def module_app(module_database: str, clock: ManualClock) -> Iterator[FastAPI]:
    application = create_app(make_settings(module_database), clock=clock)
    yield application
    application.state.engine.dispose()


@pytest.fixture
def module_client(module_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(module_app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def module_admin(module_app: FastAPI, clock: ManualClock) -> dict[str, str]:
    return admin_key_headers(module_app, clock)


def admin_key_headers(app: FastAPI, clock: ManualClock) -> dict[str, str]:
    """Authorization headers for a new admin key created directly in the app's database."""
    return {"Authorization": f"Bearer {new_key(app, clock, ApiKeyScope.ADMIN, name='admin')}"}


def new_key(app: FastAPI, clock: ManualClock, *scopes: ApiKeyScope | str, name: str) -> str:
    """A new API key in the app's database, created as the product creates one (audited, by "tests");
    returns the plaintext key."""
    with app.state.session_factory.begin() as session:
        context = WriteContext.outside_a_request(session, clock, app.state.settings, actor="tests")
        return create_api_key(context, name=name, scopes=[ApiKeyScope(scope) for scope in scopes]).plaintext
