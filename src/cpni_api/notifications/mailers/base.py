"""The Mailer interface, what it is given, and what it answers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from cpni_api.notifications.delivery_policy import Outcome


@dataclass(frozen=True)
class EventEnvelope:
    """The event as every mailer sends it (the same shape as the pull feed)."""

    id: str
    type: str
    occurred_at: datetime
    account_id: str | None
    correlation_id: str
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "occurred_at": self.occurred_at.isoformat().replace("+00:00", "Z"),
            "account_id": self.account_id,
            "correlation_id": self.correlation_id,
            "data": self.data,
        }

    def to_json(self) -> bytes:
        return json.dumps(self.as_dict(), separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class EndpointTarget:
    """A webhook endpoint as the webhook mailer needs it: where, and the secrets to sign with."""

    id: str
    url: str
    secrets: tuple[str, ...] = field(repr=False)


@dataclass(frozen=True)
class DeliveryResult:
    outcome: Outcome
    status_code: int | None = None
    error: str | None = None
    retry_after_seconds: float | None = None


class Mailer(Protocol):
    """Delivers one event to one target. Must not raise: every failure is a DeliveryResult.

    `per_endpoint` mailers (webhook) get one delivery per subscribed endpoint; the others get one
    delivery per event with `endpoint=None`.
    """

    name: str
    per_endpoint: bool

    def deliver(self, envelope: EventEnvelope, endpoint: EndpointTarget | None) -> DeliveryResult: ...

    def close(self) -> None: ...
