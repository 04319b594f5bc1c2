"""Reading the event feed in an order that is final: nothing can later appear behind a reader's cursor."""

from __future__ import annotations

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from cpni_api.notifications.models import Event

# Transactions with an id below the snapshot's xmin have all finished, so their events are all visible
# and no new event can ever be ordered among them.
_FINISHED_HORIZON = text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


def read_feed(
    session: Session, *, after: Event | None, limit: int, event_type: str | None = None
) -> list[Event]:
    query = select(Event).order_by(Event.txid, Event.seq).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.where(Event.txid < _FINISHED_HORIZON)
    if after is not None:
        query = query.where(
            or_(Event.txid > after.txid, and_(Event.txid == after.txid, Event.seq > after.seq))
        )
    if event_type is not None:
        query = query.where(Event.type == event_type)
    return list(session.scalars(query))


def find_event(session: Session, event_id: str) -> Event | None:
    return session.scalars(select(Event).where(Event.id == event_id)).first()
