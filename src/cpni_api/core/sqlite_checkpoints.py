"""Checkpointing SQLite's write-ahead log mostly beside the requests instead of inside one of them
(ADR 0014).

SQLite's own checkpoint runs in the commit that takes the log past 1,000 pages: it copies them into the
database file and syncs both files before the commit returns, holding `cpni-api serve`'s one pooled
connection for 10-30 ms while every other request waits. `serve` also runs PASSIVE checkpoints, on a
connection of its own, every `sqlite_checkpoint_interval_seconds`: PASSIVE never waits for readers or
writers, so requests go on writing while it copies and syncs. A round repeats them, a few milliseconds
apart, until a writer has started the log over (ADR 0017), so the log rarely reaches 1,000 pages and the
commit's own checkpoint rarely runs. It stays on as the backstop: without a complete checkpoint the log
never starts over (it grew past 60 MB in minutes and every read got slower).
"""

from __future__ import annotations

import logging
import sqlite3
import time

from sqlalchemy import Engine

logger = logging.getLogger("cpni_api.sqlite")

# A round of `step` stops once the log is this short: a writer started it over since the last round.
SMALL_LOG_FRAMES = 256
# At 390 checks/s a writer started the log over after 3 to 30 attempts; a round never takes much longer
# than a quarter of a second, and SQLite's own checkpoint (at 1,000 frames) stays the backstop.
ATTEMPTS_PER_ROUND = 50
# Room for the writers between attempts: a restart needs a transaction to begin right after one.
PAUSE_BETWEEN_ATTEMPTS_SECONDS = 0.002


def database_file(engine: Engine) -> str | None:
    """The SQLite file behind `engine`, or None for another database or an in-memory one."""
    if engine.dialect.name != "sqlite":
        return None
    path = engine.url.database
    return path if path and path != ":memory:" else None


class WalCheckpointer:
    def __init__(self, path: str) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None

    def checkpoint(self) -> int:
        """One PASSIVE checkpoint; returns how many pages of the current log are now in the database file."""
        return self._checkpoint()[1]

    def _checkpoint(self) -> tuple[int, int]:
        """One PASSIVE checkpoint: (frames in the log, frames of it now in the database file)."""
        if self._connection is None:
            # Opened in the worker's thread, closed by the app after the worker has stopped.
            self._connection = sqlite3.connect(
                self._path, timeout=30, isolation_level=None, check_same_thread=False
            )
        busy, log_frames, copied = self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy:
            logger.info("wal checkpoint could not finish", extra={"component": "sqlite-checkpointer"})
        return int(log_frames), int(copied)

    def step(self) -> int:
        """A round for BackgroundWorker: checkpoints until a writer has started the log over (or the round's
        attempts are spent), then always waits its interval (returns 0).

        A writer starts the log over only when its transaction begins after a checkpoint copied the whole
        log. Under steady writes one checkpoint seldom ends in such a gap (a commit lands while it syncs),
        so the log used to reach 1,000 frames and SQLite's own checkpoint then ran inside a commit: 7-18 ms
        every 0.3 s at 390 checks/s, every request behind it waiting (ADR 0017). Each further attempt
        copies only the last few commits, so it is short, and one of them soon ends between two writes.
        """
        for _ in range(ATTEMPTS_PER_ROUND):
            log_frames, _copied = self._checkpoint()
            if log_frames < SMALL_LOG_FRAMES:  # started over (or not in WAL mode: -1)
                break
            time.sleep(PAUSE_BETWEEN_ATTEMPTS_SECONDS)
        return 0

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
