"""Reading append-only tables in an order that is final, for readers that resume from the last row they saw.

PostgreSQL hands out sequence values when a row is inserted, not when its transaction commits, so a row
with a lower `seq` can become visible after rows with higher ones: a reader paging by `seq` would skip it
for good. Tables read this way carry `txid`, the writing transaction's id (0 on SQLite, which commits in
`seq` order). Rows are read in (txid, seq) order, and on PostgreSQL only rows of transactions older than
every transaction still running, so nothing can later appear behind a reader's position (ADR 0009).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, text, tuple_
from sqlalchemy.orm import Session

# The server default of a `txid` column on PostgreSQL.
POSTGRES_TRANSACTION_ID = "(pg_current_xact_id()::text::bigint)"
# Transactions below the current snapshot's xmin have all finished.
_FINISHED_HORIZON = text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")


def in_commit_order(session: Session, query: Select[Any], model: Any, *, after: Any | None) -> Select[Any]:
    """`query` over `model` (with `txid` and `seq` columns), ordered finally and resumed after `after`.

    Each form starts the index at the reader's position: `txid > t OR (txid = t AND seq > s)` made both
    databases walk every row already read on each call (the audit sealer took 80 ms a round at 500,000
    records and held SQLite's one connection meanwhile, ADR 0014).
    """
    if session.get_bind().dialect.name == "postgresql":
        query = query.where(model.txid < _FINISHED_HORIZON).order_by(model.txid, model.seq)
        if after is not None:
            # A row comparison is an index condition on (txid, seq) in PostgreSQL.
            query = query.where(tuple_(model.txid, model.seq) > tuple_(after.txid, after.seq))
        return query
    # SQLite: txid is always 0 and commit order is seq order, which is the rowid.
    query = query.order_by(model.seq)
    if after is not None:
        query = query.where(model.seq > after.seq)
    return query
