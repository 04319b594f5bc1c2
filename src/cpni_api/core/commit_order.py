"""Reading append-only tables in an order that is final, for readers that resume from the last row they saw.

PostgreSQL hands out sequence values when a row is inserted, not when its transaction commits, so a row
with a lower `seq` can become visible after rows with higher ones: a reader paging by `seq` would skip it
for good. Tables read this way carry `txid`, the writing transaction's id (0 on SQLite, which commits in
`seq` order). Rows are read in (txid, seq) order, and on PostgreSQL only rows of transactions older than
every transaction still running, so nothing can later appear behind a reader's position (ADR 0009).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, text
from sqlalchemy.orm import Session

# The server default of a `txid` column on PostgreSQL.
POSTGRES_TRANSACTION_ID = "(pg_current_xact_id()::text::bigint)"
# Transactions below the current snapshot's xmin have all finished.
_FINISHED_HORIZON = text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


def in_commit_order(session: Session, query: Select[Any], model: Any, *, after: Any | None) -> Select[Any]:
    """`query` over `model` (with `txid` and `seq` columns), ordered finally and resumed after `after`."""
    query = query.order_by(model.txid, model.seq)
    if session.get_bind().dialect.name == "postgresql":
        query = query.where(model.txid < _FINISHED_HORIZON)
    if after is not None:
        query = query.where(_after(model, after.txid, after.seq))
    return query


def _after(model: Any, txid: int, seq: int) -> ColumnElement[bool]:
    return or_(model.txid > txid, and_(model.txid == txid, model.seq > seq))
