"""The transaction runner (ADR 0014): one unit of work, one transaction, on its own thread pool; and the
reads in commit order that start at the reader's position instead of walking what it has read."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from cpni_api.audit.models import AuditRecord
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import ManualClock
from cpni_api.core.commit_order import in_commit_order
from cpni_api.core.db import TransactionRunner, create_db_engine, create_session_factory
from cpni_api.core.request_context import current_request_id, set_request_id
from cpni_api.core.settings import Settings


def _count(app: FastAPI, correlation_id: str) -> int:
    with app.state.session_factory() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditRecord)
                .where(AuditRecord.correlation_id == correlation_id)
            )
            or 0
        )


# A unit runs on an ORM session (`run`) or on a plain connection (`run_on_connection`, ADR 0016).
UNIT_KINDS = ["run", "run_on_connection"]


@pytest.mark.parametrize("kind", UNIT_KINDS)
def test_work_commits_when_it_returns_and_rolls_back_when_it_raises(
    app: FastAPI, clock: ManualClock, kind: str
) -> None:
    run = getattr(app.state.transactions, kind)
    kept, dropped = f"kept-{uuid.uuid4()}", f"dropped-{uuid.uuid4()}"

    def write(correlation_id: str, fail: bool) -> Callable[[Session | Connection], str]:
        def work(db: Session | Connection) -> str:
            record_id = AuditTrail(db=db, clock=clock, correlation_id=correlation_id).record("t.w")
            if fail:
                raise LookupError("after the write")
            return record_id

        return work

    assert asyncio.run(run(write(kept, fail=False))).startswith("aud_")
    with pytest.raises(LookupError):
        asyncio.run(run(write(dropped, fail=True)))
    assert _count(app, kept) == 1
    assert _count(app, dropped) == 0


def test_work_sees_the_callers_correlation_id_on_any_event_loop(app: FastAPI) -> None:
    runner: TransactionRunner = app.state.transactions

    async def ask(request_id: str) -> str:
        set_request_id(request_id)
        return await runner.run(lambda _session: current_request_id())

    # Each asyncio.run is a new event loop, as each test client is: the runner is bound to none of them.
    assert asyncio.run(ask("first-loop")) == "first-loop"
    assert asyncio.run(ask("second-loop")) == "second-loop"


def test_many_concurrent_units_of_work_all_complete(app: FastAPI, clock: ManualClock) -> None:
    runner: TransactionRunner = app.state.transactions
    correlation_id = f"many-{uuid.uuid4()}"

    async def many() -> list[str]:
        return await asyncio.gather(
            *(
                runner.run(
                    lambda session: AuditTrail(db=session, clock=clock, correlation_id=correlation_id).record(
                        "t.many"
                    )
                )
                for _ in range(40)
            )
        )

    ids = asyncio.run(many())
    assert len(set(ids)) == 40
    assert _count(app, correlation_id) == 40


def test_reading_in_commit_order_starts_at_the_readers_position(app: FastAPI) -> None:
    """The plan must seek to the position, not walk every record read before (the sealer's old plan took
    80 ms a round at 500,000 records)."""
    with app.state.session_factory() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.seq.desc()).limit(1)).first()
        if last is None:
            last = AuditRecord(seq=1, txid=0)
        query = in_commit_order(session, select(AuditRecord.seq), AuditRecord, after=last).limit(10)
        compiled = query.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        if session.get_bind().dialect.name == "sqlite":
            plan = " ".join(str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
            assert "INTEGER PRIMARY KEY (rowid>?)" in plan, plan
        else:
            # The test database is small, so the planner may rightly scan it; what matters is that the index
            # can seek to the position, which it shows once scans are off the table.
            session.execute(text("SET LOCAL enable_seqscan = off"))
            lines = [str(row[0]) for row in session.execute(text(f"EXPLAIN {compiled}"))]
            seeks = [line for line in lines if "Index Cond" in line and "ROW(txid, seq) > ROW(" in line]
            assert seeks, lines


@pytest.mark.parametrize("kind", UNIT_KINDS)
def test_on_sqlite_a_unit_runs_on_the_event_loop_and_on_postgresql_on_a_worker(
    app: FastAPI, kind: str
) -> None:
    """ADR 0015: SQLite has one connection, so a hop to the worker thread buys nothing and costs two
    thread switches; PostgreSQL's round trips would stall every other request on the loop."""
    runner: TransactionRunner = app.state.transactions
    run = getattr(runner, kind)

    async def threads() -> tuple[int, int]:
        return threading.get_ident(), await run(lambda _db: threading.get_ident())

    loop_thread, unit_thread = asyncio.run(threads())
    on_sqlite = app.state.engine.dialect.name == "sqlite"
    assert runner.inline is on_sqlite
    assert (unit_thread == loop_thread) is on_sqlite


@pytest.mark.parametrize("kind", UNIT_KINDS)
def test_a_unit_waits_off_the_loop_while_a_request_session_holds_the_connection(
    tmp_path: Path, kind: str
) -> None:
    """A request session gives its connection back only when the event loop ends it, so a unit waiting for
    that connection on the loop would wait forever (ADR 0015). It must wait on the worker thread instead."""
    # Were the unit to wait on the loop, the pool would time it out (30 s) and it would raise.
    engine = create_db_engine(Settings(env="development", database_url=f"sqlite:///{tmp_path / 'one.db'}"))
    factory = create_session_factory(engine)
    runner = TransactionRunner(factory, workers=1, inline=True)

    async def scenario() -> tuple[bool, int]:
        with runner.request_session_open():
            held = factory()
            held.execute(text("SELECT 1"))  # takes the process's one SQLite connection
            unit = asyncio.ensure_future(getattr(runner, kind)(lambda db: int(db.scalar(text("SELECT 7")))))
            await asyncio.sleep(0.2)  # the loop is free: this sleep ends on time
            waiting = not unit.done()
            await runner.finish(held.close)  # only the loop can get here to give the connection back
        return waiting, await unit

    try:
        assert asyncio.run(scenario()) == (True, 7)
    finally:
        engine.dispose()
