"""The default mailer: a signed HTTP POST (Standard Webhooks) to every subscribed endpoint."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

import cpni_api
from cpni_api.core.settings import Settings
from cpni_api.notifications.delivery_policy import Outcome, classify_status, parse_retry_after
from cpni_api.notifications.mailers.base import DeliveryResult, EndpointTarget, EventEnvelope
from cpni_api.notifications.signing import signature_header
from cpni_api.notifications.url_safety import (
    UnsafeUrlError,
    check_url_shape,
    parse_networks,
    resolve_and_check,
)


class WebhookMailer:
    name = "webhook"
    per_endpoint = True

    def __init__(self, settings: Settings) -> None:
        self._allow_http = settings.webhook_http_allowed
        self._allowed = parse_networks(settings.webhook_allowed_networks)
        timeout = settings.webhook_timeout_seconds
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(5.0, timeout)),
            follow_redirects=False,  # a redirect could lead to a target the URL check never saw
            headers={"user-agent": f"cpni-api/{cpni_api.__version__}"},
        )

    def deliver(self, envelope: EventEnvelope, endpoint: EndpointTarget | None) -> DeliveryResult:
        if endpoint is None:
            return DeliveryResult(Outcome.PERMANENT, error="webhook delivery without an endpoint")
        try:
            # Checked again at every attempt: DNS may now point somewhere it did not at registration.
            host, port = check_url_shape(endpoint.url, allow_http=self._allow_http)
            resolve_and_check(host, port, self._allowed)
        except UnsafeUrlError as exc:
            return DeliveryResult(Outcome.PERMANENT, error=f"unsafe URL: {exc}")
        body = envelope.to_json()
        now = datetime.now(UTC)
        timestamp = int(now.timestamp())
        headers = {
            "content-type": "application/json",
            "webhook-id": envelope.id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": signature_header(endpoint.secrets, envelope.id, timestamp, body),
        }
        try:
            response = self._client.post(endpoint.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return DeliveryResult(Outcome.RETRYABLE, error=f"{type(exc).__name__}: {exc}"[:500])
        outcome = classify_status(response.status_code)
        return DeliveryResult(
            outcome,
            status_code=response.status_code,
            error=None if outcome is Outcome.DELIVERED else f"HTTP {response.status_code}",
            retry_after_seconds=parse_retry_after(response.headers.get("retry-after"), now),
        )

    def close(self) -> None:
        self._client.close()
