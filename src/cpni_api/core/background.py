"""The background loop of `cpni-api serve` and `cpni-api dispatch`: the audit sealer, the event dispatcher,
the breach-notice resumer. All their state is in the database, so any number of replicas may run them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

logger = logging.getLogger("cpni_api.background")

# After a round that found work: pause only briefly. Not zero: the connection pool hands a returned
# connection straight back to the thread that returned it, and a tight loop would keep requests from
# SQLite's one pooled connection.
BUSY_PAUSE_SECONDS = 0.005


class BackgroundWorker(threading.Thread):
    """Runs `step` until stopped. `step` returns how much it did: after a busy round the worker goes again
    almost at once, after an idle one it waits `interval_seconds`. A failing round is logged (its error type
    only) and retried on the next; nothing it works on is lost, because it all lives in the database."""

    def __init__(self, name: str, step: Callable[[], int], interval_seconds: float) -> None:
        super().__init__(name=name, daemon=True)
        self._step = step
        self._interval = interval_seconds
        self._stopping = threading.Event()

    def run(self) -> None:
        while not self._stopping.is_set():
            try:
                busy = self._step() > 0
            except Exception as exc:  # noqa: BLE001 - the next round retries; the error is logged
                logger.warning(
                    "background round failed",
                    extra={"component": self.name, "error_type": type(exc).__name__},
                )
                busy = False
            self._stopping.wait(BUSY_PAUSE_SECONDS if busy else self._interval)

    def stop(self) -> None:
        self._stopping.set()
        self.join(timeout=30)
