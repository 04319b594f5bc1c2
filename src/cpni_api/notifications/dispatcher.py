"""The dispatcher: delivers outbox events through every configured mailer, at least once, never lost.

Each round: fan out new events into deliveries; claim due deliveries with a lease (`FOR UPDATE SKIP
LOCKED` on PostgreSQL, so several dispatchers never take the same delivery); deliver outside any
transaction; record the attempt. A dispatcher that dies leaves its leases to expire, after which another
dispatcher takes the deliveries over (ADR 0009).
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from prometheus_client import CollectorRegistry, Counter, Histogram
from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from cpni_api.core.clock import Clock
from cpni_api.core.settings import Settings
from cpni_api.notifications.delivery_policy import DeliveryStatus, Outcome, retry_delay
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.fan_out import fan_out_pending
from cpni_api.notifications.mailers.base import DeliveryResult, EndpointTarget, EventEnvelope, Mailer
from cpni_api.notifications.models import Delivery, DeliveryAttempt, Event, WebhookEndpoint
from cpni_api.notifications.outbox import emit_event
from cpni_api.notifications.signing import derive_secret

logger = logging.getLogger("cpni_api.dispatcher")


@dataclass(frozen=True)
class ClaimedDelivery:
    delivery_id: str
    mailer: str
    envelope: EventEnvelope
    endpoint: EndpointTarget | None


@dataclass(frozen=True)
class DispatchMetrics:
    attempts: Counter
    latency: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry) -> DispatchMetrics:
        return cls(
            attempts=Counter(
                "cpni_delivery_attempts",
                "Delivery attempts by this process, by mailer and outcome.",
                ["mailer", "outcome"],
                registry=registry,
            ),
            latency=Histogram(
                "cpni_delivery_latency_seconds",
                "Time from an event's occurrence to its successful delivery.",
                ["mailer"],
                buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600),
                registry=registry,
            ),
        )


def endpoint_secrets(endpoint: WebhookEndpoint, master_key: str, now: datetime) -> tuple[str, ...]:
    """The current secret, plus the previous one while a rotation's overlap lasts."""
    current = derive_secret(master_key, endpoint.id, endpoint.secret_generation)
    overlap = endpoint.previous_secret_valid_until
    if endpoint.secret_generation > 1 and overlap is not None and overlap > now:
        return (current, derive_secret(master_key, endpoint.id, endpoint.secret_generation - 1))
    return (current,)


