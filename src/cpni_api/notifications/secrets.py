"""Which event fields carry a secret in clear, and the redaction `events:read` readers get (issue 15).

The mailer must see a one-time code to deliver it (ADR 0010), so the event carries it; any other reader of the
feed (a dashboard, an integration test, a log shipper) sees it redacted unless its key holds
`events:read_secrets`.
"""

from __future__ import annotations

from typing import Any

from cpni_api.notifications.event_types import EventType

REDACTED = "[redacted]"
SECRET_FIELDS: dict[str, tuple[str, ...]] = {EventType.ONE_TIME_CODE_ISSUED.value: ("code",)}


def redacted(event_type: str, data: dict[str, Any]) -> dict[str, Any]:
    """The event's data with its secret fields replaced, or as it is when it has none."""
    fields = SECRET_FIELDS.get(event_type, ())
    if not fields:
        return data
    return {key: REDACTED if key in fields and value is not None else value for key, value in data.items()}
