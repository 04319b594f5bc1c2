"""Standard Webhooks signatures (https://www.standardwebhooks.com): signing for the dispatcher and
verification for receivers.

A delivery carries `webhook-id` (the event id: stable across retries, so receivers can de-duplicate),
`webhook-timestamp` (Unix seconds of the attempt) and `webhook-signature` (space-separated `v1,<base64>`
signatures of `"{id}.{timestamp}.{body}"` under each active secret; two during a secret rotation).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

SECRET_PREFIX = "whsec_"  # noqa: S105 - the Standard Webhooks prefix, not a secret
DEFAULT_TOLERANCE = timedelta(minutes=5)


class WebhookVerificationError(Exception):
    """The request was not signed by a holder of the secret, or is too old or too new to trust."""


def derive_secret(master_key: str, endpoint_id: str, generation: int) -> str:
    """An endpoint's signing secret, derived from the service's key: nothing secret is stored (ADR 0009)."""
    raw = hmac.new(
        master_key.encode(), f"webhook-endpoint:{endpoint_id}:{generation}".encode(), hashlib.sha256
    )
    return SECRET_PREFIX + base64.b64encode(raw.digest()).decode()


def _secret_bytes(secret: str) -> bytes:
    encoded = secret.removeprefix(SECRET_PREFIX)
    return base64.b64decode(encoded + "=" * (-len(encoded) % 4))


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(_secret_bytes(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signature_header(secrets: Iterable[str], message_id: str, timestamp: int, body: bytes) -> str:
    return " ".join(sign(secret, message_id, timestamp, body) for secret in secrets)


def verify_webhook(
    secret: str,
    headers: Mapping[str, str],
    body: bytes,
    *,
    now: datetime | None = None,
    tolerance: timedelta = DEFAULT_TOLERANCE,
) -> str:
    """For receivers: checks the signature and timestamp of a delivery; returns the `webhook-id`.

    Raises WebhookVerificationError. De-duplicate on the returned id: a retried delivery keeps it.
    """
    lowered = {key.lower(): value for key, value in headers.items()}
    message_id = lowered.get("webhook-id", "")
    timestamp_text = lowered.get("webhook-timestamp", "")
    signatures = lowered.get("webhook-signature", "")
    if not (message_id and timestamp_text and signatures):
        raise WebhookVerificationError("missing webhook-id, webhook-timestamp or webhook-signature")
    try:
        timestamp = int(timestamp_text)
    except ValueError as exc:
        raise WebhookVerificationError("webhook-timestamp is not a Unix time") from exc
    moment = (now or datetime.now(UTC)).timestamp()
    if abs(moment - timestamp) > tolerance.total_seconds():
        raise WebhookVerificationError("webhook-timestamp is outside the tolerance")
    expected = sign(secret, message_id, timestamp, body).encode()
    for candidate in signatures.split(" "):
        if hmac.compare_digest(candidate.encode(), expected):
            return message_id
    raise WebhookVerificationError("no matching signature")
