"""Writing events to the outbox, in the caller's transaction (design.md §2: a true transactional outbox).

A domain service calls `emit_event(...)` next to the change it reports; both commit together or neither
does, so a crash can never apply a change without its notice (R-2010-f, E2). Delivery happens later, by
the dispatcher.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from cpni_api.core.clock import Clock
from cpni_api.core.driver_statements import BoundStatement, DriverStatement
from cpni_api.core.ids import new_id
from cpni_api.core.request_context import current_request_id
from cpni_api.notifications.event_types import EventType
from cpni_api.notifications.models import Event


def _event_values(
    clock: Clock,
    event_type: EventType,
    account_id: str | None,
    data: dict[str, Any],
    correlation_id: str | None,
) -> dict[str, Any]:
    return {
        "id": new_id("evt"),
        "type": event_type.value,
        "occurred_at": clock.now(),
        "account_id": account_id,
        "correlation_id": correlation_id or current_request_id(),
        "data": data,
    }


def emit_event(
    session: Session,
    clock: Clock,
    event_type: EventType,
    *,
    account_id: str | None,
    data: dict[str, Any],
    correlation_id: str | None = None,
) -> Event:
    """Adds an event to the session. `data` must never hold secrets or a changed value (R-2010-f-4)."""
    event = Event(**_event_values(clock, event_type, account_id, data, correlation_id))
    session.add(event)
    return event


# The disclosure check's unit is a plain connection (ADR 0016): its event is inserted at once.
_events = cast(Table, Event.__table__)
_INSERT_EVENT = DriverStatement(
    insert(_events), columns=["id", "type", "occurred_at", "account_id", "correlation_id", "data"]
)


def event_insert(
    clock: Clock,
    event_type: EventType,
    *,
    account_id: str | None,
    data: dict[str, Any],
    correlation_id: str | None = None,
) -> BoundStatement:
    """`emit_event` for a unit of work on a connection: the event's INSERT, to run in the connection's
    transaction with the unit's other writes (`run_together`, ADR 0018). Its id is `.parameters["id"]`."""
    return _INSERT_EVENT.bind(_event_values(clock, event_type, account_id, data, correlation_id))
