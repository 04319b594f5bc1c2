"""What keeps slow work off the requests' path (ADR 0014): SQLite's WAL is mostly checkpointed beside them;
argon2 hashes run in worker processes at a lower CPU priority."""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from cpni_api.app import create_app
from cpni_api.audit.trail import AuditTrail
from cpni_api.core.clock import ManualClock
from cpni_api.core.db import create_db_engine, create_session_factory
from cpni_api.core.sqlite_checkpoints import WalCheckpointer, database_file
from cpni_api.credentials.hashing import SecretHasher
from tests.conftest import BASE_TIME, make_settings
from tests.support.databases import fresh_database


def _write_audit_rows(engine: Engine, transactions: int) -> None:
    factory = create_session_factory(engine)
    for _ in range(transactions):
        with factory.begin() as session:
            trail = AuditTrail(db=session, clock=ManualClock(BASE_TIME), correlation_id="wal")
            for n in range(50):
                trail.record("test.wal", details={"n": n, "padding": "x" * 200})


def _wal_pages(path: str) -> int:
    with sqlite3.connect(path) as probe:
        page_size = int(probe.execute("PRAGMA page_size").fetchone()[0])
    # A WAL file is a 32-byte header, then frames of a 24-byte header and one page.
    return (Path(path + "-wal").stat().st_size - 32) // (page_size + 24)


def _log_restarts(path: str) -> int:
    """How many times the log has started over: the WAL header's checkpoint sequence number (big-endian,
    bytes 12-15), which a writer increments each time it starts the log over."""
    header = Path(path + "-wal").read_bytes()[:16]
    return int(struct.unpack(">I", header[12:16])[0])


@contextmanager
def _sqlite_with_checkpointer(tmp_path: Path) -> Iterator[tuple[Engine, str, WalCheckpointer]]:
    """A migrated SQLite file, the app's engine on it, and a checkpointer (it connects on first use)."""
    with fresh_database("sqlite", tmp_path) as url:
        engine = create_db_engine(make_settings(url))
        path = database_file(engine)
        assert path is not None
        checkpointer = WalCheckpointer(path)
        try:
            yield engine, path, checkpointer
        finally:
            checkpointer.close()
            engine.dispose()


def test_the_checkpointer_copies_the_log_beside_a_running_writer(tmp_path: Path) -> None:
    with _sqlite_with_checkpointer(tmp_path) as (engine, path, checkpointer):
        _write_audit_rows(engine, 10)  # a few hundred pages: below SQLite's own checkpoint
        assert checkpointer.checkpoint() == _wal_pages(path) > 0  # the whole log, copied
        # A request in the middle of a write transaction does not hold the checkpoint up, nor is it
        # held up: PASSIVE copies what is committed and returns.
        with engine.begin() as writing:
            writing.execute(
                text(
                    "INSERT INTO api_keys (id, name, key_digest, scopes, created_at) "
                    "VALUES ('key_wal', 'wal', 'x', '[]', '2026-11-24 15:00:00')"
                )
            )
            started = time.monotonic()
            checkpointer.checkpoint()
            assert time.monotonic() - started < 5  # far below the 30 s busy timeout
        _write_audit_rows(engine, 10)
        assert checkpointer.checkpoint() == _wal_pages(path)  # and again, after more commits


def test_a_round_of_the_checkpointer_lets_a_steady_writer_start_the_log_over(tmp_path: Path) -> None:
    """ADR 0017: the log starts over only when a write transaction begins after a checkpoint copied all of
    it. Under steady writes a single checkpoint seldom ends in such a gap, so a round keeps checkpointing
    until one does. SQLite's own checkpoint is off here: only the rounds can keep the log short."""
    with _sqlite_with_checkpointer(tmp_path) as (engine, path, checkpointer):
        with engine.connect() as connection:  # the pool's one connection keeps the setting
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        _write_audit_rows(engine, 1)  # the log exists
        restarts_before = _log_restarts(path)
        stop = threading.Event()
        transactions = 0

        def steady_writer() -> None:
            nonlocal transactions
            while not stop.is_set():
                with engine.begin() as connection:
                    AuditTrail(db=connection, clock=ManualClock(BASE_TIME), correlation_id="wal").record(
                        "test.wal", details={"padding": "x" * 500}
                    )
                    time.sleep(0.001)  # a unit's own work, inside its transaction
                transactions += 1
                time.sleep(0.001)

        writer = threading.Thread(target=steady_writer)
        writer.start()
        try:
            while transactions < 600:  # however slow the machine, enough for several logs' worth
                time.sleep(0.2)
                checkpointer.step()
        finally:
            stop.set()
            writer.join()
        # Each transaction adds at least three pages (the row and its indexes), so 1,800 or more in all.
        # The log started over again and again, so its file holds a fraction of them (one checkpoint a
        # round instead: no restart at all, and over 3,000 pages).
        assert _log_restarts(path) - restarts_before >= 3
        assert _wal_pages(path) < 1500, _wal_pages(path)


def test_serve_runs_the_checkpointer_for_a_sqlite_file(tmp_path: Path) -> None:
    with fresh_database("sqlite", tmp_path) as url:
        app = create_app(make_settings(url, run_background_workers=True), clock=ManualClock(BASE_TIME))
        with TestClient(app):
            assert "sqlite-checkpointer" in {thread.name for thread in threading.enumerate()}
        assert "sqlite-checkpointer" not in {thread.name for thread in threading.enumerate()}
        for quiet_settings in (
            make_settings(url),  # background work off
            make_settings(url, run_background_workers=True, sqlite_checkpoint_interval_seconds=0),
        ):
            with TestClient(create_app(quiet_settings, clock=ManualClock(BASE_TIME))):
                assert "sqlite-checkpointer" not in {thread.name for thread in threading.enumerate()}


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="process priorities are a POSIX matter")
def test_hashes_run_in_worker_processes_at_a_lower_priority() -> None:
    hasher = SecretHasher(
        memory_cost_kib=19456, time_cost=2, parallelism=1, workers=1, niceness=5, idle_class=True
    )
    try:
        secret = "Correct-Horse-Battery-Staple"
        stored = hasher.hash(secret)
        assert hasher.verify(stored, secret).matches
        assert not hasher.verify(stored, secret + "!").matches
        worker_pid = hasher._pool.submit(os.getpid).result()
        assert worker_pid != os.getpid()
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert hasher._pool.submit(os.getpriority, os.PRIO_PROCESS, 0).result() == min(ours + 5, 19)
        assert os.getpriority(os.PRIO_PROCESS, 0) == ours  # the server itself keeps its priority
        if hasattr(os, "SCHED_IDLE"):  # Linux: the idle class too (ADR 0018), the server keeps its own
            assert hasher._pool.submit(os.sched_getscheduler, 0).result() == os.SCHED_IDLE
            assert os.sched_getscheduler(0) != os.SCHED_IDLE
        hasher.close()
        assert hasher.verify(stored, secret).matches  # started again after a close, as a restarted app is
    finally:
        hasher.close()
