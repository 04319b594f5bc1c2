"""The default mailer: a signed HTTP POST (Standard Webhooks) to every subscribed endpoint.

It connects to the address it checked (ADR 0024): the host is resolved once per attempt, every address is
checked, and the request goes to the address itself, with the name in the Host header and, for https, in
TLS's server name (SNI), against which the certificate is verified. httpx never resolves the name again, so
an answer that changes between the check and the connection (DNS rebinding) cannot redirect a delivery.
"""

from __future__ import annotations

import ssl
from datetime import UTC, datetime

import httpx

import cpni_api
from cpni_api.core.settings import Settings
from cpni_api.notifications.delivery_policy import Outcome, classify_status, parse_retry_after
from cpni_api.notifications.mailers.base import DeliveryResult, EndpointTarget, EventEnvelope
from cpni_api.notifications.signing import signature_header
from cpni_api.notifications.url_policy import (
    IPAddress,
    Target,
    UnsafeUrlError,
    check_url_shape,
    parse_networks,
)
from cpni_api.notifications.url_safety import (
    Resolver,
    UnresolvableHostError,
    resolve_and_check,
    system_resolver,
)


class WebhookMailer:
    name = "webhook"
    per_endpoint = True

    def __init__(
        self,
        settings: Settings,
        *,
        resolve: Resolver = system_resolver,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._allow_http = settings.webhook_http_allowed
        self._allowed = parse_networks(settings.webhook_allowed_networks)
        self._resolve = resolve
        timeout = settings.webhook_timeout_seconds
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(5.0, timeout)),
            follow_redirects=False,  # a redirect could lead to a target the URL check never saw
            headers={"user-agent": f"cpni-api/{cpni_api.__version__}"},
            verify=verify,
        )

    def deliver(self, envelope: EventEnvelope, endpoint: EndpointTarget | None) -> DeliveryResult:
        if endpoint is None:
            return DeliveryResult(Outcome.PERMANENT, error="webhook delivery without an endpoint")
        try:
            # Checked again at every attempt: DNS may now point somewhere it did not at registration.
            target = check_url_shape(endpoint.url, allow_http=self._allow_http)
            addresses = resolve_and_check(target, self._allowed, self._resolve)
        except UnresolvableHostError as exc:  # DNS may answer again later: try again, as for a timeout
            return DeliveryResult(Outcome.RETRYABLE, error=f"unresolvable host: {exc}")
        except UnsafeUrlError as exc:
            return DeliveryResult(Outcome.PERMANENT, error=f"unsafe URL: {exc}")
        body = envelope.to_json()
        now = datetime.now(UTC)
        timestamp = int(now.timestamp())
        headers = {
            "content-type": "application/json",
            "host": target.host_header,
            "webhook-id": envelope.id,
            "webhook-timestamp": str(timestamp),
            "webhook-signature": signature_header(endpoint.secrets, envelope.id, timestamp, body),
        }
        try:
            response = self._post_to_one_of(addresses, endpoint.url, target, body, headers)
        except httpx.InvalidURL as exc:
            return DeliveryResult(Outcome.PERMANENT, error=f"invalid URL: {exc}"[:500])
        except httpx.HTTPError as exc:
            return DeliveryResult(Outcome.RETRYABLE, error=f"{type(exc).__name__}: {exc}"[:500])
        outcome = classify_status(response.status_code)
        return DeliveryResult(
            outcome,
            status_code=response.status_code,
            error=None if outcome is Outcome.DELIVERED else f"HTTP {response.status_code}",
            retry_after_seconds=parse_retry_after(response.headers.get("retry-after"), now),
        )

    def _post_to_one_of(
        self, addresses: list[IPAddress], url: str, target: Target, body: bytes, headers: dict[str, str]
    ) -> httpx.Response:
        """POSTs to the first checked address that accepts a connection, as a client connecting by name
        tries each address in turn; only a refused or unreachable connection moves on (nothing was sent)."""
        # The certificate is verified against the name; not needed (nor valid SNI) for an IP literal.
        extensions = (
            {"sni_hostname": target.host} if target.scheme == "https" and target.literal is None else {}
        )
        pinned = httpx.URL(url)
        for address in addresses[:-1]:
            try:
                return self._client.post(
                    pinned.copy_with(host=str(address)), content=body, headers=headers, extensions=extensions
                )
            except httpx.ConnectError:
                continue
        return self._client.post(
            pinned.copy_with(host=str(addresses[-1])), content=body, headers=headers, extensions=extensions
        )

    def close(self) -> None:
        self._client.close()
