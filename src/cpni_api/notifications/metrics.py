"""Delivery gauges read from the database at scrape time, so every replica reports the same truth."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from cpni_api.notifications.delivery_policy import DeliveryStatus
from cpni_api.notifications.models import Delivery, Event

logger = logging.getLogger("cpni_api.notifications.metrics")
# Delivered deliveries grow without bound; they are counted by the dispatchers' attempt counter instead.
_GAUGED = (DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.ABANDONED)


class DeliveryStatusCollector(Collector):
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def collect(self) -> Iterator[GaugeMetricFamily]:
        deliveries = GaugeMetricFamily(
            "cpni_deliveries", "Deliveries not (yet) delivered, by status.", labels=["status"]
        )
        unfanned = GaugeMetricFamily(
            "cpni_events_awaiting_fan_out", "Events the dispatcher has not picked up yet."
        )
        try:
            with self._factory() as session:
                counts = dict(
                    session.execute(
                        select(Delivery.status, func.count())
                        .where(Delivery.status.in_([status.value for status in _GAUGED]))
                        .group_by(Delivery.status)
                    ).all()
                )
                waiting = session.scalar(
                    select(func.count()).select_from(Event).where(Event.fanned_out_at.is_(None))
                )
        except SQLAlchemyError as exc:
            logger.warning("delivery metrics unavailable", extra={"error_type": type(exc).__name__})
            return
        for status in _GAUGED:
            deliveries.add_metric([status.value], counts.get(status.value, 0))
        unfanned.add_metric([], waiting or 0)
        yield deliveries
        yield unfanned
