"""The operator's side: health, API keys, webhook endpoints, the event feed and the audit trail; and the
webhook payloads, one per event type, taken from the events the whole flow emitted."""

from __future__ import annotations

import random
from typing import Any, cast

from fastapi import FastAPI

from cpni_api.notifications.dispatcher import Dispatcher
from scripts.example_recording.recorder import Recorder

SHOWN_ROUTES = ('"/v1/disclosure-checks"', '"/v1/interactions/{interaction_id}/verifications"')
# A closed port (discard) on loopback: the connection is refused at once.
UNREACHABLE_RECEIVER_URL = "http://127.0.0.1:9/cpni"
RECEIVER_URL = "https://cpni-receiver.example.com/hooks/cpni"
API_KEY_SECRET_PLACEHOLDER = "example-only-not-a-real-key-secret-part"
WEBHOOK_SECRET_PLACEHOLDER = "whsec_ZXhhbXBsZS1vbmx5LW5vdC1hLXJlYWwtc2lnbmluZy1zZWNyZXQ="


def conceal_api_key(recorder: Recorder, plaintext: str) -> str:
    """An API key keeps its visible id (`cpni_<id>_...`) in the examples; its secret part is replaced."""
    prefix, key_id, _secret = plaintext.split("_", 2)
    return recorder.secret(plaintext, f"{prefix}_{key_id}_{API_KEY_SECRET_PLACEHOLDER}")


def record_platform(recorder: Recorder) -> None:
    recorder.call("GET", "/healthz", expect=200)
    recorder.call("GET", "/readyz", expect=200)
    _api_keys(recorder)
    _webhook_endpoints(recorder)


def _api_keys(recorder: Recorder) -> None:
    created = recorder.call(
        "POST",
        "/v1/api-keys",
        json={"name": "contact center desktop", "scopes": ["interactions:write", "disclosures:check"]},
        expect=201,
        example="contact_center",
    )
    contact_center = conceal_api_key(recorder, str(created["key"]))
    retired = recorder.call(
        "POST",
        "/v1/api-keys",
        json={"name": "quarterly audit export", "scopes": ["audit:read"]},
        expect=201,
        example="audit_reader",
    )
    conceal_api_key(recorder, str(retired["key"]))
    recorder.call("GET", "/v1/api-keys", params={"limit": 2}, expect=200)
    recorder.call("DELETE", "/v1/api-keys/{api_key_id}", expect=200, api_key_id=str(retired["id"]))
    # The problems every /v1 operation declares, shown where an integrator meets them first.
    recorder.call(
        "GET",
        "/v1/api-keys",
        expect=401,
        example="unknown_key",
        api_key=f"cpni_01KHN{'0' * 21}_{API_KEY_SECRET_PLACEHOLDER}",
    )
    recorder.call("GET", "/v1/api-keys", expect=403, example="missing_scope", api_key=contact_center)
    recorder.call(
        "DELETE",
        "/v1/api-keys/{api_key_id}",
        expect=409,
        example="revokes_itself",
        api_key_id=recorder.api_key_id,
    )
    recorder.call(
        "POST",
        "/v1/api-keys",
        json={"name": "reporting", "scopes": ["reports:read"]},
        expect=422,
        example="unknown_scope",
    )


def _webhook_endpoints(recorder: Recorder) -> None:
    event_types = [
        "account.password_changed",
        "account.address_of_record_changed",
        "account.one_time_code_issued",
        "breach.customer_notice",
    ]
    created = recorder.call(
        "POST",
        "/v1/webhook-endpoints",
        json={"url": RECEIVER_URL, "event_types": event_types, "description": "customer notices (mailer)"},
        expect=201,
    )
    recorder.secret(str(created["secret"]), WEBHOOK_SECRET_PLACEHOLDER)
    endpoint_id = str(created["id"])
    recorder.call(
        "POST",
        "/v1/webhook-endpoints",
        json={"url": RECEIVER_URL, "event_types": ["account.password_changed"]},
        expect=409,
        example="url_already_registered",
    )
    recorder.call(
        "POST",
        "/v1/webhook-endpoints",
        json={"url": "http://169.254.169.254/latest/meta-data", "event_types": ["account.password_changed"]},
        expect=422,
        example="url_not_allowed",
    )
    recorder.call("GET", "/v1/webhook-endpoints", expect=200)
    recorder.call("GET", "/v1/webhook-endpoints/{endpoint_id}", expect=200, endpoint_id=endpoint_id)
    rotated = recorder.call(
        "POST", "/v1/webhook-endpoints/{endpoint_id}/rotate-secret", expect=200, endpoint_id=endpoint_id
    )
    recorder.secret(str(rotated["secret"]), WEBHOOK_SECRET_PLACEHOLDER)
    recorder.call("POST", "/v1/webhook-endpoints/{endpoint_id}/enable", expect=200, endpoint_id=endpoint_id)
    old = recorder.call(
        "POST",
        "/v1/webhook-endpoints",
        json={"url": "https://old-crm.example.com/cpni", "event_types": ["account.verification_locked"]},
        expect=201,
        record=False,
    )
    recorder.secret(str(old["secret"]), WEBHOOK_SECRET_PLACEHOLDER)
    recorder.call("DELETE", "/v1/webhook-endpoints/{endpoint_id}", expect=200, endpoint_id=str(old["id"]))


