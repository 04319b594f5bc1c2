"""Webhook delivery end to end: a real receiver on loopback, the real dispatcher, time by the clock."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook

from cpni_api.core.clock import ManualClock
from cpni_api.notifications.dispatcher import Dispatcher
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.models import Event
from cpni_api.notifications.signing import verify_webhook
from tests.notifications.conftest import build_app
from tests.support.eventually import eventually
from tests.support.receiver import Receiver, running_receiver


def register(client: TestClient, headers: dict[str, str], url: str, *types: EventType) -> dict:  # type: ignore[type-arg]
    response = client.post(
        "/v1/webhook-endpoints",
        json={"url": url, "event_types": [t.value for t in (types or (EventType.PASSWORD_CHANGED,))]},
        headers=headers,
    )
    assert response.status_code == 201, response.text
    return response.json()


def event_detail(client: TestClient, headers: dict[str, str], event_id: str) -> dict:  # type: ignore[type-arg]
    response = client.get(f"/v1/events/{event_id}", headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_secret_is_shown_once(events_client: TestClient, events_admin: dict[str, str]) -> None:
    created = register(events_client, events_admin, "http://127.0.0.1:9/hooks")
    assert created["secret"].startswith("whsec_")
    fetched = events_client.get(f"/v1/webhook-endpoints/{created['id']}", headers=events_admin).json()
    listed = events_client.get("/v1/webhook-endpoints", headers=events_admin).json()["items"]
    assert "secret" not in fetched
    assert all("secret" not in item for item in listed)
    assert created["secret"] not in json.dumps(listed)


def test_a_signed_delivery_reaches_a_real_receiver(
    events_client: TestClient, events_admin: dict[str, str], dispatcher: Dispatcher, emit: Callable[..., str]
) -> None:
    with running_receiver() as receiver:
        endpoint = register(events_client, events_admin, receiver.url)
        event_id = emit(EventType.PASSWORD_CHANGED, destinations=[{"kind": "telephone_number_of_record"}])
        assert dispatcher.run_once() == 1
        assert len(receiver.requests) == 1
        request = receiver.requests[0]
    assert verify_webhook(endpoint["secret"], request.headers, request.body) == event_id
    assert Webhook(endpoint["secret"]).verify(request.body, request.headers)["id"] == event_id
    body = json.loads(request.body)
    assert body["type"] == "account.password_changed"
    assert body["data"] == {"destinations": [{"kind": "telephone_number_of_record"}]}
    detail = event_detail(events_client, events_admin, event_id)
    assert {key: body[key] for key in ("id", "type", "account_id", "correlation_id", "data")} == {
        key: detail[key] for key in ("id", "type", "account_id", "correlation_id", "data")
    }
    [delivery] = detail["deliveries"]
    assert delivery["status"] == "delivered"
    assert delivery["endpoint_id"] == endpoint["id"]
    assert [(a["attempt"], a["outcome"], a["status_code"]) for a in delivery["attempts"]] == [
        (1, "delivered", 204)
    ]


def test_only_subscribed_event_types_are_delivered(
    events_client: TestClient, events_admin: dict[str, str], dispatcher: Dispatcher, emit: Callable[..., str]
) -> None:
    with running_receiver() as receiver:
        register(events_client, events_admin, receiver.url, EventType.ADDRESS_OF_RECORD_CHANGED)
        emit(EventType.PASSWORD_CHANGED)
        wanted = emit(EventType.ADDRESS_OF_RECORD_CHANGED)
        dispatcher.run_once()
        assert receiver.ids() == {wanted: 1}


def test_retryable_answers_back_off_honour_retry_after_and_keep_the_webhook_id(
    events_app: FastAPI,
    events_client: TestClient,
    events_admin: dict[str, str],
    emit: Callable[..., str],
    clock: ManualClock,
) -> None:
    state = events_app.state
    # Three failures in a row would disable the endpoint under this module's settings; not the point here.
    settings = state.settings.model_copy(update={"webhook_disable_after_failures": 10})
    dispatcher = Dispatcher(state.session_factory, clock, settings, state.mailers)
    script = [(503, {"retry-after": "120"}), (429, {"retry-after": "30"}), (408, {}), (204, {})]
    with running_receiver(responses=list(script)) as receiver:
        register(events_client, events_admin, receiver.url)
        event_id = emit()
        dispatcher.run_once()
        first = event_detail(events_client, events_admin, event_id)["deliveries"][0]
        assert first["status"] == "pending"
        assert first["next_attempt_at"] >= (clock.now() + timedelta(seconds=120)).isoformat().replace(
            "+00:00", "Z"
        )
        clock.advance(timedelta(seconds=119))
        assert dispatcher.run_once() == 0  # not due yet
        for _ in range(3):
            clock.advance(timedelta(hours=1))
            assert dispatcher.run_once() == 1
        assert receiver.ids() == {event_id: 4}
    delivery = event_detail(events_client, events_admin, event_id)["deliveries"][0]
    assert delivery["status"] == "delivered"
    assert [a["status_code"] for a in delivery["attempts"]] == [503, 429, 408, 204]
    assert [a["outcome"] for a in delivery["attempts"]] == ["retryable"] * 3 + ["delivered"]


def test_network_errors_are_retried_until_the_receiver_is_back(
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
    clock: ManualClock,
) -> None:
    receiver = Receiver().start()
    port = receiver.port
    receiver.stop()
    register(events_client, events_admin, f"http://127.0.0.1:{port}/hooks")
    event_id = emit()
    dispatcher.run_once()
    pending = event_detail(events_client, events_admin, event_id)["deliveries"][0]
    assert pending["status"] == "pending"
    assert "ConnectError" in pending["attempts"][0]["error"]
    with running_receiver(port=port) as back:
        clock.advance(timedelta(hours=1))
        dispatcher.run_once()
        assert back.ids() == {event_id: 1}
    assert event_detail(events_client, events_admin, event_id)["deliveries"][0]["status"] == "delivered"


def test_a_permanent_refusal_fails_and_redeliver_retries_by_hand(
    events_client: TestClient, events_admin: dict[str, str], dispatcher: Dispatcher, emit: Callable[..., str]
) -> None:
    with running_receiver(responses=[(400, {})]) as receiver:
        register(events_client, events_admin, receiver.url)
        event_id = emit()
        dispatcher.run_once()
        assert event_detail(events_client, events_admin, event_id)["deliveries"][0]["status"] == "failed"
        assert dispatcher.run_once() == 0
        redelivered = events_client.post(f"/v1/events/{event_id}/redeliver", headers=events_admin)
        assert redelivered.status_code == 202
        assert redelivered.json()["deliveries"][0]["status"] == "pending"
        dispatcher.run_once()
        assert receiver.ids() == {event_id: 2}
    assert event_detail(events_client, events_admin, event_id)["deliveries"][0]["status"] == "delivered"


def test_too_many_failures_abandon_the_delivery_visibly(
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
    clock: ManualClock,
) -> None:
    with running_receiver(default_status=500) as receiver:
        endpoint = register(events_client, events_admin, receiver.url)
        event_id = emit()
        for _ in range(6):
            dispatcher.run_once()
            clock.advance(timedelta(hours=2))
            events_client.post(f"/v1/webhook-endpoints/{endpoint['id']}/enable", headers=events_admin)
        delivery = event_detail(events_client, events_admin, event_id)["deliveries"][0]
        assert delivery["status"] == "abandoned"
        assert delivery["attempt_count"] == 4  # delivery_max_attempts in these tests
        assert receiver.ids() == {event_id: 4}
        receiver.default_status = 204
        events_client.post(f"/v1/events/{event_id}/redeliver", headers=events_admin)
        dispatcher.run_once()
    delivery = event_detail(events_client, events_admin, event_id)["deliveries"][0]
    assert delivery["status"] == "delivered"
    assert len(delivery["attempts"]) == 5


def test_an_endpoint_failing_repeatedly_is_disabled_once_and_says_so(
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
    clock: ManualClock,
) -> None:
    with running_receiver(default_status=502) as failing:
        endpoint = register(events_client, events_admin, failing.url)
        events = [emit() for _ in range(5)]
        dispatcher.run_once()  # 5 attempts: the third failure disables the endpoint
        state = events_client.get(f"/v1/webhook-endpoints/{endpoint['id']}", headers=events_admin).json()
        assert state["disabled_at"] is not None
        assert "consecutive delivery failures" in state["disabled_reason"]
        attempts_so_far = sum(failing.ids().values())
        assert attempts_so_far == 3
        clock.advance(timedelta(hours=2))
        dispatcher.run_once()
        assert sum(failing.ids().values()) == 3  # nothing is sent to a disabled endpoint
        # Counted in the outbox itself: the pull feed may lag behind other transactions in the cluster.
        with events_client.app.state.session_factory() as session:  # type: ignore[attr-defined]
            disabled_events = [
                event
                for event in session.scalars(select(Event).where(Event.type == "webhook_endpoint.disabled"))
                if event.data["endpoint_id"] == endpoint["id"]
            ]
        assert len(disabled_events) == 1
        failing.default_status = 204
        enabled = events_client.post(f"/v1/webhook-endpoints/{endpoint['id']}/enable", headers=events_admin)
        assert enabled.json()["disabled_at"] is None
        clock.advance(timedelta(hours=2))
        dispatcher.run_once()
        assert set(failing.ids()) == set(events)
    statuses = {event_detail(events_client, events_admin, e)["deliveries"][0]["status"] for e in events}
    assert statuses == {"delivered"}


def test_a_rotated_secret_signs_alongside_the_old_one_until_the_overlap_ends(
    events_client: TestClient,
    events_admin: dict[str, str],
    dispatcher: Dispatcher,
    emit: Callable[..., str],
    clock: ManualClock,
) -> None:
    with running_receiver() as receiver:
        endpoint = register(events_client, events_admin, receiver.url)
        rotated = events_client.post(
            f"/v1/webhook-endpoints/{endpoint['id']}/rotate-secret", headers=events_admin
        )
        new_secret = rotated.json()["secret"]
        assert new_secret != endpoint["secret"]
        emit()
        dispatcher.run_once()
        during = receiver.requests[-1]
        assert len(during.headers["webhook-signature"].split(" ")) == 2
        for secret in (endpoint["secret"], new_secret):
            verify_webhook(secret, during.headers, during.body)
        clock.advance(timedelta(days=1, seconds=1))
        emit()
        dispatcher.run_once()
        after = receiver.requests[-1]
    assert len(after.headers["webhook-signature"].split(" ")) == 1
    verify_webhook(new_secret, after.headers, after.body)


def test_deleting_an_endpoint_cancels_its_pending_deliveries(
    events_client: TestClient, events_admin: dict[str, str], dispatcher: Dispatcher, emit: Callable[..., str]
) -> None:
    endpoint = register(events_client, events_admin, "http://127.0.0.1:9/hooks")
    event_id = emit()
    with events_client.app.state.session_factory.begin() as session:  # type: ignore[attr-defined]
        from cpni_api.notifications.fan_out import fan_out_pending

        fan_out_pending(session, events_client.app.state.mailers, events_client.app.state.clock.now(), 10)  # type: ignore[attr-defined]
    deleted = events_client.delete(f"/v1/webhook-endpoints/{endpoint['id']}", headers=events_admin)
    assert deleted.status_code == 200
    assert (
        events_client.get(f"/v1/webhook-endpoints/{endpoint['id']}", headers=events_admin).status_code == 404
    )
    assert event_detail(events_client, events_admin, event_id)["deliveries"][0]["status"] == "cancelled"
    assert dispatcher.run_once() == 0


def test_unsafe_targets_are_refused_at_registration(
    events_client: TestClient, events_admin: dict[str, str], module_database: str, clock: ManualClock
) -> None:
    for url in ("http://10.0.0.1/hooks", "http://169.254.169.254/latest/meta-data", "http://[::1]/hooks"):
        response = events_client.post(
            "/v1/webhook-endpoints",
            json={"url": url, "event_types": ["account.password_changed"]},
            headers=events_admin,
        )
        assert response.status_code == 422, url
        assert response.json()["code"] == "WEBHOOK_URL_NOT_ALLOWED"
    strict = build_app(module_database, clock, webhook_allow_http=False, webhook_allowed_networks=[])
    with TestClient(strict, raise_server_exceptions=False) as client:
        response = client.post(
            "/v1/webhook-endpoints",
            json={"url": "http://127.0.0.1:8080/hooks", "event_types": ["account.password_changed"]},
            headers=events_admin,
        )
    strict.state.engine.dispose()
    assert response.status_code == 422
    assert "https" in response.json()["detail"]


def test_unknown_event_types_are_validation_errors(
    events_client: TestClient, events_admin: dict[str, str]
) -> None:
    response = events_client.post(
        "/v1/webhook-endpoints",
        json={"url": "http://127.0.0.1:9/hooks", "event_types": ["account.everything"]},
        headers=events_admin,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"][:2] == ["body", "event_types"]


def test_endpoint_management_is_audited(
    events_app: FastAPI, events_client: TestClient, events_admin: dict[str, str]
) -> None:
    endpoint = register(events_client, events_admin, "http://127.0.0.1:9/hooks")
    events_client.post(f"/v1/webhook-endpoints/{endpoint['id']}/rotate-secret", headers=events_admin)
    events_client.delete(f"/v1/webhook-endpoints/{endpoint['id']}", headers=events_admin)
    records = eventually(
        lambda: events_client.get("/v1/audit-records", params={"limit": 500}, headers=events_admin).json()[
            "items"
        ],
        lambda items: sum(item["subject_id"] == endpoint["id"] for item in items) == 3,
    )
    actions = [r["action"] for r in records if r["subject_id"] == endpoint["id"]]
    assert actions == [
        "webhook_endpoint.created",
        "webhook_endpoint.secret_rotated",
        "webhook_endpoint.deleted",
    ]
    assert all(endpoint["secret"] not in json.dumps(r) for r in records)
