"""Database plumbing: the declarative base, engines for SQLite and PostgreSQL, the request session.

One request is one transaction: the `get_session` dependency commits after the route returns and before
the response is sent; services only flush (design.md §2).
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from fastapi import Request
from psycopg.pq import ExecStatus, TransactionStatus
from sqlalchemy import BigInteger, Connection, DateTime, Engine, Integer, MetaData, create_engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlalchemy.types import TypeDecorator

from cpni_api.core.settings import Settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BigIntPK = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on both backends (SQLite would hand back naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use the clock")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def create_db_engine(settings: Settings) -> Engine:
    url = settings.sqlalchemy_url
    # hide_parameters: SQL parameters may carry CPNI and must never reach logs or error messages.
    if url.startswith("sqlite"):
        ensure_sqlite_directory(url)
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"check_same_thread": False, "timeout": 30},
            # One connection per process: SQLite has one writer anyway, and threads waiting for the write
            # lock inside SQLite sleep in growing steps (up to 100 ms each), while threads waiting for the
            # pool's one connection queue and wake at once. Other processes still wait on busy_timeout.
            poolclass=QueuePool,
            pool_size=1,
            max_overflow=0,
            pool_timeout=30,
        )
        _configure_sqlite(engine)
        return engine
    engine = create_engine(
        url,
        hide_parameters=True,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )
    _configure_postgresql(engine)
    return engine


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "checkout")
    def _begin_on_checkout(dbapi_connection: Any, _record: ConnectionPoolEntry, _proxy: Any) -> None:
        """One round trip that both proves a pooled connection alive (what `pool_pre_ping` did, so a server
        restart costs no request) and begins the transaction, which psycopg would otherwise begin, and wait
        for, before the first statement (ADR 0018). psycopg reads the transaction state from libpq, so it
        sends no BEGIN of its own, and commits and rolls back this transaction as its own."""
        pgconn = dbapi_connection.pgconn
        if pgconn.transaction_status != TransactionStatus.IDLE:
            raise DisconnectionError("a pooled connection was not idle")
        try:
            answered = pgconn.exec_(b"BEGIN").status == ExecStatus.COMMAND_OK
        except psycopg.Error:  # no answer at all (a closed socket)
            answered = False
        if not answered:
            raise DisconnectionError("a pooled connection did not answer BEGIN")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN IMMEDIATE below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Nearly every request writes (audit rows at least). Taking the write lock up front lets SQLite
        # queue writers on busy_timeout instead of failing a read-to-write upgrade with "database is locked".
        # Straight on the driver's connection: SQLAlchemy's execution machinery (events, result set-up)
        # cost more than the statement, on every transaction (ADR 0015).
        connection.connection.dbapi_connection.execute("BEGIN IMMEDIATE")


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request's session; commits when the route returns, rolls back when it raises.

    The commit, rollback and close run on the transaction runner's finishing threads, never on FastAPI's
    thread pool: when every thread of that pool waits for a pooled connection (SQLite has one), the route
    holding it could otherwise never get a thread to give it back (ADR 0014). While it is open the runner
    does no work on the event loop, which this session needs to end (ADR 0015).
    """
    factory: sessionmaker[Session] = request.app.state.session_factory
    transactions: TransactionRunner = request.app.state.transactions
    with transactions.request_session_open():
        session = factory()
        try:
            yield session
            await transactions.finish(session.commit)
        except BaseException:
            await transactions.finish(session.rollback)
            raise
        finally:
            await transactions.finish(session.close)


T = TypeVar("T")


