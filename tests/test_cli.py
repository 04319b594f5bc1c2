"""The command line, run as a newcomer would: migrate, create a key, serve, call the API, verify."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.databases import fresh_database
from tests.support.processes import free_port, service_env, wait_until_serving


@pytest.fixture
def cli_env(backend: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    with fresh_database(backend, tmp_path, migrate=False) as url:
        yield service_env(url, audit_seal_interval_seconds="0.2")


def cli(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "cpni_api", *args], env=env, capture_output=True, text=True, timeout=120
    )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_migrate_create_key_serve_call_and_verify(cli_env: dict[str, str]) -> None:
    assert "at head" in cli(cli_env, "migrate").stdout
    created = cli(cli_env, "api-keys", "create", "--name", "first admin", "--scopes", "admin")
    key = created.stdout.strip().splitlines()[-1]
    assert key.startswith("cpni_")
    assert " " not in key
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "cpni_api", "serve", "--port", str(port)],
        env=cli_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base, server)
        assert httpx.get(f"{base}/readyz").status_code == 200
        headers = {"Authorization": f"Bearer {key}", "X-Request-ID": "cli-smoke-1"}
        reader = httpx.post(
            f"{base}/v1/api-keys", json={"name": "siem", "scopes": ["audit:read"]}, headers=headers
        )
        assert reader.status_code == 201
        assert httpx.get(f"{base}/v1/api-keys", headers={"Authorization": "Bearer nope"}).status_code == 401
        # the in-process sealer seals the new audit rows within a few intervals
        deadline = time.monotonic() + 15
        while "records not yet sealed: 0" not in cli(cli_env, "audit", "verify").stdout:
            assert time.monotonic() < deadline, "the background sealer did not seal"
            time.sleep(0.2)
    finally:
        server.terminate()
        _out, logs = server.communicate(timeout=15)
    lines = [json.loads(line) for line in logs.splitlines() if line.startswith("{")]
    access = [line for line in lines if line["logger"] == "cpni_api.access"]
    assert any(
        line["route"] == "/v1/api-keys" and line["status"] == 201 and line["request_id"] == "cli-smoke-1"
        for line in access
    )
    assert key not in logs
    assert reader.json()["key"] not in logs

    listed = cli(cli_env, "api-keys", "list").stdout
    assert "first admin" in listed
    assert "siem" in listed
    revoked = cli(cli_env, "api-keys", "revoke", reader.json()["id"])
    assert "revoked" in revoked.stdout
    assert "revoked" in cli(cli_env, "api-keys", "list").stdout
    cli(cli_env, "audit", "seal")
    verified = cli(cli_env, "audit", "verify")
    assert "audit chain intact" in verified.stdout
    assert "links checked: 3" in verified.stdout  # created by the CLI, created over HTTP, revoked


def test_the_command_line_may_revoke_the_last_admin_key(cli_env: dict[str, str]) -> None:
    """The operator's way back (ADR 0022): the API refuses to revoke the last admin key, the command line
    revokes it, says none is left and how to create one."""
    cli(cli_env, "migrate")
    cli(cli_env, "api-keys", "create", "--name", "only admin", "--scopes", "admin")
    key_id = cli(cli_env, "api-keys", "list").stdout.split("\t", 1)[0]

    revoked = cli(cli_env, "api-keys", "revoke", key_id)

    assert f"revoked {key_id}" in revoked.stdout
    assert "no admin key is left" in revoked.stderr
    assert "active" not in cli(cli_env, "api-keys", "list").stdout


def test_api_keys_create_refuses_unknown_scopes(cli_env: dict[str, str]) -> None:
    cli(cli_env, "migrate")
    result = cli(cli_env, "api-keys", "create", "--name", "x", "--scopes", "admin,superuser", check=False)
    assert result.returncode == 2
    assert "superuser" in result.stderr


def test_commands_refuse_placeholder_secrets_outside_development(cli_env: dict[str, str]) -> None:
    env = cli_env | {"CPNI_API_KEY_HMAC_KEY": "change-me"}
    result = cli(env, "migrate", check=False)
    assert result.returncode == 2
    assert "CPNI_API_KEY_HMAC_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_audit_verify_exits_1_on_a_broken_chain(cli_env: dict[str, str], backend: str) -> None:
    cli(cli_env, "migrate")
    cli(cli_env, "api-keys", "create", "--name", "a", "--scopes", "admin")
    cli(cli_env, "api-keys", "create", "--name", "b", "--scopes", "admin")
    cli(cli_env, "audit", "seal")
    from sqlalchemy import create_engine, text

    from cpni_api.core.settings import normalize_database_url

    engine = create_engine(normalize_database_url(cli_env["CPNI_DATABASE_URL"]))
    with engine.begin() as connection:
        if backend == "postgresql":
            connection.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            connection.execute(text("DROP TRIGGER audit_records_no_update"))
        connection.execute(
            text(
                "UPDATE audit_records SET outcome = 'tampered' "
                "WHERE seq = (SELECT max(seq) FROM audit_records)"
            )
        )
    engine.dispose()
    result = cli(cli_env, "audit", "verify", check=False)
    assert result.returncode == 1
    assert "BROKEN at chain position 2: audit record edited" in result.stdout


def test_serve_runs_the_dispatcher_by_default(cli_env: dict[str, str]) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from cpni_api.core.clock import SystemClock
    from cpni_api.core.settings import normalize_database_url
    from cpni_api.notifications.event_types import EventType
    from cpni_api.notifications.outbox import emit_event
    from cpni_api.notifications.signing import verify_webhook
    from tests.support.receiver import running_receiver

    cli(cli_env, "migrate")
    key = cli(
        cli_env, "api-keys", "create", "--name", "ops", "--scopes", "webhooks:write"
    ).stdout.splitlines()[-1]
    env = cli_env | {"CPNI_WEBHOOK_ALLOW_HTTP": "true", "CPNI_WEBHOOK_ALLOWED_NETWORKS": '["127.0.0.0/8"]'}
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "cpni_api", "serve", "--port", str(port)],
        env=env | {"CPNI_DISPATCH_INTERVAL_SECONDS": "0.1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(lambda: httpx.get(f"{base}/healthz", timeout=1).status_code == 200)
        with running_receiver() as receiver:
            endpoint = httpx.post(
                f"{base}/v1/webhook-endpoints",
                json={"url": receiver.url, "event_types": ["account.password_changed"]},
                headers={"Authorization": f"Bearer {key}"},
            ).json()
            engine = create_engine(normalize_database_url(env["CPNI_DATABASE_URL"]))
            with Session(engine) as session, session.begin():
                event = emit_event(
                    session,
                    SystemClock(),
                    EventType.PASSWORD_CHANGED,
                    account_id="acct_s",
                    data={},
                    correlation_id="x",
                )
                session.flush()
                event_id = event.id
            engine.dispose()
            _wait_for(lambda: len(receiver.requests) == 1)
            request = receiver.requests[0]
        assert verify_webhook(endpoint["secret"], request.headers, request.body) == event_id
    finally:
        server.terminate()
        server.communicate(timeout=15)


def _wait_for(condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if condition():
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)
