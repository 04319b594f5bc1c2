"""Documents every outbound event type in the OpenAPI document's `webhooks` section."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from cpni_api.notifications.event_types import EVENT_DESCRIPTIONS, EventType
from cpni_api.notifications.payloads import EVENT_ENVELOPES, envelope_name

_HEADERS = (
    "Signed per Standard Webhooks: `webhook-id` (the event id, stable across retries: de-duplicate on it), "
    "`webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,<base64 HMAC-SHA256>` of "
    "`{id}.{timestamp}.{body}` under the endpoint's secret; two signatures during a secret rotation). "
    "Answer 2xx to acknowledge. 408, 429 (with Retry-After), 5xx and network errors are retried with "
    "backoff; other 4xx fail the delivery for good."
)


def register_webhook_docs(app: FastAPI) -> None:
    """One `webhooks` entry per event type, its body the envelope with that type's payload (ADR 0032)."""
    for event_type in EventType:

        def receive(body: Any) -> None:  # documentation only; never called
            return None

        receive.__annotations__ = {"body": EVENT_ENVELOPES[event_type], "return": None}
        name = envelope_name(event_type)
        app.webhooks.add_api_route(
            event_type.value,
            receive,
            methods=["POST"],
            summary=event_type.value,
            description=f"{EVENT_DESCRIPTIONS[event_type]}\n\n{_HEADERS}",
            operation_id=name[0].lower() + name[1:],
            tags=["webhooks"],
        )
