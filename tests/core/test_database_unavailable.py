"""A database that cannot be used answers 503 SERVICE_UNAVAILABLE with Retry-After, never 500 (ADR 0021):
on the request session's path, the transaction runner's (the key check, the disclosure check) and the
validation-error handler's key check. The databases really go away: a PostgreSQL database dropped under
the app, a SQLite file replaced by a folder, a server port nobody listens on."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from psycopg import sql
from sqlalchemy import text

from cpni_api.api_keys.scopes import ApiKeyScope
from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.core.dependencies import DbSession
from cpni_api.core.migrations import upgrade_to_head
from tests.conftest import BASE_TIME, make_settings, new_key
from tests.support.databases import POSTGRES_ADMIN_URL, require_postgres
from tests.support.processes import free_port

CHECK = {
    "interaction_id": "int_01JD7X4S8Q6Z3W9V5T2R1N0M8K",
    "information": "call_detail",
    "release": "discuss_in_interaction",
}


def _with_session_route(app: FastAPI) -> FastAPI:
    """A route on the request session alone (no key check first), so the session's own path is tested."""

    @app.get("/test/session")
    def read_through_the_session(session: DbSession) -> dict[str, int]:
        return {"one": int(session.scalar(text("SELECT 1")) or 0)}

    return app


class Outage:
    """An app on a database of its own, and a way to make that database go away for real."""

    def __init__(self, backend: str, folder: Path) -> None:
        self.backend = backend
        self.name = f"cpni_outage_{uuid.uuid4().hex[:10]}"
        if backend == "postgresql":
            require_postgres()
            with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))
            self.url = POSTGRES_ADMIN_URL.rpartition("/")[0] + "/" + self.name
        else:
            self.file = folder / f"{self.name}.db"
            self.url = f"sqlite:///{self.file}"
        upgrade_to_head(self.url)
        clock = ManualClock(BASE_TIME)
        self.app = _with_session_route(create_app(make_settings(self.url), clock=clock))
        self.key = new_key(self.app, clock, ApiKeyScope.ADMIN, name="outage")

    def take_away(self) -> None:
        if self.backend == "postgresql":
            self.drop()
        else:
            self.app.state.engine.dispose()  # the pool's open connection would still read the old file
            self.file.unlink()
            for suffix in ("-wal", "-shm"):
                Path(f"{self.file}{suffix}").unlink(missing_ok=True)
            self.file.mkdir()  # SQLite cannot open a folder: "unable to open database file"

    def drop(self) -> None:
        if self.backend == "postgresql":
            with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name))
                )
        elif self.file.is_dir():
            shutil.rmtree(self.file)


@pytest.fixture
def outage(backend: str, tmp_path: Path) -> Iterator[Outage]:
    made = Outage(backend, tmp_path)
    try:
        yield made
    finally:
        made.app.state.engine.dispose()
        made.drop()


def assert_unavailable(response: Any) -> None:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "SERVICE_UNAVAILABLE"
    assert int(response.headers["retry-after"]) > 0


def test_a_database_taken_away_answers_503_with_retry_after(outage: Outage) -> None:
    headers = {"Authorization": f"Bearer {outage.key}"}
    with TestClient(outage.app, raise_server_exceptions=False) as client:
        assert client.get("/test/session").status_code == 200
        assert client.get("/v1/api-keys", headers=headers).status_code == 200

        outage.take_away()

        assert_unavailable(client.get("/test/session"))  # the request session
        assert_unavailable(client.get("/v1/api-keys", headers=headers))  # the key check, on the runner
        assert_unavailable(
            client.post("/v1/disclosure-checks", json=CHECK, headers=headers)
        )  # in-transaction
        # the body is invalid, so the validation-error handler checks the key: the database is down there too
        assert_unavailable(client.post("/v1/disclosure-checks", json={}, headers=headers))
        assert client.get("/healthz").status_code == 200  # alive, just not ready
        assert client.get("/readyz").status_code == 503


def test_a_server_nobody_listens_on_answers_503() -> None:
    closed_port = free_port()  # free, and closed once the probing socket is
    app = _with_session_route(
        create_app(
            make_settings(f"postgresql://postgres@127.0.0.1:{closed_port}/cpni"), clock=ManualClock(BASE_TIME)
        )
    )
    headers = {"Authorization": "Bearer cpni_01JD7X4S8Q6Z3W9V5T2R1N0M8K_secret"}
    with TestClient(app, raise_server_exceptions=False) as client:
        assert_unavailable(client.get("/test/session"))
        assert_unavailable(client.get("/v1/api-keys", headers=headers))
        assert_unavailable(client.post("/v1/disclosure-checks", json=CHECK, headers=headers))
    app.state.engine.dispose()