class Dispatcher:
    def __init__(
        self,
        factory: sessionmaker[Session],
        clock: Clock,
        settings: Settings,
        mailers: Sequence[Mailer],
        *,
        metrics: DispatchMetrics | None = None,
        owner: str | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._factory = factory
        self._clock = clock
        self._settings = settings
        self._mailers = {mailer.name: mailer for mailer in mailers}
        self._metrics = metrics
        self.owner = owner or f"dispatcher-{uuid.uuid4().hex[:12]}"
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security
        self._master_key = settings.webhook_secret_key.get_secret_value()

    def run_once(self) -> int:
        """One round; returns how many deliveries it attempted."""
        with self._factory.begin() as session:
            fan_out_pending(
                session, list(self._mailers.values()), self._clock.now(), self._settings.dispatch_batch_size
            )
        claimed = self.claim()
        attempted = 0
        for delivery in claimed:
            # Renew the lease before each attempt, so a delivery late in a slow batch never has its lease
            # run out while we are still working through the batch (another dispatcher would send it too).
            if self._renew_lease(delivery.delivery_id):
                self.attempt(delivery)
                attempted += 1
        return attempted

    def _renew_lease(self, delivery_id: str) -> bool:
        """Extends our lease before an attempt; gives the delivery up if its endpoint was disabled or deleted
        since the claim (earlier attempts in this batch may have been what disabled it)."""
        with self._factory.begin() as session:
            delivery = session.scalars(
                select(Delivery).where(Delivery.id == delivery_id).with_for_update()
            ).one()
            if delivery.lease_owner != self.owner or delivery.status != DeliveryStatus.PENDING.value:
                return False
            endpoint = session.get(WebhookEndpoint, delivery.endpoint_id) if delivery.endpoint_id else None
            if endpoint is not None and (endpoint.disabled_at is not None or endpoint.deleted_at is not None):
                delivery.lease_owner = None
                delivery.lease_expires_at = None
                return False
            delivery.lease_expires_at = self._clock.now() + timedelta(
                seconds=self._settings.dispatch_lease_seconds
            )
            return True

    def claim(self) -> list[ClaimedDelivery]:
        with self._factory.begin() as session:
            now = self._clock.now()
            ids = session.scalars(
                select(Delivery.id)
                .outerjoin(WebhookEndpoint, Delivery.endpoint_id == WebhookEndpoint.id)
                .where(
                    Delivery.status == DeliveryStatus.PENDING.value,
                    Delivery.mailer.in_(list(self._mailers)),
                    Delivery.next_attempt_at <= now,
                    or_(Delivery.lease_expires_at.is_(None), Delivery.lease_expires_at <= now),
                    or_(
                        Delivery.endpoint_id.is_(None),
                        and_(WebhookEndpoint.disabled_at.is_(None), WebhookEndpoint.deleted_at.is_(None)),
                    ),
                )
                .order_by(Delivery.next_attempt_at, Delivery.id)
                .limit(self._settings.dispatch_batch_size)
                .with_for_update(skip_locked=True, of=Delivery)
            ).all()
            if not ids:
                return []
            expires = now + timedelta(seconds=self._settings.dispatch_lease_seconds)
            session.execute(
                update(Delivery)
                .where(Delivery.id.in_(ids))
                .values(lease_owner=self.owner, lease_expires_at=expires)
            )
            rows = session.execute(
                select(Delivery, Event, WebhookEndpoint)
                .join(Event, Delivery.event_seq == Event.seq)
                .outerjoin(WebhookEndpoint, Delivery.endpoint_id == WebhookEndpoint.id)
                .where(Delivery.id.in_(ids))
                .order_by(Delivery.next_attempt_at, Delivery.id)
            ).all()
            return [self._claimed(delivery, event, endpoint, now) for delivery, event, endpoint in rows]

    def _claimed(
        self, delivery: Delivery, event: Event, endpoint: WebhookEndpoint | None, now: datetime
    ) -> ClaimedDelivery:
        envelope = EventEnvelope(
            id=event.id,
            type=event.type,
            occurred_at=event.occurred_at,
            account_id=event.account_id,
            correlation_id=event.correlation_id,
            data=event.data,
        )
        target = (
            EndpointTarget(endpoint.id, endpoint.url, endpoint_secrets(endpoint, self._master_key, now))
            if endpoint is not None
            else None
        )
        return ClaimedDelivery(delivery.id, delivery.mailer, envelope, target)

    def attempt(self, claimed: ClaimedDelivery) -> Outcome:
        started_at = self._clock.now()
        started = time.perf_counter()
        mailer = self._mailers[claimed.mailer]
        try:
            result = mailer.deliver(claimed.envelope, claimed.endpoint)
        except Exception as exc:  # noqa: BLE001 - a plugin that raises must not lose the event
            result = DeliveryResult(Outcome.RETRYABLE, error=f"mailer raised {type(exc).__name__}")
        duration_ms = int((time.perf_counter() - started) * 1000)
        self._record(claimed, result, started_at, duration_ms)
        if self._metrics is not None:
            self._metrics.attempts.labels(mailer.name, result.outcome.value).inc()
            if result.outcome is Outcome.DELIVERED:
                latency = (self._clock.now() - claimed.envelope.occurred_at).total_seconds()
                self._metrics.latency.labels(mailer.name).observe(max(0.0, latency))
        return result.outcome

    def _record(
        self, claimed: ClaimedDelivery, result: DeliveryResult, started_at: datetime, duration_ms: int
    ) -> None:
        with self._factory.begin() as session:
            now = self._clock.now()
            delivery = session.scalars(
                select(Delivery).where(Delivery.id == claimed.delivery_id).with_for_update()
            ).one()
            session.add(
                DeliveryAttempt(
                    delivery_id=delivery.id,
                    attempt=delivery.attempt_count + 1,
                    started_at=started_at,
                    duration_ms=duration_ms,
                    outcome=result.outcome.value,
                    status_code=result.status_code,
                    error=result.error,
                    dispatcher=self.owner,
                )
            )
            if delivery.lease_owner != self.owner or delivery.status != DeliveryStatus.PENDING.value:
                # Our lease ran out and another dispatcher owns the delivery now: keep the attempt on
                # record, leave the state to the owner.
                logger.warning("delivery lease lost", extra={"component": delivery.id})
                return
            delivery.attempt_count += 1
            delivery.lease_owner = None
            delivery.lease_expires_at = None
            delivery.last_error = result.error
            if result.outcome is Outcome.DELIVERED:
                delivery.status = DeliveryStatus.DELIVERED.value
                delivery.delivered_at = now
            elif result.outcome is Outcome.PERMANENT:
                delivery.status = DeliveryStatus.FAILED.value
            elif delivery.attempt_count >= self._settings.delivery_max_attempts:
                delivery.status = DeliveryStatus.ABANDONED.value
            else:
                delay = retry_delay(
                    delivery.attempt_count,
                    base_seconds=self._settings.delivery_backoff_base_seconds,
                    cap_seconds=self._settings.delivery_backoff_cap_seconds,
                    retry_after=result.retry_after_seconds,
                    rng=self._rng,
                )
                delivery.next_attempt_at = now + timedelta(seconds=delay)
            if delivery.endpoint_id is not None:
                self._track_endpoint(session, delivery.endpoint_id, result.outcome, now)

    def _track_endpoint(self, session: Session, endpoint_id: str, outcome: Outcome, now: datetime) -> None:
        if outcome is Outcome.DELIVERED:
            session.execute(
                update(WebhookEndpoint)
                .where(WebhookEndpoint.id == endpoint_id, WebhookEndpoint.consecutive_failures != 0)
                .values(consecutive_failures=0)
            )
            return
        failures = session.scalar(
            update(WebhookEndpoint)
            .where(WebhookEndpoint.id == endpoint_id)
            .values(consecutive_failures=WebhookEndpoint.consecutive_failures + 1)
            .returning(WebhookEndpoint.consecutive_failures)
        )
        threshold = self._settings.webhook_disable_after_failures
        if failures is None or failures < threshold:
            return
        disabled = session.execute(
            update(WebhookEndpoint)
            .where(WebhookEndpoint.id == endpoint_id, WebhookEndpoint.disabled_at.is_(None))
            .values(disabled_at=now, disabled_reason=f"{failures} consecutive delivery failures")
        )
        if disabled.rowcount == 1:  # type: ignore[attr-defined]
            emit_event(
                session,
                self._clock,
                EventType.WEBHOOK_ENDPOINT_DISABLED,
                account_id=None,
                data={"endpoint_id": endpoint_id, "consecutive_failures": failures},
                correlation_id=self.owner,
            )
