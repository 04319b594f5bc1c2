"""Several mailers at once (ADR 0025): CPNI_MAILERS delivers every event through each, with a delivery per
(event, mailer, endpoint) tracked, retried and redelivered on its own; CPNI_MAILER keeps working as a list
of one. And one live endpoint per receiver URL (409). Real SMTP server, real webhook receiver."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email import message_from_bytes
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cpni_api.core.clock import ManualClock
from cpni_api.core.settings import SettingsError, load_settings
from cpni_api.notifications.dispatcher import Dispatcher
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.outbox import emit_event
from tests.conftest import admin_key_headers, make_settings
from tests.notifications.conftest import build_app
from tests.notifications.test_smtp_and_plugins import Inbox, smtp_server  # noqa: F401 - the fixture
from tests.support.receiver import running_receiver


@pytest.fixture
def both_app(
    module_database: str,
    clock: ManualClock,
    smtp_server: tuple[Inbox, int],  # noqa: F811
    events_app: FastAPI,  # empties the module's notification tables first
) -> Iterator[FastAPI]:
    _inbox, port = smtp_server
    app = build_app(
        module_database,
        clock,
        mailers=["webhook", "smtp"],
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_starttls=False,
        smtp_to=["notices@carrier.test"],
        smtp_timeout_seconds=5,
    )
    yield app
    for mailer in app.state.mailers:
        mailer.close()
    app.state.engine.dispose()


def test_webhooks_and_smtp_deliver_every_event_each_tracked_on_its_own(
    both_app: FastAPI,
    clock: ManualClock,
    smtp_server: tuple[Inbox, int],  # noqa: F811
) -> None:
    inbox, _port = smtp_server
    state = both_app.state
    headers = admin_key_headers(both_app, clock)
    dispatcher = Dispatcher(state.session_factory, clock, state.settings, state.mailers, owner="both")
    with TestClient(both_app, raise_server_exceptions=False) as client, running_receiver() as receiver:
        endpoint = client.post(
            "/v1/webhook-endpoints",
            json={"url": f"{receiver.url}/both", "event_types": [EventType.PASSWORD_CHANGED.value]},
            headers=headers,
        ).json()
        with state.session_factory.begin() as session:
            event_id = emit_event(
                session, clock, EventType.PASSWORD_CHANGED, account_id="acct_BOTH", data={"change": "changed"}
            ).id

        dispatcher.run_once()
        dispatcher.run_once()  # the other events of the module's database may take a round

        assert [json.loads(request.body)["id"] for request in receiver.requests].count(event_id) == 1
        mailed = [message_from_bytes(m.original_content or b"")["X-CPNI-Event-Id"] for m in inbox.messages]
        assert mailed.count(event_id) == 1
        deliveries = client.get(f"/v1/events/{event_id}", headers=headers).json()["deliveries"]
        assert sorted((d["mailer"], d["endpoint_id"], d["status"]) for d in deliveries) == [
            ("smtp", None, "delivered"),
            ("webhook", endpoint["id"], "delivered"),
        ]

        redelivered = client.post(f"/v1/events/{event_id}/redeliver", headers=headers)
        assert redelivered.status_code == 202, redelivered.text
        assert sorted(d["status"] for d in redelivered.json()["deliveries"]) == ["pending", "pending"]
        dispatcher.run_once()
        assert [json.loads(request.body)["id"] for request in receiver.requests].count(event_id) == 2
        mailed = [message_from_bytes(m.original_content or b"")["X-CPNI-Event-Id"] for m in inbox.messages]
        assert mailed.count(event_id) == 2


def test_a_mailer_that_fails_does_not_hold_the_other_back(
    both_app: FastAPI,
    clock: ManualClock,
    smtp_server: tuple[Inbox, int],  # noqa: F811
) -> None:
    inbox, _port = smtp_server
    inbox.reply = "451 try later"
    state = both_app.state
    headers = admin_key_headers(both_app, clock)
    dispatcher = Dispatcher(state.session_factory, clock, state.settings, state.mailers, owner="both")
    with TestClient(both_app, raise_server_exceptions=False) as client, running_receiver() as receiver:
        client.post(
            "/v1/webhook-endpoints",
            json={"url": f"{receiver.url}/apart", "event_types": [EventType.PASSWORD_CHANGED.value]},
            headers=headers,
        )
        with state.session_factory.begin() as session:
            event_id = emit_event(
                session,
                clock,
                EventType.PASSWORD_CHANGED,
                account_id="acct_APART",
                data={"change": "changed"},
            ).id
        dispatcher.run_once()
        dispatcher.run_once()
        statuses = {
            d["mailer"]: d["status"]
            for d in client.get(f"/v1/events/{event_id}", headers=headers).json()["deliveries"]
        }
    assert statuses == {"webhook": "delivered", "smtp": "pending"}


def test_cpni_mailer_is_a_list_of_one_and_cpni_mailers_a_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    assert make_settings("sqlite://").mailer_names == ["webhook"]
    assert make_settings("sqlite://", mailer="smtp").mailer_names == ["smtp"]
    monkeypatch.setenv("CPNI_ENV", "development")
    monkeypatch.setenv("CPNI_MAILERS", '["webhook", "smtp"]')
    assert load_settings().mailer_names == ["webhook", "smtp"]
    monkeypatch.setenv("CPNI_MAILER", "smtp")
    with pytest.raises(SettingsError, match="not both"):
        load_settings()
    monkeypatch.delenv("CPNI_MAILER")
    monkeypatch.setenv("CPNI_MAILERS", '["smtp", "smtp"]')
    with pytest.raises(SettingsError, match="each once"):
        load_settings()


def _register(client: TestClient, headers: dict[str, str], url: str) -> Any:
    return client.post(
        "/v1/webhook-endpoints",
        json={"url": url, "event_types": ["account.password_changed"]},
        headers=headers,
    )


def test_the_same_url_twice_is_409_until_the_first_is_deleted(
    events_client: TestClient, events_admin: dict[str, str]
) -> None:
    first = _register(events_client, events_admin, "http://127.0.0.1:9/same")
    assert first.status_code == 201, first.text
    for same in ("http://127.0.0.1:9/same", "HTTP://127.0.0.1:9/same"):
        again = _register(events_client, events_admin, same)
        assert again.status_code == 409, (same, again.text)
        assert again.headers["content-type"].startswith("application/problem+json")
        assert again.json()["code"] == "WEBHOOK_URL_ALREADY_REGISTERED"
        assert again.json()["endpoint_id"] == first.json()["id"]
    assert _register(events_client, events_admin, "http://127.0.0.1:9/same?tenant=2").status_code == 201
    assert _register(events_client, events_admin, "https://Hooks.Carrier.example/x").status_code == 201
    default_port = _register(events_client, events_admin, "https://hooks.carrier.example:443/x")
    assert default_port.json()["code"] == "WEBHOOK_URL_ALREADY_REGISTERED"
    assert (
        events_client.delete(f"/v1/webhook-endpoints/{first.json()['id']}", headers=events_admin).status_code
        == 200
    )
    assert _register(events_client, events_admin, "http://127.0.0.1:9/same").status_code == 201
