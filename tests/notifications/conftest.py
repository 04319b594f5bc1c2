"""Notification tests get a database of their own per module (`module_database`: the dispatcher works on
every pending event in its database), cleaned before each test, and an app with small failure thresholds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import delete

from cpni_api.app import create_app
from cpni_api.core.clock import ManualClock
from cpni_api.notifications.dispatcher import Dispatcher
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.models import Delivery, DeliveryAttempt, Event, WebhookEndpoint
from cpni_api.notifications.outbox import emit_event
from tests.conftest import admin_key_headers, make_settings

NOTIFICATION_SETTINGS: dict[str, Any] = {
    "webhook_disable_after_failures": 3,
    "delivery_max_attempts": 4,
    "webhook_timeout_seconds": 5,
    "dispatch_lease_seconds": 30,
}


def build_app(database_url: str, clock: ManualClock, **overrides: Any) -> FastAPI:
    return create_app(make_settings(database_url, **(NOTIFICATION_SETTINGS | overrides)), clock=clock)


@pytest.fixture
def events_app(module_database: str, clock: ManualClock) -> Iterator[FastAPI]:
    app = build_app(module_database, clock)
    with app.state.session_factory.begin() as session:
        for model in (DeliveryAttempt, Delivery, Event, WebhookEndpoint):
            session.execute(delete(model))
    yield app
    for mailer in app.state.mailers:
        mailer.close()
    app.state.engine.dispose()


@pytest.fixture
def events_client(events_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(events_app, raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def events_admin(events_app: FastAPI, clock: ManualClock) -> dict[str, str]:
    return admin_key_headers(events_app, clock)


@pytest.fixture
def dispatcher(events_app: FastAPI, clock: ManualClock) -> Dispatcher:
    state = events_app.state
    return Dispatcher(state.session_factory, clock, state.settings, state.mailers, owner="test-dispatcher")


@pytest.fixture
def emit(events_app: FastAPI, clock: ManualClock) -> Callable[..., str]:
    """Emits an event in its own committed transaction, as a domain service would; returns its id."""

    def emit_one(
        event_type: EventType = EventType.PASSWORD_CHANGED, account_id: str = "acct_T", **data: Any
    ) -> str:
        with events_app.state.session_factory.begin() as session:
            event = emit_event(
                session,
                clock,
                event_type,
                account_id=account_id,
                data=data or {"change": "password"},
                correlation_id="test",
            )
            session.flush()
            return event.id

    return emit_one
