"""Turning an event into deliveries: for every configured mailer, one per subscribed webhook endpoint (a
per-endpoint mailer such as webhook) or one (a single-target mailer such as SMTP), so each mailer's
delivery is tracked, retried and redelivered on its own (ADRs 0009, 0025)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.core.ids import new_id
from cpni_api.notifications.delivery_policy import DeliveryStatus
from cpni_api.notifications.mailers.base import Mailer
from cpni_api.notifications.models import Delivery, Event, WebhookEndpoint


def live_endpoints(session: Session) -> list[WebhookEndpoint]:
    """Endpoints not deleted; disabled ones still receive deliveries, which wait until re-enabled."""
    return list(session.scalars(select(WebhookEndpoint).where(WebhookEndpoint.deleted_at.is_(None))))


def add_deliveries(
    session: Session,
    event: Event,
    mailer: Mailer,
    endpoints: list[WebhookEndpoint],
    now: datetime,
    *,
    skip_endpoints: frozenset[str | None] = frozenset(),
) -> int:
    targets: list[str | None] = (
        [endpoint.id for endpoint in endpoints if event.type in endpoint.event_types]
        if mailer.per_endpoint
        else [None]
    )
    added = 0
    for endpoint_id in targets:
        if endpoint_id in skip_endpoints:
            continue
        session.add(
            Delivery(
                id=new_id("dlv"),
                event_seq=event.seq,
                mailer=mailer.name,
                endpoint_id=endpoint_id,
                status=DeliveryStatus.PENDING.value,
                attempt_count=0,
                next_attempt_at=now,
                created_at=now,
            )
        )
        added += 1
    return added


def fan_out_pending(session: Session, mailers: Sequence[Mailer], now: datetime, batch_size: int) -> int:
    """Creates every mailer's deliveries for events not fanned out yet; returns how many events it handled.
    The events are locked (skipping those another dispatcher holds), so no event is fanned out twice."""
    events = session.scalars(
        select(Event)
        .where(Event.fanned_out_at.is_(None))
        .order_by(Event.seq)
        .limit(batch_size)
        .with_for_update(skip_locked=True)
    ).all()
    if not events:
        return 0
    endpoints = live_endpoints(session) if any(mailer.per_endpoint for mailer in mailers) else []
    for event in events:
        for mailer in mailers:
            add_deliveries(session, event, mailer, endpoints, now)
        event.fanned_out_at = now
    session.flush()
    return len(events)
