"""Redelivering an event by hand: every target is queued again, including endpoints subscribed since."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.notifications.delivery_policy import DeliveryStatus
from cpni_api.notifications.fan_out import add_deliveries, live_endpoints
from cpni_api.notifications.mailers.base import Mailer
from cpni_api.notifications.models import Delivery, Event


def redeliver(session: Session, event: Event, mailer: Mailer, now: datetime) -> list[Delivery]:
    if event.fanned_out_at is None:
        return []  # not fanned out yet: the dispatcher will deliver it anyway
    existing = list(
        session.scalars(
            select(Delivery).where(Delivery.event_seq == event.seq, Delivery.mailer == mailer.name)
        )
    )
    for delivery in existing:
        if delivery.status == DeliveryStatus.CANCELLED.value:
            continue
        delivery.status = DeliveryStatus.PENDING.value
        delivery.attempt_count = 0  # a fresh allowance of attempts; the attempt history stays
        delivery.next_attempt_at = now
        delivery.lease_owner = None
        delivery.lease_expires_at = None
    endpoints = live_endpoints(session) if mailer.per_endpoint else []
    add_deliveries(
        session, event, mailer, endpoints, now, skip_endpoints=frozenset(d.endpoint_id for d in existing)
    )
    session.flush()
    return list(
        session.scalars(
            select(Delivery).where(Delivery.event_seq == event.seq).order_by(Delivery.created_at, Delivery.id)
        )
    )
