"""Standard Webhooks signatures: the spec's test vector, the reference implementation, and tampering."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from standardwebhooks.webhooks import Webhook

from cpni_api.notifications.signing import (
    WebhookVerificationError,
    derive_secret,
    sign,
    signature_header,
    verify_webhook,
)

# The test vector published with the Standard Webhooks specification.
SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
SPEC_TIMESTAMP = 1614265330
SPEC_BODY = b'{"test": 2432232314}'
SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
SPEC_NOW = datetime.fromtimestamp(SPEC_TIMESTAMP, UTC)


def spec_headers(signature: str = SPEC_SIGNATURE) -> dict[str, str]:
    return {"webhook-id": SPEC_ID, "webhook-timestamp": str(SPEC_TIMESTAMP), "webhook-signature": signature}


def test_the_spec_vector_signs_and_verifies() -> None:
    assert sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY) == SPEC_SIGNATURE
    assert verify_webhook(SPEC_SECRET, spec_headers(), SPEC_BODY, now=SPEC_NOW) == SPEC_ID


def test_the_reference_implementation_accepts_our_signatures() -> None:
    secret = derive_secret("master-key-for-tests-0123456789abcdef", "whe_X", 1)
    now = datetime.now(UTC)
    timestamp = int(now.timestamp())
    body = b'{"id":"evt_1","type":"account.password_changed"}'
    headers = {"webhook-id": "evt_1", "webhook-timestamp": str(timestamp)}
    headers["webhook-signature"] = signature_header([secret], "evt_1", timestamp, body)
    assert Webhook(secret).verify(body, headers) == {"id": "evt_1", "type": "account.password_changed"}
    assert headers["webhook-signature"] == Webhook(secret).sign("evt_1", now, body.decode())


@pytest.mark.parametrize(
    ("headers", "body", "message"),
    [
        (spec_headers(), b'{"test": 2432232315}', "no matching signature"),
        (spec_headers("v1,AAAA" + SPEC_SIGNATURE[7:]), SPEC_BODY, "no matching signature"),
        (spec_headers() | {"webhook-id": "msg_other"}, SPEC_BODY, "no matching signature"),
        ({"webhook-id": SPEC_ID, "webhook-timestamp": str(SPEC_TIMESTAMP)}, SPEC_BODY, "missing"),
        (spec_headers() | {"webhook-timestamp": "yesterday"}, SPEC_BODY, "Unix time"),
    ],
)
def test_tampering_is_refused(headers: dict[str, str], body: bytes, message: str) -> None:
    with pytest.raises(WebhookVerificationError, match=message):
        verify_webhook(SPEC_SECRET, headers, body, now=SPEC_NOW)


def test_old_or_future_timestamps_are_refused() -> None:
    for skew in (timedelta(minutes=6), -timedelta(minutes=6)):
        with pytest.raises(WebhookVerificationError, match="tolerance"):
            verify_webhook(SPEC_SECRET, spec_headers(), SPEC_BODY, now=SPEC_NOW + skew)
    assert verify_webhook(SPEC_SECRET, spec_headers(), SPEC_BODY, now=SPEC_NOW + timedelta(minutes=4))


def test_a_rotation_header_verifies_under_either_secret() -> None:
    old = derive_secret("master-key-for-tests-0123456789abcdef", "whe_X", 1)
    new = derive_secret("master-key-for-tests-0123456789abcdef", "whe_X", 2)
    header = signature_header([new, old], SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)
    assert len(header.split(" ")) == 2
    for secret in (old, new):
        headers = spec_headers(header)
        assert verify_webhook(secret, headers, SPEC_BODY, now=SPEC_NOW) == SPEC_ID
    other = derive_secret("master-key-for-tests-0123456789abcdef", "whe_Y", 1)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(other, spec_headers(header), SPEC_BODY, now=SPEC_NOW)


def test_derived_secrets_are_per_endpoint_per_generation_and_key() -> None:
    secrets = {
        derive_secret(key, endpoint, generation)
        for key in ("k1-0123456789abcdef0123456789abcdef", "k2-0123456789abcdef0123456789abcdef")
        for endpoint in ("whe_A", "whe_B")
        for generation in (1, 2)
    }
    assert len(secrets) == 8
    assert all(secret.startswith("whsec_") for secret in secrets)
    assert derive_secret("k1-0123456789abcdef0123456789abcdef", "whe_A", 1) in secrets
