"""The `webhooks` section: one entry per event type, its body the envelope with `type` fixed and `data`
typed (ADR 0032); and what the services emit fits those types."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import func, select

from cpni_api.core.clock import ManualClock
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.models import Event
from cpni_api.notifications.payloads import EVENT_PAYLOADS, envelope_name
from tests.audit.test_write_routes_audited import WRITES, World
from tests.support.cpni import create_account, events, open_interaction, set_password, verify

PAST = "2026-01-05T00:00:00Z"  # a migrated address, of record long ago


def _component(spec: dict[str, Any], reference: dict[str, str]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][reference["$ref"].rsplit("/", 1)[1]]
    return schema


def test_every_event_type_has_a_webhook_with_its_typed_payload(spec: dict[str, Any]) -> None:
    assert set(spec["webhooks"]) == {event_type.value for event_type in EventType}
    for event_type in EventType:
        receive = spec["webhooks"][event_type.value]["post"]
        body = receive["requestBody"]["content"]["application/json"]["schema"]
        assert body == {"$ref": f"#/components/schemas/{envelope_name(event_type)}"}
        envelope = _component(spec, body)
        assert envelope["properties"]["type"]["const"] == event_type.value
        assert set(envelope["required"]) >= {"id", "type", "occurred_at", "correlation_id", "data"}
        data = _component(spec, envelope["properties"]["data"])
        assert set(data["properties"]) == set(EVENT_PAYLOADS[event_type].model_fields)


def _misfits(emitted: list[Event]) -> list[str]:
    problems = []
    for event in emitted:
        payload = EVENT_PAYLOADS[EventType(event.type)].model_validate(event.data)
        problems += [f"{event.type}: {field}" for field in _unknown_fields(payload)]
    return problems


def _unknown_fields(model: BaseModel, where: str = "data") -> list[str]:
    """Members the payload model does not name, at any depth: the code emits something undocumented."""
    found = [f"{where}.{name}" for name in model.model_extra or {}]
    for name in type(model).model_fields:
        value = getattr(model, name)
        for index, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, BaseModel):
                found += _unknown_fields(item, f"{where}.{name}[{index}]")
    return found


# Emitted by the write routes below; the others come from background work or repeated failures.
EMITTED_BY_WRITES = {
    EventType.PASSWORD_CHANGED,
    EventType.BACKUP_AUTHENTICATION_CHANGED,
    EventType.ONLINE_ACCOUNT_CHANGED,
    EventType.ADDRESS_OF_RECORD_CHANGED,
    EventType.ONE_TIME_CODE_ISSUED,
    EventType.TELEPHONE_NUMBER_OF_RECORD_CHANGED,
    EventType.SIM_CHANGE_REQUESTED,
    EventType.PORT_OUT_REQUESTED,
    EventType.LINE_LOCKS_CHANGED,
    EventType.NUMBER_TRANSFER_PIN_CHANGED,
}


def test_what_the_write_routes_emit_fits_each_payload_schema(
    module_app: FastAPI, module_client: TestClient, module_admin: dict[str, str], clock: ManualClock
) -> None:
    """Every write route is sent a valid request (the builders of the audit test); every event that leaves
    behind must validate against its type's payload model and carry nothing it does not name. On a
    database of this module's own: the many events would crowd the shared one's feed for other tests."""
    app, client, admin_headers = module_app, module_client, module_admin
    with app.state.session_factory() as session:
        before = session.scalar(select(func.coalesce(func.max(Event.seq), 0)))
    world = World(app, client, admin_headers, clock)
    # Only the routes' own requests count: a builder may emit a made-up event to have one to redeliver.
    marked = admin_headers | {"X-Request-ID": f"webhook-payloads-{uuid.uuid4().hex}"}
    for (method, _template), build in WRITES.items():
        write = build(world)
        client.request(method, write.path, json=write.body, params=write.params, headers=marked)
    with app.state.session_factory() as session:
        emitted = list(
            session.scalars(
                select(Event)
                .where(Event.seq > before, Event.correlation_id == marked["X-Request-ID"])
                .order_by(Event.seq)
            )
        )
    assert _misfits(emitted) == []
    assert {EventType(event.type) for event in emitted} >= EMITTED_BY_WRITES


def test_the_call_detail_release_and_the_verification_lock_fit_theirs(
    module_app: FastAPI, module_client: TestClient, module_admin: dict[str, str]
) -> None:
    """The disclosure check's event (a driver INSERT on the hot path, ADR 0016) and the lock's, which come
    from a check and from repeated failures rather than from one write."""
    app, client, admin_headers = module_app, module_client, module_admin
    postal = {"line1": "1 Main St", "city": "Springfield", "postal_code": "62701", "country": "US"}
    account = create_account(client, admin_headers, postal_address=postal | {"associated_since": PAST})
    interaction = open_interaction(client, admin_headers, account["id"])
    released = client.post(
        "/v1/disclosure-checks",
        json={
            "interaction_id": interaction["id"],
            "information": "call_detail",
            "release": "send_to_address_of_record",
        },
        headers=admin_headers,
    )
    assert released.json()["decision"] == "allow", released.text
    guessed = create_account(client, admin_headers)  # in service initiation: a password needs no caller
    assert set_password(client, admin_headers, guessed["id"]).status_code == 200
    guessing = open_interaction(client, admin_headers, guessed["id"])
    for _ in range(5):
        verify(client, admin_headers, guessing["id"], method="password", password="wrong-Password-123")
    emitted = events(app, account["id"]) + events(app, guessed["id"])
    assert {EventType.CALL_DETAIL_RELEASE_REQUESTED, EventType.VERIFICATION_LOCKED} <= {
        EventType(event.type) for event in emitted
    }
    assert _misfits(emitted) == []
