from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cpni_api.notifications.event_types import EventType


class EventOut(BaseModel):
    """The event envelope, as in the feed and in every delivery's body."""

    model_config = ConfigDict(from_attributes=True)

    id: str = Field(description="Stable across retries: also sent as `webhook-id`; de-duplicate on it.")
    type: str = Field(description="One of the event types (see the `webhooks` section).")
    occurred_at: datetime
    account_id: str | None
    correlation_id: str = Field(description="The X-Request-ID of the request that caused the event.")
    data: dict[str, Any]


class DeliveryAttemptOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    attempt: int
    started_at: datetime
    duration_ms: int
    outcome: str = Field(description="delivered | retryable | permanent")
    status_code: int | None
    error: str | None
    dispatcher: str


class DeliveryOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    mailer: str
    endpoint_id: str | None
    status: str = Field(description="pending | delivered | failed | abandoned | cancelled")
    attempt_count: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None
    attempts: list[DeliveryAttemptOut] = []


class EventDetailOut(EventOut):
    fanned_out_at: datetime | None
    deliveries: list[DeliveryOut]


class WebhookEndpointCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=8, max_length=2048, description="https URL of the receiver.")
    event_types: list[EventType] = Field(min_length=1, description="The event types to deliver here.")
    description: str | None = Field(default=None, max_length=200)

    @field_validator("event_types")
    @classmethod
    def _unique(cls, value: list[EventType]) -> list[EventType]:
        return sorted(set(value), key=lambda event_type: event_type.value)


class WebhookEndpointOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    url: str
    event_types: list[str]
    description: str | None
    created_at: datetime
    secret_generation: int
    previous_secret_valid_until: datetime | None = Field(
        description="While in the future, deliveries carry signatures under the previous secret too."
    )
    consecutive_failures: int
    disabled_at: datetime | None
    disabled_reason: str | None


class WebhookEndpointWithSecret(WebhookEndpointOut):
    secret: str = Field(description="The signing secret (`whsec_...`). Shown once: store it now.")
