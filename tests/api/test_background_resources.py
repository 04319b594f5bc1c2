"""What keeps slow work off the requests' path (ADR 0014): SQLite's WAL is mostly checkpointed beside them;
argon2 hashes run in worker processes at a lower CPU priority."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
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


def test_the_checkpointer_copies_the_log_beside_a_running_writer(tmp_path: Path) -> None:
    with fresh_database("sqlite", tmp_path) as url:
        engine = create_db_engine(make_settings(url))
        checkpointer = None
        try:
            path = database_file(engine)
            assert path is not None
            _write_audit_rows(engine, 10)  # a few hundred pages: below SQLite's own checkpoint
            checkpointer = WalCheckpointer(path)
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
        finally:
            if checkpointer is not None:
                checkpointer.close()
            engine.dispose()


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
    hasher = SecretHasher(memory_cost_kib=19456, time_cost=2, parallelism=1, workers=1, niceness=5)
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
        hasher.close()
        assert hasher.verify(stored, secret).matches  # started again after a close, as a restarted app is
    finally:
        hasher.close()
