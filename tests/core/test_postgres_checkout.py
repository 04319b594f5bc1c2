"""On PostgreSQL a pooled connection begins its transaction as it is checked out, in the round trip that
also proves it alive (ADR 0018): a connection the server dropped is replaced before any request uses it,
and the transaction begun there is the one the caller commits or rolls back."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import cast

import pytest
from fastapi import FastAPI
from psycopg.pq import TransactionStatus
from sqlalchemy import Engine, QueuePool, text

from cpni_api.audit.trail import _INSERT_RECORD
from tests.core.test_driver_statements import _READ, _record


@pytest.fixture
def engine(app: FastAPI, backend: str) -> Engine:
    if backend != "postgresql":
        pytest.skip("a PostgreSQL pool matter")
    return app.state.engine


def test_a_checked_out_connection_is_already_in_its_transaction(engine: Engine) -> None:
    with engine.connect() as connection:
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None
        assert dbapi.info.transaction_status == TransactionStatus.INTRANS
        started = connection.execute(text("SELECT now()")).scalar()
        assert connection.execute(text("SELECT now()")).scalar() == started  # one transaction, one clock
    with engine.connect() as connection:
        assert connection.execute(text("SELECT now()")).scalar() != started  # the next is a new one


def test_the_transaction_begun_at_checkout_is_the_one_rolled_back_or_committed(engine: Engine) -> None:
    kept, dropped = _record_with_new_id(), _record_with_new_id()
    with engine.connect() as connection:
        _INSERT_RECORD.execute(connection, dropped)
        connection.rollback()
        _INSERT_RECORD.execute(connection, kept)
        connection.commit()
    with engine.connect() as connection:
        assert connection.execute(_READ, {"record_id": kept["id"]}).first() is not None
        assert connection.execute(_READ, {"record_id": dropped["id"]}).first() is None


def test_a_pooled_connection_the_server_dropped_is_replaced_at_checkout(engine: Engine) -> None:
    with engine.connect() as victim, engine.connect() as other:
        pid = victim.execute(text("SELECT pg_backend_pid()")).scalar()
        victim.close()  # back in the pool, idle
        other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        gone = text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
        while other.execute(gone, {"pid": pid}).scalar():
            other.rollback()  # a fresh snapshot of pg_stat_activity
    for _ in range(
        cast(QueuePool, engine.pool).size() + 1
    ):  # whichever pooled connection comes next, each one works
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1


def _record_with_new_id() -> dict[str, object]:
    return _record(datetime(2026, 4, 1, tzinfo=UTC), {"case": uuid.uuid4().hex}, None)
