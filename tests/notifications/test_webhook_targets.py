"""Webhook targets (ADR 0024), through HTTP on SQLite and PostgreSQL and with real deliveries: invalid and
internationalised names, IPv6 forms that carry private IPv4 addresses, and the connection made to the
address that was checked (DNS rebinding), with TLS verified against the name."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.core.clock import ManualClock
from cpni_api.notifications.dispatcher import Dispatcher
from cpni_api.notifications.mailers.webhook import WebhookMailer
from tests.notifications.conftest import build_app
from tests.support.receiver import running_receiver
from tests.support.tls import tls_pair

PASSWORD_CHANGED = ["account.password_changed"]


def _post(client: TestClient, headers: dict[str, str], url: str) -> Any:
    return client.post(
        "/v1/webhook-endpoints", json={"url": url, "event_types": PASSWORD_CHANGED}, headers=headers
    )


class Resolver:
    """Stands in for DNS (socket.getaddrinfo) for the names given, and counts the questions; other names
    go to the real resolver. `answers[name]` is a script: each question takes the next address, the last
    one repeats."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, **answers: list[str]) -> None:
        self.answers = {name.replace("_", "."): list(addresses) for name, addresses in answers.items()}
        self.asked: list[str] = []
        real = socket.getaddrinfo

        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            if host not in self.answers:
                return real(host, port, *args, **kwargs)
            self.asked.append(host)
            script = self.answers[host]
            address = script.pop(0) if len(script) > 1 else script[0]
            return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port)))]

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


def test_invalid_names_and_ipv6_forms_carrying_private_ipv4_are_422(
    module_database: str, clock: ManualClock, events_admin: dict[str, str]
) -> None:
    strict = build_app(module_database, clock, webhook_allowed_networks=[])
    with TestClient(strict, raise_server_exceptions=False) as client:
        for url in (
            "https://a..b.com/hooks",
            "https://xn--zz.example.com/hooks",
            "https://ex\u2488ample.com/hooks",
            f"https://{'a' * 64}.example.com/hooks",
        ):
            response = _post(client, events_admin, url)
            assert response.status_code == 422, (url, response.text)
            assert response.json()["code"] == "WEBHOOK_URL_NOT_ALLOWED"
            assert "not a valid" in response.json()["detail"]
        for url in (
            "http://[::127.0.0.1]/hooks",
            "http://[::ffff:10.0.0.1]/hooks",
            "http://[64:ff9b::a9fe:a9fe]/hooks",
            "http://[2002:a9fe:a9fe::]/hooks",
            "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hooks",
        ):
            response = _post(client, events_admin, url)
            assert response.status_code == 422, (url, response.text)
            assert response.json()["code"] == "WEBHOOK_URL_NOT_ALLOWED"
            assert "CPNI_WEBHOOK_ALLOWED_NETWORKS" in response.json()["detail"]
    for mailer in strict.state.mailers:
        mailer.close()
    strict.state.engine.dispose()


def test_the_readme_example_registers_as_written(
    module_database: str, clock: ManualClock, events_admin: dict[str, str]
) -> None:
    """README, "Wiring a mailer": a receiver whose name is not published yet (`.example` never resolves) is
    accepted; every delivery resolves and checks it again."""
    production_like = build_app(module_database, clock, webhook_allow_http=False, webhook_allowed_networks=[])
    with TestClient(production_like, raise_server_exceptions=False) as client:
        response = client.post(
            "/v1/webhook-endpoints",
            json={
                "url": "https://notify.carrier.example/cpni-events",
                "event_types": ["account.password_changed", "account.address_of_record_changed"],
            },
            headers=events_admin,
        )
    for mailer in production_like.state.mailers:
        mailer.close()
    production_like.state.engine.dispose()
    assert response.status_code == 201, response.text
    assert response.json()["secret"].startswith("whsec_")


def test_a_delivery_goes_to_the_address_that_was_checked(
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DNS rebinding: the name answers the checked address once, then another. The delivery must reach the
    receiver at the checked address, having asked DNS once: a second resolution (httpx connecting by name)
    would have gone to 127.0.0.2, where nothing listens."""
    with running_receiver() as receiver:
        url = f"http://hooks.rebinding.test:{receiver.port}/hooks"
        resolver = Resolver(monkeypatch, hooks_rebinding_test=["127.0.0.1", "127.0.0.2"])
        assert _post(events_client, events_admin, url).status_code == 201
        resolver.answers["hooks.rebinding.test"] = ["127.0.0.1", "127.0.0.2"]
        resolver.asked.clear()
        emit()

        assert dispatcher.run_once() == 1

        assert resolver.asked == ["hooks.rebinding.test"]  # checked once, never resolved again
        [request] = receiver.requests
    assert request.headers["host"] == f"hooks.rebinding.test:{receiver.port}"


def test_a_name_that_stops_resolving_is_retried_not_failed(
    events_app: FastAPI,
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _post(events_client, events_admin, "http://gone.test:9/hooks").status_code == 201  # never resolved
    event_id = emit()
    dispatcher.run_once()
    [delivery] = events_client.get(f"/v1/events/{event_id}", headers=events_admin).json()["deliveries"]
    assert delivery["status"] == "pending"
    assert delivery["attempts"][0]["outcome"] == "retryable"
    assert "unresolvable host" in delivery["last_error"]


def test_tls_is_verified_against_the_name_not_the_address(
    events_app: FastAPI,
    events_client: TestClient,
    events_admin: dict[str, str],
    clock: ManualClock,
    emit: Callable[..., str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both names resolve to the same loopback receiver, whose certificate names only one of them: the
    pinned connection sends that name as SNI and verifies the certificate against it, so the other name's
    delivery fails verification although the address is the same."""
    server_tls, client_tls = tls_pair("hooks.tls.test")
    Resolver(monkeypatch, hooks_tls_test=["127.0.0.1"], other_tls_test=["127.0.0.1"])
    state = events_app.state
    mailer = WebhookMailer(state.settings, verify=client_tls)
    dispatcher = Dispatcher(state.session_factory, clock, state.settings, [mailer], owner="tls-dispatcher")
    try:
        with running_receiver(tls=server_tls) as receiver:
            named = _post(events_client, events_admin, f"https://hooks.tls.test:{receiver.port}/hooks").json()
            other = _post(events_client, events_admin, f"https://other.tls.test:{receiver.port}/hooks").json()
            event_id = emit()
            assert dispatcher.run_once() == 2
            requests = list(receiver.requests)
    finally:
        mailer.close()
    deliveries = {
        d["endpoint_id"]: d
        for d in events_client.get(f"/v1/events/{event_id}", headers=events_admin).json()["deliveries"]
    }
    assert deliveries[named["id"]]["status"] == "delivered"
    assert deliveries[other["id"]]["status"] == "pending"
    assert "CERTIFICATE_VERIFY_FAILED" in deliveries[other["id"]]["last_error"]
    assert [request.headers["host"] for request in requests] == [f"hooks.tls.test:{receiver.port}"]
