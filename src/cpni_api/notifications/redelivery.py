"""Redelivering an event by hand: every target is queued again, including endpoints subscribed since. One
audited change, made in a `WriteContext` (ADR 0019)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from cpni_api.audit.context import WriteContext
from cpni_api.notifications.delivery_policy import DeliveryStatus
from cpni_api.notifications.fan_out import add_deliveries, live_endpoints
from cpni_api.notifications.feed import get_event
from cpni_api.notifications.mailers.base import Mailer
from cpni_api.notifications.models import Delivery, Event


def redeliver(context: WriteContext, event_id: str, mailers: Sequence[Mailer]) -> Event:
    """Queues the event again for every target of every mailer, with a fresh allowance of attempts; 404 when
    no event has that id. An event not yet fanned out is left to the dispatcher, which delivers it anyway."""
    session = context.session
    event = get_event(session, event_id)
    if event.fanned_out_at is not None:
        for mailer in mailers:
            _queue_again(context, event, mailer)
        session.flush()
    context.audit.record(
        "event.redelivered", account_id=event.account_id, subject_type="event", subject_id=event.id
    )
    return event


def _queue_again(context: WriteContext, event: Event, mailer: Mailer) -> None:
    """One mailer's deliveries of the event pending again (but those cancelled with their endpoint), and
    new ones for endpoints subscribed since."""
    session, now = context.session, context.now()
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
