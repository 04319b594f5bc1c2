"""The background sealer run inside `cpni-api serve`; every replica may run one (they take turns)."""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy.orm import Session, sessionmaker

from cpni_api.audit.chain import seal_pending
from cpni_api.core.clock import Clock
from cpni_api.core.settings import Settings

logger = logging.getLogger("cpni_api.audit.sealer")


def seal_once(factory: sessionmaker[Session], clock: Clock, settings: Settings) -> int:
    """Seals up to one batch in its own transaction; returns the number of records sealed."""
    with factory.begin() as session:
        return seal_pending(
            session,
            key=settings.audit_hmac_key.get_secret_value(),
            now=clock.now(),
            batch_size=settings.audit_seal_batch_size,
        )


# Between batches of a backlog: the pool hands a connection straight back to the thread that just returned
# it, so without a pause a long backlog would keep requests from SQLite's one connection.
BACKLOG_PAUSE_SECONDS = 0.01


def seal_all(factory: sessionmaker[Session], clock: Clock, settings: Settings) -> int:
    total = 0
    while sealed := seal_once(factory, clock, settings):
        total += sealed
        time.sleep(BACKLOG_PAUSE_SECONDS)
    return total


class SealerThread(threading.Thread):
    def __init__(self, factory: sessionmaker[Session], clock: Clock, settings: Settings) -> None:
        super().__init__(name="audit-sealer", daemon=True)
        self._factory = factory
        self._clock = clock
        self._settings = settings
        self._stopping = threading.Event()

    def run(self) -> None:
        while not self._stopping.wait(self._settings.audit_seal_interval_seconds):
            try:
                sealed = seal_all(self._factory, self._clock, self._settings)
                if sealed:
                    logger.debug("sealed audit records", extra={"count": sealed})
            except Exception as exc:  # noqa: BLE001 - keep sealing on the next tick; the error is logged
                logger.warning("audit sealing failed", extra={"error_type": type(exc).__name__})

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=10)
