"""What keeps slow work off the requests' path (ADR 0014): SQLite's WAL is checkpointed beside them, not in
the commit that fills it; argon2 hashes run in worker processes at a lower CPU priority."""

from __future__ import annotations

import os
import sqlite3
import threading
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


def _autocheckpoint(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("PRAGMA wal_autocheckpoint")).scalar_one())


def _write_audit_rows(engine: Engine, transactions: int) -> None:
    factory = create_session_factory(engine)
    for _ in range(transactions):
        with factory.begin() as session:
            trail = AuditTrail(session=session, clock=ManualClock(BASE_TIME), correlation_id="wal")
            for n in range(50):
                trail.record("test.wal", details={"n": n, "padding": "x" * 200})


def _wal_pages(path: str) -> int:
    with sqlite3.connect(path) as probe:
        page_size = int(probe.execute("PRAGMA page_size").fetchone()[0])
    # A WAL file is a 32-byte header, then frames of a 24-byte header and one page.
    return (Path(path + "-wal").stat().st_size - 32) // (page_size + 24)


def test_background_checkpoints_take_the_wal_off_the_commit(tmp_path: Path) -> None:
    pages = {}
    for background in (False, True):
        with fresh_database("sqlite", tmp_path / str(background)) as url:
            engine = create_db_engine(make_settings(url), background_checkpoints=background)
            try:
                assert _autocheckpoint(engine) == (0 if background else 1000)
                path = database_file(engine)
                assert path is not None
                _write_audit_rows(engine, 250)  # several thousand pages of log, 250 commits
                pages[background] = _wal_pages(path)
                if background:
                    checkpointer = WalCheckpointer(path)
                    try:
                        # Every page of the log, copied by the checkpointer while the engine is open.
                        assert checkpointer.checkpoint() == pages[background]
                    finally:
                        checkpointer.close()
            finally:
                engine.dispose()
    # With SQLite's own checkpoints a commit restarts the log once it passes 1,000 pages; without them it
    # grows until the checkpointer has copied it.
    assert pages[False] < 1200
    assert pages[True] > 2 * pages[False]


def test_serve_runs_the_checkpointer_only_for_a_sqlite_file_of_its_own(tmp_path: Path) -> None:
    with fresh_database("sqlite", tmp_path) as url:
        app = create_app(make_settings(url, run_background_workers=True), clock=ManualClock(BASE_TIME))
        with TestClient(app):
            names = {thread.name for thread in threading.enumerate()}
            assert "sqlite-checkpointer" in names
            assert _autocheckpoint(app.state.engine) == 0
        assert "sqlite-checkpointer" not in {thread.name for thread in threading.enumerate()}
        quiet = create_app(make_settings(url), clock=ManualClock(BASE_TIME))  # background work off
        with TestClient(quiet):
            assert "sqlite-checkpointer" not in {thread.name for thread in threading.enumerate()}
            assert _autocheckpoint(quiet.state.engine) == 1000


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