def record_events_and_audit(recorder: Recorder) -> None:
    """The feed and the trail after the whole flow: a page of each, one event, and a redelivery."""
    page = recorder.call("GET", "/v1/events", params={"limit": 3}, expect=200)
    recorder.call(
        "GET",
        "/v1/events",
        params={"type": "account.password_changed", "limit": 1},
        expect=200,
        example="one_type",
        record=False,
    )
    event_id = str(page["items"][0]["id"])
    recorder.call("GET", "/v1/events/{event_id}", expect=200, event_id=event_id)
    recorder.call("POST", "/v1/events/{event_id}/redeliver", expect=202, event_id=event_id)
    recorder.call("GET", "/v1/audit-records", params={"limit": 3}, expect=200)
    recorder.call(
        "GET", "/v1/audit-records", params={"action": "breach.voided"}, expect=200, example="one_action"
    )
    metrics = recorder.call("GET", "/metrics", expect=200, record=False)
    recorder.recorded.add_response("GET /metrics", 200, "text/plain", "example", steady_metrics(str(metrics)))


def steady_metrics(text: str) -> str:
    """The request counter of a few routes from the Prometheus text: durations, process figures and the
    `_created` timestamps differ from run to run, and the whole text is long."""
    kept = [
        line
        for line in text.splitlines()
        if line.startswith(("# HELP cpni_http_requests_total ", "# TYPE cpni_http_requests_total "))
        or (line.startswith("cpni_http_requests_total{") and any(route in line for route in SHOWN_ROUTES))
    ]
    return "\n".join(kept) + "\n"


def record_endpoint_disabled(recorder: Recorder) -> None:
    """One real dispatcher round against a receiver that refuses connections, with the service told to
    disable an endpoint at its first failure: what `webhook_endpoint.disabled` looks like. The live receiver
    is deleted first, so the round sends nothing anywhere else."""
    app = cast(FastAPI, recorder.client.app)
    listed = recorder.call("GET", "/v1/webhook-endpoints", expect=200, record=False)
    for endpoint in listed["items"]:
        recorder.call(
            "DELETE",
            "/v1/webhook-endpoints/{endpoint_id}",
            expect=200,
            record=False,
            endpoint_id=endpoint["id"],
        )
    unreachable = recorder.call(
        "POST",
        "/v1/webhook-endpoints",
        json={"url": UNREACHABLE_RECEIVER_URL, "event_types": ["account.verification_locked"]},
        expect=201,
        record=False,
    )
    recorder.secret(str(unreachable["secret"]), WEBHOOK_SECRET_PLACEHOLDER)
    settings = app.state.settings.model_copy(update={"webhook_disable_after_failures": 1})
    dispatcher = Dispatcher(
        app.state.session_factory,
        recorder.clock,
        settings,
        app.state.mailers,
        owner="dispatcher-examples",
        rng=random.Random(0),
    )
    assert dispatcher.run_once() >= 1
    disabled = recorder.call(
        "GET",
        "/v1/webhook-endpoints/{endpoint_id}",
        expect=200,
        record=False,
        endpoint_id=str(unreachable["id"]),
    )
    assert disabled["disabled_at"] is not None, disabled


def record_webhooks(recorder: Recorder) -> None:
    """A webhook posts the event as the feed shows it (`EventOut`); the first of each type is its example."""
    feed = recorder.call("GET", "/v1/events", params={"limit": 500}, expect=200, record=False)
    first_of_type: dict[str, Any] = {}
    for event in feed["items"]:
        first_of_type.setdefault(str(event["type"]), event)
    recorder.recorded.webhooks.update(first_of_type)
