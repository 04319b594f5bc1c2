"""Dispatchers as separate processes on one PostgreSQL database: each event delivered once, nothing lost
through a receiver outage or a dispatcher killed mid-delivery. Counted by `webhook-id` at a real receiver.

The figures these tests produce are the ones reported on issue 3; run them with
`.venv/bin/python -m pytest -q tests/notifications/test_dispatcher_processes.py -s`.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from cpni_api.core.clock import SystemClock
from cpni_api.core.db import create_db_engine, create_session_factory
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.models import Delivery, DeliveryAttempt, WebhookEndpoint
from cpni_api.notifications.outbox import emit_event
from tests.conftest import make_settings
from tests.support.databases import fresh_database
from tests.support.processes import service_env, start_cli, stop
from tests.support.receiver import Receiver, running_receiver


@pytest.fixture
def postgres_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend != "postgresql":
        pytest.skip("several dispatcher processes need PostgreSQL (SQLite is the single-node store)")
    with fresh_database(backend, tmp_path) as url:
        yield url


@pytest.fixture
def factory(postgres_url: str) -> Iterator[sessionmaker[Session]]:
    engine = create_db_engine(make_settings(postgres_url))
    yield create_session_factory(engine)
    engine.dispose()


def add_endpoint(factory: sessionmaker[Session], url: str) -> None:
    with factory.begin() as session:
        session.add(
            WebhookEndpoint(
                id=f"whe_{time.time_ns()}",
                url=url,
                event_types=[EventType.PASSWORD_CHANGED.value],
                secret_generation=1,
                consecutive_failures=0,
                created_at=SystemClock().now(),
            )
        )


def emit_many(factory: sessionmaker[Session], count: int) -> list[str]:
    ids = []
    with factory.begin() as session:
        for n in range(count):
            event = emit_event(
                session,
                SystemClock(),
                EventType.PASSWORD_CHANGED,
                account_id=f"acct_{n}",
                data={"n": n},
                correlation_id="process-test",
            )
            session.flush()
            ids.append(event.id)
    return ids


def wait_until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def delivered(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        return int(
            session.scalar(select(func.count()).select_from(Delivery).where(Delivery.status == "delivered"))
            or 0
        )


def dispatchers(url: str, count: int, **settings: str) -> list:  # type: ignore[type-arg]
    env = service_env(
        url,
        dispatch_interval_seconds="0.05",
        dispatch_batch_size="20",
        delivery_backoff_base_seconds="0.2",
        delivery_backoff_cap_seconds="1",
        **settings,
    )
    return [start_cli(env, "dispatch") for _ in range(count)]


def test_three_dispatchers_deliver_500_events_exactly_once(
    postgres_url: str, factory: sessionmaker[Session]
) -> None:
    with running_receiver() as receiver:
        add_endpoint(factory, receiver.url)
        processes = dispatchers(postgres_url, 3)
        time.sleep(3)  # let all three start polling first, so they compete for the same events
        ids = emit_many(factory, 500)
        try:
            started = time.monotonic()
            wait_until(lambda: delivered(factory) == 500, 120, "500 deliveries")
            elapsed = time.monotonic() - started
        finally:
            logs = [stop(process) for process in processes]
        counts = receiver.ids()
    assert set(counts) == set(ids), "lost events"
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates == 0, f"{duplicates} duplicate deliveries"
    with factory() as session:
        by_dispatcher = dict(
            session.execute(
                select(DeliveryAttempt.dispatcher, func.count()).group_by(DeliveryAttempt.dispatcher)
            ).all()
        )
    shares = sorted(by_dispatcher.values())
    print(f"\n500 events, 3 dispatchers: lost 0, duplicated {duplicates}, {elapsed:.1f} s, attempts {shares}")
    assert len(by_dispatcher) >= 2, f"the work was not shared: {by_dispatcher}; logs: {logs}"


def test_everything_is_delivered_after_the_receiver_comes_back(
    postgres_url: str, factory: sessionmaker[Session]
) -> None:
    probe = Receiver().start()
    port = probe.port
    probe.stop()  # the receiver is down: connections are refused
    add_endpoint(factory, f"http://127.0.0.1:{port}/hooks")
    ids = emit_many(factory, 100)
    processes = dispatchers(postgres_url, 2, webhook_disable_after_failures="100000")
    try:

        def attempted_deliveries() -> int:
            with factory() as session:
                query = select(func.count(func.distinct(DeliveryAttempt.delivery_id)))
                return int(session.scalar(query) or 0)

        wait_until(lambda: attempted_deliveries() == 100, 60, "every delivery to fail at least once")
        with factory() as session:
            failed_attempts = session.scalar(select(func.count()).select_from(DeliveryAttempt)) or 0
        assert delivered(factory) == 0
        with running_receiver(port=port) as receiver:
            wait_until(lambda: delivered(factory) == 100, 60, "delivery after the outage")
            counts = receiver.ids()
    finally:
        for process in processes:
            stop(process)
    assert set(counts) == set(ids)
    print(
        f"\nreceiver outage: 100 events, {failed_attempts} failed attempts during the outage, lost 0, "
        f"duplicated {sum(n - 1 for n in counts.values())}"
    )


def test_a_killed_dispatchers_deliveries_are_taken_over_after_the_lease(
    postgres_url: str, factory: sessionmaker[Session]
) -> None:
    lease = {"dispatch_lease_seconds": "4", "webhook_timeout_seconds": "2", "smtp_timeout_seconds": "2"}
    with running_receiver(delay_seconds=1.0) as receiver:
        add_endpoint(factory, receiver.url)
        ids = emit_many(factory, 10)
        [doomed] = dispatchers(postgres_url, 1, **lease)
        wait_until(lambda: len(receiver.requests) >= 1, 30, "the first dispatcher to start delivering")
        doomed.send_signal(signal.SIGKILL)  # mid-delivery: no chance to record anything or release leases
        doomed.wait(timeout=10)
        killed_at = time.monotonic()
        receiver.delay_seconds = 0
        [successor] = dispatchers(postgres_url, 1, **lease)
        try:
            wait_until(lambda: delivered(factory) == 10, 60, "takeover after the lease")
            took = time.monotonic() - killed_at
        finally:
            stop(successor)
        counts = receiver.ids()
    assert set(counts) == set(ids)
    # At-least-once: only the delivery in flight at the kill can arrive twice (receivers de-duplicate on
    # webhook-id); every other event arrives once.
    duplicated = [event_id for event_id, n in counts.items() if n > 1]
    assert len(duplicated) <= 1
    assert took >= 2, "deliveries were taken over before the dead dispatcher's lease ran out"
    print(
        f"\nkilled dispatcher: 10 events, lost 0, duplicated {len(duplicated)} (the one in flight), "
        f"taken over {took:.1f} s after the kill (lease 4 s)"
    )
