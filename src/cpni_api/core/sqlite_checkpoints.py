"""Checkpointing SQLite's write-ahead log mostly beside the requests instead of inside one of them
(ADR 0014).

SQLite's own checkpoint runs in the commit that takes the log past 1,000 pages: it copies them into the
database file and syncs both files before the commit returns, holding `cpni-api serve`'s one pooled
connection for 10-30 ms while every other request waits. `serve` also runs a PASSIVE checkpoint, on a
connection of its own, every `sqlite_checkpoint_interval_seconds`: PASSIVE never waits for readers or
writers, so requests go on writing while it copies and syncs, and the commit that reaches 1,000 pages
finds only the last few to copy. That commit's checkpoint stays on: under a steady stream of writes a
PASSIVE checkpoint never catches up with the end of the log, and only a complete one lets the log start
over (without it the log grew past 60 MB in minutes and every read got slower).
"""

from __future__ import annotations

import logging
import sqlite3

from sqlalchemy import Engine

logger = logging.getLogger("cpni_api.sqlite")


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
        if self._connection is None:
            # Opened in the worker's thread, closed by the app after the worker has stopped.
            self._connection = sqlite3.connect(
                self._path, timeout=30, isolation_level=None, check_same_thread=False
            )
        busy, _log_pages, copied = self._connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy:
            logger.info("wal checkpoint could not finish", extra={"component": "sqlite-checkpointer"})
        return int(copied)

    def step(self) -> int:
        """A round for BackgroundWorker: it checkpoints, then always waits its interval (returns 0)."""
        self.checkpoint()
        return 0

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
