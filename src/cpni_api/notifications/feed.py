"""Reading the event feed in an order that is final: nothing can later appear behind a reader's cursor."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpni_api.core.commit_order import in_commit_order
from cpni_api.core.errors import ErrorCode, ProblemError
from cpni_api.notifications.models import Event


def read_feed(
    session: Session, *, after: Event | None, limit: int, event_type: str | None = None
) -> list[Event]:
    query = in_commit_order(session, select(Event), Event, after=after).limit(limit)
    if event_type is not None:
        query = query.where(Event.type == event_type)
    return list(session.scalars(query))


def find_event(session: Session, event_id: str) -> Event | None:
    return session.scalars(select(Event).where(Event.id == event_id)).first()


def get_event(session: Session, event_id: str) -> Event:
    """The event with that id; 404 when there is none."""
    event = find_event(session, event_id)
    if event is None:
        raise ProblemError(ErrorCode.NOT_FOUND, "No event has that id.")
    return event