class TransactionRunner:
    """Runs one unit of database work, one transaction, in a single hop to a small thread pool (ADR 0014),
    or on the event loop itself on SQLite (ADR 0015).

    FastAPI runs each sync dependency and each `def` route in its 40-thread pool, one hop each; under load
    those threads fight over one core's GIL while one of them holds the connection the others wait for.
    A hot path instead awaits `run(work)`: `work(session)` runs on one of `workers` threads (no more than
    there are pooled connections, so none of them waits for one), commits when it returns and rolls back
    when it raises. Waiting requests queue in FIFO order without holding a thread. The executor is not
    bound to an event loop, so one app serves any number of them (test clients each start their own).

    With `inline` (SQLite: one connection, so units run one at a time anyway) a unit runs on the calling
    event loop, which saves the two thread switches a hop costs. Not while a request session is open: that
    session may hold the connection and needs the event loop to give it back, so a unit that waited for it
    on the loop would wait forever. Then the unit hops to the worker thread as it would without `inline`.
    """

    def __init__(self, session_factory: sessionmaker[Session], *, workers: int, inline: bool = False) -> None:
        self._session_factory = session_factory
        with session_factory() as session:
            bind = session.get_bind()
        self._engine = bind if isinstance(bind, Engine) else bind.engine
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="db")
        # For ending transactions that already hold their connection: these threads never wait for one,
        # so they are always free to give a connection back.
        self._finishing = ThreadPoolExecutor(max_workers=4, thread_name_prefix="db-finish")
        self._inline = inline
        # Request sessions (`get_session`) between their first line and their close. Only event loops
        # change it, and a unit checks it on the loop it would block; a lock keeps several loops (test
        # clients) exact.
        self._open_request_sessions = 0
        self._count_lock = threading.Lock()

    @property
    def inline(self) -> bool:
        return self._inline

    async def run(self, work: Callable[[Session], T]) -> T:
        """`work(session)` in one transaction of an ORM session."""
        return await self._dispatch(self._transaction, work)

    async def run_on_connection(self, work: Callable[[Connection], T]) -> T:
        """`work(connection)` in one transaction of a plain connection: for the hottest path, which needs
        no ORM. A session's set-up, commit and connection lookups cost about 100 µs a check (ADR 0016)."""
        return await self._dispatch(self._connection_transaction, work)

    async def _dispatch(self, transaction: Callable[[Callable[[Any], T]], T], work: Callable[[Any], T]) -> T:
        if self._inline and self._open_request_sessions == 0:
            return transaction(work)
        # The caller's context goes along, so the worker sees the request's correlation id.
        context = contextvars.copy_context()
        return await asyncio.wrap_future(self._pool.submit(context.run, transaction, work))

    async def finish(self, step: Callable[[], None]) -> None:
        """Runs `step` (a session's commit, rollback or close) on a finishing thread."""
        await asyncio.wrap_future(self._finishing.submit(contextvars.copy_context().run, step))

    @contextmanager
    def request_session_open(self) -> Iterator[None]:
        """Marks a request session open, from before it can take a connection until after it gave it back."""
        with self._count_lock:
            self._open_request_sessions += 1
        try:
            yield
        finally:
            with self._count_lock:
                self._open_request_sessions -= 1

    def _transaction(self, work: Callable[[Session], T]) -> T:
        with self._session_factory() as session, session.begin():
            return work(session)

    def _connection_transaction(self, work: Callable[[Connection], T]) -> T:
        with self._engine.begin() as connection:
            return work(connection)


def runs_inline(settings: Settings) -> bool:
    """SQLite runs units on the event loop (ADR 0015); PostgreSQL's round trips would stall it."""
    return settings.sqlalchemy_url.startswith("sqlite")


def runner_workers(settings: Settings) -> int:
    """SQLite: one, its only connection. PostgreSQL: enough transactions in flight to hide round trips,
    never more than the pool holds."""
    if settings.sqlalchemy_url.startswith("sqlite"):
        return 1
    return min(settings.db_request_workers, settings.db_pool_size)


async def get_transactions(request: Request) -> TransactionRunner:
    runner: TransactionRunner = request.app.state.transactions
    return runner


def ensure_sqlite_directory(url: str) -> None:
    """Creates the folder of a SQLite file (e.g. ./var/) so a fresh clone can start."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and url[len(prefix) :] not in ("", ":memory:"):
        Path(url[len(prefix) :]).parent.mkdir(parents=True, exist_ok=True)
